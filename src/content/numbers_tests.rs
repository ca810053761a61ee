//! The numeral reader on every form it reads. Expected values are written by hand from what a
//! Chinese reader understands, never copied from the reader's output.

use super::*;

fn value(text: &str) -> f64 {
    read(text)
        .unwrap_or_else(|| panic!("{text} has a number"))
        .value
}

fn numerals(text: &str) -> Vec<&str> {
    scan(text).into_iter().map(|n| n.text(text)).collect()
}

/// (text, value, value_max, bound, written)
type Row = (&'static str, f64, Option<f64>, Bound, Written);

const TABLE: &[Row] = &[
    // Arabic, grouped or not, decimals as printed.
    ("1100人", 1100.0, None, Bound::Exact, Written::Plain),
    ("1,100人", 1100.0, None, Bound::Exact, Written::Plain),
    (
        "1,234,567元",
        1_234_567.0,
        None,
        Bound::Exact,
        Written::Plain,
    ),
    (
        "1009.10万元",
        10_091_000.0,
        None,
        Bound::Exact,
        Written::Plain,
    ),
    ("1009.10吨", 1009.1, None, Bound::Exact, Written::Plain),
    ("１２项", 12.0, None, Bound::Exact, Written::Plain),
    (
        "230.47万人次",
        2_304_700.0,
        None,
        Bound::Exact,
        Written::Plain,
    ),
    (
        "1540.04亿元",
        154_004_000_000.0,
        None,
        Bound::Exact,
        Written::Plain,
    ),
    (
        "2601.57亿元",
        260_157_000_000.0,
        None,
        Bound::Exact,
        Written::Plain,
    ),
    ("0.1万", 1000.0, None, Bound::Exact, Written::Plain),
    // Chinese numerals and compounds.
    ("三百六十五天", 365.0, None, Bound::Exact, Written::Plain),
    ("一万二千人", 12_000.0, None, Bound::Exact, Written::Plain),
    ("两家", 2.0, None, Bound::Exact, Written::Plain),
    (
        "两千亿元",
        200_000_000_000.0,
        None,
        Bound::Exact,
        Written::Plain,
    ),
    ("十五", 15.0, None, Bound::Exact, Written::Plain),
    ("二十", 20.0, None, Bound::Exact, Written::Plain),
    ("一百零五名", 105.0, None, Bound::Exact, Written::Plain),
    ("一千零二十四", 1024.0, None, Bound::Exact, Written::Plain),
    ("二〇二三年", 2023.0, None, Bound::Exact, Written::Plain),
    ("三点五万", 35_000.0, None, Bound::Exact, Written::Plain),
    (
        "一亿二千万",
        120_000_000.0,
        None,
        Bound::Exact,
        Written::Plain,
    ),
    (
        "百亿元级",
        10_000_000_000.0,
        None,
        Bound::Exact,
        Written::Plain,
    ),
    // Mixed Arabic and Chinese.
    ("33.5万人", 335_000.0, None, Bound::Exact, Written::Plain),
    (
        "1,100万元",
        11_000_000.0,
        None,
        Bound::Exact,
        Written::Plain,
    ),
    ("5万3", 53_000.0, None, Bound::Exact, Written::Plain),
    ("一万二", 12_000.0, None, Bound::Exact, Written::Plain),
    ("三千五", 3_500.0, None, Bound::Exact, Written::Plain),
    (
        "126万亿元",
        126_000_000_000_000.0,
        None,
        Bound::Exact,
        Written::Plain,
    ),
    (
        "1.3万亿斤",
        1_300_000_000_000.0,
        None,
        Bound::Exact,
        Written::Plain,
    ),
    // Shares and multiples.
    ("80.52%", 80.52, None, Bound::Exact, Written::Percent),
    ("百分之八十", 80.0, None, Bound::Exact, Written::Percent),
    ("百分之十二点五", 12.5, None, Bound::Exact, Written::Percent),
    ("三成", 30.0, None, Bound::Exact, Written::Percent),
    ("2.4倍", 2.4, None, Bound::Exact, Written::Times),
    ("实现翻番", 2.0, None, Bound::Exact, Written::Times),
    ("翻了一番", 2.0, None, Bound::Exact, Written::Times),
    ("翻两番", 4.0, None, Bound::Exact, Written::Times),
    // Ranges.
    ("2—3名", 2.0, Some(3.0), Bound::Range, Written::Plain),
    ("2-3", 2.0, Some(3.0), Bound::Range, Written::Plain),
    ("3至5年", 3.0, Some(5.0), Bound::Range, Written::Plain),
    // A dash to a smaller number is no range: `百分之八十—一饮一食` is 80% and words.
    ("百分之八十—一", 80.0, None, Bound::Exact, Written::Percent),
    ("5-3", 5.0, None, Bound::Exact, Written::Plain),
    // Arabic digits never continue a Chinese numeral.
    ("八十5万", 80.0, None, Bound::Exact, Written::Plain),
    (
        "2—3万元",
        20_000.0,
        Some(30_000.0),
        Bound::Range,
        Written::Plain,
    ),
    // Ranks.
    ("第3", 3.0, None, Bound::Exact, Written::Place),
    ("全省第一", 1.0, None, Bound::Exact, Written::Place),
    ("全省第二", 2.0, None, Bound::Exact, Written::Place),
    ("前30强", 30.0, None, Bound::Exact, Written::Top),
    ("全省前三", 3.0, None, Bound::Exact, Written::Top),
    ("提前三年", 3.0, None, Bound::Exact, Written::Plain),
    ("Ⅱ类", 2.0, None, Bound::Exact, Written::Plain),
    // Bounds from the words around the number.
    ("30余个", 30.0, None, Bound::MoreThan, Written::Plain),
    ("160多名", 160.0, None, Bound::MoreThan, Written::Plain),
    ("两年多", 2.0, None, Bound::MoreThan, Written::Plain),
    ("80%以上", 80.0, None, Bound::AtLeast, Written::Percent),
    (
        "5000万元以上",
        50_000_000.0,
        None,
        Bound::AtLeast,
        Written::Plain,
    ),
    ("超过三成", 30.0, None, Bound::MoreThan, Written::Percent),
    ("逾千家", 1000.0, None, Bound::MoreThan, Written::Plain),
    (
        "突破50亿元",
        5_000_000_000.0,
        None,
        Bound::MoreThan,
        Written::Plain,
    ),
    ("Ⅲ类以上", 3.0, None, Bound::AtLeast, Written::Plain),
    (
        "超100亿元",
        10_000_000_000.0,
        None,
        Bound::MoreThan,
        Written::Plain,
    ),
    ("近七成", 70.0, None, Bound::Approximate, Written::Percent),
    ("约2.4倍", 2.4, None, Bound::Approximate, Written::Times),
    ("500人左右", 500.0, None, Bound::Approximate, Written::Plain),
    ("不足5%", 5.0, None, Bound::LessThan, Written::Percent),
    ("3公里以内", 3.0, None, Bound::AtMost, Written::Plain),
    ("不超过10天", 10.0, None, Bound::AtMost, Written::Plain),
    ("至少两次", 2.0, None, Bound::AtLeast, Written::Plain),
    // 近 before a period is "the past", not "nearly".
    ("近三年来", 3.0, None, Bound::Exact, Written::Plain),
    ("近5年", 5.0, None, Bound::Exact, Written::Plain),
];

#[test]
fn reads_every_form_of_the_table_exactly() {
    let mut wrong = Vec::new();
    for &(text, v, max, bound, written) in TABLE {
        match read(text) {
            Some(r)
                if r.value == v
                    && r.value_max == max
                    && r.bound == bound
                    && r.written == written => {}
            other => wrong.push(format!(
                "{text}: expected {v} {max:?} {bound:?} {written:?}, read {other:?}"
            )),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_printed_zero_stays_in_the_text_and_the_value_is_exact() {
    let r = read("产值1009.10万元").unwrap();
    assert_eq!(&"产值1009.10万元"[r.start..r.end], "1009.10万");
    assert_eq!(r.value, 10_091_000.0);
}

#[test]
fn no_number_reads_as_none() {
    assert_eq!(read("首次"), None);
    assert_eq!(read("全省首创"), None);
    assert_eq!(read("最低"), None);
}

#[test]
fn a_number_too_long_for_any_integer_reads_without_overflow() {
    let long = format!("{}次", "9".repeat(40));
    assert!(value(&long) > 9.9e39);
    assert!(value(&format!("{}次", "9".repeat(400))).is_infinite());
}

#[test]
fn bound_words_are_named() {
    assert_eq!(bound_word("30余个"), Some("余"));
    assert_eq!(bound_word("超过三成"), Some("超过"));
    assert_eq!(bound_word("80%以上"), Some("以上"));
    assert_eq!(bound_word("近三年来"), None);
    assert_eq!(bound_word("2—3名"), None);
    assert_eq!(bound_word("1164项"), None);
}

#[test]
fn same_tolerates_only_float_noise() {
    assert!(same(0.1 + 0.2, 0.3));
    assert!(!same(2_304_700.0, 2_304_701.0));
}

#[test]
fn finds_each_family() {
    assert_eq!(
        numerals("2022年，接待游客230.47万人次，PM2.5年均浓度"),
        ["2022", "230.47万", "2.5"]
    );
    assert_eq!(
        numerals("近三年来，市县两级，十四五"),
        ["三", "两", "十四五"]
    );
    assert_eq!(
        numerals("第五届，排全省前三，跻身前30强"),
        ["第五", "前三", "前30"]
    );
    assert_eq!(numerals("达到Ⅱ类水质"), ["Ⅱ"]);
    assert_eq!(numerals("首次全域达标，全省首创，首先"), ["首次", "首创"]);
    assert_eq!(numerals("1—10月"), ["1", "10"]);
    assert_eq!(numerals("共١٢座，①号，１２项"), ["١٢", "①", "１２"]);
    assert_eq!(numerals("投资1,100万元，5万3人"), ["1,100万", "5万3"]);
    assert_eq!(
        numerals("占百分之八十，二〇二三年"),
        ["百分之八十", "二〇二三"]
    );
    assert_eq!(numerals("1,2,3"), ["1", "2", "3"]);
    assert!(numerals("天空湛蓝如洗。").is_empty());
}

#[test]
fn reads_what_a_reader_reads() {
    assert_eq!(values("230.47万"), [2_304_700.0]);
    assert_eq!(values("1540.04亿"), [154_004_000_000.0]);
    assert_eq!(values("第五"), [5.0]);
    assert_eq!(values("前30"), [30.0]);
    assert_eq!(values("十四五"), [14.0, 5.0]);
    assert_eq!(values("两"), [2.0]);
    assert_eq!(values("百"), [100.0]);
    assert_eq!(values("三百六十五"), [365.0]);
    assert_eq!(values("一万二千"), [12_000.0]);
    assert_eq!(values("二〇二三"), [2023.0]);
    assert_eq!(values("百分之八十"), [80.0]);
    assert_eq!(values("1,100万"), [11_000_000.0]);
    assert_eq!(values("首次"), [1.0]);
    assert_eq!(values("Ⅱ"), [2.0]);
    assert_eq!(values(&"9".repeat(400)), [f64::INFINITY]);
    assert_eq!(values("１２"), [12.0]);
    assert!(values("١٢")[0].is_nan(), "another script matches no figure");
}

#[test]
fn reads_english_numbers_with_their_scale() {
    let read =
        english_numbers("1,551 days, 2.3047 million visits, the 14th Five-Year plan, top three");
    let values: Vec<f64> = read.iter().map(|(_, _, v)| *v).collect();
    assert_eq!(values, [1551.0, 2_304_700.0, 14.0, 5.0, 3.0]);
    assert_eq!(read[1].1, "2.3047 million");
    assert!(english_numbers("someone, often, the tone").is_empty());
    assert!(english_numbers("class Ⅱ, ½ of it")[0].2.is_nan());
}

/// Any text reads without a panic, and whatever is read lies on the text's own characters.
#[cfg(not(target_arch = "wasm32"))]
mod any_text {
    use super::super::{read, scan, values};
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "1",
        "0",
        "9",
        ".",
        ",",
        "，",
        "—",
        "-",
        "~",
        "至",
        "万",
        "亿",
        "千",
        "百",
        "十",
        "一",
        "两",
        "〇",
        "零",
        "点",
        "第",
        "前",
        "强",
        "百分之",
        "成",
        "倍",
        "翻",
        "了",
        "番",
        "%",
        "余",
        "多",
        "以上",
        "超过",
        "近",
        "约",
        "年",
        "Ⅲ",
        "ⅲ",
        "١",
        "１",
        "😀",
        "元",
        "个",
    ];

    proptest! {
        #[test]
        fn reads_any_text_without_panic(parts in prop::collection::vec(prop::sample::select(PIECES), 0..24)) {
            let text = parts.concat();
            if let Some(r) = read(&text) {
                prop_assert!(r.start <= r.end && r.end <= text.len());
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
            for n in scan(&text) {
                let _ = values(n.text(&text));
            }
        }
    }
}
