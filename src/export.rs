//! The data a reader can take away: each chart's statistics, all of them, and the numerals
//! left plain with the reason, as CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese
//! correctly). Built at build time from the content, never kept by hand; the files sit beside
//! the pages under `data/`.

#[cfg(not(target_arch = "wasm32"))]
use crate::charts::derived::{derived, Derived};
#[cfg(not(target_arch = "wasm32"))]
use crate::i18n::Lang;
use crate::model::Chart;
#[cfg(not(target_arch = "wasm32"))]
use crate::model::{Article, Bound, Figure, Kind, NotStatistic};

/// The columns of a statistics CSV: the figure as the reader sees it first, then what a
/// fact-checker needs to audit it.
pub const STATISTICS_HEADER: &str =
    "id,label_zh,label_en,value,unit,quote,section,kind,bound,value_max,formula";

/// The columns of the list of numerals left plain.
pub const NOT_STATISTICS_HEADER: &str = "line,context,numeral,reason";

/// Where a chart's CSV is, relative to the pages; `None` for all statistics.
pub fn csv_path(chart: Option<&Chart>) -> String {
    match chart {
        Some(c) => format!("data/{}.csv", c.id),
        None => "data/statistics.csv".into(),
    }
}

/// What a downloaded file is called: the publication's prefix (`content/page.toml`), then
/// what it holds: `hengyang-holiday.csv`. ASCII, so it survives every file system and mail.
pub fn download_name(stem: &str, ext: &str) -> String {
    format!(
        "{}-{stem}.{ext}",
        crate::article::PAGE.publication.file_prefix
    )
}

/// Where the list of numerals left plain is, relative to the pages.
pub const NOT_STATISTICS_PATH: &str = "data/not-statistics.csv";

/// The CSV of these figures and then of the values `charts` derive from them, one row each
/// (see [`STATISTICS_HEADER`]). `value` is in base units (the lower end for ranges and lower
/// bounds), empty for ranks and claims; `section` is the heading the figure stands under
/// (empty for the intro); a derived row has kind `derived`, an id `<chart>_derived_<n>` (`_`, which no figure
/// id holds, so it cannot be a figure's), its
/// unrounded value and the formula that gives it, and no quote.
#[cfg(not(target_arch = "wasm32"))]
pub fn csv<'a>(
    article: &Article,
    figures: impl IntoIterator<Item = &'a Figure>,
    charts: &[&Chart],
) -> String {
    let mut out = format!("\u{feff}{STATISTICS_HEADER}\r\n");
    let section = |i: usize| {
        article
            .sections
            .get(i)
            .and_then(|s| s.heading)
            .unwrap_or_default()
    };
    for f in figures {
        let value = f.value.map(|v| v.to_string()).unwrap_or_default();
        let value_max = f.value_max.map(|v| v.to_string()).unwrap_or_default();
        let row = [
            f.id,
            f.label_zh,
            f.label_en,
            &value,
            f.unit,
            f.quote,
            section(f.section),
            kind_name(f.kind),
            bound_name(f.bound),
            &value_max,
            "",
        ];
        push_row(&mut out, row);
    }
    for chart in charts {
        let zh = derived(chart, article, Lang::Zh);
        let en = derived(chart, article, Lang::En);
        let home = chart.anchor().map_or(0, |a| article.figures[a].section);
        for (n, (d, Derived { label, .. })) in zh.iter().zip(en).enumerate() {
            let id = format!("{}_derived_{}", chart.id, n + 1);
            let value = d.value.to_string();
            let row = [
                &id,
                &d.label,
                &label,
                &value,
                d.unit,
                "",
                section(home),
                "derived",
                "approximate",
                "",
                &d.formula,
            ];
            push_row(&mut out, row);
        }
    }
    out
}

