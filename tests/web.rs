//! Browser tests: the app mounted in headless Chromium (`cargo test --target
//! wasm32-unknown-unknown`), driven through the DOM as a reader's clicks and keys would be.
#![cfg(target_arch = "wasm32")]

use hengyang_infographic::{App, ARTICLE};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh app in its own container and waits for the first render.
async fn mount() -> Element {
    let doc = document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn button(root: &Element, figure_id: &str) -> HtmlElement {
    root.query_selector(&format!("#fig-{figure_id}"))
        .unwrap()
        .unwrap_or_else(|| panic!("a button for {figure_id}"))
        .dyn_into()
        .unwrap()
}

fn cards(root: &Element) -> Vec<Element> {
    let list = root.query_selector_all(".quote-card").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

async fn press(key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    document().dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn renders_the_whole_article_with_every_figure_as_a_button() {
    let root = mount().await;
    let title = root
        .query_selector("h1")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(title, ARTICLE.title);
    assert_eq!(root.query_selector_all("h2").unwrap().length(), 3);
    assert_eq!(root.query_selector_all("figcaption").unwrap().length(), 6);
    let buttons = root.query_selector_all("button.figure").unwrap();
    assert_eq!(buttons.length() as usize, ARTICLE.figures.len());
    for f in ARTICLE.figures {
        let b = button(&root, f.id);
        assert_eq!(b.text_content().unwrap(), f.text);
        assert_eq!(b.get_attribute("aria-expanded").as_deref(), Some("false"));
        assert_eq!(b.get_attribute("type").as_deref(), Some("button"));
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn every_figure_reveals_its_verbatim_sentence_one_at_a_time() {
    let root = mount().await;
    for f in ARTICLE.figures {
        let b = button(&root, f.id);
        b.click();
        yew::scheduler::flush().await;
        let open = cards(&root);
        assert_eq!(open.len(), 1, "{}: exactly one quote open", f.id);
        let card = &open[0];
        assert_eq!(card.id(), format!("quote-{}", f.id));
        assert_eq!(b.get_attribute("aria-controls"), Some(card.id()));
        assert_eq!(b.get_attribute("aria-expanded").as_deref(), Some("true"));
        let quote = card
            .query_selector("q")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert_eq!(quote, f.quote, "{}: the quote is verbatim", f.id);
        let marked = card
            .query_selector("mark")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert_eq!(marked, f.text);
        // The card sits in the same paragraph as the figure, after it.
        assert_eq!(card.parent_element(), b.parent_element(), "{}", f.id);
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn second_activation_and_escape_close_and_return_focus() {
    let root = mount().await;
    let f = &ARTICLE.figures[ARTICLE.figures.len() / 2];
    let b = button(&root, f.id);

    b.click();
    yew::scheduler::flush().await;
    assert_eq!(cards(&root).len(), 1);
    b.click();
    yew::scheduler::flush().await;
    assert!(cards(&root).is_empty(), "a second activation closes");

    b.click();
    yew::scheduler::flush().await;
    let close: HtmlElement = cards(&root)[0]
        .query_selector(".quote-close")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    close.focus().unwrap();
    press("Escape").await;
    assert!(cards(&root).is_empty(), "Escape closes");
    assert_eq!(b.get_attribute("aria-expanded").as_deref(), Some("false"));
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(focused, Some(b.id()), "focus returns to the figure");
    root.remove();
}

#[wasm_bindgen_test]
async fn quote_card_names_its_section() {
    let root = mount().await;
    let f = ARTICLE
        .figures
        .iter()
        .find(|f| ARTICLE.sections[f.section].heading.is_some())
        .unwrap();
    button(&root, f.id).click();
    yew::scheduler::flush().await;
    let source = cards(&root)[0]
        .query_selector(".quote-source")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        source.contains(ARTICLE.sections[f.section].heading.unwrap()),
        "{source}"
    );
    root.remove();
}
