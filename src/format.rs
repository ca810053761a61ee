//! How numbers are written for readers. Integer arithmetic only: formatting an `f64` with
//! `Display` would pull several kilobytes of float printing into the WASM bundle.

use crate::i18n::Lang;
use crate::model::{Bound, Chart, Figure, Kind};

/// `2304700` → `2,304,700`; `80.52` → `80.52`; `99.6` → `99.6` (at most two decimals).
pub fn grouped(value: f64) -> String {
    grouped_to(value, 2)
}

/// As [`grouped`], with at most `places` decimals (trailing zeros dropped).
pub fn grouped_to(value: f64, places: u32) -> String {
    let scale = 10u64.pow(places);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let (whole, frac) = (scaled / scale, scaled % scale);
    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() + 8);
    if value < 0.0 && scaled > 0 {
        out.push('-');
    }
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    if frac != 0 {
        let decimals = format!("{frac:0width$}", width = places as usize);
        out.push('.');
        out.push_str(decimals.trim_end_matches('0'));
    }
    out
}

/// Whether `text` holds any Chinese character (CJK Unified Ideographs): how the tests tell
/// an English interface from a Chinese one.
pub fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// What a figure measures, in the interface's language.
pub fn label(figure: &Figure, lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => figure.label_zh,
        Lang::En => figure.label_en,
    }
}

/// A chart's words in the interface's language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartWords {
    pub title: &'static str,
    /// What the chart shows, in a sentence: its accessible description.
    pub summary: &'static str,
    /// The formula of every value it derives.
    pub note: Option<&'static str>,
}

/// A chart's title, summary and note in the interface's language.
pub fn chart_words(chart: &Chart, lang: Lang) -> ChartWords {
    match lang {
        Lang::Zh => ChartWords {
            title: chart.title_zh,
            summary: chart.summary_zh,
            note: chart.note_zh,
        },
        Lang::En => ChartWords {
            title: chart.title_en,
            summary: chart.summary_en,
            note: chart.note_en,
        },
    }
}

/// A number as an English wire style writes it (AP): figures with thousands separators below
/// a million, `2.3 million` / `154 billion` / `126.06 trillion` from a million up, never more
/// than two decimals.
pub fn english_number(value: f64) -> String {
    match value.abs() {
        v if v >= 1e12 => format!("{} trillion", grouped_to(value / 1e12, 2)),
        v if v >= 1e9 => format!("{} billion", grouped_to(value / 1e9, 2)),
        v if v >= 1e6 => format!("{} million", grouped_to(value / 1e6, 2)),
        _ => grouped(value),
    }
}

/// A count in running English prose: one to nine spelled out, figures from 10.
pub fn prose_count(n: usize) -> String {
    const WORDS: [&str; 9] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    match n {
        1..=9 => WORDS[n - 1].to_string(),
        _ => grouped(n as f64),
    }
}

/// A value in base units with the figure's English noun (`unit_en`, plural in the content),
/// as an English reader writes it: `2.3 million visits`, `2.35 billion yuan`, `1 company`,
/// `80.52%`. An empty noun leaves the number alone: the label says what it counts.
pub fn english_value(value: f64, unit_en: &str) -> String {
    let number = english_number(value);
    match unit_en {
        "" => number,
        "%" => format!("{number}%"),
        unit if value == 1.0 => format!("{number} {}", singular(unit)),
        unit => format!("{number} {unit}"),
    }
}

/// One of an English plural noun, on its last word: `companies` → `company`, `people` →
/// `person`, `group birthday parties` → `group birthday party`; `yuan` stays.
fn singular(unit: &str) -> String {
    let (head, last) = unit.rsplit_once(' ').map_or(("", unit), |(h, l)| (h, l));
    let one = match last {
        "people" => "person".to_string(),
        "yuan" => "yuan".to_string(),
        l if l.ends_with("ies") => format!("{}y", &l[..l.len() - 3]),
        l if l.ends_with("ches") || l.ends_with("shes") || l.ends_with("sses") => {
            l[..l.len() - 2].to_string()
        }
        l => l.strip_suffix('s').unwrap_or(l).to_string(),
    };
    match head {
        "" => one,
        head => format!("{head} {one}"),
    }
}

