// Islands (src/islands.rs): the browser hydrates a paragraph, a chart, the colophon only when it
// is needed — touched, asked for by the reader's state, or (charts, colophon) near the viewport
// — and a tap is answered whether or not its island has hydrated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, PHONE } from './browser.mjs';
import { readFile } from 'node:fs/promises';
import { CHART_IDS, DIST, FIGURES } from './content.mjs';

const WIDE = { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 };

const env = setUp();

/** A page taken over by the app and left alone for a moment, untouched (no test-driver helper
 *  that scrolls to every chart). */
async function untouched(device, path = '') {
  const context = await env.browser.newContext(device);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  await page.goto(`${env.server.url}/${path}`);
  await page.waitForFunction(() => document.getElementById('app')?.hasAttribute('data-live'));
  await page.waitForTimeout(1000);
  return { context, page, problems };
}

const live = (page) => page.evaluate(() => [...document.querySelectorAll('[data-island][data-live]')].map((e) => e.dataset.island));
const islands = (page) => page.evaluate(() => [...document.querySelectorAll('[data-island]')].map((e) => e.dataset.island));

test('only what is needed hydrates: no paragraph untouched, no chart far below until the reader nears it', async () => {
  const { context, page, problems } = await untouched(PHONE);
  const all = await islands(page);
  const charts = all.filter((i) => /^c\d+$/.test(i));
  assert.ok(all.filter((i) => i.startsWith('p')).length >= FIGURES.length / 4, 'paragraphs are islands');
  assert.ok(charts.length >= 2, 'charts are islands');
  const before = await live(page);
  assert.deepEqual(before.filter((i) => i.startsWith('p')), [], 'no paragraph hydrated before it is touched');
  const far = charts.at(-1);
  assert.ok(!before.includes(far), `the last chart (${far}) is not hydrated at the top of the page`);
  assert.ok(!before.includes('foot'), 'nor the colophon');
  assert.ok(before.length < all.length / 4, `a few islands of ${all.length} hydrated: ${before}`);
  // Scrolled near: it hydrates, and its canvas is drawn.
  await page.evaluate((far) => document.querySelector(`[data-island="${far}"] figure`).scrollIntoView({ block: 'center' }), far);
  await page.waitForFunction((far) => document.querySelector(`[data-island="${far}"]`).hasAttribute('data-live'), far);
  await page.waitForFunction((far) => {
    const c = document.querySelector(`[data-island="${far}"] canvas`);
    return c.width === Math.round(c.getBoundingClientRect().width * devicePixelRatio);
  }, far);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a figure in a paragraph not yet hydrated opens its quote on the first tap: by pointer, by a script\'s click, by keyboard', async () => {
  const { context, page, problems } = await untouched(PHONE);
  // Three figures in three different paragraphs, none of them live.
  const picks = await page.evaluate(() => {
    const seen = new Set();
    const out = [];
    for (const b of document.querySelectorAll('.paragraph:not([data-live]) button.figure')) {
      const p = b.closest('.paragraph');
      if (seen.has(p)) continue;
      seen.add(p);
      out.push(b.id);
    }
    return out.filter((_, i) => i % 3 === 1).slice(0, 3);
  });
  assert.equal(picks.length, 3, 'three paragraphs not yet hydrated');
  const opened = async (id) => {
    const card = await page.locator(`#${id}`).getAttribute('aria-controls');
    await page.locator(`#${card}`).waitFor();
    assert.equal(await page.locator('.quote-card').count(), 1, `${id}: one quote open`);
    assert.equal(await page.locator(`#${id}`).getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator(`#${id}`).evaluate((b) => b.closest('.paragraph').hasAttribute('data-live')), `${id}: its paragraph is live`);
  };
  const notLive = async (id) => assert.ok(!(await page.locator(`#${id}`).evaluate((b) => b.closest('.paragraph').hasAttribute('data-live'))), `${id}: not live before`);
  await notLive(picks[0]);
  await page.locator(`#${picks[0]}`).click();
  await opened(picks[0]);
  // A click with no pointer before it (a script's, an assistive tool's).
  await notLive(picks[1]);
  await page.locator(`#${picks[1]}`).evaluate((b) => b.click());
  await opened(picks[1]);
  await notLive(picks[2]);
  await page.locator(`#${picks[2]}`).focus();
  await page.keyboard.press('Enter');
  await opened(picks[2]);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.quote-card'));
  assert.equal(await page.evaluate(() => document.activeElement?.id), picks[2], 'focus back on the figure');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tap whose click comes before its paragraph has finished hydrating still opens the quote', async () => {
  // The press asks for the paragraph's hydration, which Yew runs later (in a microtask, or after
  // a yield of its scheduler, which gives the browser a turn every 16 ms of work): a click in
  // between found the island marked live but without its listeners, and was lost (2 taps of 5
  // as the WASM arrived, on the bench's slowed phone). Here press, focus and click come in one
  // go, before any of that work can run.
  const { context, page, problems } = await untouched(PHONE);
  const id = await page.evaluate(() => document.querySelector('.paragraph:not([data-live]) button.figure').id);
  await page.locator(`#${id}`).evaluate((b) => {
    const at = { bubbles: true, cancelable: true, composed: true, view: window, button: 0 };
    b.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'touch', isPrimary: true }));
    b.focus();
    b.dispatchEvent(new PointerEvent('pointerup', { ...at, pointerType: 'touch', isPrimary: true }));
    b.dispatchEvent(new MouseEvent('click', { ...at, detail: 1 }));
  });
  const card = await page.locator(`#${id}`).getAttribute('aria-controls');
  await page.locator(`#${card}`).waitFor({ timeout: 3000 });
  assert.equal(await page.locator('.quote-card').count(), 1, 'one quote open');
  assert.equal(await page.locator(`#${id}`).getAttribute('aria-expanded'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tap in the text as each chart becomes live is answered: its quote opens, the only one', async () => {
  // Wide screens keep every chart beside the text: each nears at once and hydrates in a task of
  // its own. One load for each: as the k-th chart becomes live (marked once it has rendered,
  // in its hydration's task), the page taps a figure in the text (a script's click).
  const context = await env.browser.newContext(WIDE);
  const problems = [];
  let charts = Infinity;
  for (let k = 0; k < charts; k++) {
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
    await page.addInitScript((k) => {
      new MutationObserver((changes, watch) => {
        const live = document.querySelectorAll('[data-island^="c"][data-live]').length;
        if (live <= k || !changes.some((c) => /^c\d+$/.test(c.target.dataset?.island ?? ''))) return;
        watch.disconnect();
        const buttons = [...document.querySelectorAll('button.figure')];
        const button = buttons[(k * 7 + 3) % buttons.length];
        button.click();
        window.__tapped = button.id;
      }).observe(document, { attributes: true, attributeFilter: ['data-live'], subtree: true });
    }, k);
    await page.goto(env.server.url);
    charts = await page.evaluate(() => document.querySelectorAll('[data-island^="c"]').length);
    await page.waitForFunction(() => window.__tapped, null, { timeout: 20000 });
    const tapped = await page.evaluate(() => window.__tapped);
    const card = await page.locator(`#${tapped}`).getAttribute('aria-controls');
    await page.locator(`#${card}`).waitFor({ timeout: 2000 });
    assert.equal(await page.locator('.quote-card').count(), 1, `tapped ${tapped} as chart ${k + 1} hydrated: one quote open`);
    assert.equal(await page.locator(`#${tapped}`).getAttribute('aria-expanded'), 'true');
    await page.close();
  }
  assert.ok(charts >= 2 && charts < Infinity, 'charts were hydrated');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a script\'s click on the language switch before its island hydrates still keeps the figure', async () => {
  const figure = FIGURES.at(-1).id;
  const { context, page, problems } = await untouched(PHONE, `#fig-${figure}`);
  assert.ok(!(await live(page)).includes('bar'), 'the masthead\'s bar is not hydrated');
  // The link alone would go to en.html and drop the fragment: the click waits for the island.
  await page.locator('.masthead .lang-switch').evaluate((a) => a.click());
  await page.waitForURL((url) => url.pathname.endsWith('/en.html') && url.hash === `#fig-${figure}`);
  await page.locator(`#quote-${figure}`).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tap as the app takes over outweighs the address: the page\'s behaviour, a task later, does not reopen the linked figure', async () => {
  const [linked, tapped] = [FIGURES[0].id, FIGURES.at(-1).id];
  const context = await env.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript((tapped) => {
    new MutationObserver((_, watch) => {
      if (!document.getElementById('app')?.hasAttribute('data-live')) return;
      watch.disconnect();
      document.getElementById(`fig-${tapped}`).click();
    }).observe(document, { attributes: true, attributeFilter: ['data-live'], subtree: true });
  }, tapped);
  await page.goto(`${env.server.url}/#fig-${linked}`);
  await page.locator(`#quote-${tapped}`).waitFor();
  await page.waitForTimeout(1000);
  assert.equal(await page.locator('.quote-card').count(), 1, 'one quote open');
  assert.equal(await page.locator(`#quote-${tapped}`).count(), 1, 'the tapped one');
  await context.close();
});

test('a page served under its name without .html stays itself, and hydrates', async () => {
  // As under a server that drops extensions: the address names no page of its own.
  const id = CHART_IDS[0];
  const html = await readFile(`${DIST}/embed-${id}.html`, 'utf8');
  const context = await env.browser.newContext(PHONE);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.route(`${env.server.url}/embed-${id}?childId=x`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`${env.server.url}/embed-${id}?childId=x`);
  await page.waitForFunction(() => document.getElementById('app')?.hasAttribute('data-live'));
  await page.locator(`#chart-${id} button.mark`).first().waitFor();
  await page.waitForTimeout(500);
  assert.equal(new URL(page.url()).pathname, `/embed-${id}`, 'no redirect to the whole page');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page the browser translated is not broken by a tap: the paragraph and the chart are made afresh, the quote opens', async () => {
  const { context, page, problems } = await untouched(PHONE);
  // As Chrome's translation does: each run of text wrapped in <font><font>…</font></font>, in
  // a paragraph and the last chart (both not yet hydrated).
  const { paragraph, chart } = await page.evaluate(() => {
    const translate = (root) => {
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const texts = [];
      while (walk.nextNode()) if (walk.currentNode.textContent.trim()) texts.push(walk.currentNode);
      for (const t of texts) {
        const outer = document.createElement('font');
        const inner = document.createElement('font');
        t.replaceWith(outer);
        outer.append(inner);
        inner.append(t);
      }
    };
    const p = document.querySelector('.paragraph[data-island]:not([data-live])');
    const c = [...document.querySelectorAll('.chart-island[data-island]:not([data-live])')].at(-1);
    translate(p);
    translate(c);
    return { paragraph: p.dataset.island, chart: c.dataset.island };
  });
  const figure = await page.evaluate((p) => document.querySelector(`[data-island="${p}"] button.figure`).dataset.figure, paragraph);
  await page.locator(`[data-island="${paragraph}"] button.figure`).first().tap();
  await page.locator(`#quote-${figure}`).waitFor();
  // Scrolled near, the translated chart is made afresh too, and drawn.
  await page.evaluate((c) => document.querySelector(`[data-island="${c}"] figure`).scrollIntoView({ block: 'center' }), chart);
  await page.waitForFunction((c) => {
    const canvas = document.querySelector(`[data-island="${c}"][data-live] canvas`);
    return canvas && canvas.width === Math.round(canvas.getBoundingClientRect().width * devicePixelRatio);
  }, chart);
  assert.equal(await page.locator('.app-failure').count(), 0, 'no failure notice');
  assert.deepEqual(problems, []);
  await context.close();
});
