import { CompiledExecution } from '@salesops/api/core';

import { TestApp } from '../testing/test-app';

// Queries run as code compiled per document (graphql-jit, decision 0037). The whole API suite runs with
// GRAPHQL_COMPILE_AFTER=1; this spec holds the compiled answers to graphql-js's own, byte for byte, on the
// same database, for answers with data, with errors, with null bubbling and with refused variables.
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  as: 'admin' | 'rep';
  /** What graphql-js answers: data only, errors only (data null or absent), or both. */
  answers: 'data' | 'errors' | 'both';
}

const CASES: Case[] = [
  {
    answers: 'data',
    name: 'a page of reps with their team, a total and cursors',
    as: 'admin',
    query: `{ reps(first: 7, sort: { field: NAME, direction: ASC }) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name email team { name } } } } }`,
  },
  {
    answers: 'data',
    name: 'won deals by amount with money and dates',
    as: 'admin',
    query: `{ deals(first: 5, filter: { stageKind: WON }, sort: { field: AMOUNT, direction: DESC }) {
      edges { node { externalId amount { amount currency } closeDate repName } } } }`,
  },
  {
    answers: 'data',
    name: 'a leaderboard with aliases, a fragment and @include/@skip from variables',
    as: 'admin',
    variables: { withRate: true, noPipeline: true },
    query: `query($withRate: Boolean!, $noPipeline: Boolean!) {
      board: leaderboard(period: "FY2017-Q3", first: 3) { rows { ...row winRate @include(if: $withRate)
        openPipeline @skip(if: $noPipeline) { amount } } }
      __typename }
      fragment row on RepPerformance { rank repName wonRevenue { amount } }`,
  },
  {
    answers: 'data',
    name: 'string literals and aliases written to break out of generated code',
    as: 'admin',
    query: `{ a: reps(first: 3, filter: { search: "\\"); globalThis.pwned = 1; (\\"" }) { totalCount }
      b: reps(first: 3, filter: { search: "\`\${globalThis.pwned = 2}\`\\u2028</script>" }) { totalCount }
      __proto__x: reps(first: 1, filter: { search: "constructor" }) { totalCount } }`,
  },
  {
    answers: 'errors',
    name: 'a root field that is not found (null bubbles to data)',
    as: 'admin',
    variables: { id: UNKNOWN_ID },
    query: 'query($id: ID!) { me { name } rep(id: $id) { name } }',
  },
  {
    answers: 'errors',
    name: 'a field refused to a rep',
    as: 'rep',
    query: '{ me { name } apiKeys { id } }',
  },
  {
    answers: 'errors',
    name: 'an argument refused by validation, naming the field',
    as: 'admin',
    query: '{ reps(first: 500) { edges { node { id } } } }',
  },
  {
    answers: 'errors',
    name: 'a variable of the wrong type',
    as: 'admin',
    variables: { first: 'ten' },
    query: 'query($first: Int!) { reps(first: $first) { edges { node { id } } } }',
  },
  {
    answers: 'errors',
    name: 'a strict DateTime variable that does not exist',
    as: 'admin',
    variables: { from: '2017-02-30T00:00:00Z' },
    query:
      'query($from: DateTime!) { auditEvents(first: 1, filter: { from: $from }) { edges { node { id } } } }',
  },
];

describe('compiled execution', () => {
  let compiled: TestApp;
  let interpreted: TestApp;
  let tokens: Record<Case['as'], string>;

  beforeAll(async () => {
    compiled = await TestApp.start();
    interpreted = await TestApp.beside(compiled, { GRAPHQL_COMPILE_AFTER: '0' });
    tokens = {
      admin: await compiled.login('admin@salesops.demo', 'demo-admin'),
      rep: await compiled.login('zane.levy@salesops.demo'),
    };
  }, 120_000);

  afterAll(async () => {
    await interpreted?.stop();
    await compiled?.stop();
  });

  async function raw(app: TestApp, { query, variables }: Case, token: string) {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
    return { status: response.status, body: await response.text() };
  }

  it.each(CASES)('should answer $name compiled exactly as graphql-js does', async (item) => {
    const before = compiled.app.get(CompiledExecution).compiledCount;
    const expected = await raw(interpreted, item, tokens[item.as]);
    const actual = await raw(compiled, item, tokens[item.as]);
    expect(actual).toEqual(expected);
    const { data, errors } = JSON.parse(expected.body) as { data?: object | null; errors?: unknown[] };
    expect({ data: !!data, errors: !!errors?.length }).toEqual({
      data: item.answers !== 'errors',
      errors: item.answers !== 'data',
    });
    // It really ran compiled: graphql-jit coerces the variables too, so a refused one counts.
    expect(compiled.app.get(CompiledExecution).compiledCount).toBe(before + 1);
    expect(interpreted.app.get(CompiledExecution).compiledCount).toBe(0);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('should compile a document only from its second sighting when set to 2, and never a mutation', async () => {
    const twice = await TestApp.beside(compiled, { GRAPHQL_COMPILE_AFTER: '2' });
    try {
      const execution = twice.app.get(CompiledExecution);
      const query = '{ reps(first: 3) { edges { node { name } } } }';
      const first = await twice.gql(query, {}, tokens.admin);
      expect(execution.compiledCount).toBe(0);
      const second = await twice.gql(query, {}, tokens.admin);
      expect(execution.compiledCount).toBe(1);
      expect(second).toEqual(first);
      expect(first.data).toEqual({
        reps: { edges: expect.arrayContaining([{ node: { name: expect.any(String) } }]) },
      });
      for (let i = 0; i < 3; i++) {
        await twice.gql('mutation { logout }', {}, await twice.login('admin@salesops.demo', 'demo-admin'));
      }
      expect(execution.compiledCount).toBe(1);
    } finally {
      await twice.stop();
    }
  });
});
