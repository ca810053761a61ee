//! Values a chart computes from the article's figures rather than reads in it (last year's
//! count from this year's and its growth, completion rates, ratios, shares), each with the
//! formula that gives it. Data, not layout: the chart layout places them, the data table and
//! the exports list them. Nothing here knows about pixels.

use crate::format;
use crate::i18n::Lang;
use crate::model::{Article, Bound, Chart, Figure, FigureIx, Form};

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

/// `value` (positive) to three significant digits: what a value derived from a percentage
/// supports. A loop, not `log10`: that would add a libm routine to the bundle.
fn to_three_digits(value: f64) -> f64 {
    let mut step = 1.0;
    while value / step >= 1000.0 {
        step *= 10.0;
    }
    while value > 0.0 && value / step < 100.0 {
        step /= 10.0;
    }
    (value / step).round() * step
}

/// A derived value in `like`'s unit, to three significant digits and marked as approximate:
/// `约128万人次`, `about 1.28 million visits`.
pub(crate) fn approximate(value: f64, like: &Figure, lang: Lang) -> String {
    let value = to_three_digits(value);
    let written = match lang {
        Lang::Zh => format!("{}{}", format::short_zh(value), like.unit),
        Lang::En => format::english_value(value, like.unit_en),
    };
    (lang.ui().about)(&written)
}

/// An exact count the chart computes from exact counts (`1215 − 489`): `726项`, `726`.
pub(crate) fn count(value: f64, like: &Figure, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}{}", format::short_zh(value), like.unit),
        Lang::En => format::english_value(value, like.unit_en),
    }
}

/// `19.74` → `19.7 倍` / `19.7×`; `0.083` → `8.3%`.
pub(crate) fn ratio_text(ratio: f64, lang: Lang) -> String {
    if ratio >= 1.0 {
        (lang.ui().times)(&format::grouped((ratio * 10.0).round() / 10.0))
    } else {
        format::percent(ratio)
    }
}

/// `numerator ÷ denominator` as a chart states it: `约8.3%` when both are exact; when the
/// denominator is only a lower bound (`300亿元以上`) the ratio is an upper bound, rounded up so
/// that it stays one: `≤ 8.4%`. `None` when the numerator is a bound too: nothing can be said.
pub(crate) fn ratio_statement(
    numerator: &Figure,
    denominator: &Figure,
    lang: Lang,
) -> Option<String> {
    let ui = lang.ui();
    let ratio = numerator.value? / denominator.value?;
    match (numerator.bound, denominator.bound) {
        (Bound::Exact, Bound::Exact) => Some((ui.about)(&ratio_text(ratio, lang))),
        (Bound::Exact, Bound::AtLeast | Bound::MoreThan) if ratio < 1.0 => Some((ui.at_most)(
            &format::percent((ratio * 1000.0).ceil() / 1000.0),
        )),
        _ => None,
    }
}

/// The four parts of a breakdown's bar, from `[whole, whole done]` and `[part, part done, …]`:
/// the earlier tasks (whole − part), those of them done (whole done − part done), the part
/// done, and the part still open (part − part done).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Split {
    pub earlier: f64,
    pub earlier_done: f64,
    pub part_done: f64,
    pub part_open: f64,
}

pub(crate) fn split(whole: f64, whole_done: f64, part: f64, part_done: f64) -> Split {
    Split {
        earlier: whole - part,
        earlier_done: whole_done - part_done,
        part_done,
        part_open: part - part_done,
    }
}

/// Every value `chart` derives, with the formula that gives it: for its data table.
pub fn derived(chart: &Chart, article: &Article, lang: Lang) -> Vec<Derived> {
    let ui = lang.ui();
    let fig = |i: FigureIx| &article.figures[i];
    let value = |i: FigureIx| fig(i).value.unwrap_or(0.0);
    let label = |i: FigureIx| format::label(fig(i), lang);
    // In a formula every digit counts: `2,304,700 visits`, not the rounded `2.3 million`.
    let text = |i: FigureIx| format::formula_text(fig(i), lang);
    let rows = chart.rows.iter();
    // The periods a growth chart or a breakdown compares, as the content names them.
    let parts = match lang {
        Lang::Zh => chart.parts_zh,
        Lang::En => chart.parts_en,
    };
    match chart.form {
        Form::Growth => rows
            .map(|r| {
                let last = last_year(value(r[0]), value(r[1]));
                Derived {
                    label: (ui.derived_earlier_period)(parts[0], label(r[0])),
                    text: approximate(last, fig(r[0]), lang),
                    formula: format!("{} ÷ (1 + {})", text(r[0]), text(r[1])),
                    value: last,
                    unit: fig(r[0]).unit,
                }
            })
            .collect(),
        Form::Bars if chart.ratio => {
            let (first, last) = (chart.rows[0][0], chart.rows[chart.rows.len() - 1][0]);
            ratio_statement(fig(last), fig(first), lang)
                .map(|stated| Derived {
                    label: (ui.derived_ratio)(label(last), label(first)),
                    text: stated,
                    formula: format!("{} ÷ {}", text(last), format::chart_text(fig(first), lang)),
                    value: value(last) / value(first) * 100.0,
                    unit: "%",
                })
                .into_iter()
                .collect()
        }
        Form::Breakdown => {
            let (whole, part) = (&chart.rows[0], &chart.rows[1]);
            let s = split(
                value(whole[0]),
                value(whole[1]),
                value(part[0]),
                value(part[1]),
            );
            vec![
                Derived {
                    label: (ui.derived_earlier)(parts[0]),
                    text: count(s.earlier, fig(whole[0]), lang),
                    formula: format!("{} − {}", text(whole[0]), text(part[0])),
                    value: s.earlier,
                    unit: fig(whole[0]).unit,
                },
                Derived {
                    label: (ui.derived_open)(parts[1]),
                    text: count(s.part_open, fig(part[0]), lang),
                    formula: format!(
                        "{} − {} = {} − {}",
                        text(part[0]),
                        text(part[1]),
                        text(whole[0]),
                        text(whole[1])
                    ),
                    value: s.part_open,
                    unit: fig(part[0]).unit,
                },
            ]
        }
        _ => Vec::new(),
    }
}
