import {
  type DateFormat,
  type DealWarning,
  dealWarnings,
  lastPlausibleDate,
  matchKey,
  normalizeEmail,
  parseAmountToMinor,
  parseDate,
} from '@salesops/domain';

import { type DealColumns, type DealImportMapping } from './deal-import-mapping';
import { type ImportReason, importReason } from './import-reasons';

/** A deal ready to store: references resolved to ids, amounts in minor units, dates ISO. */
export interface DealRow {
  externalId: string;
  repId: string | null;
  accountId: string | null;
  productId: string | null;
  amountMinor: string | null;
  currency: string;
  stageId: string;
  engageDate: string | null;
  expectedCloseDate: string | null;
  closeDate: string | null;
  /** What is implausible about it (stored and flagged: the mapping does not refuse these). */
  warnings: DealWarning[];
  /** An account or product the file names that is not stored yet, to create (mapping.createMissing). */
  newAccount?: string;
  newProduct?: string;
}

/** The reference data rows are checked against, keyed as the mapping says. */
export interface DealLookups {
  repIds: Map<string, string>;
  accountIds: Map<string, string>;
  productIds: Map<string, string>;
  stageIds: Map<string, string>;
  /** Each stage id's kind: a won deal worth 0 is flagged. */
  stageKinds: Map<string, string>;
  /** The day rows are read (YYYY-MM-DD, UTC): dates far after it are flagged. */
  today: string;
  /** Each id's name (rep, account, product, stage), for showing a row as it will be stored. */
  names?: Map<string, string>;
}

/** A row ready to store, or every reason it cannot be stored (at least one). */
export type RowResult = { ok: true; row: DealRow } | { ok: false; reasons: ImportReason[] };

/** The file's header lacks columns the mapping names: the import cannot read it. */
export class MissingColumnsError extends Error {
  readonly reason: ImportReason;
  constructor(columns: readonly string[]) {
    const reason = importReason('file.missing_columns', { columns });
    super(reason.text);
    this.reason = reason;
  }
}

/** Where each mapped column sits in the header; fails naming the columns that are missing. */
export function columnIndexes(header: string[], columns: DealColumns): Map<keyof DealColumns, number> {
  const positions = new Map(header.map((name, index) => [name.trim().toLowerCase(), index]));
  const indexes = new Map<keyof DealColumns, number>();
  const missing: string[] = [];
  for (const [field, column] of Object.entries(columns) as [keyof DealColumns, string | undefined][]) {
    if (!column) continue;
    const index = positions.get(column.trim().toLowerCase());
    if (index === undefined) missing.push(column);
    else indexes.set(field, index);
  }
  if (missing.length > 0) throw new MissingColumnsError(missing);
  return indexes;
}

export function repKey(value: string, repBy: DealImportMapping['repBy']): string {
  return repBy === 'EMAIL' ? normalizeEmail(value) : matchKey(value);
}

/**
 * Texts a cache below keeps before it starts over: a file's names and dates repeat, its ids do not. Room for
 * the names of 10,000 reps, thousands of accounts and every date of a few years (the benchmark's file names
 * 11,000: under a limit of 10,000 the cache started over before a name came round again).
 */
const CACHE_LIMIT = 50_000;

/** A pure function of one text, remembered: an import asks the same of the same cell text row after row. */
function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      if (known.size >= CACHE_LIMIT) known.clear();
      value = compute(text);
      known.set(text, value);
    }
    return value as T;
  };
}

const keyOf = remembered(matchKey);
const repKeyOf = {
  NAME: keyOf,
  EMAIL: remembered((text) => repKey(text, 'EMAIL')),
} satisfies Record<DealImportMapping['repBy'], (text: string) => string>;
const datesIn = new Map<DateFormat, (text: string) => string | null>();

/** parseDate in one format, remembered. */
function dateIn(format: DateFormat): (text: string) => string | null {
  let parse = datesIn.get(format);
  if (!parse) {
    parse = remembered((text) => parseDate(text, format));
    // Formats come from the mappings users write: a few at a time.
    if (datesIn.size >= 20) datesIn.clear();
    datesIn.set(format, parse);
  }
  return parse;
}

/** The most of a cell's text a reason quotes; a longer cell is cut, as the raw row kept beside it is. */
export const VALUE_SHOWN = 200;

