//! Every numeral decided, every number in a chart's words sourced: the real content passes,
//! and each family of undecided numeral, each stale listing and each unsourced chart number
//! fails with its file, line and entry.

use super::tests::{
    assert_one_error, chart_line, charts_errors, load_texts, ARTICLE_TXT, CHARTS_TOML,
    FIGURES_TOML, NOT_STATISTICS_TOML,
};
use crate::NOT_STATISTICS;

/// The real article with `paragraph` inserted as a new line 7 (after the first paragraph), and
/// every error message the content then gives.
fn messages_with_paragraph(paragraph: &str) -> Vec<String> {
    let anchor = "雁城冬日暖阳，天空湛蓝如洗。\n";
    assert_eq!(
        ARTICLE_TXT.lines().nth(4),
        Some(anchor.trim_end()),
        "line 5 is the anchor"
    );
    let article = ARTICLE_TXT.replacen(anchor, &format!("{anchor}\n{paragraph}\n"), 1);
    match load_texts(&article, FIGURES_TOML, CHARTS_TOML, NOT_STATISTICS_TOML) {
        Ok(_) => panic!("an undecided numeral was accepted in «{paragraph}»"),
        Err(e) => e.0.iter().map(ToString::to_string).collect(),
    }
}

fn assert_undecided(paragraph: &str, expected: &[&str]) {
    let messages = messages_with_paragraph(paragraph);
    assert_eq!(messages, expected, "for «{paragraph}»");
}

#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn real_content_decides_every_numeral() {
    let loaded = load_texts(ARTICLE_TXT, FIGURES_TOML, CHARTS_TOML, NOT_STATISTICS_TOML);
    assert!(
        loaded.is_ok(),
        "{}",
        loaded.err().unwrap_or_else(|| unreachable!())
    );
    assert!(NOT_STATISTICS.len() >= 50, "the list is published whole");
    assert!(NOT_STATISTICS.iter().all(|n| !n.reason.is_empty()));
}

#[test]
fn undecided_arabic_digits_fail() {
    assert_undecided(
        "全市新建公园12座。",
        &[
            r#"content/article.txt:7: "全市新建公园12座。": numeral 12 is neither a figure nor listed as not a statistic"#,
        ],
    );
    assert_undecided(
        "全市新建口袋公园共计1552.5万平方米，覆盖各区。",
        &[
            r#"content/article.txt:7: "…口袋公园共计1552.5万平方米，覆盖…": numeral 1552.5万 is neither a figure nor listed as not a statistic"#,
        ],
    );
}

#[test]
fn undecided_chinese_numerals_fail() {
    assert_undecided(
        "又有三座公园开园。",
        &[
            r#"content/article.txt:7: "又有三座公园开园。": numeral 三 is neither a figure nor listed as not a statistic"#,
        ],
    );
    assert_undecided(
        "两座桥，百余名志愿者。",
        &[
            r#"content/article.txt:7: "两座桥，百余名…": numeral 两 is neither a figure nor listed as not a statistic"#,
            r#"content/article.txt:7: "两座桥，百余名志愿者。": numeral 百 is neither a figure nor listed as not a statistic"#,
        ],
    );
}

#[test]
fn undecided_ordinals_and_top_n_fail() {
    assert_undecided(
        "该区空气质量排名全省前五，连续第二年进位。",
        &[
            r#"content/article.txt:7: "…质量排名全省前五，连续第二年…": numeral 前五 is neither a figure nor listed as not a statistic"#,
            r#"content/article.txt:7: "…省前五，连续第二年进位。": numeral 第二 is neither a figure nor listed as not a statistic"#,
        ],
    );
}

#[test]
fn undecided_roman_numerals_and_first_claims_fail() {
    assert_undecided(
        "耒水水质达到Ⅲ类，全市首批。",
        &[
            r#"content/article.txt:7: "耒水水质达到Ⅲ类，全市首批…": numeral Ⅲ is neither a figure nor listed as not a statistic"#,
            r#"content/article.txt:7: "…到Ⅲ类，全市首批。": numeral 首批 is neither a figure nor listed as not a statistic"#,
        ],
    );
}

