import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, Router } from '@angular/router';
import { type DealRowFragment, DealsGQL, SalesStagesGQL, TeamOptionsGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of } from 'rxjs';

import { DealsPageComponent } from './deals-page.component';

const REP_ID = '3f2a9c1e-0000-4000-8000-000000000001';

function deal(id: string): DealRowFragment {
  return {
    id,
    externalId: `D-${id}`,
    repId: null,
    repName: null,
    accountName: 'Acme',
    productName: null,
    stageId: 's1',
    stageName: 'Won',
    stageKind: 'WON',
    engageDate: null,
    expectedCloseDate: null,
    closeDate: '2025-03-01',
    warnings: [],
    updatedAt: '2025-03-01T00:00:00.000Z',
    amount: { amount: '100.00', currency: 'EUR' },
    listPrice: null,
  };
}

/** Two pages of one deal each (the cursor `c1` between them), or none at all. */
function setup(params: Record<string, string> = {}, empty = false) {
  const fetch = jest.fn(({ variables }: { variables: { after: string | null } }) => {
    const second = variables.after === 'c1';
    return of({
      data: {
        deals: {
          totalCount: empty ? 0 : 2,
          pageInfo: { endCursor: second ? null : 'c1', hasNextPage: !empty && !second },
          edges: empty ? [] : [{ cursor: 'x', node: deal(second ? 'd2' : 'd1') }],
        },
      },
    });
  });
  const navigate = jest.fn(() => Promise.resolve(true));
  TestBed.configureTestingModule({
    providers: [
      { provide: DealsGQL, useValue: { fetch } },
      { provide: SalesStagesGQL, useValue: { fetch: () => of({ data: { salesStages: [] } }) } },
      { provide: TeamOptionsGQL, useValue: { fetch: () => of({ data: { teams: { edges: [] } } }) } },
      { provide: Router, useValue: { navigate } },
      { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(params) } } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { fetch, navigate };
}

async function render() {
  const fixture = TestBed.createComponent(DealsPageComponent);
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
  };
  await settle();
  const element = fixture.nativeElement as HTMLElement;
  const all = (testId: string) =>
    Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const text = (testId: string) => all(testId).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
  const click = async (testId: string) => {
    all(testId)[0].click();
    await settle();
  };
  return { element, all, text, click, settle };
}

const lastVariables = (fetch: jest.Mock) => fetch.mock.calls.at(-1)?.[0].variables;

describe('DealsPageComponent', () => {
  it('should list the flagged deals the address asks for, page through them and start again at a new sort', async () => {
    const { fetch } = setup({ flagged: 'true' });
    const { all, text, click, settle } = await render();

    expect(lastVariables(fetch)).toEqual({
      filter: { search: null, stageId: null, teamId: null, flagged: true },
      sort: { field: 'UPDATED_AT', direction: 'DESC' },
      first: 20,
      after: null,
    });
    expect(all('deal-row')).toHaveLength(1);
    expect(text('deals-total')).toEqual(['2 in total']);

    await click('paginator-next');
    expect(lastVariables(fetch)).toEqual(expect.objectContaining({ after: 'c1' }));
    expect(text('deal-row')[0]).toContain('D-d2');

    await click('deals-sort');
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    options.find((option) => option.textContent?.includes('Close date, newest first'))?.click();
    await settle();
    expect(lastVariables(fetch)).toEqual(
      expect.objectContaining({ sort: { field: 'CLOSE_DATE', direction: 'DESC' }, after: null }),
    );
  });

  it('should say when there are no deals, and that nothing matches a figure it drills into', async () => {
    setup({}, true);
    const first = await render();
    expect(first.text('deals-empty')).toEqual(['No deals yet. Import a CRM export to fill the pipeline.']);
    TestBed.resetTestingModule();

    setup({ repId: REP_ID }, true);
    const drilled = await render();
    expect(drilled.all('drill-chip')).toHaveLength(1);
    expect(drilled.text('deals-empty')).toEqual(['Nothing matches your search.']);
  });

  it('should show every deal again, and leave the address, when the drill-down is cleared', async () => {
    const { fetch, navigate } = setup({ repId: REP_ID });
    const { all, click } = await render();
    expect(lastVariables(fetch).filter).toEqual(expect.objectContaining({ repId: REP_ID }));

    await click('drill-clear');
    expect(all('drill-down')).toHaveLength(0);
    expect(lastVariables(fetch).filter).not.toHaveProperty('repId');
    expect(navigate).toHaveBeenCalledWith([], { queryParams: {}, replaceUrl: true });
  });
});
