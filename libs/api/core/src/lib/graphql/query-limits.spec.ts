import { buildSchema, parse, specifiedRules, validate } from 'graphql';

import { maxAliasesRule, maxDepthRule, maxDirectivesRule } from './query-limits';

const schema = buildSchema(`
  type Team { name: String parent: Team }
  type Query { team: Team }
`);

const check = (query: string, rule: ReturnType<typeof maxDepthRule>) =>
  validate(schema, parse(query), [...specifiedRules, rule]).map((e) => e.message);

describe('query limits', () => {
  const nested = (depth: number) =>
    `{ team ${'{ parent '.repeat(depth - 2)}{ name }${' }'.repeat(depth - 2)} }`;

  it('should allow a query at the depth limit and refuse one level deeper', () => {
    expect(check(nested(4), maxDepthRule(4))).toEqual([]);
    expect(check(nested(5), maxDepthRule(4))).toEqual(['Query is nested 5 levels deep; the limit is 4']);
  });

  it('should count depth through fragments', () => {
    const query = '{ team { ...P } } fragment P on Team { parent { parent { name } } }';
    expect(check(query, maxDepthRule(3))).toEqual(['Query is nested 4 levels deep; the limit is 3']);
  });

  it('should refuse alias flooding past the limit', () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: team { name }`).join(' ')} }`;
    expect(check(aliases(3), maxAliasesRule(3))).toEqual([]);
    expect(check(aliases(4), maxAliasesRule(3))).toEqual(['Query uses more than 3 aliases']);
  });

  it('should refuse too many directives', () => {
    expect(check('{ team @include(if: true) { name @skip(if: false) } }', maxDirectivesRule(1))).toEqual([
      'Query uses more than 1 directives',
    ]);
  });
});
