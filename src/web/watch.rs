//! Watching the browser: listeners on the document, the window and media queries, and the
//! observers of sizes, of the reading line and of what nears the viewport. Each returns a
//! guard; dropping it stops the watching.

use super::{document, location, pixel_ratio};
use crate::charts::theme::{system, Palette, DARK, LIGHT};
use plotters::style::RGBColor;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Listens to `events` on `target` until the returned guard is dropped: the one way every
/// document, window and media-query listener here is attached (none where `target` is absent).
/// The handler is type-erased so that one copy of the listener code serves every caller. Not
/// passive (none of these events scrolls): the key listener may prevent a key's default.
fn listen(
    target: Option<web_sys::EventTarget>,
    events: &'static [&'static str],
    handler: std::rc::Rc<dyn Fn(&web_sys::Event)>,
) -> Vec<gloo_events::EventListener> {
    listen_in(
        gloo_events::EventListenerPhase::Bubble,
        target,
        events,
        handler,
    )
}

/// [`listen`], in the phase given: `Capture` hears an event before the page's own listeners.
fn listen_in(
    phase: gloo_events::EventListenerPhase,
    target: Option<web_sys::EventTarget>,
    events: &'static [&'static str],
    handler: std::rc::Rc<dyn Fn(&web_sys::Event)>,
) -> Vec<gloo_events::EventListener> {
    let Some(target) = target else {
        return Vec::new();
    };
    events
        .iter()
        .map(|event| {
            let handler = handler.clone();
            gloo_events::EventListener::new_with_options(
                &target,
                *event,
                gloo_events::EventListenerOptions {
                    phase,
                    passive: false,
                },
                move |e| handler(e),
            )
        })
        .collect()
}

/// Calls `on_escape` whenever Escape is pressed anywhere in the document, and moves focus
/// among a chart's marks (`super::rove`) on arrows, Home and End and as one gains focus,
/// until the returned guard is dropped.
pub fn listen_for_keys(on_escape: impl Fn() + 'static) -> impl Sized {
    listen(
        document().map(Into::into),
        &["keydown", "focusin"],
        std::rc::Rc::new(move |e| match e.dyn_ref::<web_sys::KeyboardEvent>() {
            Some(k) if k.key() == "Escape" => on_escape(),
            Some(k) if !(k.alt_key() || k.ctrl_key() || k.meta_key() || k.shift_key()) => {
                super::rove(e, &k.key())
            }
            Some(_) => {}
            None => super::rove(e, ""),
        }),
    )
}

/// Calls `on_width` with the element's content width in CSS pixels now and whenever its size
/// changes (window resize, phone rotation, content growing), until the guard is dropped.
pub fn observe_width(element: &web_sys::Element, on_width: impl Fn(f64) + 'static) -> impl Drop {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // The observer passes ResizeObserverEntry objects only.
        let last = entries.at(-1);
        if !last.is_undefined() {
            on_width(
                last.unchecked_into::<web_sys::ResizeObserverEntry>()
                    .content_rect()
                    .width(),
            );
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    if let Some(o) = &observer {
        o.observe(element);
    }
    SizeObserver {
        observer,
        _callback: callback,
    }
}

struct SizeObserver {
    observer: Option<web_sys::ResizeObserver>,
    _callback: Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for SizeObserver {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
    }
}

/// Calls `on_cross` with the `attribute` of the last element matching `selector` that has one
/// and starts above the middle of the viewport (the line a reader is reading), whenever any
/// element matching `selector` crosses that line, until the guard is dropped. Read from the
/// layout rather than from which element crossed: a jump (a link, Back, the End key) skips
/// elements that never report, but always moves some element across the line.
pub fn watch_reading_line(
    selector: &str,
    attribute: &'static str,
    on_cross: impl Fn(String) + 'static,
) -> impl Sized {
    let targets = document().and_then(|d| d.query_selector_all(selector).ok());
    let read = targets.clone();
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |_: js_sys::Array| {
        let (Some(list), Some(w)) = (&read, web_sys::window()) else {
            return;
        };
        let middle = w
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0)
            / 2.0;
        let reading = (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .take_while(|el| el.get_bounding_client_rect().top() <= middle)
            .filter_map(|el| el.get_attribute(attribute))
            .last();
        if let Some(value) = reading {
            on_cross(value);
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("-48% 0px -51% 0px");
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok();
    if let (Some(o), Some(list)) = (&observer, targets) {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                o.observe(&el);
            }
        }
    }
    Watching {
        observer,
        _callback: callback,
    }
}

struct Watching {
    observer: Option<web_sys::IntersectionObserver>,
    _callback: Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for Watching {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
    }
}

/// Calls `on_change` once, with the new ratio, when the device pixel ratio stops being `ratio`
/// (browser zoom, a window moved to another screen). Re-arm with the new ratio.
pub fn watch_pixel_ratio(ratio: f64, on_change: impl Fn(f64) + 'static) -> impl Sized {
    let query = web_sys::window().and_then(|w| {
        // Written without float formatting, which would add kilobytes to the WASM.
        let milli = (ratio * 1000.0).round() as u64;
        w.match_media(&format!(
            "(resolution: {}.{:03}dppx)",
            milli / 1000,
            milli % 1000
        ))
        .ok()
        .flatten()
    });
    listen(
        query.map(Into::into),
        &["change"],
        std::rc::Rc::new(move |_| on_change(pixel_ratio())),
    )
}

/// Calls `on_fragment` with the new fragment on Back, Forward or an edited fragment, until the
/// returned guard is dropped.
pub fn listen_for_navigation(on_fragment: impl Fn(String) + 'static) -> impl Sized {
    let window = web_sys::window().map(Into::into);
    listen(
        window,
        &["popstate", "hashchange"],
        std::rc::Rc::new(move |_| on_fragment(location().2)),
    )
}

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// Whether the page is dark: as the host page asked (`data-theme` on `<html>`, which the
/// script in `index.html` sets from `?theme=` before the first paint), else as the reader's
/// system prefers.
pub fn prefers_dark() -> bool {
    // The script sets only "light" or "dark".
    if let Some(asked) = document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("data-theme"))
    {
        return asked == "dark";
    }
    web_sys::window()
        .and_then(|w| w.match_media(DARK_QUERY).ok().flatten())
        .is_some_and(|q| q.matches())
}

