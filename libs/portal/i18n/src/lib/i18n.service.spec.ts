import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';

import { en, type TranslationKey } from './en';
import { I18nService, interpolate, LANG_STORAGE_KEY } from './i18n.service';
import { ko } from './ko';
import { type AreaTexts, translationProblems } from './texts';

/** A made-up area whose Korean chunk is counted, and can be made to fail. */
function area(name: string, en: Record<string, string>, ko: Record<string, string>) {
  const fetched = { count: 0, fail: false };
  const texts: AreaTexts = {
    area: name,
    en,
    load: {
      ko: async () => {
        fetched.count++;
        if (fetched.fail) throw new Error('Failed to fetch dynamically imported module');
        return ko;
      },
    },
  };
  return { texts, fetched };
}

// Keys of made-up areas: the compiled TranslationKey only knows the areas compiled with it.
const key = (text: string) => text as TranslationKey;

describe('common texts', () => {
  it('should translate every English text into Korean with the same placeholders', () => {
    expect(translationProblems(en, ko, ['lang.en', 'lang.ko'])).toEqual([]);
  });

  it('should name what is wrong when a translation is incomplete', () => {
    expect(
      translationProblems(
        { a: 'Save {count}', b: 'Close', c: 'Open', d: 'CRM' },
        { a: '저장', b: 'Close', d: 'CRM', e: 'x' },
      ),
    ).toEqual(['e: not in English', 'a: placeholders differ', 'b: still in English', 'c: missing']);
  });
});

describe('interpolate', () => {
  it('should fill known placeholders and keep unknown ones when params are given', () => {
    expect(interpolate('{count} of {total} ({x})', { count: 3, total: 10 })).toBe('3 of 10 ({x})');
  });
});

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should translate in the chosen language and persist it when the language changes', async () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    expect(i18n.t('nav.teams')).toBe('Teams');

    await i18n.setLang('ko');
    TestBed.tick();
    expect(i18n.t('nav.teams')).toBe('팀');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('ko');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('ko');
  });

  it('should start in the stored language once its texts are loaded when one was saved', async () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'ko');
    const i18n = TestBed.inject(I18nService);
    // Korean is a separate chunk: until it is here the portal speaks English, never a bare key.
    expect(i18n.lang()).toBe('en');
    expect(i18n.t('nav.teams')).toBe('Teams');
    TestBed.tick();
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('ko');
    await i18n.ready();
    expect(i18n.lang()).toBe('ko');
    expect(i18n.t('nav.teams')).toBe('팀');
  });

  it('should keep the last language asked for when an earlier choice finishes loading after it', async () => {
    const i18n = TestBed.inject(I18nService);
    const korean = i18n.setLang('ko');
    await i18n.setLang('en');
    await korean;
    expect(i18n.lang()).toBe('en');
    // Loaded once, Korean is then switched to at once.
    void i18n.setLang('ko');
    expect(i18n.lang()).toBe('ko');
  });

  it('should format a calendar date without shifting the day when the locale changes', async () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    expect(i18n.formatDate('2017-03-05')).toBe('Mar 5, 2017');
    await i18n.setLang('ko');
    expect(i18n.formatDate('2017-03-05')).toBe('2017년 3월 5일');
    expect(i18n.formatDate(null)).toBe('');
  });

  it('should group digits by locale when formatting numbers', async () => {
    const i18n = TestBed.inject(I18nService);
    await i18n.setLang('ko');
    expect(i18n.formatNumber(1234567)).toBe('1,234,567');
  });

  it('should format money from its decimal text without rounding when the amount is large', async () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    expect(i18n.formatMoney('90071992547409.93', 'USD')).toBe('$90,071,992,547,409.93');
    expect(i18n.formatMoney('1153214.00', 'USD', true)).toBe('$1,153,214');
    await i18n.setLang('ko');
    expect(i18n.formatMoney('1054.00', 'USD')).toBe('US$1,054.00');
    expect(i18n.formatMoney(null, 'USD')).toBe('');
  });

  it('should format a share as a percentage when asked', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    expect(i18n.formatPercent(0.6316)).toBe('63.2%');
    expect(i18n.formatPercent(null)).toBe('');
  });
});

