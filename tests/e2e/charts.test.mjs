// End to end: every chart drawn crisp at device scale 1, 2 and 3, beside the text on wide
// screens and in the flow on phones, redrawn on resize, and a tap on a bar opens its quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, OUT, open, chartsDrawn, PHONE } from './browser.mjs';
import { CHART_IDS, CHARTS, FIGURES } from './content.mjs';

// The first bar chart of the article: where a reader taps a bar.
const BARS = CHARTS.find((c) => c.form === 'bars')?.id;

const env = setUp();

/** Per canvas: CSS box, backing store, and the texts it drew (`recordCanvasText`). */
function canvases(page) {
  return page.$$eval('figure.chart canvas', (list) =>
    list.map((c) => {
      const box = c.getBoundingClientRect();
      const texts = [...(c.__texts ?? new Map()).values()].map((t) => t.text);
      return { id: c.closest('figure').id, cssW: box.width, cssH: box.height, w: c.width, h: c.height, texts };
    }),
  );
}

/** What the content says the chart of DOM id `chart-<id>` shows: each of its figures' words as
 *  the article writes them (figures.toml `text`), for its rows and its extras. */
function statedBy(domId) {
  const chart = CHARTS.find((c) => `chart-${c.id}` === domId);
  return [...chart.rows.flat(), ...(chart.extras ?? [])].map((f) => FIGURES.find((x) => x.id === f).text);
}

for (const scale of [1, 2, 3]) {
  test(`every chart is drawn crisp at device scale ${scale}, with every figure it shows`, async () => {
    const device = { ...PHONE, deviceScaleFactor: scale };
    const { page, context, problems } = await open(env.browser, device, env.server.url, recordCanvasText);
    await chartsDrawn(page);
    const list = await canvases(page);
    // In the page's order (by the paragraph each stands by), which need not be the file's.
    assert.deepEqual(list.map((c) => c.id).sort(), CHART_IDS.map((id) => `chart-${id}`).sort(), 'one canvas per chart');
    for (const c of list) {
      assert.equal(c.w, Math.round(c.cssW * scale), `${c.id}: backing width = CSS × ${scale}`);
      assert.equal(c.h, Math.round(c.cssH * scale), `${c.id}: backing height = CSS × ${scale}`);
      // Drawn, and drawn for its own figures: each one's words are in what the canvas wrote.
      // (A figure stated inside a formula, 489 in "489 − 438 = 51", counts by its number.)
      const drawn = (words) => {
        const number = words.match(/\d[\d.]*/)?.[0];
        const alone = number && new RegExp(`(^|[^\\d.])${number.replace('.', '\\.')}([^\\d.]|$)`);
        return c.texts.some((t) => t.includes(words) || (alone && alone.test(t)));
      };
      const missing = statedBy(c.id).filter((words) => !drawn(words));
      assert.deepEqual(missing, [], `${c.id}: figures not drawn (it drew ${JSON.stringify(c.texts)})`);
    }
    if (scale === 3) {
      for (const id of CHART_IDS) await page.locator(`#chart-${id}`).screenshot({ path: `${OUT}/phone-chart-${id}.png` });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a browser without container queries draws each chart to the one height it then reserves, unstretched', async () => {
  // As such a browser sees the page: the chart box is no size container, so only the rule for
  // the narrowest box holds (the policy refuses the added style; this page bypasses it).
  const context = await env.browser.newContext({ ...PHONE, bypassCSP: true });
  await context.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = '.chart-box{container-type:normal!important}';
      document.head.append(style);
    });
  });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/en.html`);
  await chartsDrawn(page);
  const found = await page.$$eval('figure.chart canvas', (list) => {
    const sheet = [...document.querySelectorAll('style')].map((s) => s.textContent).find((t) => t.startsWith('[data-mode]'));
    const narrowest = new Map([...sheet.split('@container')[0].matchAll(/#(chart-[a-z0-9-]+) \.chart-canvas\{height:(\d+)px\}/g)].map((m) => [m[1], Number(m[2])]));
    return list.map((c) => ({ id: c.closest('figure').id, css: c.getBoundingClientRect().height, backing: c.height / devicePixelRatio, narrowest: narrowest.get(c.closest('figure').id) }));
  });
  assert.equal(found.length, CHART_IDS.length);
  for (const c of found) {
    assert.equal(c.css, c.narrowest, `${c.id}: the narrowest box's height`);
    assert.ok(Math.abs(c.backing - c.css) <= 1 / 3, `${c.id}: drawn ${c.backing} px high in a ${c.css} px box`);
  }
  await context.close();
});

