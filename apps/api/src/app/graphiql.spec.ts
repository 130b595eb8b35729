import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { getIntrospectionQuery } from 'graphql';

import { TestApp } from '../testing/test-app';

const CREATE_KEY = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }';
const GATE_TEXT =
  "The API explorer is for admins and integrators' API keys. Sign in to the portal as an admin, or paste an API key.";
// http(s) URLs, and protocol-relative ones in attributes, strings or CSS url().
const EXTERNAL_URL = /\bhttps?:\/\/|["'(=]\/\/[a-z0-9]/i;

describe('the API explorer (GraphiQL) served by the API', () => {
  let t: TestApp;
  let origin: string;
  let admin: string;
  let rep: string;
  let key: string;

  beforeAll(async () => {
    t = await TestApp.start();
    origin = new URL(t.url).origin;
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    rep = await t.login('darcel.schlecht@salesops.demo');
    const created = await t.gql<{ createApiKey: { key: string } }>(
      CREATE_KEY,
      { input: { name: 'Explorer test', scopes: ['READ'] } },
      admin,
    );
    key = created.data?.createApiKey.key as string;
  });

  afterAll(() => t.stop());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers });

  /** The asset URLs the page loads: its own tags, and the ones the bootstrap loads once access is checked. */
  async function assetUrls(): Promise<{ page: string; bootstrap: string; urls: string[] }> {
    const page = await (await get('/graphiql')).text();
    const tagged = [...page.matchAll(/(?:src|href)="(\/graphiql\/assets\/[^"]+)"/g)].map((m) => m[1]);
    const bootstrapUrl = tagged.find((url) => url.includes('/explorer.js'));
    const bootstrap = await (await get(bootstrapUrl as string)).text();
    const loaded = [...bootstrap.matchAll(/"(\/graphiql\/assets\/[^"]+)"/g)].map((m) => m[1]);
    return { page, bootstrap, urls: [...tagged, ...loaded] };
  }

  describe('the page', () => {
    it('should be served to anyone as HTML with a strict Content-Security-Policy and no inline script', async () => {
      const response = await get('/graphiql');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = Object.fromEntries(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values.join(' ')]),
      );
      expect(directives).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'connect-src': "'self'",
        'img-src': "'self' data:",
        'frame-ancestors': "'none'",
      });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');

      const html = await response.text();
      expect(html).toContain('<div id="graphiql"');
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // every script is a file
      expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
      expect(html).not.toMatch(EXTERNAL_URL);
    });

    it('should load only files of its own, the bootstrap naming the gate text and talking to /graphql alone', async () => {
      const { bootstrap, urls } = await assetUrls();
      expect(urls.map((url) => url.replace(/\?.*/, '')).sort()).toEqual(
        [
          'explorer.css',
          'explorer.js',
          'graphiql.min.css',
          'graphiql.min.js',
          'react-dom.production.min.js',
          'react.production.min.js',
        ].map((name) => `/graphiql/assets/${name}`),
      );
      expect(bootstrap).not.toMatch(EXTERNAL_URL);
      expect(bootstrap).toContain(GATE_TEXT);
      expect([...bootstrap.matchAll(/fetch\('([^']+)'/g)].map((m) => m[1])).toEqual(['/graphql']);
      // The key is kept for the tab only.
      expect(bootstrap).toContain('sessionStorage');
      expect(bootstrap).not.toMatch(/localStorage\.setItem|local\.setItem/);
    });
  });

  describe('the files', () => {
    it('should serve each with its content type, nosniff and a year of caching, GraphiQL and React from node_modules', async () => {
      const { urls } = await assetUrls();
      for (const url of urls) {
        const response = await get(url);
        expect({ url, status: response.status }).toEqual({ url, status: 200 });
        expect(response.headers.get('content-type')).toBe(
          url.includes('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
        );
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        expect(url).toMatch(/\?v=[\w.-]+$/); // a new version is a new URL
      }
      const graphiqlDir = dirname(require.resolve('graphiql/package.json'));
      const graphiql = await get(urls.find((url) => url.includes('graphiql.min.js')) as string);
      expect(graphiql.headers.get('content-encoding')).toBe('gzip'); // fetch asked for it, and undoes it
      expect(await graphiql.text()).toBe(readFileSync(join(graphiqlDir, 'graphiql.min.js'), 'utf8'));
      const css = await (await get(urls.find((url) => url.includes('graphiql.min.css')) as string)).text();
      expect(css).not.toMatch(/url\(\s*["']?(https?:)?\/\//i); // its fonts are inline
    });

    it('should answer 304 to a browser that has the file already', async () => {
      const { urls } = await assetUrls();
      const first = await get(urls[0]);
      // As a browser revalidates (fetch() alone would add "Cache-Control: no-cache" to a conditional request).
      const again = await get(urls[0], {
        'if-none-match': first.headers.get('etag') as string,
        'cache-control': 'max-age=0',
      });
      expect(again.status).toBe(304);
    });

    it.each([
      'graphiql.js',
      'package.json',
      'react.development.js',
      'index.js',
      'umd%2Freact.production.min.js',
      '..%2F..%2Fpackage.json',
      '..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    ])('should answer 404 for %s, which is not on the allow-list', async (name) => {
      const response = await get(`/graphiql/assets/${name}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBeNull();
    });
  });

  describe('reading the schema, as the explorer asks for it', () => {
    // What the bootstrap sends: JSON (which a browser must preflight, so Apollo's CSRF check passes) and a bearer token.
    const explorerPost = (token: string | undefined, body: unknown) =>
      fetch(t.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json;q=0.9',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const introspection = {
      query: getIntrospectionQuery({ inputValueDeprecation: true }),
      operationName: 'IntrospectionQuery',
    };

    it.each([
      ['an admin', () => admin],
      ['an API key', () => key],
    ])("should give %s GraphiQL's full introspection", async (_who, token) => {
      const check = await explorerPost(token(), { query: '{ __schema { queryType { name } } }' });
      expect(await check.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      const response = await explorerPost(token(), introspection);
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        errors?: unknown;
        data: { __schema: { types: { name: string }[] } };
      };
      expect(body.errors).toBeUndefined();
      expect(body.data.__schema.types.map((type) => type.name)).toEqual(
        expect.arrayContaining(['Query', 'Mutation', 'Rep', 'RepConnection']),
      );
    });

    it.each([
      ['a rep', () => rep],
      ['an anonymous caller', () => undefined],
      ['a revoked or mistyped key', () => `${key.slice(0, -4)}AAAA`],
    ])('should refuse %s with FORBIDDEN before running anything', async (_who, token) => {
      const response = await explorerPost(token(), introspection);
      expect(response.status).toBe(403);
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    });
  });
});