const shown = (text: string): string =>
  text.length > VALUE_SHOWN ? `${text.slice(0, VALUE_SHOWN - 1)}…` : text;

/** The longest account and product names (their columns' widths). */
export const NAME_MAX = { ACCOUNT: 200, PRODUCT: 120 } as const;

/** A name map keyed by its lower-cased names, the first of two that differ only in case winning. */
type NameMap = ReadonlyMap<string, string>;

function nameMap(names: Record<string, string> | undefined): NameMap {
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(names ?? {})) {
    const key = from.toLowerCase();
    if (!map.has(key)) map.set(key, to);
  }
  return map;
}

/** What toDealRow reads of a mapping, worked out once per mapping instead of once per row. */
interface CompiledMapping {
  stageNames: NameMap;
  repNames: NameMap;
  accountNames: NameMap;
  productNames: NameMap;
  creates: ReadonlySet<string>;
  refused: ReadonlySet<DealWarning>;
}

const compiledMappings = new WeakMap<DealImportMapping, CompiledMapping>();

function compiled(mapping: DealImportMapping): CompiledMapping {
  let found = compiledMappings.get(mapping);
  if (!found) {
    found = {
      stageNames: nameMap(mapping.stageNames),
      repNames: nameMap(mapping.repNames),
      accountNames: nameMap(mapping.accountNames),
      productNames: nameMap(mapping.productNames),
      creates: new Set(mapping.createMissing ?? []),
      refused: new Set(mapping.refuseWarnings ?? []),
    };
    compiledMappings.set(mapping, found);
  }
  return found;
}

/** The value a name map gives for a cell, compared without case; the cell itself when none. */
function mapped(text: string, names: NameMap): string {
  return names.size === 0 ? text : (names.get(text.toLowerCase()) ?? text);
}

/**
 * Resolves an account or product cell: its id (null for an empty cell); or, when the mapping creates
 * missing ones, id null and the name to create; or id undefined when it cannot be stored.
 */
function reference(
  text: string,
  kind: keyof typeof NAME_MAX,
  ids: Map<string, string>,
  names: NameMap,
  creates: ReadonlySet<string>,
): { id: string | null | undefined; create?: string; tooLong?: boolean } {
  if (!text) return { id: null };
  const name = mapped(text, names).trim();
  if (!name) return { id: null };
  const id = ids.get(keyOf(name));
  if (id !== undefined) return { id };
  if (!creates.has(kind)) return { id: undefined };
  if (name.length > NAME_MAX[kind]) return { id: undefined, tooLong: true };
  return { id: null, create: name };
}

/** The longest deal id a row may carry (the column's width). */
export const EXTERNAL_ID_MAX = 64;

/**
 * Checks and resolves one CSV row. A refused row gets every reason it has, in the order of its columns
 * (id, stage, rep, product, account, amount, dates): a file is fixed in one round. Each reason names the
 * column and the value at fault.
 */