/// A figure inside a formula, where precision is the point: as [`figure_text`] when that
/// loses nothing (`2.5 billion yuan`, `80.52%`), else every digit (`2,304,700 visits`, not
/// `2.3 million visits`, from which the result would not follow).
pub fn formula_text(figure: &Figure, lang: Lang) -> String {
    let shown = figure_text(figure, lang);
    match (lang, figure.value, figure.bound) {
        (Lang::En, Some(value), Bound::Exact) if figure.rank.is_none() => {
            let scale = [1e12, 1e9, 1e6]
                .into_iter()
                .find(|s| value.abs() >= *s)
                .unwrap_or(1e6);
            let hundredths = value / scale * 100.0;
            let rounded = value.abs() >= 1e6 && (hundredths - hundredths.round()).abs() > 1e-6;
            if rounded {
                let noun = english_value(2.0, figure.unit_en);
                let noun = noun.trim_start_matches('2');
                format!("{}{noun}", grouped(value))
            } else {
                shown
            }
        }
        _ => shown,
    }
}

/// Whether the article words a lower bound as "more than" (多, 余, 超) rather than "at least"
/// (以上, 登上…台阶).
fn says_more_than(text: &str) -> bool {
    text.contains(['多', '余', '超'])
}

/// A bounded value in English words: `more than 160 people`, `at least 30 billion yuan`,
/// `2–3 grid members`. `low` and `high` are the values written with their noun; `text` is the
/// figure as the article writes it. One arm per [`Bound`]: a new bound (about, at most…) adds
/// its words here and in [`bounded_zh`], nowhere else.
pub fn bounded_en(bound: Bound, text: &str, low: &str, high: Option<&str>) -> String {
    match (bound, high) {
        (Bound::Exact, _) => low.to_string(),
        (Bound::AtLeast, _) if says_more_than(text) => format!("more than {low}"),
        (Bound::AtLeast, _) => format!("at least {low}"),
        (Bound::MoreThan, _) => format!("more than {low}"),
        (Bound::AtMost, _) => format!("at most {low}"),
        (Bound::LessThan, _) => format!("less than {low}"),
        (Bound::Approximate, _) if text.contains('近') => format!("nearly {low}"),
        (Bound::Approximate, _) => format!("about {low}"),
        (Bound::Range, Some(high)) => {
            // `2–3 people`, not `2 people–3 people`: the noun once, after the range.
            let number = low.split(' ').next().unwrap_or(low);
            format!("{number}–{high}")
        }
        (Bound::Range, None) => low.to_string(),
    }
}

/// A bounded value in Chinese, in the article's own words (GB/T 15835-2011: Arabic numerals
/// for counts, the bound as a word, never ≥ or ≤): `160多名`, `300亿元以上`, `80%以上`,
/// `2—3名`. `number` and `high` without the unit. One arm per [`Bound`], as [`bounded_en`].
pub fn bounded_zh(
    bound: Bound,
    text: &str,
    number: &str,
    high: Option<&str>,
    unit: &str,
) -> String {
    match (bound, high) {
        (Bound::Exact, _) | (Bound::Range, None) => format!("{number}{unit}"),
        (Bound::AtLeast, _) if text.contains('多') => format!("{number}多{unit}"),
        (Bound::AtLeast, _) if text.contains('余') => format!("{number}余{unit}"),
        (Bound::AtLeast, _) => format!("{number}{unit}以上"),
        (Bound::MoreThan, _) if text.contains('多') => format!("{number}多{unit}"),
        (Bound::MoreThan, _) if text.contains('余') => format!("{number}余{unit}"),
        (Bound::MoreThan, _) if text.contains('逾') => format!("逾{number}{unit}"),
        (Bound::MoreThan, _) => format!("超过{number}{unit}"),
        (Bound::AtMost, _) if text.contains("以内") => format!("{number}{unit}以内"),
        (Bound::AtMost, _) if text.contains("以下") => format!("{number}{unit}以下"),
        (Bound::AtMost, _) => format!("不超过{number}{unit}"),
        (Bound::LessThan, _) if text.contains("不到") => format!("不到{number}{unit}"),
        (Bound::LessThan, _) => format!("不足{number}{unit}"),
        (Bound::Approximate, _) if text.contains('近') => format!("近{number}{unit}"),
        (Bound::Approximate, _) if text.contains("左右") => format!("{number}{unit}左右"),
        (Bound::Approximate, _) => format!("约{number}{unit}"),
        (Bound::Range, Some(high)) => format!("{number}—{high}{unit}"),
    }
}

