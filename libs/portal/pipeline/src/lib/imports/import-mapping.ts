import {
  type DateFormat,
  type DealColumnsInput,
  type DealImportMappingInput,
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

/** Date layouts with an example each; the examples read the same in every language. */
export const DATE_FORMAT_EXAMPLES: Readonly<Record<DateFormat, string>> = {
  YMD_DASH: '2017-03-31',
  DMY_SLASH: '31/03/2017',
  MDY_SLASH: '03/31/2017',
  DMY_DOT: '31.03.2017',
};

export interface StagePair {
  readonly value: string;
  readonly stage: string;
}

/** What the mapping form holds. */
export interface MappingDraft {
  readonly columns: Partial<Record<DealField, string | null>>;
  readonly repBy: RepMatch;
  readonly dateFormat: DateFormat;
  readonly currency: string;
  readonly stageNames: readonly StagePair[];
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
  const byKey = new Map(header.map((name) => [name.toLowerCase().replace(/[^a-z0-9]/g, ''), name]));
  const guess: Partial<Record<DealField, string>> = {};
  for (const field of DEAL_FIELDS) {
    const match = SYNONYMS[field].find((synonym) => byKey.has(synonym));
    if (match) guess[field] = byKey.get(match);
  }
  return guess;
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
  return {
    columns,
    repBy: draft.repBy,
    dateFormat: draft.dateFormat,
    currency: draft.currency.trim().toUpperCase(),
    stageNames: pairs.length
      ? Object.fromEntries(pairs.map((pair) => [pair.value.trim(), pair.stage]))
      : null,
  };
}
