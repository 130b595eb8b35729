import helmet from 'helmet';

/**
 * The one inline script the built portal has: Angular's critical-CSS step loads the full stylesheet with
 * `<link media="print" onload="this.media='all'">`. Allowed by its hash alone ('unsafe-hashes'), so no
 * other inline script or handler runs.
 */
const STYLESHEET_ONLOAD_HASH = "'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='";

/**
 * The portal's policy: its own scripts only, no inline script but the handler above, no plugins, no
 * framing, and requests only to its own origin (GraphQL, imports). Styles allow 'unsafe-inline' because
 * Angular inlines the critical CSS in index.html and adds each component's styles as a <style> element
 * at run time. GraphiQL (/graphiql) sends its own, stricter policy (explorer-page.ts).
 */
export const PORTAL_CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-hashes'", STYLESHEET_ONLOAD_HASH],
  'script-src-attr': ["'unsafe-hashes'", STYLESHEET_ONLOAD_HASH],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Security headers on every answer (helmet): the CSP above, `X-Frame-Options: DENY`, `nosniff`,
 * `Referrer-Policy: no-referrer`, cross-origin isolation of our resources, and HSTS (ignored by browsers
 * over plain HTTP, so the demo on http://localhost still works). No `upgrade-insecure-requests`: the API
 * may be served over plain HTTP inside a network, and that directive would break every request there.
 */
export function securityHeadersMiddleware(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: PORTAL_CSP_DIRECTIVES },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: { maxAge: 180 * 24 * 60 * 60, includeSubDomains: false },
  });
}
