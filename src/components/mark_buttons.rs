use crate::model::Chart;
use crate::ARTICLE;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MarkButtonsProps {
    pub chart: &'static Chart,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

/// The chart's marks as a row of buttons: the keyboard's and screen reader's way into the
/// canvas, and a legend of what is drawn.
#[component]
pub fn MarkButtons(props: &MarkButtonsProps) -> Html {
    let buttons = props.chart.figures().map(|i| {
        let f = &ARTICLE.figures[i];
        let onclick = {
            let on_select = props.on_select.clone();
            Callback::from(move |_: MouseEvent| on_select.emit(i))
        };
        let pressed = props.selected == Some(i);
        html! {
            <li>
                <button
                    type="button"
                    class={classes!("mark", pressed.then_some("is-selected"))}
                    aria-pressed={if pressed { "true" } else { "false" }}
                    data-figure={f.id}
                    title={f.label_zh}
                    aria-label={format!("{}：{}", f.label_zh, f.text)}
                    {onclick}
                >
                    { f.text }
                </button>
            </li>
        }
    });
    html! {
        <ul class="chart-marks" aria-label={format!("{}：图中数据", props.chart.title_zh)}>
            { for buttons }
        </ul>
    }
}
