//! The data a reader can take away: each chart's statistics, and all of them, as CSV (UTF-8
//! with a byte-order mark, so Excel reads the Chinese correctly). Built at build time from the
//! content, never kept by hand; the files sit beside the pages under `data/`.

use crate::model::{Article, Chart, Figure};

/// Where a chart's CSV is, relative to the pages; `None` for all statistics.
pub fn csv_path(chart: Option<&Chart>) -> String {
    match chart {
        Some(c) => format!("data/{}.csv", c.id),
        None => "data/statistics.csv".into(),
    }
}

/// The CSV of these figures: `id,label_zh,label_en,value,unit,quote`, one row each. `value`
/// is in base units (the lower end for ranges and lower bounds), empty for ranks and claims.
pub fn csv<'a>(figures: impl IntoIterator<Item = &'a Figure>) -> String {
    let mut out = String::from("\u{feff}id,label_zh,label_en,value,unit,quote\r\n");
    for f in figures {
        let value = f.value.map(|v| v.to_string()).unwrap_or_default();
        let row = [f.id, f.label_zh, f.label_en, &value, f.unit, f.quote].map(field);
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Every CSV file of the build: (path, contents).
pub fn all_csv(article: &Article) -> Vec<(String, String)> {
    let mut files = vec![(csv_path(None), csv(article.figures))];
    for c in article.charts {
        files.push((
            csv_path(Some(c)),
            csv(c.figures().map(|i| &article.figures[i])),
        ));
    }
    files
}

/// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
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

    #[test]
    fn all_statistics_csv_has_a_bom_a_header_and_a_row_per_figure() {
        let text = csv(ARTICLE.figures);
        assert!(text.starts_with('\u{feff}'), "UTF-8 BOM for Excel");
        let lines: Vec<&str> = text
            .trim_start_matches('\u{feff}')
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines[0], "id,label_zh,label_en,value,unit,quote");
        assert_eq!(lines.len(), ARTICLE.figures.len() + 1);
        for (line, f) in lines[1..].iter().zip(ARTICLE.figures) {
            let fields = parse_line(line);
            assert_eq!(fields.len(), 6, "{line}");
            assert_eq!(fields[0], f.id);
            assert_eq!(fields[1], f.label_zh);
            assert_eq!(fields[2], f.label_en);
            assert_eq!(fields[4], f.unit);
            assert_eq!(fields[5], f.quote, "the quote survives quoting");
            match f.value {
                Some(v) => assert_eq!(fields[3].parse::<f64>().ok(), Some(v), "{}", f.id),
                None => assert_eq!(fields[3], ""),
            }
        }
    }

    #[test]
    fn visitors_are_written_in_base_units() {
        let text = csv(ARTICLE.figures);
        assert!(
            text.contains("\r\nholiday-visitors,中秋国庆假期接待游客,"),
            "{text}"
        );
        assert!(text.contains(",2304700,人次,"));
        assert!(text.contains(",154004000000,元,"));
    }

    #[test]
    fn fields_with_commas_and_quotes_are_quoted() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("衡阳"), "衡阳");
    }

    #[test]
    fn each_chart_has_its_own_file_of_its_figures() {
        let files = all_csv(&ARTICLE);
        assert_eq!(files.len(), ARTICLE.charts.len() + 1);
        for (c, (path, text)) in ARTICLE.charts.iter().zip(&files[1..]) {
            assert_eq!(path, &format!("data/{}.csv", c.id));
            assert_eq!(text.matches("\r\n").count(), c.figures().count() + 1);
        }
    }
}
