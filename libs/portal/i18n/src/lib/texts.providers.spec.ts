import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { type TranslationKey } from './en';
import { I18nService } from './i18n.service';
import { type AreaTexts } from './texts';
import { resolveTexts } from './texts.providers';
import { TranslatePipe } from './translate.pipe';

let fetched = 0;
const demo: AreaTexts = {
  area: 'demo',
  en: { 'demo.title': 'Demo page' },
  load: { ko: async () => (fetched++, { 'demo.title': '데모 페이지' }) },
};

@Component({
  selector: 'so-demo-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>{{ title | t }}</h1>`,
})
class DemoPageComponent {
  protected readonly title = 'demo.title' as TranslationKey;
}

describe('resolveTexts', () => {
  beforeEach(() => {
    localStorage.clear();
    fetched = 0;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: '',
            resolve: { texts: resolveTexts(demo) },
            children: [{ path: 'demo', component: DemoPageComponent }],
          },
        ]),
      ],
    });
  });

  it("should show the area's page in English without fetching its Korean when the language is English", async () => {
    const harness = await RouterTestingHarness.create('/demo');
    expect(harness.routeNativeElement?.textContent).toBe('Demo page');
    expect(fetched).toBe(0);
  });

  it("should fetch the area's Korean before its page is shown when the language is Korean", async () => {
    await TestBed.inject(I18nService).setLang('ko');
    const harness = await RouterTestingHarness.create('/demo');
    expect(harness.routeNativeElement?.textContent).toBe('데모 페이지');
    expect(fetched).toBe(1);
  });
});
