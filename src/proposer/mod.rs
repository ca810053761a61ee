//! The article proposer (`scripts/new-article.sh`, the `new-article` bin): reads an article as
//! the paper gives it and proposes a whole content folder: the normalised `article.txt`, one
//! figure per statistic, every other numeral in `not-statistics.toml` with its reason, first
//! charts grouping figures of one unit and period by section, and a `page.toml` to fill in.
//! What an editor must still check carries `draft = true`; the folder passes the content check
//! with `--draft`.
//!
//! It reads numbers with the one numeral reader (`content::numbers`) that validation uses, so
//! a proposed value always agrees with its text.

pub mod normalise;
pub mod proposal;
mod render;
pub mod words;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;

use crate::content::numbers::{self, Numeral, Written};
use crate::model::Bound;
use normalise::{sentences, Line};
use words::{GLOSSARY, LABEL_CLOSERS, LABEL_OPENERS, PLAN_NAMES, SET_PHRASES, UNITS};

pub use proposal::{Chart, Figure, Plain, Proposal};
pub use render::write_folder;

/// Regions a rank or a first is claimed in: `全省第一`, `全国前30强`.
const REGIONS: [&str; 8] = [
    "全省", "全市", "全国", "全球", "世界", "全区", "全县", "全州",
];

/// Proposes the content of the article `raw` (the paper's text).
pub fn propose(raw: &str) -> Proposal {
    let lines = normalise::normalise(raw);
    let mut figures = Vec::new();
    let mut plain = Vec::new();
    let mut section = 0;
    for (li, line) in lines.iter().enumerate() {
        if matches!(line, Line::Heading(_)) {
            section += 1;
        }
        let text = line.body();
        let found = numbers::scan(text);
        let mut covered_to = 0;
        for n in found {
            if n.start < covered_to {
                continue;
            }
            let decision = match line {
                Line::Paragraph(_) => classify(text, n),
                Line::Title(_) | Line::Heading(_) => Decision::Plain(
                    n,
                    "in a title or heading: the statistic, if any, is in the body".into(),
                    false,
                ),
                Line::Byline(_) => Decision::Plain(n, "part of the byline".into(), false),
                Line::Photo(_) => Decision::Plain(
                    n,
                    "in a photo caption: the statistic, if any, is in the body".into(),
                    true,
                ),
            };
            match decision {
                Decision::Figure(mut f) => {
                    // A bound word taken in from before (大约) never reaches into the figure
                    // or plain numeral before it (六大): the text starts after it.
                    if f.start < covered_to {
                        f.start = covered_to;
                        f.text = text[f.start..f.end].to_string();
                        if let Some(r) = numbers::read(&f.text) {
                            f.bound = if f.value_max.is_some() {
                                Bound::Range
                            } else {
                                r.bound
                            };
                        }
                    }
                    covered_to = f.end;
                    f.line = li;
                    f.section = section;
                    figures.push(*f);
                }
                Decision::Plain(span, reason, draft) => {
                    covered_to = span.end;
                    plain.push(Plain {
                        line: li,
                        start: span.start,
                        end: span.end,
                        numeral: text[span.start..span.end].to_string(),
                        context: String::new(),
                        reason,
                        draft,
                    });
                }
            }
        }
    }
    // Claims without a numeral: 有监测记录以来最低, 原地倍增.
    for (li, line) in lines.iter().enumerate() {
        let Line::Paragraph(text) = line else {
            continue;
        };
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (at, w) in text.match_indices("以来最") {
            let end = at
                + w.len()
                + text[at + w.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            found.push((at + "以来".len(), end));
        }
        for w in ["倍增", "翻番"] {
            for (at, _) in text.match_indices(w) {
                found.push((at, at + w.len()));
            }
        }
        for (start, end) in found {
            let taken = figures
                .iter()
                .any(|f| f.line == li && f.start < end && start < f.end)
                || plain
                    .iter()
                    .any(|p| p.line == li && p.start < end && start < p.end);
            if taken {
                continue;
            }
            if let Decision::Figure(mut f) =
                figure(text, start, end, "claim", None, None, Bound::Exact, "")
            {
                f.line = li;
                f.section = section_of(&lines, li);
                figures.push(*f);
            }
        }
    }
    figures.sort_by_key(|f| (f.line, f.start));
    unique_quotes(&lines, &mut figures, &plain);
    fill_contexts(&lines, &mut plain, &figures);
    name_figures(&mut figures);
    let charts = propose_charts(&lines, &mut figures);
    Proposal {
        lines,
        figures,
        plain,
        charts,
    }
}

/// The section of line `li`: the number of headings before it.
fn section_of(lines: &[Line], li: usize) -> usize {
    lines[..li]
        .iter()
        .filter(|l| matches!(l, Line::Heading(_)))
        .count()
}

enum Decision {
    Figure(Box<Figure>),
    /// The stretch decided, why, and whether the reason is a guess.
    Plain(Numeral, String, bool),
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

/// The set phrase of `SET_PHRASES` covering the byte `at` of `text`, if any: the phrase, its
/// meaning and where it stands.
fn set_phrase_at(text: &str, at: usize) -> Option<(&'static str, &'static str, Numeral)> {
    SET_PHRASES.iter().find_map(|&(phrase, meaning)| {
        text.match_indices(phrase)
            .find(|&(s, p)| s <= at && at < s + p.len())
            .map(|(s, p)| {
                let span = Numeral {
                    start: s,
                    end: s + p.len(),
                };
                (phrase, meaning, span)
            })
    })
}

/// Whether byte `at` of `text` is inside a short quoted name (`“一线工作法”`) or a title in
/// book marks (`《…“十四五”规划》`).
fn in_name(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let after = &text[at..];
    let enclosed = |open: char, close: char, longest: usize| {
        let Some(o) = before.rfind(open) else {
            return false;
        };
        if before[o..].contains(close) {
            return false;
        }
        let Some(c) = after.find(close) else {
            return false;
        };
        before[o..].chars().count() + after[..c].chars().count() <= longest
    };
    enclosed('《', '》', 60) || enclosed('“', '”', 16)
}

/// A date: `2022年`, `9月`, `9月25日`, `1—10月`, `2021年7月`; its whole stretch.
fn date_at(text: &str, n: Numeral) -> Option<Numeral> {
    let numeral = n.text(text);
    let after = &text[n.end..];
    let year = numeral.len() == 4
        && numeral.bytes().all(|b| b.is_ascii_digit())
        && (1900..=2100).contains(&numeral.parse::<u32>().ok()?)
        && after.starts_with('年');
    let month = after.starts_with('月') || (after.starts_with('—') && month_range(after));
    let day = after.starts_with(['日', '号']) && text[..n.start].ends_with('月');
    let chinese_year = numeral.chars().count() == 4 && after.starts_with('年');
    if !(year || month || day || chinese_year) {
        return None;
    }
    // Grow over the rest of the date: 2021年7月, 9月25日, 1—10月; only onto a month or a
    // day, never into a number that follows (2023年2.4倍).
    let mut end = n.end;
    loop {
        let rest = &text[end..];
        let Some(joint) = rest.chars().next().filter(|c| "年月—-".contains(*c)) else {
            break;
        };
        let after = &rest[joint.len_utf8()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let closes = match joint {
            '年' => "月",
            '月' => "日号",
            _ => "月日",
        };
        let next = after[digits..].chars().next();
        if digits == 0 || digits > 2 || !next.is_some_and(|c| closes.contains(c)) {
            break;
        }
        end += joint.len_utf8() + digits;
    }
    // The date's last unit belongs to it: 2022年, 9月25日.
    if let Some(c) = text[end..]
        .chars()
        .next()
        .filter(|c| "年月日号".contains(*c))
    {
        end += c.len_utf8();
    }
    Some(Numeral {
        start: n.start,
        end,
    })
}

/// `—10月`: the second end of a month range.
fn month_range(after: &str) -> bool {
    let rest = after.trim_start_matches('—');
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && rest[digits..].starts_with('月')
}

/// The unit after byte `at` (skipping 多/余): (its end, the unit, whether it is 大 style).
fn unit_after(text: &str, at: usize) -> Option<(usize, &'static str)> {
    let mut at = at;
    if text[at..].starts_with(['多', '余']) {
        at += '多'.len_utf8();
    }
    UNITS
        .iter()
        .find(|(w, _, _)| text[at..].starts_with(w))
        .map(|(w, u, _)| (at + w.len(), *u))
}

/// The clause (between `，；：。！？`) holding byte range `start..end` of `text`.
fn clause(text: &str, start: usize, end: usize) -> (usize, usize) {
    const STOPS: [char; 8] = ['，', '；', '：', '。', '！', '？', '（', '）'];
    let from = text[..start].rfind(STOPS).map_or(0, |i| {
        i + text[i..].chars().next().map_or(0, char::len_utf8)
    });
    let to = text[end..].find(STOPS).map_or(text.len(), |i| end + i);
    (from, to)
}

/// Classifies the numeral `n` of paragraph `text`.
fn classify(text: &str, n: Numeral) -> Decision {
    // 提前三年, 之前, 目前: 前 is a time, the number after it is read on its own.
    if n.text(text).starts_with('前')
        && char_before(text, n.start).is_some_and(|c| "提之以目此从".contains(c))
    {
        let shifted = Numeral {
            start: n.start + '前'.len_utf8(),
            end: n.end,
        };
        // Whatever it is, the decision covers the numeral as scanned (前30 whole).
        return match classify(text, shifted) {
            Decision::Plain(span, reason, draft) => {
                let whole = Numeral {
                    start: span.start.min(n.start),
                    end: span.end.max(n.end),
                };
                Decision::Plain(whole, reason, draft)
            }
            figure => figure,
        };
    }
    let numeral = n.text(text);
    let after = &text[n.end..];
    let plain = |reason: String| Decision::Plain(n, reason, false);
    let guess = |reason: String| Decision::Plain(n, reason, true);

    // Firsts: 首次, 全省首创.
    if numeral.starts_with('首') {
        let start = region_before(text, n.start);
        return figure(text, start, n.end, "claim", None, None, Bound::Exact, "");
    }
    // Roman numerals: water classes, grades (Ⅱ类).
    if numeral.starts_with(|c: char| ('\u{2160}'..='\u{217F}').contains(&c)) {
        let end = n.end
            + after
                .chars()
                .next()
                .filter(|&c| c == '类' || c == '级')
                .map_or(0, char::len_utf8);
        let value = numbers::values(numeral).first().copied();
        let unit = &text[n.end..end];
        // Ⅲ类以上: the bound word is part of the figure's text.
        let bounded = ["以上", "以下"]
            .iter()
            .find(|w| text[end..].starts_with(*w));
        let text_end = end + bounded.map_or(0, |w| w.len());
        let bound = numbers::read(&text[n.start..text_end]).map_or(Bound::Exact, |r| r.bound);
        return figure(text, n.start, text_end, "claim", value, None, bound, unit);
    }
    // PM2.5, COVID-19: part of a name written in Latin letters.
    if char_before(text, n.start).is_some_and(|c| c.is_ascii_alphabetic()) {
        return plain(format!(
            "part of a name: {}{numeral}",
            latin_before(text, n.start)
        ));
    }
    for (name, meaning) in PLAN_NAMES {
        if numeral == *name {
            return plain(format!("part of a name: {name}, {meaning}"));
        }
    }
    if in_name(text, n.start) {
        return plain("part of a name in quotation or title marks".into());
    }
    if let Some(date) = date_at(text, n) {
        let d = date.text_of(text);
        return Decision::Plain(date, format!("a date: {d}"), false);
    }
    // The whole phrase is the entry's numeral: it decides every numeral in it (一饮一食).
    if let Some((phrase, meaning, span)) = set_phrase_at(text, n.start) {
        return Decision::Plain(span, format!("a set phrase: {phrase}, {meaning}"), false);
    }
    // Ordinals and ranks: 全省第一, 第五届, 第一产业; 前30强, 全省前三.
    if numeral.starts_with('第') {
        let before = &text[..n.start];
        let rank = REGIONS.iter().any(|r| before.ends_with(r))
            || before.ends_with(['排', '居', '列', '位'])
            || after.starts_with('名')
            || after.starts_with('大');
        if rank {
            let start = region_before(text, n.start);
            return figure(text, start, n.end, "rank", None, None, Bound::Exact, "名次");
        }
        let what: String = after.chars().take(2).collect();
        return plain(if after.starts_with("产业") {
            format!("part of a name: {numeral}产业, an economic sector")
        } else if after.starts_with(['天', '日']) {
            format!(
                "a date: {numeral}{}",
                &what[..what.chars().next().map_or(0, char::len_utf8)]
            )
        } else {
            format!(
                "an ordinal: {numeral}{}, which counts nothing",
                what.chars().next().map(String::from).unwrap_or_default()
            )
        });
    }
    if numeral.starts_with('前') {
        let before = &text[..n.start];
        let top = after.starts_with(['强', '名'])
            || REGIONS.iter().any(|r| before.ends_with(r))
            || before.ends_with("排名")
            || before.ends_with("排");
        if top {
            let start = region_before(text, n.start);
            let end = n.end
                + if after.starts_with(['强', '名']) {
                    '强'.len_utf8()
                } else {
                    0
                };
            return figure(text, start, end, "rank", None, None, Bound::Exact, "名次");
        }
        return guess("a time or an order (前…), not a rank: check".into());
    }

    // 翻了一番, 翻两番: a multiple, read from 翻.
    for lead in ["翻了", "翻"] {
        if text[..n.start].ends_with(lead) && after.starts_with('番') {
            let start = n.start - lead.len();
            let end = n.end + '番'.len_utf8();
            let value = numbers::read(&text[start..end]).map(|r| r.value);
            return figure(text, start, end, "claim", value, None, Bound::Exact, "倍");
        }
    }
    let chinese = numeral.chars().next().is_some_and(|c| {
        !c.is_ascii_digit() && !c.is_numeric() || "〇零一二三四五六七八九十百千万亿两".contains(c)
    });
    // 一期, 二期: a project's phase; 二级: a grade; 百亿元级: a class of size.
    if after.starts_with('期') && chinese {
        return plain(format!("the name of a phase: {numeral}期"));
    }
    let unit = unit_after(text, n.end);
    let class_after = unit.map_or(n.end, |(e, _)| e);
    if after.starts_with('级') || text[class_after..].starts_with('级') {
        return plain(format!(
            "a grade or class ({}级), not a measured amount",
            &text[n.start..class_after]
        ));
    }

    // What the number says, read with the one reader from here on.
    let Some(r) = numbers::read(&text[n.start..]) else {
        return guess("a numeral the reader does not read: check".into());
    };
    let num_end = n.start + r.end;
    let (end, unit) = match r.written {
        Written::Percent => (num_end, Some("%")),
        Written::Times => (num_end, Some("倍")),
        _ => match unit_after(text, num_end) {
            Some((e, u)) => (e, Some(u)),
            None => (num_end, None),
        },
    };
    let Some(unit) = unit else {
        return guess(if chinese {
            format!(
                "a word: {numeral}{}",
                after.chars().next().map(String::from).unwrap_or_default()
            )
        } else {
            "a number with no unit: check".into()
        });
    };
    // 一个, 一座: an article ("a"), unless a count is meant (又有一家, 仅一个, 新增一家).
    if numeral == "一"
        && !["有", "仅", "只", "共", "增", "新增"]
            .iter()
            .any(|w| text[..n.start].ends_with(w))
        && unit != "年"
    {
        return guess(format!("an article: 一{}, a/one", &text[n.end..end]));
    }
    // 一年 after 这 is caught by the set phrases; a year count without a year: a duration.
    let mut end = end;
    // The words that bound it, kept in its text: 160多名, 80%以上, 1200万人左右, 超过三成.
    for w in ["以上", "以下", "以内", "左右", "多", "余"] {
        if text[end..].starts_with(w) {
            end += w.len();
            break;
        }
    }
    let mut start = n.start;
    for w in [
        "不超过",
        "不少于",
        "超过",
        "突破",
        "至少",
        "将近",
        "接近",
        "不足",
        "不到",
        "大约",
        "逾",
        "超",
        "近",
        "约",
    ] {
        if text[..start].ends_with(w) {
            // 近三年: the past three years, not "nearly".
            let period = w == "近"
                && ["年", "个月", "月", "天"]
                    .iter()
                    .any(|u| text[num_end..].starts_with(u));
            if !period {
                start -= w.len();
            }
            break;
        }
    }
    // The text holds whole numerals only (the check decides numerals whole).
    let (start, end) = cover_numerals(text, start, end);
    let written = &text[start..end];
    let reading = numbers::read(written);
    // Digits of another script (١٢) or a number too long for any value: no figure can say it.
    if reading.is_some_and(|r| !r.value.is_finite() || r.value_max.is_some_and(|m| !m.is_finite()))
    {
        return guess(
            "digits the reader cannot value (another script, or too long): rewrite them in 0–9"
                .into(),
        );
    }
    let (value, value_max, mut bound) = match reading {
        Some(r) => (Some(r.value), r.value_max, r.bound),
        None => (None, None, Bound::Exact),
    };
    // Bound words further back in the clause: 约为上年的2.4倍; 登上300亿元台阶.
    let (cs, ce) = clause(text, start, end);
    let head = &text[cs..start];
    if bound == Bound::Exact {
        if head.contains('约') {
            bound = Bound::Approximate;
        } else if ["登上", "迈上", "跨上", "站上"]
            .iter()
            .any(|w| head.contains(w))
            && text[end..ce].contains("台阶")
        {
            bound = Bound::AtLeast;
        }
    }
    let kind = match (r.written, unit) {
        (Written::Percent, _) => "percent",
        (Written::Times, _) => "claim",
        (_, "元" | "美元") => "amount",
        _ if ["连续", "提前"].iter().any(|w| text[..start].ends_with(w)) => "claim",
        _ => "count",
    };
    let start = if kind == "claim" && text[..start].ends_with("连续") {
        start - "连续".len()
    } else if kind == "claim" && text[..start].ends_with("提前") {
        start - "提前".len()
    } else {
        start
    };
    figure(text, start, end, kind, value, value_max, bound, unit)
}

/// `start..end` grown until no numeral of `text` lies partly inside it.
fn cover_numerals(text: &str, start: usize, end: usize) -> (usize, usize) {
    let (mut s, mut e) = (start, end);
    for n in numbers::scan(text) {
        if n.start < e && s < n.end {
            s = s.min(n.start);
            e = e.max(n.end);
        }
    }
    (s, e)
}

/// `全省` before byte `at`, if a region stands there: where the figure's text starts.
fn region_before(text: &str, at: usize) -> usize {
    REGIONS
        .iter()
        .find(|r| text[..at].ends_with(*r))
        .map_or(at, |r| at - r.len())
}

fn latin_before(text: &str, at: usize) -> &str {
    let from = text[..at]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '.')
        .last()
        .map_or(at, |(i, _)| i);
    &text[from..at]
}

trait TextOf {
    fn text_of(self, text: &str) -> &str;
}

impl TextOf for Numeral {
    fn text_of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

#[allow(clippy::too_many_arguments)]
fn figure(
    text: &str,
    start: usize,
    end: usize,
    kind: &'static str,
    value: Option<f64>,
    value_max: Option<f64>,
    bound: Bound,
    unit: &str,
) -> Decision {
    let (start, end) = cover_numerals(text, start, end);
    let (quote_start, quote) = sentences(text)
        .into_iter()
        .find(|&(s, q)| s <= start && end <= s + q.len())
        .unwrap_or((0, text));
    let bound = if value_max.is_some() {
        Bound::Range
    } else {
        bound
    };
    let period = period_of(text, quote_start, start);
    Decision::Figure(Box::new(Figure {
        id: String::new(),
        line: 0,
        start,
        end,
        text: text[start..end].to_string(),
        kind,
        value: if kind == "rank" { None } else { value },
        value_max,
        bound,
        unit: unit.to_string(),
        label_zh: label_zh(text, start, end),
        label_en: String::new(),
        quote: quote.to_string(),
        period,
        section: 0,
        chart: None,
    }))
}

/// The label a figure's clause gives it: the clause without the figure's text, its openers
/// and the verb before the number (`旅游总收入23.53亿元` → `旅游总收入`); a growth clause
/// (`同比增长92.48%`) takes the subject of the clause before it.
fn label_zh(text: &str, start: usize, end: usize) -> String {
    let (cs, ce) = clause(text, start, end);
    let mut head = text[cs..start].to_string();
    for o in LABEL_OPENERS {
        if let Some(rest) = head.strip_prefix(o) {
            head = rest.to_string();
        }
    }
    for c in LABEL_CLOSERS {
        if let Some(rest) = head.strip_suffix(c) {
            head = rest.to_string();
            break;
        }
    }
    let tail = text[end..ce].trim_end_matches(['的']).to_string();
    let growth = ["比上年", "同比", "增长", "下降", "增加", "减少", "上涨"]
        .iter()
        .any(|w| head.starts_with(w));
    if (growth || head.trim().is_empty()) && cs > 0 {
        let (ps, _) = clause(text, cs.saturating_sub(3), cs.saturating_sub(3));
        let before = &text[ps..cs.saturating_sub(3)];
        // The previous clause up to its number (第一产业增加值89755亿元 → 第一产业增加值).
        let cut = before
            .find(|c: char| c.is_ascii_digit())
            .or_else(|| numbers::scan(before).first().map(|n| n.start))
            .unwrap_or(before.len());
        let mut subject = &before[..cut];
        for o in LABEL_OPENERS {
            subject = subject.strip_prefix(o).unwrap_or(subject);
        }
        for c in LABEL_CLOSERS {
            if let Some(rest) = subject.strip_suffix(c) {
                subject = rest;
                break;
            }
        }
        head = format!("{subject}{head}");
    }
    let mut label = if head.chars().count() < 2 {
        format!("{head}{tail}")
    } else {
        head
    };
    let n = label.chars().count();
    if n > 24 {
        label = label.chars().skip(n - 24).collect();
    }
    if label.trim().is_empty() {
        text[start..end].to_string()
    } else {
        label
    }
}

/// The period the sentence gives a figure, before it: `2020年以来`, `2023年`, `1—10月`,
/// `近三年来`, `制度建立以来`.
fn period_of(text: &str, from: usize, to: usize) -> Option<String> {
    let head = &text[from..to];
    let mut best: Option<(usize, String)> = None;
    let mut consider = |at: usize, s: String| {
        if best.as_ref().is_none_or(|(b, _)| at >= *b) {
            best = Some((at, s));
        }
    };
    for (at, _) in head.match_indices("以来") {
        let before = &head[..at];
        let open = before
            .rfind(['，', '。', '；', '：'])
            .map_or(0, |i| i + '，'.len_utf8());
        let phrase = &head[open..at + "以来".len()];
        if phrase.chars().count() <= 10 {
            consider(open, phrase.to_string());
        }
    }
    let chars: Vec<(usize, char)> = head.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if c.is_ascii_digit() && (k == 0 || !chars[k - 1].1.is_ascii_digit()) {
            let digits: String = head[at..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let rest = &head[at + digits.len()..];
            if digits.len() == 4 && rest.starts_with('年') && !rest.starts_with("年以来") {
                consider(at, format!("{digits}年"));
            } else if rest.starts_with('—') && month_range(rest) {
                let end = at + digits.len() + rest.find('月').unwrap_or(0) + '月'.len_utf8();
                consider(at, head[at..end].to_string());
            }
        }
    }
    if let Some(at) = head.find('近') {
        let rest = &head[at..];
        if let Some(e) = rest.find("年来") {
            if rest[..e].chars().count() <= 3 {
                consider(at, rest[..e + "年来".len()].to_string());
            }
        }
    }
    best.map(|(_, s)| s)
}

/// A quote must be found once in the article: a sentence written twice (`同比增长5%。`) takes
/// in its neighbours, the one before first, until it is.
/// How often `needle` stands in `hay`, overlaps counted: `前30强前` twice in `前30强前30强前`,
/// where a reader looking for it could find either.
pub(crate) fn occurrences(hay: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    hay.char_indices()
        .filter(|&(at, _)| hay[at..].starts_with(needle))
        .count()
}

fn unique_quotes(lines: &[Line], figures: &mut [Figure], plain: &[Plain]) {
    let paragraphs: Vec<&str> = lines
        .iter()
        .filter(|l| matches!(l, Line::Paragraph(_)))
        .map(Line::body)
        .collect();
    let found = |q: &str| paragraphs.iter().map(|p| occurrences(p, q)).sum::<usize>();
    for f in figures.iter_mut() {
        if found(&f.quote) <= 1 {
            continue;
        }
        let text = lines[f.line].body();
        let parts = sentences(text);
        let Some(k) = parts
            .iter()
            .position(|&(s, q)| s <= f.start && f.end <= s + q.len())
        else {
            continue;
        };
        let (mut from, mut to) = (k, k);
        let quote = |from: usize, to: usize| {
            let start = parts[from].0;
            let end = parts[to].0 + parts[to].1.len();
            &text[start..end]
        };
        while found(quote(from, to)) > 1 && (from > 0 || to + 1 < parts.len()) {
            if from > 0 {
                from -= 1;
            } else {
                to += 1;
            }
        }
        f.quote = quote(from, to).to_string();
    }
    // The text must occur once in its quote: widen it, to the left first, never onto the
    // figure beside it.
    for i in 0..figures.len() {
        let text = lines[figures[i].line].body();
        let (start, end) = (figures[i].start, figures[i].end);
        let Some(q_start) = text
            .match_indices(figures[i].quote.as_str())
            .map(|(at, _)| at)
            .find(|&at| at <= start && end <= at + figures[i].quote.len())
        else {
            continue;
        };
        let q_end = q_start + figures[i].quote.len();
        // Never onto another figure or a plain numeral of the line.
        let line = figures[i].line;
        let others: Vec<(usize, usize)> = figures
            .iter()
            .enumerate()
            .filter(|&(j, f)| j != i && f.line == line)
            .map(|(_, f)| (f.start, f.end))
            .chain(
                plain
                    .iter()
                    .filter(|p| p.line == line)
                    .map(|p| (p.start, p.end)),
            )
            .collect();
        let left_limit = others
            .iter()
            .filter(|&&(_, e)| e <= start)
            .map(|&(_, e)| e)
            .max()
            .unwrap_or(0)
            .max(q_start);
        let right_limit = others
            .iter()
            .filter(|&&(s, _)| s >= end)
            .map(|&(s, _)| s)
            .min()
            .unwrap_or(q_end)
            .min(q_end);
        let quote = &text[q_start..q_end];
        // A wider text must still read as the same number (no year taken in from the left).
        let value_of = |s: usize, e: usize| numbers::read(&text[s..e]).map(|r| r.value);
        let same_value = |s: usize, e: usize| {
            value_of(s, e)
                .zip(value_of(start, end))
                .is_none_or(|(a, b)| numbers::same(a, b))
                && value_of(s, e).is_some() == value_of(start, end).is_some()
        };
        let (mut s, mut e) = (start, end);
        let (mut left, mut right) = (true, true);
        while occurrences(quote, &text[s..e]) > 1 && (left || right) {
            let l = char_before(text, s).filter(|_| left && s > left_limit);
            let r = text[e..]
                .chars()
                .next()
                .filter(|_| right && e < right_limit);
            if let Some(c) = l {
                if same_value(s - c.len_utf8(), e) {
                    s -= c.len_utf8();
                } else {
                    left = false;
                }
            } else if let Some(c) = r {
                if same_value(s, e + c.len_utf8()) {
                    e += c.len_utf8();
                } else {
                    right = false;
                }
            } else {
                break;
            }
        }
        let f = &mut figures[i];
        f.start = s;
        f.end = e;
        f.text = text[s..e].to_string();
        // A bound word taken in (逾, 以上) is declared, as the check requires.
        if let Some(r) = numbers::read(&f.text) {
            if !matches!(r.bound, Bound::Exact | Bound::Range) && f.bound == Bound::Exact {
                f.bound = r.bound;
            }
        }
    }
}

/// Contexts for the plain numerals: the shortest stretch around each, found once in the
/// article, that holds no other numeral equal to it (which it would decide too).
fn fill_contexts(lines: &[Line], plain: &mut [Plain], figures: &[Figure]) {
    let bodies: Vec<&str> = lines.iter().map(Line::body).collect();
    for p in plain.iter_mut() {
        let text = bodies[p.line];
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let at = |b: usize| {
            chars
                .iter()
                .position(|&(i, _)| i == b)
                .unwrap_or(chars.len())
        };
        let byte = |c: usize| chars.get(c).map_or(text.len(), |&(b, _)| b);
        let (mut s, mut e) = (at(p.start), at(p.end));
        let ok = |s: usize, e: usize| {
            let ctx = &text[byte(s)..byte(e)];
            // Found once, as the check finds contexts (without overlaps), and found here.
            let once: usize = bodies.iter().map(|b| occurrences(b, ctx)).sum();
            let here = text.find(ctx) == Some(byte(s));
            // No figure's numeral lies inside another occurrence of the numeral in it (other
            // plain numerals it decides too, harmlessly).
            let own = byte(s)..byte(e);
            let clean = ctx.match_indices(p.numeral.as_str()).all(|(i, _)| {
                let from = own.start + i;
                from == p.start
                    || !figures.iter().any(|f| {
                        f.line == p.line && f.start < from + p.numeral.len() && from < f.end
                    })
            });
            once == 1 && here && clean
        };
        // The shortest window around the numeral that works, two characters either side
        // preferred (as an editor would quote it); shorter ones only if none does.
        let own = e - s;
        let n = chars.len();
        let window = |size: usize| {
            let lefts = (0..=size - own).filter(|&l| l <= s && s - l + size <= n);
            let mut lefts: Vec<usize> = lefts.collect();
            let centre = (size - own) / 2;
            lefts.sort_by_key(|&l| l.abs_diff(centre));
            lefts
                .into_iter()
                .map(|l| (s - l, s - l + size))
                .find(|&(a, b)| ok(a, b))
        };
        let preferred = (own + 4).min(n);
        let found = (preferred..=n)
            .chain((own..preferred).rev())
            .find_map(window)
            .unwrap_or((0, n));
        (s, e) = found;
        p.context = text[byte(s)..byte(e)].to_string();
    }
}

/// First English labels and ids, from the glossary.
fn name_figures(figures: &mut [Figure]) {
    let mut used: Vec<String> = Vec::new();
    for f in figures.iter_mut() {
        f.label_zh = ungrouped(&f.label_zh);
        f.label_en = label_en(&f.label_zh, f);
        let mut base: String = f
            .label_en
            .to_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty() && !["on", "the", "of", "and", "to", "translate"].contains(w))
            .take(4)
            .collect::<Vec<_>>()
            .join("-");
        if !base.starts_with(|c: char| c.is_ascii_lowercase()) {
            base = format!("figure-{base}").trim_end_matches('-').to_string();
        }
        let mut id = base.clone();
        let mut k = 2;
        while used.contains(&id) {
            id = format!("{base}-{k}");
            k += 1;
        }
        used.push(id.clone());
        f.id = id;
    }
}

fn label_en(zh: &str, f: &Figure) -> String {
    // Terms in reading order, each once, longer terms first where they overlap.
    let mut found: Vec<(usize, &str)> = Vec::new();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut terms: Vec<&(&str, &str)> = GLOSSARY.iter().collect();
    terms.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    for (w, en) in terms {
        for (at, _) in zh.match_indices(w) {
            let span = (at, at + w.len());
            if taken.iter().any(|&(s, e)| s < span.1 && span.0 < e) {
                continue;
            }
            taken.push(span);
            if !found.iter().any(|(_, e)| e == en) {
                found.push((at, en));
            }
        }
    }
    found.sort_by_key(|&(at, _)| at);
    let words: Vec<&str> = found.iter().map(|&(_, en)| en).collect();
    let mut label = words.join(", ");
    if label.is_empty() {
        label = match f.kind {
            "rank" => "Rank".into(),
            "claim" => "Claim".into(),
            "percent" => "Share or rate".into(),
            _ => format!("Count ({})", words::unit_en(&f.unit)).replace(" ()", ""),
        };
        // No Chinese in English copy, even in a draft: the editor reads label_zh beside it.
        label = format!("{label} (to translate)");
    }
    let mut c = label.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// `text` without its numerals (for words that must not state numbers of their own).
pub fn strip_numerals(text: &str) -> String {
    let mut out = String::new();
    let mut last = 0;
    for n in numbers::scan(text) {
        out.push_str(&text[last..n.start]);
        last = n.end;
    }
    out.push_str(&text[last..]);
    out
}

/// Charts: in each section, the figures of one unit and one period, two or more, as bars.
/// At least one chart (the page's preview needs one): else the first figures with a value,
/// as tiles.
fn propose_charts(lines: &[Line], figures: &mut [Figure]) -> Vec<Chart> {
    let headings: Vec<String> = std::iter::once(String::new())
        .chain(lines.iter().filter_map(|l| match l {
            Line::Heading(h) => Some(h.clone()),
            _ => None,
        }))
        .collect();
    let mut charts: Vec<Chart> = Vec::new();
    let mut groups: Vec<(usize, String, Option<String>, Vec<usize>)> = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        if f.value.is_none() || f.kind == "claim" || f.bound == Bound::Range {
            continue;
        }
        match groups
            .iter_mut()
            .find(|(s, u, p, _)| *s == f.section && *u == f.unit && *p == f.period)
        {
            Some(g) => g.3.push(i),
            None => groups.push((f.section, f.unit.clone(), f.period.clone(), vec![i])),
        }
    }
    // Wide screens show one chart beside a paragraph, and a chart stands by the paragraph of
    // its first figure: a group whose first figures stand where a chart already does starts
    // at its first figure in a paragraph of its own.
    let mut stood: Vec<usize> = Vec::new();
    for (section, unit, _, members) in groups.into_iter().filter(|g| g.3.len() >= 2) {
        let members: Vec<usize> = members
            .into_iter()
            .skip_while(|&i| stood.contains(&figures[i].line))
            .take(6)
            .collect();
        let Some(&first) = members.first() else {
            continue;
        };
        if members.len() < 2 {
            continue;
        }
        stood.push(figures[first].line);
        let id = format!("section{section}-{}", charts.len() + 1);
        charts.push(chart_of(
            &id,
            "bars",
            &headings[section],
            &unit,
            &members,
            figures,
        ));
    }
    if charts.is_empty() {
        let members: Vec<usize> = (0..figures.len())
            .filter(|&i| figures[i].value.is_some() && figures[i].kind != "rank")
            .take(4)
            .collect();
        if !members.is_empty() {
            charts.push(chart_of("key-figures", "tiles", "", "", &members, figures));
        }
    }
    charts
}

fn chart_of(
    id: &str,
    form: &'static str,
    heading: &str,
    unit: &str,
    members: &[usize],
    figures: &mut [Figure],
) -> Chart {
    let heading = strip_numerals(heading);
    let title_zh = match (heading.trim().is_empty(), unit) {
        (true, "") => "本文数据".to_string(),
        (true, u) => format!("本文数据（{u}）"),
        (false, "") => heading.trim().to_string(),
        (false, u) => format!("{}（{u}）", heading.trim()),
    };
    let summary_zh = members
        .iter()
        .map(|&i| {
            format!(
                "{}{}",
                strip_numerals(&figures[i].label_zh),
                ungrouped(&figures[i].text)
            )
        })
        .collect::<Vec<_>>()
        .join("；")
        + "。";
    let summary_en = members
        .iter()
        .map(|&i| strip_digits(&figures[i].label_en))
        .collect::<Vec<_>>()
        .join("; ")
        + ".";
    for &i in members {
        figures[i].chart = Some(id.to_string());
    }
    Chart {
        id: id.to_string(),
        form,
        title_zh,
        title_en: "Draft chart: write its title".into(),
        summary_zh,
        summary_en,
        rows: members.iter().map(|&i| figures[i].id.clone()).collect(),
    }
}

/// `1,100万元` as Chinese copy writes it (GB/T 15835: no Western thousands grouping): `1100万元`.
fn ungrouped(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(k, &c)| {
            !(c == ','
                && k > 0
                && chars[k - 1].is_ascii_digit()
                && chars.get(k + 1).is_some_and(char::is_ascii_digit))
        })
        .map(|(_, &c)| c)
        .collect()
}

fn strip_digits(text: &str) -> String {
    text.chars().filter(|c| !c.is_numeric()).collect()
}
