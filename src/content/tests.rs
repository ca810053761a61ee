//! The real content loads, matches the source article and covers every statistic; and each
//! kind of content error is caught, naming its file, line and entry.

use super::source::{load, Content, ContentError, ContentErrors, Sources};
use crate::article::{ARTICLE, NOT_STATISTICS};
use crate::model::{Block, Span};

pub(super) const ARTICLE_TXT: &str = include_str!("../../content/article.txt");
pub(super) const FIGURES_TOML: &str = include_str!("../../content/figures.toml");
pub(super) const CHARTS_TOML: &str = include_str!("../../content/charts.toml");
pub(super) const NOT_STATISTICS_TOML: &str = include_str!("../../content/not-statistics.toml");

/// Loads these four texts as the content files.
pub(super) fn load_texts(
    article: &str,
    figures: &str,
    charts: &str,
    not_statistics: &str,
) -> Result<Content, ContentErrors> {
    load(&Sources {
        article,
        figures,
        charts,
        not_statistics,
    })
}

/// The five sentences the printed page split across two paragraphs.
const PAGE_BREAKS: [(&str, &str); 5] = [
    ("感", "受到"),
    ("生态", "环境"),
    ("蓝天保卫战中，", "完成"),
    ("耒", "阳"),
    ("分", "散"),
];

fn errors_of(article: &str, figures: &str) -> Vec<ContentError> {
    match load_texts(article, figures, CHARTS_TOML, NOT_STATISTICS_TOML) {
        Ok(_) => panic!("broken content was accepted"),
        Err(e) => e.0,
    }
}

/// The real figures file with one edit; panics if the edit does not apply, so a test cannot
/// pass by editing nothing.
fn figures_with(from: &str, to: &str) -> String {
    assert!(
        FIGURES_TOML.contains(from),
        "fixture text {from:?} is in figures.toml"
    );
    FIGURES_TOML.replacen(from, to, 1)
}

fn line_of(needle: &str) -> usize {
    let at = FIGURES_TOML
        .find(needle)
        .expect("needle is in figures.toml");
    FIGURES_TOML[..at].matches('\n').count() + 1
}

/// The `[[figure]]` header line of the entry with this id.
fn entry_line(id: &str) -> usize {
    let at = FIGURES_TOML
        .find(&format!("id = \"{id}\""))
        .expect("id is in figures.toml");
    FIGURES_TOML[..at]
        .rfind("[[figure]]")
        .map_or(1, |h| FIGURES_TOML[..h].matches('\n').count() + 1)
}

pub(super) fn assert_one_error(errors: &[ContentError], line: usize, entry: &str, problem: &str) {
    assert!(
        errors
            .iter()
            .any(|e| e.line == line && e.entry.contains(entry) && e.problem.contains(problem)),
        "expected an error at line {line} for {entry} about {problem:?}, got:\n{errors:#?}"
    );
}

fn paragraph_text(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match s {
            Span::Text(t) => *t,
            Span::Figure(i) => ARTICLE.figures[*i].text,
        })
        .collect()
}

fn paragraphs() -> Vec<String> {
    ARTICLE
        .sections
        .iter()
        .flat_map(|s| s.blocks)
        .filter_map(|b| match b {
            Block::Paragraph(spans) => Some(paragraph_text(spans)),
            Block::Photo(_) => None,
        })
        .collect()
}

#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn baked_article_is_the_content_as_loaded() {
    let loaded = load_texts(ARTICLE_TXT, FIGURES_TOML, CHARTS_TOML, NOT_STATISTICS_TOML)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.article, ARTICLE);
    assert_eq!(loaded.not_statistics, NOT_STATISTICS);
}

#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn article_has_its_title_byline_sections_and_captions() {
    assert_eq!(ARTICLE.title, "向“新”而行 向“高”而攀");
    assert!(ARTICLE.byline.starts_with("■文/衡阳日报全媒体记者"));
    let headings: Vec<_> = ARTICLE.sections.iter().filter_map(|s| s.heading).collect();
    assert_eq!(
        headings,
        [
            "守护绿水青山，让生态环境底色更浓",
            "推进高质量发展，让金山银山成色更足",
            "幸福指数加码，让安居乐业本色更亮"
        ]
    );
    assert_eq!(ARTICLE.sections[0].heading, None, "the intro comes first");
    let captions = ARTICLE
        .sections
        .iter()
        .flat_map(|s| s.blocks)
        .filter(|b| matches!(b, Block::Photo(_)))
        .count();
    assert_eq!(captions, 6);
}

