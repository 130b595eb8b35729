import { compareStates, diffJson, formatJsonPath, jsonLines, parseJsonText } from './json-diff';

describe('diffJson', () => {
  it('should find no change when two objects hold the same values in another key order', () => {
    expect(diffJson({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it('should report changed, added and removed keys of flat objects', () => {
    expect(diffJson({ weight: 1, cap: 10, note: 'x' }, { weight: 2, cap: 10, reason: 'y' })).toEqual([
      { path: ['weight'], kind: 'changed' },
      { path: ['note'], kind: 'removed' },
      { path: ['reason'], kind: 'added' },
    ]);
  });

  it('should go down into nested objects and arrays and name the deepest value that changed', () => {
    const before = {
      target: { amount: '900.00', currency: 'USD' },
      absences: [{ id: 'a', reason: 'Leave' }],
    };
    const after = {
      target: { amount: '1000.00', currency: 'USD' },
      absences: [{ id: 'a', reason: 'Trip' }, { id: 'b' }],
    };
    expect(diffJson(before, after)).toEqual([
      { path: ['target', 'amount'], kind: 'changed' },
      { path: ['absences', 0, 'reason'], kind: 'changed' },
      { path: ['absences', 1], kind: 'added' },
    ]);
  });

  it('should see a value turning from or into null, or changing its type, as one change', () => {
    expect(diffJson({ cap: null, tags: ['a'] }, { cap: 40, tags: { a: true } })).toEqual([
      { path: ['cap'], kind: 'changed' },
      { path: ['tags'], kind: 'changed' },
    ]);
    expect(diffJson('1', 1)).toEqual([{ path: [], kind: 'changed' }]);
  });

  it('should treat an undefined key as absent, as JSON does', () => {
    expect(diffJson({ a: 1, b: undefined }, { a: 1 })).toEqual([]);
  });

  it('should report a shorter array as its last items removed', () => {
    expect(diffJson([1, 2, 3], [1, 2])).toEqual([{ path: [2], kind: 'removed' }]);
  });
});

describe('formatJsonPath', () => {
  it('should write keys with dots and indexes in brackets', () => {
    expect(formatJsonPath(['absences', 0, 'reason'])).toBe('absences[0].reason');
    expect(formatJsonPath(['weight'])).toBe('weight');
    expect(formatJsonPath([])).toBe('(all)');
  });
});

describe('jsonLines', () => {
  it('should print exactly what JSON.stringify with two-space indent prints', () => {
    const value = { a: 1, b: { c: [1, { d: 'x' }], e: {} }, f: [], g: null, h: 'quote "me"' };
    expect(
      jsonLines(value)
        .map((line) => line.text)
        .join('\n'),
    ).toBe(JSON.stringify(value, null, 2));
    expect(jsonLines(42).map((line) => line.text)).toEqual(['42']);
  });

  it('should mark the lines of a changed value, all lines of a replaced object and nothing else', () => {
    const lines = jsonLines({ weight: 2, target: { amount: '1', currency: 'USD' }, name: 'A' }, [
      { path: ['weight'], kind: 'changed' },
      { path: ['target'], kind: 'added' },
    ]);
    expect(lines.map((line) => [line.text.trim(), line.mark])).toEqual([
      ['{', null],
      ['"weight": 2,', 'changed'],
      ['"target": {', 'added'],
      ['"amount": "1",', 'added'],
      ['"currency": "USD"', 'added'],
      ['},', 'added'],
      ['"name": "A"', null],
      ['}', null],
    ]);
  });
});

describe('parseJsonText', () => {
  it('should read JSON, keep other text as text and give null for no state', () => {
    expect(parseJsonText('{"a":1}')).toEqual({ value: { a: 1 } });
    expect(parseJsonText('not json')).toEqual({ value: 'not json' });
    expect(parseJsonText('null')).toEqual({ value: null });
    expect(parseJsonText(null)).toBeNull();
  });
});

describe('compareStates', () => {
  it('should mark removals and changes before, additions and changes after, and list the changed keys', () => {
    const result = compareStates('{"weight":1,"note":"x"}', '{"weight":2,"reason":"y"}');

    expect(result.changedPaths).toEqual(['weight', 'note', 'reason']);
    expect(result.before?.filter((line) => line.mark).map((line) => [line.text.trim(), line.mark])).toEqual([
      ['"weight": 1,', 'changed'],
      ['"note": "x"', 'removed'],
    ]);
    expect(result.after?.filter((line) => line.mark).map((line) => [line.text.trim(), line.mark])).toEqual([
      ['"weight": 2,', 'changed'],
      ['"reason": "y"', 'added'],
    ]);
  });

  it('should print a lone side without marks when the other side was not recorded', () => {
    const created = compareStates(null, '{"name":"East"}');
    expect(created.before).toBeNull();
    expect(created.after?.map((line) => line.mark)).toEqual([null, null, null]);
    expect(created.changedPaths).toEqual([]);
  });
});
