//! The browser entry point: hydrates the HTML that `prerender` wrote into `<div id="app">` for
//! this URL's mode; where the URL asks for another mode than the file was rendered for (say
//! `index.html?embed`), renders afresh instead.

use hengyang_infographic::article::ARTICLE;
use hengyang_infographic::components::app::{App, AppProps};
use hengyang_infographic::site::Mode;
use hengyang_infographic::web;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    // A panic is reported in the console, and the reader is told; the prerendered article
    // stays readable.
    let (path, query, _) = web::location();
    let (mode, lang) = Mode::from_url(&path, &query);
    yew::set_custom_panic_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        web::show_failure_notice(lang.ui().failure, lang.ui().failure_empty);
    }));
    web::set_document_language(lang.code());
    let Some(root) = web::app_root() else {
        return;
    };
    // A quote the reader opened before the app arrived (static/early.js) stays open.
    let opened_early = web::take_over_early_quote()
        .and_then(|id| ARTICLE.figure(&id))
        .map(|(i, _)| i);
    let props = AppProps {
        mode,
        lang,
        opened_early,
    };
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    #[cfg(feature = "hydration")]
    if root.get_attribute("data-mode").as_deref() == Some(mode.file(lang).as_str()) {
        renderer.hydrate();
        return;
    }
    // Not the page as prerendered: its canvas heights (style rules on `data-mode`) do not hold.
    let _ = root.remove_attribute("data-mode");
    root.set_inner_html("");
    renderer.render();
}
