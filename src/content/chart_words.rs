//! No number in a chart's words without its source: every number in a chart's titles,
//! summaries and notes (Chinese and English) is a value of one of the chart's figures as written
//! or formatted, a plain numeral (a date, a name) of one of their sentences, a derived value whose
//! formula the note states (`30 ÷ 339 ≈ 8.8%`), or a scale number (1, 100).

use super::copy;
use super::error::{line_of, ContentError};
use super::files::CHARTS_FILE;
use super::numbers::{english_numbers, same, scan, values, Numeral};
use super::schema::ChartEntry;

/// Numbers every chart may use: the unit of a ratio and the percent scale.
const SCALE: [f64; 2] = [1.0, 100.0];

/// A number in a chart's words: where it is, as written, and what it says.
struct Written {
    at: Numeral,
    text: String,
    values: Vec<f64>,
    /// How far the value may lie from what it rounds: half the last written decimal of a
    /// wire-style `2.3 million` (50,000); none for a number written in full.
    tolerance: f64,
}

impl Written {
    /// Whether every value this number says is one of `known`, as rounded as it is written.
    fn among(&self, known: &[f64]) -> bool {
        self.values.iter().all(|v| {
            known
                .iter()
                .any(|k| same(*k, *v) || (k - v).abs() <= self.tolerance)
        })
    }
}

fn chinese_numbers(text: &str) -> Vec<Written> {
    scan(text)
        .into_iter()
        .map(|n| Written {
            at: n,
            text: n.text(text).to_string(),
            values: values(n.text(text)),
            tolerance: 0.0,
        })
        .collect()
}

fn english(text: &str) -> Vec<Written> {
    english_numbers(text)
        .into_iter()
        .map(|(at, text, v)| {
            let scale = [(" thousand", 1e3), (" million", 1e6), (" billion", 1e9)]
                .into_iter()
                .find(|(word, _)| text.ends_with(word))
                .map_or(0.0, |(_, scale)| scale);
            let decimals = text.split_once('.').map_or(0, |(_, d)| {
                d.chars().take_while(char::is_ascii_digit).count()
            });
            Written {
                at,
                text,
                values: vec![v],
                tolerance: scale * 0.5 * 10f64.powi(-(decimals as i32)),
            }
        })
        .collect()
}

/// Checks one chart's words. `sources(id)` gives the numbers a figure of this chart stands for
/// (its value, the numerals of its text and the plain numerals of its sentence); `None` for an
/// unknown id, which `build_charts` reports.
pub fn check_chart_words(
    spanned: &toml::Spanned<ChartEntry>,
    charts_toml: &str,
    sources: &dyn Fn(&str) -> Option<Vec<f64>>,
    errors: &mut Vec<ContentError>,
) {
    let c = spanned.get_ref();
    let mut known: Vec<f64> = SCALE.to_vec();
    for id in c.rows.iter().flatten().chain(&c.extras) {
        known.extend(sources(id).unwrap_or_default());
    }
    let mut known_with_derived = known.clone();
    for (note, is_english) in [(&c.note_zh, false), (&c.note_en, true)] {
        let Some(note) = note else { continue };
        let numbers = if is_english {
            english(note)
        } else {
            chinese_numbers(note)
        };
        known_with_derived.extend(derived(note, &numbers, &known));
    }
    let fields = [
        ("title_zh", Some(&c.title_zh), false),
        ("summary_zh", Some(&c.summary_zh), false),
        ("note_zh", c.note_zh.as_ref(), false),
        ("title_en", Some(&c.title_en), true),
        ("summary_en", Some(&c.summary_en), true),
        ("note_en", c.note_en.as_ref(), true),
    ];
    let line = line_of(charts_toml, spanned.span().start);
    for (field, text, is_english) in fields {
        let Some(text) = text else { continue };
        let numbers = if is_english {
            english(text)
        } else {
            chinese_numbers(text)
        };
        for n in numbers {
            let sourced = n.among(&known_with_derived);
            // A number of ours, not the article's: the words must say so.
            if sourced && !n.among(&known) && !copy::marks_derived(text, is_english) {
                errors.push(ContentError::at(
                    CHARTS_FILE,
                    line,
                    format!("chart `{}`", c.id),
                    format!(
                        "{field}: {} is a value we derive, not the article's: mark it so \
                         (（推算） / “by our calculation”)",
                        n.text
                    ),
                ));
            }
            if !sourced {
                errors.push(ContentError::at(
                    CHARTS_FILE,
                    line,
                    format!("chart `{}`", c.id),
                    format!(
                        "{field}: {} is neither a value of this chart's figures, a derived value \
                         whose formula the note states, nor a scale number",
                        n.text
                    ),
                ));
            }
        }
    }
}

/// Results of the formulas a note writes out, `a ÷ b ≈ r` (also `×`, `+`, `−`, `/`, `=`):
/// `r` counts as derived when `a` and `b` are known and the arithmetic, rounded as `r` is
/// written (a percent as a share of 100), gives `r`.
fn derived(note: &str, numbers: &[Written], known: &[f64]) -> Vec<f64> {
    let is_known = |n: &Written| n.among(known);
    let mut out = Vec::new();
    for w in numbers.windows(3) {
        let [a, b, r] = w else { continue };
        let op = note[a.at.end..b.at.start].trim();
        let eq = note[b.at.end..r.at.start].trim();
        if !matches!(eq, "=" | "≈") || !is_known(a) || !is_known(b) {
            continue;
        }
        let (Some(&x), Some(&y), Some(&shown)) =
            (a.values.first(), b.values.first(), r.values.first())
        else {
            continue;
        };
        let exact = match op {
            "÷" | "/" if y != 0.0 => x / y,
            "×" | "*" => x * y,
            "+" => x + y,
            "−" | "-" => x - y,
            _ => continue,
        };
        let percent = note[r.at.end..].starts_with('%');
        let decimals = r
            .text
            .split('.')
            .nth(1)
            .map_or(0, |d| d.chars().take_while(char::is_ascii_digit).count());
        let half_unit = 0.5 * 10f64.powi(-(decimals as i32));
        let value = if percent { exact * 100.0 } else { exact };
        if (value - shown).abs() <= half_unit + 1e-9 {
            out.push(shown);
        }
    }
    out
}
