// End to end, through nginx with deploy/nginx.conf: embeds for any CMS. Each page's oEmbed
// JSON and the iframe it gives; an AMP-style host that only understands `embed-size`
// messages; the host's colour scheme (?theme=); the picture left for hosts that strip iframes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readdir } from 'node:fs/promises';
import { launch, ready, pressMark, OUT, DESKTOP } from './browser.mjs';
import { startNginx, DIST } from './nginx.mjs';

const env = {};
before(async () => {
  env.nginx = await startNginx();
  env.browser = await launch();
  // The address the build was made for, as every absolute URL in it begins.
  const index = await (await fetch(`${env.nginx.url}/`)).text();
  env.published = index.match(/<link rel="canonical" href="([^"]+)"/)[1];
});
after(async () => {
  await env.browser?.close();
  await env.nginx?.close();
});

/** An absolute URL of the build, made to point at this nginx. */
const here = (url) => url.replaceAll(env.published, `${env.nginx.url}/`);

/** A plain page on another origin holding the given HTML. */
async function host(html) {
  const s = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise((ok) => s.listen(0, 'localhost', ok));
  return { url: `http://localhost:${s.address().port}/`, close: () => new Promise((ok) => s.close(ok)) };
}

const PAGES = (await readdir(DIST)).filter((f) => f.endsWith('.html'));

test('every page links an oEmbed JSON: rich, with the iframe code, size, title and provider', async () => {
  assert.ok(PAGES.length >= 6, PAGES.join(' '));
  for (const page of PAGES) {
    const html = await (await fetch(`${env.nginx.url}/${page}`)).text();
    const links = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)];
    assert.equal(links.length, 1, `${page}: one oEmbed link`);
    const res = await fetch(here(links[0][1]));
    assert.equal(res.status, 200, `${page}: ${links[0][1]}`);
    const o = await res.json();
    assert.equal(o.version, '1.0', page);
    assert.equal(o.type, 'rich', page);
    assert.ok(o.title.length > 0 && o.provider_name.length > 0, page);
    assert.equal(o.provider_url, env.published, page);
    assert.ok(Number.isInteger(o.width) && o.width > 0 && Number.isInteger(o.height) && o.height > 0, page);
    const src = o.html.match(/^<iframe src="([^"]+)"/)?.[1];
    assert.ok(src, `${page}: the html is an iframe`);
    // A chart's page embeds that chart; the page and the article embed embed the article.
    const embeds = page.startsWith('embed-') ? page : /(^|\.)en\.html$/.test(page) ? 'embed.en.html' : 'embed.html';
    assert.equal(src, `${env.published}${embeds}`, page);
    assert.match(o.html, /<script async src="[^"]+\/embed\.js"><\/script>$/, page);
  }
});

test('an oEmbed iframe loads on another origin and sizes itself to its content', async () => {
  const chart = PAGES.find((p) => /^embed-[a-z-]+\.html$/.test(p));
  const html = [];
  for (const page of ['embed.html', chart]) {
    const link = (await (await fetch(`${env.nginx.url}/${page}`)).text()).match(/type="application\/json\+oembed" href="([^"]+)"/)[1];
    html.push(here((await (await fetch(here(link))).json()).html));
  }
  const hostPage = await host(`<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><h1>CMS</h1>${html.join('<p>between</p>')}</body></html>`);
  const context = await env.browser.newContext({ viewport: { width: 700, height: 900 } });
  try {
    const hp = await context.newPage();
    const problems = [];
    hp.on('pageerror', (e) => problems.push(e.message));
    await hp.goto(hostPage.url);
    for (let k = 0; k < 2; k++) {
      const frame = hp.locator('iframe').nth(k);
      await frame.scrollIntoViewIfNeeded();
      const inner = await (await frame.elementHandle()).contentFrame();
      await inner.locator('button.mark').first().waitFor();
      await ready(inner);
      await hp.waitForTimeout(400);
      const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
      const content = await inner.locator('body').evaluate((b) => b.getBoundingClientRect().height);
      assert.ok(Math.abs(outer - content) <= 2, `frame ${k}: ${outer} vs ${content}`);
    }
    assert.equal(await hp.locator('[data-graphic-fallback]:visible').count(), 0, 'fallback pictures hidden');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await hostPage.close();
  }
});