describe('I18nService with area texts', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should show an area in English without fetching its Korean when the language is English', async () => {
    const i18n = TestBed.inject(I18nService);
    const org = area('org', { 'org.title': 'Teams' }, { 'org.title': '팀' });
    expect(i18n.t(key('org.title'))).toBe('org.title');
    expect(i18n.has('org.title')).toBe(false);

    await i18n.showTexts(org.texts);
    expect(i18n.t(key('org.title'))).toBe('Teams');
    expect(i18n.has('org.title')).toBe(true);
    expect(org.fetched.count).toBe(0);
  });

  it("should fetch an area's Korean once, before its page, when the area is shown in Korean", async () => {
    const i18n = TestBed.inject(I18nService);
    await i18n.setLang('ko');
    const org = area('org', { 'org.title': 'Teams' }, { 'org.title': '팀' });

    await i18n.showTexts(org.texts);
    expect(i18n.t(key('org.title'))).toBe('팀');
    await i18n.showTexts(org.texts);
    expect(org.fetched.count).toBe(1);
  });

  it("should fetch the shown area's Korean with the common texts when the language is switched inside it", async () => {
    const i18n = TestBed.inject(I18nService);
    const org = area('org', { 'org.title': 'Teams' }, { 'org.title': '팀' });
    const tools = area('tools', { 'tools.title': 'Tools' }, { 'tools.title': '도구' });
    await i18n.showTexts(tools.texts);
    await i18n.showTexts(org.texts);

    await i18n.setLang('ko');
    expect(i18n.lang()).toBe('ko');
    expect(i18n.t('nav.teams')).toBe('팀');
    expect(i18n.t(key('org.title'))).toBe('팀');
    // An area left before the switch is fetched when it is shown again, not before.
    expect(tools.fetched.count).toBe(0);
    expect(i18n.t(key('tools.title'))).toBe('Tools');
    await i18n.showTexts(tools.texts);
    expect(i18n.t(key('tools.title'))).toBe('도구');

    // Back to English: nothing to fetch, the switch is at once.
    void i18n.setLang('en');
    expect(i18n.t(key('org.title'))).toBe('Teams');
  });

  it('should fall back to English, then to the key, when a Korean text is missing', async () => {
    const i18n = TestBed.inject(I18nService);
    const org = area('org', { 'org.title': 'Teams', 'org.new': 'New team' }, { 'org.title': '팀' });
    await i18n.showTexts(org.texts);
    await i18n.setLang('ko');
    expect(i18n.t(key('org.new'))).toBe('New team');
    expect(i18n.t(key('org.unknown'))).toBe('org.unknown');
  });

  it("should keep English and reject when an area's Korean cannot be fetched on a switch, and try again later", async () => {
    const i18n = TestBed.inject(I18nService);
    const org = area('org', { 'org.title': 'Teams' }, { 'org.title': '팀' });
    await i18n.showTexts(org.texts);
    org.fetched.fail = true;

    await expect(i18n.setLang('ko')).rejects.toThrow('Failed to fetch');
    expect(i18n.lang()).toBe('en');
    expect(i18n.t(key('org.title'))).toBe('Teams');

    org.fetched.fail = false;
    await i18n.setLang('ko');
    expect(i18n.t(key('org.title'))).toBe('팀');
    expect(org.fetched.count).toBe(2);
  });

  it('should open an area in English rather than not at all when its Korean cannot be fetched', async () => {
    const i18n = TestBed.inject(I18nService);
    await i18n.setLang('ko');
    const org = area('org', { 'org.title': 'Teams' }, { 'org.title': '팀' });
    org.fetched.fail = true;

    await expect(i18n.showTexts(org.texts)).resolves.toBeUndefined();
    expect(i18n.lang()).toBe('ko');
    expect(i18n.t(key('org.title'))).toBe('Teams');
  });

  it('should refuse, in development, a key that another set of texts already has', () => {
    const i18n = TestBed.inject(I18nService);
    expect(() => i18n.showTexts(area('org', { 'nav.teams': 'Teams' }, {}).texts)).toThrow(
      'Texts of org already defined elsewhere: nav.teams',
    );
  });
});
