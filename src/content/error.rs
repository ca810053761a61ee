//! The one shape of a content problem: `file:line: entry: problem`. Every check builds its
//! errors through [`ContentError::at`], so a message always names where to look.

use std::fmt;

/// One problem in the content, located as precisely as the content allows.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentError {
    pub file: &'static str,
    pub line: usize,
    /// The figure id, chart id, article marker or quoted context concerned.
    pub entry: String,
    pub problem: String,
}

impl ContentError {
    /// The one constructor: a problem with `entry` at `line` of `file`.
    pub fn at(
        file: &'static str,
        line: usize,
        entry: impl Into<String>,
        problem: impl Into<String>,
    ) -> Self {
        ContentError {
            file,
            line,
            entry: entry.into(),
            problem: problem.into(),
        }
    }
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

/// The 1-based line of `text` that holds byte `byte`: clamped to the text and to a character
/// boundary, so a span from a parser can never make it panic, and to the last line, so the end
/// of a file cut short is reported on the line an editor shows last.
pub fn line_of(text: &str, byte: usize) -> usize {
    let mut end = byte.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (text[..end].matches('\n').count() + 1).min(text.lines().count().max(1))
}
