//! Reads and validates `content/` into the model: the one entry point, [`load`].
//!
//! Runs at build time (included by `build.rs`) and in native tests; never in the browser. Every
//! problem is reported with the file, the line and the entry it concerns, and the build stops.
//! Strings are leaked into `&'static str`: this runs once, in a short-lived process.

use super::article::{parse_article, RawBlock};
use super::chart_words::check_chart_words;
use super::charts::build_charts;
use super::decisions::{decide, Stretch};
use super::error::line_of;
pub use super::error::{ContentError, ContentErrors};
use super::numbers::{scan, values};
use super::placement::{cut_paragraphs, place_figures};
use super::schema::{
    parse_toml, ChartEntry, ChartsFile, FigureEntry, FiguresFile, KindEntry, NotStatisticEntry,
    NotStatisticsFile,
};
use super::values::rank_places;
use crate::model::{Article, Block, Figure, NotStatistic, Section};

use super::files::{leak, leak_slice, ID_RULE};
// build.rs takes the file names from here; in the browser's test build nothing else does.
#[allow(unused_imports)]
pub use super::files::{ARTICLE_FILE, CHARTS_FILE, FIGURES_FILE, NOT_STATISTICS_FILE};

/// The four content files, as text.
pub struct Sources<'a> {
    pub article: &'a str,
    pub figures: &'a str,
    pub charts: &'a str,
    pub not_statistics: &'a str,
}

/// The content, validated: the article and the numerals it leaves plain.
pub struct Content {
    pub article: Article,
    pub not_statistics: Vec<NotStatistic>,
    /// Every entry still marked `draft = true`: a proposal no editor has checked yet. The
    /// build refuses them unless it is asked for a draft (`scripts/build.sh --draft`).
    pub drafts: Vec<ContentError>,
}

/// A draft entry, located like any problem so that an editor can find it.
pub fn draft_entry(file: &'static str, line: usize, entry: String) -> ContentError {
    ContentError::at(
        file,
        line,
        entry,
        "is a proposal marked `draft = true`: check it against the article, then delete that \
         line (or build with --draft to preview it)",
    )
}

