//! The one numeral reader: finds every numeral a reader could take for a number ([`scan`]),
//! reads the numbers a numeral says ([`values`]) and the number a figure's text states with its
//! bound ([`read`]). Used to require a decision on each numeral of the article, to check a
//! figure's value, bound and unit against its text, to check the numbers in chart words, and by
//! the article proposer (`new-article`).
//!
//! What it reads, as a Chinese reader does:
//! - Arabic, with or without grouping: `1100`, `1,100`, `１２` (full-width); decimals exactly as
//!   printed (`1009.10` is 1009.1; the text keeps its zero);
//! - Chinese numerals and their compounds: `三百六十五`, `一万二千`, `两`, `一百零五`, `二〇二三`
//!   (digit by digit, a year), `三点五`;
//! - mixed: `33.5万`, `1,100万`, `126万亿`, `5万3` (53 000: a trailing digit is a tenth of the
//!   unit before it, as in `一万二`);
//! - shares and multiples: `80%`, `百分之八十`, `三成` (30%), `2.4倍`, `翻番` (×2), `翻两番` (×4);
//! - ranges `2—3名`, `2-3`, `2至3万` (the unit of the second end scales the first);
//! - ranks `第3`, `全省第一`, `前30强`, `前三`;
//! - bounds from the words around the number: `余`/`多`/`超过`/`突破`/`逾`/`超` (more than), `以上`/`至少`
//!   (at least; `Ⅲ类以上` too), `以内`/`以下`/`不超过` (at most), `不足`/`不到` (less than), `约`/`近`/`左右`
//!   (about; `近三年` is a period, "the past three years", not a bound).

use crate::model::Bound;

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

/// Values agree when they differ by less than a billionth (floats from decimal text).
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
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

fn is_point(c: char) -> bool {
    matches!(c, '.' | '．')
}

/// Whether `chars[j]` is a grouping comma: `1,100` (a comma, then exactly three digits).
fn is_grouping(chars: &[char], j: usize) -> bool {
    chars.get(j) == Some(&',')
        && j > 0
        && chars[j - 1].is_ascii_digit()
        && (1..=3).all(|k| chars.get(j + k).is_some_and(char::is_ascii_digit))
        && !chars.get(j + 4).is_some_and(char::is_ascii_digit)
}

/// Every numeral of `text`, in order, none overlapping.
pub fn scan(text: &str) -> Vec<Numeral> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let plain: Vec<char> = chars.iter().map(|&(_, c)| c).collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let starts_number = |c: char| is_digit(c) || is_chinese(c) || is_roman(c);
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = plain[i];
        let next = plain.get(i + 1).copied();
        if c == '首' && next.is_some_and(|n| FIRST_OF.contains(n)) {
            found.push(Numeral {
                start: chars[i].0,
                end: end_of(i + 2),
            });
            i += 2;
            continue;
        }
        let percent_words = plain[i..].starts_with(&['百', '分', '之'])
            && plain
                .get(i + 3)
                .is_some_and(|&n| is_digit(n) || is_chinese(n));
        let prefixed = matches!(c, '第' | '前') && next.is_some_and(starts_number);
        let first = if percent_words {
            i + 3
        } else if prefixed {
            i + 1
        } else {
            i
        };
        let fc = plain[first];
        let mut j = first;
        if is_roman(fc) {
            while j < chars.len() && is_roman(plain[j]) {
                j += 1;
            }
        } else if is_digit(fc) {
            loop {
                while j < chars.len() {
                    let d = plain[j];
                    let point =
                        is_point(d) && j > first && plain.get(j + 1).is_some_and(|&n| is_digit(n));
                    if !(is_digit(d) || point || is_grouping(&plain, j)) {
                        break;
                    }
                    j += 1;
                }
                // A scale written after the digits belongs to them: 230.47万, 1540.04亿, and
                // so does a digit after it: 5万3.
                let before = j;
                while j < chars.len() && matches!(plain[j], '万' | '亿' | '千' | '百') {
                    j += 1;
                }
                if j == before || !plain.get(j).is_some_and(|&n| n.is_ascii_digit()) {
                    break;
                }
            }
        } else if is_chinese(fc) {
            while j < chars.len() && is_chinese(plain[j]) {
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

/// A decimal number, exact: `m / 10^d`. `None` where it stood means it overflowed.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Dec {
    m: u128,
    d: u32,
}

impl Dec {
    const ZERO: Dec = Dec { m: 0, d: 0 };

    fn int(n: u32) -> Dec {
        Dec {
            m: u128::from(n),
            d: 0,
        }
    }

    fn is_zero(self) -> bool {
        self.m == 0
    }

    /// Times `10^k`.
    fn scale(self, k: u32) -> Option<Dec> {
        if self.d >= k {
            Some(Dec {
                m: self.m,
                d: self.d - k,
            })
        } else {
            let m = self.m.checked_mul(10u128.checked_pow(k - self.d)?)?;
            Some(Dec { m, d: 0 })
        }
    }

    fn add(self, other: Dec) -> Option<Dec> {
        let d = self.d.max(other.d);
        let a = self.m.checked_mul(10u128.checked_pow(d - self.d)?)?;
        let b = other.m.checked_mul(10u128.checked_pow(d - other.d)?)?;
        Some(Dec {
            m: a.checked_add(b)?,
            d,
        })
    }

    /// The nearest `f64`: exact integers and decimals are correctly rounded.
    fn value(self) -> f64 {
        let m = self.m as f64;
        if self.d == 0 {
            m
        } else {
            m / 10f64.powi(self.d as i32)
        }
    }
}

fn chinese_digit(c: char) -> Option<u32> {
    match c {
        '两' => Some(2),
        '零' | '〇' => Some(0),
        _ => "〇一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32),
    }
}

/// The power of ten of a unit character.
fn unit_exp(c: char) -> Option<u32> {
    match c {
        '十' => Some(1),
        '百' => Some(2),
        '千' => Some(3),
        '万' => Some(4),
        '亿' => Some(8),
        _ => None,
    }
}

/// One number read from `chars[start..]`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Parsed {
    /// `None`: too large for any number (reads as infinity), or digits of another script
    /// (reads as NaN, matching no figure).
    value: Option<Dec>,
    foreign: bool,
    end: usize,
    /// The power of ten of the units that end it (`万` 4, `万亿` 12), 0 if none.
    tail: u32,
}

