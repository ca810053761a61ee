// The proposer's draft of an article, built as a page and read like a reader: every sentence of
// its article.txt is on the page, the page says it is a draft, and every proposed figure opens
// its own sentence. Needs a content folder written by scripts/new-article.sh and the dist/ built
// from it with --draft: DRAFT_CONTENT and DRAFT_DIST (scripts/test.sh sets both; skipped
// otherwise).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch, open, PHONE } from './browser.mjs';
import { serve } from './server.mjs';

const CONTENT = process.env.DRAFT_CONTENT;
const DIST = process.env.DRAFT_DIST;
const skip = !CONTENT || !DIST ? 'DRAFT_CONTENT and DRAFT_DIST are not set' : false;

const env = {};
before(async () => {
  if (skip) return;
  env.server = await serve(resolve(DIST));
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

/** The sentences of the article file's text blocks, as written (markers dropped). */
function sentences(article) {
  return article
    .split('\n')
    .map((l) => l.trim().replace(/^(# |## |@byline |@photo )/, ''))
    .filter((l) => l)
    .flatMap((l) => l.match(/[^。！？]+[。！？]?[”’」』）]*/g) ?? []);
}

test('the draft page shows every sentence and every figure opens its own quote', { skip }, async () => {
  const article = await readFile(`${CONTENT}/article.txt`, 'utf8');
  const figuresToml = await readFile(`${CONTENT}/figures.toml`, 'utf8');
  // Ids and quotes straight from the proposal, not from the app under test.
  const figures = [...figuresToml.matchAll(/^id = "([^"]+)"[\s\S]*?^quote = "([^"]+)"/gm)].map(
    ([, id, quote]) => ({ id, quote }),
  );
  assert.ok(figures.length > 20, `the proposal has figures (${figures.length})`);

  const { page, context, problems } = await open(env.browser, PHONE, env.server.url);
  assert.ok(await page.locator('.draft-notice').isVisible(), 'the page says it is a draft');
  const text = (await page.evaluate(() => document.body.textContent)).replace(/\s+/g, '');
  const missing = sentences(article).filter((s) => !text.includes(s.replace(/\s+/g, '')));
  assert.deepEqual(missing, [], 'every sentence of the article is on the page');

  assert.equal(await page.locator('button.figure').count(), figures.length);
  for (const { id, quote } of figures) {
    await page.locator(`#fig-${id}`).click();
    const card = page.locator(`#quote-${id}`);
    await card.waitFor();
    assert.equal(await card.locator('q').textContent(), quote, `${id}: its own sentence`);
  }
  assert.deepEqual(problems, [], 'no console errors or exceptions');
  await context.close();
});
