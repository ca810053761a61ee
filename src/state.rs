//! What the reader has open, and every way it can change. One reducer, so that "one quote open
//! at a time" holds by construction; one store for the page, so that every island of it (a
//! paragraph, a chart: each hydrated on its own, `crate::islands`) reads the same state.

use crate::model::{ChartIx, FigureIx};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Reader {
    /// Index into `ARTICLE.figures` of the figure whose quote is shown.
    pub open: Option<FigureIx>,
    /// The quote was opened from a chart's mark: it shows under the chart, so the reader
    /// stays with the chart, rather than in the text.
    pub in_chart: bool,
    /// The chart for the paragraph at the middle of the screen (wide screens show it); `None`
    /// before the reader has scrolled to any.
    pub current: Option<ChartIx>,
    /// The page has been printed (or laid out for print): the print-only sources are made
    /// then, not in the start-up's work.
    pub printing: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// A figure was activated in the text: open its quote, or close it if it was open.
    Toggle(FigureIx),
    /// A chart's mark was activated: the same, with the quote under the chart.
    ToggleInChart(FigureIx),
    /// A link or Back/Forward named a figure: open it, whatever was open.
    Open(FigureIx),
    /// Escape or a close button.
    Close,
    /// The reader reads the paragraphs of this chart.
    Reading(ChartIx),
    /// The page is being printed.
    Print,
}

impl Reader {
    /// The state after `action`.
    pub fn after(self, action: Action) -> Reader {
        let here = |i: FigureIx, in_chart: bool| self.open == Some(i) && self.in_chart == in_chart;
        let (open, in_chart) = match action {
            Action::Toggle(i) if here(i, false) => (None, false),
            Action::ToggleInChart(i) if here(i, true) => (None, false),
            Action::Toggle(i) | Action::Open(i) => (Some(i), false),
            Action::ToggleInChart(i) => (Some(i), true),
            Action::Close => (None, false),
            Action::Reading(c) => {
                return Reader {
                    current: Some(c),
                    ..self
                }
            }
            Action::Print => {
                return Reader {
                    printing: true,
                    ..self
                }
            }
        };
        Reader {
            open,
            in_chart,
            ..self
        }
    }
}

type Listener = Rc<dyn Fn(Reader)>;

/// The page's reader state and who listens to it.
#[derive(Default)]
struct Store {
    reader: Reader,
    listeners: Vec<(u32, Listener)>,
    next_id: u32,
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::default();
}

/// The reader's state now.
pub fn reader() -> Reader {
    STORE.with(|s| s.borrow().reader)
}

/// Applies `action`; if the state changed, tells every listener, in the order they came, the
/// state as it is when each is told (a listener may dispatch in turn: no one is told a state
/// that has passed). The store is not borrowed while they run.
pub fn dispatch(action: Action) {
    let listeners = STORE.with(|s| {
        let mut store = s.borrow_mut();
        let next = store.reader.after(action);
        (next != store.reader).then(|| {
            store.reader = next;
            store
                .listeners
                .iter()
                .map(|(_, l)| l.clone())
                .collect::<Vec<Listener>>()
        })
    });
    for listener in listeners.into_iter().flatten() {
        listener(reader());
    }
}

/// Listens to the state until the returned value is dropped.
pub fn subscribe(listener: impl Fn(Reader) + 'static) -> Subscription {
    STORE.with(|s| {
        let mut store = s.borrow_mut();
        let id = store.next_id;
        store.next_id += 1;
        store.listeners.push((id, Rc::new(listener)));
        Subscription(id)
    })
}

/// A listener's place in the store: dropping it stops the listening.
pub struct Subscription(u32);

impl Drop for Subscription {
    fn drop(&mut self) {
        let id = self.0;
        // The store is never borrowed while listeners run, so this always takes; `try_` only so
        // that a drop as the thread ends cannot panic.
        let _ = STORE.try_with(|s| {
            if let Ok(mut store) = s.try_borrow_mut() {
                store.listeners.retain(|(i, _)| *i != id);
            }
        });
    }
}

/// The state, for a component: it re-renders when the state changes. The first render reads the
/// state the page was prerendered with (nothing open), so a component hydrating the prerendered
/// HTML finds it as written; the state of the moment follows at once. (One hook for every
/// component, not one per slice: each copy of a hook weighs in the WASM, and an unchanged
/// component's re-render changes nothing in the DOM.)
#[hook]
pub fn use_reader() -> Reader {
    let seen = use_state_eq(Reader::default);
    {
        let seen = seen.clone();
        use_effect_with((), move |_| {
            seen.set(reader());
            let subscription = subscribe(move |r| seen.set(r));
            move || drop(subscription)
        });
    }
    *seen
}