impl Parsed {
    fn f64(&self) -> f64 {
        match self.value {
            Some(d) => d.value(),
            None if self.foreign => f64::NAN,
            None => f64::INFINITY,
        }
    }
}

/// Reads one Arabic run (`1,100.50`, `１２`) at `start`: its value and the index after it.
fn arabic(chars: &[char], start: usize) -> (Option<Dec>, bool, usize) {
    let mut value = Some(Dec::ZERO);
    let mut foreign = false;
    let mut after_point = false;
    let mut at = start;
    while let Some(&c) = chars.get(at) {
        let digit = match c {
            '0'..='9' => Some(c as u32 - '0' as u32),
            '０'..='９' => Some(c as u32 - '０' as u32),
            _ => None,
        };
        if let Some(d) = digit {
            value = value.and_then(|v| {
                Some(Dec {
                    m: v.m.checked_mul(10)?.checked_add(u128::from(d))?,
                    d: v.d + u32::from(after_point),
                })
            });
        } else if is_digit(c) {
            foreign = true;
        } else if is_point(c)
            && !after_point
            && at > start
            && chars.get(at + 1).is_some_and(|&n| is_digit(n))
        {
            after_point = true;
        } else if !is_grouping(chars, at) || after_point {
            break;
        }
        at += 1;
    }
    (if foreign { None } else { value }, foreign, at)
}

