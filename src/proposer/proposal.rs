//! What the proposer proposes, as plain data: the article's blocks, the figures, the numerals
//! left plain and the charts. `render` writes it as files; nothing here reads or decides.

use super::normalise::Line;
use crate::model::Bound;

/// A proposed figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub id: String,
    /// The index of its line in the normalised article.
    pub line: usize,
    /// Byte range of `text` in that line.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: &'static str,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub bound: Bound,
    pub unit: String,
    pub label_zh: String,
    pub label_en: String,
    pub quote: String,
    pub period: Option<String>,
    pub section: usize,
    pub chart: Option<String>,
}

/// A numeral proposed as not a statistic.
#[derive(Debug, Clone, PartialEq)]
pub struct Plain {
    pub line: usize,
    /// Byte range of `numeral` in its line.
    pub start: usize,
    pub end: usize,
    pub numeral: String,
    pub context: String,
    pub reason: String,
    /// The rule is a guess an editor must check.
    pub draft: bool,
}

/// A proposed chart: figures of one unit and period in one section, as bars.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub id: String,
    pub form: &'static str,
    pub title_zh: String,
    pub title_en: String,
    pub summary_zh: String,
    pub summary_en: String,
    pub rows: Vec<String>,
}

/// The whole proposal for one article.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub lines: Vec<Line>,
    pub figures: Vec<Figure>,
    pub plain: Vec<Plain>,
    pub charts: Vec<Chart>,
}
