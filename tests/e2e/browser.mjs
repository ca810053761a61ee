// Debian's Chromium, driven by playwright-core, with the flags this closed network needs.
import { before, after } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

/** Where tests leave screenshots for people to look at. */
export const OUT = resolve(import.meta.dirname, 'output');

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Opens a page that records console errors, uncaught exceptions and dialogs; `init`, if
 *  given, runs in every page before its own scripts. */
export async function open(browser, device, url, init) {
  const context = await browser.newContext(device);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('button.figure, button.mark');
  await ready(page);
  return { page, context, problems };
}

/** Waits until every chart canvas is drawn for its box at the screen's pixel ratio. The app
 *  paints a chart only when it nears the viewport, so each undrawn one is scrolled to in turn;
 *  the scroll position is then put back. */
export async function chartsDrawn(page) {
  await page.waitForFunction(() => document.querySelectorAll('figure.chart canvas').length > 0);
  await page.evaluate(async () => {
    const drawn = (c) => c.width > 0 && c.width === Math.round(c.getBoundingClientRect().width * devicePixelRatio);
    // Let the app's own scrolling after its first frames (a link to a figure) happen first.
    for (let i = 0; i < 3; i++) await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 20)));
    const [x, y] = [scrollX, scrollY];
    for (const c of document.querySelectorAll('figure.chart canvas')) {
      if (drawn(c)) continue;
      c.scrollIntoView({ block: 'center' });
      for (let t = 0; !drawn(c) && t < 400; t++) await new Promise((ok) => setTimeout(ok, 25));
    }
    scrollTo(x, y);
  });
  await page.waitForFunction(() => {
    const canvases = [...document.querySelectorAll('figure.chart canvas')];
    return canvases.every((c) => c.width > 0 && c.width === Math.round(c.getBoundingClientRect().width * devicePixelRatio));
  });
}

/** Brings chart `id` into view as a reader does: scrolls its first paragraph to the middle of
 *  the screen (on wide screens the chart for that paragraph then stands beside it), then the
 *  chart itself into view if it is in the text column; resolves once it is shown. */
export async function showChart(page, id) {
  await page.evaluate((id) => {
    const p = document.querySelector(`p[data-chart="${id}"]`);
    if (p) scrollTo(0, scrollY + p.getBoundingClientRect().top - innerHeight / 2 + 10);
  }, id);
  await page.waitForFunction((id) => getComputedStyle(document.getElementById(`chart-${id}`)).opacity === '1', id);
  await page.locator(`#chart-${id} canvas`).scrollIntoViewIfNeeded();
}

/** Activates a chart's mark as a keyboard reader does (the marks lie invisibly over the
 *  drawing; pointer readers tap the drawing itself). */
export async function pressMark(mark) {
  await mark.focus();
  await mark.press('Enter');
}

/** Waits until the app has taken over the prerendered page (`#app[data-live]`, set as it
 *  hydrates) and every chart is drawn by it. */
export async function ready(page) {
  await page.waitForFunction(() => document.getElementById('app')?.hasAttribute('data-live'));
  await chartsDrawn(page);
}

/** For one test file: serves dist/ and launches Chromium before its tests, closes both after.
 *  Returns `{ server, browser }`, filled in once the tests start. */
export function setUp() {
  const env = {};
  before(async () => {
    await mkdir(OUT, { recursive: true });
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
