import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { TestApp } from '../testing/test-app';

/** A raw GET (fetch would undo the compression this checks): status, headers and the bytes as sent. */
function get(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    request(url, { headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', fail)
      .end();
  });
}

describe('portal files, compressed', () => {
  let t: TestApp;
  let root: string;
  let portalDir: string;
  let origin: string;
  const script = `export const texts = ${JSON.stringify(Array.from({ length: 2_000 }, (_, i) => `text ${i}`))};\n`;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'salesops-assets-'));
    portalDir = join(root, 'portal');
    mkdirSync(join(portalDir, 'media'), { recursive: true });
    writeFileSync(join(portalDir, 'index.html'), '<!doctype html><title>portal</title>');
    writeFileSync(join(portalDir, 'main-ABC123.js'), script);
    writeFileSync(join(portalDir, 'media', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    // Beside the portal, not in it: must never be served.
    writeFileSync(join(root, 'secret.js'), 'export const secret = 1;');
    t = await TestApp.start({ PORTAL_DIR: portalDir });
    origin = new URL(t.url).origin;
  });

  afterAll(async () => {
    await t.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('should send a script brotli-compressed, or gzipped, to a browser that accepts it, the same bytes unpacked', async () => {
    const br = await get(`${origin}/main-ABC123.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['vary']).toContain('Accept-Encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=3600');
    expect(br.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gzip = await get(`${origin}/main-ABC123.js`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    // The page's own security headers come with it.
    expect(gzip.headers['x-content-type-options']).toBe('nosniff');
  });

  it('should send the file as it is to a client that accepts no compression, or refuses brotli', async () => {
    const plain = await get(`${origin}/main-ABC123.js`, { 'accept-encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    const noBrotli = await get(`${origin}/main-ABC123.js`, { 'accept-encoding': 'br;q=0, gzip' });
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
  });

  it('should leave other files, unknown names and paths out of the portal to the usual handlers, and answer HEAD', async () => {
    const image = await get(`${origin}/media/logo.png`, { 'accept-encoding': 'br' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect([...image.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    for (const path of ['/../secret.js', '/%2e%2e/secret.js', '/..%2fsecret.js', '/nothing-here.js']) {
      const answer = await get(`${origin}${path}`, { 'accept-encoding': 'br' });
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.body.toString()).not.toContain('secret');
    }
    const head = await get(`${origin}/main-ABC123.js`, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.body.length).toBe(0);
  });
});