/// A figure as the interface writes it: in Chinese exactly as the article does; in English
/// from its value (`2.3 million visits`, `at least 80%`, `2–3 grid members`), its rank (`No. 1`,
/// `Top 30`: the label says where) or, for a claim without a number, its English label.
pub fn figure_text(figure: &Figure, lang: Lang) -> String {
    if lang == Lang::Zh {
        return figure.text.to_string();
    }
    // Where the rank holds (in a province, a country, the world) is the label's to say:
    // `Water quality improvement, rank in Hunan`. Code knows no place.
    if let Some((best, worst)) = figure.rank {
        return if best == worst {
            format!("No. {best}")
        } else {
            format!("Top {worst}")
        };
    }
    if figure.kind == Kind::Claim {
        if let Some(roman) = figure.text.chars().find_map(roman_class) {
            return format!("Class {roman}");
        }
    }
    let Some(value) = figure.value else {
        return figure.label_en.to_string();
    };
    let low = english_value(value, figure.unit_en);
    let high = figure
        .value_max
        .map(|max| english_value(max, figure.unit_en));
    bounded_en(figure.bound, figure.text, &low, high.as_deref())
}

/// A Roman numeral character (`Ⅱ`, as Chinese water classes are written) in Latin letters.
fn roman_class(c: char) -> Option<&'static str> {
    const LATIN: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    let i = (c as u32).checked_sub(0x2160)? as usize;
    LATIN.get(i).copied()
}

/// A figure as a chart writes it: [`figure_text`], with a lower bound that the article words
/// without a qualifier (`登上300亿元台阶`) written as one: `300亿元以上`.
pub fn chart_text(figure: &Figure, lang: Lang) -> String {
    let text = figure_text(figure, lang);
    let qualified = text.contains(['以', '多', '余', '超']);
    if lang == Lang::Zh && figure.bound.is_lower() && !qualified {
        (lang.ui().or_more)(&text)
    } else {
        text
    }
}

/// A value as Chinese readers write it, in 万 or 亿 with at most two decimals and no
/// thousands separators: `1_276_700.0` → `127.67万`; `154_004_000_000.0` → `1540.04亿`;
/// `1551.0` → `1551`.
pub fn short_zh(value: f64) -> String {
    let plain = |v: f64| grouped(v).replace(',', "");
    if value.abs() >= 1e8 {
        format!("{}亿", plain(value / 1e8))
    } else if value.abs() >= 1e4 {
        format!("{}万", plain(value / 1e4))
    } else {
        plain(value)
    }
}

/// A share as a percentage with one decimal: `0.0833` → `8.3%`.
pub fn percent(share: f64) -> String {
    format!("{}%", grouped((share * 1000.0).round() / 10.0))
}

/// The figure's value as a Chinese reader checks it, in the article's words for its bound
/// and 万/亿 for a long number: `230.47万人次`, `1540.04亿元`, `80%以上`, `160多名`, `2—3名`.
/// `None` for ranks and claims (`Ⅱ类`, `提前三年` are best read as the article writes them).
pub fn chinese_value(figure: &Figure) -> Option<String> {
    let value = figure.value?;
    if figure.kind == Kind::Claim {
        return None;
    }
    let high = figure.value_max.map(short_zh);
    Some(bounded_zh(
        figure.bound,
        figure.text,
        &short_zh(value),
        high.as_deref(),
        figure.unit,
    ))
}

