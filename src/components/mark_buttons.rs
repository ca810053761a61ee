//! `MarkButtons`: a chart's marks as a list of buttons, for keyboard and screen readers.

use crate::article::ARTICLE;
use crate::components::use_taken_over;
use crate::format;
use crate::i18n::Lang;
use crate::model::Chart;
use crate::site::ids;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MarkButtonsProps {
    pub chart: &'static Chart,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

/// The chart's marks as a row of buttons: the keyboard's and screen reader's way into the
/// canvas, and a legend of what is drawn. They act only through the app, so they are added
/// once it has taken over the page: the prerendered HTML (the first load) goes without them.
#[component]
pub fn MarkButtons(props: &MarkButtonsProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let live = use_taken_over();
    if !live {
        return html! {};
    }
    let buttons = props.chart.figures().map(|i| {
        let f = &ARTICLE.figures[i];
        let onclick = {
            let on_select = props.on_select.clone();
            Callback::from(move |_: MouseEvent| on_select.emit(i))
        };
        let pressed = props.selected == Some(i);
        let (label, text) = (format::label(f, lang), format::figure_text(f, lang));
        html! {
            <li>
                <button
                    type="button"
                    id={ids::mark(props.chart.id, f.id)}
                    class={classes!("mark", pressed.then_some("is-selected"))}
                    aria-pressed={if pressed { "true" } else { "false" }}
                    data-figure={f.id}
                    aria-label={(lang.ui().note_line)(label, &text).trim_start_matches("· ").to_string()}
                    {onclick}
                >
                    { text }
                </button>
            </li>
        }
    });
    let title = format::chart_words(props.chart, lang).title;
    html! {
        <ul class="chart-marks" aria-label={(lang.ui().marks_of)(title)}>
            { for buttons }
        </ul>
    }
}
