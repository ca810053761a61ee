//! Chinese line-breaking rules (禁则, kinsoku): one table for every place that breaks lines,
//! the canvas layout (`charts::forms`), the saved picture's title and note (`charts::poster`)
//! and the punctuation kept on a figure's line in the running text (`components::paragraph`).
//! It imports nothing: a leaf every layer may use.

/// What may not start a line: punctuation that closes or follows what precedes it.
pub const NOT_AT_START: &[char] = &[
    '，', '。', '、', '；', '：', '？', '！', '）', '”', '’', '》', '」', '』', '】', '〕', '〉',
    '…', '%', ')', ',', '.', ';', ':', '!', '?',
];

/// What may not end a line: punctuation that opens what follows it.
pub const NOT_AT_END: &[char] = &['（', '“', '‘', '《', '「', '『', '【', '〔', '〈', '('];

/// Whether a line may start with `c`.
pub fn may_start_line(c: char) -> bool {
    !NOT_AT_START.contains(&c)
}

/// Whether a line may end with `c`.
pub fn may_end_line(c: char) -> bool {
    !NOT_AT_END.contains(&c)
}

/// The one test of every line breaker against the table: lines as each place breaks them, over
/// the article's own text and sentences made to tempt a bad break.
#[cfg(test)]
mod tests {
    use super::{may_end_line, may_start_line};
    use crate::article::ARTICLE;
    use crate::model::Span;

    fn samples() -> Vec<String> {
        let mut out: Vec<String> = vec![
            "共1215项，已完成1164项。".into(),
            "跻身全国（339个地级市）前30强；".into(),
            "《衡阳日报》「向新而行」『向高而攀』，“新”与“高”！".into(),
            "污染防治“夏季攻势”：2020年以来完成1164项（全省第一）、进度全省第二？".into(),
        ];
        for spans in ARTICLE.paragraphs() {
            out.push(
                spans
                    .iter()
                    .map(|s| match s {
                        Span::Text(t) => t.to_string(),
                        Span::Figure(i) => ARTICLE.figures[*i].text.to_string(),
                    })
                    .collect(),
            );
        }
        for c in ARTICLE.charts {
            out.extend([c.title_zh, c.summary_zh].map(String::from));
            out.extend(c.note_zh.map(String::from));
        }
        out
    }

    /// Problems of `lines`: one starting with what may not start a line, or ending with what may
    /// not end one.
    fn bad(lines: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        for (k, line) in lines.iter().enumerate() {
            if k > 0 && line.chars().next().is_some_and(|c| !may_start_line(c)) {
                out.push(format!("starts with {line:?}"));
            }
            if k + 1 < lines.len() && line.chars().last().is_some_and(|c| !may_end_line(c)) {
                out.push(format!("ends with {line:?}"));
            }
        }
        out
    }

    #[test]
    fn the_table_holds_the_rules_of_chinese_typesetting() {
        for c in "，。、；：？！）」』》”’…%".chars() {
            assert!(!may_start_line(c), "{c} may not start a line");
        }
        for c in "（「『《“‘".chars() {
            assert!(!may_end_line(c), "{c} may not end a line");
        }
        assert!(may_start_line('衡') && may_end_line('衡') && may_start_line('（'));
    }

    #[test]
    fn no_line_starts_with_closing_or_ends_with_opening_punctuation_anywhere() {
        let texts = samples();
        for text in &texts {
            // The canvas layout: a line holds whole pieces, so every break is between two.
            let pieces: Vec<String> = crate::charts::forms::pieces(text)
                .into_iter()
                .map(|(p, _)| p)
                .collect();
            assert_eq!(bad(&pieces), Vec::<String>::new(), "canvas, {text}");
            // The saved picture, at every width from a phone's narrowest to a wide one.
            for width in (40..=420).step_by(9) {
                for size in [12.0, 17.0] {
                    let lines = crate::charts::poster::wrap(text, size, f64::from(width));
                    assert_eq!(
                        bad(&lines),
                        Vec::<String>::new(),
                        "poster {width} px, {text}"
                    );
                }
            }
        }
        // The running text: what a figure keeps on its line is exactly what may not be parted
        // from it; the rest may break freely.
        for spans in ARTICLE.paragraphs() {
            for span in spans {
                let Span::Text(text) = span else { continue };
                let (free, kept) = crate::components::paragraph::glue_split(text, true);
                assert!(kept.chars().all(|c| !may_end_line(c)), "{text}");
                assert!(free.chars().last().is_none_or(may_end_line), "{text}");
                let (kept, rest) = crate::components::paragraph::glue_split(text, false);
                assert!(kept.chars().all(|c| !may_start_line(c)), "{text}");
                assert!(rest.chars().next().is_none_or(may_start_line), "{text}");
            }
        }
    }
}
