import { type PeriodType } from '@salesops/domain';
import { type ForecastFamily, type ForecastMethod, type GoalFlag } from '@salesops/portal/data-access';
import { type TranslationKey } from '@salesops/portal/i18n';

// Typed key builders: a method, family or flag the dictionary lacks is a compile error, not a raw key on screen.
export const methodKey = (method: ForecastMethod): TranslationKey => `forecast.method.${method}`;
export const familyKey = (family: ForecastFamily): TranslationKey => `forecast.family.${family}`;
export const flagKey = (flag: GoalFlag): TranslationKey => `forecast.flag.${flag}`;
export const nextKey = (type: PeriodType): TranslationKey =>
  type === 'MONTH' ? 'forecast.next.MONTH' : type === 'YEAR' ? 'forecast.next.YEAR' : 'forecast.next.QUARTER';
