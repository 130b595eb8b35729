import { canonicalJson, type JsonValue } from './canonical-json';

describe('canonicalJson', () => {
  it('should write the same text when keys come in another order', () => {
    const a = { b: 1, a: { d: [3, { y: 1, x: 2 }], c: 'x' } };
    const b = { a: { c: 'x', d: [3, { x: 2, y: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[3,{"x":2,"y":1}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('should keep array order when it is meaningful, as tiers are', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('should leave out undefined fields when an optional field is absent or undefined', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('should escape strings as JSON does when they hold quotes, newlines or other scripts', () => {
    expect(canonicalJson({ text: 'Plan "A"\nÜber 100 %' })).toBe('{"text":"Plan \\"A\\"\\nÜber 100 %"}');
  });

  it('should sort keys by code unit when they differ in case', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3 })).toBe('{"B":2,"a":3,"b":1}');
  });

  it('should throw when a value has no JSON form', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson(new Date(0) as unknown as JsonValue)).toThrow(TypeError);
  });

  it('should write null, booleans and strings as JSON does when they stand alone', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson(false)).toBe('false');
    expect(canonicalJson('a "b"')).toBe('"a \\"b\\""');
    expect(canonicalJson([null, true, 'x'])).toBe('[null,true,"x"]');
  });

  it('should name the number when it is not finite', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(new TypeError('NaN has no JSON form'));
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow(new TypeError('Infinity has no JSON form'));
  });

  it('should say what JSON is when a value is not a plain object', () => {
    const message = 'Only plain objects, arrays, strings, finite numbers, booleans and null are JSON';
    expect(() => canonicalJson(new Date(0) as unknown as JsonValue)).toThrow(new TypeError(message));
    expect(() => canonicalJson({ at: new Map() } as unknown as JsonValue)).toThrow(new TypeError(message));
    expect(() => canonicalJson([undefined] as unknown as JsonValue)).toThrow(new TypeError(message));
  });
});
