//! Bakes the article into the binary: reads and validates its content folder (`content/`, or
//! `CONTENT_DIR`), then writes the model as
//! Rust statics to `$OUT_DIR/article.rs`. A content problem stops the build with the file, line
//! and entry at fault, so nothing invalid ever reaches a reader.

#[path = "src/model.rs"]
#[allow(dead_code)]
mod model;

#[path = "src/content/mod.rs"]
#[allow(dead_code)] // what only the content check and the tests use
mod content;

use content::folder::{self, DEFAULT_FOLDER, FILES};
use model::{Article, Block, FigureIx, NotStatistic, Page, Span};
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Which article: `CONTENT_DIR` (scripts/build.sh --content DIR), else content/.
    let dir = std::env::var("CONTENT_DIR").unwrap_or_else(|_| DEFAULT_FOLDER.into());
    let dir = Path::new(&dir);
    // `CONTENT_DRAFT=1` (scripts/build.sh --draft) lets entries marked `draft = true` through.
    let allow_drafts = std::env::var("CONTENT_DRAFT").is_ok_and(|v| v == "1");
    println!("cargo:rerun-if-env-changed=CONTENT_DIR");
    println!("cargo:rerun-if-env-changed=CONTENT_DRAFT");
    // Tests of the newspaper's own article (its sentences, its counts) compile only when it is
    // the one built; every other test runs on whichever article is.
    println!("cargo::rustc-check-cfg=cfg(default_content)");
    let default = Path::new(DEFAULT_FOLDER);
    if dir.canonicalize().ok() == default.canonicalize().ok() {
        println!("cargo:rustc-cfg=default_content");
    }
    for file in FILES {
        println!(
            "cargo:rerun-if-changed={}",
            folder::path_in(dir, file).display()
        );
    }
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

    // scripts/build.sh checks the folder first and prints its problems alone; this is the
    // same check, for builds started another way.
    let folder::Folder { content, page, .. } = match folder::load(dir, allow_drafts) {
        Ok(folder) => folder,
        Err(problems) => {
            eprintln!("The content has {} problem(s):", problems.len());
            for p in problems {
                eprintln!("{p}");
            }
            std::process::exit(1)
        }
    };
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // The browser's build (wasm32, hydrating the server's page island by island) shows of the
    // article's text only its paragraphs with figures, the quotes and the headings: the others
    // and the photo captions stay the server's HTML, and are not shipped a second time.
    let target = std::env::var("TARGET").unwrap_or_default();
    let text =
        if target.starts_with("wasm32") && std::env::var_os("CARGO_FEATURE_HYDRATION").is_some() {
            Text::OfIslands
        } else {
            Text::Whole
        };
    let rust = format!(
        "{}{}{}",
        emit(&content.article, text),
        emit_page(&page),
        emit_not_statistics(&content.not_statistics)
    );
    std::fs::write(out.join("article.rs"), rust).expect("OUT_DIR is writable");
}

/// How much of the article's text a build carries.
#[derive(Clone, Copy, PartialEq)]
enum Text {
    Whole,
    /// Only what the browser's islands render: a paragraph without figures keeps its place
    /// (islands are named by section and block) but not its words; a photo, not its caption.
    OfIslands,
}

/// The article as one Rust `static`, built only from the model's own constructors.
fn emit(a: &Article, text: Text) -> String {
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
                    let shown: &[Span] = if text == Text::Whole || block.has_figures() {
                        spans
                    } else {
                        &[]
                    };
                    for span in shown {
                        let _ = match span {
                            Span::Text(t) => write!(s, "Span::Text({t:?}),"),
                            Span::Figure(i) => {
                                write!(s, "Span::Figure(FigureIx::baked({})),", i.get())
                            }
                        };
                    }
                    s.push_str("]),");
                }
                Block::Photo(caption) => {
                    let caption = if text == Text::Whole { caption } else { "" };
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
        let rows: Vec<String> = c.rows.iter().map(|r| baked(r)).collect();
        let _ = writeln!(
            s,
            "Chart {{ id: {:?}, title_zh: {:?}, title_en: {:?}, summary_zh: {:?}, \
             summary_en: {:?}, note_zh: {:?}, note_en: {:?}, form: Form::{:?}, ratio: {}, rows: &[{}], \
             extras: {}, parts_zh: &{:?}, parts_en: &{:?} }},",
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
            baked(c.extras),
            c.parts_zh,
            c.parts_en
        );
    }
    s.push_str("] };\n");
    s
}

/// Figure places as Rust: `&[FigureIx::baked(0), …]`.
fn baked(list: &[FigureIx]) -> String {
    let items: Vec<String> = list
        .iter()
        .map(|i| format!("FigureIx::baked({})", i.get()))
        .collect();
    format!("&[{}]", items.join(", "))
}

/// The page as one Rust `static`.
fn emit_page(p: &Page) -> String {
    format!(
        "pub static PAGE: Page = Page {{ description_zh: {:?}, description_en: {:?}, \
         preview_figures: {}, preview_chart: {}, draft: {}, publication: {:?}, english: {} }};\n",
        p.description_zh,
        p.description_en,
        baked(p.preview_figures),
        p.preview_chart,
        p.draft,
        p.publication,
        p.english.as_ref().map_or("None".into(), |e| format!(
            "Some(English {{ headline: {:?}, standfirst: {:?}, sections: &{:?} }})",
            e.headline, e.standfirst, e.sections
        ))
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
