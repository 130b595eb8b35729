import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import ts from 'typescript';

// The query layer (docs/decisions/0013): SQL lives in `*.queries.ts` files, written with the `sql` tag so a
// value can never be spliced into the text. These lists only shrink: a file that no longer needs its
// place must leave it, so the rule holds for everything moved.
const ROOT = resolve(__dirname, '../../../..');
const SQL = /\b(SELECT\s|INSERT INTO|UPDATE\s+\w+\s+SET|DELETE FROM)/;

/**
 * Infrastructure that is SQL by nature (the tag itself, the cache and its data version, idempotency, audit)
 * and demo seeds.
 */
const SQL_BY_NATURE = [
  /\.queries\.ts$/,
  /\/demo\//,
  /^libs\/api\/core\/src\/lib\/(database\/sql|cache\/(computed-cache|data-version)|audit\/audit\.service|idempotency\/idempotency(\.plugin)?)\.ts$/,
  /^libs\/api\/pipeline\/src\/lib\/import\/upsert-deals\.ts$/,
  /^libs\/api\/org\/src\/lib\/org\.loaders\.ts$/,
];

/** Services that still hold SQL of their own: to move into their area's query files. */
const SQL_STILL_IN_SERVICES: string[] = [];

/** Files that still build a statement's text by interpolation outside the `sql` tag (`$${params.length}`). */
const TEXT_STILL_BUILT: string[] = [];

interface SqlFinding {
  file: string;
  /** Lines of string or template literals that read as SQL. */
  sql: number[];
  /** Lines of template literals with substitutions that read as SQL and are not `sql`-tagged. */
  built: number[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

function findSql(file: string, text: string): SqlFinding {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const finding: SqlFinding = { file, sql: [], built: [] };
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node): void => {
    if (
      ts.isTemplateExpression(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isStringLiteral(node)
    ) {
      const literal = ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
        : node.text;
      if (SQL.test(literal)) {
        finding.sql.push(lineOf(node));
        const tagged =
          ts.isTaggedTemplateExpression(node.parent) && node.parent.tag.getText(source) === 'sql';
        if (ts.isTemplateExpression(node) && !tagged) finding.built.push(lineOf(node));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return finding;
}

const findings = sourceFiles(resolve(ROOT, 'libs/api')).map((path) =>
  findSql(relative(ROOT, path), readFileSync(path, 'utf8')),
);

describe('the query layer', () => {
  it('should keep SQL in query files (and the infrastructure that is SQL by nature), nowhere new', () => {
    const outside = findings
      .filter((f) => f.sql.length > 0 && !SQL_BY_NATURE.some((pattern) => pattern.test(f.file)))
      .map((f) => f.file);
    expect(outside.filter((file) => !SQL_STILL_IN_SERVICES.includes(file))).toEqual([]);
    // A service whose SQL has moved leaves the list, so it cannot gain SQL again unnoticed.
    expect(SQL_STILL_IN_SERVICES.filter((file) => !outside.includes(file))).toEqual([]);
  });

  it('should never build a statement by splicing text into it outside the sql tag', () => {
    const built = findings.filter((f) => f.built.length > 0).map((f) => `${f.file}:${f.built.join(',')}`);
    expect(built.filter((entry) => !TEXT_STILL_BUILT.includes(entry.split(':')[0]))).toEqual([]);
    expect(TEXT_STILL_BUILT.filter((file) => !built.some((entry) => entry.startsWith(`${file}:`)))).toEqual(
      [],
    );
  });

  it('should tell a tagged statement from a built one', () => {
    const sample = [
      'const a = sql`SELECT id FROM rep WHERE team_id = ${teamId}`;',
      'const b = `SELECT id FROM rep WHERE team_id = ${teamId}`;',
      "const c = 'DELETE FROM rep WHERE id = $1';",
      'const d = `no statement ${here}`;',
    ].join('\n');
    expect(findSql('sample.ts', sample)).toEqual({ file: 'sample.ts', sql: [1, 2, 3], built: [2] });
  });
});
