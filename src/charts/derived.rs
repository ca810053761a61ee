//! Values a chart computes from the article's figures rather than reads in it (last year's
//! count from this year's and its growth, completion rates, ratios, shares), each with the
//! formula that gives it. Data, not layout: the chart layout places them, the data table and
//! the exports list them. Nothing here knows about pixels.

use crate::format;
use crate::i18n::Lang;
use crate::model::{Article, Chart, Figure, Form};

/// A value a chart computes from the article's figures rather than reads in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    pub label: String,
    pub text: String,
    pub formula: String,
    /// Unrounded, in `unit`: base units for a derived amount, `%` for a share, `倍` for a
    /// multiple (for the data sheet; `text` is what a reader sees).
    pub value: f64,
    pub unit: &'static str,
}

/// Last year's value from this year's and the year-on-year growth in percent.
pub(crate) fn last_year(this_year: f64, growth_percent: f64) -> f64 {
    this_year / (1.0 + growth_percent / 100.0)
}

pub(crate) fn share(part: f64, whole: f64) -> f64 {
    part / whole
}

/// A derived value in `like`'s unit, marked as approximate: `约127.67万人次`, `≈ 1,276,701 visits`.
pub(crate) fn approximate(value: f64, like: &Figure, lang: Lang) -> String {
    let written = match lang {
        Lang::Zh => format!("{}{}", format::short_zh(value), like.unit),
        Lang::En => format::english_value(value.round(), like.unit, like.unit_en),
    };
    (lang.ui().about)(&written)
}

/// `19.74` → `19.7 倍` / `19.7×`; `0.083` → `8.3%`.
pub(crate) fn ratio_text(ratio: f64, lang: Lang) -> String {
    if ratio >= 1.0 {
        (lang.ui().times)(&format::grouped((ratio * 10.0).round() / 10.0))
    } else {
        format::percent(ratio)
    }
}

/// Every value `chart` derives, with the formula that gives it: for its data table.
pub fn derived(chart: &Chart, article: &Article, lang: Lang) -> Vec<Derived> {
    let ui = lang.ui();
    let fig = |i: usize| &article.figures[i];
    let value = |i: usize| fig(i).value.unwrap_or(0.0);
    let label = |i: usize| format::label(fig(i), lang);
    let text = |i: usize| format::figure_text(fig(i), lang);
    let rows = chart.rows.iter();
    match chart.form {
        Form::Growth => rows
            .map(|r| {
                let last = last_year(value(r[0]), value(r[1]));
                Derived {
                    label: (ui.derived_last_year)(label(r[0])),
                    text: approximate(last, fig(r[0]), lang),
                    formula: format!("{} ÷ (1 + {})", text(r[0]), text(r[1])),
                    value: last,
                    unit: fig(r[0]).unit,
                }
            })
            .collect(),
        Form::Progress => rows
            .filter(|r| r.len() == 2)
            .map(|r| Derived {
                label: (ui.derived_rate)(label(r[0])),
                text: format::percent(share(value(r[1]), value(r[0]))),
                formula: format!("{} ÷ {}", text(r[1]), text(r[0])),
                value: share(value(r[1]), value(r[0])) * 100.0,
                unit: "%",
            })
            .collect(),
        Form::Bars if chart.ratio => {
            let (first, last) = (chart.rows[0][0], chart.rows[chart.rows.len() - 1][0]);
            let ratio = value(last) / value(first);
            let (value, unit) = if ratio >= 1.0 {
                (ratio, "倍")
            } else {
                (ratio * 100.0, "%")
            };
            vec![Derived {
                label: (ui.derived_ratio)(label(last), label(first)),
                text: ratio_text(ratio, lang),
                formula: format!("{} ÷ {}", text(last), text(first)),
                value,
                unit,
            }]
        }
        Form::Ranks => rows
            .filter(|r| r.len() == 2)
            .map(|r| {
                let worst = fig(r[0]).rank.map_or(1, |(_, w)| w);
                Derived {
                    label: (ui.derived_share)(&text(r[0])),
                    text: format::percent(share(f64::from(worst), value(r[1]))),
                    formula: format!("{worst} ÷ {}", text(r[1])),
                    value: share(f64::from(worst), value(r[1])) * 100.0,
                    unit: "%",
                }
            })
            .collect(),
        _ => Vec::new(),
    }
}
