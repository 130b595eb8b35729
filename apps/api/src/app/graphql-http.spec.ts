import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

describe('GraphQL over HTTP, schema reading and query cost', () => {
  let t: TestApp;
  let admin: string;
  let rep: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    rep = await t.login('darcel.schlecht@salesops.demo');
  });

  afterAll(() => t.stop());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: GRAPHQL_RESPONSE,
        authorization: `Bearer ${admin}`,
        ...headers,
      },
      body: JSON.stringify(body),
    });

  describe('the GraphQL-over-HTTP rules', () => {
    it('should answer in application/graphql-response+json when asked, 200 for a result', async () => {
      const response = await post({ query: '{ me { email } }' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      expect(await response.json()).toEqual({ data: { me: { email: DEMO_ADMIN_EMAIL } } });
    });

    it.each([
      ['a document that does not parse', '{ me { email '],
      ['a field that does not exist', '{ nothing }'],
    ])('should answer 400 for %s', async (_name, query) => {
      const response = await post({ query });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toMatch(/GRAPHQL_(PARSE|VALIDATION)_FAILED/);
    });

    it('should run a query sent with GET, and refuse a mutation sent with GET', async () => {
      const get = (query: string) =>
        fetch(`${t.url}?query=${encodeURIComponent(query)}`, {
          headers: {
            accept: GRAPHQL_RESPONSE,
            authorization: `Bearer ${admin}`,
            'apollo-require-preflight': 'true',
          },
        });
      const query = await get('{ me { email } }');
      expect(query.status).toBe(200);
      const mutation = await get('mutation { logout }');
      expect(mutation.status).toBe(405);
      expect(mutation.headers.get('allow')).toBe('POST');
    });

    it('should refuse requests a browser could send cross-site without asking (CSRF)', async () => {
      const simpleGet = await fetch(`${t.url}?query=${encodeURIComponent('{ me { email } }')}`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(simpleGet.status).toBe(400);
      const simplePost = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query: 'mutation { logout }' }),
      });
      expect(simplePost.status).toBe(400);
      // The session was not ended by the refused request.
      expect((await t.gql('{ me { email } }', {}, admin)).data).toEqual({ me: { email: DEMO_ADMIN_EMAIL } });
    });
  });

  describe('reading the schema', () => {
    it('should let an admin introspect, and refuse reps and anonymous callers before running anything', async () => {
      expect(
        (
          await t.gql<{ __schema: { queryType: { name: string } } }>(
            '{ __schema { queryType { name } } }',
            {},
            admin,
          )
        ).data,
      ).toEqual({ __schema: { queryType: { name: 'Query' } } });
      for (const token of [rep, undefined]) {
        const result = await t.gql('{ __type(name: "Rep") { fields { name } } }', {}, token);
        expect(result.status).toBe(403);
        expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
        expect(result.data).toBeFalsy();
      }
      const hidden = await t.gql('query { me { id } ...on Query { __schema { types { name } } } }', {}, rep);
      expect(hidden.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('should suggest field names to admins only', async () => {
      const asRep = await t.gql('{ leaderbord(period: "FY2017") { rows { repName } } }', {}, rep);
      expect(asRep.errors?.[0]?.message).toBe('Cannot query field "leaderbord" on type "Query".');
      const asAdmin = await t.gql('{ leaderbord(period: "FY2017") { rows { repName } } }', {}, admin);
      expect(asAdmin.errors?.[0]?.message).toMatch(/Did you mean "leaderboard"\?/);
    });
  });

  describe('query cost', () => {
    const BOARD = `rows { rank repName teamName active dealsWon dealsLost winRate salesCycleDays openDeals attainment pipelineCoverage
      wonRevenue { amount minor currency } avgDealSize { amount minor currency } openPipeline { amount minor currency }
      weightedPipeline { amount minor currency } wonRevenueTarget { amount minor currency } }`;

    it("should allow the portal's biggest page", async () => {
      const result = await t.gql(`{ leaderboard(period: "FY2017", first: 500) { ${BOARD} } }`, {}, admin);
      expect(result.errors).toBeUndefined();
    });

    it('should refuse two such pages in one request, counting page sizes given as variables, before running it', async () => {
      const result = await t.gql(
        `query($n: Int!) { a: leaderboard(period: "FY2017", first: $n) { ${BOARD} } b: leaderboard(period: "FY2016", first: $n) { ${BOARD} } }`,
        { n: 500 },
        admin,
      );
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined(); // refused before execution: no resolver ran
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(result.errors?.[0]?.message).toMatch(/^Query would cost \d+; the limit is 25000/);
      const small = await t.gql(
        `query($n: Int!) { a: leaderboard(period: "FY2017", first: $n) { ${BOARD} } b: leaderboard(period: "FY2016", first: $n) { ${BOARD} } }`,
        { n: 10 },
        admin,
      );
      expect(small.errors).toBeUndefined();
    });
  });
});
