import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  FiscalCalendarService,
  ForecastBacktestGQL,
  ForecastGQL,
  ForecastLatestWinGQL,
  GoalGridRepsGQL,
  SessionStore,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import * as ui from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { forecastResult, HOLT, NAIVE, STAGE } from './forecast-fixtures';
import { ForecastPageComponent } from './forecast-page.component';

jest.mock('@salesops/portal/ui', () => ({
  ...jest.requireActual('@salesops/portal/ui'),
  downloadCsv: jest.fn(),
}));

const BACKTEST = {
  asOf: '2018-01-01',
  historyMonths: 10,
  horizonMonths: 3,
  recommendedMethod: 'HOLT',
  statement: '',
  methods: [
    {
      method: 'HOLT',
      wape: 0.11,
      ownWape: 0.11,
      bias: 0.05,
      coverage: null,
      intervals: 0,
      origins: 2,
      sharedOrigins: 2,
      beatsNaive: true,
      beatsSeasonalNaive: null,
      note: null,
      notes: [],
    },
    {
      method: 'NAIVE',
      wape: 0.2,
      ownWape: 0.21,
      bias: 0.08,
      coverage: 0.5,
      intervals: 2,
      origins: 5,
      sharedOrigins: 2,
      beatsNaive: null,
      beatsSeasonalNaive: null,
      note: null,
      notes: [],
    },
  ],
};

function setup(
  role: 'ADMIN' | 'MANAGER',
  forecastFetch = jest.fn(() => of({ data: { forecast: forecastResult() } })),
) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'forecasts', component: ForecastPageComponent }], withComponentInputBinding()),
      { provide: ForecastGQL, useValue: { fetch: forecastFetch } },
      {
        provide: ForecastBacktestGQL,
        useValue: { fetch: () => of({ data: { forecastBacktest: BACKTEST } }) },
      },
      {
        provide: ForecastLatestWinGQL,
        useValue: {
          fetch: () => of({ data: { deals: { edges: [{ node: { id: 'd', closeDate: '2017-12-31' } }] } } }),
        },
      },
      {
        provide: TeamOptionsGQL,
        useValue: {
          fetch: () =>
            of({
              data: {
                teams: {
                  totalCount: 2,
                  pageInfo: { endCursor: null, hasNextPage: false },
                  edges: [
                    { node: { id: 't2', name: 'Central', parentId: null } },
                    { node: { id: 't1', name: "Melvin Marxen's team", parentId: 't2' } },
                  ],
                },
              },
            }),
        },
      },
      {
        provide: GoalGridRepsGQL,
        useValue: {
          fetch: () =>
            of({
              data: {
                reps: {
                  pageInfo: { endCursor: null, hasNextPage: false },
                  edges: [{ node: { id: 'r1', name: 'Darcel Schlecht', teamId: 't1', active: true } }],
                },
              },
            }),
        },
      },
      {
        provide: FiscalCalendarService,
        useValue: { calendar: signal({ startMonth: 1, currentYear: 'FY2026' }) },
      },
      { provide: SessionStore, useValue: { role: signal(role) } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { forecastFetch };
}

async function open(url: string) {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, ForecastPageComponent);
  await harness.fixture.whenStable();
  return { harness, element: harness.routeNativeElement as HTMLElement };
}

