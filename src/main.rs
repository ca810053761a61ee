//! The browser entry point: hydrates the HTML that `prerender` wrote into `<div id="app">` for
//! this URL's mode, island by island (`islands`); where the URL asks for another mode than the
//! file was rendered for (say `index.html?embed`), goes to the file that was.

#[cfg(feature = "hydration")]
use hengyang_infographic::islands;
use hengyang_infographic::site::Mode;
use hengyang_infographic::web;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    // A panic is reported in the console, and the reader is told; the prerendered article
    // stays readable.
    let (path, query, fragment) = web::location();
    let (mode, lang) = Mode::from_url(&path, &query);
    yew::set_custom_panic_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        web::show_failure_notice(lang.ui().failure, lang.ui().failure_empty);
    }));
    web::set_document_language(lang.code());
    let Some(root) = web::app_root() else {
        return;
    };
    let file = mode.file(lang);
    if root.get_attribute("data-mode").as_deref() == Some(file.as_str()) {
        #[cfg(feature = "hydration")]
        islands::start(mode, lang, &root);
    } else if !path.ends_with(&format!("/{file}")) {
        // Not the page this file holds (say `index.html?chart=holiday` or `?lang=en`): the file
        // that holds it, prerendered, with the same query and fragment. (Never the same file
        // again: a page without its mark stays as the server sent it.)
        web::replace_location(&format!("{file}{query}{fragment}"));
    }
}
