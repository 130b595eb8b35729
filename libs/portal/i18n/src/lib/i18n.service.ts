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
  private readonly percentFormat = computed(
    () => new Intl.NumberFormat(this.locale(), { style: 'percent', maximumFractionDigits: 1 }),
  );
  private readonly moneyFormats = new Map<string, Intl.NumberFormat>();

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

  /** A share (0.25) as a percentage (`25%`); null or undefined gives ''. */
  formatPercent(value: number | null | undefined): string {
    return value === null || value === undefined ? '' : this.percentFormat().format(value);
  }

  /**
   * Money from its exact decimal text (`"1153214.00"`) in the currency's style (`$1,153,214.00`).
   * The text goes to Intl as a string, so no float ever rounds it; `whole` drops the cents.
   */
  formatMoney(amount: string | null | undefined, currency: string, whole = false): string {
    if (amount === null || amount === undefined || amount === '') return '';
    const key = `${this.locale()}|${currency}|${whole}`;
    let format = this.moneyFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(this.locale(), {
        style: 'currency',
        currency,
        ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
      });
      this.moneyFormats.set(key, format);
    }
    // ES2023 Intl takes decimal strings exactly; the es2022 typings do not know it yet.
    return (format.format as unknown as (value: string) => string)(amount);
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
