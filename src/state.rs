//! What the reader has open, and every way it can change. One reducer, so that "one quote open
//! at a time" holds by construction.

use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reader {
    /// Index into `ARTICLE.figures` of the figure whose quote is shown.
    pub open: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// A figure was activated: open its quote, or close it if it was open.
    Toggle(usize),
    /// A link or Back/Forward named a figure: open it, whatever was open.
    Open(usize),
    /// Escape or a close button.
    Close,
}

impl Reducible for Reader {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let open = match action {
            Action::Toggle(i) if self.open == Some(i) => None,
            Action::Toggle(i) | Action::Open(i) => Some(i),
            Action::Close => None,
        };
        if open == self.open {
            self
        } else {
            Rc::new(Reader { open })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: &[Action]) -> Option<usize> {
        actions
            .iter()
            .fold(Rc::new(Reader::default()), |s, a| s.reduce(*a))
            .open
    }

    #[test]
    fn one_quote_open_at_a_time() {
        assert_eq!(after(&[Action::Toggle(3)]), Some(3));
        assert_eq!(after(&[Action::Toggle(3), Action::Toggle(5)]), Some(5));
    }

    #[test]
    fn open_from_a_link_never_closes() {
        assert_eq!(after(&[Action::Open(2)]), Some(2));
        assert_eq!(after(&[Action::Open(2), Action::Open(2)]), Some(2));
        assert_eq!(after(&[Action::Toggle(4), Action::Open(2)]), Some(2));
    }

    #[test]
    fn second_activation_and_close_shut_it() {
        assert_eq!(after(&[Action::Toggle(3), Action::Toggle(3)]), None);
        assert_eq!(after(&[Action::Toggle(3), Action::Close]), None);
        assert_eq!(after(&[Action::Close]), None);
    }

    #[test]
    fn unchanged_state_is_not_rebuilt() {
        let s = Rc::new(Reader::default());
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::Close)));
    }
}