test('wide screens put charts beside the text; phones put them in its flow', async () => {
  const { page, context } = await open(env.browser, { viewport: { width: 1440, height: 900 } }, env.server.url);
  await chartsDrawn(page);
  const wide = await page.evaluate(() => {
    const text = document.querySelector('.paragraph').getBoundingClientRect();
    return [...document.querySelectorAll('figure.chart')].map((f) => f.getBoundingClientRect().left - text.right);
  });
  for (const gap of wide) assert.ok(gap > 0, `chart right of the text (gap ${gap})`);
  await page.screenshot({ path: `${OUT}/desktop-charts.png` });

  await page.setViewportSize({ width: 390, height: 844 });
  await chartsDrawn(page);
  const narrow = await page.evaluate(() => {
    const text = document.querySelector('.paragraph').getBoundingClientRect();
    return [...document.querySelectorAll('figure.chart')].map((f) => Math.abs(f.getBoundingClientRect().left - text.left));
  });
  for (const offset of narrow) assert.ok(offset < 1, 'chart in the text column on a phone');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `no horizontal scroll after resizing (${overflow}px)`);
  await context.close();
});

test('tapping a bar opens its quote under the chart, keeps the chart in view, and lights its figure in the text', { skip: !BARS && 'this article has no bar chart' }, async () => {
  const { page, context, problems } = await open(env.browser, PHONE, env.server.url);
  await chartsDrawn(page);
  const canvas = page.locator(`#chart-${BARS} canvas`);
  await canvas.scrollIntoViewIfNeeded();
  // Find the first bar as a reader sees it: the first pixel in the bar colour.
  const spot = await canvas.evaluate((c) => {
    const { data, width } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] === 0x0b && data[i + 1] === 0x4f && data[i + 2] === 0x8a) {
        const x = (i / 4) % width;
        const y = Math.floor(i / 4 / width);
        return { x: (x + 20) / devicePixelRatio, y: (y + 20) / devicePixelRatio };
      }
    }
    return null;
  });
  assert.ok(spot, 'a bar is drawn in the bar colour');
  const before = await canvas.evaluate((c) => c.getBoundingClientRect().top);
  await canvas.tap({ position: spot });
  const card = page.locator(`#chart-${BARS} .quote-card`);
  await card.waitFor();
  await page.waitForTimeout(300);
  const figure = await page.locator('button.figure.is-lit').getAttribute('data-figure');
  assert.equal(await card.getAttribute('id'), `quote-${figure}`);
  assert.equal(await page.locator('.quote-card').count(), 1, 'one quote, under the chart');
  const pressed = await page.locator(`#chart-${BARS} .mark[aria-pressed="true"]`).getAttribute('data-figure');
  assert.equal(pressed, figure, 'the chart marks the same figure');
  const after = await canvas.evaluate((c) => {
    const r = c.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  assert.equal(after.top, before, 'the page did not move');
  assert.ok(after.top >= 0 && after.bottom <= (await page.evaluate(() => innerHeight)), 'the chart stays in view');
  await page.screenshot({ path: `${OUT}/phone-chart-tap.png` });
  // From the quote under the chart to the figure in the text, and back into the paragraph.
  await card.getByRole('button', { name: '在文中查看' }).click();
  await page.locator(`.paragraph #quote-${figure}`).waitFor();
  assert.equal(await page.locator(`#fig-${figure}`).getAttribute('aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), `fig-${figure}`);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Records every text the charts' canvases draw, with the box it covers in backing pixels (its
 *  measured width, and 1.3 × its size high, centred on its middle baseline as the charts set it).
 *  A canvas's record restarts when its backing store is resized, i.e. on every full repaint. */
function recordCanvasText() {
  const proto = CanvasRenderingContext2D.prototype;
  const fillText = proto.fillText;
  proto.fillText = function (text, x, y, ...rest) {
    const w = this.measureText(text).width;
    const size = parseFloat(this.font.match(/([\d.]+)px/)[1]);
    const left = this.textAlign === 'center' ? x - w / 2 : this.textAlign === 'end' || this.textAlign === 'right' ? x - w : x;
    const record = (this.canvas.__texts ??= new Map());
    record.set(`${text}@${x},${y}`, { text, left, right: left + w, top: y - size * 0.65, bottom: y + size * 0.65 });
    this.canvas.__lowest = Math.max(this.canvas.__lowest ?? 0, y + size * 0.65);
    return fillText.call(this, text, x, y, ...rest);
  };
  // The lowest ink a mark puts down (not the paper, which fills the canvas).
  const fillRect = proto.fillRect;
  proto.fillRect = function (x, y, w, h) {
    if (!(x === 0 && y === 0 && w === this.canvas.width && h === this.canvas.height)) this.canvas.__lowest = Math.max(this.canvas.__lowest ?? 0, y + h);
    return fillRect.call(this, x, y, w, h);
  };
  const width = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'width');
  Object.defineProperty(HTMLCanvasElement.prototype, 'width', {
    get() { return width.get.call(this); },
    set(v) { this.__texts = new Map(); this.__lowest = 0; width.set.call(this, v); },
  });
}

/** Per chart: labels drawn outside the canvas, cut with "…", or meeting another label; a
 *  canvas drawn for another height than its box's (stretched), or one that leaves a band of
 *  empty paper under what it draws (its reserved height steps with the box's width; what is
 *  left is what the build's conservative text widths keep for the widest fonts: up to 73 px
 *  in this article's English, 86 in the national-2023 fixture's, where one height for all
 *  widths left up to 178). */
function textProblems(page) {
  return page.$$eval('figure.chart canvas', (list) => list.flatMap((c) => {
    const id = c.closest('figure').id;
    const texts = [...(c.__texts ?? new Map()).values()];
    const out = [];
    if (texts.length === 0) out.push(`${id}: no text recorded`);
    const box = c.getBoundingClientRect();
    if (Math.abs(c.height - box.height * devicePixelRatio) > 1) out.push(`${id}: drawn ${c.height} px high for a box of ${box.height} CSS px ×${devicePixelRatio}`);
    const empty = (c.height - (c.__lowest ?? 0)) / devicePixelRatio;
    if (empty > 100) out.push(`${id}: ${Math.round(empty)} px of empty paper under what it draws, ${Math.round(box.width)} px wide`);
    for (const t of texts) {
      if (t.text.includes('…')) out.push(`${id}: "${t.text}" is cut`);
      if (t.left < -0.5 || t.right > c.width + 0.5 || t.top < -0.5 || t.bottom > c.height + 0.5) out.push(`${id}: "${t.text}" leaves the canvas (${Math.round(t.left)}–${Math.round(t.right)} × ${Math.round(t.top)}–${Math.round(t.bottom)} in ${c.width}×${c.height})`);
    }
    texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
      const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
      if (!apart) out.push(`${id}: "${a.text}" meets "${b.text}"`);
    }));
    return out;
  }));
}

