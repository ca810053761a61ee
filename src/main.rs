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
    let (path, query, fragment) = web::location();
    let Some(root) = web::app_root() else {
        return;
    };
    // The page this file holds, as the build marked it; the page the address asks for. An
    // address that asks for nothing of its own (the plain page, say under a server that drops
    // `.html`) takes the file's.
    let held = root
        .get_attribute("data-mode")
        .and_then(|file| Mode::from_file(&file));
    let (mode, lang) = Mode::asked_by(&path, &query).or(held).unwrap_or_default();
    // A panic is reported in the console, and the reader is told; the prerendered article
    // stays readable.
    yew::set_custom_panic_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        web::show_failure_notice(lang.ui().failure, lang.ui().failure_empty);
    }));
    web::set_document_language(lang.code());
    let file = mode.file(lang);
    if held == Some((mode, lang)) {
        #[cfg(feature = "hydration")]
        islands::start(mode, lang, &root);
    } else if !path.ends_with(&format!("/{file}")) {
        // Not the page this file holds (say `index.html?chart=holiday` or `?lang=en`): the file
        // that holds it, prerendered, with the same query and fragment. (Never the same file
        // again: a page without its mark stays as the server sent it.)
        web::replace_location(&format!("{file}{query}{fragment}"));
    }
}
