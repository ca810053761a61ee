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

/// A value in base units with its unit, as an English reader writes it: `2,304,700 visits`,
/// `2.353 billion yuan`, `76 million yuan`, `80.52%`.
pub fn english_value(value: f64, unit: &str, unit_en: &str) -> String {
    let number = if unit == "元" && value >= 1e9 {
        format!("{} billion", grouped_to(value / 1e9, 3))
    } else if unit == "元" && value >= 1e6 {
        format!("{} million", grouped_to(value / 1e6, 3))
    } else {
        grouped(value)
    };
    match unit_en {
        "" => number,
        "%" => format!("{number}%"),
        unit if value == 1.0 => format!("{number} {}", singular(unit)),
        unit => format!("{number} {unit}"),
    }
}

/// One of an English plural unit: `companies` → `company`, `people` → `person`.
fn singular(unit: &str) -> String {
    match unit {
        "people" => "person".into(),
        u if u.ends_with("ies") => format!("{}y", &u[..u.len() - 3]),
        u => u.strip_suffix('s').unwrap_or(u).into(),
    }
}

/// A figure as the interface writes it: in Chinese exactly as the article does; in English
/// from its value (`2,304,700 visits`, `at least 80%`, `2–3 people`), its rank (`No. 1 in
/// Hunan`, `Top 30 nationally`) or, for a claim without a number, its English label.
pub fn figure_text(figure: &Figure, lang: Lang) -> String {
    if lang == Lang::Zh {
        return figure.text.to_string();
    }
    let scope = if figure.text.contains("全省") {
        " in Hunan"
    } else {
        " nationally"
    };
    if let Some((best, worst)) = figure.rank {
        return if best == worst {
            format!("No. {best}{scope}")
        } else {
            format!("Top {worst}{scope}")
        };
    }
    if figure.kind == Kind::Claim {
        if let Some(roman) = figure
            .text
            .chars()
            .find(|c| ('\u{2160}'..='\u{216B}').contains(c))
        {
            return format!("Class {roman}");
        }
    }
    let Some(value) = figure.value else {
        return figure.label_en.to_string();
    };
    let written = english_value(value, figure.unit, figure.unit_en);
    match (figure.bound, figure.value_max) {
        (Bound::Range, Some(max)) => {
            let high = english_value(max, figure.unit, figure.unit_en);
            format!("{}–{high}", grouped(value))
        }
        // 多, 余, 超过 say "more than"; 以上 and 登上…台阶 say "at least".
        (Bound::AtLeast, _) if figure.text.contains(['多', '余']) => {
            format!("more than {written}")
        }
        (Bound::AtLeast, _) => format!("at least {written}"),
        (Bound::MoreThan, _) => format!("more than {written}"),
        (Bound::AtMost, _) => format!("at most {written}"),
        (Bound::LessThan, _) => format!("less than {written}"),
        (Bound::Approximate, _) => format!("about {written}"),
        _ => written,
    }
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

/// The figure's value as a Chinese reader checks it, with its bound made explicit:
/// `230.47万人次`, `1540.04亿元`, `≥80%`, `2—3名`. `None` for ranks and claims without a
/// number.
pub fn chinese_value(figure: &Figure) -> Option<String> {
    let value = figure.value?;
    let unit = figure.unit;
    Some(match (figure.bound, figure.value_max) {
        (Bound::Range, Some(max)) => format!("{}—{}{unit}", short_zh(value), short_zh(max)),
        (Bound::AtLeast, _) => format!("≥{}{unit}", short_zh(value)),
        (Bound::MoreThan, _) => format!(">{}{unit}", short_zh(value)),
        (Bound::AtMost, _) => format!("≤{}{unit}", short_zh(value)),
        (Bound::LessThan, _) => format!("<{}{unit}", short_zh(value)),
        (Bound::Approximate, _) => format!("≈{}{unit}", short_zh(value)),
        _ => format!("{}{unit}", short_zh(value)),
    })
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
    fn one_of_a_unit_is_singular() {
        assert_eq!(english_value(1.0, "家", "companies"), "1 company");
        assert_eq!(english_value(1.0, "名", "people"), "1 person");
        assert_eq!(english_value(1.0, "年", "years"), "1 year");
        assert_eq!(english_value(2.0, "家", "companies"), "2 companies");
        assert_eq!(english_value(1.0, "元", "yuan"), "1 yuan");
    }

    #[test]
    fn english_figures_read_as_an_english_reader_writes_them() {
        let by_id = |id: &str| ARTICLE.figure(id).unwrap_or_else(|| panic!("{id}")).1;
        let en = |id: &str| figure_text(by_id(id), Lang::En);
        assert_eq!(en("holiday-visitors"), "2,304,700 visits");
        assert_eq!(en("holiday-tourism-revenue"), "2.353 billion yuan");
        assert_eq!(en("investment-total"), "154.004 billion yuan");
        assert_eq!(en("fubang-output"), "76 million yuan");
        assert_eq!(en("holiday-visitors-growth"), "80.52%");
        assert_eq!(en("urban-good-air-rate"), "at least 80%");
        assert_eq!(en("grid-members-per-township"), "2–3 people");
        assert_eq!(en("water-improvement-rank"), "No. 1 in Hunan");
        assert_eq!(en("national-water-top30"), "Top 30 nationally");
        assert_eq!(en("holiday-province-rank"), "Top 3 in Hunan");
        assert_eq!(en("xiangjiang-water-class"), "Class Ⅱ");
        assert_eq!(
            figure_text(by_id("holiday-visitors"), Lang::Zh),
            "230.47万人次"
        );
        for f in ARTICLE.figures {
            let text = figure_text(f, Lang::En);
            assert!(!has_cjk(&text), "{}: {text}", f.id);
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

    #[test]
    fn chinese_value_shows_bounds_and_ranges_without_western_grouping() {
        let by_text = |text: &str| {
            ARTICLE
                .figures
                .iter()
                .find(|f| f.text == text)
                .unwrap_or_else(|| panic!("a figure reads {text}"))
        };
        assert_eq!(
            chinese_value(by_text("230.47万人次")).as_deref(),
            Some("230.47万人次")
        );
        assert_eq!(
            chinese_value(by_text("1540.04亿元")).as_deref(),
            Some("1540.04亿元")
        );
        assert_eq!(chinese_value(by_text("2—3名")).as_deref(), Some("2—3名"));
        assert_eq!(chinese_value(by_text("80%以上")).as_deref(), Some("≥80%"));
        assert_eq!(chinese_value(by_text("160多名")).as_deref(), Some(">160名"));
        assert_eq!(chinese_value(by_text("全省前三")), None);
        let mut about = by_text("160多名").clone();
        about.bound = Bound::Approximate;
        assert_eq!(chinese_value(&about).as_deref(), Some("≈160名"));
        assert_eq!(figure_text(&about, Lang::En), "about 160 people");
        about.bound = Bound::LessThan;
        assert_eq!(chinese_value(&about).as_deref(), Some("<160名"));
        assert_eq!(figure_text(&about, Lang::En), "less than 160 people");
        for f in ARTICLE.figures {
            let written = chinese_value(f).unwrap_or_default();
            assert!(!written.contains(','), "{}: {written}", f.id);
        }
    }
}
