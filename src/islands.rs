//! The page in the browser, island by island: the server's HTML stays as it is, and each part
//! that reacts to the reader (`components::island::Part`: a paragraph, a chart, the masthead's
//! switch, the colophon, the print sources) is hydrated on its own, in a task of its own, only
//! when it is needed:
//! - when the reader touches it (a press, focus or click: the capture phase hears it first, so
//!   a tap on a paragraph not yet hydrated is answered by hydrating it and opening the quote);
//! - when the reader's state needs it (a quote opened from a link, Back, or a chart's "in the
//!   text" lights a paragraph; the chart being read on wide screens);
//! - for charts and the colophon, when they near the viewport, one a task, so the canvas and
//!   the embed code are ready as the reader arrives.
//!
//! Nothing else is hydrated: one hydration of the whole page was a task of 110–150 ms on a slow
//! phone (issue 20). The page's behaviour (links, history, keys, height) is `Behaviour`,
//! mounted beside the islands; the state they share is `state`'s one store.

use crate::article::ARTICLE;
use crate::components::behaviour::{Behaviour, BehaviourProps};
// As far ahead as a chart's canvas is painted: hydration and painting in separate tasks.
use crate::components::chart_canvas::PAINT_AHEAD;
use crate::components::island::{Island, IslandProps, Part};
use crate::i18n::Lang;
use crate::site::{markup, Mode};
use crate::state::{self, Action, Reader};
use crate::web;
use std::cell::RefCell;
use std::collections::VecDeque;

struct Place {
    part: Part,
    element: web_sys::Element,
    /// Its hydration has been asked for (it is live, `markup::LIVE`, once it has rendered).
    asked: bool,
}

struct Page {
    lang: Lang,
    mode: Mode,
    places: Vec<Place>,
    /// Islands come near, to hydrate one a task.
    queue: VecDeque<Part>,
    pumping: bool,
    /// Clicks made again, each a task later, since an island last answered one itself.
    reclicks: u32,
}

thread_local! {
    static PAGE: RefCell<Option<Page>> = const { RefCell::new(None) };
}

/// Takes over the prerendered page in `app` (`mode`, `lang`) island by island.
pub fn start(mode: Mode, lang: Lang, app: &web_sys::Element) {
    // A quote the reader opened before the app arrived (static/early.js) stays open: the early
    // script stops and puts its paragraph back as the server sent it, to be hydrated.
    let opened_early = web::take_over_early_quote()
        .and_then(|id| ARTICLE.figure(&id))
        .map(|(i, _)| i);
    let places = web::islands()
        .into_iter()
        .filter_map(|(name, element)| {
            Some(Place {
                part: Part::from_attr(&name)?,
                element,
                asked: false,
            })
        })
        .collect();
    PAGE.with_borrow_mut(|page| {
        *page = Some(Page {
            lang,
            mode,
            places,
            queue: VecDeque::new(),
            pumping: false,
            reclicks: 0,
        })
    });
    let needs = state::subscribe(|reader| needed(&reader).into_iter().flatten().for_each(hydrate));
    let touches = web::listen_for_touches(touched);
    // The page lives as long as the document: so do its listeners.
    std::mem::forget((needs, touches));
    // Reopened at once: its paragraph hydrates with the card in this same task, so it never
    // blinks.
    if let Some(i) = opened_early {
        state::dispatch(Action::Open(i));
    }
    let _ = app.set_attribute(markup::LIVE, "");
    // The rest in tasks of their own, so a tap the reader makes meanwhile is answered between
    // them: the page's behaviour (links, history, keys, height), then the watch on what nears.
    web::in_a_task_of_its_own(move || {
        if let Some(host) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("div").ok())
        {
            yew::Renderer::<Behaviour>::with_root_and_props(
                host,
                BehaviourProps { mode, opened_early },
            )
            .render();
        }
    });
    web::in_a_task_of_its_own(|| {
        let near: Vec<_> = hydrated_when_near()
            .into_iter()
            .map(|(part, element)| web::when_near(&element, PAINT_AHEAD, move || queue(part)))
            .collect();
        std::mem::forget(near);
    });
}

/// The islands the reader's state shows itself in: the paragraph of the open figure (its quote,
/// or the figure lit), the chart it was opened from, the chart being read, the print sources.
fn needed(reader: &Reader) -> [Option<Part>; 4] {
    let open = reader.open;
    [
        open.and_then(Part::of_figure),
        open.filter(|_| reader.in_chart).and_then(Part::chart_of),
        reader.current.map(Part::Chart),
        reader.printing.then_some(Part::Print),
    ]
}

/// What a press may be about to activate: a press anywhere else (a swipe starting on a
/// paragraph's text) hydrates nothing.
const ACTIVE: &str = "button, a, summary, textarea, input, [tabindex]";

