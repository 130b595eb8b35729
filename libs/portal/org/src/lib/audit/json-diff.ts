/** Where a value sits in a JSON document: object keys and array indexes from the root. */
export type JsonPath = readonly (string | number)[];

export type JsonChangeKind = 'added' | 'removed' | 'changed';

/** One difference between a before and an after state. */
export interface JsonChange {
  readonly path: JsonPath;
  readonly kind: JsonChangeKind;
}

/** A line of pretty-printed JSON with the value it belongs to and how that value changed. */
export interface JsonLine {
  readonly text: string;
  readonly path: JsonPath;
  readonly mark: JsonChangeKind | null;
}

type Plain = Readonly<Record<string, unknown>>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameScalar(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/**
 * The changes from `before` to `after`, deepest first-class values only: two objects (or two
 * arrays) are compared key by key (index by index); anything else that differs is one change at
 * its path. Keys in neither order matter; `undefined` counts as absent, as in JSON.
 */
export function diffJson(before: unknown, after: unknown, path: JsonPath = []): JsonChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => {
      const inBefore = before[key] !== undefined;
      const inAfter = after[key] !== undefined;
      if (inBefore && !inAfter) return [{ path: [...path, key], kind: 'removed' as const }];
      if (!inBefore && inAfter) return [{ path: [...path, key], kind: 'added' as const }];
      return diffJson(before[key], after[key], [...path, key]);
    });
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: JsonChange[] = [];
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      if (index >= after.length) changes.push({ path: [...path, index], kind: 'removed' });
      else if (index >= before.length) changes.push({ path: [...path, index], kind: 'added' });
      else changes.push(...diffJson(before[index], after[index], [...path, index]));
    }
    return changes;
  }
  if (isPlainObject(before) || isPlainObject(after) || Array.isArray(before) || Array.isArray(after)) {
    return [{ path, kind: 'changed' }];
  }
  return sameScalar(before, after) ? [] : [{ path, kind: 'changed' }];
}

/** `target.amount`, `absences[0].reason`; the root is `(all)` as it has no name. */
export function formatJsonPath(path: JsonPath): string {
  if (path.length === 0) return '(all)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((part, index) => path[index] === part);
}

/** How the value at `path` changed: its own change or that of the value holding it. */
function markOf(path: JsonPath, changes: readonly JsonChange[]): JsonChangeKind | null {
  return changes.find((change) => startsWith(path, change.path))?.kind ?? null;
}

/**
 * `value` printed as `JSON.stringify(value, null, 2)` does, line by line, each line marked with the
 * change (from `changes`) of the value it shows. Closing brackets carry their value's path too, so
 * a replaced object is marked from its first line to its last.
 */
export function jsonLines(value: unknown, changes: readonly JsonChange[] = []): JsonLine[] {
  const lines: JsonLine[] = [];
  const push = (depth: number, text: string, path: JsonPath) =>
    lines.push({ text: '  '.repeat(depth) + text, path, mark: markOf(path, changes) });

  const walk = (item: unknown, path: JsonPath, depth: number, label: string, comma: string): void => {
    const entries: [string | number, unknown][] = Array.isArray(item)
      ? item.map((inner, index) => [index, inner === undefined ? null : inner])
      : isPlainObject(item)
        ? Object.entries(item).filter(([, inner]) => inner !== undefined)
        : [];
    if (!Array.isArray(item) && !isPlainObject(item)) {
      push(depth, `${label}${JSON.stringify(item) ?? 'null'}${comma}`, path);
      return;
    }
    const [open, close] = Array.isArray(item) ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) {
      push(depth, `${label}${open}${close}${comma}`, path);
      return;
    }
    push(depth, `${label}${open}`, path);
    entries.forEach(([key, inner], index) => {
      const innerLabel = typeof key === 'number' ? '' : `${JSON.stringify(key)}: `;
      walk(inner, [...path, key], depth + 1, innerLabel, index < entries.length - 1 ? ',' : '');
    });
    push(depth, `${close}${comma}`, path);
  };

  walk(value, [], 0, '', '');
  return lines;
}

/** The API's JSON text as a value; text that is not JSON stays text, so nothing is hidden. */
export function parseJsonText(text: string | null | undefined): { value: unknown } | null {
  if (text === null || text === undefined) return null;
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { value: text };
  }
}

/** Both sides of a change, printed and marked: removals and changes before, additions and changes after. */
export interface AuditComparison {
  readonly before: readonly JsonLine[] | null;
  readonly after: readonly JsonLine[] | null;
  /** What changed, as `formatJsonPath` shows it; empty when a side is missing (a create or delete). */
  readonly changedPaths: readonly string[];
}

export function compareStates(beforeText: string | null, afterText: string | null): AuditComparison {
  const before = parseJsonText(beforeText);
  const after = parseJsonText(afterText);
  const changes = before && after ? diffJson(before.value, after.value) : [];
  return {
    before: before
      ? jsonLines(
          before.value,
          changes.filter((change) => change.kind !== 'added'),
        )
      : null,
    after: after
      ? jsonLines(
          after.value,
          changes.filter((change) => change.kind !== 'removed'),
        )
      : null,
    changedPaths: changes.map((change) => formatJsonPath(change.path)),
  };
}
