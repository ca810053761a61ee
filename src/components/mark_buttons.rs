//! `MarkButtons`: a chart's marks as a list of buttons, for keyboard and screen readers.

use crate::article::ARTICLE;
use crate::components::use_taken_over;
use crate::format;
use crate::i18n::Lang;
use crate::model::Chart;
use crate::site::ids;
use crate::web;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MarkButtonsProps {
    pub chart: &'static Chart,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
    /// The figure whose mark has keyboard focus, or `None` when focus leaves the marks: the
    /// canvas draws it as it draws a selection.
    #[prop_or_default]
    pub on_focus: Callback<Option<usize>>,
}

/// Where an arrow key moves from position `at` among `count` marks, whose groups (the chart's
/// rows, then its notes) start at `starts`: Left/Right (and Up/Down where every group is one
/// mark) step to the neighbour, Up/Down go to the first mark of the group before or after,
/// Home/End to the ends. `None` for any other key.
pub fn step(key: &str, at: usize, count: usize, starts: &[usize]) -> Option<usize> {
    let last = count.checked_sub(1)?;
    let group = starts.iter().rposition(|&s| s <= at).unwrap_or(0);
    Some(match key {
        "ArrowRight" => (at + 1).min(last),
        "ArrowLeft" => at.saturating_sub(1),
        "ArrowDown" => starts.get(group + 1).copied().unwrap_or(last),
        "ArrowUp" if starts.get(group) == Some(&at) => {
            group.checked_sub(1).map_or(0, |g| starts[g])
        }
        "ArrowUp" => starts.get(group).copied().unwrap_or(0),
        "Home" => 0,
        "End" => last,
        _ => return None,
    })
}

/// The chart's marks as a row of buttons: the keyboard's and screen reader's way into the
/// canvas, and a legend of what is drawn. One tab stop per chart (a roving tabindex: the mark
/// last focused, at first the first); arrows, Home and End move among the marks. They act only
/// through the app, so they are added once it has taken over the page: the prerendered HTML
/// (the first load) goes without them.
#[component]
pub fn MarkButtons(props: &MarkButtonsProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let live = use_taken_over();
    // The position of the mark that takes the chart's tab stop.
    let active = use_state_eq(|| 0_usize);
    if !live {
        return html! {};
    }
    let chart = props.chart;
    let count = chart.figures().count();
    let ui = lang.ui();
    let buttons = chart.figures().enumerate().map(|(n, i)| {
        let f = &ARTICLE.figures[i];
        let onclick = {
            let on_select = props.on_select.clone();
            Callback::from(move |_: MouseEvent| on_select.emit(i))
        };
        let onfocus = {
            let (active, on_focus) = (active.clone(), props.on_focus.clone());
            Callback::from(move |_: FocusEvent| {
                active.set(n);
                on_focus.emit(Some(i));
            })
        };
        let onblur = props.on_focus.reform(|_: FocusEvent| None);
        let pressed = props.selected == Some(i);
        let (label, text) = (format::label(f, lang), format::figure_text(f, lang));
        let name = (ui.note_line)(label, &text);
        html! {
            <li>
                <button
                    type="button"
                    id={ids::mark(chart.id, f.id)}
                    class={classes!("mark", pressed.then_some("is-selected"))}
                    aria-pressed={if pressed { "true" } else { "false" }}
                    tabindex={if n == *active { "0" } else { "-1" }}
                    data-figure={f.id}
                    aria-label={format!("{}{}", name.trim_start_matches("· "), (ui.place)(n + 1, count))}
                    {onclick}
                    {onfocus}
                    {onblur}
                >
                    { text }
                </button>
            </li>
        }
    });
    let at = *active;
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        let starts: Vec<usize> = chart
            .rows
            .iter()
            .map(|r| r.len())
            .chain((!chart.extras.is_empty()).then_some(0))
            .scan(0, |s, len| {
                let start = *s;
                *s += len;
                Some(start)
            })
            .collect();
        if let Some(to) = step(&e.key(), at, count, &starts) {
            e.prevent_default();
            if let Some(i) = chart.figures().nth(to) {
                web::focus(&ids::mark(chart.id, ARTICLE.figures[i].id));
            }
        }
    });
    let title = format::chart_words(chart, lang).title;
    html! {
        <ul class="chart-marks" aria-label={(ui.marks_of)(title)} {onkeydown}>
            { for buttons }
        </ul>
    }
}
