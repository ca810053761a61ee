// Rasterises an SVG at its size with headless Chromium: svg-to-png.mjs in.svg out.png W H
import { readFile } from 'node:fs/promises';
import { launch } from '../tests/e2e/browser.mjs';

const [input, output, width, height] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const svg = await readFile(input, 'utf8');
await page.setContent(`<!doctype html><html lang="zh-CN"><body style="margin:0">${svg}</body></html>`);
await page.screenshot({ path: output, clip: { x: 0, y: 0, width: Number(width), height: Number(height) } });
await browser.close();
