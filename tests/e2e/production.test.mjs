// End to end, through nginx with deploy/nginx.conf (started here, on a free port, serving
// dist/ under /hengyang/): precompressed files sent as they were built, caching and security
// headers, and a whole reader visit (quotes, a deep link, sharing, a saved picture, the CSV,
// the language switch, an embed on another origin) with zero Content-Security-Policy
// violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { get } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { brotliDecompressSync } from 'node:zlib';
import { launch, ready, pressMark, showChart, OUT, PHONE, DESKTOP } from './browser.mjs';
import { startNginx, DIST } from './nginx.mjs';

const env = {};
before(async () => {
  env.nginx = await startNginx();
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.nginx?.close();
});

/** GET without decompressing: { status, headers, body (Buffer) }. */
function raw(path, headers = {}) {
  return new Promise((ok, fail) => {
    get(`${env.nginx.url}/${path}`, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

const files = await readdir(DIST);
const WASM = files.find((f) => /-[0-9a-f]{8,16}_bg\.wasm$/.test(f));
const JS = files.find((f) => /-[0-9a-f]{8,16}\.js$/.test(f));
const CHART_EMBED = files.find((f) => /^embed-[a-z0-9-]+\.html$/.test(f));

test('the build wrote a .br and a .gz beside every text file', async () => {
  const all = await readdir(DIST, { recursive: true });
  const text = all.filter((f) => /\.(html|js|wasm|css|svg|csv|json)$/.test(f));
  assert.ok(text.length > 20, `${text.length} text files`);
  for (const f of text) {
    assert.ok(all.includes(`${f}.br`), `${f}.br`);
    assert.ok(all.includes(`${f}.gz`), `${f}.gz`);
  }
});

test('pages, WASM, JS, CSV and embed.js come precompressed, as built, with their types', async () => {
  const cases = [
    ['', 'index.html', /^text\/html; charset=utf-8$/],
    [CHART_EMBED, CHART_EMBED, /^text\/html/],
    [WASM, WASM, /^application\/wasm$/],
    [JS, JS, /^application\/javascript/],
    ['data/statistics.csv', 'data/statistics.csv', /^text\/csv/],
    ['embed.js', 'embed.js', /javascript/],
    ['oembed/embed.json', 'oembed/embed.json', /^application\/json/],
  ];
  for (const [path, file, type] of cases) {
    const built = await readFile(`${DIST}/${file}`);
    const br = await raw(path, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.status, 200, path);
    assert.equal(br.headers['content-encoding'], 'br', `${path}: brotli`);
    assert.match(br.headers['content-type'], type, path);
    assert.match(br.headers.vary ?? '', /Accept-Encoding/i, `${path}: Vary`);
    assert.ok(br.body.equals(await readFile(`${DIST}/${file}.br`)), `${path}: the .br file the build wrote`);
    assert.ok(brotliDecompressSync(br.body).equals(built), `${path}: which is the file`);
    const gz = await raw(path, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', `${path}: gzip for older clients`);
    assert.ok(gz.body.equals(await readFile(`${DIST}/${file}.gz`)), `${path}: the .gz file`);
    const plain = await raw(path);
    assert.equal(plain.headers['content-encoding'], undefined, `${path}: plain when not accepted`);
    assert.ok(plain.body.equals(built), path);
  }
  assert.equal((await raw('csp.conf')).status, 404, 'the generated server include is not served');
  assert.equal((await raw('index.html.br')).status, 404, 'compressed copies are not pages');
});

test('hashed assets are cached for a year; pages, data, the loader and pictures revalidate', async () => {
  for (const path of [WASM, JS]) {
    const { headers } = await raw(path, { 'accept-encoding': 'br' });
    assert.equal(headers['cache-control'], 'public, max-age=31536000, immutable', path);
  }
  for (const path of ['', 'en.html', CHART_EMBED, 'data/statistics.csv', 'embed.js', 'og-image.png', 'oembed/embed.json']) {
    const first = await raw(path, { 'accept-encoding': 'br' });
    assert.equal(first.status, 200, path);
    assert.equal(first.headers['cache-control'], 'no-cache', path);
    assert.ok(first.headers.etag, `${path}: ETag`);
    const again = await raw(path, { 'accept-encoding': 'br', 'if-none-match': first.headers.etag });
    assert.equal(again.status, 304, `${path}: revalidates to 304`);
  }
});

test('every response carries nosniff, a referrer policy and the strict CSP', async () => {
  const policy = (headers) =>
    Object.fromEntries(headers['content-security-policy'].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  for (const path of ['', CHART_EMBED, WASM, 'data/statistics.csv', 'missing.html']) {
    const { headers } = await raw(path);
    assert.equal(headers['x-content-type-options'], 'nosniff', path);
    assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin', path);
    const csp = policy(headers);
    assert.deepEqual(csp['default-src'], ["'none'"], path);
    assert.deepEqual(csp['object-src'], ["'none'"], path);
    assert.deepEqual(csp['base-uri'], ["'none'"], path);
    assert.ok(csp['script-src'].includes("'wasm-unsafe-eval'"), path);
    assert.ok(csp['script-src'].some((s) => s.startsWith("'sha256-")), `${path}: inline scripts by hash`);
    assert.ok(csp['style-src'].some((s) => s.startsWith("'sha256-")), `${path}: inline styles by hash`);
    assert.deepEqual(csp['style-src-attr'], ["'none'"], `${path}: no style attributes`);
    assert.deepEqual(csp['require-trusted-types-for'], ["'script'"], `${path}: Trusted Types`);
    assert.deepEqual(csp['trusted-types'], ['default'], `${path}: one policy`);
    for (const [directive, sources] of Object.entries(csp)) {
      assert.ok(!sources.includes("'unsafe-eval'"), `${path}: ${directive} without unsafe-eval`);
      assert.ok(!sources.includes("'unsafe-inline'"), `${path}: ${directive} without unsafe-inline`);
      assert.ok(!sources.includes("'unsafe-hashes'"), `${path}: ${directive} without unsafe-hashes`);
    }
  }
  const frames = async (path) => policy((await raw(path)).headers)['frame-ancestors'];
  assert.deepEqual(await frames(''), ["'self'"]);
  assert.deepEqual(await frames('en.html'), ["'self'"]);
  for (const path of ['embed.html', 'embed.en.html', CHART_EMBED, '?embed', '?chart=investment&lang=en']) {
    assert.deepEqual(await frames(path), ['*'], path);
  }
});

/** A context whose every page and frame reports CSP violations (Trusted Types too) into
 *  `seen`, as events and as console messages. */
async function watched(device, seen) {
  const context = await env.browser.newContext(device);
  await context.exposeBinding('__cspViolation', ({ frame }, v) => seen.push({ frame: frame.url(), ...v }));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolation({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  context.on('console', (m) => /Content.Security.Policy|Trusted.?(HTML|Script|Type)/i.test(m.text()) && seen.push({ console: m.text() }));
  context.on('weberror', (e) => seen.push({ error: e.error().message }));
  return context;
}

/** A plain page on another origin holding the given HTML. */
async function host(html) {
  const s = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise((ok) => s.listen(0, 'localhost', ok));
  return { url: `http://localhost:${s.address().port}/`, close: () => new Promise((ok) => s.close(ok)) };
}

test('a whole reader visit runs under the CSP with zero violations', async () => {
  const seen = [];
  const context = await watched(DESKTOP, seen);
  const base = `${env.nginx.url}/`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
  const page = await context.newPage();
  await page.goto(base);
  await ready(page);
  const published = await page.locator('link[rel=canonical]').getAttribute('href');
  // Quotes, open and closed.
  await page.locator('#fig-holiday-visitors').click();
  await page.locator('#quote-holiday-visitors').waitFor();
  await pressMark(page.locator('#chart-investment button.mark').first());
  await page.keyboard.press('Escape');
  // A deep link.
  await page.goto(`${base}#fig-nox-reduction`);
  await page.locator('#quote-nox-reduction').waitFor();
  // Share: no share sheet on desktop Linux, so the link is copied.
  await page.locator('#quote-nox-reduction .share-button').click();
  await page.locator('#quote-nox-reduction .share-status').getByText('链接已复制').waitFor();
  // Save a chart's picture, download its data.
  const chart = page.locator('#chart-holiday');
  await showChart(page, 'holiday');
  const picture = page.waitForEvent('download');
  await chart.getByRole('button', { name: /保存图片/ }).click();
  assert.match((await picture).suggestedFilename(), /\.png$/);
  const csv = page.waitForEvent('download');
  await chart.locator('a[download$=".csv"]').click();
  assert.match((await csv).suggestedFilename(), /\.csv$/);
  // Listen: its script loaded under the policy (Trusted Types lets exactly listen.js through)
  // and playing, focus on the chart's first mark; pressed again, it stops.
  await chart.locator('[data-listen]').click();
  await page.waitForFunction(() => typeof window.chartListen === 'function' && document.activeElement?.matches('#chart-holiday button.mark'));
  await chart.locator('[data-listen]').click();
  // The embed code, in the dark scheme, copied.
  await page.locator('.colophon .embed summary').click();
  await page.locator('.colophon .embed-theme').nth(2).click();
  await page.locator('.colophon .embed-copy').click();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(code, /embed\.html\?theme=dark"/);
  // The language switch, keeping the figure open. (This waited for `/en.html$`, which only
  // matched while the page wrongly cleared the address it was opened at, before reopening it.)
  await page.locator('.masthead .lang-switch').click();
  await page.waitForURL(/\/en\.html#fig-nox-reduction$/);
  await page.locator('#quote-nox-reduction').waitFor();
  await ready(page);
  await page.locator('#fig-weekly-meetings').click();
  await page.locator('#quote-weekly-meetings').waitFor();
  await page.screenshot({ path: `${OUT}/production-en.png` });

  // In an in-app browser the saved picture is shown as an <img> with a data: URL.
  const phoneSeen = [];
  const phone = await watched(
    { ...PHONE, userAgent: 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile MicroMessenger/8.0.40' },
    phoneSeen,
  );
  const wechat = await phone.newPage();
  await wechat.goto(`${base}#chart-governance`);
  await ready(wechat);
  await wechat.locator('#chart-governance').getByRole('button', { name: /保存图片/ }).click();
  await wechat.locator('#chart-governance .saved-image img').waitFor();
  assert.ok(await wechat.locator('#chart-governance .saved-image img').evaluate((i) => i.naturalWidth > 0), 'the picture shows');
  await phone.close();

  // The embed code on a page of another origin: both frames load, run and size themselves.
  const hostPage = await host(`<!doctype html><html><head><meta charset="utf-8"></head><body><h1>Host</h1>${code.replaceAll(published, base)}</body></html>`);
  try {
    const hp = await context.newPage();
    await hp.goto(hostPage.url);
    const inner = hp.frameLocator('iframe[data-graphic-embed]');
    await inner.locator('button.figure').first().waitFor();
    await ready(await (await hp.locator('iframe').elementHandle()).contentFrame());
    await inner.locator('button.figure').first().click();
    await inner.locator('.quote-card').waitFor();
    await hp.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 900);
    assert.equal(await hp.locator('[data-graphic-fallback]').isVisible(), false, 'the fallback picture hides');
  } finally {
    await hostPage.close();
  }

  // A chart asked for by query, in English: the app goes to the page prerendered for it, with
  // the same query, under the same policy.
  const query = await context.newPage();
  await query.goto(`${base}?chart=investment&lang=en`);
  await query.waitForURL((url) => url.pathname.endsWith('/embed-investment.en.html') && url.search === '?chart=investment&lang=en');
  await ready(query);
  const box = await query.locator('#chart-investment canvas').evaluate((c) => [c.getBoundingClientRect().height, c.height / devicePixelRatio]);
  assert.ok(box[0] > 100 && Math.abs(box[0] - box[1]) <= 1, `the canvas box holds its drawing: ${box}`);
  await query.close();

  assert.deepEqual([...seen, ...phoneSeen], [], 'no CSP violations');
  // The watch itself works: a script injected into the page (its text a plain string:
  // Trusted Types refuse it before its hash is even checked) is refused and reported...
  const before = seen.length;
  await page.evaluate(() => {
    const s = document.createElement('script');
    try {
      s.textContent = 'window.__injected = 1';
    } catch {
      s.append(document.createTextNode('window.__injected = 1'));
    }
    document.body.append(s);
  });
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__injected), undefined, 'the injected script did not run');
  assert.ok(
    seen.slice(before).some((v) => v.directive?.startsWith('script-src') || v.directive === 'require-trusted-types-for'),
    `and was reported: ${JSON.stringify(seen.slice(before))}`,
  );
  // ...and so are a style attribute and an HTML string.
  const after = seen.length;
  const refused = await page.evaluate(() => {
    const div = document.createElement('div');
    div.setAttribute('style', 'height: 77px');
    document.body.append(div);
    const styled = div.getBoundingClientRect().height === 77;
    let html = 'assigned';
    try {
      div.innerHTML = '<b>bold</b>';
    } catch (e) {
      html = e.name;
    }
    div.remove();
    return { styled, html };
  });
  assert.deepEqual(refused, { styled: false, html: 'TypeError' }, 'a style attribute and innerHTML refused');
  await page.waitForTimeout(200);
  const reported = seen.slice(after).map((v) => v.directive);
  assert.ok(reported.includes('style-src-attr'), `the style attribute was reported: ${reported}`);
  assert.ok(reported.includes('require-trusted-types-for'), `the HTML string was reported: ${reported}`);
  await context.close();
});

test('a chart picture opened on its own is refused nothing and turns dark with the system', async () => {
  const svg = (await readdir(`${DIST}/pictures`)).find((f) => /^[a-z][a-z0-9-]*\.svg$/.test(f));
  const fills = {};
  for (const colorScheme of ['light', 'dark']) {
    const seen = [];
    const context = await watched({ ...DESKTOP, colorScheme }, seen);
    const page = await context.newPage();
    const res = await page.goto(`${env.nginx.url}/pictures/${svg}`);
    assert.match(res.headers()['content-security-policy'], /default-src 'none'/, 'under the site\'s policy');
    await page.waitForTimeout(200);
    fills[colorScheme] = await page.evaluate(() => getComputedStyle(document.querySelector('rect')).fill);
    assert.deepEqual(seen, [], `${svg} (${colorScheme}): no violations`);
    await context.close();
  }
  assert.notEqual(fills.dark, fills.light, `its own dark style applies: ${JSON.stringify(fills)}`);
});
