//! Renders the app natively once per mode (the page, the article embed, each chart embed) into
//! copies of the staged `index.html`, with each page's title and social preview tags, so the
//! article is readable before (and without) the WASM; the browser then hydrates it. Run by
//! Trunk's post_build hook: `prerender <path to the staged index.html>`.

use hengyang_infographic::components::app::{App, AppProps};
use hengyang_infographic::i18n::Lang;
use hengyang_infographic::site::{self, Mode};
use hengyang_infographic::{export, ARTICLE, NOT_STATISTICS};
use std::path::Path;

const MOUNT: &str = r#"<div id="app"></div>"#;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| fail("usage: prerender <path to the staged index.html>"));
    let template = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    let (before_title, after_title) = match (template.find("<title>"), template.find("</title>")) {
        (Some(start), Some(end)) if start < end => (&template[..start], &template[end + 8..]),
        _ => fail(&format!("{path} has no <title> to replace")),
    };
    if !template.contains(MOUNT) {
        fail(&format!("{path} has no {MOUNT} to render into"));
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap_or_else(|e| fail(&format!("no runtime: {e}")));
    let dir = Path::new(&path).parent().unwrap_or(Path::new("."));
    for (mode, lang) in Mode::all().flat_map(|m| [(m, Lang::Zh), (m, Lang::En)]) {
        let body = runtime.block_on(
            yew::ServerRenderer::<App>::with_props(move || AppProps { mode, lang }).render(),
        );
        let file = mode.file(lang);
        let page = format!("{before_title}{}{after_title}", site::head_tags(mode, lang))
            .replacen(
                MOUNT,
                &format!(r#"<div id="app" data-mode="{file}">{body}</div>"#),
                1,
            )
            .replacen(
                r#"<html lang="zh-CN">"#,
                &format!(r#"<html lang="{}">"#, lang.code()),
                1,
            );
        write(&dir.join(&file), page);
    }
    // The data to download, beside the pages.
    for (name, csv) in export::all_csv(&ARTICLE, NOT_STATISTICS) {
        let out = dir.join(name);
        if let Some(folder) = out.parent() {
            std::fs::create_dir_all(folder)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", folder.display())));
        }
        write(&out, csv);
    }
}

fn write(path: &Path, contents: String) {
    std::fs::write(path, contents).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1)
}
