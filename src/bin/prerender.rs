//! Renders the app natively once per mode (the page, the article embed, each chart embed) into
//! copies of the staged `index.html`, with each page's title and social preview tags, so the
//! article is readable before (and without) the WASM; the browser then hydrates it. Pages with
//! the article also carry every quote card in a `<template>`, for `static/early.js` to open
//! before the app arrives. Beside the pages it writes the oEmbed JSON of each embed, the data
//! to download and each chart as pictures (`pictures/<chart-id>.svg` and its widths and English
//! words), drawn by the chart code; a chart that cannot be drawn stops the build. Run by
//! Trunk's post_build hook: `prerender <path to the staged index.html>`.

use hengyang_infographic::charts::picture;
use hengyang_infographic::charts::preview::{draw_preview, HEIGHT, WIDTH};
use hengyang_infographic::components::app::{App, AppProps};
use hengyang_infographic::components::chart_canvas::height_rules;
use hengyang_infographic::components::early_quotes::{EarlyQuotes, EarlyQuotesProps};
use hengyang_infographic::i18n::Lang;
use hengyang_infographic::site::{self, ids, markup, Mode};
use hengyang_infographic::{export, ARTICLE, NOT_STATISTICS, PAGE};
use plotters::prelude::*;
use std::path::Path;

const MOUNT: &str = r#"<div id="app"></div>"#;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| fail("usage: prerender <path to the staged index.html>"));
    let template = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    // The early script's names, from the one table the components use too.
    if template.matches(markup::PLACEHOLDER).count() != 1 {
        fail(&format!(
            "{path}: the early script must say {} once",
            markup::PLACEHOLDER
        ));
    }
    let template = template.replace(markup::PLACEHOLDER, &markup::early_names_js());
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
        let body = markup::without_component_names(&body);
        // Outside the app's root, so hydration never meets it.
        let early = if matches!(mode, Mode::Chart(_)) {
            String::new()
        } else {
            let cards = runtime.block_on(
                yew::ServerRenderer::<EarlyQuotes>::with_props(move || EarlyQuotesProps { lang })
                    .hydratable(false)
                    .render(),
            );
            format!(r#"<template id="{}">{cards}</template>"#, ids::EARLY_QUOTES)
        };
        let file = mode.file(lang);
        let page = format!("{before_title}{}{after_title}", site::head_tags(mode, lang))
            .replacen(
                MOUNT,
                &format!(r#"<div id="app" data-mode="{file}">{body}</div>{early}"#),
                1,
            )
            // The canvases' heights, as rules: the policy refuses style attributes.
            .replacen(
                "</head>",
                &format!("<style>{}</style></head>", height_rules(lang)),
                1,
            )
            .replacen(
                r#"<html lang="zh-CN">"#,
                &format!(r#"<html lang="{}">"#, lang.code()),
                1,
            );
        write(&dir.join(&file), page);
    }
    // The oEmbed answers, one for each thing there is to embed in each language.
    for (mode, lang) in Mode::all().flat_map(|m| [(m, Lang::Zh), (m, Lang::En)]) {
        let chart = match mode {
            Mode::Page => continue,
            Mode::Embed => None,
            Mode::Chart(c) => Some(c),
        };
        write_creating_folder(
            &dir.join(site::oembed_file(mode, lang)),
            site::oembed(chart, lang),
        );
    }
    // The data to download, beside the pages.
    for (name, csv) in export::all_csv(&ARTICLE, NOT_STATISTICS) {
        write_creating_folder(&dir.join(name), csv);
    }
    // The social preview, from this build's content (the hook rasterises it to og-image.png).
    write(&dir.join(site::PREVIEW_SVG), preview_svg());
    // Each chart as pictures, for the page before the WASM and for embed codes without script.
    std::fs::create_dir_all(dir.join("pictures"))
        .unwrap_or_else(|e| fail(&format!("{}/pictures: {e}", dir.display())));
    for chart in ARTICLE.charts {
        for width in picture::WIDTHS {
            for lang in [Lang::Zh, Lang::En] {
                let svg = picture::svg(chart, &ARTICLE, width.width, lang)
                    .unwrap_or_else(|e| fail(&format!("cannot draw {e}")));
                write(&dir.join(picture::path(chart, width.width, lang)), svg);
            }
        }
    }
}

/// The social preview as SVG, drawn by the chart code from the content and page choices.
fn preview_svg() -> String {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        draw_preview(&area, &ARTICLE, &PAGE)
            .unwrap_or_else(|e| fail(&format!("cannot draw the social preview: {e:?}")));
    }
    svg
}

fn write_creating_folder(path: &Path, contents: String) {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", folder.display())));
    }
    write(path, contents);
}

fn write(path: &Path, contents: String) {
    std::fs::write(path, contents).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1)
}