/// Nothing of the source is changed, added or dropped, and the five page breaks are joined.
#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn article_is_the_source_with_page_breaks_repaired() {
    // The newspaper's text as the paper gave it, kept in the repository (a clean clone has
    // it, so this test never passes unchecked); `SOURCE_ARTICLE` may point elsewhere. Where
    // the project's shared folder stands beside the checkout, the kept copy must be its copy.
    let kept = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hengyang/source.txt"
    );
    let source_path = std::env::var("SOURCE_ARTICLE").unwrap_or_else(|_| kept.to_string());
    let source = std::fs::read_to_string(&source_path).unwrap_or_else(|e| {
        panic!("the newspaper's text {source_path}: {e} (set SOURCE_ARTICLE to where it is)")
    });
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/source/article.txt");
    if let Ok(original) = std::fs::read_to_string(shared) {
        assert_eq!(
            std::fs::read_to_string(kept).expect("the kept copy"),
            original,
            "{kept} is not {shared}"
        );
    }
    let mut expected: Vec<String> = source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            l.trim_start_matches("## ")
                .trim_start_matches("# ")
                .to_string()
        })
        .collect();
    for (end, start) in PAGE_BREAKS {
        let at = expected
            .windows(2)
            .position(|w| w[0].ends_with(end) && w[1].starts_with(start))
            .unwrap_or_else(|| panic!("the source breaks {end}/{start}"));
        let next = expected.remove(at + 1);
        expected[at].push_str(&next);
    }
    let mut ours = vec![ARTICLE.title.to_string(), ARTICLE.byline.to_string()];
    for section in ARTICLE.sections {
        ours.extend(section.heading.map(str::to_string));
        for block in section.blocks {
            ours.push(match block {
                Block::Paragraph(spans) => paragraph_text(spans),
                Block::Photo(caption) => caption.to_string(),
            });
        }
    }
    assert_eq!(ours, expected);
}

#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn every_figure_is_placed_once_in_reading_order() {
    let mut seen = Vec::new();
    for section in ARTICLE.sections {
        for block in section.blocks {
            if let Block::Paragraph(spans) = block {
                seen.extend(spans.iter().filter_map(|s| match s {
                    Span::Figure(i) => Some(i.get()),
                    Span::Text(_) => None,
                }));
            }
        }
    }
    let expected: Vec<usize> = (0..ARTICLE.figures.len()).collect();
    assert_eq!(seen, expected);
    assert!(ARTICLE.figures.len() >= 45, "about fifty statistics");
}

/// Each quote is one whole sentence of its paragraph and holds its figure.
#[test]
fn quotes_are_whole_sentences_holding_their_figure() {
    let paragraphs = paragraphs();
    for f in ARTICLE.figures {
        let para = paragraphs
            .iter()
            .find(|p| p.contains(f.quote))
            .unwrap_or_else(|| panic!("{}: quote is in a paragraph", f.id));
        let at = para.find(f.quote).unwrap_or_default();
        let before = para[..at].chars().last();
        assert!(
            matches!(before, None | Some('。' | '！' | '？' | '”' | '…')),
            "{}: quote starts mid-sentence after {before:?}",
            f.id
        );
        let last = f.quote.chars().last();
        assert!(
            matches!(last, Some('。' | '！' | '？' | '”')) || para.ends_with(f.quote),
            "{}: quote ends mid-sentence at {last:?}",
            f.id
        );
        assert!(f.quote.contains(f.text), "{}: text is in its quote", f.id);
    }
}

/// No statistic is left unmarked: every Arabic numeral of the body is inside a figure, a date
/// (2022年, 9月25日, 1—10月) or the name PM2.5.
#[test]
fn every_numeral_of_the_body_is_a_figure_or_a_date() {
    for section in ARTICLE.sections {
        for block in section.blocks {
            let Block::Paragraph(spans) = block else {
                continue;
            };
            for span in *spans {
                let Span::Text(text) = span else { continue };
                let chars: Vec<char> = text.chars().collect();
                let mut i = 0;
                while i < chars.len() {
                    if !chars[i].is_ascii_digit() {
                        i += 1;
                        continue;
                    }
                    let start = i;
                    while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                        i += 1;
                    }
                    let run: String = chars[start..i].iter().collect();
                    let next = chars.get(i).copied();
                    let prev = start.checked_sub(1).map(|p| chars[p]);
                    let is_date = matches!(next, Some('年' | '月' | '日' | '—'))
                        && (run.len() == 4 || matches!(next, Some('月' | '日' | '—')));
                    let is_name = prev == Some('M') && run == "2.5";
                    assert!(is_date || is_name, "unmarked numeral {run} in «{text}»");
                }
            }
        }
    }
}

