//! Reads and validates `content/article.txt` and `content/figures.toml` into the model.
//!
//! Runs at build time (included by `build.rs`) and in native tests; never in the browser. Every
//! problem is reported with the file, the line and the entry it concerns, and the build stops.
//! Strings are leaked into `&'static str`: this runs once, in a short-lived process.

use crate::content::numbers::{self, Reading};
use crate::model::{Article, Block, Bound, Chart, Figure, Form, Kind, Section, Span};
use serde::Deserialize;
use std::fmt;

pub const ARTICLE_FILE: &str = "content/article.txt";
pub const FIGURES_FILE: &str = "content/figures.toml";
pub const CHARTS_FILE: &str = "content/charts.toml";

/// One problem in the content, located as precisely as the content allows.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentError {
    pub file: &'static str,
    pub line: usize,
    /// The figure id or article marker concerned.
    pub entry: String,
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file, self.line, self.entry, self.problem
        )
    }
}

/// All problems found, one per line.
#[derive(Debug)]
pub struct ContentErrors(pub Vec<ContentError>);

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.0 {
            writeln!(f, "{e}")?;
        }
        Ok(())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FiguresFile {
    /// Chinese unit → English unit.
    #[serde(default)]
    units: std::collections::BTreeMap<String, String>,
    figure: Vec<toml::Spanned<FigureEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FigureEntry {
    id: String,
    text: String,
    kind: KindEntry,
    value: Option<f64>,
    #[serde(default)]
    bound: BoundEntry,
    value_max: Option<f64>,
    unit: String,
    label_zh: String,
    label_en: String,
    quote: String,
    chart: Option<String>,
}

#[derive(Deserialize, Clone, Copy, PartialEq)]
#[serde(rename_all = "kebab-case")]
enum KindEntry {
    Count,
    Amount,
    Percent,
    Rank,
    Claim,
}

#[derive(Deserialize, Clone, Copy, Default)]
#[serde(rename_all = "kebab-case")]
enum BoundEntry {
    #[default]
    Exact,
    AtLeast,
    Range,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChartsFile {
    chart: Vec<toml::Spanned<ChartEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChartEntry {
    id: String,
    form: FormEntry,
    #[serde(default)]
    ratio: bool,
    title_zh: String,
    title_en: String,
    summary_zh: String,
    summary_en: String,
    note_zh: Option<String>,
    note_en: Option<String>,
    rows: Vec<Vec<String>>,
    #[serde(default)]
    extras: Vec<String>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
enum FormEntry {
    Bars,
    Growth,
    Progress,
    Funnel,
    Ranks,
    Tiles,
}

/// A paragraph as read from the article file, before figures are placed in it.
struct RawParagraph {
    line: usize,
    section: usize,
    text: String,
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

pub fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// Parses and validates the three files; returns every problem found, not just the first.
pub fn load(
    article_txt: &str,
    figures_toml: &str,
    charts_toml: &str,
) -> Result<Article, ContentErrors> {
    let mut errors = Vec::new();
    let article = parse_article(article_txt, &mut errors);
    let figures = parse_toml::<FiguresFile>(figures_toml, FIGURES_FILE, &mut errors);
    let charts = parse_toml::<ChartsFile>(charts_toml, CHARTS_FILE, &mut errors);
    let (Some((title, byline, sections, paragraphs)), Some(figures), Some(charts)) =
        (article, figures, charts)
    else {
        return Err(ContentErrors(errors));
    };
    let (units, figures, charts) = (figures.units, figures.figure, charts.chart);
    let placed = place_figures(&paragraphs, &figures, figures_toml, &mut errors);
    for spanned in &figures {
        let f = spanned.get_ref();
        if !units.contains_key(&f.unit) {
            errors.push(ContentError {
                file: FIGURES_FILE,
                line: line_of(figures_toml, spanned.span().start),
                entry: format!("figure `{}`", f.id),
                problem: format!("unit `{}` has no English name in [units]", f.unit),
            });
        }
    }
    let charts_out = build_charts(&charts, &figures, charts_toml, figures_toml, &mut errors);
    if !errors.is_empty() {
        return Err(ContentErrors(errors));
    }

    let mut figures_out: Vec<Figure> = figures
        .iter()
        .zip(&placed)
        .map(|(entry, place)| {
            let e = entry.get_ref();
            Figure {
                id: leak(e.id.clone()),
                text: leak(e.text.clone()),
                kind: match e.kind {
                    KindEntry::Count => Kind::Count,
                    KindEntry::Amount => Kind::Amount,
                    KindEntry::Percent => Kind::Percent,
                    KindEntry::Rank => Kind::Rank,
                    KindEntry::Claim => Kind::Claim,
                },
                value: e.value,
                bound: match e.bound {
                    BoundEntry::Exact => Bound::Exact,
                    BoundEntry::AtLeast => Bound::AtLeast,
                    BoundEntry::Range => Bound::Range,
                },
                value_max: e.value_max,
                unit: leak(e.unit.clone()),
                unit_en: leak(units.get(&e.unit).cloned().unwrap_or_default()),
                label_zh: leak(e.label_zh.clone()),
                label_en: leak(e.label_en.clone()),
                quote: leak(e.quote.clone()),
                chart: e.chart.clone().map(leak),
                section: paragraphs[place.paragraph].section,
                card_after: 0,
                rank: matches!(e.kind, KindEntry::Rank)
                    .then(|| rank_places(&e.text))
                    .flatten(),
            }
        })
        .collect();

    // Cut each paragraph into text and figure spans, and also at each quote's end, where that
    // figure's card opens.
    let mut spans_of: Vec<Vec<Span>> = Vec::with_capacity(paragraphs.len());
    for (p, para) in paragraphs.iter().enumerate() {
        let here: Vec<(usize, &Placement)> = placed
            .iter()
            .enumerate()
            .filter(|(_, pl)| pl.paragraph == p)
            .collect();
        let mut cuts: Vec<usize> = here
            .iter()
            .flat_map(|(_, pl)| [pl.start, pl.end, pl.quote_end])
            .chain([0, para.text.len()])
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        let mut spans = Vec::new();
        for pair in cuts.windows(2) {
            let (from, to) = (pair[0], pair[1]);
            match here.iter().find(|(_, pl)| pl.start == from) {
                Some((figure, _)) => spans.push(Span::Figure(*figure)),
                None => spans.push(Span::Text(leak(para.text[from..to].to_string()))),
            }
            for (figure, pl) in &here {
                if pl.quote_end == to {
                    figures_out[*figure].card_after = spans.len() - 1;
                }
            }
        }
        spans_of.push(spans);
    }
    let mut spans_iter = spans_of.into_iter();
    let sections = sections
        .into_iter()
        .map(|(heading, blocks)| Section {
            heading,
            blocks: leak_slice(
                blocks
                    .into_iter()
                    .map(|b| match b {
                        RawBlock::Paragraph => {
                            Block::Paragraph(leak_slice(spans_iter.next().unwrap_or_default()))
                        }
                        RawBlock::Photo(caption) => Block::Photo(caption),
                    })
                    .collect(),
            ),
        })
        .collect();

    Ok(Article {
        title,
        byline,
        sections: leak_slice(sections),
        figures: leak_slice(figures_out),
        charts: leak_slice(charts_out),
    })
}

enum RawBlock {
    /// The next paragraph in reading order.
    Paragraph,
    Photo(&'static str),
}

type RawSections = Vec<(Option<&'static str>, Vec<RawBlock>)>;

fn parse_article(
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<(&'static str, &'static str, RawSections, Vec<RawParagraph>)> {
    let err = |line: usize, entry: &str, problem: String| ContentError {
        file: ARTICLE_FILE,
        line,
        entry: entry.to_string(),
        problem,
    };
    let before = errors.len();
    let mut title = None;
    let mut byline = None;
    let mut sections: RawSections = vec![(None, Vec::new())];
    let mut paragraphs = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim();
        if l.is_empty() {
            continue;
        }
        if let Some(t) = l.strip_prefix("## ") {
            sections.push((Some(leak(t.trim().to_string())), Vec::new()));
        } else if let Some(t) = l.strip_prefix("# ") {
            if title.is_some() {
                errors.push(err(line, "title", "a second title (`# `) line".into()));
            }
            title = Some(leak(t.trim().to_string()));
        } else if let Some(t) = l.strip_prefix("@byline ") {
            if byline.is_some() {
                errors.push(err(line, "@byline", "a second byline".into()));
            }
            byline = Some(leak(t.trim().to_string()));
        } else if let Some(t) = l.strip_prefix("@photo ") {
            let last = sections.len() - 1;
            sections[last]
                .1
                .push(RawBlock::Photo(leak(t.trim().to_string())));
        } else if l.starts_with('@') || l.starts_with('#') {
            let marker = l.split_whitespace().next().unwrap_or(l);
            errors.push(err(
                line,
                marker,
                "unknown marker: lines start with `# `, `## `, `@byline `, `@photo ` or text"
                    .into(),
            ));
        } else {
            if title.is_none() {
                errors.push(err(
                    line,
                    "paragraph",
                    "text before the title (`# ` line)".into(),
                ));
            }
            let last = sections.len() - 1;
            sections[last].1.push(RawBlock::Paragraph);
            paragraphs.push(RawParagraph {
                line,
                section: last,
                text: l.to_string(),
            });
        }
    }
    if title.is_none() {
        errors.push(err(1, "title", "no title (`# ` line)".into()));
    }
    if byline.is_none() {
        errors.push(err(1, "@byline", "no byline (`@byline ` line)".into()));
    }
    if errors.len() > before {
        return None;
    }
    Some((title?, byline?, sections, paragraphs))
}

fn parse_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    file: &'static str,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(parsed) => Some(parsed),
        Err(e) => {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
            errors.push(ContentError {
                file,
                line,
                entry: "toml".into(),
                problem: e.message().to_string(),
            });
            None
        }
    }
}

/// Where a figure stands: its paragraph, its byte range and where its quote ends in it.
struct Placement {
    paragraph: usize,
    start: usize,
    end: usize,
    quote_end: usize,
}

fn place_figures(
    paragraphs: &[RawParagraph],
    figures: &[toml::Spanned<FigureEntry>],
    figures_toml: &str,
    errors: &mut Vec<ContentError>,
) -> Vec<Placement> {
    let mut placed = Vec::with_capacity(figures.len());
    let mut seen_ids: Vec<&str> = Vec::new();
    for spanned in figures {
        let f = spanned.get_ref();
        let line = line_of(figures_toml, spanned.span().start);
        let mut fail = |problem: String| {
            errors.push(ContentError {
                file: FIGURES_FILE,
                line,
                entry: format!("figure `{}`", f.id),
                problem,
            })
        };

        if f.id.is_empty()
            || !f
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            fail("id must be non-empty lowercase ASCII letters, digits and `-`".into());
        }
        if seen_ids.contains(&f.id.as_str()) {
            fail("id is used by another figure".into());
        }
        seen_ids.push(&f.id);
        if f.label_zh.trim().is_empty() || f.label_en.trim().is_empty() {
            fail("label_zh and label_en must both be given".into());
        }
        if let Some(chart) = &f.chart {
            if chart.is_empty() || !chart.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                fail(format!("chart `{chart}` is not a chart id"));
            }
        }
        for problem in check_value(f) {
            fail(problem);
        }

        let homes: Vec<(usize, usize)> = paragraphs
            .iter()
            .enumerate()
            .flat_map(|(p, para)| {
                para.text
                    .match_indices(&f.quote)
                    .map(move |(at, _)| (p, at))
            })
            .collect();
        let in_quote: Vec<usize> = f.quote.match_indices(&f.text).map(|(at, _)| at).collect();
        if f.text.is_empty() || in_quote.is_empty() {
            fail(format!("text `{}` is not in its quote", f.text));
        } else if in_quote.len() > 1 {
            fail(format!(
                "text `{}` occurs {} times in its quote: make it longer so it is unique",
                f.text,
                in_quote.len()
            ));
        }
        match homes.as_slice() {
            [] => fail(format!(
                "quote is not verbatim in the article: «{}»",
                f.quote
            )),
            [(p, at)] if in_quote.len() == 1 => {
                let start = at + in_quote[0];
                placed.push(Placement {
                    paragraph: *p,
                    start,
                    end: start + f.text.len(),
                    quote_end: at + f.quote.len(),
                });
                continue;
            }
            [_] => {}
            _ => fail(format!(
                "quote occurs {} times in the article: lengthen it",
                homes.len()
            )),
        }
        // Keep indices aligned with `figures`; errors already stop the build.
        placed.push(Placement {
            paragraph: 0,
            start: 0,
            end: 0,
            quote_end: 0,
        });
    }

    // Figures must not overlap: each character of the text belongs to at most one figure.
    for (i, a) in placed.iter().enumerate() {
        for (j, b) in placed.iter().enumerate().skip(i + 1) {
            if a.end > a.start && a.paragraph == b.paragraph && a.start < b.end && b.start < a.end {
                errors.push(ContentError {
                    file: FIGURES_FILE,
                    line: line_of(figures_toml, figures[j].span().start),
                    entry: format!("figure `{}`", figures[j].get_ref().id),
                    problem: format!(
                        "overlaps figure `{}` in line {} of the article",
                        figures[i].get_ref().id,
                        paragraphs[a.paragraph].line
                    ),
                });
            }
        }
    }
    placed
}

/// The value, bound and unit a figure states must agree with its text as written.
fn check_value(f: &FigureEntry) -> Vec<String> {
    let mut problems = Vec::new();
    let reading = numbers::read(&f.text);
    let needs_value = !matches!(f.kind, KindEntry::Rank) && reading.is_some();
    match (needs_value, f.value, reading) {
        (false, Some(_), _) => problems.push(if matches!(f.kind, KindEntry::Rank) {
            "a rank has no value: remove `value`".to_string()
        } else {
            format!("`{}` has no numeral: remove `value`", f.text)
        }),
        (true, None, Some(r)) => problems.push(format!(
            "`value` is missing: `{}` reads as {}",
            f.text, r.value
        )),
        (true, Some(v), Some(r)) => {
            if !numbers::same(v, r.value) {
                problems.push(format!(
                    "value {v} disagrees with `{}`, which reads as {}",
                    f.text, r.value
                ));
            }
            check_bound(f, &r, &mut problems);
        }
        _ => {}
    }
    if !matches!(f.bound, BoundEntry::Range) && f.value_max.is_some() {
        problems.push("`value_max` is only for bound = \"range\"".into());
    }
    if matches!(
        f.kind,
        KindEntry::Count | KindEntry::Amount | KindEntry::Percent
    ) {
        if f.unit.trim().is_empty() {
            problems.push("a count, amount or percent needs a `unit`".into());
        }
        if f.value.is_none() && reading.is_none() {
            problems.push(format!(
                "a count, amount or percent needs a numeral in its text `{}`",
                f.text
            ));
        }
    }
    if matches!(f.kind, KindEntry::Percent) && f.unit != "%" {
        problems.push("a percent has unit \"%\"".into());
    }
    problems
}

fn check_bound(f: &FigureEntry, r: &Reading, problems: &mut Vec<String>) {
    match (f.bound, r.value_max) {
        (BoundEntry::Range, Some(max)) => match f.value_max {
            Some(m) if numbers::same(m, max) => {}
            Some(m) => problems.push(format!(
                "value_max {m} disagrees with `{}`, which reads up to {max}",
                f.text
            )),
            None => problems.push(format!(
                "`value_max` is missing: `{}` reads up to {max}",
                f.text
            )),
        },
        (BoundEntry::Range, None) => problems.push(format!(
            "bound is \"range\" but `{}` is not a range",
            f.text
        )),
        (_, Some(_)) => problems.push(format!(
            "`{}` is a range: set bound = \"range\" and value_max",
            f.text
        )),
        (BoundEntry::Exact, None) if r.at_least => problems.push(format!(
            "`{}` is a lower bound: set bound = \"at-least\"",
            f.text
        )),
        _ => {}
    }
}

/// The places a rank allows: `全省第一` → (1, 1), `全省第二` → (2, 2), `前30强` → (1, 30).
fn rank_places(text: &str) -> Option<(u32, u32)> {
    let n = numbers::read(text)?.value as u32;
    Some(if text.contains('前') { (1, n) } else { (n, n) })
}

/// Resolves each chart's figure ids and checks that its rows are what its form reads.
fn build_charts(
    charts: &[toml::Spanned<ChartEntry>],
    figures: &[toml::Spanned<FigureEntry>],
    charts_toml: &str,
    figures_toml: &str,
    errors: &mut Vec<ContentError>,
) -> Vec<Chart> {
    let index_of = |id: &str| figures.iter().position(|f| f.get_ref().id == id);
    let mut out = Vec::with_capacity(charts.len());
    let mut seen: Vec<&str> = Vec::new();
    for spanned in charts {
        let c = spanned.get_ref();
        let line = line_of(charts_toml, spanned.span().start);
        let mut fail = |problem: String| {
            errors.push(ContentError {
                file: CHARTS_FILE,
                line,
                entry: format!("chart `{}`", c.id),
                problem,
            })
        };
        if c.id.is_empty() || !c.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            fail("id must be lowercase ASCII letters and `-`".into());
        }
        if seen.contains(&c.id.as_str()) {
            fail("id is used by another chart".into());
        }
        seen.push(&c.id);
        let mut resolve = |ids: &[String]| -> Vec<usize> {
            ids.iter()
                .filter_map(|id| {
                    let found = index_of(id);
                    if found.is_none() {
                        fail(format!("figure `{id}` does not exist"));
                    }
                    found
                })
                .collect()
        };
        let rows: Vec<Vec<usize>> = c.rows.iter().map(|r| resolve(r)).collect();
        let extras = resolve(&c.extras);
        if rows.is_empty() {
            fail("a chart needs at least one row".into());
        }
        let shape_ok = rows.iter().enumerate().all(|(i, row)| {
            let kind = |k: usize| row.get(k).map(|&f| figures[f].get_ref().kind);
            let valued = row.iter().all(|&f| figures[f].get_ref().value.is_some());
            match c.form {
                FormEntry::Bars | FormEntry::Tiles => row.len() == 1,
                FormEntry::Growth => {
                    row.len() == 2 && valued && kind(1) == Some(KindEntry::Percent)
                }
                FormEntry::Progress => {
                    (2..=3).contains(&row.len())
                        && valued
                        && (row.len() == 2 || kind(2) == Some(KindEntry::Percent))
                }
                FormEntry::Funnel => {
                    valued
                        && if i == 0 {
                            row.len() == 1
                        } else {
                            row.len() == 2 && kind(1) == Some(KindEntry::Percent)
                        }
                }
                FormEntry::Ranks => {
                    kind(0) == Some(KindEntry::Rank)
                        && (row.len() == 1 || (row.len() == 2 && kind(1) == Some(KindEntry::Count)))
                }
            }
        });
        if !shape_ok {
            fail(format!(
                "rows do not fit form `{}`: see the form list at the top of charts.toml",
                form_name(c.form)
            ));
        }
        if matches!(c.form, FormEntry::Bars | FormEntry::Tiles)
            && rows
                .iter()
                .flatten()
                .any(|&f| figures[f].get_ref().value.is_none())
        {
            fail("every bar or tile needs a figure with a value".into());
        }
        if c.note_zh.is_some() != c.note_en.is_some() {
            fail("`note_zh` and `note_en` go together".into());
        }
        if c.ratio && !matches!(c.form, FormEntry::Bars) {
            fail("`ratio` is for bars only".into());
        }
        out.push(Chart {
            id: leak(c.id.clone()),
            title_zh: leak(c.title_zh.clone()),
            title_en: leak(c.title_en.clone()),
            summary_zh: leak(c.summary_zh.clone()),
            summary_en: leak(c.summary_en.clone()),
            note_zh: c.note_zh.clone().map(leak),
            note_en: c.note_en.clone().map(leak),
            form: match c.form {
                FormEntry::Bars => Form::Bars,
                FormEntry::Growth => Form::Growth,
                FormEntry::Progress => Form::Progress,
                FormEntry::Funnel => Form::Funnel,
                FormEntry::Ranks => Form::Ranks,
                FormEntry::Tiles => Form::Tiles,
            },
            ratio: c.ratio,
            rows: leak_slice(rows.into_iter().map(leak_slice).collect()),
            extras: leak_slice(extras),
        });
    }
    // Each figure's `chart` names a chart that shows it.
    for spanned in figures {
        let f = spanned.get_ref();
        let Some(group) = &f.chart else { continue };
        let index = index_of(&f.id);
        let shown = out
            .iter()
            .find(|c| c.id == group)
            .map(|c| c.figures().any(|i| Some(i) == index));
        let problem = match shown {
            None => format!("chart `{group}` does not exist in {CHARTS_FILE}"),
            Some(false) => format!("chart `{group}` does not show this figure"),
            Some(true) => continue,
        };
        errors.push(ContentError {
            file: FIGURES_FILE,
            line: line_of(figures_toml, spanned.span().start),
            entry: format!("figure `{}`", f.id),
            problem,
        });
    }
    out
}

fn form_name(form: FormEntry) -> &'static str {
    match form {
        FormEntry::Bars => "bars",
        FormEntry::Growth => "growth",
        FormEntry::Progress => "progress",
        FormEntry::Funnel => "funnel",
        FormEntry::Ranks => "ranks",
        FormEntry::Tiles => "tiles",
    }
}
