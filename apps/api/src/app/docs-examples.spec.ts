import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { buildSchema, parse, validate } from 'graphql';

// Every GraphQL example in docs/ must run against the schema as it is: an integrator copies them.
const ROOT = resolve(__dirname, '../../../..');
const schema = buildSchema(readFileSync(resolve(ROOT, 'schema.graphql'), 'utf8'));
const PLACEHOLDER = /"<[a-z-]+>"/g;
const ANY_ID = '"00000000-0000-4000-8000-000000000000"';

/** The operations of each ```graphql block: a block holds several, each starting a line with `{`, `query`, `mutation` or a comment. */
function examples(): [string, string][] {
  return readdirSync(resolve(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      const text = readFileSync(resolve(ROOT, 'docs', name), 'utf8');
      return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((block) =>
        block[1]
          .split(/\n(?=\{|mutation|query|#)/)
          .map((part) => part.trim())
          .filter((part) => part && !part.startsWith('#'))
          .map((part): [string, string] => [`docs/${name}: ${part.split('\n')[0].slice(0, 70)}`, part]),
      );
    });
}

describe('GraphQL examples in the docs', () => {
  const all = examples();

  it('should find the examples (docs/api.md has many)', () => {
    expect(all.filter(([name]) => name.startsWith('docs/api.md')).length).toBeGreaterThan(15);
  });

  it.each(all)('%s: should be valid against the schema', (_name, operation) => {
    const errors = validate(schema, parse(operation.replace(PLACEHOLDER, ANY_ID))).map(
      (error) => error.message,
    );
    expect(errors).toEqual([]);
  });

  it('should refuse an example that names a field the schema does not have', () => {
    expect(validate(schema, parse('{ leaderboard(period: "FY2017") { rows { noSuchField } } }')).length).toBe(
      1,
    );
  });
});
