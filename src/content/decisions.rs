//! Every numeral of the article is decided: inside a figure's text, or listed in
//! `content/not-statistics.toml` with the reason it is left plain. An undecided numeral, a
//! listing that decides nothing, and a listing of a numeral a figure already holds are errors.

use super::error::{line_of, ContentError};
use super::files::{leak, ARTICLE_FILE, NOT_STATISTICS_FILE};
use super::numbers::{scan, Numeral};
use super::schema::NotStatisticEntry;
use crate::model::NotStatistic;

/// A stretch of one article line: its line number and byte range in the trimmed line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stretch {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

/// What the check found: the list as published, and each plain numeral where it stands.
pub struct Decisions {
    pub listed: Vec<NotStatistic>,
    /// Numerals left plain, with the text of each.
    pub plain: Vec<(Stretch, String)>,
}

/// Checks every numeral of `article_txt`. `figures` are where figure texts stand (with the
/// figure id), `entries` the not-a-statistic list.
pub fn decide(
    article_txt: &str,
    figures: &[(Stretch, &str)],
    entries: &[toml::Spanned<NotStatisticEntry>],
    entries_toml: &str,
    errors: &mut Vec<ContentError>,
) -> Decisions {
    // Each line's words, without its marker; paragraphs (where figures stand) have none.
    let lines: Vec<(usize, &str)> = article_txt
        .lines()
        .enumerate()
        .map(|(i, l)| {
            let l = l.trim();
            let body = ["## ", "# ", "@byline ", "@photo "]
                .iter()
                .find_map(|m| l.strip_prefix(m))
                .unwrap_or(l);
            (i + 1, body)
        })
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let numerals: Vec<(usize, &str, Numeral)> = lines
        .iter()
        .flat_map(|&(line, text)| scan(text).into_iter().map(move |n| (line, text, n)))
        .collect();
    let figure_of = |line: usize, n: Numeral| {
        figures
            .iter()
            .find(|(s, _)| s.line == line && n.within(s.start, s.end))
            .map(|(_, id)| *id)
    };
    let mut decided = vec![false; numerals.len()];
    let mut out = Decisions {
        listed: Vec::new(),
        plain: Vec::new(),
    };

    for spanned in entries {
        let e = spanned.get_ref();
        let entry_line = line_of(entries_toml, spanned.span().start);
        let entry = format!("numeral `{}` in «{}»", e.numeral, e.context);
        let mut fail = |problem: String| {
            errors.push(ContentError::at(
                NOT_STATISTICS_FILE,
                entry_line,
                &entry,
                problem,
            ));
        };
        if e.reason.trim().is_empty() {
            fail("give a `reason`".into());
        }
        if e.context.is_empty() || !e.context.contains(e.numeral.as_str()) || e.numeral.is_empty() {
            fail("`context` must hold `numeral`".into());
            continue;
        }
        let homes: Vec<(usize, usize)> = lines
            .iter()
            .flat_map(|&(line, text)| {
                text.match_indices(e.context.as_str())
                    .map(move |(at, _)| (line, at))
            })
            .collect();
        let &[(line, at)] = homes.as_slice() else {
            fail(if homes.is_empty() {
                "context is not in the article".into()
            } else {
                format!(
                    "context occurs {} times in the article: lengthen it",
                    homes.len()
                )
            });
            continue;
        };
        let mut covered = Vec::new();
        for (offset, _) in e.context.match_indices(e.numeral.as_str()) {
            let (start, end) = (at + offset, at + offset + e.numeral.len());
            for (k, (l, _, n)) in numerals.iter().enumerate() {
                if *l == line && n.within(start, end) {
                    covered.push(k);
                }
            }
        }
        if covered.is_empty() {
            fail("is not a whole numeral of the article there".into());
        }
        for &k in &covered {
            let (l, text, n) = numerals[k];
            if let Some(id) = figure_of(l, n) {
                fail(format!(
                    "{} is inside figure `{id}`, which already decides it: remove this entry",
                    n.text(text)
                ));
            }
            if !decided[k] {
                decided[k] = true;
                out.plain.push((
                    Stretch {
                        line: l,
                        start: n.start,
                        end: n.end,
                    },
                    n.text(text).to_string(),
                ));
            }
        }
        out.listed.push(NotStatistic {
            line,
            context: leak(e.context.clone()),
            numeral: leak(e.numeral.clone()),
            reason: leak(e.reason.clone()),
        });
    }

    for (k, &(line, text, n)) in numerals.iter().enumerate() {
        if decided[k] || figure_of(line, n).is_some() {
            continue;
        }
        errors.push(ContentError::at(
            ARTICLE_FILE,
            line,
            format!("\"{}\"", context(text, n)),
            format!(
                "numeral {} is neither a figure nor listed as not a statistic",
                n.text(text)
            ),
        ));
    }
    out
}

/// A few characters either side of a numeral, with `…` where the line goes on.
fn context(text: &str, n: Numeral) -> String {
    const SIDE: usize = 6;
    let before: Vec<char> = text[..n.start].chars().collect();
    let after: Vec<char> = text[n.end..].chars().collect();
    let from = before.len().saturating_sub(SIDE);
    let to = after.len().min(SIDE);
    format!(
        "{}{}{}{}{}",
        if from > 0 { "…" } else { "" },
        before[from..].iter().collect::<String>(),
        n.text(text),
        after[..to].iter().collect::<String>(),
        if to < after.len() { "…" } else { "" },
    )
}
