//! What the reader has open, and every way it can change. One reducer, so that "one quote open
//! at a time" holds by construction.

use crate::model::FigureIx;
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reader {
    /// Index into `ARTICLE.figures` of the figure whose quote is shown.
    pub open: Option<FigureIx>,
    /// The quote was opened from a chart's mark: it shows under the chart, so the reader
    /// stays with the chart, rather than in the text.
    pub in_chart: bool,
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
}

impl Reducible for Reader {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let here = |i: FigureIx, in_chart: bool| self.open == Some(i) && self.in_chart == in_chart;
        let next = match action {
            Action::Toggle(i) if here(i, false) => Reader::default(),
            Action::ToggleInChart(i) if here(i, true) => Reader::default(),
            Action::Toggle(i) | Action::Open(i) => Reader {
                open: Some(i),
                in_chart: false,
            },
            Action::ToggleInChart(i) => Reader {
                open: Some(i),
                in_chart: true,
            },
            Action::Close => Reader::default(),
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
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
            .fold(Rc::new(Reader::default()), |s, a| s.reduce(*a))
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
            let s = actions
                .iter()
                .fold(Rc::new(Reader::default()), |s, a| s.reduce(*a));
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
    fn unchanged_state_is_not_rebuilt() {
        let s = Rc::new(Reader::default());
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::Close)));
    }
}
