//! `DataTable`: a chart's numbers as a real `<table>`, figures as written and their values,
//! then every value the chart derives with its formula.

use crate::article::ARTICLE;
use crate::charts::derived::derived;
use crate::format;
use crate::i18n::Lang;
use crate::model::Chart;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    pub chart: &'static Chart,
}

/// The chart's numbers as a real table, on demand: each figure as the article writes it and
/// its value, then every value the chart derives, with its formula.
#[component]
pub fn DataTable(props: &DataTableProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let ui = lang.ui();
    let rows = props.chart.figures().map(|i| {
        let f = &ARTICLE.figures[i];
        let value = match lang {
            Lang::Zh => format::chinese_value(f).unwrap_or_default(),
            Lang::En => format::figure_text(f, lang),
        };
        html! {
            <tr>
                <th scope="row">{ format::label(f, lang) }</th>
                <td lang="zh-CN">{ f.text }</td>
                <td>{ value }</td>
            </tr>
        }
    });
    let derived = derived(props.chart, &ARTICLE, lang).into_iter().map(|d| {
        html! {
            <tr class="derived">
                <th scope="row">{ d.label }</th>
                <td>{ d.formula }</td>
                <td>{ d.text }</td>
            </tr>
        }
    });
    let [measure, written, value] = ui.columns;
    html! {
        <details class="chart-data">
            <summary>{ ui.view_data }</summary>
            <table>
                <caption>{ format::chart_words(props.chart, lang).title }</caption>
                <thead>
                    <tr><th scope="col">{ measure }</th><th scope="col">{ written }</th><th scope="col">{ value }</th></tr>
                </thead>
                <tbody>
                    { for rows }
                    { for derived }
                </tbody>
            </table>
        </details>
    }
}
