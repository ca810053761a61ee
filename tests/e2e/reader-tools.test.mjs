// End to end: a reader takes the data (CSV) and a chart's picture (PNG) away, on a desktop,
// on a phone, and in an in-app browser that ignores downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setUp, open, showChart, PHONE, DESKTOP } from './browser.mjs';
import { FIGURES, PLAIN_COUNT, PAGE } from './content.mjs';

const PREFIX = PAGE.publication.file_prefix;

const FIGURE_COUNT = FIGURES.length;

const env = setUp();

const pngSize = (buffer) => [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];

const HEADER = 'id,label_zh,label_en,value,unit,quote,section,kind,bound,value_max,formula';

const csvLines = async (page, link) => {
  const body = await (await page.request.get(new URL(await link.getAttribute('href'), env.server.url + '/').href)).body();
  assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  return body.toString('utf8').slice(1).split('\r\n').filter(Boolean);
};

test('the data downloads as CSV with a BOM: all statistics, and each chart its own', async () => {
  const { page, context } = await open(env.browser, DESKTOP, env.server.url);
  const lines = await csvLines(page, page.locator(`.colophon a[download="${PREFIX}-statistics.csv"]`));
  assert.equal(lines[0], HEADER);
  const derived = lines.filter((l) => l.includes(',derived,approximate,'));
  assert.equal(lines.length - derived.length, FIGURE_COUNT + 1, 'a row per figure, then the derived values');
  assert.ok(lines.some((l) => l.startsWith('holiday-visitors,中秋国庆假期接待游客,') && l.includes(',2304700,人次,')));
  assert.ok(
    lines.some((l) => l.startsWith('grid-members-per-township,') && l.includes(',守护绿水青山，让生态环境底色更浓,count,range,3,')),
    'section, kind, bound and upper end, with the Chinese intact',
  );
  assert.ok(derived.some((l) => l.startsWith('holiday_derived_1,') && l.endsWith(',230.47万人次 ÷ (1 + 80.52%)')), 'the formula');

  const download = page.waitForEvent('download');
  await showChart(page, 'investment');
  await page.locator('#chart-investment a[download$=".csv"]').click();
  const file = await (await download).path();
  const csv = await readFile(file, 'utf8');
  assert.ok(csv.startsWith(`\ufeff${HEADER}\r\n`));
  assert.ok(csv.includes('\r\ninvestment-projects,'), 'the chart’s own figures');
  assert.ok(!csv.includes('\r\nholiday-visitors,'), 'and only those');
  await context.close();
});

test('the numerals left plain download as CSV with a BOM, each with its reason', async () => {
  const { page, context } = await open(env.browser, DESKTOP, env.server.url);
  const link = page.locator(`.colophon a[download="${PREFIX}-not-statistics.csv"]`);
  assert.match(await link.textContent(), /未标为数据的数字/);
  const lines = await csvLines(page, link);
  assert.equal(lines[0], 'line,context,numeral,reason');
  assert.equal(lines.length, PLAIN_COUNT + 1);
  assert.ok(lines.includes('39,自2017年起,2017,a date: the year the national scheme began'), 'Chinese intact');
  await context.close();
});

for (const scale of [2, 3]) {
  test(`a chart saves as a PNG at full resolution (scale ${scale})`, async () => {
    const { page, context, problems } = await open(env.browser, { ...PHONE, deviceScaleFactor: scale }, env.server.url);
    const chart = page.locator('#chart-holiday');
    await chart.scrollIntoViewIfNeeded();
    const cssWidth = await chart.evaluate((el) => el.getBoundingClientRect().width);
    const download = page.waitForEvent('download');
    await chart.getByRole('button', { name: /保存图片|Save image/ }).click();
    const saved = await download;
    assert.match(saved.suggestedFilename(), /holiday\.png$/);
    const [w, h] = pngSize(await readFile(await saved.path()));
    assert.equal(w, Math.round(cssWidth * scale), 'width = CSS width × device scale');
    assert.ok(h > 300 * scale, 'title, chart and source lines');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('in an in-app browser the picture is shown to long-press instead', async () => {
  const { page, context, problems } = await open(
    env.browser,
    { ...PHONE, userAgent: 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile MicroMessenger/8.0.40' },
    env.server.url,
  );
  const chart = page.locator('#chart-governance');
  await chart.scrollIntoViewIfNeeded();
  const cssWidth = await chart.evaluate((el) => el.getBoundingClientRect().width);
  await chart.getByRole('button', { name: /保存图片|Save image/ }).click();
  const img = chart.locator('.saved-image img');
  await img.waitFor();
  assert.equal(await img.evaluate((i) => i.naturalWidth), Math.round(cssWidth * 3));
  assert.ok((await chart.locator('.saved-hint').textContent()).length > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('printed, the page lists every figure with its source sentence, made only when printing', async () => {
  const { page, context, problems } = await open(env.browser, DESKTOP, env.server.url);
  assert.equal(await page.locator('.print-sources').count(), 0, 'not made at start-up');
  // A real print (to PDF): `beforeprint` makes them before the page is laid out for paper.
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000, 'a PDF was printed');
  assert.equal(await page.locator('.print-sources li').count(), FIGURE_COUNT, 'made for the print');
  assert.ok((await page.locator('.print-sources li').first().textContent()).includes(FIGURES[0].text), 'each item names its figure');
  assert.deepEqual(problems, []);
  await context.close();
});
