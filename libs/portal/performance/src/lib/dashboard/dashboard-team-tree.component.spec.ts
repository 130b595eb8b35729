import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@salesops/portal/i18n';

import { rep, team, usd } from './dashboard-fixtures';
import { type Selection } from './dashboard-selection';
import { DashboardTeamTreeComponent } from './dashboard-team-tree.component';
import { buildTeamTree, type RepsState, type TreeRow, visibleRows } from './dashboard-tree';

// East (with a goal) is open on Alpha team, whose reps are in; West (no goal) is open on a failed load.
const ROOTS = buildTeamTree([
  team('east', null, 'East', { wonRevenue: usd('100000'), wonRevenueTarget: usd('200000'), attainment: 0.5 }),
  team('alpha', 'east', 'Alpha team'),
  team('west', null, 'West'),
]);
const REPS = (teamId: string): RepsState =>
  teamId === 'alpha'
    ? { status: 'done', rows: [rep('r1', 'Alpha team', { repName: 'Anna Snelling' })] }
    : { status: teamId === 'west' ? 'error' : 'done', rows: [] };
const ROWS = visibleRows(ROOTS, new Set(['east', 'alpha', 'west']), REPS);

function setup(selection: Selection | null = null) {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(DashboardTeamTreeComponent);
  fixture.componentRef.setInput('rows', ROWS);
  fixture.componentRef.setInput('selection', selection);
  fixture.componentRef.setInput('periodKey', 'FY2017-Q3');
  const events = {
    toggled: [] as string[],
    teams: [] as string[],
    reps: [] as TreeRow[],
    retried: [] as string[],
  };
  fixture.componentInstance.toggled.subscribe((id) => events.toggled.push(id));
  fixture.componentInstance.teamSelected.subscribe((id) => events.teams.push(id));
  fixture.componentInstance.repSelected.subscribe((row) => events.reps.push(row));
  fixture.componentInstance.repsRetried.subscribe((id) => events.retried.push(id));
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const row = (name: string) =>
    Array.from(element.querySelectorAll<HTMLElement>('[data-testid="tree-row"]')).find((node) =>
      node.querySelector('[data-testid="tree-name"]')?.textContent?.includes(name),
    ) as HTMLElement;
  return { fixture, element, events, row };
}

describe('DashboardTeamTreeComponent', () => {
  it('should show every row with its kind and level, marking the selected one', () => {
    const { element, row } = setup({ kind: 'team', teamId: 'alpha' });

    const kinds = Array.from(element.querySelectorAll<HTMLElement>('[data-testid="tree-row"]')).map(
      (node) => `${node.dataset['kind']}:${node.dataset['level']}`,
    );
    expect(kinds).toEqual(['team:0', 'team:1', 'rep:2', 'team:0', 'status:1']);
    expect(row('Alpha team').classList).toContain('selected');
    expect(row('Alpha team').querySelector('[data-testid="tree-name"]')?.getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(row('East').classList).not.toContain('selected');
    expect(row('East').querySelector('[data-testid="tree-toggle"]')?.getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('should say a team was toggled without selecting it', () => {
    const { events, row } = setup();

    row('West').querySelector<HTMLElement>('[data-testid="tree-toggle"]')?.click();

    expect(events.toggled).toEqual(['west']);
    expect(events.teams).toEqual([]);
  });

  it('should say once which team or rep was picked, from its name or its row', () => {
    const { events, row } = setup();

    row('East').querySelector<HTMLElement>('[data-testid="tree-name"]')?.click();
    row('Alpha team').click();
    row('Anna Snelling').querySelector<HTMLElement>('[data-testid="tree-name"]')?.click();
    row('Anna Snelling').click();

    expect(events.teams).toEqual(['east', 'alpha']);
    expect(events.reps.map((r) => r.key)).toEqual(['rep:alpha:r1', 'rep:alpha:r1']);
  });

  it('should offer to load a team’s reps again when they failed', () => {
    const { element, events } = setup();

    element.querySelector<HTMLElement>('[data-testid="tree-retry"]')?.click();

    expect(events.retried).toEqual(['west']);
  });

  it('should link a team without a goal to the goals of the shown period', () => {
    const { element } = setup();

    expect(element.querySelector('[data-testid="tree-attainment"] .pct')?.textContent?.trim()).toBe('50%');
    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('[data-testid="tree-set-goal"]'));
    expect(links.map((link) => link.closest('[data-testid="tree-row"]')?.getAttribute('data-kind'))).toEqual([
      'team',
      'team',
    ]);
    expect(links[0].getAttribute('href')).toBe('/goals?period=FY2017-Q3');
  });
});
