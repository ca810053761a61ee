// End to end: the English interface. Controls, charts' words and tables in English, the
// article in Chinese, the language in the URL and in <html lang>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, open, ready, PHONE, DESKTOP } from './browser.mjs';
import { ROOT, CHARTS as CHART_LIST, FIGURES, FIRST_ARTICLE } from './content.mjs';

const CHARTS = CHART_LIST.map((c) => ({ id: c.id, titleEn: c.title_en }));
// Two figures that are not the first, for the share and the language switch.
const SHARED = FIGURES[Math.min(1, FIGURES.length - 1)].id;
const LINKED = FIGURES.at(-1).id;
const CJK = /[\u4e00-\u9fff]/;

const env = setUp();

test('en.html: interface, chart titles, marks and tables in English; the article in Chinese', async () => {
  const { page, context, problems } = await open(env.browser, DESKTOP, `${env.server.url}/en.html`);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('.narrative').getAttribute('lang'), 'zh-CN');
  for (const { id, titleEn } of CHARTS) {
    const chart = page.locator(`#chart-${id}`);
    assert.equal((await chart.locator('.chart-title').textContent()).trim(), titleEn);
    for (const text of await chart.locator('button.mark').allTextContents()) assert.doesNotMatch(text, CJK, `${id}: mark ${text}`);
    for (const text of await chart.locator('thead th, tbody th').allTextContents()) assert.doesNotMatch(text, CJK, `${id}: table ${text}`);
    const controls = await chart.locator('.chart-tools button, .chart-tools a, .chart-tools summary, .chart-data summary').allTextContents();
    for (const text of controls) assert.doesNotMatch(text, CJK, `${id}: control ${text}`);
    assert.equal(await chart.locator('canvas').getAttribute('aria-label'), titleEn);
  }
  assert.ok((await page.locator('.paragraph').first().textContent()).match(CJK), 'the article stays Chinese');

  const [first] = FIGURES;
  await page.locator(`#fig-${first.id}`).click();
  const card = page.locator(`#quote-${first.id}`);
  assert.equal(await card.locator('.quote-label').getAttribute('lang'), 'en');
  assert.doesNotMatch(await card.locator('.quote-label').textContent(), CJK);
  assert.equal(await card.locator('.quote-close').textContent(), 'Close');
  assert.equal(await card.locator('q').textContent(), first.quote, 'the quote is the Chinese original');
  // The newspaper's own article: one figure as the English copy writes it.
  if (FIRST_ARTICLE) {
    await page.locator('#fig-holiday-visitors').click();
    assert.equal(await page.locator('#quote-holiday-visitors .quote-value').textContent(), '2.3 million visits');
  }
  await page.screenshot({ path: `${ROOT}/tests/e2e/output/desktop-english.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the switch moves between languages and a shared English link opens in English', async () => {
  const context = await env.browser.newContext(DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.locator('.masthead .lang-switch').click();
  await page.waitForURL(/\/en\.html$/);
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.locator(`#fig-${SHARED}`).click();
  await page.locator(`#quote-${SHARED} .share-button`).click();
  await page.locator(`#quote-${SHARED} .share-status`).getByText('Link copied').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.endsWith(`/en.html#fig-${SHARED}`), link);
  const shared = await env.browser.newContext(PHONE);
  const phone = await shared.newPage();
  await phone.goto(link.replace(/^https?:\/\/[^/]+\//, `${env.server.url}/`));
  await phone.locator(`#quote-${SHARED}`).waitFor();
  assert.equal(await phone.getAttribute('html', 'lang'), 'en');
  await shared.close();
  await page.locator('.masthead .lang-switch').click();
  await page.waitForURL((url) => url.pathname.endsWith('/index.html') || url.pathname === '/');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await context.close();
});

test('?lang=en and English chart embeds work too', async () => {
  const { page, context, problems } = await open(env.browser, PHONE, `${env.server.url}/?lang=en`);
  // index.html is the Chinese page: the app goes to the English one, keeping the query.
  await page.waitForURL((url) => url.pathname.endsWith('/en.html') && url.search === '?lang=en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('.hint-figure').textContent(), 'highlighted figures');
  await page.goto(`${env.server.url}/embed-${CHART_LIST[0].id}.en.html`);
  await page.locator('button.mark').first().waitFor();
  assert.equal((await page.locator('h1.chart-title').textContent()).trim(), CHARTS[0].titleEn);
  assert.deepEqual(problems, []);
  await context.close();
});

test('switching language keeps the open figure and an embed\'s pym childId', async () => {
  const { page, context, problems } = await open(env.browser, PHONE, `${env.server.url}/#fig-${LINKED}`);
  await page.locator(`#quote-${LINKED}`).waitFor();
  await page.locator('.masthead .lang-switch').click();
  await page.waitForURL((url) => url.href.endsWith(`/en.html#fig-${LINKED}`));
  await page.locator(`#quote-${LINKED}`).waitFor();
  await page.goto(`${env.server.url}/embed.html?childId=graphic-7&lang=en`);
  // The English embed, with the host's childId kept.
  await page.waitForURL((url) => url.pathname.endsWith('/embed.en.html') && url.search === '?childId=graphic-7&lang=en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('.masthead .lang-switch').click();
  await page.waitForURL(/\/embed\.html\?childId=graphic-7$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.deepEqual(problems, []);
  await context.close();
});
