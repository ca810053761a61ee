//! Bad content never panics: the real content files, mutated at random (cut short, stray
//! quotes and brackets, unknown keys, numbers too long for any integer, other scripts, lines
//! lost or doubled), either load with every entry kept or fail with errors that each name one
//! of the content files and a line inside it.

use super::source::{ContentErrors, ARTICLE_FILE, CHARTS_FILE, FIGURES_FILE, NOT_STATISTICS_FILE};
use super::tests::{load_texts, ARTICLE_TXT, CHARTS_TOML, FIGURES_TOML, NOT_STATISTICS_TOML};
use proptest::prelude::*;

/// Snippets a careless edit or a hostile file could bring.
const SNIPPETS: &[&str] = &[
    "\"",
    "'",
    "[[figure]]\n",
    "[[chart]]\n",
    "[[numeral]]\n",
    "[units]\n",
    "unknown = 1\n",
    "value = 1e400\n",
    "value = -3\n",
    "value = nan\n",
    "value = 99999999999999999999999\n",
    "99999999999999999999999999999999999999999",
    "十十十十十十十十十十十十十",
    "第",
    "前",
    "首次",
    "Ⅻ类",
    "ⅲ",
    "١٢٣",
    "１２３",
    "ＡＢＣ",
    "Ελληνικά",
    "😀",
    "\u{0}",
    "\u{feff}",
    "\r",
    "\n",
    "\n\n# 标题\n",
    "\n@photo \n",
    "\n@unknown 3\n",
    "## \n",
    "=",
    "]",
    "[",
    "{",
    "“",
    "……",
];

#[derive(Debug, Clone)]
enum Edit {
    /// Cut the file at this fraction of its characters.
    Truncate(f64),
    /// Insert a snippet at this fraction.
    Insert(f64, usize),
    /// Delete this many characters from this fraction.
    Delete(f64, usize),
    /// Double the line at this fraction.
    DoubleLine(f64),
    /// Write this many nines at the start of the string value at this fraction of the values
    /// (figure texts, quotes, labels…): numbers too long for any integer type.
    Nines(f64, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = 0.0..1.0f64;
    prop_oneof![
        at.clone().prop_map(Edit::Truncate),
        (at.clone(), 0..SNIPPETS.len()).prop_map(|(a, s)| Edit::Insert(a, s)),
        (at.clone(), 1..40usize).prop_map(|(a, n)| Edit::Delete(a, n)),
        at.clone().prop_map(Edit::DoubleLine),
        (at, 1..60usize).prop_map(|(a, n)| Edit::Nines(a, n)),
    ]
}

fn apply(text: &str, edit: &Edit) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = |f: f64| ((chars.len() as f64 * f) as usize).min(chars.len());
    let joined = |c: &[char]| c.iter().collect::<String>();
    match *edit {
        Edit::Truncate(f) => joined(&chars[..at(f)]),
        Edit::Insert(f, s) => {
            format!(
                "{}{}{}",
                joined(&chars[..at(f)]),
                SNIPPETS[s],
                joined(&chars[at(f)..])
            )
        }
        Edit::Delete(f, n) => {
            let from = at(f);
            let to = (from + n).min(chars.len());
            format!("{}{}", joined(&chars[..from]), joined(&chars[to..]))
        }
        Edit::DoubleLine(f) => {
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            let k = ((lines.len() as f64 * f) as usize).min(lines.len().saturating_sub(1));
            let mut out = String::new();
            for (i, line) in lines.iter().enumerate() {
                out.push_str(line);
                if i == k {
                    out.push_str(line);
                }
            }
            out
        }
        Edit::Nines(f, n) => {
            let values: Vec<usize> = text.match_indices("= \"").map(|(i, _)| i + 3).collect();
            let k = ((values.len() as f64 * f) as usize).min(values.len().saturating_sub(1));
            match values.get(k) {
                Some(&i) => format!("{}{}{}", &text[..i], "9".repeat(n), &text[i..]),
                None => format!("{text}{}", "9".repeat(n)),
            }
        }
    }
}

/// Table headers as TOML reads them: a comment may follow one (`[[numeral]]  # …`).
fn headers(text: &str, header: &str) -> usize {
    text.lines()
        .filter(|l| l.split('#').next().unwrap_or("").trim() == header)
        .count()
}

/// Every error names a content file and a line that file has.
fn check_errors(errors: &ContentErrors, files: &[(&str, &String)]) -> Result<(), TestCaseError> {
    prop_assert!(!errors.0.is_empty(), "a failure with no error");
    for e in &errors.0 {
        let text = files
            .iter()
            .find(|(name, _)| *name == e.file)
            .map(|(_, t)| *t);
        prop_assert!(text.is_some(), "unknown file in {e}");
        let lines = text.map_or(0, |t| t.lines().count());
        prop_assert!(
            e.line >= 1 && e.line <= lines.max(1),
            "line out of range in {e}"
        );
        prop_assert!(!e.problem.is_empty(), "an error without a problem: {e}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn mutated_content_loads_whole_or_fails_naming_file_and_line(
        file in 0..4usize,
        edits in prop::collection::vec(edit(), 1..4),
    ) {
        let mut texts = [
            ARTICLE_TXT.to_string(),
            FIGURES_TOML.to_string(),
            CHARTS_TOML.to_string(),
            NOT_STATISTICS_TOML.to_string(),
        ];
        for e in &edits {
            texts[file] = apply(&texts[file], e);
        }
        let [article, figures, charts, plain] = &texts;
        match load_texts(article, figures, charts, plain) {
            Ok(content) => {
                // Nothing silently dropped: every entry of each file is in what loaded.
                prop_assert_eq!(content.article.figures.len(), headers(figures, "[[figure]]"));
                prop_assert_eq!(content.article.charts.len(), headers(charts, "[[chart]]"));
                prop_assert_eq!(content.not_statistics.len(), headers(plain, "[[numeral]]"));
            }
            Err(errors) => check_errors(
                &errors,
                &[
                    (ARTICLE_FILE, article),
                    (FIGURES_FILE, figures),
                    (CHARTS_FILE, charts),
                    (NOT_STATISTICS_FILE, plain),
                ],
            )?,
        }
    }
}
