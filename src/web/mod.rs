//! Browser glue: every call beyond rendering, behind small functions, so components stay plain
//! and testable: focus and scrolling, document-wide keys, the address and history, sharing and
//! the clipboard, canvas sizing and painting (and PNG export), downloads, the pixel ratio and
//! colour scheme, the frame height for embeds, `<html lang>`, the panic notice. Nothing here
//! may panic: a missing element or API is simply skipped.

mod canvas;
mod watch;

pub use canvas::CanvasPainter;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
pub use watch::*;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element the app mounts into (`<div id="app">` in `index.html`), or `<body>`; `None`
/// outside a document.
pub fn app_root() -> Option<web_sys::Element> {
    let doc = document()?;
    doc.get_element_by_id("app")
        .or_else(|| doc.body().map(Into::into))
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

/// A chart's marks as one tab stop (a roving tabindex), for `event` (a key pressed, or focus
/// arriving) on a `button.mark`: `key` moves focus to another mark of its list (Left and
/// Right: the neighbour; Up and Down: the mark at the same place in the group before or after,
/// groups being the chart's rows as `data-group` numbers them, or its last mark where that
/// group is shorter; Home and End: the ends), and the mark focused becomes the list's one
/// element with `tabindex=0`. Other keys and elements are left alone.
pub fn rove(event: &web_sys::Event, key: &str) {
    let Some(mark) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .filter(|el| el.matches("button.mark").unwrap_or(false))
    else {
        return;
    };
    let Some(ul) = mark.closest(".chart-marks").ok().flatten() else {
        return;
    };
    // Once the keyboard has been in a chart's marks they stay shown: collapsing them when focus
    // leaves would move the chart's tools under a pointer already on its way to one.
    let _ = ul.set_attribute(crate::site::markup::MARKS_SHOWN, "");
    let Ok(list) = ul.query_selector_all("button") else {
        return;
    };
    let marks: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    let (Some(at), Some(last)) = (
        marks.iter().position(|b| **b == mark),
        marks.len().checked_sub(1),
    ) else {
        return;
    };
    let to = match key {
        "" => at,
        "ArrowRight" => (at + 1).min(last),
        "ArrowLeft" => at.saturating_sub(1),
        "ArrowDown" | "ArrowUp" => {
            let groups: Vec<String> = marks
                .iter()
                .map(|b| b.get_attribute("data-group").unwrap_or_default())
                .collect();
            // Where each group starts, and which one this mark is in.
            let starts: Vec<usize> = (0..=last)
                .filter(|&j| j == 0 || groups[j] != groups[j - 1])
                .collect();
            let here = starts.iter().rposition(|&s| s <= at).unwrap_or(0);
            let there = if key == "ArrowDown" {
                here + 1
            } else {
                here.wrapping_sub(1)
            };
            match starts.get(there) {
                Some(&start) => {
                    let end = starts.get(there + 1).map_or(last, |&next| next - 1);
                    (start + at - starts[here]).min(end)
                }
                None => at,
            }
        }
        "Home" => 0,
        "End" => last,
        _ => return,
    };
    if !key.is_empty() {
        event.prevent_default();
    }
    for (i, b) in marks.iter().enumerate() {
        b.set_tab_index(if i == to { 0 } else { -1 });
    }
    if to != at {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = marks[to].focus_with_options(&options);
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

/// Device pixels per CSS pixel (1 where unknown).
pub fn pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
}

/// Sizes the canvas's backing store to `css_width` × `css_height` CSS pixels at `ratio` device
/// pixels each, and hands a plotters drawing area over it to `paint`. The painter draws 1:1
/// in backing pixels, so `paint` scales its own sizes by `ratio`.
pub fn paint_canvas(
    canvas: &web_sys::HtmlCanvasElement,
    css_width: f64,
    css_height: f64,
    ratio: f64,
    paint: impl FnOnce(&plotters::drawing::DrawingArea<CanvasPainter, plotters::coord::Shift>),
) {
    let (w, h) = (
        (css_width * ratio).round() as u32,
        (css_height * ratio).round() as u32,
    );
    if w == 0 || h == 0 {
        return;
    }
    canvas.set_width(w);
    canvas.set_height(h);
    if let Some(backend) = CanvasPainter::new(canvas.clone()) {
        use plotters::drawing::IntoDrawingArea;
        paint(&backend.into_drawing_area());
    }
}

/// Measures text as `canvas` draws it, in `family` at `ratio` device pixels per CSS pixel:
/// `(text, size, bold)` → width, in CSS pixels, so chart layouts leave exactly the room the
/// drawn words need. The canvas itself, not a detached one: its document's language picks
/// the glyphs (CJK fonts draw · and — narrower for English). One device pixel is added for
/// the canvas's rounding of where text starts. `None` without a 2D context.
pub fn canvas_text_measure(
    canvas: &web_sys::HtmlCanvasElement,
    family: &'static str,
    ratio: f64,
) -> Option<impl Fn(&str, f64, bool) -> f64> {
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let ratio = if ratio > 0.0 { ratio } else { 1.0 };
    Some(move |text: &str, size: f64, bold: bool| {
        let weight = if bold { "bold" } else { "normal" };
        let px = canvas::font_px(size * ratio);
        context.set_font(&format!("{weight} {px}px {family}"));
        context
            .measure_text(text)
            .map_or(text.chars().count() as f64 * size, |m| {
                (m.width() + 1.0) / ratio
            })
    })
}

/// Whether `element` is a size container (`container-type: inline-size`), which a browser
/// without container queries does not know: the chart box, whose reserved height steps with
/// its width only where it is one. Asked on every paint and tap of a chart: a yes is
/// remembered (every chart box is one, in a browser that knows them), so a tap forces no
/// style work.
pub fn is_size_container(element: &web_sys::Element) -> bool {
    thread_local! {
        static KNOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if KNOWN.get() {
        return true;
    }
    let is = web_sys::window()
        .and_then(|w| w.get_computed_style(element).ok().flatten())
        .and_then(|s| s.get_property_value("container-type").ok())
        .is_some_and(|v| v == "inline-size");
    KNOWN.set(is);
    is
}

/// Runs `f` after the browser has painted the next frame: for work that should not hold up
/// what the reader asked to see (a chart's highlight waits one frame behind the quote).
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    after_next_paint_boxed(Box::new(f));
}

/// One copy of the JS closure glue for every caller (each closure type would add its own).
fn after_next_paint_boxed(f: Box<dyn FnOnce()>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let later = Closure::once_into_js(f);
    let frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(later.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// Runs `f` in a task of its own, after what is queued now (the browser answers input and
/// paints in between): start-up work in small pieces.
pub fn in_a_task_of_its_own(f: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let f = Closure::once_into_js(Box::new(f) as Box<dyn FnOnce()>);
        let _ = window.set_timeout_with_callback(f.unchecked_ref());
    }
}

/// Clicks `element` in a task of its own, as the reader did: for a click the page could not yet
/// answer when it came.
pub fn click_in_a_task_of_its_own(element: web_sys::Element) {
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        in_a_task_of_its_own(move || element.click());
    }
}

/// Every element of the page that names an island (`markup::ISLAND`), with that name.
pub fn islands() -> Vec<(String, web_sys::Element)> {
    let selector = format!("[{}]", crate::site::markup::ISLAND);
    let Some(list) = document().and_then(|d| d.query_selector_all(&selector).ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|el| Some((el.get_attribute(crate::site::markup::ISLAND)?, el)))
        .collect()
}

/// The page's path, query (with `?`) and fragment (with `#`), empty where unknown.
pub fn location() -> (String, String, String) {
    let Some(l) = web_sys::window().map(|w| w.location()) else {
        return Default::default();
    };
    (
        l.pathname().unwrap_or_default(),
        l.search().unwrap_or_default(),
        l.hash().unwrap_or_default(),
    )
}

/// Adds a history entry for `fragment` (with `#`) without the browser's jump to it, so Back
/// and Forward step through what the reader opened.
pub fn push_fragment(fragment: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// Drops the fragment from the current history entry.
pub fn clear_fragment() {
    let (path, query, _) = location();
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        );
    }
}

/// Scrolls the element with this id to the middle of the view (for a chart or a figure opened
/// from a link).
pub fn bring_to_centre(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// What became of a share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// Handed to the system share sheet (phones).
    Sheet,
    /// Copied to the clipboard.
    Copied,
    /// Neither worked (or the reader cancelled); the link is shown to copy by hand.
    Failed,
}

/// Shares a link: the Web Share API where the browser has it, otherwise the clipboard.
pub async fn share(url: &str, title: &str, text: &str) -> Shared {
    let navigator = web_sys::window().map(|w| w.navigator());
    let has_share = navigator
        .as_ref()
        .is_some_and(|n| js_sys::Reflect::has(n, &"share".into()).unwrap_or(false));
    if has_share {
        let data = web_sys::ShareData::new();
        data.set_url(url);
        data.set_title(title);
        data.set_text(text);
        let sharing = navigator.as_ref().map(|n| n.share_with_data(&data));
        if let Some(p) = sharing {
            match wasm_bindgen_futures::JsFuture::from(p).await {
                Ok(_) => return Shared::Sheet,
                // The reader closed the sheet: nothing more to do.
                Err(e) if error_name(&e).as_deref() == Some("AbortError") => return Shared::Failed,
                // Refused (say, in a frame that may not share): try the clipboard.
                Err(_) => {}
            }
        }
    }
    if copy_text(url).await {
        Shared::Copied
    } else {
        Shared::Failed
    }
}

/// The `name` of a DOM exception (`AbortError`, `NotAllowedError`…).
fn error_name(error: &wasm_bindgen::JsValue) -> Option<String> {
    js_sys::Reflect::get(error, &"name".into())
        .ok()?
        .as_string()
}

/// Puts `text` on the clipboard; `false` where the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // `navigator.clipboard` is absent outside secure contexts.
    if !js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Whether the page is inside a frame (embedded on another site).
pub fn is_framed() -> bool {
    web_sys::window()
        .and_then(|w| w.parent().ok().flatten().map(|p| p != w))
        .unwrap_or(false)
}

/// Tells the parent page the document's height whenever it changes (load, resize, a quote
/// opening or closing), until the guard is dropped, in the two protocols hosts listen for:
/// `pym_message(height)`, a pym.js child's string, and AMP's `amp-iframe` resize request
/// (`{sentinel: 'amp', type: 'embed-size', height}`). Each host ignores the other's.
pub fn report_height_to_parent(pym_message: impl Fn(u32) -> String + 'static) -> Option<impl Drop> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten().filter(|p| *p != window)?;
    let body = window.document()?.body()?;
    let measured = body.clone();
    let last = std::cell::Cell::new(0u32);
    let observer = observe_width(&body, move |_| {
        let height = measured.get_bounding_client_rect().height().ceil() as u32;
        if height != last.replace(height) {
            let _ = parent.post_message(&pym_message(height).into(), "*");
            let _ = parent.post_message(&amp_embed_size(height), "*");
        }
    });
    Some(observer)
}

/// AMP's resize request: `{sentinel: 'amp', type: 'embed-size', height}`.
fn amp_embed_size(height: u32) -> wasm_bindgen::JsValue {
    let message = js_sys::Object::new();
    for (key, value) in [
        ("sentinel", "amp".into()),
        ("type", "embed-size".into()),
        ("height", wasm_bindgen::JsValue::from(height)),
    ] {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    }
    message.into()
}

/// Puts a short notice at the top of the page after a panic: `failure` (the interactive parts
/// stopped and the article is still there to read), or, if the page is empty, `failure_empty`
/// (reload it).
pub fn show_failure_notice(failure: &str, failure_empty: &str) {
    let Some(doc) = document() else { return };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("app-failure").is_some() {
        return;
    }
    let empty = doc
        .get_element_by_id("app")
        .is_none_or(|app| app.text_content().unwrap_or_default().trim().is_empty());
    let text = if empty { failure_empty } else { failure };
    if let Ok(notice) = doc.create_element("p") {
        notice.set_id("app-failure");
        notice.set_class_name("app-failure");
        let _ = notice.set_attribute("role", "alert");
        notice.set_text_content(Some(text));
        let _ = body.prepend_with_node_1(&notice);
    }
}

/// The CSS width of the element with this id (0 where there is none).
pub fn element_width(id: &str) -> f64 {
    document()
        .and_then(|d| d.get_element_by_id(id))
        .map_or(0.0, |el| el.get_bounding_client_rect().width())
}

/// Paints on a new, unattached canvas of `css_width` × `css_height` CSS pixels at `ratio` device
/// pixels each, and returns it as a PNG data URL.
pub fn png_data_url(
    css_width: f64,
    css_height: f64,
    ratio: f64,
    paint: impl FnOnce(&plotters::drawing::DrawingArea<CanvasPainter, plotters::coord::Shift>),
) -> Option<String> {
    let canvas: web_sys::HtmlCanvasElement =
        document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    paint_canvas(&canvas, css_width, css_height, ratio, paint);
    canvas.to_data_url_with_type("image/png").ok()
}

/// Saves a URL as a file through a temporary `<a download>`.
pub fn download(url: &str, file_name: &str) {
    let Some(doc) = document() else { return };
    let Ok(link) = doc.create_element("a") else {
        return;
    };
    let _ = link.set_attribute("href", url);
    let _ = link.set_attribute("download", file_name);
    if let (Some(body), Ok(link)) = (doc.body(), link.dyn_into::<web_sys::HtmlElement>()) {
        let _ = body.append_child(&link);
        link.click();
        link.remove();
    }
}

/// In-app browsers (WeChat, QQ, Weibo, DingTalk, Alipay, Toutiao) ignore `download` links.
pub fn is_in_app_browser() -> bool {
    let agent = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    [
        "MicroMessenger",
        "QQ/",
        "Weibo",
        "DingTalk",
        "AlipayClient",
        "NewsArticle",
    ]
    .iter()
    .any(|app| agent.contains(app))
}

/// Sets `<html lang>` (the prerendered pages carry theirs; this covers `?lang=en`).
pub fn set_document_language(code: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", code);
    }
}

/// Goes to another page in place of this one (a relative URL the app made): Back skips this.
pub fn replace_location(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(url);
    }
}

/// Goes to another page (a relative URL the app made).
pub fn go_to(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_href(url);
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// Defined by the page's early script (`static/early.js`).
    #[wasm_bindgen(js_name = takeOverEarlyQuote, catch)]
    fn take_over_early_script() -> Result<Option<String>, wasm_bindgen::JsValue>;
}

/// Takes over from the page's early script, which opens quotes before the app has arrived: it
/// stops, marks `#app` `data-live`, and takes out the card it opened, so the DOM is again what
/// the server sent and hydrates (focus in the card moves to its figure). Returns that card's
/// figure id, for the app to open again in the same frame. `None` on a page without the
/// script.
pub fn take_over_early_quote() -> Option<String> {
    take_over_early_script().ok().flatten()
}
