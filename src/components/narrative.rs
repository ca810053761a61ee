//! `Narrative`: the article body, section by section, with the charts placed beside the
//! paragraphs they illustrate (photo captions are listed apart, by `PhotoNotes`).

use crate::article::ARTICLE;
use crate::components::chart_panel::ChartPanel;
use crate::components::paragraph::Paragraph;
use crate::i18n::Lang;
use crate::model::{Block, ChartIx, FigureIx, Span};
use crate::site::{ids, markup};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NarrativeProps {
    pub open: Option<FigureIx>,
    /// The open quote shows under its chart, not in the text.
    pub in_chart: bool,
    /// The chart for what the reader is reading (the one shown beside the text on wide
    /// screens); `None` before the reader has scrolled to any.
    pub current: Option<ChartIx>,
    pub on_figure: Callback<FigureIx>,
    pub on_mark: Callback<FigureIx>,
    /// Moves a quote from under its chart to the text.
    pub on_show_in_text: Callback<FigureIx>,
    pub on_close: Callback<()>,
}

/// The article body: the intro, then each headed section with its paragraphs.
#[component]
pub fn Narrative(props: &NarrativeProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let open_in_text = props.open.filter(|_| !props.in_chart);
    let open_in_chart = props.open.filter(|_| props.in_chart);
    let sections = ARTICLE.sections.iter().enumerate().map(|(s, section)| {
        let blocks = section.blocks.iter().map(|block| match block {
            Block::Paragraph(spans) => {
                // Charts stand before the paragraph that first states their figures: beside it
                // on wide screens, just above it on phones.
                let charts = ARTICLE.charts_anchored_in(spans).map(|(index, c)| {
                    let selected = props.open.filter(|o| c.figures().any(|f| f == *o));
                    // In the intro a chart's title sits under the headline, not a section.
                    let level = if section.heading.is_some() { 3 } else { 2 };
                    html! {
                        <ChartPanel
                            chart={c}
                            {selected}
                            quote_here={props.in_chart && selected.is_some()}
                            current={props.current == Some(index)}
                            first={index.get() == 0}
                            on_select={props.on_mark.clone()}
                            on_close={props.on_close.clone()}
                            on_show_in_text={props.on_show_in_text.clone()}
                            {level}
                        />
                    }
                });
                html! {
                    <>
                        { for charts }
                        <Paragraph
                            spans={*spans}
                            chart={ARTICLE.chart_for_paragraph(spans).map(|c| ARTICLE.chart_at(c).id)}
                            open={open_in_text.filter(|o| spans.contains(&Span::Figure(*o)))}
                            lit={open_in_chart.filter(|o| spans.contains(&Span::Figure(*o)))}
                            on_figure={props.on_figure.clone()}
                            on_close={props.on_close.clone()}
                        />
                    </>
                }
            }
            // The photos are not ours: their captions are listed after the article.
            Block::Photo(_) => html! {},
        });
        // The English edition heads the Chinese sections in English (content/page.toml [en]).
        let heading = lang.section_heading(s).map(|h| {
            html! { <h2 class={markup::HEADING} id={ids::section(s)} lang={lang.code()}>{ h }</h2> }
        });
        let class = if section.heading.is_some() {
            "section"
        } else {
            "section intro"
        };
        html! {
            <section class={class} aria-labelledby={section.heading.map(|_| ids::section(s))}>
                { for heading }
                { for blocks }
            </section>
        }
    });
    // The article is Chinese whatever the interface's language.
    html! { <div class="narrative" lang="zh-CN">{ for sections }</div> }
}
