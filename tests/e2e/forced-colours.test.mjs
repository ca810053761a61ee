// Forced colours (Windows high contrast) and more contrast: the canvases repaint in the
// system's own colours, read from the page (CanvasText, Canvas, Highlight, GrayText), when the
// mode holds at load and when it starts later. Screenshots go to target/screens/.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setUp, open, chartsDrawn, PHONE } from './browser.mjs';
import { CHART_IDS } from './content.mjs';

const SCREENS = resolve(import.meta.dirname, '../../target/screens');
const env = setUp();
before(() => mkdir(SCREENS, { recursive: true }));

/** Per chart: the share of its canvas's ink (pixels not the system's canvas colour) that is a
 *  system colour, or a blend of one with the canvas colour (anti-aliased edges), and the
 *  system colours as the page computes them. */
function systemInk(page) {
  return page.evaluate(() => {
    const probe = document.createElement('i');
    for (const [k, v] of [
      ['forced-color-adjust', 'none'],
      ['color', 'CanvasText'],
      ['background-color', 'Canvas'],
      ['border-top', '1px solid Highlight'],
      ['border-bottom', '1px solid GrayText'],
    ]) probe.style.setProperty(k, v);
    document.body.append(probe);
    const s = getComputedStyle(probe);
    const rgb = (v) => v.match(/\d+/g).slice(0, 3).map(Number);
    const [text, canvas, highlight, gray] = [s.color, s.backgroundColor, s.borderTopColor, s.borderBottomColor].map(rgb);
    probe.remove();
    const near = (p, q) => Math.max(...p.map((v, i) => Math.abs(v - q[i]))) <= 6;
    // On the line from the canvas colour to `c`, within a few levels.
    const blend = (p, c) => {
      const d = c.map((v, i) => v - canvas[i]);
      const len = d.reduce((a, v) => a + v * v, 0);
      if (!len) return false;
      const t = Math.min(1, Math.max(0, p.reduce((a, v, i) => a + (v - canvas[i]) * d[i], 0) / len));
      return near(p, canvas.map((v, i) => v + t * d[i]));
    };
    const charts = [...document.querySelectorAll('figure.chart canvas')].map((c) => {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      let system = 0;
      for (let i = 0; i < data.length; i += 4) {
        const p = [data[i], data[i + 1], data[i + 2]];
        if (near(p, canvas)) continue;
        ink++;
        if ([text, highlight, gray].some((col) => blend(p, col))) system++;
      }
      return { id: c.closest('figure').id, ink, share: ink ? system / ink : 0, corner: [...data.slice(0, 3)] };
    });
    return { colours: { text, canvas, highlight, gray }, charts };
  });
}

/** Waits until every canvas's corner is painted in the system's canvas colour. */
async function repainted(page) {
  await page.waitForFunction(() => {
    const probe = document.createElement('i');
    probe.style.setProperty('forced-color-adjust', 'none');
    probe.style.setProperty('background-color', 'Canvas');
    document.body.append(probe);
    const want = getComputedStyle(probe).backgroundColor.match(/\d+/g).slice(0, 3).map(Number);
    probe.remove();
    return [...document.querySelectorAll('figure.chart canvas')].every((c) => {
      const d = c.getContext('2d').getImageData(1, 1, 1, 1).data;
      return want.every((v, i) => Math.abs(v - d[i]) <= 2);
    });
  });
}

function assertSystem(report, when) {
  assert.deepEqual(report.charts.map((c) => c.id).sort(), CHART_IDS.map((id) => `chart-${id}`).sort(), 'every chart');
  for (const c of report.charts) {
    assert.ok(c.ink > 1000, `${when} ${c.id}: something drawn`);
    assert.ok(c.share >= 0.9, `${when} ${c.id}: ${(c.share * 100).toFixed(1)} % of the ink in system colours ${JSON.stringify(report.colours)}`);
  }
}

test('forced colours: every canvas is painted in the system colours, at load and when the mode starts', async () => {
  const { page, context, problems } = await open(env.browser, PHONE, env.server.url);
  await chartsDrawn(page);
  const light = await systemInk(page);
  await page.emulateMedia({ forcedColors: 'active' });
  await repainted(page);
  assertSystem(await systemInk(page), 'switched on');
  await page.screenshot({ path: `${SCREENS}/forced-colours-390x844.png`, fullPage: true });
  // Without forced colours the page's own palette comes back.
  await page.emulateMedia({ forcedColors: 'none' });
  await page.waitForFunction(() => document.querySelector('figure.chart canvas').getContext('2d').getImageData(1, 1, 1, 1).data[0] === 0xff);
  assert.ok(light.charts.some((c) => c.share < 0.9), 'the everyday palette is not all system colours (the check can tell)');
  assert.deepEqual(problems, []);
  await context.close();

  const desktop = await open(env.browser, { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 }, env.server.url);
  await desktop.page.emulateMedia({ forcedColors: 'active' });
  await chartsDrawn(desktop.page);
  await repainted(desktop.page);
  assertSystem(await systemInk(desktop.page), 'at load');
  await desktop.page.screenshot({ path: `${SCREENS}/forced-colours-1440x900.png` });
  assert.deepEqual(desktop.problems, []);
  await desktop.context.close();
});

test('more contrast: the canvases take the same system palette', async () => {
  const { page, context, problems } = await open(env.browser, PHONE, env.server.url);
  await page.emulateMedia({ contrast: 'more' });
  await chartsDrawn(page);
  await repainted(page);
  assertSystem(await systemInk(page), 'more contrast');
  assert.deepEqual(problems, []);
  await context.close();
});