for (const [lang, path] of [['zh', '/'], ['en', '/en.html']]) {
  test(`${lang}: what the canvases draw never collides, spills, is cut or leaves a band of paper, 320–1440 px at pixel ratios 1–3`, async () => {
    // Whole and fractional pixel ratios: 1.5, 2.625 and 2.75 are common Android phones'.
    for (const [width, scale] of [[320, 2], [360, 1.5], [390, 3], [412, 2.625], [393, 2.75], [440, 1], [768, 2], [1440, 1]]) {
      const device = { viewport: { width, height: 900 }, deviceScaleFactor: scale };
      const context = await env.browser.newContext(device);
      await context.addInitScript(recordCanvasText);
      const page = await context.newPage();
      await page.goto(`${env.server.url}${path}`);
      await chartsDrawn(page);
      assert.deepEqual(await textProblems(page), [], `${lang} at ${width}px ×${scale}`);
      if ((width === 390 && scale === 3) || width === 1440) {
        for (const id of CHART_IDS) {
          if (width === 1440) {
            // Wide screens show one chart beside the paragraph being read: read its paragraph.
            await page.evaluate((id) => {
              const p = document.querySelector(`p[data-chart="${id}"]`).getBoundingClientRect();
              scrollTo(0, scrollY + p.top + p.height / 2 - innerHeight / 2);
            }, id);
            await page.waitForFunction((id) => getComputedStyle(document.getElementById(`chart-${id}`)).opacity === '1', id);
          } else {
            await page.locator(`#chart-${id} canvas`).scrollIntoViewIfNeeded();
          }
          await page.locator(`#chart-${id}`).screenshot({ path: `${OUT}/chart-${id}-${lang}-${width}.png` });
        }
      }
      await context.close();
    }
  });
}