#[test]
fn undecided_numerals_in_captions_fail_too() {
    let article = ARTICLE_TXT.replacen(
        "@photo 干净整洁的湘江风光带。",
        "@photo 干净整洁的湘江风光带，长8公里。",
        1,
    );
    assert_ne!(article, ARTICLE_TXT);
    let errors = match load_texts(&article, FIGURES_TOML, CHARTS_TOML, NOT_STATISTICS_TOML) {
        Ok(_) => panic!("an undecided numeral in a caption was accepted"),
        Err(e) => e.0,
    };
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].entry, "\"…江风光带，长8公里。\"");
    assert_eq!(errors[0].line, 29);
}

fn list_errors(list: &str) -> Vec<super::source::ContentError> {
    match load_texts(ARTICLE_TXT, FIGURES_TOML, CHARTS_TOML, list) {
        Ok(_) => panic!("a broken not-a-statistic list was accepted"),
        Err(e) => e.0,
    }
}

fn entry_line(numeral: &str, context: &str) -> usize {
    let at = NOT_STATISTICS_TOML
        .find(&format!("numeral = \"{numeral}\"\ncontext = \"{context}\""))
        .expect("entry is in not-statistics.toml");
    NOT_STATISTICS_TOML[..at]
        .rfind("[[numeral]]")
        .map_or(1, |h| NOT_STATISTICS_TOML[..h].matches('\n').count() + 1)
}

#[test]
fn a_listing_that_decides_nothing_or_a_figure_is_caught() {
    // Context no longer in the article.
    let stale =
        NOT_STATISTICS_TOML.replacen("context = \"自2017年起\"", "context = \"自从2017年起\"", 1);
    assert_one_error(
        &list_errors(&stale),
        entry_line("2017", "自2017年起"),
        "numeral `2017`",
        "context is not in the article",
    );
    // A numeral a figure already holds (连续3年) cannot also be listed.
    let double = format!(
        "{NOT_STATISTICS_TOML}\n[[numeral]]\nnumeral = \"3\"\ncontext = \"连续3年达到\"\nreason = \"x\"\n"
    );
    let errors = list_errors(&double);
    assert!(
        errors
            .iter()
            .any(|e| e.file == "content/not-statistics.toml"
                && e.problem
                    .contains("inside figure `urban-air-standard-years`")),
        "{errors:#?}"
    );
    // A context found twice, and a listing without a reason.
    let twice = NOT_STATISTICS_TOML
        .replacen("context = \"长假后第一天\"", "context = \"第一\"", 1)
        .replacen("reason = \"a date: September\"", "reason = \" \"", 1);
    let errors = list_errors(&twice);
    assert!(
        errors.iter().any(|e| e.problem.contains("occurs 3 times")),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e.problem.contains("give a `reason`")),
        "{errors:#?}"
    );
    // And removing a listing leaves its numeral undecided, in the article's own line.
    let entry = "[[numeral]]\nnumeral = \"2017\"\ncontext = \"自2017年起\"\n";
    assert!(NOT_STATISTICS_TOML.contains(entry));
    let removed = NOT_STATISTICS_TOML.replacen(
        entry,
        "[[numeral]]\nnumeral = \"2017\"\ncontext = \"2017年起发起的全国性\"\n",
        1,
    );
    assert!(
        load_texts(ARTICLE_TXT, FIGURES_TOML, CHARTS_TOML, &removed).is_ok(),
        "a longer context decides it as well"
    );
    let gone = NOT_STATISTICS_TOML.replacen(
        entry,
        "[[numeral]]\nnumeral = \"二\"\ncontext = \"2024年二期达产\"\n",
        1,
    );
    let errors = list_errors(&gone);
    assert!(
        errors.iter().any(|e| e.to_string()
            == "content/article.txt:39: \"…和信息化部自2017年起发起的全…\": numeral 2017 is neither a figure nor listed as not a statistic"),
        "{errors:#?}"
    );
}

/// The chart-words error for `field` of chart `id` about `number`, if any.
fn assert_unsourced(charts: &str, id: &str, field: &str, number: &str) {
    assert_ne!(charts, CHARTS_TOML, "the edit applied");
    assert_one_error(
        &charts_errors(charts),
        chart_line(id),
        &format!("chart `{id}`"),
        &format!("{field}: {number} is neither a value of this chart's figures"),
    );
}