/// A callback that applies the action `make` builds from what it is called with.
#[hook]
pub fn use_dispatch<T: 'static>(make: fn(T) -> Action) -> Callback<T> {
    use_callback((), move |value, _| dispatch(make(value)))
}

#[cfg(test)]
mod tests {
    /// Places in an article of a few figures (the reducer reads none of them).
    fn ix(i: usize) -> crate::model::FigureIx {
        crate::model::FigureIx::baked(i)
    }

    use super::*;

    fn after(actions: &[Action]) -> Option<FigureIx> {
        actions
            .iter()
            .fold(Reader::default(), |s, a| s.after(*a))
            .open
    }

    #[test]
    fn one_quote_open_at_a_time() {
        assert_eq!(after(&[Action::Toggle(ix(3))]), Some(ix(3)));
        assert_eq!(
            after(&[Action::Toggle(ix(3)), Action::Toggle(ix(5))]),
            Some(ix(5))
        );
    }

    #[test]
    fn open_from_a_link_never_closes() {
        assert_eq!(after(&[Action::Open(ix(2))]), Some(ix(2)));
        assert_eq!(
            after(&[Action::Open(ix(2)), Action::Open(ix(2))]),
            Some(ix(2))
        );
        assert_eq!(
            after(&[Action::Toggle(ix(4)), Action::Open(ix(2))]),
            Some(ix(2))
        );
    }

    #[test]
    fn second_activation_and_close_shut_it() {
        assert_eq!(after(&[Action::Toggle(ix(3)), Action::Toggle(ix(3))]), None);
        assert_eq!(after(&[Action::Toggle(ix(3)), Action::Close]), None);
        assert_eq!(after(&[Action::Close]), None);
    }

    #[test]
    fn a_mark_opens_the_quote_under_its_chart_and_the_text_takes_it_back() {
        let state = |actions: &[Action]| {
            let s = actions.iter().fold(Reader::default(), |s, a| s.after(*a));
            (s.open, s.in_chart)
        };
        assert_eq!(state(&[Action::ToggleInChart(ix(3))]), (Some(ix(3)), true));
        assert_eq!(
            state(&[Action::ToggleInChart(ix(3)), Action::ToggleInChart(ix(3))]),
            (None, false)
        );
        // The same figure tapped in the text moves its quote there, rather than closing it.
        assert_eq!(
            state(&[Action::ToggleInChart(ix(3)), Action::Toggle(ix(3))]),
            (Some(ix(3)), false)
        );
        assert_eq!(
            state(&[Action::Toggle(ix(3)), Action::ToggleInChart(ix(3))]),
            (Some(ix(3)), true)
        );
        assert_eq!(
            state(&[Action::ToggleInChart(ix(3)), Action::Open(ix(3))]),
            (Some(ix(3)), false)
        );
        assert_eq!(
            state(&[Action::ToggleInChart(ix(3)), Action::Close]),
            (None, false)
        );
    }

    #[test]
    fn reading_and_printing_keep_what_is_open() {
        let s = Reader::default()
            .after(Action::ToggleInChart(ix(3)))
            .after(Action::Print);
        assert_eq!((s.open, s.in_chart, s.printing), (Some(ix(3)), true, true));
        let closed = s.after(Action::Close);
        assert!(closed.printing && closed.open.is_none());
    }

    #[test]
    fn the_store_tells_its_listeners_of_changes_only_until_dropped() {
        let heard = Rc::new(RefCell::new(Vec::new()));
        let subscription = {
            let heard = heard.clone();
            subscribe(move |r| heard.borrow_mut().push(r.open))
        };
        dispatch(Action::Toggle(ix(1)));
        dispatch(Action::Open(ix(1)));
        dispatch(Action::Close);
        drop(subscription);
        dispatch(Action::Toggle(ix(2)));
        assert_eq!(*heard.borrow(), vec![Some(ix(1)), None]);
        assert_eq!(reader().open, Some(ix(2)));
        dispatch(Action::Close);
    }

    #[test]
    fn an_unchanged_state_is_told_to_no_one() {
        let heard = Rc::new(RefCell::new(0));
        let _subscription = {
            let heard = heard.clone();
            subscribe(move |_| *heard.borrow_mut() += 1)
        };
        dispatch(Action::Close);
        assert_eq!(*heard.borrow(), 0);
    }
}