/// A press, focus or click on `target`: its island is hydrated now if it is not yet. A click
/// that comes before the island has hydrated (with no press or focus before it, as a script's
/// or some assistive tools', or before the hydration a press asked for has run) finds no
/// listener of the island's yet: on a figure of a paragraph it opens the quote here; on
/// anything else of the island it is stopped and made again a task later, when the island
/// answers it. Returns whether the event was stopped.
fn touched(kind: &str, target: &web_sys::Element) -> bool {
    let Some(element) = target
        .closest(&format!("[{}]", markup::ISLAND))
        .ok()
        .flatten()
    else {
        return false;
    };
    if element.has_attribute(markup::LIVE) {
        PAGE.with_borrow_mut(|page| page.iter_mut().for_each(|p| p.reclicks = 0));
        return false;
    }
    let Some(part) = element
        .get_attribute(markup::ISLAND)
        .and_then(|name| Part::from_attr(&name))
    else {
        return false;
    };
    let active = target.closest(ACTIVE).ok().flatten();
    if kind == "pointerdown" && active.is_none() {
        return false;
    }
    // A changed island is rendered afresh, which replaces what was pressed or focused: only
    // the click itself, answered here, makes it.
    if kind != "click" && altered(&element) {
        return false;
    }
    hydrate(part);
    let Some(active) = active.filter(|_| kind == "click") else {
        return false;
    };
    let figure = matches!(part, Part::Paragraph { .. })
        .then(|| active.get_attribute("data-figure"))
        .flatten()
        .and_then(|id| ARTICLE.figure(&id));
    match figure {
        Some((i, _)) => state::dispatch(Action::Toggle(i)),
        // Made again a task later, when the island may answer it.
        None if may_click_again() => web::click_in_a_task_of_its_own(active),
        // An island that never answers (its hydration failed): the click goes on to the
        // browser, whose own action (a link followed, a summary opened) still happens.
        None => return false,
    }
    true
}

/// How many times a click waits a task for its island, at most, before it is dropped: far more
/// than any island's hydration takes (a few tasks), far less than a stuck loop.
const MAX_RECLICKS: u32 = 200;

/// Whether a click may wait another task for its island: counted (`Page::reclicks`), and no
/// more than [`MAX_RECLICKS`] times.
fn may_click_again() -> bool {
    PAGE.with_borrow_mut(|page| {
        page.as_mut().is_some_and(|p| {
            let again = p.reclicks < MAX_RECLICKS;
            p.reclicks += u32::from(again);
            again
        })
    })
}

/// Hydrates island `part` now, if that has not been asked for yet. The print sources, which
/// the server leaves empty, are rendered rather than hydrated: made in the same task as `beforeprint`;
/// so is an island the browser has changed (`altered`).
fn hydrate(part: Part) {
    let found = PAGE.with_borrow_mut(|page| {
        let page = page.as_mut()?;
        let place = page
            .places
            .iter_mut()
            .find(|p| p.part == part && !p.asked)?;
        place.asked = true;
        Some((place.element.clone(), page.lang, page.mode))
    });
    let Some((element, lang, mode)) = found else {
        return;
    };
    let fresh = part == Part::Print || altered(&element);
    if fresh {
        element.set_text_content(None);
    }
    // Yew hydrates in a microtask, or later still if its scheduler has just yielded to the
    // browser: the island marks itself live when it has (`Island`).
    let props = IslandProps {
        part,
        lang,
        mode,
        host: Some(element.clone()),
    };
    let renderer = yew::Renderer::<Island>::with_root_and_props(element, props);
    if fresh {
        renderer.render();
    } else {
        renderer.hydrate();
    }
}

/// Whether the browser has changed an island since the server sent it, so that hydrating it
/// would find other nodes than it renders (and stop the app): a page the browser translated
/// (Chrome and Google Translate wrap each run of text in `<font>`). Such an island is rendered
/// afresh, in the article's own words, when the reader acts on it.
fn altered(element: &web_sys::Element) -> bool {
    element.query_selector("font").ok().flatten().is_some()
}

/// Whether island `part`'s hydration has been asked for.
fn is_asked(part: Part) -> bool {
    PAGE.with_borrow(|page| {
        page.iter()
            .flat_map(|p| &p.places)
            .any(|p| p.part == part && p.asked)
    })
}

/// The islands hydrated as they come near, each with the element to watch: the charts (their
/// `<figure>`: the island's own element makes no box) and the colophon, with its embed code.
fn hydrated_when_near() -> Vec<(Part, web_sys::Element)> {
    PAGE.with_borrow(|page| {
        page.iter()
            .flat_map(|p| &p.places)
            .filter_map(|p| match p.part {
                Part::Chart(_) => Some((p.part, p.element.first_element_child()?)),
                Part::Foot => Some((p.part, p.element.clone())),
                _ => None,
            })
            .collect()
    })
}

/// Puts an island that came near in line, to be hydrated in a task of its own (not one already
/// asked for: a chart comes near again each time the reader scrolls back to it).
fn queue(part: Part) {
    if is_asked(part) {
        return;
    }
    let start = PAGE.with_borrow_mut(|page| {
        let Some(page) = page.as_mut() else {
            return false;
        };
        if !page.queue.contains(&part) {
            page.queue.push_back(part);
        }
        !std::mem::replace(&mut page.pumping, true)
    });
    if start {
        web::in_a_task_of_its_own(pump);
    }
}

/// Hydrates the next island in line, then gives the browser a turn before the one after.
fn pump() {
    let next = PAGE.with_borrow_mut(|page| {
        let page = page.as_mut()?;
        let next = page.queue.pop_front();
        page.pumping = next.is_some();
        next
    });
    if let Some(part) = next {
        hydrate(part);
        web::in_a_task_of_its_own(pump);
    }
}
