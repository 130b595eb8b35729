import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';

import { LangSwitchComponent } from './lang-switch.component';

describe('LangSwitchComponent', () => {
  beforeEach(() => localStorage.clear());

  async function render() {
    const fixture = TestBed.createComponent(LangSwitchComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = () => element.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]');
    return { fixture, element, button };
  }

  it('should say so next to the button and stay in English when Korean cannot be loaded', async () => {
    const i18n = TestBed.inject(I18nService);
    jest.spyOn(i18n, 'setLang').mockRejectedValue(new Error('Failed to fetch dynamically imported module'));
    const { fixture, element, button } = await render();

    button()?.click();
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="lang-switch-failed"]')?.textContent).toBe(
      'The texts in 한국어 could not be loaded. Check the connection and try again.',
    );
    expect(i18n.lang()).toBe('en');
    expect(button()?.disabled).toBe(false);
  });

  it('should wait for the texts with the button disabled, then offer the way back', async () => {
    const i18n = TestBed.inject(I18nService);
    const { fixture, element, button } = await render();

    button()?.click();
    fixture.detectChanges();
    expect(button()?.disabled).toBe(true);
    await i18n.ready();
    await fixture.whenStable();

    expect(i18n.lang()).toBe('ko');
    expect(button()?.disabled).toBe(false);
    expect(button()?.textContent?.trim()).toBe('English');
    expect(element.querySelector('[data-testid="lang-switch-failed"]')).toBeNull();
  });
});
