import {
  DATE_FORMATS,
  DEAL_WARNINGS,
  guessColumnsBySynonyms,
  guessDateFormat,
  isDateFormat,
  type NamedDateFormat,
  parseDate,
} from '@salesops/domain';
import {
  type DateFormat,
  type DealColumnsInput,
  type DealImportMappingInput,
  type DealWarning,
  type RepMatch,
} from '@salesops/portal/data-access';

export const DEAL_FIELDS = [
  'externalId',
  'stage',
  'rep',
  'account',
  'product',
  'amount',
  'engageDate',
  'expectedCloseDate',
  'closeDate',
] as const;
export type DealField = (typeof DEAL_FIELDS)[number];
export const REQUIRED_FIELDS: readonly DealField[] = ['externalId', 'stage'];

/** The pattern of each date layout the API names (libs/domain date-format.ts reads and writes them). */
export const DATE_FORMAT_PATTERNS: Readonly<Record<DateFormat, NamedDateFormat>> = {
  YMD_DASH: 'YYYY-MM-DD',
  DMY_SLASH: 'DD/MM/YYYY',
  MDY_SLASH: 'MM/DD/YYYY',
  DMY_DOT: 'DD.MM.YYYY',
  YMD_SLASH: 'YYYY/MM/DD',
  DMY_DASH: 'DD-MM-YYYY',
  MDY_DASH: 'MM-DD-YYYY',
  DMY_SLASH_YY: 'DD/MM/YY',
  MDY_SLASH_YY: 'MM/DD/YY',
  DMY_DOT_YY: 'DD.MM.YY',
  DMY_DASH_YY: 'DD-MM-YY',
  MDY_DASH_YY: 'MM-DD-YY',
  YMD_DASH_YY: 'YY-MM-DD',
  DMON_DASH: 'DD-MMM-YYYY',
  DMON_SPACE: 'DD MMM YYYY',
  MOND_COMMA: 'MMM DD, YYYY',
};

/** The layouts in the order the API lists them, most common first. */
export const DATE_FORMAT_NAMES = (Object.keys(DATE_FORMAT_PATTERNS) as DateFormat[]).sort(
  (a, b) => DATE_FORMATS.indexOf(DATE_FORMAT_PATTERNS[a]) - DATE_FORMATS.indexOf(DATE_FORMAT_PATTERNS[b]),
);

/** The day every layout is shown with: its example reads the same in every language. */
export const EXAMPLE_DAY = '2017-03-31';

/** The choice of a layout the user writes as a pattern. */
export const CUSTOM_DATE_FORMAT = 'CUSTOM';
export type DateFormatChoice = DateFormat | typeof CUSTOM_DATE_FORMAT;

const DATE_FIELDS = ['engageDate', 'expectedCloseDate', 'closeDate'] as const;

export interface StagePair {
  readonly value: string;
  readonly stage: string;
}

/** What the mapping form holds. */
export interface MappingDraft {
  readonly columns: Partial<Record<DealField, string | null>>;
  readonly repBy: RepMatch;
  readonly dateFormat: DateFormatChoice;
  /** The pattern written when dateFormat is CUSTOM. */
  readonly datePattern: string;
  readonly currency: string;
  readonly stageNames: readonly StagePair[];
  /** Create the accounts / products the file names that are not stored, instead of refusing the rows. */
  readonly createAccounts: boolean;
  readonly createProducts: boolean;
  /** CSV rep value -> a stored rep's name (or email with repBy EMAIL), for a file naming reps by an id. */
  readonly repNames: Readonly<Record<string, string>>;
  /** Implausible rows to refuse; rows with any other warning are stored and flagged. */
  readonly refuseWarnings: readonly DealWarning[];
}

// Header names other CRMs commonly use for each field, compared without case, spaces or punctuation.
const SYNONYMS: Readonly<Record<DealField, readonly string[]>> = {
  externalId: ['opportunityid', 'dealid', 'externalid', 'id', 'recordid'],
  stage: ['dealstage', 'stage', 'stagename', 'status'],
  rep: ['salesagent', 'rep', 'owner', 'salesrep', 'repemail', 'owneremail', 'ownername', 'agent'],
  account: ['account', 'accountname', 'company', 'customer'],
  product: ['product', 'productname'],
  amount: ['closevalue', 'amount', 'value', 'dealvalue'],
  engageDate: ['engagedate', 'createddate', 'created', 'opendate'],
  expectedCloseDate: ['expectedclosedate', 'expectedclose'],
  closeDate: ['closedate', 'closeddate'],
};

/** A first guess of which header column holds which field; the user corrects it. */
export function guessColumns(header: readonly string[]): Partial<Record<DealField, string>> {
  return guessColumnsBySynonyms(header, SYNONYMS);
}

