//! The value, bound and unit a figure states must agree with its text as written.

use super::numbers::{self, Reading, Written};
use super::schema::{BoundEntry, FigureEntry, KindEntry};
use crate::model::Bound;

/// Every disagreement between a figure's `value`, `bound`, `unit` and its text.
pub fn check_value(f: &FigureEntry) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, v) in [("value", f.value), ("value_max", f.value_max)] {
        if v.is_some_and(|v| !v.is_finite() || v < 0.0) {
            problems.push(format!("`{name}` must be a finite number, not negative"));
        }
    }
    let reading = numbers::read(&f.text);
    let needs_value = !matches!(f.kind, KindEntry::Rank) && reading.is_some();
    match (needs_value, f.value, reading) {
        (false, Some(_), _) => problems.push(if matches!(f.kind, KindEntry::Rank) {
            "a rank has no value: remove `value`".to_string()
        } else {
            format!("`{}` has no numeral: remove `value`", f.text)
        }),
        (true, None, Some(r)) => problems.push(format!(
            "`value` is missing: `{}` reads as {}",
            f.text, r.value
        )),
        (true, Some(v), Some(r)) => {
            if !numbers::same(v, r.value) {
                problems.push(format!(
                    "value {v} disagrees with `{}`, which reads as {}",
                    f.text, r.value
                ));
            }
            check_bound(f, &r, &mut problems);
        }
        _ => {}
    }
    if !matches!(f.bound, BoundEntry::Range) && f.value_max.is_some() {
        problems.push("`value_max` is only for bound = \"range\"".into());
    }
    if matches!(
        f.kind,
        KindEntry::Count | KindEntry::Amount | KindEntry::Percent
    ) {
        if f.unit.trim().is_empty() {
            problems.push("a count, amount or percent needs a `unit`".into());
        }
        if f.value.is_none() && reading.is_none() {
            problems.push(format!(
                "a count, amount or percent needs a numeral in its text `{}`",
                f.text
            ));
        }
    }
    if matches!(f.kind, KindEntry::Percent) && f.unit != "%" {
        problems.push("a percent has unit \"%\"".into());
    }
    problems
}

fn check_bound(f: &FigureEntry, r: &Reading, problems: &mut Vec<String>) {
    match (f.bound, r.value_max) {
        (BoundEntry::Range, Some(max)) => match f.value_max {
            Some(m) if numbers::same(m, max) => {}
            Some(m) => problems.push(format!(
                "value_max {m} disagrees with `{}`, which reads up to {max}",
                f.text
            )),
            None => problems.push(format!(
                "`value_max` is missing: `{}` reads up to {max}",
                f.text
            )),
        },
        (BoundEntry::Range, None) => problems.push(format!(
            "bound is \"range\" but `{}` is not a range",
            f.text
        )),
        (_, Some(_)) => problems.push(format!(
            "`{}` is a range: set bound = \"range\" and value_max",
            f.text
        )),
        // A bound word in the text must be declared; a bound the text says without one of
        // its words (`登上300亿元台阶`) is the editor's reading and stands.
        (declared, None) => {
            let said = bound_entry(r.bound);
            if said != BoundEntry::Exact && declared != said {
                let word = numbers::bound_word(&f.text).unwrap_or("");
                problems.push(format!(
                    "`{}` says {} ({word}): set bound = \"{}\"",
                    f.text,
                    describe(said),
                    name(said)
                ));
            }
        }
    }
}

/// A bound as figures.toml names it.
pub fn bound_entry(b: Bound) -> BoundEntry {
    match b {
        Bound::Exact => BoundEntry::Exact,
        Bound::AtLeast => BoundEntry::AtLeast,
        Bound::MoreThan => BoundEntry::MoreThan,
        Bound::AtMost => BoundEntry::AtMost,
        Bound::LessThan => BoundEntry::LessThan,
        Bound::Approximate => BoundEntry::Approximate,
        Bound::Range => BoundEntry::Range,
    }
}

/// The name of a bound in figures.toml.
pub fn name(b: BoundEntry) -> &'static str {
    match b {
        BoundEntry::Exact => "exact",
        BoundEntry::AtLeast => "at-least",
        BoundEntry::MoreThan => "more-than",
        BoundEntry::AtMost => "at-most",
        BoundEntry::LessThan => "less-than",
        BoundEntry::Approximate => "approximate",
        BoundEntry::Range => "range",
    }
}

fn describe(b: BoundEntry) -> &'static str {
    match b {
        BoundEntry::Exact => "exactly",
        BoundEntry::AtLeast => "at least",
        BoundEntry::MoreThan => "more than",
        BoundEntry::AtMost => "at most",
        BoundEntry::LessThan => "less than",
        BoundEntry::Approximate => "about",
        BoundEntry::Range => "a range",
    }
}

/// The places a rank allows: `全省第一` → (1, 1), `全省第二` → (2, 2), `前30强` → (1, 30).
pub fn rank_places(text: &str) -> Option<(u32, u32)> {
    let r = numbers::read(text)?;
    let n = r.value as u32;
    Some(if r.written == Written::Top {
        (1, n)
    } else {
        (n, n)
    })
}
