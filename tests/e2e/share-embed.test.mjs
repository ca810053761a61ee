// End to end: links to figures and charts, Back and Forward, hostile URLs, sharing, and the
// embed code pasted into a page on another origin, sized to its content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { setUp, OUT, open, ready, pressMark, showChart, PHONE, DESKTOP } from './browser.mjs';

const env = setUp();

const visible = (page, selector) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });

test('a link to a figure opens on it with its quote; a link to a chart scrolls to it', async () => {
  const { page, context, problems } = await open(env.browser, PHONE, `${env.server.url}/#fig-nox-reduction`);
  await page.locator('#quote-nox-reduction').waitFor();
  await page.waitForFunction(() => { const r = document.querySelector('#fig-nox-reduction').getBoundingClientRect(); return r.top > 0 && r.bottom < innerHeight; });
  assert.equal(await page.locator('#fig-nox-reduction').getAttribute('aria-expanded'), 'true');
  await page.screenshot({ path: `${OUT}/phone-deep-link.png` });

  await page.goto(`${env.server.url}/#chart-investment`);
  await page.waitForFunction(() => { const r = document.querySelector('#chart-investment').getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; });
  assert.ok(await visible(page, '#chart-investment'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link to a figure followed from another page: one Back leaves for that page', async () => {
  const { page, context, problems } = await open(env.browser, PHONE, `${env.server.url}/embed-holiday.html`);
  const before = await page.evaluate(() => history.length);
  await page.goto(`${env.server.url}/#fig-holiday-visitors`);
  await page.locator('#quote-holiday-visitors').waitFor();
  await ready(page);
  assert.equal(await page.evaluate(() => history.length), before + 1, 'the link adds one entry, no more');
  await page.goBack();
  await page.waitForURL((url) => url.pathname.endsWith('/embed-holiday.html'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('Back and Forward move between opened figures', async () => {
  const { page, context, problems } = await open(env.browser, DESKTOP, env.server.url);
  await page.locator('#fig-holiday-visitors').click();
  await page.locator('#fig-weekly-meetings').click();
  assert.equal(new URL(page.url()).hash, '#fig-weekly-meetings');
  await page.goBack();
  await page.locator('#quote-holiday-visitors').waitFor();
  assert.equal(await page.locator('.quote-card').count(), 1);
  await page.goBack();
  await page.locator('.quote-card').waitFor({ state: 'detached' });
  await page.goForward();
  await page.locator('#quote-holiday-visitors').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

const HOSTILE = [
  '#<img src=x onerror=alert(1)>',
  '#fig-holiday-visitors"><script>alert(1)</script>',
  '#%E0%A4%A',
  '#%zz%00%',
  `#fig-${'x'.repeat(10_000)}`,
  '#fig-does-not-exist',
  '#chart-',
  '#javascript:alert(document.domain)',
  '?embed=<svg/onload=alert(1)>',
  '?chart=../../etc/passwd&embed&embed=1&chart=holiday%00',
  '?embed&embed&childId=<b>x</b>#fig-holiday-visitors<',
  '?lang=%ff%fe#%',
  '?theme=<svg/onload=alert(1)>&theme=dark%22',
];

test('hostile fragments and queries leave the page intact, silent and unchanged', async () => {
  const context = await env.browser.newContext(PHONE);
  for (const hostile of HOSTILE) {
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => { problems.push(`dialog ${d.message()}`); d.dismiss(); });
    await page.goto(`${env.server.url}/${hostile}`);
    // The app has run on this URL (taken the page over, drawn its charts), and still answers.
    await ready(page);
    await page.waitForTimeout(300);
    assert.ok((await page.locator('button.figure').count()) >= 45, `${hostile}: article rendered`);
    // The page's own: the charts' pictures and the early script in the head.
    assert.equal(await page.locator('img:not(.chart-picture > img), body script:not([type]), svg').count(), 0, `${hostile}: nothing injected`);
    assert.equal(await page.locator('.quote-card').count(), 0, `${hostile}: no quote opened`);
    const figure = page.locator('.paragraph button.figure').first();
    await figure.click();
    await page.locator(`#${(await figure.getAttribute('aria-controls'))}`).waitFor();
    assert.equal(await page.locator('.quote-card:not([data-early])').count(), 1, `${hostile}: the app still opens quotes`);
    assert.deepEqual(problems, [], hostile.slice(0, 60));
    await page.close();
  }
  await context.close();
});

test('share copies the link where there is no share sheet, and uses the sheet where there is', async () => {
  const context = await env.browser.newContext(DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await ready(page);
  const base = await page.locator('link[rel=canonical]').getAttribute('href');
  assert.equal(await page.evaluate(() => 'share' in navigator), false, 'desktop Linux Chromium has no share sheet');
  await page.locator('#fig-investment-projects').click();
  await page.locator('#quote-investment-projects .share-button').click();
  const status = page.locator('#quote-investment-projects .share-status');
  await status.getByText('链接已复制').waitFor();
  assert.equal(await status.getAttribute('role'), 'status', 'announced to screen readers');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${base}#fig-investment-projects`);

  await showChart(page, 'holiday');
  await page.locator('#chart-holiday .chart-tools .share-button').click();
  await page.locator('#chart-holiday .share-status').getByText('链接已复制').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${base}#chart-holiday`);
  await context.close();

  const phone = await env.browser.newContext(PHONE);
  const sheet = await phone.newPage();
  await sheet.addInitScript(() => { navigator.share = (data) => { window.__shared = data; return Promise.resolve(); }; });
  await sheet.goto(env.server.url);
  await ready(sheet);
  await sheet.locator('#fig-holiday-visitors').click();
  await sheet.locator('#quote-holiday-visitors .share-button').click();
  await sheet.waitForFunction(() => window.__shared);
  const shared = await sheet.evaluate(() => window.__shared);
  assert.equal(shared.url, `${base}#fig-holiday-visitors`);
  assert.ok(shared.text.includes('230.47万人次'));
  await phone.close();
});

/** A plain page on another origin holding the given HTML. */
async function host(html) {
  const s = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise((ok) => s.listen(0, 'localhost', ok));
  return { url: `http://localhost:${s.address().port}/`, close: () => new Promise((ok) => s.close(ok)) };
}

test('the embed code fits its frame to the content on another origin, at 360 and 1000 px', async () => {
  const { page, context } = await open(env.browser, DESKTOP, env.server.url);
  const base = await page.locator('link[rel=canonical]').getAttribute('href');
  // The foot is hydrated as the reader nears it (an island): scrolled to, as an editor does.
  await page.locator('.colophon').scrollIntoViewIfNeeded();
  const pageCode = await page.locator('.colophon .embed-code').inputValue();
  const chartCode = await page.locator('#chart-investment .embed-code').inputValue();
  await context.close();
  assert.match(pageCode, /^<iframe src="[^"]+embed\.html" title="[^"]+" loading="lazy"/);
  const here = `${env.server.url}/`;
  const hostPage = await host(`<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
    <body style="margin:0"><h1>Host page</h1>${pageCode.replaceAll(base, here)}<p>between</p>${chartCode.replaceAll(base, here)}<p>end</p></body></html>`);
  try {
    for (const width of [360, 1000]) {
      const hostCtx = await env.browser.newContext({ viewport: { width, height: 900 } });
      const hp = await hostCtx.newPage();
      const problems = [];
      hp.on('pageerror', (e) => problems.push(e.message));
      await hp.goto(hostPage.url);
      const frames = hp.locator('iframe[data-graphic-embed]');
      assert.equal(await frames.count(), 2);
      for (let k = 0; k < 2; k++) {
        const frame = frames.nth(k);
        await frame.scrollIntoViewIfNeeded();
        const inner = hp.frameLocator('iframe[data-graphic-embed]').nth(k);
        await inner.locator('button.mark').first().waitFor();
        await ready(await (await frame.elementHandle()).contentFrame());
        const fits = async () => {
          await hp.waitForTimeout(400);
          const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
          const content = await inner.locator('body').evaluate((b) => b.getBoundingClientRect().height);
          const scrolls = await inner.locator('html').evaluate((h) => h.scrollHeight - h.clientHeight);
          return { outer, content, scrolls };
        };
        let m = await fits();
        assert.ok(Math.abs(m.outer - m.content) <= 2, `${width}px frame ${k}: ${m.outer} vs ${m.content} after load`);
        assert.ok(m.scrolls <= 1, `${width}px frame ${k}: no inner scrollbar (${m.scrolls})`);
        const before = m.outer;
        await pressMark(inner.locator('button.mark').first());
        await inner.locator('.quote-card').waitFor();
        m = await fits();
        assert.ok(m.outer > before, `${width}px frame ${k}: grew for the quote`);
        assert.ok(Math.abs(m.outer - m.content) <= 2, `${width}px frame ${k}: ${m.outer} vs ${m.content} with a quote open`);
      }
      await hp.screenshot({ path: `${OUT}/embed-host-${width}.png`, fullPage: true });
      assert.equal(new URL(hp.url()).hash, '', 'the host page history is left alone');
      assert.deepEqual(problems, []);
      await hostCtx.close();
    }
  } finally {
    await hostPage.close();
  }
});

test('every page carries absolute social preview tags and a 1200×630 image', async () => {
  const { page, context } = await open(env.browser, DESKTOP, env.server.url);
  const meta = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[property], meta[name]')].map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.content])));
  for (const key of ['og:title', 'og:description', 'og:image', 'og:url', 'twitter:card', 'description']) assert.ok(meta[key], key);
  assert.equal(meta['twitter:card'], 'summary_large_image');
  assert.match(meta['og:image'], /^https?:\/\/.+\/og-image\.png$/);
  const image = await page.request.get(`${env.server.url}/og-image.png`);
  const png = await image.body();
  assert.equal(png.readUInt32BE(16), 1200);
  assert.equal(png.readUInt32BE(20), 630);
  const loader = await page.request.get(`${env.server.url}/embed.js`);
  assert.ok((await loader.body()).length <= 1024, 'loader within 1 KB');
  await context.close();
});
