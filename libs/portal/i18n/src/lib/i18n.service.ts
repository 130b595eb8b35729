import { DOCUMENT } from '@angular/common';
import { computed, effect, inject, Injectable, signal } from '@angular/core';
import { type Dictionary, en, type TranslationKey } from './en';
import { ko } from './ko';

export type Lang = 'en' | 'ko';
export type TranslateParams = Readonly<Record<string, string | number>>;

export const LANGS: readonly Lang[] = ['en', 'ko'];
export const LANG_STORAGE_KEY = 'salesops.lang';

const DICTIONARIES: Record<Lang, Dictionary> = { en, ko };
const LOCALES: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR' };

/** Fills `{name}` placeholders; an unknown placeholder stays visible so it is noticed. */
export function interpolate(text: string, params?: TranslateParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ko';
}

@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly langState = signal<Lang>(this.initialLang());

  readonly lang = this.langState.asReadonly();
  readonly locale = computed(() => LOCALES[this.langState()]);
  private readonly dictionary = computed(() => DICTIONARIES[this.langState()]);
  private readonly dateFormat = computed(
    () =>
      new Intl.DateTimeFormat(this.locale(), {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }),
  );
  private readonly numberFormat = computed(() => new Intl.NumberFormat(this.locale()));

  constructor() {
    effect(() => {
      const lang = this.langState();
      this.document.documentElement.lang = lang;
      storage()?.setItem(LANG_STORAGE_KEY, lang);
    });
  }

  setLang(lang: Lang): void {
    this.langState.set(lang);
  }

  t(key: TranslationKey, params?: TranslateParams): string {
    return interpolate(this.dictionary()[key] ?? en[key] ?? key, params);
  }

  /** Formats a calendar date (`YYYY-MM-DD`) or an ISO timestamp; empty input gives ''. */
  formatDate(value: string | null | undefined): string {
    if (!value) return '';
    // A bare calendar date is a day, not an instant: read and print it in UTC so no time zone shifts it.
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
    return Number.isNaN(date.getTime()) ? value : this.dateFormat().format(date);
  }

  formatNumber(value: number | null | undefined): string {
    return value === null || value === undefined ? '' : this.numberFormat().format(value);
  }

  private initialLang(): Lang {
    const stored = storage()?.getItem(LANG_STORAGE_KEY);
    if (isLang(stored)) return stored;
    const browser = this.document.defaultView?.navigator.language ?? 'en';
    return browser.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be disabled (private mode, policies); the portal still works without it.
    return null;
  }
}
