// The Listen tool: a chart's marks as tones through Web Audio (stubbed here: every oscillator
// records its frequency), pitch rising and falling with the values within each unit, in the
// marks' order; focus follows the sound from mark to mark so a screen reader names each; its
// script is fetched only when a reader asks to listen. Every chart of the content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, open, chartsDrawn, PHONE } from './browser.mjs';
import { CHART_IDS } from './content.mjs';

const env = setUp();

/** Web Audio as a recorder: each context's tones, with their start time. */
const STUB = () => {
  window.__tones = [];
  class Param {
    setValueAtTime(v) { this.value = v; return this; }
    linearRampToValueAtTime() { return this; }
    exponentialRampToValueAtTime() { return this; }
  }
  class Node { connect(n) { return n; } }
  class Oscillator extends Node {
    constructor() { super(); this.frequency = new Param(); }
    start(at) { window.__tones.push({ f: this.frequency.value, at }); }
    stop() {}
  }
  class Gain extends Node { constructor() { super(); this.gain = new Param(); } }
  window.AudioContext = class {
    constructor() { this.currentTime = 0; this.destination = new Node(); }
    createOscillator() { return new Oscillator(); }
    createGain() { return new Gain(); }
    close() { return Promise.resolve(); }
  };
};

/** The direction from one number to the next: -1, 0 or 1. */
const sign = (d) => (Math.abs(d) < 1e-9 ? 0 : Math.sign(d));

test('Listen plays every chart: one tone a valued mark, pitch following the values; its script comes only when asked', async () => {
  const { page, context, problems } = await open(env.browser, PHONE, env.server.url, STUB);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await chartsDrawn(page);
  assert.ok(!fetched.some((p) => p.endsWith('/listen.js')), 'listen.js is not part of the load');
  let sounded = 0;
  for (const id of CHART_IDS) {
    const marks = await page.$$eval(`#chart-${id} button.mark`, (bs) => bs.map((b) => ({ value: parseFloat(b.dataset.value), unit: b.dataset.unit })));
    await page.evaluate(() => { window.__tones = []; });
    await page.locator(`#chart-${id} [data-listen]`).click();
    const valued = marks.filter((m) => Number.isFinite(m.value));
    await page.waitForFunction((n) => window.__tones.length === n, valued.length);
    const tones = await page.evaluate(() => window.__tones);
    // In the marks' order, one after another.
    for (let k = 1; k < tones.length; k++) assert.ok(tones[k].at > tones[k - 1].at, `${id}: tones in order`);
    // Within a unit, the pitch goes up, down or stays as the value does.
    for (let a = 0; a < valued.length; a++) {
      for (let b = a + 1; b < valued.length; b++) {
        if (valued[a].unit !== valued[b].unit) continue;
        assert.equal(sign(tones[b].f - tones[a].f), sign(valued[b].value - valued[a].value),
          `${id}: ${valued[a].value} → ${valued[b].value} sounds ${tones[a].f.toFixed(0)} → ${tones[b].f.toFixed(0)} Hz`);
      }
    }
    for (const t of tones) assert.ok(t.f >= 219 && t.f <= 881, `${id}: ${t.f} Hz within two octaves`);
    // Pressed again, it stops.
    await page.locator(`#chart-${id} [data-listen]`).click();
    sounded += tones.length;
  }
  assert.ok(sounded > CHART_IDS.length, `tones sounded: ${sounded}`);
  assert.equal(fetched.filter((p) => p.endsWith('/listen.js')).length, 1, 'listen.js fetched once, when first asked for');
  assert.deepEqual(problems, []);
  await context.close();
});

test('while it plays, focus walks the marks so each is named, and a key stops it', async () => {
  const { page, context, problems } = await open(env.browser, PHONE, env.server.url, STUB);
  await chartsDrawn(page);
  // The chart with the fewest marks, walked to its end.
  const counts = await Promise.all(CHART_IDS.map((id) => page.locator(`#chart-${id} button.mark`).count()));
  const id = CHART_IDS[counts.indexOf(Math.min(...counts.filter((n) => n > 1)))];
  const names = await page.$$eval(`#chart-${id} button.mark`, (bs) => bs.map((b) => b.getAttribute('aria-label')));
  await page.locator(`#chart-${id} [data-listen]`).focus();
  await page.keyboard.press('Enter');
  const heard = [];
  while (heard.length < names.length) {
    const name = await page.waitForFunction((seen) => {
      const el = document.activeElement;
      const n = el?.matches('button.mark') && el.getAttribute('aria-label');
      return n && n !== seen ? n : false;
    }, heard.at(-1) ?? null, { timeout: 3000 }).then((h) => h.jsonValue());
    heard.push(name);
  }
  assert.deepEqual(heard, names, `${id}: every mark named in turn`);
  // Once it has ended, started again: a key stops it, and focus stays where it was.
  await page.waitForTimeout(600);
  // With a pointer: the marks stay where they are as focus leaves them, so the tap lands.
  await page.locator(`#chart-${id} [data-listen]`).click();
  await page.waitForFunction((first) => document.activeElement?.getAttribute('aria-label') === first, names[0]);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1200);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), names[0], 'stopped on the first mark');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Listen pressed before the WASM has come plays once the app has added the marks', async () => {
  const context = await env.browser.newContext(PHONE);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  let release;
  const released = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await released; await route.continue(); });
  await page.addInitScript(STUB);
  await page.goto(env.server.url);
  const id = CHART_IDS[0];
  await page.locator(`#chart-${id} [data-listen]`).click();
  await page.waitForFunction(() => typeof window.chartListen === 'function');
  assert.equal(await page.locator(`#chart-${id} button.mark`).count(), 0, 'no marks before the app');
  release();
  // Focus walks its marks as they sound: the first is named.
  await page.waitForFunction((id) => {
    const el = document.activeElement;
    return !!el?.matches('button.mark') && !!el.closest(`#chart-${id}`);
  }, id);
  const valued = await page.$$eval(`#chart-${id} button.mark`, (bs) => bs.filter((b) => Number.isFinite(parseFloat(b.dataset.value))).length);
  assert.equal(await page.evaluate(() => window.__tones.length), valued, 'a tone a valued mark');
  assert.deepEqual(problems, []);
  await context.close();
});
