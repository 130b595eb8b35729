export { EMAIL_MAX_LENGTH, isValidEmail, normalizeEmail } from './lib/email';
export { isCalendarDate, todayIsoDate } from './lib/calendar-date';
export { emailFromName } from './lib/person-name';
export { parseCsv, parseCsvRecords } from './lib/csv';
