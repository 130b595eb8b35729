import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';

import { columnFill, ScoreColumnsComponent, type ScoreScale } from './score-columns.component';

async function render(scale: ScoreScale, counts: number[], first = 1) {
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(ScoreColumnsComponent);
  fixture.componentRef.setInput('scale', scale);
  fixture.componentRef.setInput(
    'buckets',
    counts.map((count, i) => ({ label: String(first + i), count })),
  );
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('columnFill', () => {
  it('should colour CSAT 4 and 5 as good and NPS columns by group', () => {
    expect(['1', '3', '4', '5'].map((label) => columnFill('CSAT', label))).toEqual([
      'fill',
      'fill',
      'fill good',
      'fill good',
    ]);
    expect(['0', '6', '7', '8', '9', '10'].map((label) => columnFill('NPS', label))).toEqual([
      'fill detractors',
      'fill detractors',
      'fill passives',
      'fill passives',
      'fill promoters',
      'fill promoters',
    ]);
  });
});

describe('ScoreColumnsComponent', () => {
  it('should draw a column per score, the tallest filling its track, with its count for screen readers', async () => {
    const element = await render('CSAT', [0, 1, 2, 4, 3]);

    const columns = Array.from(element.querySelectorAll<HTMLElement>('[data-testid="result-bucket"]'));
    expect(columns.map((c) => c.getAttribute('aria-label'))).toEqual([
      '1: 0',
      '2: 1',
      '3: 2',
      '4: 4',
      '5: 3',
    ]);
    const fills = Array.from(element.querySelectorAll<HTMLElement>('.fill'));
    expect(fills.map((f) => f.style.height)).toEqual(['0%', '25%', '50%', '100%', '75%']);
    expect(fills.map((f) => f.classList.contains('good'))).toEqual([false, false, false, true, true]);
    expect(element.querySelector('.columns')?.classList.contains('nps')).toBe(false);
  });

  it('should lay out eleven NPS columns coloured by group', async () => {
    const element = await render('NPS', [1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 4], 0);

    expect(element.querySelector('.columns')?.classList.contains('nps')).toBe(true);
    expect(element.querySelectorAll('[data-testid="result-bucket"]')).toHaveLength(11);
    const fills = Array.from(element.querySelectorAll<HTMLElement>('.fill'));
    expect([fills[0], fills[7], fills[10]].map((f) => Array.from(f.classList).sort())).toEqual([
      ['detractors', 'fill'],
      ['fill', 'passives'],
      ['fill', 'promoters'],
    ]);
  });
});
