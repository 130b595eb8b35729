// Which goals a closed pay period locks, for the goals page (performance) and the pay periods page
// (compensation). Its own entry point: it needs the domain's period arithmetic, which the shell's first load,
// importing the main entry, should not carry.
export {
  closedPeriodHolding,
  fiscalYearOf,
  isPeriodLockedError,
  type PayPeriodSpan,
} from './lib/pay-periods/pay-period-lock';
