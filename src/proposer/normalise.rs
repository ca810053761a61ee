//! The article as the paper gives it → `article.txt` as the content folder holds it.
//!
//! The paper's text: a `# title` line, a byline starting with `■`, `## ` section headings,
//! paragraphs separated by blank lines, photo captions standing alone (set off by two blank
//! lines or more, one short sentence), and paragraphs broken mid-sentence by the page layout
//! (a block that does not end a sentence goes on in the next paragraph block).

/// One block of the normalised article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Title(String),
    Byline(String),
    Heading(String),
    Paragraph(String),
    Photo(String),
}

impl Line {
    /// The line as `article.txt` writes it.
    pub fn render(&self) -> String {
        match self {
            Line::Title(t) => format!("# {t}"),
            Line::Byline(t) => format!("@byline {t}"),
            Line::Heading(t) => format!("## {t}"),
            Line::Paragraph(t) => t.clone(),
            Line::Photo(t) => format!("@photo {t}"),
        }
    }

    /// The words of the line, without its marker.
    pub fn body(&self) -> &str {
        match self {
            Line::Title(t)
            | Line::Byline(t)
            | Line::Heading(t)
            | Line::Paragraph(t)
            | Line::Photo(t) => t,
        }
    }
}

/// Characters that may end a sentence, and so a paragraph.
const SENTENCE_END: [char; 5] = ['。', '！', '？', '…', '.'];
/// Closing marks that may follow a sentence's end.
const CLOSERS: [char; 6] = ['”', '’', '」', '』', '）', ')'];

/// Whether a block ends a sentence (else the layout broke it and the next block goes on).
fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(CLOSERS);
    trimmed.ends_with(SENTENCE_END) || trimmed.ends_with(['!', '?'])
}

/// The longest caption: a photo caption is one short sentence.
const CAPTION_CHARS: usize = 40;

fn caption_like(text: &str) -> bool {
    let body = text.trim_end_matches(SENTENCE_END);
    text.chars().count() <= CAPTION_CHARS && !body.contains(['。', '！', '？'])
}

/// Reads the paper's text into the article's blocks, in order.
pub fn normalise(raw: &str) -> Vec<Line> {
    // Blocks of text with the number of blank lines before each.
    let mut blocks: Vec<(usize, String)> = Vec::new();
    let mut blank = 0;
    for line in raw.lines() {
        // A byte-order mark (U+FEFF) is not whitespace to `trim`, yet the paper's text
        // editors leave it at line starts, next to spaces: both go, in any order.
        let l = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if l.is_empty() {
            blank += 1;
            continue;
        }
        blocks.push((blank, l.to_string()));
        blank = 0;
    }
    let mut out: Vec<Line> = Vec::new();
    let mut open: Option<String> = None; // a paragraph the layout broke
    let mut held: Vec<Line> = Vec::new(); // captions met inside a broken paragraph
    let flush = |out: &mut Vec<Line>, open: &mut Option<String>, held: &mut Vec<Line>| {
        if let Some(p) = open.take() {
            out.push(Line::Paragraph(p));
        }
        out.append(held);
    };
    let titled = blocks.iter().any(|(_, t)| t.starts_with("# "));
    for (blank, text) in blocks {
        // A text without a `# ` title: its first line is the title when it is short and ends
        // no sentence.
        let untitled_head = !titled
            && !text.starts_with("## ")
            && !text.starts_with('■')
            && out.is_empty()
            && open.is_none()
            && text.chars().count() <= CAPTION_CHARS
            && !ends_sentence(&text);
        if untitled_head {
            out.push(Line::Title(text));
        } else if let Some(t) = text.strip_prefix("## ") {
            flush(&mut out, &mut open, &mut held);
            out.push(Line::Heading(t.trim().to_string()));
        } else if let Some(t) = text.strip_prefix("# ") {
            flush(&mut out, &mut open, &mut held);
            out.push(Line::Title(t.trim().to_string()));
        } else if text.starts_with('■') {
            flush(&mut out, &mut open, &mut held);
            out.push(Line::Byline(text));
        } else if blank >= 2 && caption_like(&text) {
            let caption = Line::Photo(text);
            if open.is_some() {
                held.push(caption);
            } else {
                out.push(caption);
            }
        } else {
            let joined = match open.take() {
                Some(mut p) => {
                    p.push_str(&text);
                    p
                }
                None => text,
            };
            if ends_sentence(&joined) {
                out.push(Line::Paragraph(joined));
                out.append(&mut held);
            } else {
                open = Some(joined);
            }
        }
    }
    flush(&mut out, &mut open, &mut held);
    // The article opens with one title and one byline: the first of each goes first (text
    // before them is the paper's kicker or a stray line), later ones become a heading and a
    // paragraph; without them, placeholders the editor fills in (the page needs both).
    let title = out
        .iter()
        .position(|l| matches!(l, Line::Title(_)))
        .map_or_else(|| Line::Title("标题（待填）".into()), |i| out.remove(i));
    let byline = out
        .iter()
        .position(|l| matches!(l, Line::Byline(_)))
        .map_or_else(|| Line::Byline(MISSING_BYLINE.into()), |i| out.remove(i));
    let rest = out.into_iter().map(|l| match l {
        Line::Title(t) => Line::Heading(t),
        Line::Byline(t) => Line::Paragraph(t),
        l => l,
    });
    [title, byline].into_iter().chain(rest).collect()
}

/// The byline proposed when the text has none.
pub const MISSING_BYLINE: &str = "■文/（署名待填）";

/// The article file's text: one block a line, a blank line between blocks.
pub fn render(lines: &[Line]) -> String {
    let mut s = String::new();
    for l in lines {
        s.push_str(&l.render());
        s.push_str("\n\n");
    }
    s.truncate(s.trim_end().len());
    s.push('\n');
    s
}

/// The sentences of a paragraph, verbatim: each ends after `。！？` and any closing marks
/// that follow (`……` does not end one); what is left at the end is a sentence too.
pub fn sentences(paragraph: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '。' | '！' | '？') {
            let mut j = i + 1;
            while j < chars.len() && CLOSERS.contains(&chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(paragraph.len(), |&(b, _)| b);
            out.push((start, &paragraph[start..end]));
            start = end;
            i = j;
        } else {
            i += 1;
        }
    }
    if start < paragraph.len() {
        out.push((start, &paragraph[start..]));
    }
    out
}