/// The numerals of the article left plain, with where they stand and why.
#[cfg(not(target_arch = "wasm32"))]
pub fn not_statistics_csv(list: &[NotStatistic]) -> String {
    let mut out = format!("\u{feff}{NOT_STATISTICS_HEADER}\r\n");
    for n in list {
        push_row(
            &mut out,
            [&n.line.to_string(), n.context, n.numeral, n.reason],
        );
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
/// Appends one record, written by the csv crate (RFC 4180: quoted where a field holds a
/// comma, quote or line break), ending in CRLF as Excel expects.
fn push_row<const N: usize>(out: &mut String, row: [&str; N]) {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing into memory cannot fail, and the fields are UTF-8 in, UTF-8 out.
    if writer.write_record(row).is_ok() {
        if let Ok(bytes) = writer.into_inner() {
            out.push_str(&String::from_utf8_lossy(&bytes));
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Count => "count",
        Kind::Amount => "amount",
        Kind::Percent => "percent",
        Kind::Rank => "rank",
        Kind::Claim => "claim",
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn bound_name(bound: Bound) -> &'static str {
    match bound {
        Bound::Exact => "exact",
        Bound::AtLeast => "at-least",
        Bound::MoreThan => "more-than",
        Bound::AtMost => "at-most",
        Bound::LessThan => "less-than",
        Bound::Approximate => "approximate",
        Bound::Range => "range",
    }
}

/// Every CSV file of the build: (path, contents).
#[cfg(not(target_arch = "wasm32"))]
pub fn all_csv(article: &Article, not_statistics: &[NotStatistic]) -> Vec<(String, String)> {
    let every_chart: Vec<&Chart> = article.charts.iter().collect();
    let mut files = vec![
        (csv_path(None), csv(article, article.figures, &every_chart)),
        (
            NOT_STATISTICS_PATH.to_string(),
            not_statistics_csv(not_statistics),
        ),
    ];
    for c in article.charts {
        files.push((
            csv_path(Some(c)),
            csv(article, c.figures().map(|i| &article.figures[i]), &[c]),
        ));
    }
    files
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::article::ARTICLE;

    /// Splits a CSV line into fields, honouring quotes: a reader of the file, not the writer.
    fn parse_line(line: &str) -> Vec<String> {
        let (mut fields, mut current, mut quoted, mut chars) =
            (Vec::new(), String::new(), false, line.chars().peekable());
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    current.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => fields.push(std::mem::take(&mut current)),
                _ => current.push(c),
            }
        }
        fields.push(current);
        fields
    }

    /// The non-empty lines of a CSV file, after its byte-order mark.
    fn lines(text: &str) -> Vec<&str> {
        assert!(text.starts_with('\u{feff}'), "UTF-8 BOM for Excel");
        text.trim_start_matches('\u{feff}')
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .collect()
    }

    fn every_chart() -> Vec<&'static Chart> {
        ARTICLE.charts.iter().collect()
    }

    #[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
    #[test]
    fn all_statistics_csv_has_a_bom_a_header_and_a_row_per_figure() {
        let text = csv(&ARTICLE, ARTICLE.figures, &every_chart());
        let lines = lines(&text);
        assert_eq!(
            lines[0],
            "id,label_zh,label_en,value,unit,quote,section,kind,bound,value_max,formula"
        );
        assert!(
            lines.len() > ARTICLE.figures.len() + 1,
            "derived rows follow"
        );
        for (line, f) in lines[1..].iter().zip(ARTICLE.figures) {
            let fields = parse_line(line);
            assert_eq!(fields.len(), 11, "{line}");
            assert_eq!(fields[0], f.id);
            assert_eq!(fields[1], f.label_zh);
            assert_eq!(fields[2], f.label_en);
            assert_eq!(fields[4], f.unit);
            assert_eq!(fields[5], f.quote, "the quote survives quoting");
            assert_eq!(fields[6], ARTICLE.sections[f.section].heading.unwrap_or(""));
            assert_eq!(fields[10], "", "a figure is read, not derived");
            match f.value {
                Some(v) => assert_eq!(fields[3].parse::<f64>().ok(), Some(v), "{}", f.id),
                None => assert_eq!(fields[3], ""),
            }
        }
    }

    #[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
    #[test]
    fn decision_columns_say_section_kind_bound_and_range() {
        let text = csv(&ARTICLE, ARTICLE.figures, &[]);
        let row = |id: &str| {
            let line = lines(&text)
                .into_iter()
                .find(|l| l.starts_with(&format!("{id},")))
                .unwrap_or_else(|| panic!("{id} has a row"));
            parse_line(line)
        };
        let grid = row("grid-members-per-township");
        assert_eq!(grid[6], "守护绿水青山，让生态环境底色更浓");
        assert_eq!(&grid[7..10], ["count", "range", "3"]);
        let first = row("air-standard-first-time");
        assert_eq!(
            &first[6..10],
            ["", "claim", "exact", ""],
            "the intro has no heading"
        );
        assert_eq!(&row("care-people-served")[7..9], ["count", "more-than"]);
        assert_eq!(&row("water-improvement-rank")[7..9], ["rank", "exact"]);
    }

    #[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
    #[test]
    fn derived_values_carry_their_formula() {
        let holiday = ARTICLE
            .charts
            .iter()
            .find(|c| c.form == crate::model::Form::Growth);
        let holiday = holiday.expect("a growth chart");
        let text = csv(&ARTICLE, [], &[holiday]);
        let lines = lines(&text);
        assert_eq!(
            lines.len(),
            1 + holiday.rows.len(),
            "one derived row per growth row"
        );
        let fields = parse_line(lines[1]);
        assert_eq!(fields[0], format!("{}_derived_1", holiday.id));
        assert!(
            !crate::model::is_id(&fields[0]),
            "a derived id is never a figure's"
        );
        assert_eq!(&fields[7..9], ["derived", "approximate"]);
        // Last year's visitors: 2 304 700 ÷ 1.8052, worked out here by hand.
        let value: f64 = fields[3].parse().expect("a number");
        assert!((value - 1_276_700.6).abs() < 1.0, "{value}");
        assert_eq!(fields[4], "人次");
        assert_eq!(fields[10], "230.47万人次 ÷ (1 + 80.52%)");
    }

    #[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
    #[test]
    fn not_statistics_csv_lists_every_plain_numeral_with_its_reason() {
        let text = not_statistics_csv(crate::NOT_STATISTICS);
        let lines = lines(&text);
        assert_eq!(lines[0], "line,context,numeral,reason");
        assert_eq!(lines.len(), crate::NOT_STATISTICS.len() + 1);
        let article = include_str!("../content/article.txt");
        for line in &lines[1..] {
            let fields = parse_line(line);
            assert_eq!(fields.len(), 4, "{line}");
            let n: usize = fields[0].parse().expect("a line number");
            let in_article = article.lines().nth(n - 1).expect("the line exists");
            assert!(in_article.contains(&fields[1]), "{line}");
            assert!(fields[1].contains(&fields[2]), "{line}");
            assert!(!fields[3].is_empty(), "{line}");
        }
        assert!(text.contains("\r\n39,自2017年起,2017,"), "{text}");
    }

    #[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
    #[test]
    fn visitors_are_written_in_base_units() {
        let text = csv(&ARTICLE, ARTICLE.figures, &[]);
        assert!(
            text.contains("\r\nholiday-visitors,中秋国庆假期接待游客,"),
            "{text}"
        );
        assert!(text.contains(",2304700,人次,"));
        assert!(text.contains(",154004000000,元,"));
    }

    #[test]
    fn fields_with_commas_quotes_and_line_breaks_are_quoted() {
        let mut out = String::new();
        push_row(&mut out, ["a,b", "say \"hi\"", "衡阳", "two\nlines"]);
        assert_eq!(out, "\"a,b\",\"say \"\"hi\"\"\",衡阳,\"two\nlines\"\r\n");
        assert_eq!(
            parse_line(out.trim_end()),
            ["a,b", "say \"hi\"", "衡阳", "two\nlines"]
        );
    }

    #[test]
    fn each_chart_has_its_own_file_of_its_figures() {
        let files = all_csv(&ARTICLE, crate::NOT_STATISTICS);
        assert_eq!(files.len(), ARTICLE.charts.len() + 2);
        assert_eq!(files[1].0, "data/not-statistics.csv");
        for (c, (path, text)) in ARTICLE.charts.iter().zip(&files[2..]) {
            assert_eq!(path, &format!("data/{}.csv", c.id));
            let derived = derived(c, &ARTICLE, Lang::Zh).len();
            assert_eq!(
                text.matches("\r\n").count(),
                c.figures().count() + derived + 1
            );
        }
    }
}