/// What a Chinese quote card adds beside the quote: only a long number put in 万/亿 (the
/// article's `2304700人次` as `230.47万人次`); otherwise the article's own words say it best.
pub fn chinese_card_value(figure: &Figure) -> Option<String> {
    let longest_digits = figure
        .text
        .split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    chinese_value(figure).filter(|v| longest_digits >= 5 && v != figure.text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::ARTICLE;

    #[test]
    fn groups_thousands_and_keeps_significant_decimals() {
        assert_eq!(grouped(2_304_700.0), "2,304,700");
        assert_eq!(grouped(154_004_000_000.0), "154,004,000,000");
        assert_eq!(grouped(80.52), "80.52");
        assert_eq!(grouped(99.6), "99.6");
        assert_eq!(grouped(999.0), "999");
        assert_eq!(grouped(1000.0), "1,000");
        assert_eq!(grouped(0.0), "0");
    }

    #[test]
    fn one_of_a_noun_is_singular_on_its_last_word() {
        assert_eq!(english_value(1.0, "companies"), "1 company");
        assert_eq!(english_value(1.0, "people"), "1 person");
        assert_eq!(english_value(1.0, "grid chiefs"), "1 grid chief");
        assert_eq!(
            english_value(1.0, "group birthday parties"),
            "1 group birthday party"
        );
        assert_eq!(english_value(1.0, "yuan"), "1 yuan");
        assert_eq!(english_value(1.0, "dispatches"), "1 dispatch");
        assert_eq!(english_value(2.0, "companies"), "2 companies");
        assert_eq!(english_value(5.0, ""), "5");
    }

    #[test]
    fn wire_style_millions_and_billions_have_at_most_two_decimals() {
        assert_eq!(english_number(2_304_700.0), "2.3 million");
        assert_eq!(english_number(2_353_000_000.0), "2.35 billion");
        assert_eq!(english_number(154_004_000_000.0), "154 billion");
        assert_eq!(english_number(1_276_700.0), "1.28 million");
        assert_eq!(english_number(999_999.0), "999,999");
        assert_eq!(english_number(126_058_200_000_000.0), "126.06 trillion");
        assert_eq!(english_number(1_300_000_000_000.0), "1.3 trillion");
        assert_eq!(english_value(76_000_000.0, "yuan"), "76 million yuan");
        assert_eq!(prose_count(9), "nine");
        assert_eq!(prose_count(1), "one");
        assert_eq!(prose_count(10), "10");
        assert_eq!(prose_count(1551), "1,551");
    }

    #[test]
    fn formulas_keep_every_digit_the_wire_style_rounds_away() {
        // Made from any article's first figure: this test knows no article.
        let figure = |text, value, unit_en| Figure {
            text,
            value: Some(value),
            value_max: None,
            bound: Bound::Exact,
            kind: Kind::Count,
            rank: None,
            unit_en,
            ..ARTICLE.figures[0].clone()
        };
        let visits = figure("230.47万人次", 2_304_700.0, "visits");
        assert_eq!(figure_text(&visits, Lang::En), "2.3 million visits");
        assert_eq!(formula_text(&visits, Lang::En), "2,304,700 visits");
        assert_eq!(formula_text(&visits, Lang::Zh), "230.47万人次");
        let revenue = figure("25亿元", 2_500_000_000.0, "yuan");
        assert_eq!(formula_text(&revenue, Lang::En), "2.5 billion yuan");
        let tasks = figure("1215项", 1215.0, "tasks");
        assert_eq!(formula_text(&tasks, Lang::En), "1,215 tasks");
        let share = figure("80.52%", 80.52, "%");
        assert_eq!(formula_text(&share, Lang::En), "80.52%");
    }

    #[test]
    fn bounds_are_words_in_both_languages() {
        assert_eq!(
            bounded_en(Bound::AtLeast, "160多名", "160 people", None),
            "more than 160 people"
        );
        assert_eq!(
            bounded_en(Bound::AtLeast, "300亿元", "30 billion yuan", None),
            "at least 30 billion yuan"
        );
        assert_eq!(
            bounded_en(Bound::AtLeast, "80%以上", "80%", None),
            "at least 80%"
        );
        assert_eq!(
            bounded_en(Bound::Range, "2—3名", "2 people", Some("3 people")),
            "2–3 people"
        );
        assert_eq!(
            bounded_en(Bound::Exact, "89次", "89 meetings", None),
            "89 meetings"
        );
        assert_eq!(
            bounded_zh(Bound::AtLeast, "160多名", "160", None, "名"),
            "160多名"
        );
        assert_eq!(
            bounded_zh(Bound::AtLeast, "300亿元", "300亿", None, "元"),
            "300亿元以上"
        );
        assert_eq!(
            bounded_zh(Bound::AtLeast, "80%以上", "80", None, "%"),
            "80%以上"
        );
        assert_eq!(
            bounded_zh(Bound::Range, "2—3名", "2", Some("3"), "名"),
            "2—3名"
        );
        for bound in [Bound::Exact, Bound::AtLeast, Bound::Range] {
            let zh = bounded_zh(bound, "", "5", Some("6"), "项");
            assert!(!zh.contains(['≥', '≤']), "{zh}");
        }
    }

    #[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
    #[test]
    fn english_figures_read_as_an_english_reader_writes_them() {
        let by_id = |id: &str| ARTICLE.figure(id).unwrap_or_else(|| panic!("{id}")).1;
        let en = |id: &str| figure_text(by_id(id), Lang::En);
        assert_eq!(en("holiday-visitors"), "2.3 million visits");
        assert_eq!(en("holiday-tourism-revenue"), "2.35 billion yuan");
        assert_eq!(en("investment-total"), "154 billion yuan");
        assert_eq!(en("fubang-output"), "76 million yuan");
        assert_eq!(en("holiday-visitors-growth"), "80.52%");
        assert_eq!(en("urban-good-air-rate"), "at least 80%");
        assert_eq!(en("care-people-served"), "more than 160 people");
        assert_eq!(en("zhengxiang-gdp"), "at least 30 billion yuan");
        assert_eq!(en("weekend-clinic-days"), "1,551 sessions");
        assert_eq!(en("birthday-party-editions"), "5 group birthday parties");
        assert_eq!(en("water-improvement-rank"), "No. 1");
        assert_eq!(en("national-water-top30"), "Top 30");
        assert_eq!(en("holiday-province-rank"), "Top 3");
        assert_eq!(en("xiangjiang-water-class"), "Class II");
        assert_eq!(
            figure_text(by_id("holiday-visitors"), Lang::Zh),
            "230.47万人次"
        );
        for f in ARTICLE.figures {
            let text = figure_text(f, Lang::En);
            assert!(!has_cjk(&text), "{}: {text}", f.id);
            assert!(
                !text.starts_with("1 ") || !text.ends_with('s'),
                "{}: {text}",
                f.id
            );
        }
    }

    #[test]
    fn short_zh_uses_wan_and_yi() {
        assert_eq!(short_zh(1_276_700.0), "127.67万");
        assert_eq!(short_zh(1_222_464_671.0), "12.22亿");
        assert_eq!(short_zh(154_004_000_000.0), "1540.04亿");
        assert_eq!(short_zh(1551.0), "1551");
        assert_eq!(short_zh(905.0), "905");
        assert_eq!(percent(25.0 / 300.0), "8.3%");
    }

    #[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
    #[test]
    fn chinese_values_keep_the_article_words_and_no_western_grouping() {
        let by_id = |id: &str| ARTICLE.figure(id).unwrap_or_else(|| panic!("{id}")).1;
        let zh = |id: &str| chinese_value(by_id(id));
        assert_eq!(zh("holiday-visitors").as_deref(), Some("230.47万人次"));
        assert_eq!(zh("investment-total").as_deref(), Some("1540.04亿元"));
        assert_eq!(zh("grid-members-per-township").as_deref(), Some("2—3名"));
        assert_eq!(zh("urban-good-air-rate").as_deref(), Some("80%以上"));
        assert_eq!(zh("care-people-served").as_deref(), Some("160多名"));
        assert_eq!(zh("zhengxiang-gdp").as_deref(), Some("300亿元以上"));
        assert_eq!(zh("holiday-province-rank"), None);
        assert_eq!(zh("xiangjiang-water-class"), None, "Ⅱ类, never 2类");
        assert_eq!(zh("nox-target-years-early"), None, "提前三年, never 3年");
        // The other bounds, in words, never as signs.
        let mut other = by_id("care-people-served").clone();
        for (bound, zh_words, en_words) in [
            (Bound::Approximate, "约160名", "about 160 people"),
            (Bound::LessThan, "不足160名", "less than 160 people"),
            (Bound::AtMost, "不超过160名", "at most 160 people"),
        ] {
            other.bound = bound;
            assert_eq!(chinese_value(&other).as_deref(), Some(zh_words));
            assert_eq!(figure_text(&other, Lang::En), en_words);
        }
        for f in ARTICLE.figures {
            let written = chinese_value(f).unwrap_or_default();
            assert!(!written.contains([',', '≥', '≤']), "{}: {written}", f.id);
            // The article's figures are all short: a Chinese card adds nothing to them.
            assert_eq!(chinese_card_value(f), None, "{}", f.id);
        }
        // A long number the article wrote out in full is worth putting in 万 beside it.
        let long = Figure {
            text: "2304700人次",
            ..by_id("holiday-visitors").clone()
        };
        assert_eq!(chinese_card_value(&long).as_deref(), Some("230.47万人次"));
    }
}
