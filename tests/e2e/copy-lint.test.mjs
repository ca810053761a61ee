// The copy desk's lint: every word a reader can see, in both languages, read as a
// sub-editor would (README, "House style"). What is read: each page's text by the language
// it is marked in (`lang`), attributes a reader meets (aria-label, title, alt), the text the
// charts draw on their canvases, the head tags (title, description, og:*), what the share
// buttons send, every CSV's header and every file's name.
//   English: no Chinese characters or punctuation; every word in the English dictionary
//   (Debian's wamerican) or the article's own proper names (content/page.toml [en] names);
//   no "1 + plural noun"; at most two decimals before million/billion; no bound as ≥/≤; no
//   two text nodes glued without a space.
//   Chinese: no Latin word (acronyms such as PM2.5, CSV pass); no Western digit grouping
//   (1,551); no bound as ≥/≤.
// Runs on any build: DIST (default dist/) and CONTENT (default content/) name them; nothing
// here names this article.
//   DIST=dist node --test tests/e2e/copy-lint.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { launch, DESKTOP, OUT } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST, PAGE } from './content.mjs';

const DICTIONARY = '/usr/share/dict/american-english';

// Words every graphic of a Chinese paper may use that a general dictionary lacks: the
// currency and the market weight (jin), Roman numerals (water and air classes), and the acronyms of its tools.
const HOUSE_WORDS = ['yuan', 'jin', 'csv', 'pm', 'nox', 'gdp', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** The article's proper names, from its content folder: `names = [...]` in page.toml [en]. */
async function properNames() {
  return PAGE.en?.names ?? [];
}

const words = new Set();
async function loadWords() {
  const text = await readFile(DICTIONARY, 'utf8');
  for (const w of text.split('\n')) if (w) words.add(w.toLowerCase());
  for (const w of [...HOUSE_WORDS, ...(await properNames())]) words.add(w.toLowerCase());
}

// Chinese characters, and punctuation only Chinese text uses (、。《》「」【】，：；（）！？).
const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

function known(word) {
  const bare = word.replace(/['’]s$/i, '').replace(/['’]$/, '');
  const lower = bare.toLowerCase();
  if (words.has(lower)) return true;
  // Regular plurals and -ed/-ing forms the list leaves out.
  return ['s', 'es'].some((end) => lower.endsWith(end) && words.has(lower.slice(0, -end.length)));
}

/** The faults of one English text, each as [rule, detail]. */
function englishFaults(text) {
  const out = [];
  const cjk = text.match(CHINESE);
  if (cjk) out.push(['chinese-in-english', cjk[0]]);
  // Latin letters with their accents (communiqué), looked up without them (communique).
  for (const m of text.matchAll(/(?<![\p{Script=Latin}0-9])\p{Script=Latin}+(?:['’]\p{Script=Latin}+)*(?![\p{Script=Latin}0-9])/gu)) {
    for (const part of m[0].split('-')) {
      const plain = part.normalize('NFD').replace(/\p{M}/gu, '');
      if (part && !known(plain)) out.push(['not-a-word', part]);
    }
  }
  for (const m of text.matchAll(/(?<![\d.,])1 ([a-z]+)\b/g)) {
    const noun = m[1];
    if (/[^s]s$/.test(noun) && !['is', 'was', 'has', 'does', 'its', 'this', 'thus', 'plus', 'as', 'us'].includes(noun) && words.has(noun.replace(/(ies)$/, 'y').replace(/s$/, ''))) {
      out.push(['one-plural', m[0]]);
    }
  }
  for (const m of text.matchAll(/\d+\.\d{3,} (?:million|billion|trillion)/g)) out.push(['over-precise', m[0]]);
  for (const m of text.matchAll(/[≥≤]/g)) out.push(['bound-as-sign', m[0]]);
  return out;
}

/** The faults of one Chinese text. */
function chineseFaults(text) {
  const out = [];
  for (const m of text.matchAll(/[A-Za-z]{2,}/g)) if (/[a-z]/.test(m[0])) out.push(['latin-in-chinese', m[0]]);
  for (const m of text.matchAll(/\d,\d{3}/g)) out.push(['western-grouping', m[0]]);
  for (const m of text.matchAll(/[≥≤]/g)) out.push(['bound-as-sign', m[0]]);
  return out;
}

function faultsOf(text, lang) {
  if (!text || !text.trim()) return [];
  return lang.startsWith('en') ? englishFaults(text) : chineseFaults(text);
}

/** Every text of a live page with its language: text nodes, reader-facing attributes, and
 *  pairs of neighbouring English text nodes that read as one word (glued). */
function pageTexts() {
  const langOf = (el) => el?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  const out = [];
  const glued = [];
  const blockOf = (node) => {
    let el = node.parentElement;
    while (el && getComputedStyle(el).display.startsWith('inline') && getComputedStyle(el).display !== 'inline-block') el = el.parentElement;
    return el;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement.closest('script, style, noscript') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let last = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.data;
    const where = n.parentElement.id || n.parentElement.className || n.parentElement.tagName;
    out.push({ text, lang: langOf(n.parentElement), where: `text in ${where}` });
    if (!text.trim()) {
      if (text.length) last = null;
      continue;
    }
    if (last && blockOf(last) === blockOf(n) && /[A-Za-z0-9]$/.test(last.data) && /^[A-Za-z0-9]/.test(text)
      && langOf(last.parentElement).startsWith('en') && langOf(n.parentElement).startsWith('en')) {
      glued.push(`${last.data.slice(-20)}|${text.slice(0, 20)}`);
    }
    last = n;
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const text = el.getAttribute(name);
      if (text) out.push({ text, lang: langOf(el), where: `${name} of ${el.id || el.tagName}` });
    }
  }
  const downloads = [...document.querySelectorAll('a[download]')].map((a) => a.getAttribute('download'));
  return { out, glued, downloads };
}

/** What every share button sends: the share sheet is replaced by a recorder. */
async function sharedTexts(page) {
  await page.evaluate(() => {
    window.__shared = [];
    navigator.share = (data) => {
      window.__shared.push(data);
      return Promise.resolve();
    };
  });
  // Clicked from script: on wide screens only the current chart stands in the side column.
  await page.$$eval('.chart-tools .share-button', (buttons) => buttons.forEach((b) => b.click()));
  // One figure's card: its share title is the interface's; its text is the article's quote.
  await page.$eval('button.figure', (b) => b.click());
  await page.locator('.quote-card .share-button').first().waitFor();
  await page.$eval('.quote-card .share-button', (b) => b.click());
  await page.waitForFunction(() => window.__shared.length > 0);
  return page.evaluate(() => window.__shared);
}

/** The text the charts' canvases draw, recorded as it is drawn. */
function recordCanvasText() {
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  window.__canvasTexts = new Set();
  CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
    window.__canvasTexts.add(String(text));
    return fillText.call(this, text, ...rest);
  };
}

async function allFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allFiles(path)));
    else out.push(path);
  }
  return out;
}

