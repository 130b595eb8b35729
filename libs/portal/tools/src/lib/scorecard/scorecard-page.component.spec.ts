import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ToolScorecardGQL, type ToolScorecardRowFragment } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { downloadCsv } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { CLARI, HIGHSPOT, SALESFORCE, wave } from './scorecard-fixtures';
import { ScorecardPageComponent } from './scorecard-page.component';

jest.mock('@salesops/portal/ui', () => ({
  ...jest.requireActual('@salesops/portal/ui'),
  downloadCsv: jest.fn(),
}));

function setup(rows: ToolScorecardRowFragment[] | null = [SALESFORCE, CLARI, HIGHSPOT], error?: unknown) {
  const fetch = jest.fn(() => (error ? throwError(() => error) : of({ data: { toolScorecard: rows } })));
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: ToolScorecardGQL, useValue: { fetch } }],
  });
  TestBed.inject(I18nService).setLang('en');
  return { fetch };
}

async function render() {
  const fixture = TestBed.createComponent(ScorecardPageComponent);
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const all = (testId: string, root: ParentNode = element) =>
    Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const text = (testId: string, root: ParentNode = element) =>
    all(testId, root).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
  const click = async (testId: string) => {
    all(testId)[0].click();
    await fixture.whenStable();
  };
  return { fixture, element, all, text, click };
}

describe('ScorecardPageComponent', () => {
  beforeEach(() => jest.mocked(downloadCsv).mockClear());

  it('should show one card per tool, the tools to replace first, with the signal and its reasons', async () => {
    setup();
    const { all, text } = await render();

    expect(text('scorecard-tool-name')).toEqual(['Highspot', 'Clari', 'Salesforce Sales Cloud']);
    expect(text('scorecard-signal')).toEqual(['Replace', 'Review', 'Keep']);
    expect(all('scorecard-signal').map((badge) => badge.dataset['signal'])).toEqual([
      'REPLACE',
      'REVIEW',
      'KEEP',
    ]);
    const [highspot] = all('scorecard-card');
    expect(text('scorecard-reason', highspot)).toEqual([
      'Only 8% of users are satisfied (CSAT, wave 2)',
      'Only 16 of 35 seats are in use (46%)',
    ]);
    expect(text('scorecard-count-REPLACE')).toEqual(['1 Replace']);
    expect(text('scorecard-count-REVIEW')).toEqual(['1 Review']);
    expect(text('scorecard-count-KEEP')).toEqual(['1 Keep']);
  });

  it('should mark a still-open wave as provisional in the trend, and say it is not used for the verdict', async () => {
    setup([{ ...HIGHSPOT, trend: [...HIGHSPOT.trend, { ...wave(3, 0), provisional: true, scores: 1 }] }]);
    const { all } = await render();
    const bars = all('csat-trend-bar');
    expect(bars.map((bar) => bar.dataset['provisional'])).toEqual(['false', 'false', 'true']);
    expect(bars[2].querySelector('title')?.textContent).toContain(
      '(still open: provisional, not used for the verdict)',
    );
    expect(bars[1].querySelector('title')?.textContent).not.toContain('provisional');
  });

  it('should show satisfaction with its trend, use, cost per seat and per used seat, and the renewal', async () => {
    setup();
    const { all, text } = await render();
    const [highspot, clari, salesforce] = all('scorecard-card');

    expect(text('scorecard-csat', highspot)).toEqual(['7.7%']);
    expect(text('scorecard-csat-change', highspot)).toEqual(['▼ 39 points since the wave before']);
    expect(all('csat-trend-bar', highspot).map((bar) => bar.dataset['level'])).toEqual(['low', 'low']);
    expect(all('csat-trend', highspot)[0].getAttribute('aria-label')).toBe(
      'CSAT by wave: wave 1 46.7%, wave 2 7.7%',
    );
    expect(text('scorecard-utilisation', highspot)).toEqual(['45.7%']);
    expect(text('scorecard-cost-per-seat', highspot)).toEqual(['$40.00']);
    expect(text('scorecard-cost-per-used-seat', highspot)).toEqual(['$87.50']);
    expect(text('renewal-flag', highspot)).toEqual(['Renews in 80 days']);

    expect(text('scorecard-nps', salesforce)).toEqual(['NPS 35.5']);
    expect(text('scorecard-csat-change', salesforce)).toEqual(['▲ 28 points since the wave before']);
    expect(text('renewal-flag', salesforce)).toEqual(['Renews in 62 days']);

    expect(text('scorecard-no-survey', clari)).toEqual(['No satisfaction survey results yet']);
    expect(all('csat-trend', clari)).toHaveLength(0);
  });

  it('should show the satisfaction-vs-performance reading only where the API gives one', async () => {
    setup();
    const { all, text } = await render();
    const [highspot, clari, salesforce] = all('scorecard-card');

    expect(text('scorecard-link-reading', highspot)).toEqual([
      'Happier users sold more (r = 0.42 over 13 reps, won revenue in FY2026-Q4)',
    ]);
    // Anonymous or no survey: the API sends null and nothing is shown.
    expect(all('scorecard-link', clari)).toHaveLength(0);
    expect(all('scorecard-link', salesforce)).toHaveLength(0);
  });

  it('should narrow the cards to one signal and back', async () => {
    setup();
    const { click, text } = await render();

    await click('scorecard-count-REVIEW');
    expect(text('scorecard-tool-name')).toEqual(['Clari']);
    await click('scorecard-show-all');
    expect(text('scorecard-tool-name')).toHaveLength(3);
  });

  it('should export one row per tool in the order shown', async () => {
    setup();
    const { click } = await render();

    await click('export-csv');

    const [fileName, csv] = jest.mocked(downloadCsv).mock.calls[0];
    expect(fileName).toBe('tool-scorecard.csv');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'Highspot',
      'Clari',
      'Salesforce Sales Cloud',
    ]);
  });

  it('should say so when there are no tools', async () => {
    setup([]);
    const { text, all } = await render();
    expect(text('scorecard-empty')[0]).toContain('No tools in the inventory yet');
    expect(all('export-csv')[0].hasAttribute('disabled')).toBe(true);
  });

  it('should show why the scorecard failed and try again', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }],
    });
    const { fetch } = setup(null, error);
    const { text, all, fixture } = await render();

    expect(text('error-banner')[0]).toContain('You are not allowed to do this.');
    expect(text('scorecard-error')[0]).toContain('The scorecard could not be loaded.');
    all('scorecard-error')[0].querySelector('button')?.click();
    await fixture.whenStable();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
