//! The proposal as the five files of a content folder, and the folder written and checked.

use super::normalise::render as render_article;
use super::proposal::{Figure, Proposal};
use super::words;
use crate::content::folder;
use crate::content::values::{bound_entry, name as bound_name};
use crate::model::Bound;
use std::fmt::Write as _;
use std::path::Path;

/// Why the folder was not written, or was written but does not pass the check.
#[derive(Debug)]
pub enum WriteError {
    /// The folder holds files and `--force` was not given.
    NotEmpty(String),
    /// The article states no statistic: there is nothing to chart.
    NoStatistic,
    Io(String),
    /// Written, but the content check (with `--draft`) finds these problems.
    Invalid(Vec<String>),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::NotEmpty(dir) => write!(
                f,
                "{dir} is not empty: give --force to overwrite its content files"
            ),
            WriteError::NoStatistic => write!(
                f,
                "the article states no statistic (no number with a unit, share or rank): \
                 nothing to chart, no folder written"
            ),
            WriteError::Io(e) => write!(f, "{e}"),
            WriteError::Invalid(problems) => {
                writeln!(f, "the proposal does not pass the content check:")?;
                for p in problems {
                    writeln!(f, "{p}")?;
                }
                Ok(())
            }
        }
    }
}

/// A TOML basic string.
fn q(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A value as TOML writes it: integers without a decimal point.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else if v.abs() >= 1e15 {
        // Beyond TOML's integers: a float with an exponent (1e25).
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}

pub fn figures_toml(p: &Proposal) -> String {
    let mut s = String::from(
        "# Proposed by scripts/new-article.sh: one [[figure]] per statistic, in reading order.\n\
         # Check each against the article (value in base units, bound, unit, labels), then delete\n\
         # its `draft = true` line. `quote` is the figure's sentence, verbatim.\n\n[units]\n",
    );
    let mut units: Vec<&str> = p.figures.iter().map(|f| f.unit.as_str()).collect();
    units.sort_unstable();
    units.dedup();
    for u in units {
        let _ = writeln!(s, "{} = {}", q(u), q(words::unit_en(u)));
    }
    for f in &p.figures {
        let _ = writeln!(s, "\n[[figure]]\nid = {}\ndraft = true", q(&f.id));
        let _ = writeln!(s, "text = {}\nkind = {}", q(&f.text), q(f.kind));
        if let Some(v) = f.value {
            let _ = writeln!(s, "value = {}", number(v));
        }
        if f.bound != Bound::Exact {
            let _ = writeln!(s, "bound = {}", q(bound_name(bound_entry(f.bound))));
        }
        if let Some(m) = f.value_max {
            let _ = writeln!(s, "value_max = {}", number(m));
        }
        let _ = writeln!(s, "unit = {}", q(&f.unit));
        if let Some(period) = &f.period {
            let _ = writeln!(s, "period = {}", q(period));
        }
        let _ = writeln!(
            s,
            "label_zh = {}\nlabel_en = {}",
            q(&f.label_zh),
            q(&f.label_en)
        );
        let _ = writeln!(s, "quote = {}", q(&f.quote));
        if let Some(chart) = &f.chart {
            let _ = writeln!(s, "chart = {}", q(chart));
        }
    }
    s
}

pub fn not_statistics_toml(p: &Proposal) -> String {
    let mut s = String::from(
        "# Proposed by scripts/new-article.sh: the numerals of article.txt that are not\n\
         # statistics, each with its reason. Entries marked `draft = true` are guesses to check.\n",
    );
    for n in &p.plain {
        let _ = writeln!(s, "\n[[numeral]]");
        if n.draft {
            let _ = writeln!(s, "draft = true");
        }
        let _ = writeln!(
            s,
            "numeral = {}\ncontext = {}\nreason = {}",
            q(&n.numeral),
            q(&n.context),
            q(&n.reason)
        );
    }
    s
}

pub fn charts_toml(p: &Proposal) -> String {
    let mut s = String::from(
        "# Proposed by scripts/new-article.sh: figures of one unit and one period in one section,\n\
         # as bars. Choose each chart's form, title and summary (see content/charts.toml for the\n\
         # forms), then delete its `draft = true` line.\n",
    );
    for c in &p.charts {
        let rows: Vec<String> = c.rows.iter().map(|r| format!("[{}]", q(r))).collect();
        let _ = writeln!(
            s,
            "\n[[chart]]\nid = {}\ndraft = true\nform = {}\ntitle_zh = {}\ntitle_en = {}\n\
             summary_zh = {}\nsummary_en = {}\nrows = [{}]",
            q(&c.id),
            q(c.form),
            q(&c.title_zh),
            q(&c.title_en),
            q(&c.summary_zh),
            q(&c.summary_en),
            rows.join(", ")
        );
    }
    s
}

pub fn page_toml(p: &Proposal) -> String {
    let description = p.figures.iter().find(|f| f.value.is_some()).map_or_else(
        || {
            p.lines
                .first()
                .map(|l| l.body().to_string())
                .unwrap_or_default()
        },
        |f| f.quote.clone(),
    );
    let charted: Vec<&Figure> = p.figures.iter().filter(|f| f.chart.is_some()).collect();
    let preview: Vec<String> = charted
        .iter()
        .chain(
            p.figures
                .iter()
                .filter(|f| f.value.is_some())
                .collect::<Vec<_>>()
                .iter(),
        )
        .map(|f| q(&f.id))
        .fold(Vec::new(), |mut v, id| {
            if !v.contains(&id) && v.len() < 3 {
                v.push(id);
            }
            v
        });
    let chart = p.charts.first().map_or(String::new(), |c| c.id.clone());
    format!(
        "# Proposed by scripts/new-article.sh. Write the article's news in one sentence in each\n\
         # language, fill in [publication] (see content/page.toml), then delete `draft = true`.\n\
         draft = true\n\n\
         description_zh = {}\n\
         description_en = {}\n\n\
         [publication]\n\
         paper_zh = {}\npaper_en = {}\nbrand_zh = {}\nbrand_en = {}\nsite_zh = {}\nsite_en = {}\n\
         # Lowercase ASCII words joined by hyphens: downloads are named `<file_prefix>-<chart>.csv`.\n\
         file_prefix = \"article\"\n\n\
         [preview]\nfigures = [{}]\nchart = {}\n",
        q(&description),
        q("Draft: the article's news in one English sentence."),
        q("报纸名称（待填）"),
        q("Newspaper name (to fill in)"),
        q("报纸名称 · 栏目（待填）"),
        q("Newspaper · Section (to fill in)"),
        q("网站名称（待填）"),
        q("Site name (to fill in)"),
        preview.join(", "),
        q(&chart),
    )
}

/// Writes the proposal into `dir` and checks it as `content-check --draft` does. Refuses a
/// folder that holds files unless `force`.
pub fn write_folder(p: &Proposal, dir: &Path, force: bool) -> Result<(), WriteError> {
    if p.charts.is_empty() {
        return Err(WriteError::NoStatistic);
    }
    let io = |e: std::io::Error| WriteError::Io(format!("{}: {e}", dir.display()));
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(io)?;
        if entries.next().is_some() && !force {
            return Err(WriteError::NotEmpty(dir.display().to_string()));
        }
    }
    std::fs::create_dir_all(dir).map_err(io)?;
    let files = [
        ("article.txt", render_article(&p.lines)),
        ("figures.toml", figures_toml(p)),
        ("charts.toml", charts_toml(p)),
        ("not-statistics.toml", not_statistics_toml(p)),
        ("page.toml", page_toml(p)),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).map_err(io)?;
    }
    folder::load(dir, true)
        .map(|_| ())
        .map_err(WriteError::Invalid)
}