/** The API input for a complete draft; null while a required column is not chosen. */
export function toMappingInput(draft: MappingDraft): DealImportMappingInput | null {
  const { externalId, stage } = draft.columns;
  if (!externalId || !stage) return null;
  const columns: DealColumnsInput = { externalId, stage };
  for (const field of DEAL_FIELDS) {
    const column = draft.columns[field];
    if (column && field !== 'externalId' && field !== 'stage') columns[field] = column;
  }
  const pairs = draft.stageNames.filter((pair) => pair.value.trim() !== '' && pair.stage !== '');
  const pattern = draft.datePattern.trim();
  if (draft.dateFormat === CUSTOM_DATE_FORMAT && !isDateFormat(pattern)) return null;
  return {
    columns,
    repBy: draft.repBy,
    ...(draft.dateFormat === CUSTOM_DATE_FORMAT
      ? { dateFormat: 'YMD_DASH', datePattern: pattern }
      : { dateFormat: draft.dateFormat }),
    currency: draft.currency.trim().toUpperCase(),
    stageNames: pairs.length
      ? Object.fromEntries(pairs.map((pair) => [pair.value.trim(), pair.stage]))
      : null,
    repNames: Object.keys(draft.repNames).length ? { ...draft.repNames } : null,
    createMissing: [
      ...(draft.createAccounts ? (['ACCOUNT'] as const) : []),
      ...(draft.createProducts ? (['PRODUCT'] as const) : []),
    ],
    refuseWarnings: DEAL_WARNINGS.filter((warning) => draft.refuseWarnings.includes(warning)),
  };
}

/** The pattern a choice stands for; null for a custom pattern that cannot be read. */
export function patternOf(choice: DateFormatChoice, customPattern: string): string | null {
  if (choice !== CUSTOM_DATE_FORMAT) return DATE_FORMAT_PATTERNS[choice];
  return isDateFormat(customPattern.trim()) ? customPattern.trim() : null;
}

/** The cells of the mapped date columns in the file's first rows, empty ones left out. */
export function sampleDates(
  columns: MappingDraft['columns'],
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const positions = DATE_FIELDS.map((field) => columns[field])
    .filter((column): column is string => !!column)
    .map((column) => header.indexOf(column))
    .filter((index) => index >= 0);
  return rows
    .flatMap((row) => positions.map((index) => (row[index] ?? '').trim()))
    .filter((cell) => cell !== '');
}

/** What the file's first dates say about the layouts. */
export interface DateCheck {
  /** Dates looked at. */
  readonly samples: number;
  /** The layouts that read (nearly) as many of them as the best one, most common first. */
  readonly readable: readonly DateFormat[];
  /** Two of those read some date as different days: the file alone cannot say which is meant. */
  readonly ambiguous: boolean;
  /** Dates the chosen layout cannot read (the first few), and how many there are. */
  readonly unreadable: readonly string[];
  readonly unreadableCount: number;
}

/** Checks the sample dates against every layout and against the chosen pattern (null: none chosen). */
export function checkDates(dates: readonly string[], pattern: string | null): DateCheck {
  const guess = guessDateFormat(dates);
  const byPattern = new Map(
    (Object.entries(DATE_FORMAT_PATTERNS) as [DateFormat, string][]).map(([name, p]) => [p, name]),
  );
  const failing = pattern === null ? [] : dates.filter((date) => parseDate(date, pattern) === null);
  return {
    samples: guess.samples,
    readable: guess.formats.flatMap((format) => byPattern.get(format) ?? []),
    ambiguous: guess.ambiguous,
    unreadable: failing.slice(0, 3),
    unreadableCount: failing.length,
  };
}

/**
 * A draft from the mapping an earlier import kept (ImportJob.mapping, parsed): its columns that this file's
 * header has, its layouts and names. Null when the text is not such a mapping.
 */
export function draftFromMapping(
  json: string | null | undefined,
  header: readonly string[],
): MappingDraft | null {
  let mapping: DealImportMappingInput;
  try {
    mapping = JSON.parse(json ?? 'null') as DealImportMappingInput;
  } catch {
    return null;
  }
  if (!mapping || typeof mapping !== 'object' || !mapping.columns) return null;
  const known = new Set(header);
  const columns = Object.fromEntries(
    DEAL_FIELDS.map((field) => {
      const column = mapping.columns[field as keyof DealColumnsInput];
      return [field, column && known.has(column) ? column : null];
    }),
  ) as MappingDraft['columns'];
  const creates = new Set(mapping.createMissing ?? []);
  return {
    columns,
    repBy: mapping.repBy ?? 'NAME',
    dateFormat: mapping.datePattern ? CUSTOM_DATE_FORMAT : (mapping.dateFormat ?? 'YMD_DASH'),
    datePattern: mapping.datePattern ?? '',
    currency: mapping.currency ?? 'USD',
    stageNames: Object.entries((mapping.stageNames as Record<string, string> | null) ?? {}).map(
      ([value, stage]) => ({ value, stage }),
    ),
    createAccounts: creates.has('ACCOUNT'),
    createProducts: creates.has('PRODUCT'),
    repNames: { ...((mapping.repNames as Record<string, string> | null) ?? {}) },
    refuseWarnings: DEAL_WARNINGS.filter((warning) => (mapping.refuseWarnings ?? []).includes(warning)),
  };
}
