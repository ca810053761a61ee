// Trunk's post_build step after prerendering: minifies what the first load carries and Trunk
// leaves as written, to keep it within the 152 KB budget (tests/e2e/prerender.test.mjs): the
// wasm-bindgen JS glue and the embed loader (terser), and in every page the inline script (static/early.js, the same
// bytes on every page, as the Content-Security-Policy hashes it) and the inline style sheets
// (lightningcss). `node scripts/minify.mjs <staging dir>`
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { transform } from 'lightningcss';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: minify.mjs <staging dir>');
  process.exit(1);
}

/** A style sheet minified by lightningcss (a CSS parser, not patterns over the text), with no
 *  browser targets: nothing is rewritten for older browsers, only made smaller. */
const css = (text) => transform({ filename: 'inline.css', code: Buffer.from(text), minify: true }).code.toString();

const scripts = new Map();
async function script(text) {
  if (!scripts.has(text)) scripts.set(text, (await minify(text, { ecma: 2020 })).code);
  return scripts.get(text);
}

for (const name of await readdir(dir)) {
  const path = join(dir, name);
  if (name.endsWith('.js')) {
    // embed.js, which host pages load, is a classic script (no module scope to rely on).
    const { code } = await minify(await readFile(path, 'utf8'), { module: name !== 'embed.js', ecma: 2020 });
    await writeFile(path, code);
  } else if (name.endsWith('.html')) {
    let page = await readFile(path, 'utf8');
    for (const [whole, text] of [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)]) {
      const small = `<script>${await script(text)}</script>`;
      page = page.replace(whole, () => small);
    }
    page = page.replace(/<style>([\s\S]*?)<\/style>/g, (_, text) => `<style>${css(text)}</style>`);
    await writeFile(path, page);
  }
}
