export { type Dictionary, en, type TranslationKey } from './lib/en';
export {
  I18nService,
  interpolate,
  isLang,
  type Lang,
  LANGS,
  LANG_STORAGE_KEY,
  type TranslateParams,
} from './lib/i18n.service';
export { TranslatePipe } from './lib/translate.pipe';
export { LocalDatePipe, LocalMoneyPipe, LocalNumberPipe, LocalPercentPipe } from './lib/format.pipes';
