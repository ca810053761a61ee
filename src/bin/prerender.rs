//! Renders the app once, natively, and writes its HTML into `<div id="app"></div>` of the
//! staged `index.html`, so the article is readable before (and without) the WASM; the browser
//! then hydrates it. Run by Trunk's post_build hook: `prerender <path to index.html>`.

use hengyang_infographic::App;

const MOUNT: &str = r#"<div id="app"></div>"#;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| fail("usage: prerender <path to the staged index.html>"));
    let page = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    if !page.contains(MOUNT) {
        fail(&format!("{path} has no {MOUNT} to render into"));
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap_or_else(|e| fail(&format!("no runtime: {e}")));
    let body = runtime.block_on(yew::ServerRenderer::<App>::new().render());
    let page = page.replacen(MOUNT, &format!(r#"<div id="app">{body}</div>"#), 1);
    std::fs::write(&path, page).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1)
}
