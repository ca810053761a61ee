// The content the build was made from (content/, or CONTENT_DIR as scripts/build.sh --content
// sets it), read with a real TOML parser (npm smol-toml), so tests compare what the app shows
// with the data, not with the app's own output, and a multi-line string or a reordered key
// cannot fool them.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'smol-toml';

const DIR = resolve(import.meta.dirname, '../..', process.env.CONTENT_DIR ?? 'content');
const read = async (name) => parse(await readFile(`${DIR}/${name}`, 'utf8'));

/** `[[figure]]` entries of figures.toml, in order: `{ id, text, quote, label_zh, … }`. */
export const FIGURES = (await read('figures.toml')).figure;
/** `[[chart]]` entries of charts.toml, in order: `{ id, form, title_zh, title_en, rows, … }`. */
export const CHARTS = (await read('charts.toml')).chart;
/** `[[numeral]]` entries of not-statistics.toml. */
export const NOT_STATISTICS = (await read('not-statistics.toml')).numeral;