/** `<title>`, description and og tags of a built page, with the page's language. */
function headTexts(html) {
  const lang = html.match(/<html[^>]*\blang="([^"]+)"/)?.[1] ?? 'zh-CN';
  const decode = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const out = [];
  const title = html.match(/<title>([^<]*)<\/title>/)?.[1];
  if (title) out.push({ text: decode(title), where: 'title' });
  for (const m of html.matchAll(/<meta (?:name|property)="(description|og:[a-z:_]+|twitter:[a-z:_]+)" content="([^"]*)"/g)) {
    if (/^(og:(title|description|site_name|image:alt)|description)$/.test(m[1])) out.push({ text: decode(m[2]), where: m[1] });
  }
  return { lang, out };
}

let server;
let browser;
const faults = [];
const note = (rule, detail, where) => faults.push({ rule, detail, where });

before(async () => {
  await loadWords();
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  const counts = {};
  for (const f of faults) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  console.log(`copy lint on ${DIST}: ${faults.length} fault(s)`, counts);
  // Every fault, for the desk to read: tests/e2e/output/copy-lint.txt.
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, 'copy-lint.txt'), faults.map((f) => `${f.rule}\t${f.detail}\t${f.where}`).join('\n') + '\n');
});

for (const [file, pageLang] of [['index.html', 'zh'], ['en.html', 'en']]) {
  test(`${file}: every word on the page, drawn on its charts and shared passes the desk`, async () => {
    const context = await browser.newContext(DESKTOP);
    await context.addInitScript(recordCanvasText);
    const page = await context.newPage();
    await page.goto(`${server.url}/${file}`);
    await page.waitForFunction(() => document.getElementById('app')?.hasAttribute('data-live'));
    // Paint every chart: each is drawn as it nears the viewport.
    for (const canvas of await page.locator('figure.chart canvas').all()) {
      await canvas.scrollIntoViewIfNeeded();
      await page.waitForFunction((c) => c.width > 0, await canvas.elementHandle());
    }
    // Open every table, so their words are read as a reader who opens them reads them.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const before = faults.length;
    const { out, glued, downloads } = await page.evaluate(pageTexts);
    for (const { text, lang, where } of out) for (const [rule, detail] of faultsOf(text, lang)) note(rule, detail, `${file} ${where}`);
    for (const g of glued) note('glued', g, file);
    for (const name of downloads) if (/[^\x21-\x7e]/.test(name)) note('file-name', name, `${file} download`);
    const drawn = await page.evaluate(() => [...window.__canvasTexts]);
    assert.ok(drawn.length >= (await page.locator('figure.chart canvas').count()), 'the charts drew their words');
    for (const text of drawn) {
      for (const [rule, detail] of faultsOf(text, pageLang)) note(rule, detail, `${file} canvas "${text}"`);
    }
    const shares = await sharedTexts(page);
    assert.equal(shares.length, (await page.locator('.chart-tools .share-button').count()) + 1, 'every share was read');
    for (const shared of shares) {
      for (const [rule, detail] of faultsOf(shared.title, pageLang)) note(rule, detail, `${file} share title`);
      // A figure's share text is its Chinese quote, the article's words; a chart's is its summary.
      const quote = CJK_CHAR.test(shared.text) && pageLang === 'en' && !CJK_CHAR.test(shared.title);
      if (!quote) for (const [rule, detail] of faultsOf(shared.text, pageLang)) note(rule, detail, `${file} share text`);
    }
    await context.close();
    const mine = faults.slice(before);
    assert.deepEqual(mine.map((f) => `${f.rule}: ${f.detail} (${f.where})`), []);
  });
}