/// Parses and validates the four files; returns every problem found, not just the first.
pub fn load(sources: &Sources) -> Result<Content, ContentErrors> {
    let (article_txt, figures_toml, charts_toml) =
        (sources.article, sources.figures, sources.charts);
    let mut errors = Vec::new();
    let article = parse_article(article_txt, &mut errors);
    let figures = parse_toml::<FiguresFile>(figures_toml, FIGURES_FILE, &mut errors);
    let charts = parse_toml::<ChartsFile>(charts_toml, CHARTS_FILE, &mut errors);
    let plain =
        parse_toml::<NotStatisticsFile>(sources.not_statistics, NOT_STATISTICS_FILE, &mut errors);
    let (Some(article), Some(figures), Some(charts), Some(plain)) =
        (article, figures, charts, plain)
    else {
        return Err(ContentErrors(errors));
    };
    let paragraphs = &article.paragraphs;
    let (units, figures, charts) = (figures.units, figures.figure, charts.chart);
    let drafts = collect_drafts(sources, &figures, &charts, &plain.numeral);
    let placed = place_figures(paragraphs, &figures, figures_toml, &mut errors);
    let unit_en = |f: &FigureEntry| f.unit_en.clone().or_else(|| units.get(&f.unit).cloned());
    super::copy::check_figures(&figures, &unit_en, figures_toml, &mut errors);
    super::copy::check_charts(&charts, charts_toml, &mut errors);
    let charts_out = build_charts(&charts, &figures, charts_toml, figures_toml, &mut errors);
    // Wide screens show one chart beside each paragraph: a second chart standing by the same
    // paragraph (its first figure there) would never be seen beside the text.
    let mut stands: Vec<(usize, &str)> = Vec::new();
    for c in &charts_out {
        let Some(home) = c
            .anchor()
            .and_then(|a| placed.get(a.get()))
            .map(|p| p.paragraph)
        else {
            continue;
        };
        if let Some((_, other)) = stands.iter().find(|(p, _)| *p == home) {
            let line = charts
                .iter()
                .find(|e| e.get_ref().id == c.id)
                .map_or(0, |e| line_of(charts_toml, e.span().start));
            errors.push(ContentError::at(
                CHARTS_FILE,
                line,
                format!("chart `{}`", c.id),
                format!(
                    "stands by the same paragraph (article.txt:{}) as chart `{other}`: wide \
                     screens show one chart a paragraph, so start this chart's rows with a \
                     figure of another paragraph, or merge the two",
                    paragraphs.get(home).map_or(0, |p| p.line)
                ),
            ));
        } else {
            stands.push((home, c.id));
        }
    }

    // Where each figure's text and sentence stand, by article line.
    let stretch = |i: usize, from: usize, to: usize| Stretch {
        line: paragraphs[placed[i].paragraph].line,
        start: from,
        end: to,
    };
    let figure_at: Vec<(Stretch, &str)> = (0..figures.len())
        .filter(|&i| placed[i].end > placed[i].start)
        .map(|i| {
            let id = figures[i].get_ref().id.as_str();
            (stretch(i, placed[i].start, placed[i].end), id)
        })
        .collect();
    let decisions = decide(
        article_txt,
        &figure_at,
        &plain.numeral,
        sources.not_statistics,
        &mut errors,
    );
    // The numbers a figure stands for in chart words: its value, the numerals of its text and
    // the plain numerals (dates, names) of its sentence.
    let numbers_of = |id: &str| {
        let i = figures.iter().position(|f| f.get_ref().id == id)?;
        let f = figures[i].get_ref();
        let mut known: Vec<f64> = scan(&f.text)
            .into_iter()
            .flat_map(|n| values(n.text(&f.text)))
            .chain(f.value)
            .chain(f.value_max)
            .collect();
        let pl = &placed[i];
        if pl.end > pl.start {
            let quote = stretch(i, pl.quote_end - f.quote.len(), pl.quote_end);
            for (at, text) in &decisions.plain {
                if at.line == quote.line && quote.start <= at.start && at.end <= quote.end {
                    known.extend(values(text));
                }
            }
        }
        Some(known)
    };
    for chart in &charts {
        check_chart_words(chart, charts_toml, &numbers_of, &mut errors);
    }
    if !errors.is_empty() {
        return Err(ContentErrors::without_echoes(errors, ID_RULE));
    }

    let mut figures_out: Vec<Figure> = figures
        .iter()
        .zip(&placed)
        .map(|(entry, place)| {
            let e = entry.get_ref();
            Figure {
                id: leak(e.id.clone()),
                text: leak(e.text.clone()),
                kind: e.kind.model(),
                value: e.value,
                bound: e.bound.model(),
                value_max: e.value_max,
                unit: leak(e.unit.clone()),
                unit_en: leak(unit_en(e).unwrap_or_default()),
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

    let mut spans_iter = cut_paragraphs(paragraphs, &placed, &mut figures_out).into_iter();
    let sections = article
        .sections
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

    Ok(Content {
        article: Article {
            title: article.title,
            byline: article.byline,
            sections: leak_slice(sections),
            figures: leak_slice(figures_out),
            charts: leak_slice(charts_out),
        },
        not_statistics: decisions.listed,
        drafts,
    })
}

/// The entries of the three TOML files still marked `draft = true`, in file order.
fn collect_drafts(
    sources: &Sources,
    figures: &[toml::Spanned<FigureEntry>],
    charts: &[toml::Spanned<ChartEntry>],
    numerals: &[toml::Spanned<NotStatisticEntry>],
) -> Vec<ContentError> {
    // The line of the entry's own `draft` key, the one an editor deletes once it is checked.
    let at = |text: &str, span: std::ops::Range<usize>| {
        let entry = text.get(span.clone()).unwrap_or_default();
        let key = entry
            .match_indices("draft")
            .find(|(i, _)| entry[..*i].ends_with('\n') || *i == 0)
            .map_or(0, |(i, _)| i);
        line_of(text, span.start + key)
    };
    let figures = figures.iter().filter(|f| f.get_ref().draft).map(|f| {
        let line = at(sources.figures, f.span());
        draft_entry(FIGURES_FILE, line, format!("figure `{}`", f.get_ref().id))
    });
    let charts = charts.iter().filter(|c| c.get_ref().draft).map(|c| {
        let line = at(sources.charts, c.span());
        draft_entry(CHARTS_FILE, line, format!("chart `{}`", c.get_ref().id))
    });
    let numerals = numerals.iter().filter(|n| n.get_ref().draft).map(|n| {
        let line = at(sources.not_statistics, n.span());
        let entry = format!(
            "numeral `{}` in \"{}\"",
            n.get_ref().numeral,
            n.get_ref().context
        );
        draft_entry(NOT_STATISTICS_FILE, line, entry)
    });
    figures.chain(charts).chain(numerals).collect()
}
