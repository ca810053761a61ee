// Keyboard inside the charts: one tab stop per chart (a roving tabindex), Left/Right, Home and
// End move among its marks and Up/Down between its groups (rows), each mark's name says its
// place ("第3项，共5项" / "3 of 5"), the focused mark shows a focus ring and is ringed on the canvas, Enter opens its quote under the chart and Escape closes
// it with focus kept on the mark. Every chart of the content, in the page, an embed and English.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, open, chartsDrawn, PHONE } from './browser.mjs';
import { CHART_IDS, CHARTS } from './content.mjs';

const env = setUp();

/** How many marks chart `id` has: its rows' figures and its extras, as the content lists them. */
const markCount = (id) => {
  const c = CHARTS.find((x) => x.id === id);
  return c.rows.flat().length + (c.extras ?? []).length;
};

/** The focused element, if it is a mark: its chart, its name and whether it is the chart's one
 *  tab stop. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el?.matches('button.mark')) return null;
    return { chart: el.closest('figure').id, id: el.id, name: el.getAttribute('aria-label'), tabindex: el.getAttribute('tabindex') };
  });

/** Whether the focused element is shown with a focus ring: its list in view (not the invisible
 *  overlay it is until focused) and a solid outline of at least 2 px. */
const ringed = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return (
      getComputedStyle(el.closest('.chart-marks')).opacity === '1' &&
      box.width > 0 &&
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) >= 2
    );
  });

/** Where ArrowDown from the first mark goes: the first mark of the next group (the chart's
 *  second row, or its notes), or nowhere when it has one group. */
const downFromFirst = (id) => {
  const c = CHARTS.find((x) => x.id === id);
  const groups = c.rows.map((r) => r.length).concat((c.extras ?? []).length ? [c.extras.length] : []);
  return groups.length > 1 ? groups[0] : 0;
};

/** The canvas of chart `id` as drawn now, once its pending repaint (a frame and a task) is done. */
const canvasNow = (page, id) =>
  page.evaluate(async (id) => {
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50)));
    return document.querySelector(`#chart-${id} canvas`).toDataURL();
  }, id);

/** Puts focus just before chart `id`'s marks (on its title), as if the reader had tabbed there. */
const focusTitle = (page, id) =>
  page.evaluate((id) => {
    const h = document.querySelector(`#chart-${id} .chart-title`);
    h.tabIndex = -1;
    h.focus();
  }, id);

/** Walks chart `id` by keyboard: the page must be showing it, with no quote open. `place(n, N)`
 *  is how a name ends in the page's language. */
