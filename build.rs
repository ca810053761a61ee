//! Bakes the article into the binary: reads and validates `content/`, then writes the model as
//! Rust statics to `$OUT_DIR/article.rs`. A content problem stops the build with the file, line
//! and entry at fault, so nothing invalid ever reaches a reader.

#[path = "src/model.rs"]
#[allow(dead_code)]
mod model;

#[path = "src/content/mod.rs"]
mod content;

use content::page::{self, PAGE_FILE};
use content::source::{
    self, Sources, ARTICLE_FILE, CHARTS_FILE, FIGURES_FILE, NOT_STATISTICS_FILE,
};
use model::{Article, Block, NotStatistic, Page, Span};
use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed={ARTICLE_FILE}");
    println!("cargo:rerun-if-changed={FIGURES_FILE}");
    println!("cargo:rerun-if-changed={CHARTS_FILE}");
    println!("cargo:rerun-if-changed={PAGE_FILE}");
    println!("cargo:rerun-if-changed={NOT_STATISTICS_FILE}");
    println!("cargo:rerun-if-changed=src/model.rs");
    println!("cargo:rerun-if-changed=src/content");
    println!("cargo:rerun-if-env-changed=PUBLIC_BASE_URL");

    // Where the graphic is published: links, embed codes and social previews are built on it.
    let base = std::env::var("PUBLIC_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/".into());
    let plain = base
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\'));
    if !(base.starts_with("https://") || base.starts_with("http://"))
        || !base.ends_with('/')
        || !plain
    {
        eprintln!("PUBLIC_BASE_URL={base:?}: must be an absolute http(s) URL ending in `/`");
        std::process::exit(1);
    }
    println!("cargo:rustc-env=PUBLIC_BASE_URL={base}");

    let read = |path: &str| {
        std::fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("{path}: cannot read: {e}");
            std::process::exit(1)
        })
    };
    let (article, figures, charts, not_statistics) = (
        read(ARTICLE_FILE),
        read(FIGURES_FILE),
        read(CHARTS_FILE),
        read(NOT_STATISTICS_FILE),
    );
    let content = match source::load(&Sources {
        article: &article,
        figures: &figures,
        charts: &charts,
        not_statistics: &not_statistics,
    }) {
        Ok(content) => content,
        Err(errors) => {
            eprintln!("The content has {} problem(s):\n{errors}", errors.0.len());
            std::process::exit(1)
        }
    };
    let page = match page::load(&read(PAGE_FILE), &content.article) {
        Ok(page) => page,
        Err(errors) => {
            eprintln!("The content has {} problem(s):", errors.len());
            for e in errors {
                eprintln!("{e}");
            }
            std::process::exit(1)
        }
    };
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let rust = format!(
        "{}{}{}",
        emit(&content.article),
        emit_page(&page),
        emit_not_statistics(&content.not_statistics)
    );
    std::fs::write(out.join("article.rs"), rust).expect("OUT_DIR is writable");
}

/// The article as one Rust `static`, built only from the model's own constructors.
fn emit(a: &Article) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "pub static ARTICLE: Article = Article {{ title: {:?}, byline: {:?}, sections: &[",
        a.title, a.byline
    );
    for section in a.sections {
        let _ = write!(s, "Section {{ heading: {:?}, blocks: &[", section.heading);
        for block in section.blocks {
            match block {
                Block::Paragraph(spans) => {
                    s.push_str("Block::Paragraph(&[");
                    for span in *spans {
                        let _ = match span {
                            Span::Text(t) => write!(s, "Span::Text({t:?}),"),
                            Span::Figure(i) => write!(s, "Span::Figure({i}),"),
                        };
                    }
                    s.push_str("]),");
                }
                Block::Photo(caption) => {
                    let _ = write!(s, "Block::Photo({caption:?}),");
                }
            }
        }
        s.push_str("] },\n");
    }
    s.push_str("], figures: &[\n");
    for f in a.figures {
        let _ = writeln!(
            s,
            "Figure {{ id: {:?}, text: {:?}, kind: Kind::{:?}, value: {:?}, bound: Bound::{:?}, \
             value_max: {:?}, unit: {:?}, unit_en: {:?}, label_zh: {:?}, label_en: {:?}, quote: {:?}, \
             chart: {:?}, section: {}, card_after: {}, rank: {:?} }},",
            f.id,
            f.text,
            f.kind,
            f.value,
            f.bound,
            f.value_max,
            f.unit,
            f.unit_en,
            f.label_zh,
            f.label_en,
            f.quote,
            f.chart,
            f.section,
            f.card_after,
            f.rank
        );
    }
    s.push_str("], charts: &[\n");
    for c in a.charts {
        let rows: Vec<String> = c.rows.iter().map(|r| format!("&{r:?}")).collect();
        let _ = writeln!(
            s,
            "Chart {{ id: {:?}, title_zh: {:?}, title_en: {:?}, summary_zh: {:?}, \
             summary_en: {:?}, note_zh: {:?}, note_en: {:?}, form: Form::{:?}, ratio: {}, rows: &[{}], \
             extras: &{:?}, parts_zh: &{:?}, parts_en: &{:?} }},",
            c.id,
            c.title_zh,
            c.title_en,
            c.summary_zh,
            c.summary_en,
            c.note_zh,
            c.note_en,
            c.form,
            c.ratio,
            rows.join(", "),
            c.extras,
            c.parts_zh,
            c.parts_en
        );
    }
    s.push_str("] };\n");
    s
}

/// The page as one Rust `static`.
fn emit_page(p: &Page) -> String {
    format!(
        "pub static PAGE: Page = Page {{ description_zh: {:?}, description_en: {:?}, \
         preview_figures: &{:?}, preview_chart: {} }};\n",
        p.description_zh, p.description_en, p.preview_figures, p.preview_chart
    )
}

/// The numerals left plain, as a `static` of their own (only the data export reads it).
fn emit_not_statistics(list: &[NotStatistic]) -> String {
    let mut s = String::from("pub static NOT_STATISTICS: &[NotStatistic] = &[\n");
    for n in list {
        let _ = writeln!(
            s,
            "NotStatistic {{ line: {}, context: {:?}, numeral: {:?}, reason: {:?} }},",
            n.line, n.context, n.numeral, n.reason
        );
    }
    s.push_str("];\n");
    s
}