test('head tags of every built page, CSV headers and file names pass the desk', async () => {
  const before = faults.length;
  for (const path of await allFiles(DIST)) {
    const name = relative(DIST, path);
    if (/[^\x21-\x7e]/.test(name)) note('file-name', name, 'dist');
    if (path.endsWith('.html')) {
      const { lang, out } = headTexts(await readFile(path, 'utf8'));
      for (const { text, where } of out) for (const [rule, detail] of faultsOf(text, lang)) note(rule, detail, `${name} ${where}`);
    }
    if (path.endsWith('.csv')) {
      const header = (await readFile(path, 'utf8')).replace(/^\ufeff/, '').split(/\r?\n/)[0];
      if (CHINESE.test(header) || /[^\x20-\x7e]/.test(header)) note('csv-header', header, name);
    }
  }
  const mine = faults.slice(before);
  assert.deepEqual(mine.map((f) => `${f.rule}: ${f.detail} (${f.where})`), []);
});

test('the lint catches what it is for', () => {
  const rules = (text, lang) => faultsOf(text, lang).map(([rule]) => rule);
  assert.deepEqual(rules('Source: Hengyang Daily, 《向“新”而行》', 'en').slice(0, 1), ['chinese-in-english']);
  assert.ok(rules('2.3047 million visits', 'en').includes('over-precise'));
  assert.ok(rules('1 times', 'en').includes('one-plural'));
  assert.deepEqual(rules('1 company, 1 person, 1 is enough', 'en'), []);
  assert.ok(rules('Weekend clinic dayz', 'en').includes('not-a-word'));
  assert.deepEqual(rules('The communiqué says 1.3 trillion jin', 'en'), []);
  assert.ok(rules('126.058 trillion yuan', 'en').includes('over-precise'));
  assert.deepEqual(rules('≥160名', 'zh-CN'), ['bound-as-sign']);
  assert.deepEqual(rules('1,551次', 'zh-CN'), ['western-grouping']);
  assert.deepEqual(rules('PM2.5年均浓度（CSV）', 'zh-CN'), []);
  assert.deepEqual(rules('共230万 visits', 'zh-CN'), ['latin-in-chinese']);
});
