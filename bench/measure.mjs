// Loads dist/ (or $DIST) and a bare page of the same article in headless Chromium on an
// emulated phone (390×844 ×3, 4× CPU slowdown, 1.6 Mbps down / 150 ms RTT), served with brotli
// from loopback, and prints the median of each measure, the bare page's beside the app's.
// Each run loads the app twice: once untouched (text, charts, blocking time, then a scroll to
// every chart and the layout shift of all of it), once with a tap on a figure at the moment
// the text is painted.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname, join, relative, resolve } from 'node:path';
import { launch, PHONE } from '../tests/e2e/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(process.env.DIST ?? join(ROOT, 'dist'));
const RUNS = Number(process.argv[2] ?? 5);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv' };

const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

/** The physical limit: the article's paragraphs as plain <p> in a minimal HTML document, no
 *  stylesheet, no script. */
async function barePage() {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = (await readFile(join(ROOT, 'content/article.txt'), 'utf8'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('@photo '))
    .map((l) =>
      l.startsWith('## ') ? `<h2>${esc(l.slice(3))}</h2>`
      : l.startsWith('# ') ? `<h1>${esc(l.slice(2))}</h1>`
      : `<p>${esc(l.replace(/^@byline /, ''))}</p>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bare</title></head><body>${body}</body></html>`;
}

/** What a first load of the page fetches before any scrolling: the page, its JS and WASM, the
 *  icon (pictures are lazy; those in the first screen are counted in the run itself). */
const FIRST_LOAD = (name) =>
  name === 'index.html' || (/\.(js|wasm|css)$/.test(name) && name !== 'embed.js') || /^favicon[^.]*\.svg$/.test(name);

async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    out.push(...(e.isDirectory() ? await walk(path) : [path]));
  }
  return out;
}

/** Every file of dist/, compressed on first request. */
async function files() {
  const out = {};
  for (const path of await walk(DIST)) {
    const raw = await readFile(path);
    const entry = { raw };
    Object.defineProperty(entry, 'br', { get() { return (this._br ??= brotli(raw)); } });
    out['/' + relative(DIST, path)] = entry;
  }
  out['/bare.html'] = { raw: Buffer.from(await barePage()) };
  out['/bare.html'].br = brotli(out['/bare.html'].raw);
  return out;
}

function serve(table) {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/') path = '/index.html';
    const f = table[path];
    if (!f) return res.writeHead(404).end();
    const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...(br ? { 'content-encoding': 'br' } : {}), 'cache-control': 'no-store' });
    res.end(br ? f.br : f.raw);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// Recorded in the page from its first byte: paints, long tasks, layout shifts, and when the
// article text and the charts in the first screen are there.
const PROBE = () => {
  const b = (window.__bench = { cls: 0, lcp: 0, lcpText: false, longTasks: [], chartsInView: 0, inView: -1 });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) b.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  // The largest text paint is the article's text: when it is painted, the reader can read.
  // (Only text entries: a chart's picture may be the largest paint later, not what "text
  // visible" means.)
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      if (e.element?.closest('p, h1, h2') && !e.element.closest('figure.chart')) {
        b.lcp = e.startTime;
        b.lcpText = true;
      }
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // The first tap, by its touch's own time stamp (waiting in the queue counts).
  document.addEventListener('pointerdown', (e) => { b.tapAt ??= e.timeStamp; }, { capture: true });
  const drawn = (c) => c.width === Math.round(c.getBoundingClientRect().width * devicePixelRatio);
  const check = () => {
    const boxes = [...document.querySelectorAll('figure.chart canvas')];
    if (document.readyState !== 'loading' && b.inView < 0) {
      // The charts in the first screen, as laid out once the HTML is parsed.
      b.inView = boxes.filter((c) => { const r = c.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }).length;
    }
    const near = boxes.filter((c) => { const r = c.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; });
    if (!b.chartsInView && b.inView > 0 && near.every(drawn)) b.chartsInView = performance.now();
    if (!b.chartsInView && b.inView !== 0) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

async function newPage(browser) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(PROBE);
  return { context, page, cdp };
}

const textPainted = (page) => page.waitForFunction(() => window.__bench.lcpText && window.__bench.lcp > 0, null, { timeout: 60000, polling: 'raf' });

/** An untouched load: text, first-screen charts, blocking time; then every chart scrolled to. */
async function load(browser, url, isApp) {
  const { context, page } = await newPage(browser);
  await page.goto(url, { waitUntil: 'load' });
  await textPainted(page);
  if (isApp) {
    await page.waitForFunction(() => window.__bench.chartsInView || window.__bench.inView === 0, null, { timeout: 60000 });
    // Start-up is over when no long task has come for 3 s.
    await page.waitForFunction(() => {
      const last = window.__bench.longTasks.at(-1);
      return performance.now() - (last ? last[0] + last[1] : 0) > 3000;
    }, null, { timeout: 60000, polling: 250 });
  } else {
    await page.waitForTimeout(500);
  }
  const m = await page.evaluate(() => {
    const b = window.__bench;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    // Total Blocking Time as Lighthouse counts it: each long task's time beyond 50 ms, after
    // the first contentful paint.
    const tbt = b.longTasks.filter(([start]) => start >= fcp).reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
    const longest = Math.max(0, ...b.longTasks.map(([, d]) => d));
    const bytes = performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
      .reduce((s, e) => s + (e.encodedBodySize || 0), 0);
    return { fcp, text: Math.max(b.lcp, fcp), tbt, longest, chartsInView: b.inView > 0 ? b.chartsInView : null, inView: b.inView, bytes };
  });
  if (isApp) {
    // Scrolled to each chart in turn, as fast as a reader flicks: how long its box stays
    // without a picture or a drawing.
    const waits = [];
    const count = await page.locator('figure.chart').count();
    for (let i = 0; i < count; i++) {
      waits.push(await page.evaluate(async (i) => {
        const box = document.querySelectorAll('figure.chart')[i];
        box.querySelector('canvas').scrollIntoView({ block: 'center' });
        const t0 = performance.now();
        const shown = () => {
          const c = box.querySelector('canvas');
          const img = box.querySelector('.chart-picture img');
          return c.width === Math.round(c.getBoundingClientRect().width * devicePixelRatio) || (img && img.complete && img.naturalWidth > 0);
        };
        while (!shown()) await new Promise(requestAnimationFrame);
        const waited = performance.now() - t0;
        await new Promise((ok) => setTimeout(ok, 300));
        return waited;
      }, i));
    }
    m.scrolledMax = Math.max(...waits);
    m.cls = await page.evaluate(() => window.__bench.cls);
  } else {
    m.cls = await page.evaluate(() => window.__bench.cls);
  }
  await context.close();
  return m;
}

