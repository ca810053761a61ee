//! Browser glue: the few calls beyond rendering (focus, scrolling, document-wide keys). Kept
//! here, behind small functions, so components stay plain and testable. Nothing here may panic:
//! a missing element or API is simply skipped.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element the app mounts into (`<div id="app">` in `index.html`), or `<body>`.
pub fn app_root() -> web_sys::Element {
    let doc = document().expect("the app runs in a document");
    doc.get_element_by_id("app")
        .or_else(|| doc.body().map(Into::into))
        .expect("the document has a body")
}

/// Moves keyboard focus to the element with this id, without scrolling the page.
pub fn focus(id: &str) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// Scrolls the least needed to bring the element with this id into view.
pub fn reveal(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Calls `on_escape` whenever Escape is pressed anywhere in the document, until the returned
/// guard is dropped.
pub fn listen_for_escape(on_escape: impl Fn() + 'static) -> impl Drop {
    let handler =
        Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
            if e.key() == "Escape" {
                on_escape();
            }
        });
    let doc = document();
    if let Some(doc) = &doc {
        let _ = doc.add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
    }
    Listener { doc, handler }
}

struct Listener {
    doc: Option<web_sys::Document>,
    handler: Closure<dyn Fn(web_sys::KeyboardEvent)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(doc) = &self.doc {
            let _ = doc.remove_event_listener_with_callback(
                "keydown",
                self.handler.as_ref().unchecked_ref(),
            );
        }
    }
}
