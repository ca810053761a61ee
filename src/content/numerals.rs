//! Finds every numeral a reader could take for a number, and reads its value.
//!
//! Four families: Arabic digits (`2022`, `230.47万`, `PM2.5`), Chinese numerals
//! (`三`, `十四五`, `两`, `百`), ordinals and top-N (`第五`, `前30`), Roman numerals (`Ⅱ`), plus
//! "first" claims (`首次`, `首创`). Used to require a decision on each numeral of the article,
//! and to check the numbers in chart words against the figures.

/// One numeral in a text: its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numeral {
    pub start: usize,
    pub end: usize,
}

impl Numeral {
    pub fn text(self, line: &str) -> &str {
        &line[self.start..self.end]
    }

    /// Whether it lies wholly inside `start..end`.
    pub fn within(self, start: usize, end: usize) -> bool {
        start <= self.start && self.end <= end
    }
}

/// Chinese numeral characters, digits and units alike.
const CHINESE: &str = "〇零一二三四五六七八九十百千万亿两";
/// What follows 首 when it means "first": 首次, 首创, 首个, 首批, 首家, 首位, 首届, 首例, 首轮.
const FIRST_OF: &str = "次创个批家位届例轮";

/// A digit of any script (ASCII, full-width, Arabic-Indic, circled…), so that no numeral slips
/// past the check by its script; Chinese and Roman numerals have their own families.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (c.is_numeric() && !is_chinese(c) && !is_roman(c))
}

fn is_roman(c: char) -> bool {
    ('\u{2160}'..='\u{217F}').contains(&c)
}

fn is_chinese(c: char) -> bool {
    CHINESE.contains(c)
}

/// Every numeral of `text`, in order, none overlapping.
pub fn scan(text: &str) -> Vec<Numeral> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let next = chars.get(i + 1).map(|&(_, c)| c);
        if c == '首' && next.is_some_and(|n| FIRST_OF.contains(n)) {
            found.push(Numeral {
                start: chars[i].0,
                end: end_of(i + 2),
            });
            i += 2;
            continue;
        }
        let prefixed = matches!(c, '第' | '前')
            && next.is_some_and(|n| is_digit(n) || is_chinese(n) || is_roman(n));
        let first = if prefixed { i + 1 } else { i };
        let fc = chars[first].1;
        let mut j = first;
        if is_roman(fc) {
            while j < chars.len() && is_roman(chars[j].1) {
                j += 1;
            }
        } else if is_digit(fc) {
            while j < chars.len() {
                let d = chars[j].1;
                let point = matches!(d, '.' | '．')
                    && j > first
                    && chars.get(j + 1).is_some_and(|&(_, n)| is_digit(n));
                if !(is_digit(d) || point) {
                    break;
                }
                j += 1;
            }
            // A scale written after the digits belongs to them: 230.47万, 1540.04亿.
            while j < chars.len() && matches!(chars[j].1, '万' | '亿' | '千' | '百') {
                j += 1;
            }
        } else if is_chinese(fc) {
            while j < chars.len() && is_chinese(chars[j].1) {
                j += 1;
            }
        }
        if j == first {
            i += 1;
            continue;
        }
        found.push(Numeral {
            start: chars[i].0,
            end: end_of(j),
        });
        i = j;
    }
    found
}

/// The numbers a numeral says, as a reader reads them: `230.47万` → [2 304 700], `第五` → [5],
/// `十四五` (an abbreviation of two numbers) → [14, 5], `首次` → [1], `Ⅱ` → [2]. Never panics;
/// a numeral too long for an `f64` reads as infinity, which matches no figure.
pub fn values(numeral: &str) -> Vec<f64> {
    let body = numeral.trim_start_matches(['第', '前']);
    if body.starts_with('首') {
        return vec![1.0];
    }
    if let Some(c) = body.chars().next().filter(|&c| is_roman(c)) {
        let base = if c >= '\u{2170}' { 0x2170 } else { 0x2160 };
        return vec![f64::from(c as u32 - base + 1)];
    }
    if body.starts_with(is_digit) {
        let digits: String = body
            .chars()
            .take_while(|&c| is_digit(c) || matches!(c, '.' | '．'))
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                '．' => '.',
                c => c,
            })
            .collect();
        let scale: f64 = body
            .chars()
            .skip_while(|&c| is_digit(c) || matches!(c, '.' | '．'))
            .map(unit_of)
            .product();
        // Digits of another script read as no number at all, so they match no figure.
        return vec![digits.parse::<f64>().map_or(f64::NAN, |v| v * scale)];
    }
    chinese_values(body)
}

fn unit_of(c: char) -> f64 {
    match c {
        '十' => 10.0,
        '百' => 100.0,
        '千' => 1e3,
        '万' => 1e4,
        '亿' => 1e8,
        _ => 1.0,
    }
}

