//! The copy desk at build time: the house style (README, "House style") checked on every word
//! the content gives the page, so a fault stops the build naming the entry. English copy has no
//! Chinese characters or punctuation, starts with a capital, spells out one to nine in running
//! prose and gives millions and billions at most two decimals; Chinese copy writes bounds in
//! words (以上, 多, 至多: never ≥ or ≤), numbers without Western grouping and no Latin words but
//! acronyms (PM2.5, CSV). Whether a number is the article's or ours is `chart_words`' job; this
//! module only says how a derived one must be marked ([`marks_derived`]).

use super::error::{line_of, ContentError};
use super::files::{CHARTS_FILE, FIGURES_FILE};
use super::schema::{ChartEntry, FigureEntry};

/// Chinese characters, and the punctuation only Chinese text uses (、。《》「」【】 and the
/// full-width forms ，：；（）！？). Curly quotes and dashes are shared with English.
fn is_chinese(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

/// What is wrong with a piece of English copy, if anything.
pub fn english_fault(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return Some("is empty".into());
    }
    if let Some(c) = text.chars().find(|&c| is_chinese(c)) {
        return Some(format!("English copy with Chinese in it (`{c}`)"));
    }
    if text.contains(['≥', '≤']) {
        return Some("a bound as a sign: write “at least”, “more than”, “at most”".into());
    }
    over_precise(text)
}

/// `2.3047 million`: more decimals than the wire style allows before million or billion.
fn over_precise(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        let scale = w[1].trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        let decimals = w[0].split_once('.').map_or(0, |(_, d)| d.len());
        (matches!(scale, "million" | "billion" | "trillion") && decimals > 2).then(|| {
            format!(
                "`{} {scale}`: at most two decimals before million, billion or trillion",
                w[0]
            )
        })
    })
}

/// English copy that opens a sentence (labels, titles, summaries, notes): sentence case.
pub fn heading_fault(text: &str) -> Option<String> {
    english_fault(text).or_else(|| {
        let first = text.chars().next()?;
        (first.is_lowercase()).then(|| "starts in lower case: sentence case".into())
    })
}

/// English running prose (summaries, notes): one to nine spelled out before a word (`nine
/// categories`, not `9 categories`); figures stay for percentages, ranges, decimals and
/// numbers with a unit sign.
pub fn prose_fault(text: &str) -> Option<String> {
    heading_fault(text).or_else(|| {
        let chars: Vec<char> = text.chars().collect();
        (0..chars.len()).find_map(|i| {
            let c = chars[i];
            let alone_before =
                i == 0 || !(chars[i - 1].is_alphanumeric() || ".,–-−".contains(chars[i - 1]));
            let word_after = chars.get(i + 1) == Some(&' ')
                && chars.get(i + 2).is_some_and(|n| n.is_ascii_lowercase());
            let after_no = i >= 4 && chars[i - 4..i].iter().collect::<String>() == "No. ";
            (('1'..='9').contains(&c) && alone_before && word_after && !after_no).then(|| {
                let word: String = chars[i + 2..]
                    .iter()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                format!("`{c} {word}`: spell out one to nine in running prose")
            })
        })
    })
}

/// What is wrong with a piece of Chinese copy, if anything (GB/T 15835-2011 and the house
/// style): a bound as a sign, Western thousands grouping, or a Latin word that is not an
/// acronym.
pub fn chinese_fault(text: &str) -> Option<String> {
    if text.contains(['≥', '≤']) {
        return Some("a bound as a sign: write 以上、多、至多、不超过".into());
    }
    let chars: Vec<char> = text.chars().collect();
    let grouped = chars
        .windows(5)
        .any(|w| w[0].is_ascii_digit() && w[1] == ',' && w[2..].iter().all(char::is_ascii_digit));
    if grouped {
        return Some("Western thousands grouping (1,551): write 1551 or 万/亿".into());
    }
    text.split(|c: char| !c.is_ascii_alphabetic())
        .find(|w| w.len() > 1 && w.chars().any(|c| c.is_ascii_lowercase()))
        .map(|w| format!("a Latin word (`{w}`) in Chinese copy"))
}

/// Whether copy that states a value of ours (not the article's) says so in words: 推算 in
/// Chinese, “our calculation” (or “derived”) in English.
pub fn marks_derived(text: &str, english: bool) -> bool {
    if english {
        let lower = text.to_lowercase();
        lower.contains("our calculation") || lower.contains("derived")
    } else {
        text.contains("推算")
    }
}

/// An English noun for a figure's unit: empty (the label says what it counts), `%`, or Latin
/// words in lower case (`sessions`, `group birthday parties`).
pub fn unit_fault(unit_en: &str) -> Option<String> {
    let latin = unit_en
        .chars()
        .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '-');
    (!(latin || unit_en == "%"))
        .then(|| format!("unit_en `{unit_en}`: an English noun in lower case, `%` or empty"))
}

