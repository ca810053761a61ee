// The page before the WebAssembly: every chart as a build-time picture (also with JavaScript
// off), the canvas taking over from it, and a figure tapped before the WASM has arrived.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { setUp, ready, OUT, PHONE } from './browser.mjs';
import { CHART_IDS, FIGURES } from './content.mjs';

const WIDE = { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 };
// Charts in the flow of the text (from 1180 px they stand one at a time beside it), at the
// width of one of the pictures (the 656 px box), so picture and canvas can be laid side by side.
const TABLET = { viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 };

const env = setUp();

/** Opens a page whose .wasm is held back until `release()` is called. */
async function withWasmHeld(device, init = () => {}) {
  const context = await env.browser.newContext(device);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  let release;
  const released = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  await page.addInitScript(init);
  await page.goto(env.server.url);
  return { context, page, problems, release };
}

/** The share of a picture's pixels that differ from the paper colour in its top-left corner,
 *  and the pixel-by-pixel difference between two pictures of one size: read in a page of their
 *  own (the page under test may have JavaScript off). */
async function pixels(pngs) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const result = await page.evaluate(async (urls) => {
    const load = (url) => new Promise((ok, fail) => { const i = new Image(); i.onload = () => ok(i); i.onerror = fail; i.src = url; });
    const data = [];
    for (const url of urls) {
      const img = await load(url);
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      data.push(ctx.getImageData(0, 0, img.width, img.height));
    }
    const inked = (d) => {
      const [r, g, b] = d.data;
      let n = 0;
      for (let i = 0; i < d.data.length; i += 4) if (Math.abs(d.data[i] - r) + Math.abs(d.data[i + 1] - g) + Math.abs(d.data[i + 2] - b) > 60) n++;
      return n / (d.width * d.height);
    };
    // A pixel differs when no pixel of the other picture within one pixel of it is alike:
    // SVG and canvas rasterise text a little differently.
    const differ = (a, b) => {
      // Over the area both cover (another chart may be of another size).
      const [w, h] = [Math.min(a.width, b.width), Math.min(a.height, b.height)];
      let n = 0;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const i = (y * a.width + x) * 4;
          let alike = false;
          for (let dy = -1; dy <= 1 && !alike; dy++) {
            for (let dx = -1; dx <= 1 && !alike; dx++) {
              const [u, v] = [x + dx, y + dy];
              if (u < 0 || v < 0 || u >= w || v >= h) continue;
              const j = (v * b.width + u) * 4;
              alike = Math.abs(a.data[i] - b.data[j]) + Math.abs(a.data[i + 1] - b.data[j + 1]) + Math.abs(a.data[i + 2] - b.data[j + 2]) <= 120;
            }
          }
          if (!alike) n++;
        }
      }
      return n / (w * h);
    };
    return { inked: data.map(inked), differ: data.length === 2 ? differ(data[0], data[1]) : null, sizes: data.map((d) => [d.width, d.height]) };
  }, pngs.map((b) => `data:image/png;base64,${b.toString('base64')}`));
  await context.close();
  return result;
}

