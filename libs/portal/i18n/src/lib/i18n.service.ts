import { DOCUMENT } from '@angular/common';
import { computed, effect, inject, Injectable, isDevMode, signal } from '@angular/core';

import { en, type TranslationKey } from './en';
import { type AreaTexts, isLang, type Lang, type Texts } from './texts';

export type TranslateParams = Readonly<Record<string, string | number>>;

export const LANG_STORAGE_KEY = 'salesops.lang';

/**
 * The common texts. Their English is built in: it is the default and every missing text falls back to it.
 * Other languages are separate chunks, fetched the first time they are chosen, so the first load does not
 * carry them. Each area brings its own texts the same way when its routes are shown (`resolveTexts`).
 */
const COMMON: AreaTexts = { area: 'common', en, load: { ko: () => import('./ko').then((m) => m.ko) } };
const LOCALES: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR' };

/** Fills `{name}` placeholders; an unknown placeholder stays visible so it is noticed. */
export function interpolate(text: string, params?: TranslateParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  /** The language shown: it changes only once that language's texts are here. */
  private readonly langState = signal<Lang>('en');
  /** The language last asked for; a slower load of an earlier choice does not override it. */
  private requested: Lang = 'en';
  /** Every text here, by language: the sets loaded so far, merged (keys are unique across sets). */
  private readonly texts = signal<Readonly<Record<Lang, Texts>>>({ en: { ...en }, ko: {} });
  /** `<area>:<lang>` of each set of texts here. */
  private readonly loaded = new Set<string>(['common:en']);
  private readonly loading = new Map<string, Promise<void>>();
  /** The sets of texts the page shown needs: the common ones and those of its area. */
  private shown: readonly AreaTexts[] = [COMMON];
  private pending: Promise<void> = Promise.resolve();

  readonly lang = this.langState.asReadonly();
  readonly locale = computed(() => LOCALES[this.langState()]);
  private readonly dictionary = computed(() => this.texts()[this.langState()]);
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
    const initial = this.initialLang();
    // A failed fetch leaves English; the app's initializer reads the failure through ready().
    if (initial !== 'en') this.setLang(initial).catch(() => undefined);
    effect(() => {
      this.document.documentElement.lang = this.langState();
    });
  }

  /**
   * Switches the language, fetching its texts first (the common ones and those of the area shown) if they
   * are not here yet. The promise settles when the language is shown; a failed fetch keeps the current
   * language and rejects.
   */
  setLang(lang: Lang): Promise<void> {
    this.requested = lang;
    // The choice is kept at once, so a page closed (or a chunk lost) before the texts arrive keeps it.
    storage()?.setItem(LANG_STORAGE_KEY, lang);
    if (this.missing(lang).length === 0) {
      this.langState.set(lang);
      this.pending = Promise.resolve();
      return this.pending;
    }
    this.pending = this.fetchShown(lang).then(() => {
      if (this.requested === lang) this.langState.set(lang);
    });
    return this.pending;
  }

  /**
   * Adds a set of texts (an area's) in English, at once and only once. Its other languages are fetched
   * when it is shown in them.
   */
  addTexts(texts: AreaTexts): void {
    if (this.loaded.has(`${texts.area}:en`)) return;
    if (isDevMode()) {
      const twice = Object.keys(texts.en).filter((key) => Object.hasOwn(this.texts().en, key));
      if (twice.length)
        throw new Error(`Texts of ${texts.area} already defined elsewhere: ${twice.join(', ')}`);
    }
    this.loaded.add(`${texts.area}:en`);
    this.texts.update((all) => ({ ...all, en: { ...all.en, ...texts.en } }));
  }

  /**
   * The page about to be shown needs these sets of texts (its area's): adds them and, when the language
   * shown is not English, fetches theirs. Never rejects: a set that cannot be fetched falls back to English.
   */
  showTexts(...sets: AreaTexts[]): Promise<void> {
    for (const texts of sets) this.addTexts(texts);
    this.shown = [COMMON, ...sets];
    return this.fetchShown(this.langState()).catch(() => undefined);
  }

  /** Settles once the language last asked for is shown (the app waits for it before its first page). */
  ready(): Promise<void> {
    return this.pending;
  }

  t(key: TranslationKey, params?: TranslateParams): string {
    return interpolate(this.dictionary()[key] ?? this.texts().en[key] ?? key, params);
  }

  /** Whether a text (any key, such as a route title) is here, so `t` does not fall back to the key. */
  has(key: string): key is TranslationKey {
    return Object.hasOwn(this.texts().en, key);
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

  private missing(lang: Lang): AreaTexts[] {
    return lang === 'en' ? [] : this.shown.filter((texts) => !this.loaded.has(`${texts.area}:${lang}`));
  }

  /** Fetches what the page shown lacks in `lang`, again if the page changed meanwhile. */
  private async fetchShown(lang: Lang): Promise<void> {
    if (lang === 'en') return;
    for (let missing = this.missing(lang); missing.length; missing = this.missing(lang)) {
      await Promise.all(missing.map((texts) => this.fetch(texts, lang)));
    }
  }

  private fetch(texts: AreaTexts, lang: Exclude<Lang, 'en'>): Promise<void> {
    const id = `${texts.area}:${lang}`;
    let loading = this.loading.get(id);
    if (!loading) {
      loading = texts.load[lang]().then(
        (loaded) => {
          this.loaded.add(id);
          this.texts.update((all) => ({ ...all, [lang]: { ...all[lang], ...loaded } }));
        },
        (error: unknown) => {
          // Forgotten, so the next time the texts are needed they are asked for again.
          this.loading.delete(id);
          throw error;
        },
      );
      this.loading.set(id, loading);
    }
    return loading;
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