test('an AMP-style host that only understands embed-size messages sizes the frame to its content', async () => {
  const chart = PAGES.find((p) => /^embed-[a-z-]+\.html$/.test(p));
  // What amp-iframe does with a resizable frame: embed-size from that frame's window, nothing else.
  const hostPage = await host(`<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">
    <iframe id="amp" src="${env.nginx.url}/${chart}" style="width:100%;height:150px;border:0"></iframe>
    <script>
      window.sizes = [];
      addEventListener('message', (e) => {
        const f = document.getElementById('amp');
        if (e.source !== f.contentWindow || !e.data || e.data.sentinel !== 'amp' || e.data.type !== 'embed-size') return;
        window.sizes.push(e.data.height);
        f.style.height = e.data.height + 'px';
      });
    </script></body></html>`);
  const context = await env.browser.newContext({ viewport: { width: 400, height: 800 } });
  try {
    const hp = await context.newPage();
    await hp.goto(hostPage.url);
    const frame = hp.locator('#amp');
    const inner = await (await frame.elementHandle()).contentFrame();
    await ready(inner);
    const fits = async () => {
      await hp.waitForTimeout(400);
      const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
      const content = await inner.locator('body').evaluate((b) => b.getBoundingClientRect().height);
      return { outer, content };
    };
    let m = await fits();
    assert.ok(m.outer > 150, `grew from 150 px to ${m.outer}`);
    assert.ok(Math.abs(m.outer - m.content) <= 2, `${m.outer} vs ${m.content}`);
    const before = m.outer;
    await pressMark(inner.locator('button.mark').first());
    await inner.locator('.quote-card').waitFor();
    m = await fits();
    assert.ok(m.outer > before, 'grew for the quote');
    assert.ok(Math.abs(m.outer - m.content) <= 2, `${m.outer} vs ${m.content} with a quote open`);
    assert.ok((await hp.evaluate(() => window.sizes)).every(Number.isInteger), 'heights are whole pixels');
  } finally {
    await context.close();
    await hostPage.close();
  }
});

test('a page the frame is sent to elsewhere cannot resize it; heights from the graphic are clamped', async () => {
  const chart = PAGES.find((p) => /^embed-[a-z-]+\.html$/.test(p));
  // A page on a third origin that claims, as pym.js would, to be 99999 px (and 300) tall.
  const hostile = await host(`<!doctype html><html><head><meta charset="utf-8"></head><body><script>
    window.sent = 0;
    setInterval(() => {
      for (const h of [99999, 300]) parent.postMessage('pymxPYMxgraphicxPYMxheightxPYMx' + h, '*');
      window.sent++;
    }, 50);
  </script></body></html>`);
  const hostPage = await host(`<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">
    <iframe data-graphic-embed src="${env.nginx.url}/${chart}" style="width:100%;height:150px;border:0"></iframe>
    <script async src="${env.nginx.url}/embed.js"></script></body></html>`);
  const context = await env.browser.newContext({ viewport: { width: 400, height: 800 } });
  try {
    const hp = await context.newPage();
    await hp.goto(hostPage.url);
    const frame = hp.locator('iframe');
    const height = () => frame.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await (await frame.elementHandle()).contentFrame();
    await ready(inner);
    await hp.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 150);
    // The graphic's own window, from its own origin: heights out of range are clamped.
    const post = (h) => inner.evaluate((h) => parent.postMessage(`pymxPYMxgraphicxPYMxheightxPYMx${h}`, '*'), h);
    await post(99999);
    await hp.waitForTimeout(300);
    assert.equal(await height(), 20000, 'a huge height from the graphic is clamped to 20000 px');
    await post(7);
    await hp.waitForTimeout(300);
    assert.equal(await height(), 100, 'a tiny one to 100 px');
    await post(640);
    await hp.waitForTimeout(300);
    assert.equal(await height(), 640, 'a sane one is taken as it is');
    // The frame is sent to another origin (a link, a redirect, an ad): its messages do not count.
    const kept = await height();
    const navigated = hp.waitForEvent('framenavigated', { predicate: (f) => f.url() === hostile.url });
    await inner.evaluate((url) => (location.href = url), hostile.url).catch(() => {});
    const away = await navigated;
    await away.waitForFunction(() => window.sent >= 5);
    assert.equal(away.url(), hostile.url, 'the frame shows the other origin');
    assert.equal(await height(), kept, 'the host\'s iframe keeps its height');
  } finally {
    await context.close();
    await hostPage.close();
    await hostile.close();
  }
});

