import { TestBed } from '@angular/core/testing';
import { type GoalCellFragment } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';

import { goalCell } from './goal-fixtures';
import { buildGridRows } from './goal-grid';
import { type Grid } from './goal-grid-source';
import { goalsCsv } from './goals-csv';

const goal = (overrides: Partial<GoalCellFragment>): GoalCellFragment =>
  goalCell({ currency: 'EUR', ...overrides });

describe('goalsCsv', () => {
  beforeEach(() => localStorage.clear());

  it('should export every row with its team, the stored values as exact decimals and the team sums', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    const grid: Grid = {
      period: 'FY2017',
      metric: 'WON_REVENUE',
      teamId: null,
      currency: 'EUR',
      actuals: new Map(),
      rows: buildGridRows(
        [{ id: 'cara', name: "Cara's team", parentId: null }],
        [
          { id: 'r1', name: 'Anna Able', teamId: 'cara' },
          { id: 'r2', name: 'Ben Baker', teamId: 'cara' },
        ],
        [
          goal({ teamId: 'cara', target: '1000.50', actual: '250.00' }),
          goal({ repId: 'r1', target: '300.00', actual: '150.00' }),
        ],
      ),
    };

    const lines = goalsCsv(i18n, grid).trimEnd().split('\r\n');

    expect(lines[0]).toBe(
      "Type,Team / rep,Team,Period,Metric,Target,Actual,Attainment,Reps' goals,Not given to reps,Reps without goal,Currency",
    );
    expect(lines.slice(1)).toEqual([
      // 250.00 / 1000.50 = 0.249875: half up, as the API rounds.
      "Team,Cara's team,,FY2017,Won revenue,1000.50,250.00,0.2499,300.00,700.50,1,EUR",
      "Rep,Anna Able,Cara's team,FY2017,Won revenue,300.00,150.00,0.5,,,,EUR",
      "Rep,Ben Baker,Cara's team,FY2017,Won revenue,,,,,,,EUR",
    ]);
  });
});
