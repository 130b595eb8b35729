import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';

import { ChoiceResultComponent } from './choice-result.component';
import { QUESTION_RESULTS } from './survey-fixtures';

async function render(result = QUESTION_RESULTS[2]) {
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(ChoiceResultComponent);
  fixture.componentRef.setInput('result', result);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const rows = (element: HTMLElement) =>
  Array.from(element.querySelectorAll<HTMLElement>('[data-testid="result-bucket"]')).map((row) => [
    row.querySelector('.option')?.textContent,
    row.querySelector('.figure')?.textContent,
    row.querySelector<HTMLElement>('.bar .fill')?.style.width,
  ]);

describe('ChoiceResultComponent', () => {
  it('should show a bar per option with its share of who answered, and say why they add up past 100%', async () => {
    const element = await render();

    expect(rows(element)).toEqual([
      ['Calls', '5 · 100%', '100%'],
      ['Email', '2 · 40%', '40%'],
    ]);
    expect(element.querySelector('.hint')?.textContent).toContain('shares add up to more than 100%');
  });

  it('should not explain shares for a single choice question', async () => {
    const element = await render({
      ...QUESTION_RESULTS[2],
      kind: 'SINGLE_CHOICE',
      answered: 8,
      distribution: [
        { label: 'Yes', count: 6 },
        { label: 'No', count: 2 },
      ],
    });

    expect(rows(element)).toEqual([
      ['Yes', '6 · 75%', '100%'],
      ['No', '2 · 25%', '33.33%'],
    ]);
    expect(element.querySelector('.hint')).toBeNull();
  });
});