/** The page's background and a sample of the first chart's pixels, for comparing schemes. */
async function looks(device, path) {
  const context = await env.browser.newContext(device);
  const page = await context.newPage();
  await page.goto(`${env.nginx.url}/${path}`);
  await ready(page);
  const seen = await page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let light = 0;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] < 200) continue;
      inked++;
      if (data[i] + data[i + 1] + data[i + 2] > 600) light++;
    }
    return {
      background: getComputedStyle(document.body).backgroundColor,
      lightInk: light / Math.max(inked, 1),
    };
  });
  await page.screenshot({ path: `${OUT}/theme-${path.replace(/\W+/g, '-')}-${device.colorScheme}.png` });
  await context.close();
  return seen;
}

const luminance = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);

test('?theme=dark renders dark on a light system, ?theme=light light on a dark one, anything else follows the system', async () => {
  const chart = PAGES.find((p) => /^embed-[a-z-]+\.html$/.test(p));
  const light = { ...DESKTOP, colorScheme: 'light' };
  const dark = { ...DESKTOP, colorScheme: 'dark' };
  const plainLight = await looks(light, chart);
  const plainDark = await looks(dark, chart);
  assert.ok(luminance(plainLight.background) > 600 && luminance(plainDark.background) < 150, 'the system decides by default');
  const forcedDark = await looks(light, `${chart}?theme=dark`);
  assert.equal(forcedDark.background, plainDark.background, 'page colours dark');
  assert.ok(Math.abs(forcedDark.lightInk - plainDark.lightInk) < 0.02, `chart palette dark (${forcedDark.lightInk} vs ${plainDark.lightInk})`);
  assert.ok(Math.abs(forcedDark.lightInk - plainLight.lightInk) > 0.05, 'and not the light one');
  const forcedLight = await looks(dark, `${chart}?theme=light`);
  assert.equal(forcedLight.background, plainLight.background);
  assert.ok(Math.abs(forcedLight.lightInk - plainLight.lightInk) < 0.02, 'chart palette light');
  const bogus = await looks(dark, `${chart}?theme=<b>`);
  assert.equal(bogus.background, plainDark.background);
});

test('where a host strips the iframe, the code leaves a picture linking to the page', async () => {
  const context = await env.browser.newContext(DESKTOP);
  // The codes as an editor copies them from the running page (the app adds them).
  const editor = await context.newPage();
  await editor.goto(`${env.nginx.url}/`);
  // The page's foot, where its code is: made as the editor scrolls near it (an island).
  await editor.locator('.colophon').scrollIntoViewIfNeeded();
  await editor.waitForFunction(() => document.querySelector('.colophon textarea.embed-code') && document.querySelectorAll('textarea.embed-code').length > 1);
  const codes = await editor.$$eval('textarea.embed-code', (ts) => ts.map((t) => t.value));
  await editor.close();
  // The whole graphic's (at the page's foot) and a chart's.
  const whole = codes.at(-1);
  const chart = codes.find((c) => /embed-[a-z-]+\.html"/.test(c));
  const chartId = chart.match(/embed-([a-z-]+)\.html"/)[1];
  try {
    for (const [code, target] of [[whole, `${env.nginx.url}/`], [chart, `${env.nginx.url}/#chart-${chartId}`]]) {
      assert.match(code, /^<iframe /);
      const stripped = here(code).replace(/<iframe[^>]*><\/iframe>/, '').replace(/<script[^>]*><\/script>/, '');
      const hostPage = await host(`<!doctype html><html><head><meta charset="utf-8"></head><body>${stripped}</body></html>`);
      try {
        const hp = await context.newPage();
        await hp.goto(hostPage.url);
        const link = hp.locator('a[data-graphic-fallback]');
        assert.ok(await link.isVisible(), 'the picture link shows');
        assert.equal(await link.getAttribute('href'), target, 'to the page, at the chart');
        await hp.waitForFunction(() => document.querySelector('a[data-graphic-fallback] img').complete);
        assert.ok(await link.locator('img').evaluate((i) => i.naturalWidth > 0), `its picture loads: ${await link.locator('img').getAttribute('src')}`);
        assert.ok((await link.locator('img').getAttribute('alt')).length > 0, 'with words');
        await hp.close();
      } finally {
        await hostPage.close();
      }
    }
  } finally {
    await context.close();
  }
});
