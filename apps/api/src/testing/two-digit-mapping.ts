/**
 * How the portal maps fixtures/two-digit-years.csv, another CRM's export: two-digit day-first years, its own
 * stage names, columns the platform does not read. Stage names are added by each test (the demo's process and
 * the default one differ).
 */
export const TWO_DIGIT_COLUMNS = {
  columns: {
    externalId: 'deal_id',
    rep: 'owner',
    account: 'organization',
    product: 'product',
    stage: 'pipeline_stage',
    engageDate: 'add_time',
    closeDate: 'won_time',
    amount: 'value',
  },
  dateFormat: 'DMY_DASH_YY',
};
