//! Resolves each chart's figure ids and checks that its rows are what its form reads, and that
//! every figure's chart group names a chart that shows it.

use super::error::{line_of, ContentError};
use super::files::{leak, leak_slice, CHARTS_FILE, FIGURES_FILE, ID_RULE};
use super::honesty;
use super::schema::{BoundEntry, ChartEntry, FigureEntry, FormEntry, KindEntry};
use crate::model::{is_id, Chart, FigureIx};

pub fn build_charts(
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
        let entry = format!("chart `{}`", c.id);
        let mut fail = |problem: String| {
            errors.push(ContentError::at(CHARTS_FILE, line, &entry, problem));
        };
        if !is_id(&c.id) {
            fail(ID_RULE.into());
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
                FormEntry::Funnel => {
                    valued
                        && if i == 0 {
                            row.len() == 1 || (row.len() == 2 && kind(1) == Some(KindEntry::Amount))
                        } else {
                            row.len() == 2 && kind(1) == Some(KindEntry::Percent)
                        }
                }
                FormEntry::Breakdown => {
                    valued
                        && rows.len() == 2
                        && if i == 0 {
                            row.len() == 2
                        } else {
                            row.len() == 3 && kind(2) == Some(KindEntry::Percent)
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
                c.form.name()
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
        // The periods a chart compares are the article's words, never the code's: a growth
        // chart's earlier and later period (`去年`, `今年`; `2023年`, `2024年`), a breakdown's
        // earlier part and the part it splits out.
        let two_parts = c.parts_zh.len() == 2 && c.parts_en.len() == 2;
        if matches!(c.form, FormEntry::Breakdown | FormEntry::Growth) != two_parts {
            fail(
                "a growth chart or a breakdown, and only these, names its two periods in \
                 `parts_zh` and `parts_en` (the earlier first)"
                    .into(),
            );
        }
        for problem in honesty_check(c, &rows, figures) {
            fail(problem);
        }
        out.push(Chart {
            id: leak(c.id.clone()),
            title_zh: leak(c.title_zh.clone()),
            title_en: leak(c.title_en.clone()),
            summary_zh: leak(c.summary_zh.clone()),
            summary_en: leak(c.summary_en.clone()),
            note_zh: c.note_zh.clone().map(leak),
            note_en: c.note_en.clone().map(leak),
            form: c.form.model(),
            ratio: c.ratio,
            rows: leak_slice(rows.iter().map(|r| leak_slice(baked(r))).collect()),
            extras: leak_slice(baked(&extras)),
            parts_zh: leak_slice(c.parts_zh.iter().cloned().map(leak).collect()),
            parts_en: leak_slice(c.parts_en.iter().cloned().map(leak).collect()),
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
            .map(|c| c.figures().any(|i| Some(i.get()) == index));
        let problem = match shown {
            None => format!("chart `{group}` does not exist in charts.toml"),
            Some(false) => format!("chart `{group}` does not show this figure"),
            Some(true) => continue,
        };
        errors.push(ContentError::at(
            FIGURES_FILE,
            line_of(figures_toml, spanned.span().start),
            format!("figure `{}`", f.id),
            problem,
        ));
    }
    out
}

/// The hook into [`honesty`]: what it needs of each figure of the chart's rows.
fn honesty_check(
    c: &ChartEntry,
    rows: &[Vec<usize>],
    figures: &[toml::Spanned<FigureEntry>],
) -> Vec<String> {
    let seen = |&i: &usize| {
        let f: &FigureEntry = figures[i].get_ref();
        honesty::Seen {
            id: &f.id,
            unit: &f.unit,
            period: f.period.as_deref(),
            bounded: !matches!(f.bound, BoundEntry::Exact),
        }
    };
    let shape = match c.form {
        FormEntry::Bars => honesty::Shape::Bars { ratio: c.ratio },
        FormEntry::Growth => honesty::Shape::Growth,
        FormEntry::Funnel => honesty::Shape::Funnel,
        FormEntry::Breakdown => honesty::Shape::Breakdown,
        FormEntry::Ranks => honesty::Shape::Ranks,
        FormEntry::Tiles => honesty::Shape::Tiles,
    };
    let rows: Vec<Vec<honesty::Seen<'_>>> =
        rows.iter().map(|r| r.iter().map(seen).collect()).collect();
    honesty::check(shape, &rows, c.note_zh.as_deref(), c.note_en.as_deref())
}

/// The figures' places, resolved from ids by this loader, as the model's typed places.
fn baked(places: &[usize]) -> Vec<FigureIx> {
    places.iter().map(|&i| FigureIx::baked(i)).collect()
}
