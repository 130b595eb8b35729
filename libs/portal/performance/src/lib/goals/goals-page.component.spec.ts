import { type Provider, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  DeleteGoalGQL,
  type GoalCellFragment,
  GoalGridActualsGQL,
  GoalGridGQL,
  GoalGridRepsGQL,
  GoalPeriodsGQL,
  type PayPeriodRowFragment,
  PayPeriodsGQL,
  type Role,
  SessionStore,
  SetGoalsGQL,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { type FiscalCalendarInfo } from '@salesops/portal/data-access';
import { fiscalCalendarAnswer, payPeriodRow } from '@salesops/portal/data-access/testing';
import { I18nService } from '@salesops/portal/i18n';
import { ConfirmDialogComponent } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { goalCell } from './goal-fixtures';
import { GoalsPageComponent } from './goals-page.component';

const TEAMS = [
  { id: 'east', name: 'East', parentId: null },
  { id: 'cara', name: "Cara Losch's team", parentId: 'east' },
];
const REPS = [
  { id: 'r1', name: 'Anna Able', teamId: 'cara', active: true },
  { id: 'r2', name: 'Ben Baker', teamId: 'cara', active: true },
  { id: 'r3', name: 'Cleo Cole', teamId: 'cara', active: true },
];

const goal = goalCell;

const GOALS = [
  goal({
    teamId: 'cara',
    subjectName: "Cara Losch's team",
    target: '1000000.00',
    actual: '250000.00',
    version: 2,
  }),
  goal({ repId: 'r1', subjectName: 'Anna Able', target: '300000.00', actual: '150000.00', version: 5 }),
];

// Part of FY2017 as the API lists it, with the third quarter closed.
const FY2017_Q3_CLOSED = [
  payPeriodRow('FY2017', 'YEAR', '2017-01-01', '2018-01-01'),
  payPeriodRow('FY2017-Q3', 'QUARTER', '2017-07-01', '2017-10-01', true),
  payPeriodRow('FY2017-Q4', 'QUARTER', '2017-10-01', '2018-01-01'),
  payPeriodRow('2017-08', 'MONTH', '2017-08-01', '2017-09-01'),
];

interface Mocks {
  goalsFetch: jest.Mock;
  actualsFetch: jest.Mock;
  repsFetch: jest.Mock;
  setGoals: jest.Mock;
  payPeriodsFetch: jest.Mock;
  deleteGoal: jest.Mock;
  goalPeriodsFetch: jest.Mock;
}

function setup(
  role: Role,
  goals: GoalCellFragment[] = GOALS,
  payPeriods: PayPeriodRowFragment[] = [],
  calendar?: FiscalCalendarInfo,
  providers: Provider[] = [],
): Mocks {
  const mocks: Mocks = {
    goalsFetch: jest.fn(() => of({ data: { goals } })),
    // Ben Baker has no goal but has won deals: the grid shows what he achieved.
    actualsFetch: jest.fn(() =>
      of({ data: { goalActuals: [{ repId: 'r2', teamId: null, actual: '42000.00' }] } }),
    ),
    payPeriodsFetch: jest.fn(() => of({ data: { payPeriods } })),
    // Two pages, to show the page follows hasNextPage.
    repsFetch: jest.fn(({ variables }: { variables: { after: string | null } }) =>
      of({
        data: {
          reps: variables.after
            ? {
                pageInfo: { endCursor: null, hasNextPage: false },
                edges: REPS.slice(2).map((node) => ({ node })),
              }
            : {
                pageInfo: { endCursor: 'c1', hasNextPage: true },
                edges: REPS.slice(0, 2).map((node) => ({ node })),
              },
        },
      }),
    ),
    setGoals: jest.fn(),
    deleteGoal: jest.fn(() => of({ data: { deleteGoal: true } })),
    goalPeriodsFetch: jest.fn(() => of({ data: { goalPeriods: [] } })),
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: SessionStore, useValue: { role: signal(role), user: signal(null) } },
      {
        provide: TeamOptionsGQL,
        useValue: {
          fetch: () =>
            of({
              data: {
                teams: {
                  totalCount: TEAMS.length,
                  pageInfo: { endCursor: null, hasNextPage: false },
                  edges: TEAMS.map((node) => ({ node })),
                },
              },
            }),
        },
      },
      { provide: GoalGridRepsGQL, useValue: { fetch: mocks.repsFetch } },
      { provide: GoalGridGQL, useValue: { fetch: mocks.goalsFetch } },
      { provide: GoalGridActualsGQL, useValue: { fetch: mocks.actualsFetch } },
      { provide: SetGoalsGQL, useValue: { mutate: mocks.setGoals } },
      { provide: PayPeriodsGQL, useValue: { fetch: mocks.payPeriodsFetch } },
      { provide: DeleteGoalGQL, useValue: { mutate: mocks.deleteGoal } },
      { provide: GoalPeriodsGQL, useValue: { fetch: mocks.goalPeriodsFetch } },
      fiscalCalendarAnswer(calendar),
      ...providers,
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return mocks;
}

async function render(): Promise<{ fixture: ComponentFixture<GoalsPageComponent>; element: HTMLElement }> {
  const fixture = TestBed.createComponent(GoalsPageComponent);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

function rowOf(element: HTMLElement, name: string): HTMLElement {
  const row = Array.from(element.querySelectorAll<HTMLElement>('tr[mat-row]')).find((candidate) =>
    candidate.querySelector('[data-testid="goal-name"]')?.textContent?.includes(name),
  );
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

function text(root: HTMLElement, testId: string): string {
  return root.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function typeInto(
  fixture: ComponentFixture<GoalsPageComponent>,
  name: string,
  value: string,
): Promise<void> {
  const input = rowOf(fixture.nativeElement, name).querySelector<HTMLInputElement>(
    '[data-testid="goal-target"]',
  );
  if (!input) throw new Error(`no input for ${name}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
  await fixture.whenStable();
}

async function choosePeriod(fixture: ComponentFixture<GoalsPageComponent>, key: string): Promise<void> {
  const input = fixture.nativeElement.querySelector('[data-testid="period-key"]') as HTMLInputElement;
  input.value = key;
  input.dispatchEvent(new Event('input'));
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
}

function targetInput(element: HTMLElement, name: string): HTMLInputElement {
  return rowOf(element, name).querySelector<HTMLInputElement>(
    '[data-testid="goal-target"]',
  ) as HTMLInputElement;
}

async function clickSave(fixture: ComponentFixture<GoalsPageComponent>): Promise<void> {
  fixture.nativeElement.querySelector('[data-testid="goals-save"]').click();
  await fixture.whenStable();
}

/** A confirmation that closes with `confirm`, and a snack bar to read. */
function dialogs(confirm: boolean) {
  const open = jest.fn(() => ({ afterClosed: () => of(confirm) }));
  const snack = jest.fn();
  const providers: Provider[] = [
    { provide: MatDialog, useValue: { open } },
    { provide: MatSnackBar, useValue: { open: snack } },
  ];
  return { open, snack, providers };
}

async function clickDelete(fixture: ComponentFixture<GoalsPageComponent>, name: string): Promise<void> {
  const button = rowOf(fixture.nativeElement, name).querySelector<HTMLButtonElement>(
    '[data-testid="goal-delete"]',
  );
  if (!button) throw new Error(`no delete for ${name}`);
  button.click();
  // Lets the confirmation, the mutation and the reload run, then renders what they left.
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
}

describe('GoalsPageComponent', () => {
  beforeEach(() => localStorage.clear());

  it('should group every rep under their team and show empty cells for subjects without a goal', async () => {
    const { goalsFetch, repsFetch } = setup('ADMIN');
    const { element } = await render();

    expect(goalsFetch).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { period: 'FY2017', metric: 'WON_REVENUE', teamId: null } }),
    );
    expect(repsFetch).toHaveBeenCalledTimes(2);
    const names = Array.from(element.querySelectorAll('[data-testid="goal-name"]')).map((cell) =>
      cell.textContent?.trim(),
    );
    expect(names).toEqual(['East', "Cara Losch's team", 'Anna Able', 'Ben Baker', 'Cleo Cole']);
    const input = (name: string) =>
      rowOf(element, name).querySelector<HTMLInputElement>('[data-testid="goal-target"]')?.value;
    expect(input('Anna Able')).toBe('300,000');
    expect(input('Ben Baker')).toBe('');
    expect(input('East')).toBe('');
    expect(text(rowOf(element, 'Anna Able'), 'goal-attainment')).toContain('50%');
    expect(text(rowOf(element, 'Ben Baker'), 'goal-actual')).toBe('$42,000');
  });

  it('should open on the period a link names (the dashboard\'s "Set goals"), and ignore one that is not a period', async () => {
    for (const [link, expected] of [
      ['FY2017-Q3', 'FY2017-Q3'],
      ['not-a-period', 'FY2017'],
    ]) {
      TestBed.resetTestingModule();
      const { goalsFetch } = setup('ADMIN');
      await TestBed.inject(Router).navigateByUrl(`/?period=${link}`);
      await render();
      expect(goalsFetch).toHaveBeenCalledWith(
        expect.objectContaining({ variables: expect.objectContaining({ period: expected }) }),
      );
    }
  });

  it('should show the team target against its reps and the gap between them', async () => {
    setup('ADMIN');
    const { element } = await render();

    const team = rowOf(element, "Cara Losch's team");
    expect(text(team, 'goal-rep-sum')).toBe('$300,000 1 of 3 reps');
    expect(text(team, 'goal-gap')).toBe('$700,000 not given to reps');
    expect(text(rowOf(element, 'East'), 'goal-gap')).toBe('No team goal');
  });

  it('should count the edited cells, follow them in the gap and send one setGoals with all of them', async () => {
    const { setGoals } = setup('ADMIN');
    setGoals.mockReturnValue(of({ data: { setGoals: [goal({}), goal({}), goal({})] } }));
    const { fixture, element } = await render();

    await typeInto(fixture, 'Anna Able', '350000');
    await typeInto(fixture, 'Ben Baker', '1,250,000.50');
    await typeInto(fixture, 'East', '2000000');

    expect(text(element, 'goals-change-count')).toBe('3 unsaved changes');
    expect(rowOf(element, 'Ben Baker').querySelector('[data-testid="goal-target"]')?.classList).toContain(
      'changed',
    );
    expect(text(rowOf(element, "Cara Losch's team"), 'goal-gap')).toBe("$600,000.50 more in reps' goals");

    await clickSave(fixture);

    expect(setGoals).toHaveBeenCalledTimes(1);
    expect(setGoals.mock.calls[0][0].variables.input.goals).toEqual([
      { repId: 'r1', period: 'FY2017', metric: 'WON_REVENUE', target: '350000.00', expectedVersion: 5 },
      { repId: 'r2', period: 'FY2017', metric: 'WON_REVENUE', target: '1250000.50', expectedVersion: 0 },
      { teamId: 'east', period: 'FY2017', metric: 'WON_REVENUE', target: '2000000.00', expectedVersion: 0 },
    ]);
    expect(element.querySelector('[data-testid="goals-save-bar"]')).toBeNull();
  });

  it('should show a bad value on its cell and not call the API when saving', async () => {
    const { setGoals } = setup('ADMIN');
    const { fixture, element } = await render();

    await typeInto(fixture, 'Ben Baker', '12abc');
    await typeInto(fixture, 'Cleo Cole', '100');

    expect(text(rowOf(element, 'Ben Baker'), 'goal-error')).toBe('Digits only, like 250,000 or 250000.50');
    await clickSave(fixture);

    expect(setGoals).not.toHaveBeenCalled();
    expect(text(element, 'goals-save-error')).toContain('Fix the marked cells first (1)');
  });

  it('should put an API error on the cell it names and keep every edit when nothing was stored', async () => {
    const { setGoals } = setup('ADMIN');
    setGoals.mockReturnValue(
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [
              {
                message: 'goals.1.target: must be a whole number of deals',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fieldErrors: [{ field: 'goals.1.target', message: 'must be a whole number of deals' }],
                },
              },
            ],
          }),
      ),
    );
    const { fixture, element } = await render();

    await typeInto(fixture, 'Anna Able', '1');
    await typeInto(fixture, 'Cleo Cole', '2');
    await clickSave(fixture);

    expect(text(rowOf(element, 'Cleo Cole'), 'goal-error')).toBe('must be a whole number of deals');
    expect(rowOf(element, 'Anna Able').querySelector('[data-testid="goal-error"]')).toBeNull();
    expect(text(element, 'goals-save-error')).toContain('Nothing was saved. Check: Cleo Cole.');
    expect(text(element, 'goals-change-count')).toBe('2 unsaved changes');
  });

  it('should tell the user someone else changed a goal and reload without their overtaken edit on CONFLICT', async () => {
    const { setGoals, goalsFetch } = setup('ADMIN');
    setGoals.mockReturnValue(
      throwError(() => ({
        errors: [{ message: 'changed', extensions: { code: 'CONFLICT', field: 'goals.0.target' } }],
      })),
    );
    const { fixture, element } = await render();

    await typeInto(fixture, 'Anna Able', '1');
    await typeInto(fixture, 'Ben Baker', '2');
    await clickSave(fixture);

    expect(text(rowOf(element, 'Anna Able'), 'goal-error')).toBe(
      'Changed by someone else. Reload to see the new value.',
    );
    expect(text(element, 'goals-save-error')).toContain('someone else changed Anna Able');
    element.querySelector<HTMLButtonElement>('[data-testid="goals-reload"]')?.click();
    await fixture.whenStable();

    expect(goalsFetch).toHaveBeenCalledTimes(2);
    expect(text(element, 'goals-change-count')).toBe('1 unsaved change');
    expect(
      rowOf(element, 'Anna Able').querySelector<HTMLInputElement>('[data-testid="goal-target"]')?.value,
    ).toBe('300,000');
  });

  it('should ask for the pay periods of the fiscal year around the period and keep an open period editable', async () => {
    const { payPeriodsFetch } = setup('ADMIN', GOALS, FY2017_Q3_CLOSED);
    const { element } = await render();

    expect(payPeriodsFetch).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { fiscalYear: 'FY2017' } }),
    );
    // The year holds the closed quarter, but a quarter's close does not lock the year around it.
    expect(element.querySelector('[data-testid="goals-locked"]')).toBeNull();
    expect(element.querySelector('[data-testid="goals-table"]')?.getAttribute('data-ready')).toBe('true');
    expect(targetInput(element, 'Anna Able').readOnly).toBe(false);
  });

  it("should ask for the fiscal year a month falls in by the API's calendar (April starts here)", async () => {
    const { payPeriodsFetch } = setup('ADMIN', GOALS, [], { startMonth: 4, currentYear: 'FY2027' });
    const { fixture } = await render();
    await choosePeriod(fixture, '2017-05');

    // May 2017 belongs to FY2018 (April 2017 to March 2018), not to calendar 2017.
    expect(payPeriodsFetch).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { fiscalYear: 'FY2018' } }),
    );
  });

  it('should lock the grid of a month inside a closed quarter and say so, with a link for admins', async () => {
    const { payPeriodsFetch, setGoals } = setup(
      'ADMIN',
      GOALS.map((g) => ({ ...g, periodKey: '2017-08' })),
      FY2017_Q3_CLOSED,
    );
    const { fixture, element } = await render();
    await choosePeriod(fixture, '2017-08');

    expect(payPeriodsFetch).toHaveBeenCalledTimes(1);
    expect(text(element, 'goals-locked')).toContain(
      '2017-08 lies inside FY2017-Q3, a closed pay period: its goals are locked.',
    );
    expect(text(element, 'goals-locked')).toContain('Corrections go into a later, open period.');
    const link = element.querySelector<HTMLAnchorElement>('[data-testid="goals-locked-link"]');
    expect(link?.getAttribute('href')).toBe('/compensation/pay-periods?fy=FY2017');
    const table = element.querySelector('[data-testid="goals-table"]');
    expect(table?.getAttribute('data-locked')).toBe('true');
    expect(table?.getAttribute('data-ready')).toBe('false');
    expect(targetInput(element, 'Anna Able').readOnly).toBe(true);
    expect(targetInput(element, 'Anna Able').value).toBe('300,000');

    // Typing changes nothing: there is nothing to save.
    await typeInto(fixture, 'Anna Able', '1');
    expect(element.querySelector('[data-testid="goals-save-bar"]')).toBeNull();
    expect(setGoals).not.toHaveBeenCalled();
  });

  it('should name the closed period itself, hide the copy into it and disable the team target', async () => {
    setup('ADMIN', [], FY2017_Q3_CLOSED);
    const { fixture, element } = await render();
    await choosePeriod(fixture, 'FY2017-Q3');

    expect(text(element, 'goals-locked')).toContain(
      'FY2017-Q3 is a closed pay period: its goals are locked.',
    );
    expect(element.querySelector('[data-testid="goals-none-yet"]')).toBeNull();
    expect(element.querySelector('[data-testid="copy-from-previous"]')).toBeNull();
    element.querySelector<HTMLButtonElement>('[data-testid="goals-bulk"]')?.click();
    await fixture.whenStable();
    expect(document.querySelector<HTMLButtonElement>('[data-testid="bulk-team-target"]')?.disabled).toBe(
      true,
    );
    // Copying out of a closed period into an open one is fine.
    expect(document.querySelector<HTMLButtonElement>('[data-testid="bulk-copy"]')?.disabled).toBe(false);
    expect(document.querySelector('[data-testid="bulk-locked-note"]')?.textContent).toContain(
      'no goals can be set for it',
    );
  });

  it('should show the lock notice to a manager without the admin link', async () => {
    setup('MANAGER', GOALS, FY2017_Q3_CLOSED);
    const { fixture, element } = await render();
    await choosePeriod(fixture, '2017-W32');

    expect(text(element, 'goals-locked')).toContain('2017-W32 lies inside FY2017-Q3');
    expect(element.querySelector('[data-testid="goals-locked-link"]')).toBeNull();
  });

  it('should leave a week that spans the closed quarter and an open one editable', async () => {
    setup('ADMIN', GOALS, FY2017_Q3_CLOSED);
    const { fixture, element } = await render();
    await choosePeriod(fixture, '2017-W39');

    expect(element.querySelector('[data-testid="goals-locked"]')).toBeNull();
    expect(element.querySelector('[data-testid="goals-table"]')?.getAttribute('data-ready')).toBe('true');
  });

  it('should explain a save refused because the pay period was closed meanwhile, and show the lock', async () => {
    const { setGoals, payPeriodsFetch } = setup('ADMIN');
    setGoals.mockReturnValue(
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [
              {
                message: 'Goals for FY2017 are locked: the pay period FY2017 is closed',
                extensions: { code: 'CONFLICT', field: 'goals.0.period' },
              },
            ],
          }),
      ),
    );
    const { fixture, element } = await render();
    await typeInto(fixture, 'Anna Able', '1');
    payPeriodsFetch.mockReturnValue(
      of({ data: { payPeriods: [payPeriodRow('FY2017', 'YEAR', '2017-01-01', '2018-01-01', true)] } }),
    );
    await clickSave(fixture);

    expect(text(rowOf(element, 'Anna Able'), 'goal-error')).toBe('Locked: its pay period is closed.');
    const messages = Array.from(element.querySelectorAll('[data-testid="goals-save-error"]')).map((n) =>
      n.textContent?.trim(),
    );
    expect(messages).toEqual([
      'Nothing was saved: goals inside a closed pay period are locked.',
      'Goals for FY2017 are locked: the pay period FY2017 is closed',
    ]);
    // Not a rival edit: no Reload; the notice appears and Save waits.
    expect(element.querySelector('[data-testid="goals-reload"]')).toBeNull();
    expect(text(element, 'goals-locked')).toContain('FY2017 is a closed pay period');
    expect(element.querySelector<HTMLButtonElement>('[data-testid="goals-save"]')?.disabled).toBe(true);
  });

  it('should move to the next row when Enter is pressed in a target', async () => {
    setup('ADMIN');
    const { fixture, element } = await render();
    const inputs = Array.from(element.querySelectorAll<HTMLInputElement>('[data-testid="goal-target"]'));

    inputs[2].focus();
    inputs[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await fixture.whenStable();

    expect(document.activeElement).toBe(inputs[3]);
  });

  it('should offer to copy goals when the period has none yet', async () => {
    setup('ADMIN', []);
    const { element } = await render();

    expect(text(element, 'goals-none-yet')).toContain('No Won revenue goals are set for FY2017 yet');
    expect(text(element, 'goals-coverage')).toContain('Reps with a goal: 0 of 3');
  });

  it('should show a rep their own goals read-only, every metric, with attainment', async () => {
    const { goalsFetch } = setup('REP', [
      goal({ repId: 'r1', target: '300000.00', actual: '150000.00' }),
      goal({ repId: 'r1', metric: 'DEALS_WON', target: '10', actual: '12', currency: null }),
    ]);
    const { element } = await render();

    expect(goalsFetch).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { period: 'FY2017', metric: null, teamId: null } }),
    );
    expect(element.querySelector('input[data-testid="goal-target"]')).toBeNull();
    expect(element.querySelector('[data-testid="goals-bulk"]')).toBeNull();
    const cards = element.querySelectorAll<HTMLElement>('[data-testid="my-goal-card"]');
    expect(cards).toHaveLength(2);
    expect(text(cards[0], 'my-goal-actual')).toBe('$150,000');
    expect(text(cards[0], 'my-goal-target')).toBe('of $300,000');
    expect(text(cards[0], 'my-goal-attainment')).toContain('50%');
    expect(text(cards[0], 'my-goal-remaining')).toBe('$150,000 to go');
    expect(text(cards[1], 'my-goal-attainment')).toContain('120%');
    expect(text(cards[1], 'my-goal-remaining')).toBe('Goal reached');
  });

  it('should say so when a rep has no goal anywhere', async () => {
    const { goalPeriodsFetch } = setup('REP', []);
    const { element } = await render();

    expect(text(element, 'my-goals-empty')).toBe('No goals are set for you in FY2017.');
    expect(goalPeriodsFetch).toHaveBeenCalledTimes(1);
  });

  it('should take a rep who arrives on a period without their goals to the one that has them, in two queries, and say so', async () => {
    const byPeriod: Record<string, GoalCellFragment[]> = {
      'FY2017-Q3': [goal({ repId: 'r1', periodKey: 'FY2017-Q3', target: '80000.00', actual: '20000.00' })],
    };
    const goalsFetch = jest.fn(({ variables }: { variables: { period: string } }) =>
      of({ data: { goals: byPeriod[variables.period] ?? [] } }),
    );
    const periods = [
      { periodKey: 'FY2018', start: '2018-01-01', end: '2019-01-01', goals: 1 },
      { periodKey: 'FY2017-Q3', start: '2017-07-01', end: '2017-10-01', goals: 1 },
      { periodKey: 'FY2017-Q1', start: '2017-01-01', end: '2017-04-01', goals: 1 },
    ];
    const goalPeriodsFetch = jest.fn(() => of({ data: { goalPeriods: periods } }));
    setup('REP', [], [], undefined, [
      { provide: GoalGridGQL, useValue: { fetch: goalsFetch } },
      { provide: GoalPeriodsGQL, useValue: { fetch: goalPeriodsFetch } },
    ]);
    const { fixture, element } = await render();
    await fixture.whenStable();

    // FY2017 (where the page opens) holds none: its quarter that started last is shown instead.
    expect(goalsFetch.mock.calls.map(([{ variables }]) => variables.period)).toEqual(['FY2017', 'FY2017-Q3']);
    expect(goalPeriodsFetch).toHaveBeenCalledTimes(1);
    expect(text(element, 'my-goals-note')).toBe(
      'No goals are set for you in FY2017, so this shows FY2017-Q3, which has some.',
    );
    expect(text(element, 'my-goal-target')).toBe('of $80,000');
    const shortcuts = Array.from(element.querySelectorAll<HTMLElement>('[data-testid="my-goals-period"]'));
    expect(shortcuts.map((b) => b.textContent?.trim())).toEqual(['FY2018', 'FY2017-Q1']);

    // Picking another period goes there and never moves again, even to an empty one.
    shortcuts[1].click();
    await fixture.whenStable();
    expect(goalsFetch.mock.calls.at(-1)?.[0].variables.period).toBe('FY2017-Q1');
    expect(text(element, 'my-goals-note')).toBe('');
    expect(text(element, 'my-goals-empty')).toBe('No goals are set for you in FY2017-Q1.');
    expect(goalPeriodsFetch).toHaveBeenCalledTimes(1);
  });

  it('should not move a rep away from a period a link names, even one without their goals', async () => {
    const goalPeriodsFetch = jest.fn(() =>
      of({
        data: { goalPeriods: [{ periodKey: 'FY2017-Q3', start: '2017-07-01', end: '2017-10-01', goals: 1 }] },
      }),
    );
    setup('REP', [], [], undefined, [{ provide: GoalPeriodsGQL, useValue: { fetch: goalPeriodsFetch } }]);
    await TestBed.inject(Router).navigateByUrl('/?period=FY2016');
    const { fixture, element } = await render();
    await fixture.whenStable();

    expect(text(element, 'my-goals-empty')).toBe('No goals are set for you in FY2016.');
    expect(text(element, 'my-goals-period')).toBe('FY2017-Q3');
  });

  it('should offer an admin to delete each stored goal, and nobody else', async () => {
    setup('ADMIN');
    const { element } = await render();

    const deletable = (name: string) => !!rowOf(element, name).querySelector('[data-testid="goal-delete"]');
    expect(['East', "Cara Losch's team", 'Anna Able', 'Ben Baker', 'Cleo Cole'].map(deletable)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);

    TestBed.resetTestingModule();
    setup('MANAGER');
    const manager = await render();
    expect(manager.element.querySelector('[data-testid="goals-table"]')).not.toBeNull();
    expect(manager.element.querySelector('[data-testid="goal-delete"]')).toBeNull();
  });

  it('should offer no delete inside a closed pay period', async () => {
    setup(
      'ADMIN',
      GOALS.map((g) => ({ ...g, periodKey: '2017-08' })),
      FY2017_Q3_CLOSED,
    );
    const { fixture, element } = await render();
    await choosePeriod(fixture, '2017-08');

    expect(text(element, 'goals-locked')).toContain('closed pay period');
    expect(element.querySelector('[data-testid="goal-delete"]')).toBeNull();
  });

  it('should delete a goal with the version shown only after a confirmation naming it, then reload', async () => {
    const { open, snack, providers } = dialogs(true);
    const { deleteGoal, goalsFetch } = setup('ADMIN', GOALS, [], undefined, providers);
    const { fixture } = await render();

    await clickDelete(fixture, 'Anna Able');

    expect(open).toHaveBeenCalledWith(
      ConfirmDialogComponent,
      expect.objectContaining({
        data: {
          title: 'Delete the goal of Anna Able?',
          text:
            'The Won revenue goal of Anna Able for FY2017 (target $300,000) is deleted for good. ' +
            'A goal inside a closed pay period stays as it was paid and cannot be deleted.',
          confirmLabel: 'Delete',
          cancelLabel: 'Cancel',
          danger: true,
        },
      }),
    );
    expect(deleteGoal).toHaveBeenCalledTimes(1);
    expect(deleteGoal).toHaveBeenCalledWith({ variables: { input: { id: 'g-r1', expectedVersion: 5 } } });
    expect(snack).toHaveBeenCalledWith('Deleted the Won revenue goal of Anna Able for FY2017.', undefined, {
      duration: 3000,
    });
    expect(goalsFetch).toHaveBeenCalledTimes(2);
  });

  it('should not delete a goal when the confirmation is cancelled', async () => {
    const { open, snack, providers } = dialogs(false);
    const { deleteGoal, goalsFetch } = setup('ADMIN', GOALS, [], undefined, providers);
    const { fixture } = await render();

    await clickDelete(fixture, "Cara Losch's team");

    expect(open).toHaveBeenCalledTimes(1);
    expect(deleteGoal).not.toHaveBeenCalled();
    expect(snack).not.toHaveBeenCalled();
    expect(goalsFetch).toHaveBeenCalledTimes(1);
  });

  it('should keep the unsaved edits of other cells through a delete, and make a changed cell wait', async () => {
    const { providers } = dialogs(true);
    const { deleteGoal } = setup('ADMIN', GOALS, [], undefined, providers);
    const { fixture, element } = await render();

    await typeInto(fixture, 'Ben Baker', '100');
    await typeInto(fixture, "Cara Losch's team", '900000');
    const teamDelete = rowOf(element, "Cara Losch's team").querySelector<HTMLButtonElement>(
      '[data-testid="goal-delete"]',
    );
    expect(teamDelete?.disabled).toBe(true);

    await clickDelete(fixture, 'Anna Able');

    expect(deleteGoal).toHaveBeenCalledTimes(1);
    expect(text(element, 'goals-change-count')).toBe('2 unsaved changes');
    expect(targetInput(element, 'Ben Baker').value).toBe('100');
    expect(targetInput(element, "Cara Losch's team").value).toBe('900,000');
  });

  it('should show why a delete was refused when someone changed the goal meanwhile (CONFLICT), and reload', async () => {
    const { snack, providers } = dialogs(true);
    const { deleteGoal, goalsFetch } = setup('ADMIN', GOALS, [], undefined, providers);
    deleteGoal.mockReturnValue(
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [
              {
                message: 'The goal was changed by someone else (now version 6); reload and try again',
                extensions: { code: 'CONFLICT', field: 'expectedVersion' },
              },
            ],
          }),
      ),
    );
    const { fixture, element } = await render();

    await clickDelete(fixture, 'Anna Able');

    expect(text(element, 'error-banner')).toContain('The goal of Anna Able was not deleted.');
    expect(text(element, 'error-banner')).toContain('The goal was changed by someone else (now version 6)');
    expect(snack).not.toHaveBeenCalled();
    expect(goalsFetch).toHaveBeenCalledTimes(2);
  });

  it('should show why a delete inside a pay period closed meanwhile was refused, and look at the lock again', async () => {
    const { providers } = dialogs(true);
    const { deleteGoal, payPeriodsFetch } = setup('ADMIN', GOALS, [], undefined, providers);
    deleteGoal.mockReturnValue(
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [
              {
                message: 'FY2017 is closed: a goal of a closed pay period stays as it was paid',
                extensions: { code: 'BAD_USER_INPUT', field: 'id' },
              },
            ],
          }),
      ),
    );
    const { fixture, element } = await render();

    await clickDelete(fixture, 'Anna Able');

    expect(text(element, 'error-banner')).toContain('The goal of Anna Able was not deleted.');
    expect(text(element, 'error-banner')).toContain('FY2017 is closed: a goal of a closed pay period stays');
    expect(text(element, 'error-banner')).not.toContain('Some fields need your attention');
    expect(payPeriodsFetch).toHaveBeenCalledTimes(2);
  });

  it('should show a banner with retry when the goals cannot be loaded', async () => {
    const { goalsFetch } = setup('ADMIN');
    goalsFetch.mockReturnValueOnce(throwError(() => new Error('offline')));
    const { element } = await render();

    expect(text(element, 'error-banner')).toContain('server cannot be reached');
  });
});
