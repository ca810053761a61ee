import { launch } from './browser.mjs';
import { serve } from './server.mjs';
const server = await serve();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
page.on('console', (m) => console.log('console', m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.addInitScript(() => {
  window.__taps = []; window.__n = 0;
  new MutationObserver((changes) => {
    for (const c of changes) {
      if (!/^c\d+$/.test(c.target.dataset?.island ?? '') || !c.target.hasAttribute('data-live')) continue;
      const buttons = [...document.querySelectorAll('button.figure')];
      const button = buttons[(window.__n++ * 5 + 3) % buttons.length];
      const plive = button.closest('.paragraph').hasAttribute('data-live');
      button.click();
      const card = button.getAttribute('aria-controls');
      setTimeout(() => { setTimeout(() => console.log('later', button.id, !!document.getElementById(card), document.querySelectorAll('.quote-card').length), 300); window.__taps.push(1); console.log(c.target.dataset.island, button.id, 'was live', plive, 'now live', button.closest('.paragraph').hasAttribute('data-live'), 'card', !!document.getElementById(card), document.querySelectorAll('.quote-card').length, button.getAttribute('aria-expanded')); });
    }
  }).observe(document, { attributes: true, attributeFilter: ['data-live'], subtree: true });
});
await page.goto(server.url);
await page.waitForTimeout(4000);
await browser.close(); await server.close();
