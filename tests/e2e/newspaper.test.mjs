// Read like a newspaper: on wide screens the chart for what you read is in view beside it and
// the text column has no holes; Chinese line-breaking rules hold around every figure; the
// Chinese interface shows no English and no Western digit grouping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, OUT, open, PHONE } from './browser.mjs';

const env = setUp();

const WIDE = [
  ['1440x900', { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 }],
  ['1280x800', { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }],
];

for (const [name, device] of WIDE) {
  test(`${name}: each chart is wholly in view while its paragraph is read, and the text has no holes`, async () => {
    const { page, context, problems } = await open(env.browser, device, env.server.url);
    const charts = await page.$$eval('figure.chart', (fs) => fs.map((f) => f.id.replace(/^chart-/, '')));
    assert.ok(charts.length >= 8, 'the charts are there');
    for (const id of charts) {
      // The first paragraph that states one of the chart's figures, at the middle of the screen.
      await page.evaluate((id) => {
        const p = document.querySelector(`p[data-chart="${id}"]`);
        scrollTo(0, scrollY + p.getBoundingClientRect().top + p.getBoundingClientRect().height / 2 - innerHeight / 2);
      }, id);
      // Once the fade is over: this chart shown, every other one gone.
      await page.waitForFunction(
        (id) => [...document.querySelectorAll('figure.chart')].every((f) => getComputedStyle(f).opacity === (f.id === `chart-${id}` ? '1' : '0')),
        id,
      );
      const seen = await page.evaluate((id) => {
        const r = document.querySelector(`#chart-${id} canvas`).getBoundingClientRect();
        const text = document.querySelector(`p[data-chart="${id}"]`).getBoundingClientRect();
        const shown = [...document.querySelectorAll('figure.chart')].filter((f) => getComputedStyle(f).opacity !== '0');
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, h: innerHeight, w: innerWidth, besideText: r.left >= text.right, shown: shown.map((f) => f.id) };
      }, id);
      assert.ok(seen.top >= 0 && seen.bottom <= seen.h && seen.left >= 0 && seen.right <= seen.w, `${name} ${id}: graphic wholly in view (${JSON.stringify(seen)})`);
      assert.ok(seen.besideText, `${name} ${id}: beside the text, not over it`);
      assert.deepEqual(seen.shown, [`chart-${id}`], `${name} ${id}: the one chart shown`);
      if (id === 'investment') await page.screenshot({ path: `${OUT}/wide-${name}-${id}.png` });
    }
    // A jump from the top straight into a paragraph without charted figures (as a link or the
    // End key does) shows the chart of the last charted paragraph above it.
    const expected = await page.evaluate(() => {
      scrollTo(0, 0);
      const paragraphs = [...document.querySelectorAll('.narrative .paragraph')];
      const plain = paragraphs.findLast((p) => !p.dataset.chart && paragraphs.slice(0, paragraphs.indexOf(p)).some((q) => q.dataset.chart));
      const before = paragraphs.slice(0, paragraphs.indexOf(plain)).findLast((q) => q.dataset.chart);
      window.__jumpTo = plain;
      return before.dataset.chart;
    });
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const r = window.__jumpTo.getBoundingClientRect();
      scrollTo(0, scrollY + r.top + r.height / 2 - innerHeight / 2);
    });
    await page.waitForFunction(
      (id) => getComputedStyle(document.getElementById(`chart-${id}`)).opacity === '1',
      expected,
    );
    // Gaps between consecutive blocks of the text column: none taller than two lines.
    const gaps = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll('.narrative .section-heading, .narrative .paragraph')];
      const line = parseFloat(getComputedStyle(document.querySelector('.narrative .paragraph')).lineHeight);
      const out = [];
      for (let i = 1; i < blocks.length; i++) {
        const gap = blocks[i].getBoundingClientRect().top - blocks[i - 1].getBoundingClientRect().bottom;
        out.push({ at: blocks[i].textContent.slice(0, 12), gap, line });
      }
      return out;
    });
    assert.ok(gaps.length > 20);
    const holes = gaps.filter((g) => g.gap > 2 * g.line);
    assert.deepEqual(holes, [], `${name}: no hole taller than two lines`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

const OPENING = '（“‘《「『【〔(';
const CLOSING = '，。、；：？！）”’》」』】〕…%),.;:';

for (const [name, device] of [
  ['320', { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
  ['390', PHONE],
  ['1440', WIDE[0][1]],
]) {
  test(`${name} px: no line starts with closing punctuation or ends with opening punctuation`, async () => {
    const { page, context } = await open(env.browser, device, env.server.url);
    const faults = await page.evaluate(({ OPENING, CLOSING }) => {
      const faults = [];
      for (const p of document.querySelectorAll('.narrative .paragraph')) {
        // Every character and every figure (one unbreakable token), in reading order, with
        // the vertical middle of its box.
        const tokens = [];
        const walk = (node) => {
          if (node.nodeType === 1 && node.matches('button.figure')) {
            const r = node.getBoundingClientRect();
            tokens.push({ text: node.textContent, mid: (r.top + r.bottom) / 2 });
            return;
          }
          if (node.nodeType === 3) {
            const range = document.createRange();
            for (let i = 0; i < node.length; i++) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const r = range.getClientRects()[0];
              if (r && node.data[i].trim()) tokens.push({ text: node.data[i], mid: (r.top + r.bottom) / 2 });
            }
            return;
          }
          for (const child of node.childNodes) walk(child);
        };
        walk(p);
        const line = parseFloat(getComputedStyle(p).lineHeight);
        for (let i = 1; i < tokens.length; i++) {
          if (tokens[i].mid - tokens[i - 1].mid > line / 2) {
            const end = tokens[i - 1].text.at(-1);
            const start = tokens[i].text[0];
            if (OPENING.includes(end)) faults.push(`line ends with ${end}: …${tokens.slice(Math.max(0, i - 4), i).map((t) => t.text).join('')}`);
            if (CLOSING.includes(start)) faults.push(`line starts with ${start}: ${tokens.slice(i, i + 4).map((t) => t.text).join('')}…`);
          }
        }
      }
      return faults;
    }, { OPENING, CLOSING });
    assert.deepEqual(faults, []);
    await context.close();
  });
}

test('the Chinese interface shows no English and no Western digit grouping; the English one shows English chart words', async () => {
  const { page, context } = await open(env.browser, PHONE, env.server.url);
  await page.locator('#fig-holiday-visitors').click();
  await page.locator('#quote-holiday-visitors').waitFor();
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
  const texts = await page.evaluate(() => {
    const seen = [];
    for (const el of document.querySelectorAll('.quote-card, figure.chart, .colophon, .photo-notes')) {
      const clone = el.cloneNode(true);
      // Code to paste is code, not a language.
      clone.querySelectorAll('textarea, .embed-code').forEach((c) => c.remove());
      seen.push({ where: el.id || el.className, text: clone.textContent });
    }
    return seen;
  });
  // PM2.5 is the pollutant's name in Chinese text too; CSV and PNG name file formats.
  const allowed = /PM2\.5|CSV|PNG/g;
  for (const { where, text } of texts) {
    const latin = text.replace(allowed, '').match(/[A-Za-z]{2,}/g);
    assert.equal(latin, null, `${where}: English in the Chinese interface: ${latin}`);
    assert.doesNotMatch(text, /\d,\d{3}/, `${where}: Western digit grouping`);
  }
  await context.close();

  const en = await open(env.browser, PHONE, `${env.server.url}/en.html`);
  const titles = await en.page.$$eval('.chart-title', (hs) => hs.map((h) => h.textContent));
  for (const t of titles) assert.doesNotMatch(t, /[\u4e00-\u9fff]/, `English chart title: ${t}`);
  await en.page.locator('#fig-holiday-visitors').click();
  const label = await en.page.locator('#quote-holiday-visitors .quote-label').textContent();
  assert.doesNotMatch(label, /[\u4e00-\u9fff]/, 'the English quote label only');
  await en.context.close();
});
