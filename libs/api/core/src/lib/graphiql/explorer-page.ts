import { type ExplorerAssets } from './explorer-assets';

/**
 * The page runs only our own files: no inline script, nothing from another origin. GraphiQL's dialogs
 * (settings, shortcuts) inject <style> tags and its fonts are data: URLs, hence those two exceptions.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  // The API key form is handled in script; should that fail, the key must not land in a URL.
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const EXPLORER_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': EXPLORER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-cache',
};

/** The page: a banner, a gate for callers who may not read the schema, and the GraphiQL mount point. */
export function explorerPage(assets: ExplorerAssets): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API explorer · Sales Ops</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${assets.style.url}" />
    <script src="${assets.script.url}" defer></script>
  </head>
  <body>
    <header class="banner" data-testid="explorer-banner">
      <a class="brand" href="/">Sales Ops</a>
      <span class="title">API explorer</span>
      <span class="spacer"></span>
      <span id="explorer-identity" class="identity" data-testid="explorer-identity"></span>
      <span id="explorer-live" class="live" hidden>Queries and mutations run for real.</span>
      <span id="explorer-actions" class="actions"></span>
    </header>
    <main id="explorer-gate" class="gate" data-testid="explorer-gate">
      <p class="status" data-testid="explorer-status">Loading the API explorer…</p>
      <noscript><p>The API explorer needs JavaScript.</p></noscript>
    </main>
    <div id="graphiql" class="graphiql" data-testid="explorer-graphiql" hidden></div>
  </body>
</html>
`;
}
