import { TestBed } from '@angular/core/testing';

import { I18nService } from './i18n.service';

// The Korean chunk cannot be fetched (offline, a deploy replaced it): the import fails.
jest.mock('./ko', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('I18nService when a language cannot be loaded', () => {
  beforeEach(() => localStorage.clear());

  it('should keep the current language and reject, so the caller can say so, when the texts do not arrive', async () => {
    const i18n = TestBed.inject(I18nService);
    await expect(i18n.setLang('ko')).rejects.toThrow('Failed to fetch');
    expect(i18n.lang()).toBe('en');
    expect(i18n.t('nav.teams')).toBe('Teams');
  });

  it('should start in English, with the failure for the app to read, when a stored Korean choice cannot be loaded', async () => {
    localStorage.setItem('salesops.lang', 'ko');
    TestBed.resetTestingModule();
    const i18n = TestBed.inject(I18nService);
    await expect(i18n.ready()).rejects.toThrow('Failed to fetch');
    expect(i18n.lang()).toBe('en');
    // The choice stays: the next visit tries Korean again.
    expect(localStorage.getItem('salesops.lang')).toBe('ko');
  });
});
