/** Whose figures: a rep's own deals, a team's (and below, by membership on each deal's date), the company's. */
export enum ForecastSubjectKind {
  REP = 'REP',
  TEAM = 'TEAM',
  COMPANY = 'COMPANY',
}

/** What is forecast; the same meanings as the goal metrics of those names. */
export enum ForecastMetric {
  WON_REVENUE = 'WON_REVENUE',
  DEALS_WON = 'DEALS_WON',
}

/** A call as its subject made it (a rep's own, a manager's for their team), or a manager's adjustment of a report's. */
export enum ForecastCallKind {
  SUBMISSION = 'SUBMISSION',
  ADJUSTMENT = 'ADJUSTMENT',
}