#[test]
fn malformed_toml_names_its_line() {
    let broken = figures_with("kind = \"count\"", "kind = \"count");
    let errors = errors_of(ARTICLE_TXT, &broken);
    assert_one_error(&errors, line_of("kind = \"count\""), "toml", "");
}

#[test]
fn unknown_field_and_kind_are_caught() {
    let errors = errors_of(
        ARTICLE_TXT,
        &figures_with("kind = \"count\"", "kind = \"tally\""),
    );
    assert_one_error(&errors, line_of("kind = \"count\""), "toml", "tally");
    let errors = errors_of(
        ARTICLE_TXT,
        &figures_with("kind = \"count\"", "kind = \"count\"\ncolour = \"red\""),
    );
    assert_one_error(&errors, line_of("kind = \"count\"") + 1, "toml", "colour");
}

#[test]
fn quote_not_in_article_is_caught() {
    let broken = figures_with("接待游客230.47万人次", "接待游客230.47万人");
    let errors = errors_of(ARTICLE_TXT, &broken);
    assert_one_error(
        &errors,
        entry_line("holiday-visitors"),
        "holiday-visitors",
        "not verbatim",
    );
}

#[test]
fn text_not_in_quote_or_not_unique_is_caught() {
    let broken = figures_with("text = \"230.47万人次\"", "text = \"230.48万人次\"");
    let errors = errors_of(ARTICLE_TXT, &broken);
    assert_one_error(
        &errors,
        entry_line("holiday-visitors"),
        "holiday-visitors",
        "not in its quote",
    );
    let broken = figures_with("text = \"230.47万人次\"", "text = \"同比\"");
    let errors = errors_of(ARTICLE_TXT, &broken);
    assert_one_error(
        &errors,
        entry_line("holiday-visitors"),
        "holiday-visitors",
        "occurs 2 times",
    );
}

#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn duplicate_and_malformed_ids_are_caught() {
    let first = &ARTICLE.figures[0].id;
    let second = &ARTICLE.figures[1].id;
    let broken = figures_with(&format!("id = \"{second}\""), &format!("id = \"{first}\""));
    let errors = errors_of(ARTICLE_TXT, &broken);
    assert_one_error(&errors, entry_line(second), first, "used by another figure");
    let broken = figures_with(&format!("id = \"{first}\""), "id = \"Bad id<script>\"");
    let errors = errors_of(ARTICLE_TXT, &broken);
    assert_one_error(
        &errors,
        entry_line(first),
        "Bad id",
        "lowercase ASCII letter, then",
    );
}

#[test]
fn value_disagreeing_with_its_text_is_caught() {
    let broken = figures_with("value = 2304700", "value = 2304710");
    let errors = errors_of(ARTICLE_TXT, &broken);
    assert_one_error(
        &errors,
        entry_line("holiday-visitors"),
        "holiday-visitors",
        "disagrees",
    );
    let broken = figures_with("value = 2304700\n", "");
    let errors = errors_of(ARTICLE_TXT, &broken);
    assert_one_error(
        &errors,
        entry_line("holiday-visitors"),
        "holiday-visitors",
        "missing",
    );
}

#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn rank_with_a_value_is_caught() {
    let rank = ARTICLE
        .figures
        .iter()
        .find(|f| f.kind == crate::model::Kind::Rank)
        .expect("the article has ranks");
    let header = format!("id = \"{}\"", rank.id);
    let broken = figures_with(&header, &format!("{header}\nvalue = 1"));
    let errors = errors_of(ARTICLE_TXT, &broken);
    assert_one_error(&errors, entry_line(rank.id), rank.id, "a rank has no value");
}

