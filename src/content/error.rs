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

impl ContentErrors {
    /// One root, one message. An id that breaks the id rule (`rule`) makes every reference to
    /// the id the editor meant miss ("… does not exist"): those echoes are left out, and the
    /// first id problem says how many follow from it.
    pub fn without_echoes(mut errors: Vec<ContentError>, rule: &str) -> ContentErrors {
        if !errors.iter().any(|e| e.problem == rule) {
            return ContentErrors(errors);
        }
        let before = errors.len();
        errors.retain(|e| !e.problem.contains("does not exist"));
        let echoes = before - errors.len();
        if let Some(root) = errors.iter_mut().find(|e| e.problem == rule) {
            if echoes > 0 {
                root.problem = format!(
                    "{rule} ({echoes} reference(s) to ids that miss until the ids are fixed are \
                     not listed)"
                );
            }
        }
        ContentErrors(errors)
    }
}

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
