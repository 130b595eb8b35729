/** A plan version's life: edited as a draft, published once (then fixed), retired when replaced. */
export enum PlanVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}

/** The pay periods a plan version pays for: its target variable pay is per one of these. */
export enum PayFrequency {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
