//! How numbers are written for readers. Integer arithmetic only: formatting an `f64` with
//! `Display` would pull several kilobytes of float printing into the WASM bundle.

use crate::model::{Bound, Figure};

/// `2304700` → `2,304,700`; `80.52` → `80.52`; `99.6` → `99.6` (at most two decimals).
pub fn grouped(value: f64) -> String {
    let negative = value < 0.0;
    let hundredths = (value.abs() * 100.0).round() as u128;
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() + 6);
    if negative {
        out.push('-');
    }
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    if frac != 0 {
        out.push('.');
        out.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            out.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
    out
}

/// A value as Chinese readers write it, in 万 or 亿 with at most two decimals:
/// `1_276_700.0` → `127.67万`; `1_222_464_671.0` → `12.22亿`; `905.0` → `905`.
pub fn short_zh(value: f64) -> String {
    if value.abs() >= 1e8 {
        format!("{}亿", grouped(value / 1e8))
    } else if value.abs() >= 1e4 {
        format!("{}万", grouped(value / 1e4))
    } else {
        grouped(value)
    }
}

/// A share as a percentage with one decimal: `0.0833` → `8.3%`.
pub fn percent(share: f64) -> String {
    format!("{}%", grouped((share * 1000.0).round() / 10.0))
}

/// The figure's value in base units as a reader checks it: `2,304,700 人次`, `≥ 80 %`,
/// `2–3 名`. `None` for ranks and claims without a number.
pub fn base_value(figure: &Figure) -> Option<String> {
    let value = figure.value?;
    let number = match (figure.bound, figure.value_max) {
        (Bound::Range, Some(max)) => format!("{}–{}", grouped(value), grouped(max)),
        (Bound::AtLeast, _) => format!("≥ {}", grouped(value)),
        _ => grouped(value),
    };
    Some(if figure.unit.is_empty() {
        number
    } else {
        format!("{number} {}", figure.unit)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ARTICLE;

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
    fn short_zh_uses_wan_and_yi() {
        assert_eq!(short_zh(1_276_700.0), "127.67万");
        assert_eq!(short_zh(1_222_464_671.0), "12.22亿");
        assert_eq!(short_zh(905.0), "905");
        assert_eq!(percent(25.0 / 300.0), "8.3%");
    }

    #[test]
    fn base_value_shows_bounds_and_ranges() {
        let by_text = |text: &str| {
            ARTICLE
                .figures
                .iter()
                .find(|f| f.text == text)
                .unwrap_or_else(|| panic!("a figure reads {text}"))
        };
        assert_eq!(
            base_value(by_text("230.47万人次")).as_deref(),
            Some("2,304,700 人次")
        );
        assert_eq!(base_value(by_text("2—3名")).as_deref(), Some("2–3 名"));
        assert_eq!(base_value(by_text("80%以上")).as_deref(), Some("≥ 80 %"));
        assert_eq!(base_value(by_text("全省前三")), None);
    }
}
