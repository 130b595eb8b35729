import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';

import { en } from './en';
import { I18nService, interpolate, LANG_STORAGE_KEY } from './i18n.service';
import { ko } from './ko';

describe('dictionaries', () => {
  it('should give ko exactly the keys of en', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('should translate every ko entry (no empty or copied English text) when the text is not a name', () => {
    const sameOnPurpose = new Set(['lang.en', 'lang.ko']);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ko[key].trim()).not.toBe('');
      // Acronyms and formats (CRM, NPS, {count}) read the same in both; words must be translated.
      if (!sameOnPurpose.has(key) && /[a-z]{3}/.test(en[key].replace(/\{\w+\}/g, '')))
        expect([key, ko[key]]).not.toEqual([key, en[key]]);
    }
  });

  it('should keep the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ko[key])).toEqual(placeholders(en[key]));
    }
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