const all = (root: Element, id: string) => Array.from(root.querySelectorAll(`[data-testid="${id}"]`));
const text = (el: Element | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

// The first render loads Material and the page's chunk graph: slow on a busy machine, not a hang.
jest.setTimeout(30_000);

describe('ForecastPageComponent', () => {
  it('should open a manager on their top team, next quarter after the data ends, recommended method first', async () => {
    const { forecastFetch } = setup('MANAGER');
    const { element } = await open('/forecasts');
    expect(forecastFetch).toHaveBeenCalledWith({
      variables: {
        subject: 'TEAM',
        subjectId: 't2',
        period: 'FY2018-Q1',
        asOf: '2018-01-01',
        metric: 'WON_REVENUE',
      },
      fetchPolicy: 'network-only',
    });
    const cards = all(element, 'method-card');
    expect(cards.map((c) => c.getAttribute('data-method'))).toEqual(['HOLT', 'NAIVE', 'STAGE_WEIGHTED']);
    expect(text(cards[0].querySelector('[data-testid="method-recommended"]') ?? undefined)).toBe(
      'Recommended',
    );
    expect(text(cards[0].querySelector('[data-testid="method-point"]') ?? undefined)).toBe('$330,000');
    expect(text(all(element, 'forecast-reading')[0])).toBe(
      "For Melvin Marxen's team, Holt (trend) has been the most accurate: off by 11% on average in past forecasts, against 20% for the naive baseline (9 percentage points better).",
    );
  });

  it("should word each method's note in the reader's language", async () => {
    setup('ADMIN');
    await TestBed.inject(I18nService).setLang('ko');
    const { element } = await open('/forecasts?subject=TEAM:t1&period=FY2018-Q1&asOf=2018-01-01');
    expect(all(element, 'method-note').map(text)).toEqual([
      '기간 안에 마감될 것으로 보이는 진행 중 딜: 15건 중 12건. 가중 금액의 20%는 추정 마감일에 기댑니다. 구간은 각 단계의 확률이 맞다고 가정합니다.',
    ]);
  });

  it('should draw the band of the chosen method and switch when another method is clicked', async () => {
    setup('ADMIN');
    const { harness, element } = await open('/forecasts?subject=TEAM:t1&period=FY2018-Q1&asOf=2018-01-01');
    expect(element.querySelector('[data-testid="fan-band"]')).not.toBeNull();
    const naive = all(element, 'method-card').find(
      (c) => c.getAttribute('data-method') === 'NAIVE',
    ) as HTMLElement;
    naive.click();
    await harness.fixture.whenStable();
    expect(naive.getAttribute('aria-pressed')).toBe('true');
    // Naive has a point but no interval: the band goes, the dashed point stays.
    expect(element.querySelector('[data-testid="fan-band"]')).toBeNull();
  });

  it('should show the backtest per method and export it and the methods as CSV', async () => {
    setup('ADMIN');
    const { element } = await open('/forecasts?subject=COMPANY&period=FY2018-Q1&asOf=2018-01-01');
    const rows = all(element, 'accuracy-row');
    expect(rows).toHaveLength(2);
    expect(text(rows[1])).toContain('50%');
    (element.querySelector('[data-testid="accuracy-export"]') as HTMLElement).click();
    (element.querySelector('[data-testid="methods-export"]') as HTMLElement).click();
    const download = ui.downloadCsv as jest.Mock;
    expect(download.mock.calls.at(-2)[0]).toBe('forecast-accuracy-2018-01-01.csv');
    expect(download.mock.calls.at(-1)[0]).toBe('forecast-FY2018-Q1.csv');
    expect(download.mock.calls.at(-1)[1]).toContain(
      'Holt (trend),Yes,330000.00,270000.00,330000.00,390000.00,0.11',
    );
  });

  it('should say what went wrong when the forecast cannot be made', async () => {
    const failing = jest.fn(() => throwError(() => new Error('boom')));
    setup('ADMIN', failing);
    const { element } = await open('/forecasts?subject=COMPANY&period=FY2018-Q1&asOf=2018-01-01');
    expect(text(element.querySelector('[data-testid="forecast-error"]') ?? undefined)).toContain('Try again');
  });

  it('should say which rule a refused period breaks, with the API’s detail', async () => {
    const refused = jest.fn(() =>
      // Apollo's errors are Errors carrying the GraphQL list, as a resource keeps them.
      throwError(() =>
        Object.assign(new Error('bad'), {
          errors: [
            {
              message: 'Invalid input',
              extensions: { code: 'BAD_USER_INPUT', field: 'period' },
            },
          ],
        }),
      ),
    );
    setup('ADMIN', refused);
    const { element } = await open('/forecasts?subject=COMPANY&period=FY2016-Q1&asOf=2018-01-01');
    expect(text(element.querySelector('[data-testid="forecast-error"]') ?? undefined)).toContain(
      'FY2016-Q1 cannot be forecast as of Jan 1, 2018: a forecast is of a month, quarter or fiscal year still open on that day and ending within 24 months of it. (Invalid input)',
    );
  });

  it('should say plainly when no method beats naive', async () => {
    const fetch = jest.fn(() =>
      of({
        data: {
          forecast: forecastResult({
            methods: [
              { ...NAIVE, recommended: true },
              { ...HOLT, recommended: false, beatsNaive: false },
              STAGE,
            ],
          }),
        },
      }),
    );
    setup('ADMIN', fetch);
    const { element } = await open('/forecasts?subject=COMPANY&period=FY2018-Q1&asOf=2018-01-01');
    expect(text(all(element, 'forecast-reading')[0])).toContain('no method beats the naive baselines');
  });
});
