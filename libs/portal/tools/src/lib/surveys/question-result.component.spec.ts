import { TestBed } from '@angular/core/testing';
import { type SurveyAdminQuestionResultFragment } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';

import { QuestionResultComponent } from './question-result.component';
import { QUESTION_RESULTS } from './survey-fixtures';

async function render(result: SurveyAdminQuestionResultFragment, toolName: string | null = null) {
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(QuestionResultComponent);
  fixture.componentRef.setInput('result', result);
  fixture.componentRef.setInput('toolName', toolName);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('QuestionResultComponent', () => {
  it('should head the card with the question, its kind, its tool and how many answered', async () => {
    const element = await render(QUESTION_RESULTS[0], 'Salesforce Sales Cloud');

    const card = element.querySelector('[data-testid="result-question"]');
    expect(card?.getAttribute('data-kind')).toBe('CSAT');
    expect(card?.querySelector('.prompt')?.textContent?.trim()).toBe(
      '1. How satisfied are you with Salesforce Sales Cloud?',
    );
    expect(card?.querySelector('.meta')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Satisfaction (CSAT) · Salesforce Sales Cloud · 10 answered',
    );
  });

  it('should chart each kind its own way', async () => {
    const csat = await render(QUESTION_RESULTS[0]);
    expect(csat.querySelector('[data-testid="result-csat"]')).not.toBeNull();
    expect(csat.querySelector('[data-testid="result-nps-bar"]')).toBeNull();

    const nps = await render(QUESTION_RESULTS[1]);
    expect(nps.querySelector('[data-testid="result-nps-bar"]')).not.toBeNull();
    expect(nps.querySelector('.columns.nps')).not.toBeNull();

    const multi = await render(QUESTION_RESULTS[2]);
    expect(multi.querySelector('.rows')).not.toBeNull();
    expect(multi.querySelector('.columns')).toBeNull();
  });

  it('should say nobody answered instead of an empty chart', async () => {
    const element = await render({ ...QUESTION_RESULTS[1], answered: 0 });

    expect(element.querySelector('.none')?.textContent).toBe('Nobody answered this question.');
    expect(element.querySelector('[data-testid="result-distribution"]')).toBeNull();
    expect(element.querySelector('.meta')?.textContent).toContain('0 answered');
  });
});