/// Reads one number at `start`: Arabic, Chinese or both (`33.5万`, `5万3`, `一百零五`,
/// `二〇二三`). Stops before a second number that follows with no unit between (`十四五`
/// reads 十四, then 五 is read on its own). `None` if no number starts there.
fn number(chars: &[char], start: usize) -> Option<Parsed> {
    // A run of Chinese digits with no unit and a zero (二〇二三): read digit by digit.
    let run_end = (start..chars.len())
        .find(|&j| chinese_digit(chars[j]).is_none())
        .unwrap_or(chars.len());
    let run = &chars[start..run_end];
    if run.len() >= 2
        && run.iter().any(|&c| matches!(c, '〇' | '零'))
        && chars.get(run_end).is_none_or(|&c| unit_exp(c).is_none())
        && run[0] != '零'
    {
        let mut v = Some(Dec::ZERO);
        for &c in run {
            let d = chinese_digit(c).unwrap_or(0);
            v = v.and_then(|v| v.scale(1)?.add(Dec::int(d)));
        }
        return Some(Parsed {
            value: v,
            foreign: false,
            end: run_end,
            tail: 0,
        });
    }

    let mut big = Some(Dec::ZERO); // the part already scaled by 亿
    let mut wan = Some(Dec::ZERO); // the part scaled by 万, below 亿
    let mut section = Some(Dec::ZERO); // below 万
    let mut digit: Option<Option<Dec>> = None;
    let mut last_unit: Option<u32> = None;
    let mut after_zero = false;
    let mut foreign = false;
    let mut tail = 0;
    let mut at = start;
    let mut any = false;
    // Arabic digits never continue a Chinese numeral (`八十5万` is 八十 and then 5万).
    let mut chinese = false;
    let add = |a: Option<Dec>, b: Option<Dec>| a.zip(b).and_then(|(a, b)| a.add(b));
    while let Some(&c) = chars.get(at) {
        if is_digit(c) {
            if digit.is_some() || chinese {
                break;
            }
            let (v, f, next) = arabic(chars, at);
            foreign |= f;
            digit = Some(v);
            at = next;
            tail = 0;
            any = true;
            continue;
        }
        if let Some(d) = chinese_digit(c) {
            chinese = true;
            if d == 0 {
                after_zero = true;
                digit = None;
            } else {
                if digit.is_some() {
                    break;
                }
                digit = Some(Some(Dec::int(d)));
            }
            // 三点五: the digits after 点 are decimals.
            if chars.get(at + 1) == Some(&'点')
                && chars.get(at + 2).and_then(|&n| chinese_digit(n)).is_some()
            {
                let mut v = digit.flatten().unwrap_or(Dec::ZERO);
                at += 2;
                let mut places = 0;
                while let Some(n) = chars.get(at).and_then(|&n| chinese_digit(n)) {
                    places += 1;
                    v = Dec {
                        m: v.m.saturating_mul(10) + u128::from(n),
                        d: v.d + 1,
                    };
                    at += 1;
                }
                debug_assert!(places > 0);
                digit = Some(Some(v));
                any = true;
                continue;
            }
            at += 1;
            tail = 0;
            any = true;
            continue;
        }
        let Some(k) = unit_exp(c) else { break };
        let d = digit.take();
        match k {
            1..=3 => {
                let d = d.unwrap_or(Some(Dec::int(1)));
                section = add(section, d.and_then(|d| d.scale(k)));
                tail = 0;
            }
            _ => {
                let below = add(section, d.unwrap_or(Some(Dec::ZERO)));
                let (target, rest) = if k == 4 {
                    (&mut wan, None)
                } else {
                    (&mut big, Some(wan))
                };
                let mut group = add(*target, below);
                if let Some(w) = rest {
                    group = add(group, w);
                }
                let group = match group {
                    Some(g) if g.is_zero() => Some(Dec::int(1)),
                    g => g,
                };
                *target = group.and_then(|g| g.scale(k));
                if k == 8 {
                    wan = Some(Dec::ZERO);
                }
                section = Some(Dec::ZERO);
                tail += k;
            }
        }
        last_unit = Some(k);
        after_zero = false;
        any = true;
        at += 1;
    }
    if !any {
        return None;
    }
    // A digit after a unit is a tenth of it (一万二, 5万3, 三千五), unless a zero stood between.
    let trailing = match (digit, last_unit) {
        (Some(d), Some(k)) if !after_zero => d.and_then(|d| d.scale(k - 1)),
        (Some(d), _) => d,
        (None, _) => Some(Dec::ZERO),
    };
    let value = add(add(add(big, wan), section), trailing);
    Some(Parsed {
        value: if foreign { None } else { value },
        foreign,
        end: at,
        tail,
    })
}

/// The numbers a numeral says, as a reader reads them: `230.47万` → [2 304 700], `第五` → [5],
/// `十四五` (an abbreviation of two numbers) → [14, 5], `首次` → [1], `Ⅱ` → [2], `百分之八十`
/// → [80]. Never panics; a numeral too long for an `f64` reads as infinity, digits of another
/// script as NaN: neither matches any figure.
pub fn values(numeral: &str) -> Vec<f64> {
    let body = numeral
        .trim_start_matches(['第', '前'])
        .trim_start_matches("百分之");
    if body.starts_with('首') {
        return vec![1.0];
    }
    if let Some(c) = body.chars().next().filter(|&c| is_roman(c)) {
        let base = if c >= '\u{2170}' { 0x2170 } else { 0x2160 };
        return vec![f64::from(c as u32 - base + 1)];
    }
    let chars: Vec<char> = body.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        match number(&chars, at) {
            Some(p) if p.end > at => {
                out.push(p.f64());
                at = p.end;
            }
            _ => at += 1,
        }
    }
    out
}