/** A tap on the first figure at the moment the text is painted: how long until its quote shows.
 *  The touch goes straight to the browser (CDP), with no test-driver steps between; where a tap
 *  does nothing, the reader taps again every 300 ms. */
async function tapAtOnce(browser, url) {
  const { context, page, cdp } = await newPage(browser);
  await page.addInitScript(() => {
    // When the quote card is in the document, the frame after it is the one that shows it.
    new MutationObserver(() => {
      const b = window.__bench;
      if (b.tapAt && !b.insertedAt && document.querySelector('.quote-card')) {
        b.insertedAt = performance.now();
        requestAnimationFrame(() => { b.shownAt = performance.now(); });
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  // The first figure lies below the first screen of a phone: brought into view at once.
  const where = await page.waitForFunction(() => {
    const button = window.__bench?.lcpText && document.querySelector('button.figure');
    if (!button) return false;
    button.scrollIntoView({ block: 'center' });
    const r = button.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, null, { timeout: 60000, polling: 'raf' }).then((h) => h.jsonValue());
  let taps = 0;
  for (; taps < 40; taps++) {
    for (const type of ['touchStart', 'touchEnd']) {
      await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: where.x, y: where.y }] });
    }
    const shown = await page.waitForFunction(() => window.__bench.shownAt, null, { timeout: 300, polling: 'raf' }).then(() => true, () => false);
    if (shown) break;
  }
  const m = await page.evaluate(() => ({ tap: window.__bench.shownAt - window.__bench.tapAt, tapAt: window.__bench.tapAt, text: window.__bench.lcp }));
  m.taps = taps + 1;
  await context.close();
  return m;
}

const median = (xs) => { const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : '—').padStart(7);

const table = await files();
const server = await serve(table);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const app = [], bare = [], taps = [];
for (let i = 0; i < RUNS; i++) {
  app.push(await load(browser, `${base}/`, true));
  bare.push(await load(browser, `${base}/bare.html`, false));
  taps.push(await tapAtOnce(browser, `${base}/`));
}
await browser.close();
server.close();

let firstLoad = 0;
for (const [name, f] of Object.entries(table)) if (FIRST_LOAD(name.slice(1))) firstLoad += f.br.length;
const pictures = Object.keys(table).filter((n) => n.startsWith('/pictures/')).length;
console.log(`${DIST}`);
console.log(`First load (page, JS, WASM, icon): ${firstLoad} B brotli (budget 154000); ${pictures} chart pictures`);
console.log(`Fetched before any scroll: app ${median(app.map((m) => m.bytes))} B, bare ${median(bare.map((m) => m.bytes))} B (encoded bodies)`);
console.log(`\nPhone 390×844 ×3, CPU 4× slower, 1.6 Mbps / 150 ms RTT; median of ${RUNS} runs (ms)`);
console.log(`  measure                       app    bare   app/bare   target`);
for (const [key, label, target] of [['fcp', 'first contentful paint', ''], ['text', 'text visible', '≤ 1.2×']]) {
  const a = median(app.map((m) => m[key])), b = median(bare.map((m) => m[key]));
  console.log(`  ${label.padEnd(26)}${ms(a)} ${ms(b)}   ${(a / b).toFixed(2).padStart(6)}   ${target}`);
}
const t = median(taps.map((m) => m.tap));
console.log(`  first working tap         ${ms(t)}            ≤ 100   (a tap as the text is painted → the frame showing its quote; taps needed: ${median(taps.map((m) => m.taps))}, tapped at ${median(taps.map((m) => m.tapAt)).toFixed(0)} ms, text at ${median(taps.map((m) => m.text)).toFixed(0)} ms)`);
const inView = median(app.map((m) => m.inView));
console.log(`  charts in first screen drawn ${ms(median(app.map((m) => m.chartsInView)))}            ≤ 2000   (${inView} chart(s) in the first screen; ms after navigation)`);
console.log(`  chart shown when scrolled to ${ms(median(app.map((m) => m.scrolledMax)))}            ~0   (worst of all charts: picture or canvas, after a jump to it)`);
console.log(`  Total Blocking Time       ${ms(median(app.map((m) => m.tbt)))}            ≤ 100   (longest task ${median(app.map((m) => m.longest)).toFixed(0)} ms)`);
console.log(`  CLS                       ${median(app.map((m) => m.cls)).toFixed(4).padStart(7)} ${median(bare.map((m) => m.cls)).toFixed(4).padStart(7)}              0   (load, then a scroll to every chart)`);