async function walk(page, id, place) {
  const count = markCount(id);
  const stops = await page.$$eval(`#chart-${id} button.mark`, (bs) => bs.map((b) => b.getAttribute('tabindex')));
  assert.equal(stops.length, count, `${id}: one button per mark`);
  assert.deepEqual(stops.filter((t) => t === '0').length, 1, `${id}: exactly one mark is a tab stop`);

  await focusTitle(page, id);
  const unringed = await canvasNow(page, id);
  await page.keyboard.press('Tab');
  const first = await focused(page);
  assert.notEqual(await canvasNow(page, id), unringed, `${id}: the focused mark is ringed on the canvas`);
  assert.equal(first?.chart, `chart-${id}`, `${id}: Tab goes into the chart`);
  assert.ok(first.name.endsWith(place(1, count)), `${id}: the first mark says its place: ${first.name}`);
  assert.equal(first.tabindex, '0');
  assert.ok(await ringed(page), `${id}: the focused mark is shown with a focus ring`);

  const names = [first.name];
  for (let k = 2; k <= count; k++) {
    await page.keyboard.press('ArrowRight');
    const now = await focused(page);
    assert.equal(now?.chart, `chart-${id}`, `${id}: ArrowRight stays in the chart`);
    assert.ok(now.name.endsWith(place(k, count)), `${id}: mark ${k} says ${place(k, count)}: ${now.name}`);
    assert.ok(!names.includes(now.name), `${id}: ArrowRight moves to a mark of another name`);
    assert.equal(now.tabindex, '0', `${id}: the focused mark holds the tab stop`);
    assert.ok(await ringed(page), `${id}: mark ${k} is shown with a focus ring`);
    names.push(now.name);
  }
  // No name says its words twice (a claim's label is its figure: said once).
  for (const [k, name] of names.entries()) {
    const parts = name.slice(0, name.length - place(k + 1, count).length).split(/ — |：/);
    assert.ok(parts.length === 1 || parts[0] !== parts[1], `${id}: ${name} says it twice`);
  }
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused(page)).name, names.at(-1), `${id}: ArrowRight stops at the last mark`);
  await page.keyboard.press('Home');
  assert.equal((await focused(page)).name, names[0], `${id}: Home goes to the first mark`);
  await page.keyboard.press('ArrowLeft');
  assert.equal((await focused(page)).name, names[0], `${id}: ArrowLeft stops at the first mark`);
  await page.keyboard.press('End');
  assert.equal((await focused(page)).name, names.at(-1), `${id}: End goes to the last mark`);
  if (count > 1) {
    await page.keyboard.press('ArrowLeft');
    assert.equal((await focused(page)).name, names.at(-2), `${id}: ArrowLeft goes back one`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const down = names.indexOf((await focused(page)).name);
    assert.equal(down, downFromFirst(id), `${id}: ArrowDown goes to the next group's first mark`);
    await page.keyboard.press('ArrowUp');
    assert.equal(names.indexOf((await focused(page)).name), 0, `${id}: ArrowUp goes back to the group before`);
  }

  // Tab leaves the chart at once, and Shift+Tab comes back to the mark last focused.
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  assert.notEqual((await focused(page))?.chart, `chart-${id}`, `${id}: one Tab leaves the chart`);
  assert.equal(await canvasNow(page, id), unringed, `${id}: no ring once focus has left the marks`);
  await page.keyboard.press('Shift+Tab');
  const back = await focused(page);
  assert.equal(back?.name, names.at(-1), `${id}: Shift+Tab comes back to the mark last focused`);

  // Enter opens the quote under the chart; Escape closes it and focus stays on the mark.
  await page.keyboard.press('Home');
  const mark = (await focused(page)).id;
  await page.keyboard.press('Enter');
  await page.locator(`#chart-${id} .quote-card`).waitFor();
  assert.equal((await focused(page))?.id, mark, `${id}: focus stays on the mark as its quote opens`);
  await page.keyboard.press('Escape');
  await page.locator(`#chart-${id} .quote-card`).waitFor({ state: 'detached' });
  assert.equal((await focused(page))?.id, mark, `${id}: Escape keeps focus on the mark`);
  await page.keyboard.press('Space');
  await page.locator(`#chart-${id} .quote-card`).waitFor();
  await page.keyboard.press('Escape');
  await page.locator(`#chart-${id} .quote-card`).waitFor({ state: 'detached' });
}

const ZH = (n, count) => `，第${n}项，共${count}项`;
const EN = (n, count) => `, ${n} of ${count}`;

// One page for every chart (opened by the first test that needs it).
let shared;
after(() => shared?.context.close());

for (const id of CHART_IDS) {
  test(`keyboard in chart ${id}: one tab stop, arrows, Home/End, Enter/Escape, its place said`, async () => {
    if (!shared) {
      shared = await open(env.browser, PHONE, env.server.url);
      await chartsDrawn(shared.page);
    }
    await walk(shared.page, id, ZH);
    assert.deepEqual(shared.problems, []);
  });
}

test('the same keys in a chart embed and in the English interface', async () => {
  const id = CHART_IDS[CHART_IDS.length - 1];
  for (const [path, place] of [[`/embed-${id}.html`, ZH], [`/en.html`, EN], [`/embed-${id}.en.html`, EN]]) {
    const { page, context, problems } = await open(env.browser, PHONE, `${env.server.url}${path}`);
    await chartsDrawn(page);
    await page.waitForSelector(`#chart-${id} button.mark`);
    await walk(page, id, place);
    assert.deepEqual(problems, [], path);
    await context.close();
  }
});