#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn bounds_must_match_the_text() {
    let range = ARTICLE
        .figures
        .iter()
        .find(|f| f.text == "2—3名")
        .expect("the grid has 2—3 members");
    let broken = figures_with("bound = \"range\"\n", "");
    let errors = errors_of(ARTICLE_TXT, &broken);
    assert_one_error(&errors, entry_line(range.id), range.id, "is a range");

    let at_least = ARTICLE
        .figures
        .iter()
        .find(|f| f.text == "160多名")
        .expect("160多名 is a figure");
    let block_start = FIGURES_TOML
        .find(&format!("id = \"{}\"", at_least.id))
        .expect("id present");
    let block_end = FIGURES_TOML[block_start..]
        .find("[[figure]]")
        .map_or(FIGURES_TOML.len(), |e| block_start + e);
    let block = &FIGURES_TOML[block_start..block_end];
    // Forgotten, and declared as another bound: both fail, naming the word.
    for replacement in ["", "bound = \"at-least\"\n"] {
        let broken = FIGURES_TOML.replacen(
            block,
            &block.replace("bound = \"more-than\"\n", replacement),
            1,
        );
        assert_ne!(broken, FIGURES_TOML);
        let errors = errors_of(ARTICLE_TXT, &broken);
        assert_one_error(
            &errors,
            entry_line(at_least.id),
            at_least.id,
            "says more than (多): set bound = \"more-than\"",
        );
    }
}

#[test]
fn overlapping_figures_are_caught() {
    let broken = figures_with("text = \"80.52%\"", "text = \"万人次，同比增长80.52%\"");
    let errors = errors_of(ARTICLE_TXT, &broken);
    assert!(
        errors
            .iter()
            .any(|e| e.problem.contains("overlaps figure `holiday-visitors`")),
        "{errors:#?}"
    );
}

#[test]
fn article_file_errors_name_their_line() {
    let broken = ARTICLE_TXT.replacen("@photo ", "@picture ", 1);
    let line = ARTICLE_TXT[..ARTICLE_TXT.find("@photo ").unwrap_or_default()]
        .matches('\n')
        .count()
        + 1;
    let errors = errors_of(&broken, FIGURES_TOML);
    assert_one_error(&errors, line, "@picture", "unknown marker");

    let errors = errors_of(&ARTICLE_TXT.replacen("# ", "", 1), FIGURES_TOML);
    assert!(errors.iter().any(|e| e.entry == "title"), "{errors:#?}");
}

#[test]
fn error_messages_read_file_line_entry_problem() {
    let broken = figures_with("value = 2304700", "value = 1");
    let message = load_texts(ARTICLE_TXT, &broken, CHARTS_TOML, NOT_STATISTICS_TOML)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    let expected_start = format!(
        "content/figures.toml:{}: figure `holiday-visitors`: value 1 disagrees",
        entry_line("holiday-visitors")
    );
    assert!(message.starts_with(&expected_start), "{message}");
}

pub(super) fn charts_errors(charts: &str) -> Vec<ContentError> {
    match load_texts(ARTICLE_TXT, FIGURES_TOML, charts, NOT_STATISTICS_TOML) {
        Ok(_) => panic!("broken charts were accepted"),
        Err(e) => e.0,
    }
}

pub(super) fn chart_line(id: &str) -> usize {
    let at = CHARTS_TOML
        .find(&format!("id = \"{id}\""))
        .expect("chart id present");
    CHARTS_TOML[..at]
        .rfind("[[chart]]")
        .map_or(1, |h| CHARTS_TOML[..h].matches('\n').count() + 1)
}

#[test]
fn chart_naming_a_missing_figure_is_caught() {
    let broken = CHARTS_TOML.replacen("[\"weekly-meetings\"]", "[\"weekly-meeting\"]", 1);
    assert_ne!(broken, CHARTS_TOML);
    let errors = charts_errors(&broken);
    assert_one_error(
        &errors,
        chart_line("governance"),
        "governance",
        "`weekly-meeting` does not exist",
    );
    // And the figure it dropped is now shown by no chart of its group.
    assert_one_error(
        &errors,
        entry_line("weekly-meetings"),
        "weekly-meetings",
        "does not show this figure",
    );
}

#[test]
fn chart_rows_that_do_not_fit_the_form_are_caught() {
    let broken = CHARTS_TOML.replacen(
        "[\"holiday-visitors\", \"holiday-visitors-growth\"]",
        "[\"holiday-visitors-growth\", \"holiday-visitors\"]",
        1,
    );
    assert_ne!(broken, CHARTS_TOML);
    let errors = charts_errors(&broken);
    assert_one_error(
        &errors,
        chart_line("holiday"),
        "holiday",
        "do not fit form `growth`",
    );
}

