// The release build's index.html already holds the article: readable with JavaScript off,
// then hydrated in place (the same DOM nodes, no layout shift).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { setUp, launch, open, ready, pressMark, PHONE } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST, FIGURES, CHARTS } from './content.mjs';

const FIGURE_IDS = FIGURES.map((f) => f.id);
const CHART_TITLES = CHARTS.map((c) => c.title_zh);

const env = setUp();

test('dist/index.html holds the narrative, every figure button, chart words and tables', async () => {
  const html = await readFile(`${DIST}/index.html`, 'utf8');
  for (const id of FIGURE_IDS) assert.ok(html.includes(`id="fig-${id}"`), `figure ${id} prerendered`);
  for (const title of CHART_TITLES) assert.ok(html.includes(title), `chart title ${title} prerendered`);
  // Each canvas's height as a rule of the page's style sheet (the policy refuses style
  // attributes): one a chart for the narrowest box, then container queries for wider boxes,
  // each height no greater than the one before it.
  const rule = /\[data-mode\] #(chart-[a-z][a-z0-9-]*) \.chart-canvas\{height:(\d+)px\}/g;
  const [narrowest, ...wider] = html.split('@container');
  const heights = new Map([...narrowest.matchAll(rule)].map((m) => [m[1], Number(m[2])]));
  assert.equal(heights.size, CHART_TITLES.length, 'chart boxes reserved');
  for (const band of wider) {
    for (const [, id, h] of band.matchAll(rule)) {
      assert.ok(heights.has(id) && Number(h) < heights.get(id), `${id}: a wider box reserves less (${h} after ${heights.get(id)})`);
      heights.set(id, Number(h));
    }
  }
  assert.equal((html.match(/<canvas[^>]*style=/g) ?? []).length, 0, 'no style attributes');
  assert.equal((html.match(/<tbody>/g) ?? []).length, CHART_TITLES.length, 'a data table per chart');
  assert.ok(html.includes('幸福指数加码，让安居乐业本色更亮'));
});

test('with JavaScript off the whole article is readable', async () => {
  const context = await env.browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.server.url);
  assert.ok((await page.locator('.paragraph').count()) >= 25, 'the paragraphs are there');
  assert.equal(await page.locator('button.figure').count(), FIGURE_IDS.length);
  const text = await page.locator('article').innerText();
  assert.ok(text.includes('接待游客230.47万人次'));
  await context.close();
});

test('hydration keeps the prerendered nodes and shifts nothing', async () => {
  const context = await env.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      // What the island renders, not its own element (which hydration never touches): the
      // first paragraph's nodes, and every chart's figure.
      window.__first = [...document.querySelector('.paragraph:has(button.figure)').childNodes];
      window.__charts = [...document.querySelectorAll('figure.chart')];
    });
  });
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(env.server.url);
  await ready(page);
  // Hydrated when a click works (the first figure is in the first paragraph with figures).
  await page.locator(`#fig-${FIGURE_IDS[0]}`).click();
  await page.locator(`#quote-${FIGURE_IDS[0]}`).waitFor();
  const same = await page.evaluate(() => {
    const p = document.querySelector('.paragraph:has(button.figure)');
    return p.hasAttribute('data-live') && window.__first.every((n) => n.parentNode === p || n.nodeType === Node.COMMENT_NODE);
  });
  assert.ok(same, 'the first paragraph, hydrated, holds the nodes the server sent');
  const charts = await page.evaluate(() => window.__charts.every((f) => document.contains(f) && f.closest('[data-island][data-live]')));
  assert.ok(charts, 'every chart, hydrated, is the figure the server sent');
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift <= 0.01, `layout shift ${shift}`);
  assert.deepEqual(problems, []);
  await context.close();
});

// 158,000 since the copy desk and the content-driven words (151,662 B measured), the charts'
// keyboard navigation (153,148 B), and forced colours, the canvas focus ring, Up/Down and the
// Listen button (157,936 B, 2026-12-06; listen.js itself only when pressed); islands (issue 20)
// took the parts only the server renders out of the WASM (156,532 B), and the text only the
// server renders (paragraphs without figures, photo captions: 153,403–153,794 B), so the
// budget is held at 155,000. What is left to reach 150 KB is code (Yew's hydration, the charts).
test('the first load stays within 155 KB brotli (page, JS, WASM, icon)', async () => {
  const dist = DIST;
  const html = await readFile(`${dist}/index.html`, 'utf8');
  const first = (await readdir(dist)).filter((f) => f === 'index.html' || (f.endsWith('.js') && f !== 'embed.js' && f !== 'listen.js') || f.endsWith('.wasm') || /^favicon[^.]*\.svg$/.test(f));
  let total = 0;
  for (const f of first) {
    if (f !== 'index.html') assert.ok(html.includes(f), `${f} is what index.html loads`);
    total += brotliCompressSync(await readFile(`${dist}/${f}`), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  assert.ok(total <= 155_000, `first load ${total} bytes brotli`);
});

test('published under a path, the app still loads and works', async () => {
  const sub = await serve(undefined, '/news/hengyang/');
  const browser = await launch();
  try {
    const { page, context, problems } = await open(browser, PHONE, `${sub.url}/news/hengyang/#fig-holiday-visitors`);
    await page.locator('#quote-holiday-visitors').waitFor();
    await page.goto(`${sub.url}/news/hengyang/embed-holiday.en.html`);
    await ready(page);
    await pressMark(page.locator('button.mark').first());
    await page.locator('.quote-card').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await browser.close();
    await sub.close();
  }
});
