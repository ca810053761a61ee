// Which article the end-to-end tests read, and what its content folder says, parsed as TOML
// (not by pattern) so the tests' expectations come from the content data, not from the app.
//
// CONTENT (default content/) is the folder the build was made from; DIST (default dist/) the
// build. scripts/test.sh runs the article-independent suites once per fixture article too.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'smol-toml';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CONTENT = resolve(ROOT, process.env.CONTENT ?? process.env.CONTENT_DIR ?? 'content');
export const DIST = resolve(ROOT, process.env.DIST ?? 'dist');
/** True for the newspaper's own article in content/: suites that check that article's facts
 *  (a sentence, a count of its photos) run only then. */
export const FIRST_ARTICLE = CONTENT === resolve(ROOT, 'content');

const toml = async (file) => parse(await readFile(resolve(CONTENT, file), 'utf8'));

const figures = await toml('figures.toml');
const charts = await toml('charts.toml');
const plain = await toml('not-statistics.toml');
export const PAGE = await toml('page.toml');
const text = await readFile(resolve(CONTENT, 'article.txt'), 'utf8');

/** Every figure, in file order: `{ id, quote, text, … }` as written in figures.toml. */
export const FIGURES = figures.figure ?? [];
/** Every chart, in file order, as written in charts.toml. */
export const CHARTS = charts.chart ?? [];
export const CHART_IDS = CHARTS.map((c) => c.id);
/** How many numerals the content leaves plain. */
export const PLAIN_COUNT = (plain.numeral ?? []).length;
/** The article's own shape, read from its text: section headings and photo captions. */
export const SECTIONS = text.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3).trim());
export const PHOTO_COUNT = text.split('\n').filter((l) => l.startsWith('@photo ')).length;
/** Every paragraph of the article, as the content gives it (one block a line). */
export const PARAGRAPHS = text
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !/^(#|@)/.test(l));
