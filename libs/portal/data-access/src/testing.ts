// Fixtures for specs of the areas that read the API's pay periods (goals, pay periods): not for the app.
export { fiscalCalendarAnswer, payPeriodRow } from './lib/pay-periods/pay-period-fixtures';
