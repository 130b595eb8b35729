export { type AreaKeys, en, type TextsOf, type TranslationKey } from './lib/en';
export { I18nService, interpolate, LANG_STORAGE_KEY, type TranslateParams } from './lib/i18n.service';
export { addTextsToTestEnvironment, provideTexts, resolveTexts } from './lib/texts.providers';
export { type AreaTexts, isLang, type Lang, LANGS, type Texts, translationProblems } from './lib/texts';
export { TranslatePipe } from './lib/translate.pipe';
export { LocalDatePipe, LocalMoneyPipe, LocalNumberPipe, LocalPercentPipe } from './lib/format.pipes';
