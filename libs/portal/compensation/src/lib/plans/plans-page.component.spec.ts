import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  AssignPlanGQL,
  CompPlansGQL,
  EndPlanAssignmentGQL,
  PlanAssignmentsGQL,
  RepOptionsGQL,
  SessionStore,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of } from 'rxjs';

import { PlanVersionActions } from '../plan-editor/plan-version-actions';
import { myPlan } from './plan-fixtures';
import { PlansPageComponent } from './plans-page.component';

const VERSION = myPlan().version;
const DRAFT = { ...VERSION, id: 'v3', number: 3, status: 'DRAFT' as const, publishedAt: null };
const ASSIGNMENTS = [
  {
    id: 'a1',
    repId: 'r1',
    repName: 'Anna Snelling',
    teamName: 'Central',
    acknowledgedAt: '2017-01-02T00:00:00Z',
    validFrom: '2017-01-01',
    validTo: null,
    planVersionId: 'v2',
    planName: 'AE',
    versionNumber: 2,
  },
  {
    id: 'a2',
    repId: 'r2',
    repName: 'Moses Frase',
    teamName: 'Central',
    acknowledgedAt: null,
    validFrom: '2017-01-01',
    validTo: null,
    planVersionId: 'v2',
    planName: 'AE',
    versionNumber: 2,
  },
];