#[test]
fn figure_naming_a_missing_chart_is_caught() {
    let broken = figures_with("chart = \"zhengxiang\"", "chart = \"zhengxiang-district\"");
    let errors = errors_of(ARTICLE_TXT, &broken);
    assert!(
        errors
            .iter()
            .any(|e| e.problem.contains("`zhengxiang-district` does not exist")),
        "{errors:#?}"
    );
}

/// A chart's rows as its form draws them: one scale holds one unit and one period only.
#[test]
fn a_scale_mixing_periods_or_units_is_caught_naming_the_chart() {
    let rows = "[\"weekend-clinic-days\"],\n  [\"weekly-meetings\"],\n]";
    assert!(CHARTS_TOML.contains(rows));
    let periods = CHARTS_TOML.replacen(
        rows,
        "[\"weekend-clinic-days\"],\n  [\"weekly-meetings\"],\n  [\"leader-dispatches\"],\n]",
        1,
    );
    assert_one_error(
        &charts_errors(&periods),
        chart_line("governance"),
        "governance",
        "`weekend-clinic-days` (次, 制度建立以来) and `leader-dispatches` (次, 近三年来) are drawn on one scale",
    );
    let units = CHARTS_TOML.replacen(
        rows,
        "[\"weekend-clinic-days\"],\n  [\"weekly-meetings\"],\n  [\"meeting-topics\"],\n]",
        1,
    );
    assert_one_error(
        &charts_errors(&units),
        chart_line("governance"),
        "governance",
        "`meeting-topics` (个, 制度建立以来) are drawn on one scale",
    );
}

/// 登上300亿元台阶 is a lower bound: a ratio over it is an upper bound and the notes must say so.
#[test]
fn a_value_derived_from_a_bound_must_be_marked_naming_the_chart() {
    let start = CHARTS_TOML
        .find("note_zh = \"经济总量“登上")
        .expect("zhengxiang note");
    let end = start
        + CHARTS_TOML[start..]
            .find("\n[[chart]]")
            .expect("next chart");
    let mut broken = CHARTS_TOML.to_string();
    broken.replace_range(
        start..end,
        "note_zh = \"比例为推算值：财政收入 ÷ 经济总量。\"\nnote_en = \"The ratio is derived: revenue ÷ output.\"\n",
    );
    assert_one_error(
        &charts_errors(&broken),
        chart_line("zhengxiang"),
        "zhengxiang",
        "derives a value from `zhengxiang-gdp` (a lower bound or a range) without marking it",
    );
}

#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn two_charts_by_one_paragraph_are_refused_naming_the_second() {
    // A second chart whose first figure stands in the holiday chart's paragraph.
    let extra = "\n[[chart]]\nid = \"holiday-again\"\nform = \"tiles\"\ntitle_zh = \"假期游客\"\n\
                 title_en = \"Holiday visitors\"\nsummary_zh = \"假期游客。\"\n\
                 summary_en = \"Holiday visitors.\"\nrows = [[\"holiday-visitors\"]]\n";
    let charts = format!("{CHARTS_TOML}{extra}");
    let line = CHARTS_TOML.matches('\n').count() + 2;
    let errors = match load_texts(ARTICLE_TXT, FIGURES_TOML, &charts, NOT_STATISTICS_TOML) {
        Ok(_) => panic!("a chart no wide screen would show was accepted"),
        Err(e) => e.0,
    };
    let named: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        named.iter().any(|e| e.starts_with(&format!(
            "content/charts.toml:{line}: chart `holiday-again`: stands by the same paragraph"
        )) && e.contains("as chart `holiday`")),
        "{named:#?}"
    );
}

#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn a_broken_id_is_one_problem_not_one_per_reference() {
    let charts = CHARTS_TOML.replacen("id = \"holiday\"", "id = \"Holiday\"", 1);
    assert_ne!(charts, CHARTS_TOML, "the edit applies");
    let errors = match load_texts(ARTICLE_TXT, FIGURES_TOML, &charts, NOT_STATISTICS_TOML) {
        Ok(_) => panic!("an id against the rule was accepted"),
        Err(e) => e.0,
    };
    let named: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(named.len(), 1, "{named:#?}");
    assert!(
        named[0].contains("chart `Holiday`: id must be") && named[0].contains("not listed"),
        "{named:#?}"
    );
}
