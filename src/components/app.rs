//! `App`: the root component. Holds the reader's state (which quote is open), follows links
//! to figures and charts, keeps the address in step, and reports the height when framed.

use crate::article::ARTICLE;
use crate::components::chart_panel::ChartPanel;
use crate::components::colophon::Colophon;
use crate::components::draft_notice::draft_notice;
use crate::components::masthead::Masthead;
use crate::components::narrative::Narrative;
use crate::components::photo_notes::PhotoNotes;
use crate::components::print_sources::PrintSources;
use crate::i18n::Lang;
use crate::model::{ChartIx, FigureIx};
use crate::site::ids;
use crate::site::{self, Mode, Target};
use crate::state::{Action, Reader};
use crate::web;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub mode: Mode,
    /// The interface's language (the article is Chinese in both).
    #[prop_or_default]
    pub lang: Lang,
    /// The figure whose quote the page's early script opened before the app arrived: opened
    /// again as the app takes over, so the reader sees no change.
    #[prop_or_default]
    pub opened_early: Option<FigureIx>,
}

/// The infographic: the whole page, the article for an iframe, or one chart alone.
#[component]
pub fn App(props: &AppProps) -> Html {
    let (mode, lang, opened_early) = (props.mode, props.lang, props.opened_early);
    let reader = use_reducer(Reader::default);
    // Whether the page has been printed (or laid out for print): the print-only sources are
    // made then, not in the start-up's work, where they were a task of 50–66 ms of their own
    // on a slow phone.
    let printing = use_state_eq(|| false);
    // The chart for the paragraph at the middle of the screen (wide screens show it).
    let current = use_state(|| None::<ChartIx>);
    {
        let current = current.clone();
        use_effect_with((), move |_| {
            let watch = (mode == Mode::Page).then(|| {
                web::watch_reading_line(".narrative .paragraph", "data-chart", move |id| {
                    if let Some(c) = ARTICLE.chart_index(&id) {
                        current.set(Some(c));
                    }
                })
            });
            move || drop(watch)
        });
    }
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let watch = (mode == Mode::Page).then(|| web::watch_print(move || printing.set(true)));
            move || drop(watch)
        });
    }

    {
        let dispatcher = reader.dispatcher();
        use_effect_with((), move |_| {
            let escape = web::listen_for_keys({
                let dispatcher = dispatcher.clone();
                move || dispatcher.dispatch(Action::Close)
            });
            let reopen = dispatcher.clone();
            // A link to a figure opens it; Back and Forward move between opened figures. A
            // fragment the app did not make is ignored.
            let follow = move |fragment: String, from_history: bool| match Target::from_fragment(
                &fragment,
            ) {
                Some(Target::Figure(i)) => {
                    dispatcher.dispatch(Action::Open(i));
                    let id = ids::figure(ARTICLE.figures[i].id);
                    web::after_next_paint(move || web::bring_to_centre(&id));
                }
                Some(Target::Chart(c)) => web::bring_to_centre(&ids::chart(ARTICLE.chart_at(c).id)),
                None if from_history && fragment.is_empty() => dispatcher.dispatch(Action::Close),
                None => {}
            };
            let (_, query, fragment) = web::location();
            follow(fragment, false);
            // What the reader opened before the app came outweighs the address.
            if let Some(i) = opened_early {
                reopen.dispatch(Action::Open(i));
            }
            let navigation = web::listen_for_navigation(move |fragment| follow(fragment, true));
            let height = web::is_framed().then(|| {
                let child = site::child_id(&query)
                    .unwrap_or(crate::article::PAGE.publication.file_prefix)
                    .to_string();
                web::report_height_to_parent(move |height| site::height_message(&child, height))
            });
            move || drop((escape, navigation, height))
        });
    }

    // When a quote closes, focus goes back to what opened it (the figure, or the chart's mark);
    // a quote opened in the text is scrolled into view, one opened from a chart appears under
    // it without moving the page. The page's address follows what is open (not in an iframe,
    // whose history is the host page's too).
    let last_open = use_mut_ref(|| None::<(FigureIx, bool)>);
    use_effect_with((reader.open, reader.in_chart), move |(open, in_chart)| {
        let previous = last_open.replace(open.map(|i| (i, *in_chart)));
        if let (Some((closed, from_chart)), None) = (previous, open) {
            let f = ARTICLE.figures[closed].id;
            let chart = ARTICLE
                .charts
                .iter()
                .find(|c| c.figures().any(|i| i == closed));
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
        if !mode.is_embedded() {
            let (_, _, fragment) = web::location();
            match open {
                Some(i) => {
                    let wanted = Target::Figure(*i).fragment();
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

    // Stable callbacks: children whose props are unchanged skip re-rendering on a click.
    let on_figure = {
        let dispatcher = reader.dispatcher();
        use_callback((), move |i, _| dispatcher.dispatch(Action::Toggle(i)))
    };
    let on_mark = {
        let dispatcher = reader.dispatcher();
        use_callback((), move |i, _| {
            dispatcher.dispatch(Action::ToggleInChart(i))
        })
    };
    let on_close = {
        let dispatcher = reader.dispatcher();
        use_callback((), move |(), _| dispatcher.dispatch(Action::Close))
    };
    let on_show_in_text = {
        let dispatcher = reader.dispatcher();
        use_callback((), move |i, _| dispatcher.dispatch(Action::Open(i)))
    };

    let body = match mode {
        Mode::Chart(c) => {
            let chart = ARTICLE.chart_at(c);
            let selected = reader.open.filter(|o| chart.figures().any(|f| f == *o));
            html! {
                <ChartPanel {chart} {selected} on_select={on_mark} {on_close} standalone=true level=1 />
            }
        }
        Mode::Page | Mode::Embed => html! {
            <article class="story">
                <Masthead
                    byline={ARTICLE.byline}
                    figures={ARTICLE.figures.len()}
                    {mode}
                />
                <Narrative
                    open={reader.open}
                    in_chart={reader.in_chart}
                    current={*current}
                    {on_figure}
                    {on_mark}
                    {on_close}
                    {on_show_in_text}
                />
                <PhotoNotes />
                // Print-only, so made when printing: out of the first load's HTML and work.
                if mode == Mode::Page && *printing {
                    <PrintSources />
                }
            </article>
        },
    };
    let class = classes!(
        "page",
        mode.is_embedded().then_some("is-embedded"),
        matches!(mode, Mode::Chart(_)).then_some("chart-only")
    );
    html! {
        <ContextProvider<Lang> context={lang}>
            <main {class} lang={lang.code()}>
                { draft_notice(lang) }
                { body }
                <Colophon {mode} />
            </main>
        </ContextProvider<Lang>>
    }
}
