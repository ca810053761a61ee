//! Reads `content/article.txt`: one block a line (`# ` title, `@byline `, `## ` heading,
//! `@photo ` caption, or a paragraph). Figures are placed later, by `placement`.

use super::error::ContentError;
use super::files::{leak, ARTICLE_FILE};

/// A paragraph as read from the article file, before figures are placed in it.
pub struct RawParagraph {
    pub line: usize,
    pub section: usize,
    pub text: String,
}

pub enum RawBlock {
    /// The next paragraph in reading order.
    Paragraph,
    Photo(&'static str),
}

pub type RawSections = Vec<(Option<&'static str>, Vec<RawBlock>)>;

/// The article as read, before its figures are placed.
pub struct RawArticle {
    pub title: &'static str,
    pub byline: &'static str,
    pub sections: RawSections,
    pub paragraphs: Vec<RawParagraph>,
}

pub fn parse_article(text: &str, errors: &mut Vec<ContentError>) -> Option<RawArticle> {
    let err = |line: usize, entry: &str, problem: &str| {
        ContentError::at(ARTICLE_FILE, line, entry, problem)
    };
    let before = errors.len();
    let mut title = None;
    let mut byline = None;
    let mut sections: RawSections = vec![(None, Vec::new())];
    let mut paragraphs = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim();
        if l.is_empty() {
            continue;
        }
        if let Some(t) = l.strip_prefix("## ") {
            sections.push((Some(leak(t.trim().to_string())), Vec::new()));
        } else if let Some(t) = l.strip_prefix("# ") {
            if title.is_some() {
                errors.push(err(line, "title", "a second title (`# `) line"));
            }
            title = Some(leak(t.trim().to_string()));
        } else if let Some(t) = l.strip_prefix("@byline ") {
            if byline.is_some() {
                errors.push(err(line, "@byline", "a second byline"));
            }
            byline = Some(leak(t.trim().to_string()));
        } else if let Some(t) = l.strip_prefix("@photo ") {
            let last = sections.len() - 1;
            sections[last]
                .1
                .push(RawBlock::Photo(leak(t.trim().to_string())));
        } else if l.starts_with('@') || l.starts_with('#') {
            let marker = l.split_whitespace().next().unwrap_or(l);
            errors.push(err(
                line,
                marker,
                "unknown marker: lines start with `# `, `## `, `@byline `, `@photo ` or text",
            ));
        } else {
            if title.is_none() {
                errors.push(err(line, "paragraph", "text before the title (`# ` line)"));
            }
            let last = sections.len() - 1;
            sections[last].1.push(RawBlock::Paragraph);
            paragraphs.push(RawParagraph {
                line,
                section: last,
                text: l.to_string(),
            });
        }
    }
    if title.is_none() {
        errors.push(err(1, "title", "no title (`# ` line)"));
    }
    if byline.is_none() {
        errors.push(err(1, "@byline", "no byline (`@byline ` line)"));
    }
    if errors.len() > before {
        return None;
    }
    Some(RawArticle {
        title: title?,
        byline: byline?,
        sections,
        paragraphs,
    })
}
