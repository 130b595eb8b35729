import { TestBed } from '@angular/core/testing';
import { type RoutingDecisionRowFragment, RoutingDecisionsGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of } from 'rxjs';

import { RoutingDecisionsComponent } from './routing-decisions.component';

function decision(n: number, repName: string | null = 'Anna Snelling'): RoutingDecisionRowFragment {
  return {
    id: `d${n}`,
    dealExternalId: `DEAL-${n}`,
    repName,
    decidedAt: '2025-03-10T09:30:00Z',
    reason: repName ? `Weighted round robin: ${repName} had the most credit` : 'No rep available: no reps',
    // A decision from before the API kept its facts: the page shows the API's words.
    weight: null,
    availableReps: null,
    skipped: [],
  };
}

/** A fake log of `total` decisions, answering offset pages. */
function setup(total: number) {
  const fetch = jest.fn(({ variables }: { variables: { first: number; offset: number } }) => {
    const end = Math.min(total, variables.offset + variables.first);
    const rows = Array.from({ length: Math.max(0, end - variables.offset) }, (_, i) =>
      decision(variables.offset + i, (variables.offset + i) % 2 ? null : 'Anna Snelling'),
    );
    return of({ data: { routingDecisions: rows } });
  });
  TestBed.configureTestingModule({ providers: [{ provide: RoutingDecisionsGQL, useValue: { fetch } }] });
  TestBed.inject(I18nService).setLang('en');
  return { fetch };
}

async function render() {
  const fixture = TestBed.createComponent(RoutingDecisionsComponent);
  fixture.componentRef.setInput('reps', [{ id: 'r1', name: 'Anna Snelling' }]);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const texts = (testId: string) =>
    Array.from(element.querySelectorAll(`[data-testid="${testId}"]`)).map((node) => node.textContent?.trim());
  const click = async (testId: string) => {
    (element.querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement).click();
    await fixture.whenStable();
  };
  return { fixture, texts, click };
}

describe('RoutingDecisionsComponent', () => {
  it('should list the newest decisions with their reasons and page by offset', async () => {
    const { fetch } = setup(45);
    const { texts, click } = await render();

    expect(fetch).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { repId: null, dealExternalId: null, first: 21, offset: 0 } }),
    );
    expect(texts('decision-row')).toHaveLength(20);
    expect(texts('decision-reason')[0]).toBe('Weighted round robin: Anna Snelling had the most credit');
    expect(texts('decision-rep')[1]).toBe('Nobody');
    expect(texts('decisions-range')).toEqual(['Showing 1–20']);

    await click('paginator-next');
    await click('paginator-next');
    expect(fetch).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: expect.objectContaining({ offset: 40 }) }),
    );
    expect(texts('decision-row')).toHaveLength(5);
    expect(texts('decisions-range')).toEqual(['Showing 41–45']);

    await click('paginator-prev');
    expect(texts('decisions-range')).toEqual(['Showing 21–40']);
  });

  it('should go back to the first page when filtered by rep', async () => {
    const { fetch } = setup(45);
    const { fixture, click } = await render();

    await click('paginator-next');
    fixture.componentInstance.filterByRep('r1');
    await fixture.whenStable();

    expect(fetch).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { repId: 'r1', dealExternalId: null, first: 21, offset: 0 } }),
    );
  });

  it('should say there are no decisions yet when the log is empty', async () => {
    setup(0);
    const { texts } = await render();
    expect(texts('decisions-empty')[0]).toContain('No routing decisions yet');
    expect(texts('decisions-table')).toEqual([]);
  });
});
