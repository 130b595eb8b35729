import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';

import { CsatResultComponent } from './csat-result.component';
import { QUESTION_RESULTS } from './survey-fixtures';

describe('CsatResultComponent', () => {
  it('should show the mean, the share satisfied and a column per score', async () => {
    TestBed.inject(I18nService).setLang('en');
    const fixture = TestBed.createComponent(CsatResultComponent);
    fixture.componentRef.setInput('result', { ...QUESTION_RESULTS[0], mean: 3.876 });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    // Value and label, as a screen reader reads them.
    const text = (testId: string) =>
      Array.from(element.querySelectorAll(`[data-testid="${testId}"] span`))
        .map((span) => span.textContent?.trim())
        .join(' ');

    expect(text('result-mean')).toBe('3.88 mean of 5');
    expect(text('result-csat')).toBe('70% satisfied (4 or 5)');
    const counts = Array.from(element.querySelectorAll('[data-testid="result-bucket"]')).map((b) =>
      b.getAttribute('data-count'),
    );
    expect(counts).toEqual(['0', '1', '2', '4', '3']);
  });
});