/// How a figure's number is written, beyond its digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// A count or an amount.
    Plain,
    /// `80%`, `百分之八十`, `三成` (the value is in percent: 三成 is 30).
    Percent,
    /// `2.4倍`, `翻番` (the value is the multiple: 翻番 is 2).
    Times,
    /// `第3`, `全省第一`: one place.
    Place,
    /// `前30强`, `前三`: the top places, down to the value.
    Top,
}

/// What a figure's text says about its number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub value: f64,
    /// The upper end, when the text is a range (`2—3名`).
    pub value_max: Option<f64>,
    /// What the words around the number say: `160多名` more than, `80%以上` at least,
    /// `2—3名` a range.
    pub bound: Bound,
    pub written: Written,
    /// The byte range of the number with its marks (`第`, `前…强`, `百分之`, `成`, `%`, `倍`),
    /// not the bound words.
    pub start: usize,
    pub end: usize,
}

const RANGE_MARKS: [char; 6] = ['—', '–', '-', '~', '～', '至'];

/// The first number written in `text`, with its bound and how it is written; `None` if it has
/// none (`首次`, `最低`).
pub fn read(text: &str) -> Option<Reading> {
    let chars: Vec<char> = text.chars().collect();
    let byte = |i: usize| -> usize {
        chars[..i.min(chars.len())]
            .iter()
            .map(|c| c.len_utf8())
            .sum()
    };
    for i in 0..chars.len() {
        if let Some(r) = read_at(text, &chars, i, &byte) {
            return Some(r);
        }
    }
    None
}

/// The number starting at char `i` of `text`, if one does.
fn read_at(text: &str, chars: &[char], i: usize, byte: &dyn Fn(usize) -> usize) -> Option<Reading> {
    let c = chars[i];
    let rest = &chars[i..];
    let whole = |value: f64, written: Written, end: usize| Reading {
        value,
        value_max: None,
        bound: Bound::Exact,
        written,
        start: byte(i),
        end: byte(end),
    };
    // 翻番, 翻一番, 翻了一番: doubled; 翻两番: four times.
    if c == '翻' {
        let after: String = rest[1..].iter().take(3).collect();
        let after = after.trim_start_matches('了');
        if after.starts_with('番') {
            let end = i + 1 + rest[1..].iter().position(|&c| c == '番')? + 1;
            return Some(with_bounds(text, whole(2.0, Written::Times, end)));
        }
        let n = after.chars().next().and_then(chinese_digit)?;
        if after.chars().nth(1) == Some('番') && n > 0 {
            let end = i + 1 + rest[1..].iter().position(|&c| c == '番')? + 1;
            return Some(with_bounds(
                text,
                whole(2f64.powi(n as i32), Written::Times, end),
            ));
        }
        return None;
    }
    if is_roman(c) {
        // Water quality classes are written Ⅰ类 to Ⅴ类.
        let base = if c >= '\u{2170}' { 0x2170 } else { 0x2160 };
        return Some(with_bounds(
            text,
            whole(f64::from(c as u32 - base + 1), Written::Plain, i + 1),
        ));
    }
    // 前 marks the top places (前30强, 全省前三), not a time (提前三年, 之前, 目前).
    let top = c == '前' && !(i > 0 && "提之以目此从".contains(chars[i - 1]));
    let (mut at, mut written) = if rest.starts_with(&['百', '分', '之']) {
        (i + 3, Written::Percent)
    } else if c == '第' || top {
        (
            i + 1,
            if c == '第' {
                Written::Place
            } else {
                Written::Top
            },
        )
    } else {
        (i, Written::Plain)
    };
    let starts = chars
        .get(at)
        .is_some_and(|&n| is_digit(n) || chinese_digit(n).is_some() || unit_exp(n).is_some());
    if !starts {
        return None;
    }
    // A bare unit is a number only as a count of its own (`百亿元级`, `千人`), not inside a
    // word; it is read when it starts the number and a digit or a unit or a scale follows.
    let first = number(chars, at)?;
    let mut value = first.f64();
    let mut value_max = None;
    at = first.end;
    if at + 1 < chars.len() && RANGE_MARKS.contains(&chars[at]) {
        // A range runs upwards (`2—3名`); `八十—一` is a number and a dash before other words.
        if let Some(second) = number(chars, at + 1).filter(|s| {
            s.f64() > value * 10f64.powi(if first.tail == 0 { s.tail as i32 } else { 0 })
        }) {
            if first.tail == 0 && second.tail > 0 {
                value *= 10f64.powi(second.tail as i32);
                // Exactly, not through a float product.
                if let Some(v) = first.value.and_then(|v| v.scale(second.tail)) {
                    value = v.value();
                }
            }
            value_max = Some(second.f64());
            at = second.end;
        }
    }
    match chars.get(at) {
        Some('%' | '％') if written == Written::Plain => {
            written = Written::Percent;
            at += 1;
        }
        Some('成') if written == Written::Plain => {
            written = Written::Percent;
            value *= 10.0;
            if let Some(v) = first.value.and_then(|v| v.scale(1)) {
                value = v.value();
            }
            value_max = value_max.map(|m| m * 10.0);
            at += 1;
        }
        Some('倍') if written == Written::Plain => {
            written = Written::Times;
            at += 1;
        }
        Some('强') if written == Written::Top => at += 1,
        _ => {}
    }
    let mut reading = whole(value, written, at);
    reading.value_max = value_max;
    if value_max.is_some() {
        reading.bound = Bound::Range;
        return Some(reading);
    }
    Some(with_bounds(text, reading))
}

