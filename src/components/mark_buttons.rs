//! `MarkButtons`: a chart's marks as a list of buttons, for keyboard and screen readers.

use crate::article::ARTICLE;
use crate::components::use_taken_over;
use crate::format;
use crate::i18n::Lang;
use crate::model::{Chart, FigureIx};
use crate::site::ids;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MarkButtonsProps {
    pub chart: &'static Chart,
    pub selected: Option<FigureIx>,
    pub on_select: Callback<FigureIx>,
    /// The mark the keyboard is on (`None` when focus leaves the marks): the canvas rings it.
    #[prop_or_default]
    pub on_focus: Callback<Option<FigureIx>>,
}

/// The chart's marks as a row of buttons: the keyboard's and screen reader's way into the
/// canvas, and a legend of what is drawn, each named with its place among them ("3 of 5").
/// One tab stop per chart: the first mark is rendered with `tabindex=0`, the others `-1`;
/// from then on the document's key listener (`web::listen_for_keys`) moves focus among them
/// on arrows, Home and End and makes the mark last focused the tab stop. Those tabindex
/// values stay as it sets them: Yew patches only attributes whose rendered value changes.
/// They act only through the app, so they are added once it has taken over the page: the
/// prerendered HTML (the first load) goes without them.
#[component]
pub fn MarkButtons(props: &MarkButtonsProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let live = use_taken_over();
    if !live {
        return html! {};
    }
    let ui = lang.ui();
    let count = props.chart.figures().count();
    // Each mark's group, as the chart's form reads its rows (the notes under it a last group):
    // Up and Down move between groups, Left and Right along the marks.
    let rows = props.chart.rows;
    let groups = rows
        .iter()
        .enumerate()
        .flat_map(|(g, row)| row.iter().map(move |_| g))
        .chain(props.chart.extras.iter().map(|_| rows.len()));
    let buttons = props
        .chart
        .figures()
        .zip(groups)
        .enumerate()
        .map(|(n, (i, group))| {
            let f = &ARTICLE.figures[i];
            let onclick = {
                let on_select = props.on_select.clone();
                Callback::from(move |_: MouseEvent| on_select.emit(i))
            };
            let (onfocus, onblur) = {
                let on_focus = props.on_focus.clone();
                (
                    on_focus.reform(move |_: FocusEvent| Some(i)),
                    on_focus.reform(|_: FocusEvent| None),
                )
            };
            let pressed = props.selected == Some(i);
            let (label, text) = (format::label(f, lang), format::figure_text(f, lang));
            let name = ui.note(label, &text);
            html! {
                <li>
                    <button
                        type="button"
                        id={ids::mark(props.chart.id, f.id)}
                        class={classes!("mark", pressed.then_some("is-selected"))}
                        aria-pressed={if pressed { "true" } else { "false" }}
                        tabindex={if n == 0 { "0" } else { "-1" }}
                        data-figure={f.id}
                        data-group={group.to_string()}
                        data-value={f.value.map(number_text)}
                        data-unit={f.unit}
                        aria-label={name + &(ui.place)(n + 1, count)}
                        {onclick}
                        {onfocus}
                        {onblur}
                    >
                        { text }
                    </button>
                </li>
            }
        });
    let title = format::chart_words(props.chart, lang).title;
    html! {
        <ul class="chart-marks" aria-label={(ui.marks_of)(title)}>
            { for buttons }
        </ul>
    }
}

/// A value as the Listen tool reads it (`data-value`). In the browser the browser writes it:
/// Rust's float formatting would add some 20 KB to the WASM for this one attribute.
fn number_text(value: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::from(value)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        value.to_string()
    }
}
