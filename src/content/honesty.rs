//! Checks that a chart's form fits its figures, as a graphics desk would: one scale holds only
//! quantities of one unit and one period, and a value derived from a lower bound or a range
//! says that it is a bound. Called by the chart checks in `source`; it knows only the little
//! it is given about each figure, so it stays apart from how the content files are read.

/// What the checks need to know of one figure of a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Seen<'a> {
    pub id: &'a str,
    pub unit: &'a str,
    /// The period the article gives the figure (`近三年来`, `2023年`), if it gives one.
    pub period: Option<&'a str>,
    /// A lower bound (`以上`, `多`, `登上…台阶`) or a range (`2—3名`), not an exact value.
    pub bounded: bool,
}

/// The chart forms, as far as the checks tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Bars { ratio: bool },
    Growth,
    Funnel,
    Breakdown,
    Ranks,
    Tiles,
}

/// Words that mark a derived value as a bound, in Chinese and in English notes.
/// (`约`, `≈`, `about` for a value derived from an approximate one.)
const BOUND_ZH: [&str; 13] = [
    "≤",
    "≥",
    "<",
    ">",
    "≈",
    "以上",
    "以下",
    "至多",
    "至少",
    "不超过",
    "超过",
    "不足",
    "约",
];
const BOUND_EN: [&str; 10] = [
    "≤",
    "≥",
    "<",
    ">",
    "≈",
    "at most",
    "at least",
    "no more than",
    "more than",
    "about",
];

/// Every problem with the chart's rows as its form draws them, in words for the content editor.
pub fn check(
    shape: Shape,
    rows: &[Vec<Seen<'_>>],
    note_zh: Option<&str>,
    note_en: Option<&str>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for scale in scales(shape, rows) {
        let Some(first) = scale.first() else { continue };
        for other in &scale[1..] {
            if other.unit != first.unit || other.period != first.period {
                problems.push(format!(
                    "`{}` ({}) and `{}` ({}) are drawn on one scale: a scale holds one unit \
                     and one period only",
                    first.id,
                    describe(first),
                    other.id,
                    describe(other)
                ));
            }
        }
    }
    let marked = |note: Option<&str>, words: &[&str]| {
        note.is_some_and(|n| words.iter().any(|w| n.contains(w)))
    };
    let from_bound: Vec<&str> = derived_from(shape, rows)
        .into_iter()
        .filter(|f| f.bounded)
        .map(|f| f.id)
        .collect();
    let unmarked = !marked(note_zh, &BOUND_ZH) || !marked(note_en, &BOUND_EN);
    if !from_bound.is_empty() && unmarked {
        problems.push(format!(
            "derives a value from {} (a lower bound or a range) without marking it as a bound: \
             say so in `note_zh` (≤, ≥, 以上, 至多…) and `note_en` (≤, ≥, at most…)",
            from_bound
                .iter()
                .map(|id| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    problems
}

fn describe(f: &Seen<'_>) -> String {
    let unit = if f.unit.is_empty() { "no unit" } else { f.unit };
    match f.period {
        Some(p) => format!("{unit}, {p}"),
        None => format!("{unit}, no period"),
    }
}

/// The groups of figures each drawn against one shared scale.
fn scales<'r, 'a>(shape: Shape, rows: &'r [Vec<Seen<'a>>]) -> Vec<Vec<Seen<'a>>> {
    let first = |r: &'r Vec<Seen<'a>>| r.first().copied();
    match shape {
        Shape::Bars { .. } => vec![rows.iter().filter_map(first).collect()],
        Shape::Funnel => vec![rows.iter().filter_map(first).collect()],
        // Whole and part on one bar: one unit throughout; each pair has its own period.
        Shape::Breakdown => {
            let mut groups: Vec<Vec<Seen<'a>>> = rows
                .iter()
                .map(|r| r.iter().take(2).copied().collect())
                .collect();
            let units: Vec<Seen<'a>> = rows
                .iter()
                .flat_map(|r| r.iter().take(2))
                .map(|f| Seen { period: None, ..*f })
                .collect();
            groups.push(units);
            groups
        }
        Shape::Growth | Shape::Ranks | Shape::Tiles => Vec::new(),
    }
}

/// The figures the form computes a value from.
fn derived_from<'a>(shape: Shape, rows: &[Vec<Seen<'a>>]) -> Vec<Seen<'a>> {
    match shape {
        Shape::Growth | Shape::Breakdown => rows
            .iter()
            .flat_map(|r| r.iter().take(2))
            .copied()
            .collect(),
        Shape::Bars { ratio: true } => match (rows.first(), rows.last()) {
            (Some(a), Some(b)) => a.iter().chain(b).take(2).copied().collect(),
            _ => Vec::new(),
        },
        Shape::Ranks => rows
            .iter()
            .filter(|r| r.len() == 2)
            .flatten()
            .copied()
            .collect(),
        Shape::Bars { ratio: false } | Shape::Funnel | Shape::Tiles => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen<'a>(id: &'a str, unit: &'a str, period: Option<&'a str>, bounded: bool) -> Seen<'a> {
        Seen {
            id,
            unit,
            period,
            bounded,
        }
    }

    #[test]
    fn one_scale_holds_one_unit_and_one_period() {
        let clinic = seen("clinic", "次", Some("制度建立以来"), false);
        let meetings = seen("meetings", "次", Some("制度建立以来"), false);
        let ok = check(
            Shape::Bars { ratio: false },
            &[vec![clinic], vec![meetings]],
            None,
            None,
        );
        assert!(ok.is_empty(), "{ok:?}");

        let dispatches = seen("dispatches", "次", Some("近三年来"), false);
        let mixed = check(
            Shape::Bars { ratio: false },
            &[vec![clinic], vec![dispatches]],
            None,
            None,
        );
        assert_eq!(mixed.len(), 1, "{mixed:?}");
        assert!(mixed[0].contains("`dispatches`") && mixed[0].contains("近三年来"));

        let topics = seen("topics", "个", Some("制度建立以来"), false);
        let units = check(Shape::Funnel, &[vec![clinic], vec![topics]], None, None);
        assert!(units[0].contains("`topics` (个"), "{units:?}");
    }

    #[test]
    fn a_value_derived_from_a_bound_must_say_so_in_both_notes() {
        let gdp = seen("gdp", "元", Some("2022年"), true);
        let revenue = seen("revenue", "元", Some("2022年"), false);
        let rows = [vec![gdp], vec![revenue]];
        let ratio = Shape::Bars { ratio: true };
        let plain = check(
            ratio,
            &rows,
            Some("比例 = 财政收入 ÷ 经济总量"),
            Some("revenue ÷ output"),
        );
        assert_eq!(plain.len(), 1, "{plain:?}");
        assert!(plain[0].contains("`gdp`"));
        let half = check(ratio, &rows, Some("比例至多为…"), Some("revenue ÷ output"));
        assert_eq!(half.len(), 1, "the English note must say it too");
        let marked = check(
            ratio,
            &rows,
            Some("比例至多为…"),
            Some("at most revenue ÷ output"),
        );
        assert!(marked.is_empty(), "{marked:?}");
        // Without a ratio nothing is derived, so nothing needs marking.
        assert!(check(Shape::Bars { ratio: false }, &rows, None, None).is_empty());
    }
}