function setup(role: 'ADMIN' | 'MANAGER', assign = jest.fn(), versions = [VERSION]) {
  const assignments = jest.fn(() => of({ data: { planAssignments: ASSIGNMENTS } }));
  const end = jest.fn(() =>
    of({ data: { endPlanAssignment: { ...ASSIGNMENTS[1], validTo: '2017-03-01' } } }),
  );
  const newVersion = jest.fn(async () => ({ ...DRAFT, id: 'v9' }));
  const reps = jest.fn(() =>
    of({
      data: {
        reps: {
          edges: [{ node: { id: 'r7', name: 'Gladys Colclough', email: 'g@x', team: { name: 'Central' } } }],
        },
      },
    }),
  );
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      {
        provide: CompPlansGQL,
        useValue: {
          fetch: () => of({ data: { compPlans: [{ id: 'p1', name: 'AE FY2017', versions }] } }),
        },
      },
      { provide: PlanAssignmentsGQL, useValue: { fetch: assignments } },
      { provide: AssignPlanGQL, useValue: { mutate: assign } },
      { provide: EndPlanAssignmentGQL, useValue: { mutate: end } },
      { provide: RepOptionsGQL, useValue: { fetch: reps } },
      { provide: PlanVersionActions, useValue: { newVersion } },
      {
        provide: TeamOptionsGQL,
        useValue: {
          fetch: () =>
            of({
              data: {
                teams: {
                  edges: [{ node: { id: 't1', name: 'Central' } }],
                  pageInfo: { hasNextPage: false, endCursor: null },
                },
              },
            }),
        },
      },
      { provide: SessionStore, useValue: { role: signal(role) } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { assignments, end, newVersion, reps };
}

async function render() {
  const fixture = TestBed.createComponent(PlansPageComponent);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

const click = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.click();

function type(root: HTMLElement, id: string, value: string): void {
  const field = root.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
  if (!field) throw new Error(`no [data-testid="${id}"]`);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

describe('PlansPageComponent', () => {
  it('should show each version with its status and acceptances, and who has not accepted first', async () => {
    const { assignments } = setup('MANAGER');
    const { fixture, element } = await render();
    expect(element.querySelector('[data-testid="plan-version"]')?.textContent).toContain('Published');
    expect(element.querySelector('[data-testid="plan-acks"]')?.textContent?.trim()).toBe('30 of 35 accepted');
    expect(element.querySelector('[data-testid="assign-toggle"]')).toBeNull();
    click(element, 'tracker-toggle');
    await fixture.whenStable();
    expect(assignments).toHaveBeenCalledWith({
      variables: { planVersionId: 'v2', repId: null },
      fetchPolicy: 'network-only',
    });
    const rows = element.querySelectorAll('[data-testid="tracker-row"]');
    expect(rows[0].textContent).toContain('Moses Frase');
    expect(rows[0].textContent).toContain('Not accepted');
    expect(rows[1].textContent).toContain('Accepted Jan 2, 2017');
    expect(element.querySelector('[data-testid="tracker-pending"]')?.textContent?.trim()).toBe(
      '1 have not accepted',
    );
  });

  it('should assign a team to a published version from its first day when an admin asks', async () => {
    const assign = jest.fn(() => of({ data: { assignPlan: ASSIGNMENTS } }));
    setup('ADMIN', assign);
    const { fixture, element } = await render();
    click(element, 'assign-toggle');
    await fixture.whenStable();
    click(element, 'assign-submit');
    await fixture.whenStable();
    expect(assign).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid="assign-form"]')?.textContent).toContain('Pick a team');
  });

  it('should offer a new plan, the editor of a draft and no second draft when an admin reads the list', async () => {
    setup('ADMIN', jest.fn(), [DRAFT, VERSION]);
    const { element } = await render();
    expect(element.querySelector('[data-testid="plan-new"]')?.getAttribute('href')).toBe(
      '/compensation/plans/new',
    );
    const links = element.querySelectorAll('[data-testid="version-open"]');
    expect(links[0].textContent?.trim()).toBe('Edit draft');
    expect(links[0].getAttribute('href')).toBe('/compensation/plans/v3');
    expect(links[1].textContent?.trim()).toBe('Open');
    expect(element.querySelector('[data-testid="plan-new-version"]')).toBeNull();
  });

  it('should start a new version and open it in the editor when the plan has no draft', async () => {
    const { newVersion } = setup('ADMIN');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const { fixture, element } = await render();
    click(element, 'plan-new-version');
    await fixture.whenStable();
    expect(newVersion).toHaveBeenCalledWith('p1');
    expect(navigate).toHaveBeenCalledWith(['/compensation/plans', 'v9']);
  });

  it('should assign one rep picked by name from a day until another when an admin asks', async () => {
    const assign = jest.fn(() => of({ data: { assignPlan: [ASSIGNMENTS[0]] } }));
    const { reps } = setup('ADMIN', assign);
    const { fixture, element } = await render();
    click(element, 'assign-toggle');
    await fixture.whenStable();
    element.querySelector<HTMLElement>('[data-testid="assign-target-rep"] button')?.click();
    await fixture.whenStable();
    click(element, 'assign-submit');
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="assign-form"]')?.textContent).toContain('Pick a rep');
    const search = element.querySelector<HTMLInputElement>('[data-testid="rep-assign-search"]');
    search?.focus();
    type(element, 'rep-assign-search', 'glad');
    await new Promise((resolve) => setTimeout(resolve, 250));
    await fixture.whenStable();
    expect(reps).toHaveBeenLastCalledWith({ variables: { search: 'glad' }, fetchPolicy: 'network-only' });
    document.querySelector<HTMLElement>('[data-testid="rep-assign-option"]')?.click();
    await fixture.whenStable();
    type(element, 'assign-to', '2017-03-01');
    click(element, 'assign-submit');
    await fixture.whenStable();
    expect(assign).toHaveBeenCalledWith({
      variables: {
        input: { planVersionId: 'v2', repIds: ['r7'], validFrom: '2017-01-01', validTo: '2017-03-01' },
      },
    });
  });

  it('should end a rep assignment from the tracker when an admin gives the day', async () => {
    const { end, assignments } = setup('ADMIN');
    const { fixture, element } = await render();
    click(element, 'tracker-toggle');
    await fixture.whenStable();
    click(element, 'tracker-end');
    await fixture.whenStable();
    type(element, 'end-assignment-date', '2017-03-01');
    click(element, 'end-assignment-submit');
    await fixture.whenStable();
    expect(end).toHaveBeenCalledWith({ variables: { input: { assignmentId: 'a2', validTo: '2017-03-01' } } });
    expect(assignments).toHaveBeenCalledTimes(2);
  });

  it('should not let a manager end an assignment', async () => {
    setup('MANAGER');
    const { fixture, element } = await render();
    click(element, 'tracker-toggle');
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="tracker-end"]')).toBeNull();
  });
});
