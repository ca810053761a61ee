//! `ChartPanel`: a chart with all its words (title, summary, note, source), its marks as
//! buttons, its data table and its tools (share, save, download, embed).

use crate::article::ARTICLE;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::components::embed_code::EmbedCode;
use crate::components::mark_buttons::MarkButtons;
use crate::components::quote_card::QuoteCard;
use crate::components::save_image::SaveImage;
use crate::components::share_button::ShareButton;
use crate::i18n::Lang;
use crate::model::Chart;
use crate::site::ids;
use crate::site::Target;
use crate::{export, format};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    pub chart: &'static Chart,
    /// The open figure, if this chart shows it.
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
    /// Alone in an embed: the selected figure's quote shows under the chart, as there is no
    /// text around it.
    #[prop_or_default]
    pub standalone: bool,
    #[prop_or_default]
    pub on_close: Callback<()>,
    /// The title's heading level: under the headline (2), under a section heading (3), or
    /// the page's own title when the chart stands alone (1).
    #[prop_or(3)]
    pub level: u8,
}

/// One chart with its words: title, summary, the drawing, its marks as buttons, the formula of
/// derived values, the source, and the data as a table.
#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let c = props.chart;
    let id = ids::chart(c.id);
    let summary_id = format!("{id}-summary");
    let lang = use_context::<Lang>().unwrap_or_default();
    let ui = lang.ui();
    let format::ChartWords {
        title,
        summary,
        note,
    } = format::chart_words(c, lang);
    let index = ARTICLE
        .charts
        .iter()
        .position(|x| x.id == c.id)
        .unwrap_or(0);
    let quote = props.selected.filter(|_| props.standalone).map(|i| {
        html! { <p class="chart-quote"><QuoteCard figure={&ARTICLE.figures[i]} on_close={props.on_close.clone()} /></p> }
    });
    html! {
        <figure class="chart" id={id.clone()} aria-labelledby={format!("{id}-title")}>
            <figcaption class="chart-head">
                <@{format!("h{}", props.level.clamp(1, 6))} class="chart-title" id={format!("{id}-title")}>
                    { title }
                </@>
                <p class="chart-summary" id={summary_id.clone()}>{ summary }</p>
            </figcaption>
            <ChartCanvas
                chart={c}
                selected={props.selected}
                on_select={props.on_select.clone()}
                described_by={summary_id}
            />
            <MarkButtons chart={c} selected={props.selected} on_select={props.on_select.clone()} />
            { for quote }
            <p class="chart-foot">
                { for note.map(|n| html! { <span class="chart-note">{ n }</span> }) }
                <span class="chart-source">{ (ui.source_line)(ARTICLE.title) }</span>
            </p>
            <div class="chart-tools">
                <ShareButton url={Target::Chart(index).link(lang)} {title} text={summary} />
                <SaveImage chart={c} />
                <a class="tool-button" href={export::csv_path(Some(c))} download={format!("衡阳日报-{}.csv", c.id)}>
                    { ui.download_data }
                </a>
                if !props.standalone {
                    <EmbedCode chart={Some(index)} />
                }
            </div>
            <DataTable chart={c} />
        </figure>
    }
}
