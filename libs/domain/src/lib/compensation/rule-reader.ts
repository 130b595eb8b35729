import { Dec } from './decimal';

export interface PlanRulesProblem {
  /** Where, as a path: "measures.1.curve.tiers.0.upTo"; "" for the rules as a whole. */
  field: string;
  message: string;
}

/** Rates and attainments: at most 4 digits before the point and 6 after, never negative. */
const DECIMAL = /^\d{1,4}(\.\d{1,6})?$/;
/** Amounts in minor units: at most 15 digits, no leading zeros, so equal amounts are equal strings. */
const MINOR = /^(0|[1-9]\d{0,14})$/;

/**
 * Reads untrusted JSON field by field, writing down every problem instead of stopping at the first, so
 * an admin sees all that is wrong with a plan at once. Each read returns null when the value is unusable.
 */
export class RuleReader {
  readonly problems: PlanRulesProblem[] = [];

  static path(parent: string, key: string | number): string {
    return parent === '' ? String(key) : `${parent}.${key}`;
  }

  report(field: string, message: string): null {
    this.problems.push({ field, message });
    return null;
  }

  /** An object whose fields are all known: a misspelt "partialfrom" must not be silently ignored. */
  object(value: unknown, field: string, known: readonly string[]): Record<string, unknown> | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.report(field, 'must be an object');
    }
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      this.report(RuleReader.path(field, key), `is not a known field (${known.join(', ')})`);
    }
    return value as Record<string, unknown>;
  }

  list(value: unknown, field: string, min: number, max: number): unknown[] | null {
    if (!Array.isArray(value)) return this.report(field, 'must be a list');
    const fits = value.length >= min && value.length <= max;
    return fits ? value : this.report(field, `must hold ${min} to ${max} items`);
  }

  choice<T extends string>(value: unknown, field: string, options: readonly T[]): T | null {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    return this.report(field, `must be one of ${options.join(', ')}`);
  }

  /** A decimal string within [min, max]; `above` makes the lower bound exclusive. */
  decimal(value: unknown, field: string, min: string, max: string, above = false): string | null {
    if (typeof value === 'string' && /^\s*-/.test(value)) return this.report(field, 'must not be negative');
    if (typeof value !== 'string' || !DECIMAL.test(value)) {
      return this.report(field, 'must be a decimal written as text, like "0.75", with at most 6 decimals');
    }
    const number = new Dec(value);
    if (number.lt(min) || number.gt(max) || (above && number.eq(min))) {
      return this.report(field, `must be ${above ? 'above' : 'at least'} ${min} and at most ${max}`);
    }
    return value;
  }

  minor(value: unknown, field: string): string | null {
    if (typeof value === 'string' && MINOR.test(value)) return value;
    return this.report(
      field,
      'must be a whole number of minor units written as text, like "1000000", of at most 15 digits',
    );
  }
}
