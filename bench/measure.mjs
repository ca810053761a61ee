// Loads dist/ (or $DIST) and a bare page of the same article in headless Chromium on an
// emulated phone (390×844 ×3, 4× CPU slowdown, 1.6 Mbps down / 150 ms RTT) and prints the
// median and the spread of each measure, the bare page's beside the app's. The app is served
// as production serves it: nginx with deploy/nginx.conf (precompressed files, its headers and
// policy; tests/e2e/nginx.mjs), on a port of its own; the bare page from a small server beside it. Main-thread
// tasks are read from Chromium's own trace (toplevel tasks of the page's renderer), which
// travels between machines better than a timer in the page.
// Each run loads the app twice: once untouched (text, charts, blocking time, then a scroll to
// every chart and the layout shift of all of it), once with a tap on a figure at the moment
// the text is painted.
import { createServer } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname, join, relative, resolve } from 'node:path';
import { launch, PHONE } from '../tests/e2e/browser.mjs';
import { startNginx } from '../tests/e2e/nginx.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(process.env.DIST ?? join(ROOT, 'dist'));
const RUNS = Number(process.argv[2] ?? 5);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv' };

// The trace's categories: toplevel tasks, the timeline, loading; BENCH_TRACE_MORE=cat,cat adds
// more (say `fonts,input`) to BENCH_TRACE's files.
const CATEGORIES = [...(process.env.BENCH_TRACE_MORE ? process.env.BENCH_TRACE_MORE.split(',') : []), 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'];
// BENCH_TAPS=0: loads only (text, tasks, charts, layout shift), for a quicker comparison.
const TAPS = process.env.BENCH_TAPS !== '0';

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
  name === 'index.html' || (/\.(js|wasm|css)$/.test(name) && name !== 'embed.js' && name !== 'listen.js') || /^favicon[^.]*\.svg$/.test(name);

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

/** The page renderer's toplevel tasks (start and duration, ms after navigation) from a trace. */
function traceTasks(trace) {
  const events = JSON.parse(trace).traceEvents ?? JSON.parse(trace);
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && mains.has(`${e.pid}:${e.tid}`));
  // The page's renderer is the one whose main thread saw the navigation start.
  const nav = events.find((e) => e.name === 'navigationStart' && mains.has(`${e.pid}:${e.tid}`) && e.args?.data?.isLoadingMainFrame && /^http/.test(e.args?.data?.documentLoaderURL ?? ''));
  if (!nav) return [];
  const mine = tasks.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Outermost only: a RunTask may hold another (ThreadControllerImpl::RunTask inside RunTask).
  const outer = [];
  for (const e of mine) if (!outer.length || e.ts >= outer.at(-1).ts + outer.at(-1).dur) outer.push(e);
  // What each task spent running script (the page's JS and WASM: script evaluation, calls from
  // the browser, promise jobs) and the browser's own work for a frame (style, layout, paint),
  // each as the union of its events' spans, so nested events count once.
  const thread = events.filter((e) => e.ph === 'X' && e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts).sort((a, b) => a.ts - b.ts);
  // Tasks come in order, so each search starts where the last task's events began.
  let from = 0;
  const within = (task, names) => {
    while (from < thread.length && thread[from].ts < task.ts) from++;
    let sum = 0;
    let end = task.ts;
    for (let i = from; i < thread.length; i++) {
      const e = thread[i];
      if (e.ts >= task.ts + task.dur) break;
      if (!names.has(e.name)) continue;
      const to = Math.min(e.ts + e.dur, task.ts + task.dur);
      if (to > end) { sum += to - Math.max(e.ts, end); end = to; }
    }
    return sum / 1000;
  };
  return outer.map((e) => [(e.ts - nav.ts) / 1000, e.dur / 1000, within(e, SCRIPT), within(e, RENDERING)]);
}
const SCRIPT = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'RunMicrotasks']);
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

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
  document.addEventListener('pointerdown', (e) => { if (b.tapAt === undefined) { b.tapAt = e.timeStamp; b.tapHandledAt = performance.now(); } }, { capture: true });
  // Which canvases are in the first screen, and at what size, as the browser reports them
  // after its own layout (observers), never by asking for geometry: a probe that asked would
  // force a layout of the page mid-parse, a task the page itself does not make.
  const seen = new Map();
  const boxes = new Map();
  const where = new IntersectionObserver((es) => { for (const e of es) seen.set(e.target, e.isIntersecting); });
  const size = new ResizeObserver((es) => { for (const e of es) boxes.set(e.target, Math.round(e.contentRect.width * devicePixelRatio)); });
  const watched = new Set();
  const drawn = (c) => c.width === boxes.get(c);
  const check = () => {
    const canvases = [...document.querySelectorAll('figure.chart canvas')];
    for (const c of canvases) if (!watched.has(c)) { watched.add(c); where.observe(c); size.observe(c); }
    // The charts in the first screen, as laid out once the HTML is parsed (every canvas reported).
    if (document.readyState !== 'loading' && b.inView < 0 && canvases.every((c) => seen.has(c))) {
      b.inView = canvases.filter((c) => seen.get(c)).length;
    }
    const near = canvases.filter((c) => seen.get(c));
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

/** Waits until `fn` (run in the page) returns something truthy, and returns it. Raw CDP, not
 *  Playwright's waitForFunction: that injects Playwright's own script into the page, a task of
 *  60–70 ms under the 4× slowdown that the trace would count as the app's. */
async function until(cdp, fn, { timeout = 60000, every = 16, arg } = {}) {
  const expression = `(${fn})(${JSON.stringify(arg ?? null)})`;
  const end = Date.now() + timeout;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (result.value) return result.value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn}`);
    await new Promise((ok) => setTimeout(ok, every));
  }
}
const value = async (cdp, fn, arg) => (await cdp.send('Runtime.evaluate', { expression: `(${fn})(${JSON.stringify(arg ?? null)})`, returnByValue: true, awaitPromise: true })).result.value;

const textPainted = (cdp) => until(cdp, () => window.__bench?.lcpText && window.__bench.lcp > 0);

/** An untouched load: text, first-screen charts, blocking time; then every chart scrolled to. */
async function load(browser, url, isApp) {
  const { context, page, cdp } = await newPage(browser);
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  await textPainted(cdp);
  if (isApp) {
    await until(cdp, () => window.__bench.chartsInView || window.__bench.inView === 0, { every: 100 });
    // Start-up is over when no long task has come for 3 s.
    await until(cdp, () => {
      const last = window.__bench.longTasks.at(-1);
      return performance.now() - (last ? last[0] + last[1] : 0) > 3000;
    }, { every: 250 });
  } else {
    await new Promise((ok) => setTimeout(ok, 500));
  }
  const trace = (await browser.stopTracing()).toString();
  if (process.env.BENCH_TRACE) await writeFile(process.env.BENCH_TRACE + (isApp ? "" : ".bare.json"), trace);
  const tasks = traceTasks(trace);
  const m = await value(cdp, (tasks) => {
    const b = window.__bench;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    // From the trace: every task from navigation to idle; Total Blocking Time as Lighthouse
    // counts it, each task's time beyond 50 ms after the first contentful paint.
    const long = tasks.filter(([, d]) => d > 50);
    const tbt = long.filter(([start]) => start >= fcp).reduce((s, [, d]) => s + (d - 50), 0);
    const longest = Math.max(0, ...tasks.map(([, d]) => d));
    const over50 = long.length;
    const blocking = long.reduce((s, [, d]) => s + (d - 50), 0);
    // The most script one task ran: what of the longest tasks is the page's own code.
    const script = Math.max(0, ...tasks.map(([, , js]) => js));
    const entries = performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'));
    const bytes = entries.reduce((s, e) => s + (e.encodedBodySize || 0), 0);
    // The critical bytes: what had arrived by the time the text was painted (the page, its
    // inline style and early script, first-screen pictures), and whether the WASM was among.
    const painted = Math.max(b.lcp, fcp);
    const critical = entries.filter((e) => e.responseEnd <= painted).reduce((s, e) => s + (e.encodedBodySize || 0), 0);
    const wasmBeforePaint = entries.some((e) => e.name.endsWith('.wasm') && e.responseEnd <= painted);
    const wasmAt = entries.find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? NaN;
    return { fcp, text: painted, tbt, longest, over50, blocking, script, long, chartsInView: b.inView > 0 ? b.chartsInView : null, inView: b.inView, bytes, critical, wasmBeforePaint, wasmAt };
  }, tasks);
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

/** A tap on the first figure at a moment (`when`: as the text is painted, as the WASM arrives,
 *  once idle): how long until its quote shows.
 *  The press goes straight to the browser (CDP), with no test-driver steps between; where a tap
 *  does nothing, the reader taps again every 300 ms. `how` is 'press' (a pointer pressed and
 *  released, sent to the page at once, as a finger's touch is) or 'touch' (CDP's
 *  Input.dispatchTouchEvent, which first waits for the page's next frame — Chromium's
 *  content/browser/devtools/protocol/input_handler.cc, DispatchWebTouchEvent →
 *  InsertVisualStateCallback — so its time counts DevTools' wait for a frame, not the reader's). */
async function tapAt(browser, url, when, how = 'press') {
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
  // With BENCH_TRACE, each tap's load is traced too (<path>.tap-<when>-<how>-<answer>ms.json).
  if (process.env.BENCH_TRACE) await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url, { waitUntil: 'commit' });
  // Then: as the text is painted; as the WASM arrives (hydration); or once all is idle.
  if (when === 'wasm') {
    await until(cdp, () => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm') && e.responseEnd > 0));
  } else if (when === 'idle') {
    await until(cdp, () => {
      const last = window.__bench.longTasks.at(-1);
      return document.readyState === 'complete' && performance.now() - (last ? last[0] + last[1] : 0) > 3000;
    }, { every: 250 });
  }
  // The first figure lies below the first screen of a phone: brought into view at once.
  const where = await until(cdp, () => {
    const button = window.__bench?.lcpText && document.querySelector('button.figure');
    if (!button) return false;
    button.scrollIntoView({ block: 'center' });
    const r = button.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  let taps = 0;
  for (; taps < 40; taps++) {
    if (how === 'touch') {
      for (const type of ['touchStart', 'touchEnd']) {
        await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: where.x, y: where.y }] });
      }
    } else {
      for (const type of ['mousePressed', 'mouseReleased']) {
        await cdp.send('Input.dispatchMouseEvent', { type, x: where.x, y: where.y, button: 'left', buttons: type === 'mousePressed' ? 1 : 0, clickCount: 1 });
      }
    }
    const shown = await until(cdp, () => window.__bench.shownAt, { timeout: 300 }).then(() => true, () => false);
    if (shown) break;
  }
  const m = await value(cdp, () => ({ tap: window.__bench.shownAt - window.__bench.tapAt, tapAt: window.__bench.tapAt, queued: window.__bench.tapHandledAt - window.__bench.tapAt, text: window.__bench.lcp }));
  m.taps = taps + 1;
  if (process.env.BENCH_TRACE) await writeFile(`${process.env.BENCH_TRACE}.tap-${when}-${how}-${m.tap.toFixed(0)}ms.json`, (await browser.stopTracing()).toString());
  await context.close();
  return m;
}

const median = (xs) => { const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : '—').padStart(7);

const table = await files();
const server = await serve(table);
const bareBase = `http://127.0.0.1:${server.address().port}`;
const web = await startNginx({ dist: DIST });
const browser = await launch();
const app = [], bare = [], taps = { text: [], wasm: [], idle: [] }, touches = [];
try {
  for (let i = 0; i < RUNS; i++) {
    app.push(await load(browser, `${web.url}/`, true));
    bare.push(await load(browser, `${bareBase}/bare.html`, false));
    if (!TAPS) continue;
    for (const when of Object.keys(taps)) taps[when].push(await tapAt(browser, `${web.url}/`, when));
    touches.push(await tapAt(browser, `${web.url}/`, 'wasm', 'touch'));
  }
} finally {
  await browser.close();
  server.close();
  await web.close();
}

let firstLoad = 0;
for (const [name, f] of Object.entries(table)) if (FIRST_LOAD(name.slice(1))) firstLoad += f.br.length;
const pictures = Object.keys(table).filter((n) => n.startsWith('/pictures/')).length;
/** Median, and the spread (lowest–highest) over the runs. */
const spread = (xs) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); return s.length ? `${s[0].toFixed(0)}–${s.at(-1).toFixed(0)}` : '—'; };
const row = (label, xs, target, note = '') => console.log(`  ${label.padEnd(30)}${ms(median(xs))} ${spread(xs).padStart(11)}   ${target.padEnd(7)} ${note}`);
console.log(`${DIST} through nginx (deploy/nginx.conf)`);
console.log(`First load (page, JS, WASM, icon): ${firstLoad} B brotli (budget 155000); ${pictures} chart pictures`);
console.log(`Fetched before any scroll: app ${median(app.map((m) => m.bytes))} B, bare ${median(bare.map((m) => m.bytes))} B (encoded bodies)`);
console.log(`Critical (arrived by the text's paint): ${median(app.map((m) => m.critical))} B (target ≤ 40000); the WASM arrived at ${median(app.map((m) => m.wasmAt)).toFixed(0)} ms, before the text's paint in ${app.filter((m) => m.wasmBeforePaint).length} of ${app.length} runs`);
console.log(`\nPhone 390×844 ×3, CPU 4× slower, 1.6 Mbps / 150 ms RTT; ${RUNS} runs: median, spread (ms)`);
console.log(`  measure                          median      spread   target`);
for (const [key, label] of [['fcp', 'first contentful paint'], ['text', 'text visible']]) {
  row(label, app.map((m) => m[key]), '', `bare page: ${median(bare.map((m) => m[key])).toFixed(0)}`);
}
console.log('  From the trace, navigation to idle:');
row('  longest task', app.map((m) => m.longest), '≤ 50', `bare page: ${median(bare.map((m) => m.longest)).toFixed(0)}`);
row('  tasks over 50 ms', app.map((m) => m.over50), '0');
row('  blocking time (sum over 50)', app.map((m) => m.blocking), '0');
row('  Total Blocking Time (after FCP)', app.map((m) => m.tbt), '');
row('  most script in one task', app.map((m) => m.script), '≤ 50', `bare page: ${median(bare.map((m) => m.script)).toFixed(0)}`);
const worst = app.reduce((a, m) => (m.longest > a.longest ? m : a), app[0]);
console.log(`  long tasks of the worst run (start+duration ms, [script / style, layout, paint]): ${worst.long.map(([s, d, js, r]) => `${s.toFixed(0)}+${d.toFixed(0)} [${js.toFixed(0)} / ${r.toFixed(0)}]`).join(', ') || 'none'}`);
if (TAPS) console.log('  A tap on a figure → the frame showing its quote:');
for (const [when, label] of TAPS ? [['text', 'as the text is painted'], ['wasm', 'as the WASM arrives'], ['idle', 'once idle']] : []) {
  row(`  ${label}`, taps[when].map((m) => m.tap), '≤ 100', `(taps needed: ${median(taps[when].map((m) => m.taps))}; tapped at ${median(taps[when].map((m) => m.tapAt)).toFixed(0)} ms; the press waited ${median(taps[when].map((m) => m.queued)).toFixed(0)} ms to be dispatched)`);
}
if (TAPS) row('  as the WASM arrives, CDP touch', touches.map((m) => m.tap), '', `(DevTools holds a touch until the page's next frame; the press waited ${median(touches.map((m) => m.queued)).toFixed(0)} ms)`);
const inView = median(app.map((m) => m.inView));
row('charts in first screen drawn', app.map((m) => m.chartsInView), '≤ 2000', `(${inView} chart(s) in the first screen; ms after navigation)`);
row('chart shown when scrolled to', app.map((m) => m.scrolledMax), '~0', '(worst of all charts: picture or canvas, after a jump to it)');
row('CLS ×1000', app.map((m) => m.cls * 1000), '0', `(load, then a scroll to every chart; bare page ${(median(bare.map((m) => m.cls)) * 1000).toFixed(0)})`);
