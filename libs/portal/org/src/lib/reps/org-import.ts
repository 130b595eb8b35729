import { guessColumnsBySynonyms, parseCsv } from '@salesops/domain';
import { type OrgRowInput } from '@salesops/portal/data-access';

export const ORG_FIELDS = ['rep', 'email', 'manager', 'team', 'region'] as const;
export type OrgField = (typeof ORG_FIELDS)[number];

// Header names org files commonly use, compared without case, spaces or punctuation.
const SYNONYMS: Readonly<Record<OrgField, readonly string[]>> = {
  rep: ['salesagent', 'rep', 'repname', 'agent', 'name', 'salesrep', 'fullname'],
  email: ['email', 'repemail', 'emailaddress', 'agentemail'],
  manager: ['manager', 'managername', 'salesmanager'],
  team: ['team', 'teamname'],
  region: ['regionaloffice', 'region', 'office', 'territory'],
};

/** A first guess of which header column holds which field; the user corrects it. */
export function guessOrgColumns(header: readonly string[]): Partial<Record<OrgField, string>> {
  return guessColumnsBySynonyms(header, SYNONYMS);
}

/** An org file read whole: its header and data rows, each with its line. */
export interface OrgFile {
  readonly header: readonly string[];
  readonly rows: readonly { line: number; cells: readonly string[] }[];
}

/** Reads an org file (small: one row a person); null when it has no header. */
export function readOrgFile(text: string): OrgFile | null {
  let rows: string[][];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const [header, ...data] = rows;
  if (!header || header.every((name) => name.trim() === '')) return null;
  const lines = data
    .map((cells, index) => ({ line: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  return { header: header.map((name) => name.trim()), rows: lines };
}

/** The API's rows from the file, each field from its chosen column; null while no rep column is chosen. */
export function toOrgRows(
  file: OrgFile,
  columns: Partial<Record<OrgField, string | null>>,
): OrgRowInput[] | null {
  if (!columns.rep) return null;
  const index = (field: OrgField) => (columns[field] ? file.header.indexOf(columns[field] as string) : -1);
  const positions = Object.fromEntries(ORG_FIELDS.map((field) => [field, index(field)])) as Record<
    OrgField,
    number
  >;
  return file.rows.map(({ line, cells }) => {
    const cell = (field: OrgField) =>
      positions[field] >= 0 ? (cells[positions[field]] ?? '').trim() || null : null;
    return {
      line,
      rep: cell('rep') ?? '',
      email: cell('email'),
      manager: cell('manager'),
      team: cell('team'),
      region: cell('region'),
    };
  });
}
