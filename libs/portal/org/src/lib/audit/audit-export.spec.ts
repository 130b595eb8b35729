import { TestBed } from '@angular/core/testing';
import { type AuditEventRowFragment, type AuditEventsGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { toCsv } from '@salesops/portal/ui';
import { of } from 'rxjs';

import { auditCsvColumns, auditFileName, fetchAllAuditEvents } from './audit-export';

function event(n: number): AuditEventRowFragment {
  return {
    id: `e${n}`,
    occurredAt: '2025-03-10T09:30:00.000Z',
    actorId: 'u1',
    actorLabel: 'Ada Admin <admin@salesops.demo>',
    action: 'routing.set_rule',
    entityType: 'routing_rule',
    entityId: `r${n}`,
    summary: `Rule ${n}`,
    summaryKey: null,
    summaryParams: null,
    before: null,
    after: null,
  };
}

/** A fake API holding `total` events, answering pages of `first` after a numeric cursor. */
function fakeGql(total: number) {
  const fetch = jest.fn(({ variables }: { variables: { first: number; after: string | null } }) => {
    const start = variables.after ? Number(variables.after) : 0;
    const end = Math.min(start + variables.first, total);
    const edges = Array.from({ length: end - start }, (_, i) => ({
      cursor: String(start + i + 1),
      node: event(start + i),
    }));
    return of({
      data: {
        auditEvents: {
          totalCount: total,
          pageInfo: { endCursor: String(end), hasNextPage: end < total },
          edges,
        },
      },
    });
  });
  return { gql: { fetch } as unknown as AuditEventsGQL, fetch };
}

describe('fetchAllAuditEvents', () => {
  it('should follow the cursors with the same filter until the last page', async () => {
    const { gql, fetch } = fakeGql(230);
    const progress = jest.fn();

    const result = await fetchAllAuditEvents(gql, { action: 'goal.set' }, progress);

    expect(result.rows).toHaveLength(230);
    expect(result.rows[229].id).toBe('e229');
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(fetch.mock.calls[2][0]).toEqual({
      variables: { filter: { action: 'goal.set' }, first: 100, after: '200' },
      fetchPolicy: 'no-cache',
    });
    expect(progress).toHaveBeenLastCalledWith(230, 230);
  });

  it('should stop at the cap and still report the full count', async () => {
    const { gql, fetch } = fakeGql(500);

    const result = await fetchAllAuditEvents(gql, {}, undefined, 150);

    expect(result.rows).toHaveLength(150);
    expect(result.totalCount).toBe(500);
    expect(fetch.mock.calls[1][0].variables.first).toBe(50);
  });
});

describe('auditCsvColumns', () => {
  it('should write the ISO time, actor, ids, action, summary and both JSON states', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    const row = { ...event(1), summary: 'Anna: weight 1 → 2', before: '{"weight":1}', after: '{"weight":2}' };

    const [header, line] = toCsv(auditCsvColumns(i18n), [row]).split('\r\n');

    expect(header).toBe('Time (UTC),Who,User ID,Action,Item type,Item ID,Summary,Before,After');
    expect(line).toBe(
      '2025-03-10T09:30:00.000Z,Ada Admin <admin@salesops.demo>,u1,routing.set_rule,routing_rule,r1,Anna: weight 1 → 2,"{""weight"":1}","{""weight"":2}"',
    );
  });
});

describe("auditCsvColumns in the reader's language", () => {
  it("should write the headers and the summary in Korean, and an old event's summary as the API wrote it", async () => {
    const i18n = TestBed.inject(I18nService);
    await i18n.setLang('ko');
    const worded = {
      ...event(1),
      summary: 'Anna: weight 3, at most 1000 a month',
      summaryKey: 'routing.set_rule',
      summaryParams: '{"rep":"Anna","weight":3,"capacityPerMonth":1000}',
    };

    const [header, line, old] = toCsv(auditCsvColumns(i18n), [worded, event(2)]).split('\r\n');

    expect(header).toBe('일시 (UTC),변경한 사람,사용자 ID,작업,항목 유형,항목 ID,요약,변경 전,변경 후');
    expect(line).toContain(',r1,"Anna: 가중치 3, 월 최대 1,000건",');
    expect(old).toContain(',r2,Rule 2,');
  });
});

describe('auditFileName', () => {
  it('should date the file by the local day', () => {
    expect(auditFileName(new Date(2025, 2, 5, 23, 59))).toBe('audit-trail-2025-03-05.csv');
  });
});
