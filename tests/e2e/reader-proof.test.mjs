// Reader-proof: accessibility (axe-core), every screen size, keyboard only, a storm of resizes
// and clicks, and valid HTML (Nu checker). Full-page screenshots go to target/screens/.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import { setUp, open, chartsDrawn, PHONE, DESKTOP } from './browser.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENS = `${ROOT}/target/screens`;
const AXE = `${ROOT}/node_modules/axe-core/axe.min.js`;
const VNU = `${ROOT}/node_modules/vnu-jar/build/dist/vnu.jar`;

const env = setUp();
before(() => mkdir(SCREENS, { recursive: true }));

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const AXE_CASES = [
  ['phone', PHONE, '/'],
  ['desktop', { viewport: { width: 1440, height: 900 } }, '/'],
  ['phone with a quote open', PHONE, '/#fig-holiday-visitors'],
  ['article embed', { viewport: { width: 360, height: 740 } }, '/embed.html'],
  ['chart embed with a quote', { viewport: { width: 360, height: 740 } }, '/embed-summer-offensive.html#fig-summer-2023-done'],
  ['dark phone', { ...PHONE, colorScheme: 'dark' }, '/'],
  ['dark desktop with a quote open', { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' }, '/#fig-investment-total'],
  ['English phone with a quote open', PHONE, '/en.html#fig-holiday-visitors'],
  ['English chart embed', { viewport: { width: 360, height: 740 } }, '/embed-investment.en.html'],
];

for (const [name, device, path] of AXE_CASES) {
  test(`axe: no violations (${name})`, async () => {
    const { page, context, problems } = await open(env.browser, device, `${env.server.url}${path}`);
    await chartsDrawn(page);
    if (path.includes('#fig-') && !path.includes('embed-')) await page.locator('.quote-card').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

const SCREEN_SIZES = [
  ['320x640', { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
  ['360x740', { viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }],
  ['390x844', PHONE],
  ['768x1024', { viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
  ['1440x900', { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 }],
];

for (const [name, device] of SCREEN_SIZES) {
  test(`screen ${name}: fits, text ≥ 12 px, targets ≥ 24 px, canvases crisp`, async () => {
    for (const scheme of ['light', 'dark']) {
      const { page, context, problems } = await open(env.browser, { ...device, colorScheme: scheme }, env.server.url);
      await chartsDrawn(page);
      const report = await page.evaluate(() => {
        const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const texts = [...document.querySelectorAll('body *')].filter(
          (el) => shown(el) && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()),
        );
        const small = texts.filter((el) => parseFloat(getComputedStyle(el).fontSize) < 12).map((el) => el.className || el.tagName);
        const targets = [...document.querySelectorAll('button, a[href], summary, input, textarea, [tabindex]')].filter(shown);
        const tiny = targets
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 24 || r.height < 24)
          .map(({ el, r }) => `${el.tagName}.${el.className} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
        const blurry = [...document.querySelectorAll('canvas')]
          .filter((c) => c.width !== Math.round(c.getBoundingClientRect().width * devicePixelRatio))
          .map((c) => c.closest('figure').id);
        return { overflow: document.documentElement.scrollWidth - innerWidth, small, tiny, blurry, targets: targets.length };
      });
      assert.ok(report.overflow <= 0, `${name} ${scheme}: horizontal overflow ${report.overflow}px`);
      assert.deepEqual(report.small, [], `${name} ${scheme}: text under 12px`);
      assert.deepEqual(report.tiny, [], `${name} ${scheme}: touch targets under 24px`);
      assert.deepEqual(report.blurry, [], `${name} ${scheme}: canvases not at device resolution`);
      assert.ok(report.targets > 100);
      await page.screenshot({ path: `${SCREENS}/${name}-${scheme}.png`, fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test('dark mode redraws the charts in the dark palette', async () => {
  const { page, context } = await open(env.browser, { ...PHONE, colorScheme: 'dark' }, env.server.url);
  await chartsDrawn(page);
  const corner = await page.locator('#chart-holiday canvas').evaluate((c) => [...c.getContext('2d').getImageData(1, 1, 1, 1).data]);
  assert.deepEqual(corner.slice(0, 3), [0x16, 0x18, 0x1c], 'dark paper behind the chart');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => document.querySelector('#chart-holiday canvas').getContext('2d').getImageData(1, 1, 1, 1).data[0] === 0xff);
  await context.close();
});

test('keyboard only: Tab reaches every figure and one mark per chart in reading order with a visible ring', async () => {
  const { page, context, problems } = await open(env.browser, DESKTOP, env.server.url);
  await chartsDrawn(page);
  // Each chart is one tab stop (its first mark until another is focused); arrows move inside
  // it (tests/e2e/keyboard.test.mjs).
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll('button.figure, button.mark')]
      .filter((b) => b.matches('.figure') || b === b.closest('figure').querySelector('button.mark'))
      .map((b) => `${b.className.split(' ')[0]}:${b.dataset.figure}`),
  );
  assert.equal(expected.filter((k) => k.startsWith('mark:')).length, await page.locator('figure.chart').count(), 'one mark per chart');
  const reached = [];
  const rings = [];
  for (let i = 0; i < 400 && reached.length < expected.length; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || !el.matches('button.figure, button.mark')) return null;
      const style = getComputedStyle(el);
      return { key: `${el.className.split(' ')[0]}:${el.dataset.figure}`, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    if (seen) {
      reached.push(seen.key);
      if (!seen.ring) rings.push(seen.key);
    }
  }
  assert.deepEqual(reached, expected, 'every figure and the first mark of each chart, in document (reading) order');
  assert.deepEqual(rings, [], 'a visible focus ring on each');

  const id = 'fig-weekly-meetings';
  await page.locator(`#${id}`).focus();
  await page.keyboard.press('Enter');
  await page.locator('#quote-weekly-meetings').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await page.locator('#quote-weekly-meetings').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), id);
  await page.keyboard.press('Space');
  await page.locator('#quote-weekly-meetings').waitFor();
  await page.keyboard.press('Space');
  await page.locator('#quote-weekly-meetings').waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a storm of 40 resizes in 2 s and rapid clicks on every figure leave no error', async () => {
  const { page, context, problems } = await open(env.browser, PHONE, env.server.url);
  await chartsDrawn(page);
  for (let i = 0; i < 40; i++) {
    await page.setViewportSize({ width: 320 + ((i * 97) % 1120), height: 600 + ((i * 53) % 400) });
    await page.waitForTimeout(50);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  const ids = await page.$$eval('button.figure', (bs) => bs.map((b) => b.id));
  await page.evaluate((list) => { for (const id of list) for (let k = 0; k < 3; k++) document.getElementById(id).click(); }, ids);
  for (const id of ids.slice(0, 12)) await page.locator(`#${id}`).click({ delay: 0 });
  await page.waitForTimeout(500);
  await chartsDrawn(page);
  assert.equal(await page.locator('button.figure').count(), ids.length, 'the article still renders');
  assert.ok((await page.locator('.quote-card').count()) <= 1, 'at most one quote open');
  assert.equal(await page.locator('#app-failure').count(), 0, 'no panic notice');
  assert.deepEqual(problems, [], 'no console error, exception, WASM panic or dialog');
  await context.close();
});

test('the Nu HTML checker finds no errors in the built pages and the rendered DOM', async () => {
  const { page, context } = await open(env.browser, PHONE, `${env.server.url}/#fig-holiday-visitors`);
  await page.locator('.quote-card').waitFor();
  await chartsDrawn(page);
  const rendered = `${SCREENS}/rendered.html`;
  await writeFile(rendered, await page.content());
  await context.close();
  const files = ['index.html', 'embed.html', 'embed-holiday.html'].map((f) => `${ROOT}/dist/${f}`).concat(rendered);
  const run = promisify(execFile);
  let out;
  try {
    out = await run('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { maxBuffer: 1 << 24 });
  } catch (failed) {
    // The checker exits non-zero when it finds errors; Java or the jar missing is a failure.
    if (failed.code === 'ENOENT') assert.fail('java is not installed: scripts/setup.sh installs default-jre-headless');
    out = failed;
  }
  // The checker always prints its JSON report on stderr: no report means it did not run.
  let report;
  try {
    report = JSON.parse(out.stderr);
  } catch {
    assert.fail(`the Nu checker gave no report (java -jar ${VNU}):\n${out.stderr}${out.stdout}`);
  }
  assert.ok(Array.isArray(report.messages), 'the Nu checker report has a message list');
  // The checker's CSS profile predates container queries (CSS Containment 3, in every current
  // browser since 2023): their property and at-rule, and nothing else, are not errors here.
  const newerCss = /^CSS: (“container-type”: Property “container-type” doesn't exist\.|Unrecognized at-rule “@container”\.?)$/;
  const messages = report.messages.filter((m) => m.type === 'error' && !newerCss.test(m.message));
  assert.deepEqual(messages.map((m) => `${m.url?.split('/').pop()}:${m.lastLine}: ${m.message}`), []);
});