/// Words before a number that bound it, longest first where one holds another.
const BEFORE: [(&str, Bound); 20] = [
    ("不超过", Bound::AtMost),
    ("不高于", Bound::AtMost),
    ("不少于", Bound::AtLeast),
    ("不低于", Bound::AtLeast),
    ("至少", Bound::AtLeast),
    ("最多", Bound::AtMost),
    ("超过", Bound::MoreThan),
    ("突破", Bound::MoreThan),
    ("多于", Bound::MoreThan),
    ("高于", Bound::MoreThan),
    ("逾", Bound::MoreThan),
    ("超", Bound::MoreThan),
    ("不足", Bound::LessThan),
    ("不到", Bound::LessThan),
    ("少于", Bound::LessThan),
    ("将近", Bound::Approximate),
    ("接近", Bound::Approximate),
    ("大约", Bound::Approximate),
    ("约", Bound::Approximate),
    ("近", Bound::Approximate),
];

/// Words after a number (and its unit) that bound it.
const AFTER: [(&str, Bound); 5] = [
    ("以上", Bound::AtLeast),
    ("以下", Bound::AtMost),
    ("以内", Bound::AtMost),
    ("左右", Bound::Approximate),
    ("上下", Bound::Approximate),
];

/// Units of time after which 近 means "the past" (`近三年`), not "nearly".
const PERIOD_UNITS: [&str; 6] = ["年", "个月", "月", "天", "日", "周"];

/// The bound the words around the number say.
fn with_bounds(text: &str, mut r: Reading) -> Reading {
    let before = &text[..r.start];
    let after = &text[r.end..];
    let mut after_chars = after.chars();
    let (a0, a1) = (after_chars.next(), after_chars.next());
    let measure = |c: Option<char>| c.is_some_and(|c| !is_chinese(c) && !c.is_ascii_digit());
    let bound = if matches!(a0, Some('余' | '多'))
        || (measure(a0) && matches!(a1, Some('余' | '多')) && r.written == Written::Plain)
    {
        Some(Bound::MoreThan)
    } else {
        None
    };
    let bound = bound
        .or_else(|| {
            BEFORE.iter().find_map(|&(w, b)| {
                let period = w == "近" && PERIOD_UNITS.iter().any(|u| after.starts_with(u));
                (before.ends_with(w) && !period).then_some(b)
            })
        })
        .or_else(|| {
            AFTER
                .iter()
                .find_map(|&(w, b)| after.contains(w).then_some(b))
        });
    r.bound = bound.unwrap_or(Bound::Exact);
    r
}

/// The words of `text` that say its number is bounded (`超过`, `多`, `以上`…), if any.
pub fn bound_word(text: &str) -> Option<&'static str> {
    let r = read(text)?;
    if r.bound == Bound::Exact || r.bound == Bound::Range {
        return None;
    }
    let (before, after) = (&text[..r.start], &text[r.end..]);
    let mut words = BEFORE
        .iter()
        .map(|(w, _)| *w)
        .filter(|w| before.ends_with(w))
        .chain(AFTER.iter().map(|(w, _)| *w).filter(|w| after.contains(w)))
        .chain(["余", "多"].into_iter().filter(|w| after.contains(w)));
    words.next()
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
#[path = "numbers_tests.rs"]
mod tests;
