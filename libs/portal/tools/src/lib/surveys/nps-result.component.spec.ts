import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';

import { NpsResultComponent } from './nps-result.component';
import { QUESTION_RESULTS } from './survey-fixtures';

const GROUPS = ['detractors', 'passives', 'promoters'];

async function render(result = QUESTION_RESULTS[1]) {
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(NpsResultComponent);
  fixture.componentRef.setInput('result', result);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const text = (testId: string) =>
    element.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  // Value and label, as a screen reader reads them.
  const stat = (testId: string) =>
    Array.from(element.querySelectorAll(`[data-testid="${testId}"] span`))
      .map((span) => span.textContent?.trim())
      .join(' ');
  return { element, text, stat };
}

describe('NpsResultComponent', () => {
  it('should show the score, the mean, the groups as a bar with a legend and a column per score', async () => {
    const { element, text, stat } = await render();

    expect(stat('result-nps')).toBe('25 NPS');
    expect(stat('result-mean')).toBe('7.5 mean of 10');
    const segments = Array.from(element.querySelectorAll<HTMLElement>('.segment'));
    expect(segments.map((s) => [GROUPS.find((group) => s.classList.contains(group)), s.style.width])).toEqual(
      [
        ['detractors', '25%'],
        ['passives', '25%'],
        ['promoters', '50%'],
      ],
    );
    expect(text('nps-passives')).toBe('Passives: 1 (25%)');
    expect(element.querySelectorAll('[data-testid="result-bucket"]')).toHaveLength(11);
  });

  it('should leave out an empty group from the bar but keep it in the legend', async () => {
    const { element, text } = await render({
      ...QUESTION_RESULTS[1],
      nps: { score: 100, promoters: 3, passives: 0, detractors: 0 },
    });

    expect(element.querySelectorAll('.segment')).toHaveLength(1);
    expect(text('nps-detractors')).toBe('Detractors: 0 (0%)');
  });

  it('should still chart the scores when the API gives no NPS', async () => {
    const { element, text } = await render({ ...QUESTION_RESULTS[1], nps: null });

    expect(text('result-nps')).toBeNull();
    expect(element.querySelector('[data-testid="result-nps-bar"]')).toBeNull();
    expect(element.querySelectorAll('[data-testid="result-bucket"]')).toHaveLength(11);
  });
});
