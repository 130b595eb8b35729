import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { TestApp } from '../testing/test-app';

describe('security headers (helmet) on the portal, the API and the explorer', () => {
  let t: TestApp;
  let origin: string;
  let portalDir: string;

  beforeAll(async () => {
    portalDir = mkdtempSync(join(tmpdir(), 'salesops-portal-'));
    writeFileSync(join(portalDir, 'index.html'), '<!doctype html><title>portal</title>');
    t = await TestApp.start({ PORTAL_DIR: portalDir });
    origin = new URL(t.url).origin;
  });

  afterAll(async () => {
    await t.stop();
    rmSync(portalDir, { recursive: true, force: true });
  });

  it.each(['/', '/reps', '/index.html'])(
    'should send a CSP, X-Frame-Options and nosniff with the portal page %s',
    async (path) => {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toMatch(/script-src 'self' 'unsafe-hashes' 'sha256-[^']+'(;|$)/);
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    },
  );

  it('should send them with API answers and refusals too', async () => {
    for (const response of [
      await fetch(`${origin}/health`),
      await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      }),
    ]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it("should keep the explorer's own stricter policy at /graphiql", async () => {
    const response = await fetch(`${origin}/graphiql`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("form-action 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
