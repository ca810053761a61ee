// Rasterises an SVG at its size with resvg (npm @resvg/resvg-js, a native library: no browser
// to start at build time), with the system's fonts (Noto CJK on Debian) for the Chinese words:
// svg-to-png.mjs in.svg out.png W H
import { readFile, writeFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';

const [input, output, width, height] = process.argv.slice(2);
if (!output || !(Number(width) > 0) || !(Number(height) > 0)) {
  console.error('usage: svg-to-png.mjs in.svg out.png W H');
  process.exit(1);
}
const svg = await readFile(input, 'utf8');
const rendered = new Resvg(svg, {
  fitTo: { mode: 'width', value: Number(width) },
  font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC', sansSerifFamily: 'Noto Sans CJK SC' },
  background: 'white',
}).render();
if (rendered.width !== Number(width) || rendered.height !== Number(height)) {
  console.error(`svg-to-png: ${input} is ${rendered.width}×${rendered.height}, not ${width}×${height}`);
  process.exit(1);
}
await writeFile(output, rendered.asPng());
