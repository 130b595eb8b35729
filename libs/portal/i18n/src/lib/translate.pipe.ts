import { inject, Pipe, type PipeTransform } from '@angular/core';

import { type TranslationKey } from './en';
import { I18nService, type TranslateParams } from './i18n.service';

/**
 * `'teams.title' | t` or `'common.total' | t: { count: 3 }`.
 * Pure: the root re-creates the pages when the language changes, so a cached translation never
 * outlives its language (docs/decisions/0006-portal-i18n.md).
 */
@Pipe({ name: 't' })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslateParams): string {
    return this.i18n.t(key, params);
  }
}
