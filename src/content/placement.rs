//! Checks each figure entry and finds where it stands in the article: its quote verbatim once,
//! its text once in the quote, no two figures on the same characters. Then cuts paragraphs into
//! text and figure spans.

use super::article::RawParagraph;
use super::error::{line_of, ContentError};
use super::files::{leak, FIGURES_FILE, ID_RULE};
use super::schema::FigureEntry;
use super::values::check_value;
use crate::model::{is_id, Figure, FigureIx, Span};

/// Where a figure stands: its paragraph, its byte range and where its quote ends in it.
pub struct Placement {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub quote_end: usize,
}

pub fn place_figures(
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
        let entry = format!("figure `{}`", f.id);
        let mut fail = |problem: String| {
            errors.push(ContentError::at(FIGURES_FILE, line, &entry, problem));
        };

        if !is_id(&f.id) {
            fail(ID_RULE.into());
        }
        if seen_ids.contains(&f.id.as_str()) {
            fail("id is used by another figure".into());
        }
        seen_ids.push(&f.id);
        if f.label_zh.trim().is_empty() || f.label_en.trim().is_empty() {
            fail("label_zh and label_en must both be given".into());
        }
        if let Some(chart) = &f.chart {
            if !is_id(chart) {
                fail(format!("chart `{chart}` is not a chart id"));
            }
        }
        for problem in check_value(f) {
            fail(problem);
        }

        let homes: Vec<(usize, usize)> = if f.quote.is_empty() {
            Vec::new()
        } else {
            paragraphs
                .iter()
                .enumerate()
                .flat_map(|(p, para)| {
                    para.text
                        .match_indices(&f.quote)
                        .map(move |(at, _)| (p, at))
                })
                .collect()
        };
        let in_quote: Vec<usize> = if f.text.is_empty() {
            Vec::new()
        } else {
            f.quote.match_indices(&f.text).map(|(at, _)| at).collect()
        };
        if in_quote.is_empty() {
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
                errors.push(ContentError::at(
                    FIGURES_FILE,
                    line_of(figures_toml, figures[j].span().start),
                    format!("figure `{}`", figures[j].get_ref().id),
                    format!(
                        "overlaps figure `{}` in line {} of the article",
                        figures[i].get_ref().id,
                        paragraphs[a.paragraph].line
                    ),
                ));
            }
        }
    }
    placed
}

/// Cuts each paragraph into text and figure spans, and also at each quote's end, where that
/// figure's card opens (recorded in the figure's `card_after`).
pub fn cut_paragraphs(
    paragraphs: &[RawParagraph],
    placed: &[Placement],
    figures: &mut [Figure],
) -> Vec<Vec<Span>> {
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
                Some((figure, _)) => spans.push(Span::Figure(FigureIx::baked(*figure))),
                None => spans.push(Span::Text(leak(para.text[from..to].to_string()))),
            }
            for (figure, pl) in &here {
                if pl.quote_end == to {
                    figures[*figure].card_after = spans.len() - 1;
                }
            }
        }
        spans_of.push(spans);
    }
    spans_of
}
