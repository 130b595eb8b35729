export { ATTAINMENT_DECIMALS, attainmentOf } from './lib/attainment';
export { EMAIL_MAX_LENGTH, isValidEmail, normalizeEmail } from './lib/email';
export { DATE_RANGE, isCalendarDate, parseDateTime, todayIsoDate } from './lib/calendar-date';
export { emailFromName } from './lib/person-name';
export {
  csvLine,
  CsvParser,
  type CsvRow,
  CsvUnclosedQuoteError,
  guessColumnsBySynonyms,
  parseCsv,
  parseCsvRecords,
} from './lib/csv';
export { isCurrencyCode, minorToDecimal, parseAmountToMinor, type Money } from './lib/money';
export {
  DATE_FORMATS,
  DATE_PATTERN_MAX,
  type DateFormat,
  type DateFormatGuess,
  guessDateFormat,
  isDateFormat,
  type NamedDateFormat,
  parseDate,
  writeDate,
} from './lib/date-format';
export {
  DEAL_WARNINGS,
  type DealFacts,
  type DealWarning,
  dealWarnings,
  FAR_FUTURE_DAYS,
  lastPlausibleDate,
} from './lib/deal-warnings';
export { matchKey } from './lib/match-key';
export {
  addDays,
  daysBetween,
  isPeriodKey,
  parsePeriodKey,
  periodContaining,
  periodsWithin,
  type FiscalCalendar,
  type Period,
  type PeriodType,
} from './lib/period';
export { gini, median, OUTLIER_Z, robustZScores, shareGap } from './lib/statistics';
export {
  judgeTeam,
  type JudgedKpi,
  type KpiVerdict,
  MIN_CLOSED_DEALS,
  MIN_JUDGED_REPS,
  type NotJudgedReason,
  type RepSample,
  shownZ,
  Z_CAP,
} from './lib/rep-judgement';
export { pickWeightedRoundRobin, type RoutingCandidate, type RoutingPick } from './lib/weighted-round-robin';
export {
  type AnswerCheck,
  type AnswerInput,
  checkAnswer,
  correlationReading,
  type CorrelationReading,
  csatShare,
  groupMayShow,
  MIN_ANONYMITY_THRESHOLD,
  netPromoter,
  type NetPromoter,
  pearson,
  type QuestionKind,
  type QuestionRule,
  SCORE_RANGE,
  TEXT_ANSWER_MAX,
} from './lib/survey';
export { type AnonymousRelease, anonymousRelease, releaseTakenAt } from './lib/survey-release';
export { type SurveyGroup, visibleGroups } from './lib/survey-groups';
export {
  type TemplateCatalogue,
  type TemplateParams,
  templatedText,
  type TemplatedText,
} from './lib/templated-text';
export * from './lib/compensation';
export * from './lib/forecasting';
