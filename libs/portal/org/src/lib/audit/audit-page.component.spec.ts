import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { AuditActorsGQL, type AuditEventRowFragment, AuditEventsGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { downloadCsv } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { AuditDetailDialogComponent } from './audit-detail-dialog.component';
import { AuditPageComponent } from './audit-page.component';

jest.mock('@salesops/portal/ui', () => ({
  ...jest.requireActual('@salesops/portal/ui'),
  downloadCsv: jest.fn(),
}));

const EVENTS: AuditEventRowFragment[] = [
  {
    id: 'e1',
    occurredAt: '2025-03-10T09:30:05.000Z',
    actorId: 'u1',
    actorLabel: 'Ada Admin <admin@salesops.demo>',
    action: 'routing.set_rule',
    entityType: 'routing_rule',
    entityId: '3f2a9c1e-0000-4000-8000-000000000001',
    summary: 'Anna Snelling: weight 2, no cap',
    summaryKey: 'routing.set_rule.no_cap',
    summaryParams: '{"rep":"Anna Snelling","weight":2}',
    before: '{"weight":1,"capacityPerMonth":null}',
    after: '{"weight":2,"capacityPerMonth":null}',
  },
  {
    id: 'e2',
    occurredAt: '2025-03-09T08:00:00.000Z',
    actorId: null,
    actorLabel: 'system',
    action: 'import.finish',
    entityType: 'import_job',
    entityId: 'j1',
    // Recorded before events had a summary key: shown as the API wrote it.
    summary: 'Import finished: 8,800 rows',
    summaryKey: null,
    summaryParams: null,
    before: null,
    after: '{"status":"SUCCEEDED"}',
  },
];

interface Page {
  readonly events: AuditEventRowFragment[];
  readonly totalCount?: number;
  readonly hasNextPage?: boolean;
}

interface Options {
  readonly pages?: Page[];
  readonly error?: unknown;
  readonly dialogResult?: unknown;
}

function connection(page: Page, index: number) {
  return {
    data: {
      auditEvents: {
        totalCount: page.totalCount ?? page.events.length,
        pageInfo: { hasNextPage: page.hasNextPage ?? false, endCursor: `c${index + 1}` },
        edges: page.events.map((node) => ({ cursor: node.id, node })),
      },
    },
  };
}

function setup(options: Options = {}) {
  const pages = options.pages ?? [{ events: EVENTS }];
  const eventsFetch = jest.fn(({ variables }: { variables: { after: string | null } }) => {
    if (options.error) return throwError(() => options.error);
    const index = variables.after ? Number(variables.after.slice(1)) : 0;
    return of(connection(pages[Math.min(index, pages.length - 1)], index));
  });
  const actorsFetch = jest.fn(() =>
    of({
      data: {
        users: {
          totalCount: 2,
          edges: [
            { node: { id: 'u2', name: 'Zoe Manager', email: 'zoe@salesops.demo' } },
            { node: { id: 'u1', name: 'Ada Admin', email: 'admin@salesops.demo' } },
          ],
        },
      },
    }),
  );
  const open = jest.fn(() => ({ afterClosed: () => of(options.dialogResult) }));
  TestBed.configureTestingModule({
    providers: [
      { provide: AuditEventsGQL, useValue: { fetch: eventsFetch } },
      { provide: AuditActorsGQL, useValue: { fetch: actorsFetch } },
      { provide: MatDialog, useValue: { open } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { eventsFetch, actorsFetch, open };
}

async function render() {
  const fixture = TestBed.createComponent(AuditPageComponent);
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const all = (testId: string) =>
    Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const text = (testId: string) => all(testId).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
  };
  return { fixture, element, all, text, settle };
}

/** The filter of the latest page request. */
function lastFilter(fetch: jest.Mock): Record<string, unknown> {
  const calls = fetch.mock.calls as unknown as [{ variables: { filter: Record<string, unknown> } }][];
  return calls[calls.length - 1][0].variables.filter;
}

describe('AuditPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.mocked(downloadCsv).mockClear();
  });

  it('should list the events with time, who, action, item and summary, and the total', async () => {
    const { eventsFetch } = setup();
    const { text, all } = await render();

    expect(eventsFetch).toHaveBeenCalledWith({
      variables: {
        filter: {
          search: null,
          entityType: null,
          action: null,
          actorId: null,
          entityId: null,
          from: null,
          to: null,
        },
        first: 20,
        after: null,
      },
      fetchPolicy: 'network-only',
    });
    expect(all('audit-row')).toHaveLength(2);
    expect(text('audit-actor-name')).toEqual(['Ada Admin', 'System']);
    expect(text('audit-actor-email')).toEqual(['admin@salesops.demo']);
    expect(text('audit-action-chip')).toEqual(['routing.set_rule', 'import.finish']);
    expect(text('audit-entity')).toEqual(['Routing rule 3f2a9c1e…', 'Import j1']);
    expect(text('audit-summary')).toEqual(['Anna Snelling: weight 2, no cap', 'Import finished: 8,800 rows']);
    expect(all('audit-time')[0].getAttribute('title')).toBe('2025-03-10T09:30:05.000Z');
    expect(text('audit-time')[0]).toMatch(/2025/);
    expect(text('audit-total')).toEqual(['2 in total']);
  });

  it('should word the summaries in Korean, in the cells and their labels, and keep the English of an old event', async () => {
    setup();
    await TestBed.inject(I18nService).setLang('ko');
    const { text, all } = await render();

    expect(text('audit-summary')).toEqual([
      'Anna Snelling: 가중치 2, 월 한도 없음',
      'Import finished: 8,800 rows',
    ]);
    expect(all('audit-summary')[0].getAttribute('aria-label')).toBe(
      '변경 전후 보기: Anna Snelling: 가중치 2, 월 한도 없음',
    );
  });

  it('should search after a pause and send the filters the toolbar holds', async () => {
    const { eventsFetch } = setup();
    const { element, settle } = await render();

    const search = element.querySelector<HTMLInputElement>(
      '[data-testid="audit-search"]',
    ) as HTMLInputElement;
    search.value = ' anna ';
    search.dispatchEvent(new Event('input'));
    await settle();
    expect(eventsFetch).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle();
    expect(lastFilter(eventsFetch)).toEqual(expect.objectContaining({ search: 'anna' }));

    const from = element.querySelector<HTMLInputElement>('[data-testid="audit-from"]') as HTMLInputElement;
    from.value = '2025-03-01';
    from.dispatchEvent(new Event('change'));
    const to = element.querySelector<HTMLInputElement>('[data-testid="audit-to"]') as HTMLInputElement;
    to.value = '2025-03-31';
    to.dispatchEvent(new Event('change'));
    await settle();

    expect(lastFilter(eventsFetch)).toEqual({
      search: 'anna',
      entityType: null,
      action: null,
      actorId: null,
      entityId: null,
      from: new Date(2025, 2, 1).toISOString(),
      to: new Date(2025, 3, 1).toISOString(),
    });
  });

  it('should warn when the range runs backwards and clear every filter at once', async () => {
    const { eventsFetch } = setup();
    const { element, text, settle } = await render();

    const from = element.querySelector<HTMLInputElement>('[data-testid="audit-from"]') as HTMLInputElement;
    from.value = '2025-03-10';
    from.dispatchEvent(new Event('change'));
    const to = element.querySelector<HTMLInputElement>('[data-testid="audit-to"]') as HTMLInputElement;
    to.value = '2025-03-01';
    to.dispatchEvent(new Event('change'));
    await settle();
    expect(text('audit-range-error')[0]).toContain('comes before');

    (element.querySelector('[data-testid="audit-clear-filters"]') as HTMLButtonElement).click();
    await settle();
    expect(text('audit-range-error')).toEqual([]);
    expect(lastFilter(eventsFetch)).toEqual(expect.objectContaining({ from: null, to: null }));
    expect(element.querySelector('[data-testid="audit-clear-filters"]')).toBeNull();
  });

  it('should offer the users as actors, sorted by name, and filter by the one picked', async () => {
    const { eventsFetch } = setup();
    const { element, settle } = await render();

    (element.querySelector('[data-testid="audit-actor"]') as HTMLElement).click();
    await settle();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map((option) => option.textContent?.trim())).toEqual([
      'Everyone',
      'Ada Admin',
      'Zoe Manager',
    ]);

    options[2].click();
    await settle();
    expect(lastFilter(eventsFetch)).toEqual(expect.objectContaining({ actorId: 'u2' }));
  });

  it('should page forward with the end cursor and back again', async () => {
    const { eventsFetch } = setup({
      pages: [
        { events: [EVENTS[0]], totalCount: 2, hasNextPage: true },
        { events: [EVENTS[1]], totalCount: 2, hasNextPage: false },
      ],
    });
    const { element, text, settle } = await render();

    (element.querySelector('[data-testid="paginator-next"]') as HTMLButtonElement).click();
    await settle();
    expect(eventsFetch).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: expect.objectContaining({ after: 'c1' }) }),
    );
    expect(text('audit-summary')).toEqual(['Import finished: 8,800 rows']);

    (element.querySelector('[data-testid="paginator-prev"]') as HTMLButtonElement).click();
    await settle();
    expect(text('audit-summary')).toEqual(['Anna Snelling: weight 2, no cap']);
  });

  it('should open the detail of a clicked row and list the item history when asked', async () => {
    const { open, eventsFetch } = setup({ dialogResult: 'history' });
    const { all, text, element, settle } = await render();

    const from = element.querySelector<HTMLInputElement>('[data-testid="audit-from"]') as HTMLInputElement;
    from.value = '2025-03-01';
    from.dispatchEvent(new Event('change'));
    await settle();

    all('audit-row')[0].click();
    await settle();

    expect(open).toHaveBeenCalledWith(
      AuditDetailDialogComponent,
      expect.objectContaining({ data: { event: EVENTS[0] } }),
    );
    // All changes to the item: the other filters go.
    expect(lastFilter(eventsFetch)).toEqual({
      search: null,
      entityType: 'routing_rule',
      action: null,
      actorId: null,
      entityId: EVENTS[0].entityId,
      from: null,
      to: null,
    });
    expect(text('audit-entity-focus')[0]).toContain('History of Routing rule 3f2a9c1e…');

    (element.querySelector('[data-testid="audit-entity-focus-clear"]') as HTMLButtonElement).click();
    await settle();
    expect(text('audit-entity-focus')).toEqual([]);
    expect(lastFilter(eventsFetch)).toEqual(
      expect.objectContaining({ entityId: null, entityType: 'routing_rule' }),
    );
  });

  it('should open the detail from the keyboard through the summary button', async () => {
    const { open } = setup();
    const { all } = await render();

    all('audit-summary')[1].click();

    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith(
      AuditDetailDialogComponent,
      expect.objectContaining({ data: { event: EVENTS[1] } }),
    );
  });

  it('should export every page matching the filters as CSV', async () => {
    const { eventsFetch } = setup({
      pages: [
        { events: [EVENTS[0]], totalCount: 2, hasNextPage: true },
        { events: [EVENTS[1]], totalCount: 2, hasNextPage: false },
      ],
    });
    const { element, settle } = await render();

    (element.querySelector('[data-testid="export-csv"]') as HTMLButtonElement).click();
    await settle();

    const exportCalls = (
      eventsFetch.mock.calls as unknown as [{ variables: { first: number }; fetchPolicy: string }][]
    )
      .map(([call]) => call)
      .filter((call) => call.fetchPolicy === 'no-cache');
    expect(exportCalls.map((call) => call.variables.first)).toEqual([100, 100]);
    const [fileName, csv] = jest.mocked(downloadCsv).mock.calls[0];
    expect(fileName).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Time (UTC),Who,User ID,Action,Item type,Item ID,Summary,Before,After');
    expect(lines.slice(1, 3).map((line) => line.split(',')[3])).toEqual([
      'routing.set_rule',
      'import.finish',
    ]);
    expect(lines[2]).toContain(',system,,import.finish,');
  });

  it('should say when nothing was recorded and when nothing matches', async () => {
    setup({ pages: [{ events: [] }] });
    const { text, element, settle } = await render();

    expect(text('audit-empty')).toEqual(['No changes have been recorded yet.']);
    expect(element.querySelector('[data-testid="export-csv"]')?.hasAttribute('disabled')).toBe(true);

    const from = element.querySelector<HTMLInputElement>('[data-testid="audit-from"]') as HTMLInputElement;
    from.value = '2025-03-01';
    from.dispatchEvent(new Event('change'));
    await settle();
    expect(text('audit-empty')).toEqual(['Nothing matches your search.']);
  });

  it('should show the error with a retry when the events cannot be loaded', async () => {
    const { eventsFetch } = setup({
      error: new CombinedGraphQLErrors({ errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }),
    });
    const { text, element, settle } = await render();

    expect(text('error-banner')[0]).toContain('You are not allowed to do this.');
    expect(text('audit-error')[0]).toContain('The audit trail could not be loaded.');
    expect(text('audit-empty')).toEqual([]);
    (element.querySelector('[data-testid="audit-error"] button') as HTMLButtonElement).click();
    await settle();
    expect(eventsFetch).toHaveBeenCalledTimes(2);
  });
});