export function toDealRow(
  values: string[],
  indexes: Map<keyof DealColumns, number>,
  mapping: DealImportMapping,
  lookups: DealLookups,
): RowResult {
  const get = (field: keyof DealColumns): string => {
    const index = indexes.get(field);
    return index === undefined ? '' : (values[index] ?? '').trim();
  };
  const columnOf = (field: keyof DealColumns) => mapping.columns[field] ?? field;
  const reasons: ImportReason[] = [];
  const names = compiled(mapping);

  const externalId = get('externalId');
  if (!externalId) reasons.push(importReason('row.empty', { column: columnOf('externalId') }));
  else if (externalId.length > EXTERNAL_ID_MAX) {
    reasons.push(importReason('row.too_long', { column: columnOf('externalId'), max: EXTERNAL_ID_MAX }));
  }

  const stageText = get('stage');
  const stageId = lookups.stageIds.get(keyOf(mapped(stageText, names.stageNames)));
  if (!stageId)
    reasons.push(importReason('row.unknown_stage', { column: columnOf('stage'), value: shown(stageText) }));

  const repText = get('rep');
  const repId = repText ? lookups.repIds.get(repKeyOf[mapping.repBy](mapped(repText, names.repNames))) : null;
  if (repId === undefined)
    reasons.push(importReason('row.unknown_rep', { column: columnOf('rep'), value: shown(repText) }));

  const product = reference(get('product'), 'PRODUCT', lookups.productIds, names.productNames, names.creates);
  if (product.id === undefined) {
    reasons.push(
      product.tooLong
        ? importReason('row.too_long', { column: columnOf('product'), max: NAME_MAX.PRODUCT })
        : importReason('row.unknown_product', { column: columnOf('product'), value: shown(get('product')) }),
    );
  }

  const account = reference(get('account'), 'ACCOUNT', lookups.accountIds, names.accountNames, names.creates);
  if (account.id === undefined) {
    reasons.push(
      account.tooLong
        ? importReason('row.too_long', { column: columnOf('account'), max: NAME_MAX.ACCOUNT })
        : importReason('row.unknown_account', { column: columnOf('account'), value: shown(get('account')) }),
    );
  }

  const amountText = get('amount');
  const amount = amountText ? parseAmountToMinor(amountText) : null;
  if (amountText && amount === null) {
    reasons.push(importReason('row.not_an_amount', { column: columnOf('amount'), value: shown(amountText) }));
  } else if (amount !== null && amount < 0n) {
    reasons.push(
      importReason('row.negative_amount', { column: columnOf('amount'), value: shown(amountText) }),
    );
  }

  const dates: Partial<Record<'engageDate' | 'expectedCloseDate' | 'closeDate', string | null>> = {};
  const parseDay = dateIn(mapping.dateFormat);
  for (const field of ['engageDate', 'expectedCloseDate', 'closeDate'] as const) {
    const text = get(field);
    const parsed = text ? parseDay(text) : null;
    if (text && !parsed) {
      reasons.push(
        importReason('row.not_a_date', {
          column: columnOf(field),
          value: shown(text),
          format: mapping.dateFormat,
        }),
      );
    }
    dates[field] = parsed;
  }
  const warnings = dealWarnings(
    {
      engageDate: dates.engageDate ?? null,
      expectedCloseDate: dates.expectedCloseDate ?? null,
      closeDate: dates.closeDate ?? null,
      amountMinor: amount,
      won: stageId !== undefined && lookups.stageKinds.get(stageId) === 'WON',
    },
    lookups.today,
  );
  for (const warning of warnings.filter((kind) => names.refused.has(kind))) {
    reasons.push(warningReason(warning, columnOf, dates, amountText, lookups.today));
  }

  if (
    reasons.length > 0 ||
    !stageId ||
    repId === undefined ||
    product.id === undefined ||
    account.id === undefined
  )
    return { ok: false, reasons };
  return {
    ok: true,
    row: {
      externalId,
      repId,
      accountId: account.id,
      productId: product.id,
      ...(account.create ? { newAccount: account.create } : {}),
      ...(product.create ? { newProduct: product.create } : {}),
      amountMinor: amount === null ? null : amount.toString(),
      currency: mapping.currency,
      stageId,
      engageDate: dates.engageDate ?? null,
      expectedCloseDate: dates.expectedCloseDate ?? null,
      closeDate: dates.closeDate ?? null,
      warnings,
    },
  };
}

/** Why a row was refused for a warning its mapping refuses, naming the column and the value at fault. */
function warningReason(
  warning: DealWarning,
  columnOf: (field: keyof DealColumns) => string,
  dates: Partial<Record<'engageDate' | 'expectedCloseDate' | 'closeDate', string | null>>,
  amountText: string,
  today: string,
): ImportReason {
  switch (warning) {
    case 'CLOSE_BEFORE_ENGAGE':
      return importReason('row.close_before_engage', {
        column: columnOf('closeDate'),
        date: dates.closeDate ?? '',
        engageColumn: columnOf('engageDate'),
        engageDate: dates.engageDate ?? '',
      });
    case 'ZERO_AMOUNT':
      return importReason('row.zero_amount', { column: columnOf('amount'), value: shown(amountText) });
    case 'FAR_FUTURE_DATE': {
      const last = lastPlausibleDate(today);
      const field = (['engageDate', 'expectedCloseDate', 'closeDate'] as const).find(
        (name) => (dates[name] ?? '') > last,
      );
      return importReason('row.far_future_date', {
        column: columnOf(field ?? 'closeDate'),
        date: (field && dates[field]) || '',
        last,
      });
    }
  }
}
