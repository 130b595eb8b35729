import {
  EMPTY_AUDIT_FILTER,
  formatDateTime,
  isBackwardsRange,
  isFiltered,
  shortId,
  startOfLocalDay,
  toAuditEventFilter,
} from './audit-filter';

describe('startOfLocalDay', () => {
  it('should give the instant the local day starts, or the next day starts, as ISO text', () => {
    expect(startOfLocalDay('2025-03-05')).toBe(new Date(2025, 2, 5).toISOString());
    expect(startOfLocalDay('2025-03-05', 1)).toBe(new Date(2025, 2, 6).toISOString());
    // Month and year ends roll over.
    expect(startOfLocalDay('2024-12-31', 1)).toBe(new Date(2025, 0, 1).toISOString());
    expect(startOfLocalDay('2024-02-28', 1)).toBe(new Date(2024, 1, 29).toISOString());
  });

  it('should give null for empty text or a day that does not exist', () => {
    expect(startOfLocalDay('')).toBeNull();
    expect(startOfLocalDay('2025-02-30')).toBeNull();
    expect(startOfLocalDay('5.3.2025')).toBeNull();
  });
});

describe('toAuditEventFilter', () => {
  it('should send nothing but nulls when no filter is set', () => {
    expect(toAuditEventFilter(EMPTY_AUDIT_FILTER)).toEqual({
      search: null,
      entityType: null,
      action: null,
      actorId: null,
      entityId: null,
      from: null,
      to: null,
    });
    expect(isFiltered(EMPTY_AUDIT_FILTER)).toBe(false);
  });

  it('should map every filter, trim the search and include both days of the range', () => {
    const filter = toAuditEventFilter({
      search: '  anna ',
      entityType: 'routing_rule',
      action: 'routing.set_rule',
      actorId: 'u1',
      entityId: 'r1',
      from: '2025-03-01',
      to: '2025-03-31',
    });

    expect(filter).toEqual({
      search: 'anna',
      entityType: 'routing_rule',
      action: 'routing.set_rule',
      actorId: 'u1',
      entityId: 'r1',
      from: new Date(2025, 2, 1).toISOString(),
      to: new Date(2025, 3, 1).toISOString(),
    });
  });

  it('should count a lone date or a search of spaces as filtered or not', () => {
    expect(isFiltered({ ...EMPTY_AUDIT_FILTER, to: '2025-03-31' })).toBe(true);
    expect(isFiltered({ ...EMPTY_AUDIT_FILTER, search: '   ' })).toBe(false);
  });
});

describe('isBackwardsRange', () => {
  it('should be true only when both days are set and the last is before the first', () => {
    expect(isBackwardsRange({ from: '2025-03-02', to: '2025-03-01' })).toBe(true);
    expect(isBackwardsRange({ from: '2025-03-01', to: '2025-03-01' })).toBe(false);
    expect(isBackwardsRange({ from: '2025-03-02', to: '' })).toBe(false);
  });
});

describe('shortId', () => {
  it('should cut a UUID to its first eight characters and leave short ids whole', () => {
    expect(shortId('3f2a9c1e-0000-4000-8000-000000000001')).toBe('3f2a9c1e…');
    expect(shortId('FY2017')).toBe('FY2017');
    expect(shortId(null)).toBe('');
  });
});

describe('formatDateTime', () => {
  it('should print date and time to the second in the given language and zone', () => {
    expect(formatDateTime('2025-03-10T09:30:05Z', 'en-US', 'UTC')).toBe('Mar 10, 2025, 9:30:05 AM');
    expect(formatDateTime('2025-03-10T09:30:05Z', 'ko-KR', 'UTC')).toMatch(/^2025\. 3\. 10\./);
    expect(formatDateTime('not a date', 'en-US')).toBe('not a date');
  });
});