fn digit_of(c: char) -> Option<f64> {
    match c {
        '两' => Some(2.0),
        '零' => Some(0.0),
        _ => "〇一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as f64),
    }
}

/// Reads Chinese numerals; two digits in a row start a new number (十四五 → 14, 5).
fn chinese_values(text: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let (mut total, mut section, mut digit, mut any) = (0.0, 0.0, None::<f64>, false);
    for c in text.chars() {
        if let Some(d) = digit_of(c) {
            if let Some(prev) = digit.filter(|_| d != 0.0) {
                out.push(total + section + prev);
                (total, section) = (0.0, 0.0);
            }
            digit = (d != 0.0).then_some(d);
            any = true;
        } else {
            let unit = unit_of(c);
            if unit >= 1e4 {
                let group = section + digit.unwrap_or(0.0);
                let group = if group == 0.0 && total == 0.0 {
                    1.0
                } else {
                    group
                };
                total = (total + group) * unit;
                section = 0.0;
            } else {
                section += digit.unwrap_or(1.0) * unit;
            }
            digit = None;
            any = true;
        }
    }
    if any {
        out.push(total + section + digit.unwrap_or(0.0));
    }
    out
}

/// The numbers written in English chart words: `1,551` → 1551, `2.3047 million` → 2 304 700,
/// `14th` → 14, and number words (`three`, `first`, `Five-Year`). Each with its byte range and
/// the text as written.
pub fn english_numbers(text: &str) -> Vec<(Numeral, String, f64)> {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    const ORDINALS: [&str; 13] = [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth",
    ];
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_ascii_digit() {
            let mut j = i;
            while j < chars.len() {
                let d = chars[j].1;
                let joined = matches!(d, ',' | '.')
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_ascii_digit());
                if !(d.is_ascii_digit() || joined) {
                    break;
                }
                j += 1;
            }
            let written = &text[chars[i].0..end_of(j)];
            let mut value = written
                .replace(',', "")
                .parse::<f64>()
                .unwrap_or(f64::INFINITY);
            let rest = &text[end_of(j)..];
            let mut shown = written.to_string();
            for (word, scale) in [("thousand", 1e3), ("million", 1e6), ("billion", 1e9)] {
                if let Some(after) = rest.strip_prefix(' ').and_then(|r| r.strip_prefix(word)) {
                    if !after.starts_with(|c: char| c.is_ascii_alphabetic()) {
                        value *= scale;
                        shown = format!("{written} {word}");
                    }
                }
            }
            let start = chars[i].0;
            let end = start + shown.len();
            out.push((Numeral { start, end }, shown, value));
            i = j;
        } else if c.is_numeric() {
            // Digits of another script, Roman numerals, fractions: a number no figure matches.
            let end = end_of(i + 1);
            let span = Numeral {
                start: chars[i].0,
                end,
            };
            out.push((span, text[chars[i].0..end].to_string(), f64::NAN));
            i += 1;
        } else if c.is_alphabetic() {
            let mut j = i;
            while j < chars.len() && chars[j].1.is_alphabetic() {
                j += 1;
            }
            let word = &text[chars[i].0..end_of(j)];
            let lower = word.to_lowercase();
            if let Some(n) = WORDS
                .iter()
                .position(|w| *w == lower)
                .or_else(|| ORDINALS.iter().position(|w| *w == lower))
            {
                let span = Numeral {
                    start: chars[i].0,
                    end: end_of(j),
                };
                out.push((span, word.to_string(), n as f64));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numerals(text: &str) -> Vec<&str> {
        scan(text).into_iter().map(|n| n.text(text)).collect()
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
        assert_eq!(values("三百六十五"), [365.0]);
        assert_eq!(values("一万二千"), [12_000.0]);
        assert_eq!(values("首次"), [1.0]);
        assert_eq!(values("Ⅱ"), [2.0]);
        assert_eq!(values(&"9".repeat(400)), [f64::INFINITY]);
        assert_eq!(values("１２"), [12.0]);
        assert!(values("١٢")[0].is_nan(), "another script matches no figure");
    }

    #[test]
    fn reads_english_numbers_with_their_scale() {
        let read = english_numbers(
            "1,551 days, 2.3047 million visits, the 14th Five-Year plan, top three",
        );
        let values: Vec<f64> = read.iter().map(|(_, _, v)| *v).collect();
        assert_eq!(values, [1551.0, 2_304_700.0, 14.0, 5.0, 3.0]);
        assert_eq!(read[1].1, "2.3047 million");
        assert!(english_numbers("someone, often, the tone").is_empty());
        assert!(english_numbers("class Ⅱ, ½ of it")[0].2.is_nan());
    }
}
