//! `Behaviour`: what the page does around the reader's state, drawing nothing: links to figures
//! and charts followed, Back and Forward, Escape, the address kept in step with the open quote,
//! focus returned when a quote closes, the chart being read, printing, and the height reported
//! when framed. Rendered inside `App` (by the server, where it does nothing, and by the component
//! tests); in the browser, mounted on its own beside the islands (`crate::islands`), a task
//! after them.

use crate::article::ARTICLE;
use crate::model::FigureIx;
use crate::site::{self, ids, Mode, Target};
use crate::state::{self, dispatch, use_reader, Action, Reader};
use crate::web;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default, Clone)]
pub struct BehaviourProps {
    #[prop_or_default]
    pub mode: Mode,
    /// The figure whose quote the page's early script opened before the app arrived (the
    /// islands opened it again): it outweighs the address's figure.
    #[prop_or_default]
    pub opened_early: Option<FigureIx>,
}

#[component]
pub fn Behaviour(props: &BehaviourProps) -> Html {
    let (mode, opened_early) = (props.mode, props.opened_early);
    use_effect_with((), move |_| {
        // The chart for the paragraph at the middle of the screen (wide screens show it).
        let reading = (mode == Mode::Page).then(|| {
            web::watch_reading_line(".narrative .paragraph", "data-chart", move |id| {
                if let Some(c) = ARTICLE.chart_index(&id) {
                    dispatch(Action::Reading(c));
                }
            })
        });
        let printing =
            (mode == Mode::Page).then(|| web::watch_print(move || dispatch(Action::Print)));
        let escape = web::listen_for_keys(|| dispatch(Action::Close));
        // A link to a figure opens it; Back and Forward move between opened figures. A
        // fragment the app did not make is ignored.
        let follow =
            move |fragment: String, from_history: bool| match Target::from_fragment(&fragment) {
                Some(Target::Figure(i)) => {
                    dispatch(Action::Open(i));
                    let id = ids::figure(ARTICLE.figures[i].id);
                    web::after_next_paint(move || web::bring_to_centre(&id));
                }
                Some(Target::Chart(c)) => web::bring_to_centre(&ids::chart(ARTICLE.chart_at(c).id)),
                None if from_history && fragment.is_empty() => dispatch(Action::Close),
                None => {}
            };
        let (_, query, fragment) = web::location();
        // The address's figure opens unless the reader opened one first: before the app came
        // (the islands reopened it), or since, in the moment before this runs.
        if opened_early.is_none() && state::reader().open.is_none() {
            follow(fragment, false);
        }
        let navigation = web::listen_for_navigation(move |fragment| follow(fragment, true));
        let height = web::is_framed().then(|| {
            let child = site::child_id(&query)
                .unwrap_or(crate::article::PAGE.publication.file_prefix)
                .to_string();
            web::report_height_to_parent(move |height| site::height_message(&child, height))
        });
        move || drop((reading, printing, escape, navigation, height))
    });

    // When a quote closes, focus goes back to what opened it (the figure, or the chart's mark);
    // a quote opened in the text is scrolled into view, one opened from a chart appears under
    // it without moving the page. The page's address follows what is open (not in an iframe,
    // whose history is the host page's too).
    let Reader { open, in_chart, .. } = use_reader();
    let last_open = use_mut_ref(|| None::<(FigureIx, bool)>);
    use_effect_with((open, in_chart), move |&(open, in_chart)| {
        let previous = last_open.replace(open.map(|i| (i, in_chart)));
        if let (Some((closed, from_chart)), None) = (previous, open) {
            let f = ARTICLE.figures[closed].id;
            let chart = ARTICLE.chart_showing(closed).map(|c| ARTICLE.chart_at(c));
            match chart.filter(|_| from_chart) {
                Some(c) => web::focus(&ids::mark(c.id, f)),
                None => web::focus(&ids::figure(f)),
            }
        }
        if let Some(opened) = open.filter(|_| !in_chart) {
            // After the card is painted: scrolling lays the page out, which need not delay it.
            let card = ids::quote(ARTICLE.figures[opened].id);
            web::after_next_paint(move || web::reveal(&card));
            // Moved from under its chart to the text: focus follows it there.
            if previous == Some((opened, true)) {
                web::focus(&ids::figure(ARTICLE.figures[opened].id));
            }
        }
        // Nothing was open and nothing is: the address is as the reader came (a link to a
        // figure is being opened from it), not one to correct.
        if !mode.is_embedded() && (previous.is_some() || open.is_some()) {
            let (_, _, fragment) = web::location();
            match open {
                Some(i) => {
                    let wanted = Target::Figure(i).fragment();
                    if fragment != wanted {
                        web::push_fragment(&wanted);
                    }
                }
                None if matches!(Target::from_fragment(&fragment), Some(Target::Figure(_))) => {
                    web::clear_fragment();
                }
                None => {}
            }
        }
    });
    html! {}
}
