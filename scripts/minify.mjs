// Trunk's post_build step after prerendering: minifies what the first load carries and Trunk
// leaves as written, to keep it within the 158 KB budget (tests/e2e/prerender.test.mjs): the
// wasm-bindgen JS glue and the embed loader (terser), and in every page the inline script (static/early.js, the same
// bytes on every page, as the Content-Security-Policy hashes it) and the inline style sheets
// (lightningcss). `node scripts/minify.mjs <staging dir>`
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { transform } from 'lightningcss';
import { parse } from 'parse5';

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
    const page = await readFile(path, 'utf8');
    // The inline scripts and style sheets as the HTML standard's parser finds them (parse5),
    // not by patterns over the text: each element's text, by its place in the page.
    const edits = [];
    const walk = (node) => {
      const inline = node.tagName === 'script' ? !node.attrs.some((a) => a.name === 'src' || a.name === 'type')
        : node.tagName === 'style';
      const text = inline && node.childNodes.length === 1 && node.childNodes[0].sourceCodeLocation;
      if (text) edits.push({ tag: node.tagName, start: text.startOffset, end: text.endOffset });
      for (const child of node.childNodes ?? []) walk(child);
      if (node.content) walk(node.content);
    };
    walk(parse(page, { sourceCodeLocationInfo: true }));
    let out = page;
    for (const { tag, start, end } of edits.sort((a, b) => b.start - a.start)) {
      const text = page.slice(start, end);
      out = out.slice(0, start) + (tag === 'script' ? await script(text) : css(text)) + out.slice(end);
    }
    await writeFile(path, out);
  }
}
