use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::components::ids;
use crate::components::mark_buttons::MarkButtons;
use crate::model::Chart;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    pub chart: &'static Chart,
    /// The open figure, if this chart shows it.
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

/// One chart with its words: title, summary, the drawing, its marks as buttons, the formula of
/// derived values, the source, and the data as a table.
#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let c = props.chart;
    let id = ids::chart(c.id);
    let summary_id = format!("{id}-summary");
    html! {
        <figure class="chart" id={id.clone()} aria-labelledby={format!("{id}-title")}>
            <h3 class="chart-title" id={format!("{id}-title")}>{ c.title_zh }</h3>
            <p class="chart-summary" id={summary_id.clone()}>{ c.summary_zh }</p>
            <ChartCanvas
                chart={c}
                selected={props.selected}
                on_select={props.on_select.clone()}
                described_by={summary_id}
            />
            <MarkButtons chart={c} selected={props.selected} on_select={props.on_select.clone()} />
            <figcaption class="chart-foot">
                { for c.note_zh.map(|n| html! { <span class="chart-note">{ n }</span> }) }
                <span class="chart-source">{ "数据来源：衡阳日报《向“新”而行 向“高”而攀》" }</span>
            </figcaption>
            <DataTable chart={c} />
        </figure>
    }
}
