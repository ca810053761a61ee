//! Reads the number a figure's text states, as a Chinese reader would: `230.47万人次` is
//! 2 304 700, `1540.04亿元` is 154 004 000 000, `2—3名` is 2 to 3, `160多名` is at least 160,
//! `提前三年` is 3. Used to check that the value in the content data agrees with the text.

/// What a figure's text says about its number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub value: f64,
    /// The upper end, when the text is a range (`2—3名`).
    pub value_max: Option<f64>,
    /// `以上` or `多`: the number is a lower bound.
    pub at_least: bool,
}

/// Values agree when they differ by less than a billionth (floats from decimal text).
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The first number written in `text`, scaled by a following 万 or 亿; `None` if it has none.
pub fn read(text: &str) -> Option<Reading> {
    let chars: Vec<char> = text.chars().collect();
    let start = chars.iter().position(|&c| {
        c.is_ascii_digit() || chinese_digit(c).is_some() || c == '十' || roman(c).is_some()
    })?;
    if let Some(n) = roman(chars[start]) {
        // Water quality classes are written Ⅰ类 to Ⅴ类.
        return Some(Reading {
            value: f64::from(n),
            value_max: None,
            at_least: false,
        });
    }
    let (first, mut at) = numeral(&chars, start)?;
    let mut second = None;
    if at + 1 < chars.len() && matches!(chars[at], '—' | '–' | '-' | '~' | '～' | '至') {
        if let Some((n, next)) = numeral(&chars, at + 1) {
            second = Some(n);
            at = next;
        }
    }
    let scale = match chars.get(at) {
        Some('万') => 1e4,
        Some('亿') => 1e8,
        _ => 1.0,
    };
    Some(Reading {
        value: first * scale,
        value_max: second.map(|n| n * scale),
        at_least: text.contains("以上") || text.contains('多'),
    })
}

/// The single-character Roman numerals Ⅰ (U+2160) to Ⅻ (U+216B).
fn roman(c: char) -> Option<u32> {
    ('\u{2160}'..='\u{216B}')
        .contains(&c)
        .then(|| c as u32 - 0x2160 + 1)
}

fn chinese_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|p| p as u32)
        .or((c == '两').then_some(2))
}

/// A numeral starting at `start`: Arabic with an optional decimal part, or Chinese up to 九十九.
/// Returns its value and the index after it.
fn numeral(chars: &[char], start: usize) -> Option<(f64, usize)> {
    let mut at = start;
    if chars.get(at)?.is_ascii_digit() {
        // In f64, so that any number of digits reads (as infinity at worst) instead of
        // overflowing; exact for every number up to 2^53, far beyond any statistic.
        let mut mantissa: f64 = 0.0;
        let mut decimals = 0i32;
        let mut after_point = false;
        while let Some(&c) = chars.get(at) {
            if let Some(d) = c.to_digit(10) {
                mantissa = mantissa * 10.0 + f64::from(d);
                if after_point {
                    decimals += 1;
                }
            } else if c == '.'
                && !after_point
                && chars.get(at + 1).is_some_and(char::is_ascii_digit)
            {
                after_point = true;
            } else {
                break;
            }
            at += 1;
        }
        return Some((mantissa / 10f64.powi(decimals), at));
    }
    let mut total = 0;
    let mut digit = None;
    while let Some(&c) = chars.get(at) {
        if let Some(d) = chinese_digit(c) {
            digit = Some(d);
        } else if c == '十' {
            total += digit.take().unwrap_or(1) * 10;
        } else {
            break;
        }
        at += 1;
    }
    (at > start).then(|| (f64::from(total + digit.unwrap_or(0)), at))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> f64 {
        read(text)
            .unwrap_or_else(|| panic!("{text} has a number"))
            .value
    }

    #[test]
    fn reads_wan_and_yi_exactly() {
        assert_eq!(value("230.47万人次"), 2_304_700.0);
        assert_eq!(value("1540.04亿元"), 154_004_000_000.0);
        assert_eq!(value("23.53亿元"), 2_353_000_000.0);
        assert_eq!(value("7600万元"), 76_000_000.0);
        assert_eq!(value("80.52%"), 80.52);
        assert_eq!(value("5339吨"), 5339.0);
    }

    #[test]
    fn reads_chinese_numerals() {
        assert_eq!(value("提前三年"), 3.0);
        assert_eq!(value("两家"), 2.0);
        assert_eq!(value("十五"), 15.0);
        assert_eq!(value("二十"), 20.0);
        assert_eq!(value("九十九"), 99.0);
        assert_eq!(value("Ⅱ类"), 2.0);
        assert_eq!(read("首次"), None);
        assert_eq!(read("全省首创"), None);
    }

    #[test]
    fn a_number_too_long_for_any_integer_reads_without_overflow() {
        let long = format!("{}次", "9".repeat(40));
        assert!(value(&long) > 9.9e39);
        assert!(value(&format!("{}次", "9".repeat(400))).is_infinite());
    }

    #[test]
    fn reads_ranges_and_lower_bounds() {
        let range = read("2—3名").unwrap();
        assert_eq!((range.value, range.value_max), (2.0, Some(3.0)));
        assert!(read("160多名").unwrap().at_least);
        let threshold = read("5000万元以上").unwrap();
        assert_eq!(threshold.value, 50_000_000.0);
        assert!(threshold.at_least);
        assert!(!read("1164项").unwrap().at_least);
    }

    #[test]
    fn same_tolerates_only_float_noise() {
        assert!(same(0.1 + 0.2, 0.3));
        assert!(!same(2_304_700.0, 2_304_701.0));
    }
}
