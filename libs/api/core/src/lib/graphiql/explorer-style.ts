/** The page around GraphiQL: a slim banner, the gate card, and GraphiQL filling the rest. */
export const EXPLORER_STYLE = `
html, body { height: 100%; margin: 0; }
body {
  display: flex;
  flex-direction: column;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #1b1b1f;
  background: #f4f5f8;
}
[hidden] { display: none !important; }
.banner {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 12px;
  padding: 8px 16px;
  background: #fff;
  border-bottom: 1px solid #d9dbe3;
}
.brand { font-weight: 600; color: #005cbb; text-decoration: none; }
.title { color: #44474f; }
.spacer { flex: 1; }
.identity { font-weight: 500; }
.live { color: #8a3b00; }
.actions { display: flex; gap: 8px; }
button {
  font: inherit;
  padding: 5px 14px;
  border-radius: 6px;
  border: 1px solid #005cbb;
  background: #005cbb;
  color: #fff;
  cursor: pointer;
}
button.secondary { background: #fff; color: #005cbb; }
button:focus-visible, input:focus-visible, a:focus-visible { outline: 2px solid #005cbb; outline-offset: 2px; }
.gate { flex: 1; display: flex; align-items: flex-start; justify-content: center; padding: 48px 16px; }
.card {
  max-width: 560px;
  width: 100%;
  padding: 24px 28px;
  background: #fff;
  border: 1px solid #d9dbe3;
  border-radius: 12px;
}
.card h1 { margin: 0 0 12px; font-size: 22px; font-weight: 600; }
.gate-text { margin: 0 0 20px; font-size: 15px; }
.key-form label { display: block; margin-bottom: 6px; font-weight: 500; }
.key-row { display: flex; flex-wrap: wrap; gap: 8px; }
.key-row input {
  flex: 1 1 240px;
  min-width: 0;
  font: 13px ui-monospace, SFMono-Regular, Menlo, monospace;
  padding: 6px 10px;
  border: 1px solid #a9acb6;
  border-radius: 6px;
}
.help { margin: 6px 0 0; font-size: 13px; color: #5d6069; }
.error { margin: 6px 0 0; color: #ba1a1a; }
.error:empty { display: none; }
.back { margin: 20px 0 0; }
.back a { color: #005cbb; }
.status { color: #44474f; }
.graphiql { flex: 1; min-height: 0; }
.graphiql .graphiql-container { height: 100%; }
`;
