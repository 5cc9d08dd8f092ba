/** The tab's one page; the script fills `main`. Styles stay inline so the page is one request. */
export const tabPageHtml = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Koers</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; margin: 0; color: #242424; background: #f5f5f5; }
  main { max-width: 52rem; margin: 0 auto; padding: 1.25rem; }
  h1 { font-size: 1.4rem; font-weight: 600; margin: 0 0 1rem; }
  h2 { font-size: 1.1rem; font-weight: 600; margin: 1.5rem 0 0.5rem; }
  section { background: #fff; border-radius: 8px; padding: 0.75rem 1rem; margin-bottom: 0.75rem; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
  section > h2:first-child { margin-top: 0.25rem; }
  .person { border-top: 1px solid #eee; padding: 0.75rem 0 0.25rem; }
  .person h3 { font-size: 1rem; margin: 0 0 0.25rem; }
  .facts, .subtle { color: #616161; font-size: 0.9rem; margin: 0.25rem 0; }
  .weeks { display: flex; gap: 4px; margin: 0.5rem 0 0; }
  .legend { display: flex; flex-wrap: wrap; gap: 1rem; font-size: 0.85rem; color: #616161; }
  .legend span { display: inline-flex; align-items: center; gap: 0.35rem; }
  ol.own { list-style: none; padding: 0; margin: 0; }
  ol.own li { padding: 0.4rem 0; border-bottom: 1px solid #eee; }
  ol.own li:last-child { border-bottom: 0; }
  .poll { border-top: 1px solid #eee; padding-top: 0.5rem; }
  .poll h3 { font-size: 1rem; margin: 0.5rem 0 0.25rem; }
  .poll h4 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
  .bars { display: grid; grid-template-columns: max-content 1fr max-content; gap: 0.25rem 0.5rem; align-items: center; font-size: 0.9rem; }
  .bar { display: block; height: 0.8rem; min-width: 2px; background: #5b5fc7; border-radius: 3px; }
</style>
</head>
<body>
<main id="koers" aria-live="polite"><p class="subtle">Koers laadt…</p></main>
<script src="/tab/app.js" defer></script>
</body>
</html>
`;
