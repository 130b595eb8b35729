/** A JSON document: what jsonb holds and GraphQL's JSON scalar carries. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

/**
 * One text per JSON value, whatever order its keys were written or stored in (jsonb reorders them):
 * keys sorted by UTF-16 code units, no whitespace, strings and numbers as JSON.stringify writes them
 * (the JSON Canonicalization Scheme, RFC 8785, for the values plans hold). Fields set to undefined are
 * left out, as JSON.stringify does, so an absent optional field and an undefined one hash alike.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) {
    // A Date, a Map or a Decimal would each serialise in its own way; plans hold none.
    throw new TypeError('Only plain objects, arrays, strings, finite numbers, booleans and null are JSON');
  }
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  const members = keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as JsonValue)}`);
  return `{${members.join(',')}}`;
}
