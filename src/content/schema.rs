//! The shape of `content/figures.toml`, `content/charts.toml` and
//! `content/not-statistics.toml` as serde reads them. Unknown keys are errors, never dropped.

use super::error::{line_of, ContentError};
use crate::model::{Bound, Form, Kind};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiguresFile {
    /// Chinese unit → English unit.
    #[serde(default)]
    pub units: std::collections::BTreeMap<String, String>,
    pub figure: Vec<toml::Spanned<FigureEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureEntry {
    pub id: String,
    pub text: String,
    pub kind: KindEntry,
    pub value: Option<f64>,
    #[serde(default)]
    pub bound: BoundEntry,
    pub value_max: Option<f64>,
    pub unit: String,
    /// The English noun for what the figure counts (`sessions`, `group birthday parties`), in
    /// the plural; empty when the label says it. Without it, the `[units]` entry for `unit`.
    pub unit_en: Option<String>,
    pub label_zh: String,
    pub label_en: String,
    pub quote: String,
    pub chart: Option<String>,
    /// The period the article gives the figure (`近三年来`): figures of different periods
    /// never share a chart's scale.
    pub period: Option<String>,
    /// A proposal (`scripts/new-article.sh`) an editor has not yet checked.
    #[serde(default)]
    pub draft: bool,
}

#[derive(Deserialize, Clone, Copy, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub enum KindEntry {
    Count,
    Amount,
    Percent,
    Rank,
    Claim,
}

impl KindEntry {
    pub fn model(self) -> Kind {
        match self {
            KindEntry::Count => Kind::Count,
            KindEntry::Amount => Kind::Amount,
            KindEntry::Percent => Kind::Percent,
            KindEntry::Rank => Kind::Rank,
            KindEntry::Claim => Kind::Claim,
        }
    }
}

#[derive(Deserialize, Clone, Copy, Default, PartialEq, Debug)]
#[serde(rename_all = "kebab-case")]
pub enum BoundEntry {
    #[default]
    Exact,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Approximate,
    Range,
}

impl BoundEntry {
    pub fn model(self) -> Bound {
        match self {
            BoundEntry::Exact => Bound::Exact,
            BoundEntry::AtLeast => Bound::AtLeast,
            BoundEntry::MoreThan => Bound::MoreThan,
            BoundEntry::AtMost => Bound::AtMost,
            BoundEntry::LessThan => Bound::LessThan,
            BoundEntry::Approximate => Bound::Approximate,
            BoundEntry::Range => Bound::Range,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartsFile {
    pub chart: Vec<toml::Spanned<ChartEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartEntry {
    pub id: String,
    pub form: FormEntry,
    #[serde(default)]
    pub ratio: bool,
    pub title_zh: String,
    pub title_en: String,
    pub summary_zh: String,
    pub summary_en: String,
    pub note_zh: Option<String>,
    pub note_en: Option<String>,
    pub rows: Vec<Vec<String>>,
    #[serde(default)]
    pub extras: Vec<String>,
    #[serde(default)]
    pub parts_zh: Vec<String>,
    #[serde(default)]
    pub parts_en: Vec<String>,
    /// A proposal an editor has not yet checked.
    #[serde(default)]
    pub draft: bool,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
pub enum FormEntry {
    Bars,
    Growth,
    Funnel,
    Ranks,
    Tiles,
    Breakdown,
}

impl FormEntry {
    pub fn model(self) -> Form {
        match self {
            FormEntry::Bars => Form::Bars,
            FormEntry::Growth => Form::Growth,
            FormEntry::Funnel => Form::Funnel,
            FormEntry::Ranks => Form::Ranks,
            FormEntry::Tiles => Form::Tiles,
            FormEntry::Breakdown => Form::Breakdown,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            FormEntry::Bars => "bars",
            FormEntry::Growth => "growth",
            FormEntry::Funnel => "funnel",
            FormEntry::Ranks => "ranks",
            FormEntry::Tiles => "tiles",
            FormEntry::Breakdown => "breakdown",
        }
    }
}

/// `content/not-statistics.toml`: the numerals of the article that are deliberately left plain.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotStatisticsFile {
    #[serde(default)]
    pub numeral: Vec<toml::Spanned<NotStatisticEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotStatisticEntry {
    /// A verbatim stretch of the article, found once in it, that holds `numeral`.
    pub context: String,
    /// The numeral as written, e.g. `2022`, `第五`, `一`, `1—10`.
    pub numeral: String,
    /// Why it is not a statistic, in a few words.
    pub reason: String,
    /// A proposal an editor has not yet checked.
    #[serde(default)]
    pub draft: bool,
}

/// Parses one TOML file; a syntax or schema problem becomes an error naming its line.
pub fn parse_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    file: &'static str,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(parsed) => Some(parsed),
        Err(e) => {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
            // Some syntax errors (a key cut short before its value) carry no message.
            let problem = match e.message().trim() {
                "" => "malformed TOML here: a value, quote or bracket is missing",
                message => message,
            };
            errors.push(ContentError::at(file, line, "toml", problem));
            None
        }
    }
}
