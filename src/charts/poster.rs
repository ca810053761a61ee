//! A chart as a picture to keep: its title above, the drawing, then its note and source below,
//! at the width it has on the reader's screen.

use super::forms;
use super::layout::{text_width, Ink, Label, Layout};
use crate::i18n::Lang;
use crate::model::{Article, Chart};
use crate::{format, kinsoku};

const TITLE: f64 = 17.0;
const SMALL: f64 = 12.0;
const PAD: f64 = 14.0;

/// Lines of at most `width` CSS pixels, breaking between Chinese characters (which need no
/// spaces) but never inside a number or a Latin word, nor before closing or after opening
/// punctuation ([`kinsoku`]).
pub fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    let latin = |p: char| p.is_ascii_alphanumeric() || matches!(p, '.' | '%' | ',');
    let mut tokens: Vec<String> = Vec::new();
    for c in text.chars() {
        match tokens.last_mut() {
            Some(last)
                if (latin(c) && last.chars().last().is_some_and(latin))
                    || !kinsoku::may_start_line(c)
                    || last
                        .chars()
                        .last()
                        .is_some_and(|p| !kinsoku::may_end_line(p)) =>
            {
                last.push(c)
            }
            _ => tokens.push(c.to_string()),
        }
    }
    let mut lines = vec![String::new()];
    for token in tokens {
        let line = lines.last_mut().expect("at least one line");
        let candidate = format!("{line}{token}");
        if text_width(&candidate, size) > width && !line.is_empty() {
            lines.push(token);
        } else {
            *line = candidate;
        }
    }
    lines
}

/// The chart with its title, note and source, `width` CSS pixels wide (margins included),
/// its words in `lang`.
pub fn poster(chart: &Chart, article: &Article, width: f64, lang: Lang) -> Layout {
    let format::ChartWords { title, note, .. } = format::chart_words(chart, lang);
    let inner = (width - 2.0 * PAD).max(120.0);
    let mut labels = Vec::new();
    let mut y = PAD;
    let mut line = |text: String, size: f64, bold: bool, ink: Ink, y: &mut f64| {
        *y += size * 0.75;
        labels.push(Label::plain(text, PAD, *y, size, bold, ink));
        *y += size * 0.75;
    };
    for text in wrap(title, TITLE, inner) {
        line(text, TITLE, true, Ink::Text, &mut y);
    }
    y += 8.0;
    let body = forms::layout(chart, article, inner, lang);
    let top = y;
    y += body.height + 4.0;
    let source = (lang.ui().source_line)(lang.paper(), article.title);
    for text in note.into_iter().chain([source.as_str()]) {
        for wrapped in wrap(text, SMALL, inner) {
            line(wrapped, SMALL, false, Ink::Soft, &mut y);
        }
    }
    let shift = |x: f64, dy: f64| (x + PAD, dy + top);
    let mut out = Layout {
        width,
        height: (y + PAD).ceil(),
        marks: body.marks,
        labels: Vec::new(),
        lines: body.lines,
    };
    for m in &mut out.marks {
        (m.rect.x, m.rect.y) = shift(m.rect.x, m.rect.y);
    }
    for l in &mut out.lines {
        for p in &mut l.points {
            *p = shift(p.0, p.1);
        }
    }
    out.labels = labels;
    out.labels.extend(body.labels.into_iter().map(|mut l| {
        (l.x, l.y) = shift(l.x, l.y);
        l
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::ARTICLE;

    #[test]
    fn long_titles_wrap_within_the_width() {
        let lines = wrap("污染防治“夏季攻势”：2020年以来完成1164项", 17.0, 200.0);
        assert!(lines.len() >= 2);
        assert!(lines.iter().all(|l| text_width(l, 17.0) <= 200.0));
        assert_eq!(lines.concat(), "污染防治“夏季攻势”：2020年以来完成1164项");
        assert!(
            lines.iter().any(|l| l.contains("1164")),
            "numbers stay whole: {lines:?}"
        );
    }

    #[test]
    fn a_poster_holds_title_drawing_and_source_inside_its_box() {
        for c in ARTICLE.charts {
            for width in [320.0, 680.0] {
                let p = poster(c, &ARTICLE, width, Lang::Zh);
                let text: String = p.labels.iter().map(|l| l.text.as_str()).collect();
                assert!(
                    text.contains(&c.title_zh.chars().take(6).collect::<String>()),
                    "{}",
                    c.id
                );
                // The source line names the paper (content), however it wraps.
                assert!(text.contains(&format!(
                    "数据来源：{}",
                    crate::article::PAGE.publication.paper_zh
                )));
                let plain = forms::layout(c, &ARTICLE, width - 2.0 * PAD, Lang::Zh);
                assert_eq!(p.marks.len(), plain.marks.len(), "{}: every mark", c.id);
                for l in &p.labels {
                    let b = l.bounds();
                    assert!(
                        b.x >= 0.0
                            && b.x + b.w <= width + 0.5
                            && b.y >= 0.0
                            && b.y + b.h <= p.height,
                        "{}: {:?}",
                        c.id,
                        l.text
                    );
                }
            }
        }
    }
}
