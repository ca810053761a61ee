use crate::charts::forms::derived;
use crate::model::Chart;
use crate::{format, ARTICLE};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    pub chart: &'static Chart,
}

/// The chart's numbers as a real table, on demand: each figure as written and in base units,
/// then every value the chart derives, with its formula.
#[component]
pub fn DataTable(props: &DataTableProps) -> Html {
    let rows = props.chart.figures().map(|i| {
        let f = &ARTICLE.figures[i];
        html! {
            <tr>
                <th scope="row">{ f.label_zh }</th>
                <td>{ f.text }</td>
                <td>{ format::base_value(f).unwrap_or_default() }</td>
            </tr>
        }
    });
    let derived = derived(props.chart, &ARTICLE).into_iter().map(|d| {
        html! {
            <tr class="derived">
                <th scope="row">{ d.label }</th>
                <td>{ d.text }</td>
                <td>{ d.formula }</td>
            </tr>
        }
    });
    html! {
        <details class="chart-data">
            <summary>{ "查看数据" }</summary>
            <table>
                <caption>{ props.chart.title_zh }</caption>
                <thead>
                    <tr><th scope="col">{ "指标" }</th><th scope="col">{ "原文" }</th><th scope="col">{ "数值" }</th></tr>
                </thead>
                <tbody>
                    { for rows }
                    { for derived }
                </tbody>
            </table>
        </details>
    }
}
