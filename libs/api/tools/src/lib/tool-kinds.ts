/** What a sales tool is for, and where it stands in its life. */

export enum ToolCategory {
  CRM = 'CRM',
  EMAIL = 'EMAIL',
  DIALER = 'DIALER',
  SALES_ENGAGEMENT = 'SALES_ENGAGEMENT',
  FORECASTING = 'FORECASTING',
  CONTENT = 'CONTENT',
  OTHER = 'OTHER',
}

export enum ToolStatus {
  EVALUATING = 'EVALUATING',
  ACTIVE = 'ACTIVE',
  RETIRING = 'RETIRING',
  RETIRED = 'RETIRED',
}