/// The reader's system asks for its own colours: forced colours (Windows high contrast) or
/// more contrast.
const CONTRAST_QUERY: &str = "(forced-colors: active), (prefers-contrast: more)";

/// The palette to draw the charts in: the system's colours where it asks for them (read from
/// a probe styled in `CanvasText`, `Canvas`, `Highlight` and `GrayText`, class `system-colours`
/// in the style sheet), else light or dark as `prefers_dark` says.
pub fn chart_palette() -> Palette {
    system_palette().unwrap_or(if prefers_dark() { DARK } else { LIGHT })
}

fn system_palette() -> Option<Palette> {
    let window = web_sys::window()?;
    if !window.match_media(CONTRAST_QUERY).ok()??.matches() {
        return None;
    }
    let doc = window.document()?;
    let probe = doc.create_element("i").ok()?;
    probe.set_class_name("system-colours");
    doc.body()?.append_child(&probe).ok()?;
    // Read while the probe is in the document: the declaration is live, and empty once it
    // is removed.
    let style = window.get_computed_style(&probe).ok().flatten()?;
    let [text, canvas, highlight, gray] = [
        "color",
        "background-color",
        "border-top-color",
        "border-bottom-color",
    ]
    .map(|p| rgb(&style.get_property_value(p).unwrap_or_default()));
    probe.remove();
    Some(system(canvas, text, highlight, gray))
}

/// An `rgb(r, g, b)` or `rgba(…)` value as computed styles give it (black where unreadable).
/// Its first three runs of digits, added up by hand: `str::parse` would bring the standard
/// library's number parsing into the WASM.
fn rgb(css: &str) -> RGBColor {
    let mut channels = [0_u8; 3];
    let mut runs = css
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty());
    for channel in &mut channels {
        let run = runs.next().unwrap_or("0");
        *channel = run
            .bytes()
            .fold(0_u8, |n, d| n.saturating_mul(10).saturating_add(d - b'0'));
    }
    RGBColor(channels[0], channels[1], channels[2])
}

/// Calls `on_change` whenever the system switches between light and dark or starts or stops
/// asking for its own colours, until the guard is dropped.
pub fn watch_colour_scheme(on_change: impl Fn() + 'static) -> impl Sized {
    let handler: std::rc::Rc<dyn Fn(&web_sys::Event)> = std::rc::Rc::new(move |_| on_change());
    [DARK_QUERY, CONTRAST_QUERY].map(|q| {
        let query = web_sys::window().and_then(|w| w.match_media(q).ok().flatten());
        listen(query.map(Into::into), &["change"], handler.clone())
    })
}

/// Calls `on_near` when the element comes within `margin` (a CSS margin, e.g. `"600px 0px"`)
/// of the viewport, now or later, until the guard is dropped: charts are painted when the
/// reader nears them, not all at start-up. (Without IntersectionObserver, never: the chart's
/// picture stays.)
pub fn when_near(
    element: &web_sys::Element,
    margin: &str,
    on_near: impl Fn() + 'static,
) -> impl Drop {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let near = entries.iter().any(|e| {
            e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                .is_intersecting()
        });
        if near {
            on_near();
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(margin);
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok();
    if let Some(o) = &observer {
        o.observe(element);
    }
    NearObserver {
        observer,
        _callback: callback,
    }
}

struct NearObserver {
    observer: Option<web_sys::IntersectionObserver>,
    _callback: Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for NearObserver {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
    }
}

/// Calls `on_print` when the page is about to be printed (`beforeprint`, which every current
/// browser fires before it lays the page out for paper, print preview included), until the
/// guard is dropped: what only paper shows is made then, not at start-up.
pub fn watch_print(on_print: impl Fn() + 'static) -> impl Sized {
    let handler: std::rc::Rc<dyn Fn(&web_sys::Event)> = std::rc::Rc::new(move |_| on_print());
    listen(web_sys::window().map(Into::into), &["beforeprint"], handler)
}

/// Calls `on_touch` with the event's target for every pointer press, focus and click in the
/// document, before the page's own listeners see it (the capture phase), until the guard is
/// dropped; `on_touch` returns `true` to stop the event there, default action and all (so a
/// stopped click follows no link). The page's islands hydrate as they are touched
/// (`crate::islands`).
pub fn listen_for_touches(
    on_touch: impl Fn(&str, &web_sys::Element) -> bool + 'static,
) -> impl Sized {
    listen_in(
        gloo_events::EventListenerPhase::Capture,
        document().map(Into::into),
        &["pointerdown", "focusin", "click"],
        std::rc::Rc::new(move |e: &web_sys::Event| {
            let touched = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            if touched.is_some_and(|t| on_touch(&e.type_(), &t)) {
                e.prevent_default();
                e.stop_immediate_propagation();
            }
        }),
    )
}
