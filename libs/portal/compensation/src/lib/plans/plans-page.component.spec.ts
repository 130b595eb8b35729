import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  AssignPlanGQL,
  CompPlansGQL,
  PlanAssignmentsGQL,
  SessionStore,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of } from 'rxjs';
import { myPlan } from './plan-fixtures';
import { PlansPageComponent } from './plans-page.component';

const VERSION = myPlan().version;
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

function setup(role: 'ADMIN' | 'MANAGER', assign = jest.fn()) {
  const assignments = jest.fn(() => of({ data: { planAssignments: ASSIGNMENTS } }));
  TestBed.configureTestingModule({
    providers: [
      {
        provide: CompPlansGQL,
        useValue: {
          fetch: () => of({ data: { compPlans: [{ id: 'p1', name: 'AE FY2017', versions: [VERSION] }] } }),
        },
      },
      { provide: PlanAssignmentsGQL, useValue: { fetch: assignments } },
      { provide: AssignPlanGQL, useValue: { mutate: assign } },
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
  return { assignments };
}

async function render() {
  const fixture = TestBed.createComponent(PlansPageComponent);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

const click = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.click();

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
});