for (const [name, device] of [['390', PHONE], ['1440', WIDE]]) {
  test(`with JavaScript off every chart shows its picture, at ${name} px`, async () => {
    const context = await env.browser.newContext({ ...device, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.server.url);
    assert.equal(await page.locator('figure.chart').count(), CHART_IDS.length);
    for (const id of CHART_IDS) {
      const box = page.locator(`#chart-${id} .chart-box`);
      await box.scrollIntoViewIfNeeded();
      const img = box.locator('.chart-picture img');
      await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
      // The picture drawn for this box's width, not one scaled to it.
      const natural = await img.evaluate((el) => el.naturalWidth);
      const [b, p] = [await box.boundingBox(), await img.boundingBox()];
      assert.equal(natural, Math.round(b.width), `${id} at ${name}: the picture for a ${b.width} px box`);
      assert.ok(b.height > 100 && p.height > 0.9 * b.height && Math.abs(p.width - b.width) < 1, `${id}: the picture fills its box (${JSON.stringify({ b, p })})`);
      const shot = await box.screenshot();
      const { inked } = await pixels([shot]);
      assert.ok(inked[0] > 0.02, `${id} at ${name}: the box shows a drawing (${(inked[0] * 100).toFixed(1)}% inked)`);
    }
    await page.screenshot({ path: `${OUT}/no-script-${name}.png`, fullPage: true });
    await context.close();
  });
}

test('the canvas takes over from the picture: same drawing, no shift, covering it', async () => {
  const { context, page, problems, release } = await withWasmHeld(TABLET, () => {
    window.__shift = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  const before = {};
  for (const id of CHART_IDS) {
    const box = page.locator(`#chart-${id} .chart-box`);
    await box.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await box.locator('img').elementHandle());
    before[id] = await box.screenshot();
  }
  const boxes = await page.$$eval('.chart-box', (els) => els.map((e) => JSON.stringify(e.getBoundingClientRect().toJSON())));
  release();
  await ready(page);
  // Painted, each canvas is opaque everywhere: the picture under it no longer shows.
  const seeThrough = await page.$$eval('.chart-box canvas', (cs) => cs.filter((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 4) if (d[i] !== 255) return true;
    return false;
  }).map((c) => c.closest('figure').id));
  assert.deepEqual(seeThrough, []);
  const after = await page.$$eval('.chart-box', (els) => els.map((e) => JSON.stringify(e.getBoundingClientRect().toJSON())));
  assert.deepEqual(after, boxes, 'every chart box where it was');
  let other = null;
  for (const id of CHART_IDS) {
    const shot = await page.locator(`#chart-${id} .chart-box`).screenshot();
    await writeFile(`${OUT}/takeover-${id}-picture.png`, before[id]);
    await writeFile(`${OUT}/takeover-${id}-canvas.png`, shot);
    const same = await pixels([before[id], shot]);
    // Text is rasterised by two engines (SVG and canvas): a few edge pixels differ.
    assert.ok(same.differ < 0.03, `${id}: the canvas draws what the picture showed (${(same.differ * 100).toFixed(2)}% differ)`);
    if (other) {
      const unlike = await pixels([other, shot]);
      assert.ok(unlike.differ > 0.1, `${id}: another chart's picture would not pass (${(unlike.differ * 100).toFixed(2)}%)`);
    }
    other = before[id];
  }
  assert.ok((await page.evaluate(() => window.__shift)) === 0, 'no layout shift');
  // The canvas, not the picture, takes a tap.
  await page.locator(`#chart-${CHART_IDS[0]} canvas`).scrollIntoViewIfNeeded();
  const box = await page.locator(`#chart-${CHART_IDS[0]} canvas`).boundingBox();
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [box.x + box.width / 2, box.y + box.height / 2]);
  assert.equal(hit, 'CANVAS');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a figure tapped before the WASM shows its quote; the app keeps it open, once', async () => {
  const { context, page, problems, release } = await withWasmHeld(PHONE);
  // Not the first figure, whose card is the template's model: one made from it.
  const figure = page.locator('button.figure').nth(4);
  const id = (await figure.getAttribute('id')).replace(/^fig-/, '');
  const { quote } = FIGURES.find((f) => f.id === id);
  await figure.tap();
  const card = page.locator(`#quote-${id}`);
  await card.waitFor();
  assert.equal(await card.locator('.quote-text').innerText(), quote, 'the verbatim sentence');
  assert.equal(await figure.getAttribute('aria-expanded'), 'true');
  // Escape closes it and gives focus back to the figure; a second tap closes it too.
  await page.keyboard.press('Escape');
  assert.equal(await card.count(), 0);
  assert.equal(await figure.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement?.id), `fig-${id}`);
  // A tap opens it and a second tap on the same figure shuts it (each tap seen to act).
  await figure.tap();
  await card.waitFor();
  assert.equal(await figure.getAttribute('aria-expanded'), 'true', 'the first tap opened it');
  await figure.tap();
  assert.equal(await card.count(), 0, 'a second tap shuts it');
  assert.equal(await figure.getAttribute('aria-expanded'), 'false');
  // Open with the keyboard, then let the app arrive.
  await figure.focus();
  await page.keyboard.press('Enter');
  await card.waitFor();
  await page.waitForFunction((q) => document.getElementById(q).getAnimations().length === 0, `quote-${id}`);
  const where = (c) => c.getBoundingClientRect().top + scrollY;
  // The card's make: every element's tag, class and own text, in order.
  const make = (c) => [c, ...c.querySelectorAll('*')].map((e) => `${e.tagName}.${e.className}:${[...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('')}`);
  const top = await card.evaluate(where);
  const early = await card.evaluate(make);
  const earlyName = await card.getAttribute('aria-label');
  assert.ok(earlyName.includes(await figure.getAttribute('title')), `the card is named for its figure: ${earlyName}`);
  assert.ok(!(await page.locator('#app').getAttribute('data-live')), 'the app has not run yet');
  release();
  // The app's card, the moment it is there: no entry animation a second time (no flash).
  const animating = await page.waitForFunction((q) => {
    const c = document.getElementById(q);
    return c && !c.hasAttribute('data-early') && { n: c.getAnimations().length };
  }, `quote-${id}`, { polling: 'raf' }).then((h) => h.jsonValue());
  assert.equal(animating.n, 0, 'the card does not animate in again');
  await ready(page);
  assert.equal(await page.locator(`[id="quote-${id}"]`).count(), 1, 'one card');
  assert.equal(await page.locator('.quote-card').count(), 1);
  assert.equal(await page.locator('.quote-card[data-early]').count(), 0, "the app's own card");
  assert.equal(await figure.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), `fig-${id}`, 'focus stays on the figure');
  assert.deepEqual(await card.evaluate(make), early, "the app's card is made as the early one was");
  assert.equal(await card.getAttribute('aria-label'), earlyName, "and named as the early one was");
  assert.ok(Math.abs((await card.evaluate(where)) - top) < 1, `the card has not moved (${top} → ${await card.evaluate(where)})`);
  // From now on the app answers: one tap closes it (no second handler toggling it back).
  await figure.tap();
  await page.waitForFunction((q) => !document.getElementById(q), `quote-${id}`);
  await page.waitForTimeout(100);
  assert.equal(await card.count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a quote opened by the app is not handled a second time by the early script', async () => {
  const context = await env.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(env.server.url);
  await ready(page);
  const figure = page.locator('button.figure').nth(2);
  await figure.tap();
  await page.waitForTimeout(100);
  assert.equal(await page.locator('.quote-card').count(), 1);
  assert.equal(await page.locator('.quote-card[data-early]').count(), 0);
  await context.close();
});