#[test]
fn a_chart_number_that_is_no_figure_fails_in_chinese_and_english() {
    let zh = CHARTS_TOML.replacen(
        "“周末生态环境会诊日”工作1551次",
        "“周末生态环境会诊日”工作1552次",
        1,
    );
    assert_unsourced(&zh, "governance", "summary_zh", "1552");
    let en = CHARTS_TOML.replacen(
        "the city has held 1,551 “weekend",
        "the city has held 1,552 “weekend",
        1,
    );
    assert_unsourced(&en, "governance", "summary_en", "1,552");
    let title = CHARTS_TOML.replacen("visitors and revenue surge", "visitors up 81%", 1);
    assert_unsourced(&title, "holiday", "title_en", "81");
    let words = CHARTS_TOML.replacen(
        "and it has held five group birthday parties",
        "and it has held six group birthday parties",
        1,
    );
    assert_unsourced(&words, "civic", "summary_en", "six");
    // A figure of another chart is not this chart's source.
    let elsewhere = CHARTS_TOML.replacen("研究议题330个", "研究议题330个、项目905个", 1);
    assert_unsourced(&elsewhere, "governance", "summary_zh", "905");
}

#[test]
fn a_note_number_needs_a_figure_or_its_formula() {
    let note = CHARTS_TOML.replacen(
        "今年数值 ÷（1 + 同比增幅）",
        "今年数值 ÷（1 + 同比增幅），约为128万人次",
        1,
    );
    assert_unsourced(&note, "holiday", "note_zh", "128万");
    let note_en = CHARTS_TOML.replacen(
        "this year's value ÷ (1 + year-on-year growth)",
        "this year's value ÷ (1 + year-on-year growth), about 1.28 million visits",
        1,
    );
    assert_unsourced(&note_en, "holiday", "note_en", "1.28 million");
}

#[test]
fn a_derived_value_passes_only_with_its_formula_in_the_note_and_marked_as_ours() {
    let summary = CHARTS_TOML.replacen(
        "跻身全国（339个地级市）前30强；",
        "跻身全国（339个地级市）前30强（约占8.8%）；",
        1,
    );
    assert_unsourced(&summary, "rankings", "summary_zh", "8.8");
    let note = |charts: &str, result: &str| {
        charts.replacen(
            "原文未给出改善幅度的数值。",
            &format!("前30强约占30 ÷ 339 ≈ {result}。"),
            1,
        )
    };
    // Sourced by the note's formula, but stated as if the article said it.
    let unmarked = charts_errors(&note(&summary, "8.8%"));
    let marked_errors: Vec<_> = unmarked
        .iter()
        .filter(|e| e.problem.contains("8.8 is a value we derive"))
        .map(|e| e.problem.split(':').next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(marked_errors, ["summary_zh", "note_zh"], "{unmarked:#?}");
    let marked = note(&summary, "8.8%（推算）").replacen("（约占8.8%）", "（推算约占8.8%）", 1);
    let loaded = load_texts(ARTICLE_TXT, FIGURES_TOML, &marked, NOT_STATISTICS_TOML);
    assert!(
        loaded.is_ok(),
        "{}",
        loaded.err().map(|e| e.to_string()).unwrap_or_default()
    );
    let wrong = note(&summary, "8.9%（推算）");
    assert_unsourced(&wrong, "rankings", "note_zh", "8.9");
    let en = CHARTS_TOML
        .replacen(
            "among the top 30 of the country's 339",
            "among the top 30 of the country's 339 (the top 8.8%, by our calculation)",
            1,
        )
        .replacen(
            "the dark part for the top 30;",
            "the dark part for the top 30, by our calculation 30 ÷ 339 ≈ 8.8% of them;",
            1,
        );
    let loaded = load_texts(ARTICLE_TXT, FIGURES_TOML, &en, NOT_STATISTICS_TOML);
    assert!(
        loaded.is_ok(),
        "{}",
        loaded.err().map(|e| e.to_string()).unwrap_or_default()
    );
}
