import { isCalendarDate } from './calendar-date';

/** The date layouts CRM exports use; the import's column mapping names one. */
export type DateFormat = 'YYYY-MM-DD' | 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'DD.MM.YYYY';

export const DATE_FORMATS: readonly DateFormat[] = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY'];

const LAYOUTS: Record<DateFormat, { pattern: RegExp; order: [number, number, number] }> = {
  // order: indexes of year, month, day among the captured groups
  'YYYY-MM-DD': { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: [1, 2, 3] },
  'DD/MM/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: [3, 2, 1] },
  'MM/DD/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: [3, 1, 2] },
  'DD.MM.YYYY': { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: [3, 2, 1] },
};

/** Reads a date in the given layout as YYYY-MM-DD; null when it is not a real date in that layout. */
export function parseDate(text: string, format: DateFormat): string | null {
  const match = LAYOUTS[format].pattern.exec(text.trim());
  if (!match) return null;
  const [y, m, d] = LAYOUTS[format].order.map((index) => match[index]);
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}
