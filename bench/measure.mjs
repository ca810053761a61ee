// Loads dist/ and a bare static HTML page of the same article in headless Chromium on an
// emulated phone (390×844 ×3, 4× CPU slowdown, 1.6 Mbps down / 150 ms RTT), served with
// brotli from loopback, and prints the median of each measure plus the bundle's sizes.
import { createServer } from 'node:http';
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { extname, join, resolve } from 'node:path';
import { launch, PHONE } from '../tests/e2e/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const RUNS = Number(process.argv[2] ?? 5);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

/** The article as a plain HTML page with the app's stylesheet inlined, as the app inlines
 *  it: the lower bound. */
async function barePage() {
  const css = await readFile(join(ROOT, 'static/style.css'), 'utf8');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = (await readFile(join(ROOT, 'content/article.txt'), 'utf8'))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) =>
      l.startsWith('## ') ? `<h2 class="section-heading">${esc(l.slice(3))}</h2>`
      : l.startsWith('# ') ? `<h1 class="headline">${esc(l.slice(2))}</h1>`
      : l.startsWith('@byline ') ? `<p class="byline">${esc(l.slice(8))}</p>`
      : l.startsWith('@photo ') ? `<figure class="photo"><figcaption>${esc(l.slice(7))}</figcaption></figure>`
      : `<p class="paragraph">${esc(l)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bare</title><style>${css}</style></head><body><main class="page"><article class="story">${body}</article></main></body></html>`;
}

/** What a first load of the page fetches: the page, its JS and WASM, the icon. */
const FIRST_LOAD = (name) =>
  name === 'index.html' || (/\.(js|wasm|css)$/.test(name) && name !== 'embed.js') || name.startsWith('favicon');

async function files() {
  const out = {};
  for (const name of (await readdir(DIST)).filter(FIRST_LOAD)) {
    const raw = await readFile(join(DIST, name));
    out['/' + name] = { raw, br: brotli(raw), gz: gzipSync(raw, { level: 9 }) };
  }
  const bare = Buffer.from(await barePage());
  out['/bare.html'] = { raw: bare, br: brotli(bare), gz: gzipSync(bare, { level: 9 }) };
  return out;
}

function serve(table) {
  const server = createServer((req, res) => {
    let path = new URL(req.url, 'http://x').pathname;
    if (path === '/') path = '/index.html';
    const f = table[path];
    if (!f) return res.writeHead(404).end();
    const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...(br ? { 'content-encoding': 'br' } : {}), 'cache-control': 'no-store' });
    res.end(br ? f.br : f.raw);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// Recorded in the page from its first byte: paints, layout shifts, and when the article text
// and every chart are there.
const PROBE = () => {
  window.__bench = { cls: 0, lcp: 0, text: 0, charts: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  // The largest paint is the article's text (a paragraph or the headline): when it is painted,
  // the reader can read.
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      window.__bench.lcp = e.startTime;
      window.__bench.lcpText = !!e.element?.closest('.paragraph, .headline, .story, article');
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  window.__bench.events = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (['pointerdown', 'pointerup', 'click'].includes(e.name)) window.__bench.events.push(e.duration); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const check = () => {
    const b = window.__bench;
    if (!b.text && document.querySelectorAll('.paragraph').length > 20) b.text = performance.now();
    const canvases = [...document.querySelectorAll('figure.chart canvas')];
    const drawn = (c) => c.width === Math.round(c.getBoundingClientRect().width * devicePixelRatio);
    if (!b.charts && canvases.length && canvases.every(drawn)) b.charts = performance.now();
    if (!b.text || (!b.charts && !document.title.startsWith('bare'))) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

async function load(browser, url, isApp) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(PROBE);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction((app) => window.__bench.text && (!app || window.__bench.charts), isApp, { timeout: 60000 });
  await page.waitForTimeout(300);
  const m = await page.evaluate(() => ({ ...window.__bench, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0 }));
  // Article text visible: the paint of the largest text block (LCP), once the text is in the
  // document at all.
  if (!m.lcpText) throw new Error(`${url}: the largest paint is not the article text`);
  m.text = Math.max(m.lcp, m.fcp);
  if (isApp) {
    // Click → quote: a real tap on a figure, timed by the browser's Event Timing API (as INP
    // is): from the input to the next paint, which shows the quote card. The first tap of a
    // page, then the median of five more on other figures.
    const ids = await page.$$eval('button.figure', (bs) => bs.map((b) => b.id));
    const clicks = [];
    for (const id of [ids[0], ...ids.slice(5, 30).filter((_, i) => i % 5 === 0)]) {
      await page.evaluate(() => { window.__bench.events = []; });
      await page.locator(`#${id}`).click();
      await page.locator(`#${id.replace('fig-', 'quote-')}`).waitFor();
      await page.waitForFunction(() => window.__bench.events.length > 0, null, { timeout: 5000 }).catch(() => {});
      // Event Timing reports only inputs of 16 ms or more: none means a faster one.
      clicks.push(await page.evaluate(() => Math.max(0, ...window.__bench.events)) || 16);
      await page.waitForTimeout(400);
    }
    m.firstClick = clicks[0];
    m.click = clicks.slice(1).sort((a, b) => a - b)[2];
    // Redraw on resize: every canvas at its new backing width.
    const t0 = Date.now();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForFunction(() => [...document.querySelectorAll('figure.chart canvas')].every((c) => c.width === Math.round(c.getBoundingClientRect().width * devicePixelRatio)));
    m.resize = Date.now() - t0;
  }
  await context.close();
  return m;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

const table = await files();
const server = await serve(table);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const app = [], bare = [];
for (let i = 0; i < RUNS; i++) {
  app.push(await load(browser, `${base}/`, true));
  bare.push(await load(browser, `${base}/bare.html`, false));
}
await browser.close();
server.close();

console.log(`Bundle (KiB)           raw    gzip  brotli`);
let total = [0, 0, 0];
for (const [name, f] of Object.entries(table)) {
  if (name === '/bare.html') continue;
  total = [total[0] + f.raw.length, total[1] + f.gz.length, total[2] + f.br.length];
  console.log(`  ${name.slice(1).padEnd(20).slice(0, 20)}${kb(f.raw.length)} ${kb(f.gz.length)} ${kb(f.br.length)}`);
}
console.log(`  ${'total'.padEnd(20)}${kb(total[0])} ${kb(total[1])} ${kb(total[2])}`);
console.log(`\nPhone 390×844 ×3, CPU 4× slower, 1.6 Mbps / 150 ms RTT; median of ${RUNS} runs (ms)`);
console.log(`  measure               app    bare   app/bare`);
for (const key of ['fcp', 'text', 'lcp']) {
  const a = median(app.map((m) => m[key])), b = median(bare.map((m) => m[key]));
  console.log(`  ${key.padEnd(18)}${a.toFixed(0).padStart(7)} ${b.toFixed(0).padStart(7)}   ${(a / b).toFixed(2)}`);
}
console.log(`  all charts drawn  ${median(app.map((m) => m.charts)).toFixed(0).padStart(7)}`);
console.log(`  click → quote     ${median(app.map((m) => m.click)).toFixed(0).padStart(7)}   (input to next paint, Event Timing; first tap of a page: ${median(app.map((m) => m.firstClick)).toFixed(0)})`);
console.log(`  resize → redrawn  ${median(app.map((m) => m.resize)).toFixed(0).padStart(7)}`);
console.log(`  CLS               ${median(app.map((m) => m.cls)).toFixed(4).padStart(7)} ${median(bare.map((m) => m.cls)).toFixed(4).padStart(7)}`);