/// Every figure's English label and noun. `unit_en(entry)` is the noun the figure gets (its
/// own `unit_en`, else the `[units]` entry for its unit), `None` when it has none.
pub fn check_figures(
    figures: &[toml::Spanned<FigureEntry>],
    unit_en: &dyn Fn(&FigureEntry) -> Option<String>,
    toml: &str,
    errors: &mut Vec<ContentError>,
) {
    for spanned in figures {
        let f = spanned.get_ref();
        let at = |problem: String| {
            ContentError::at(
                FIGURES_FILE,
                line_of(toml, spanned.span().start),
                format!("figure `{}`", f.id),
                problem,
            )
        };
        if let Some(fault) = heading_fault(&f.label_en) {
            errors.push(at(format!("label_en: {fault}")));
        }
        if let Some(fault) = chinese_fault(&f.label_zh) {
            errors.push(at(format!("label_zh: {fault}")));
        }
        match unit_en(f) {
            None => errors.push(at(format!(
                "unit `{}` has no English noun: give the figure a `unit_en` (or the unit one \
                 in [units])",
                f.unit
            ))),
            Some(unit) => errors.extend(unit_fault(&unit).map(at)),
        }
    }
}

/// Every chart's words, both languages.
pub fn check_charts(
    charts: &[toml::Spanned<ChartEntry>],
    toml: &str,
    errors: &mut Vec<ContentError>,
) {
    for spanned in charts {
        let c = spanned.get_ref();
        let mut fault = |field: &str, problem: Option<String>| {
            if let Some(problem) = problem {
                errors.push(ContentError::at(
                    CHARTS_FILE,
                    line_of(toml, spanned.span().start),
                    format!("chart `{}`", c.id),
                    format!("{field}: {problem}"),
                ));
            }
        };
        fault("title_en", heading_fault(&c.title_en));
        fault("summary_en", prose_fault(&c.summary_en));
        fault("note_en", c.note_en.as_deref().and_then(prose_fault));
        for part in &c.parts_en {
            fault("parts_en", heading_fault(part));
        }
        for (field, text) in [
            ("title_zh", Some(&c.title_zh)),
            ("summary_zh", Some(&c.summary_zh)),
        ]
        .into_iter()
        .chain([("note_zh", c.note_zh.as_ref())])
        .chain(c.parts_zh.iter().map(|p| ("parts_zh", Some(p))))
        {
            fault(field, text.and_then(|t| chinese_fault(t)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_copy_has_no_chinese_signs_or_over_precision() {
        assert_eq!(
            english_fault("Source: Hengyang Daily, “Reaching higher”"),
            None
        );
        assert!(english_fault("Source: Hengyang Daily, 《向“新”而行》").is_some());
        assert!(
            english_fault("Growth（year on year）").is_some(),
            "full-width brackets"
        );
        assert!(english_fault("2.3047 million visits")
            .unwrap()
            .contains("two decimals"));
        assert_eq!(english_fault("2.35 billion yuan"), None);
        assert!(english_fault("≥ 80%").is_some());
    }

    #[test]
    fn prose_spells_out_one_to_nine_and_titles_start_with_a_capital() {
        assert!(prose_fault("2023 had 489 tasks in 9 categories.")
            .unwrap()
            .contains("`9 categories`"));
        assert_eq!(
            prose_fault("2023 had 489 tasks in nine categories; 2–3 grid members."),
            None
        );
        assert_eq!(
            prose_fault("Ranked No. 1 in Hunan; 5,339 tonnes; 2.5 billion yuan."),
            None
        );
        assert!(heading_fault("ahead of the target").is_some());
        assert_eq!(heading_fault("Ahead of the target"), None);
    }

    #[test]
    fn chinese_copy_writes_bounds_in_words_and_no_western_grouping() {
        assert!(chinese_fault("≥160名").is_some());
        assert!(chinese_fault("1,551次").is_some());
        assert!(chinese_fault("共 visits 230万").is_some());
        assert_eq!(
            chinese_fault("PM2.5年均浓度；下载数据（CSV）；160多名；80%以上"),
            None
        );
    }

    #[test]
    fn derived_values_are_marked_in_words() {
        assert!(marks_derived("未完成的51项（推算）", false));
        assert!(!marks_derived("未完成的51项都是2023年的任务", false));
        assert!(marks_derived(
            "By our calculation, all 51 open tasks are from 2023.",
            true
        ));
        assert!(!marks_derived("All 51 open tasks are from 2023.", true));
    }

    #[test]
    fn units_are_english_nouns() {
        assert_eq!(unit_fault("group birthday parties"), None);
        assert_eq!(unit_fault(""), None);
        assert_eq!(unit_fault("%"), None);
        assert!(unit_fault("次").is_some());
        assert!(unit_fault("Times").is_some());
    }
}
