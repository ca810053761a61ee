// End to end, as a reader: the release build in headless Chromium, on a phone and a desktop.
// Screenshots go to tests/e2e/output/ for people to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, OUT, open, PHONE, DESKTOP } from './browser.mjs';
import { FIGURES as CONTENT_FIGURES } from './content.mjs';

// Figure ids and quotes, straight from the content data (not from the app under test).
const FIGURES = CONTENT_FIGURES.map(({ id, quote }) => ({ id, quote }));

const env = setUp();

for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${name}: the whole article is there, fits the screen, and every figure opens its sentence`, async () => {
    const { page, context, problems } = await open(env.browser, device, env.server.url);
    assert.ok(FIGURES.length >= 45, 'the content data lists about fifty figures');
    assert.equal(await page.locator('button.figure').count(), FIGURES.length);
    assert.equal(await page.locator('h2.section-heading').count(), 3);
    // The six photo captions are listed after the article, none set in its text.
    assert.equal(await page.locator('.photo-notes li').count(), 6);
    assert.equal(await page.locator('.narrative figure:not(.chart)').count(), 0);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `no horizontal scroll (overflow ${overflow}px)`);
    const smallest = await page.evaluate(() =>
      Math.min(...[...document.querySelectorAll('body *')]
        .filter((e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
        .map((e) => parseFloat(getComputedStyle(e).fontSize))),
    );
    assert.ok(smallest >= 12, `no text under 12px (smallest ${smallest}px)`);
    await page.screenshot({ path: `${OUT}/${name}-article.png`, fullPage: true });

    for (const { id, quote } of FIGURES) {
      await page.locator(`#fig-${id}`).click();
      const card = page.locator(`#quote-${id}`);
      await card.waitFor();
      assert.equal(await card.locator('q').textContent(), quote, `${id}: verbatim quote`);
      assert.equal(await page.locator('.quote-card').count(), 1, `${id}: one open at a time`);
      assert.ok(await card.isVisible(), `${id}: the quote is on screen`);
    }
    await page.locator(`#fig-${FIGURES[7].id}`).click();
    await page.locator(`#quote-${FIGURES[7].id}`).screenshot({ path: `${OUT}/${name}-quote.png` });
    assert.deepEqual(problems, [], 'no console errors or exceptions');
    await context.close();
  });
}

test('keyboard: Enter opens, Space toggles, Escape closes and returns focus', async () => {
  const { page, context, problems } = await open(env.browser, DESKTOP, env.server.url);
  const first = FIGURES[0].id;
  await page.locator(`#fig-${first}`).focus();
  await page.keyboard.press('Enter');
  await page.locator(`#quote-${first}`).waitFor();
  await page.keyboard.press('Space');
  await page.locator(`#quote-${first}`).waitFor({ state: 'detached' });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await page.locator(`#quote-${first}`).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), `fig-${first}`);
  assert.deepEqual(problems, []);
  await context.close();
});
