//! `Narrative`: the article body, section by section, with the charts placed beside the
//! paragraphs they illustrate.

use crate::article::ARTICLE;
use crate::components::chart_panel::ChartPanel;
use crate::components::paragraph::Paragraph;
use crate::components::photo_caption::PhotoCaption;
use crate::model::{Block, Span};
use crate::site::ids;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NarrativeProps {
    pub open: Option<usize>,
    pub on_figure: Callback<usize>,
    pub on_close: Callback<()>,
}

/// The article body: the intro, then each headed section with its paragraphs and captions.
#[component]
pub fn Narrative(props: &NarrativeProps) -> Html {
    let sections = ARTICLE.sections.iter().enumerate().map(|(s, section)| {
        let blocks = section.blocks.iter().map(|block| match block {
            Block::Paragraph(spans) => {
                // Charts stand before the paragraph that first states their figures: beside it
                // on wide screens, just above it on phones.
                let charts = ARTICLE
                    .charts
                    .iter()
                    .filter(|c| spans.contains(&Span::Figure(c.anchor())))
                    .map(|c| {
                        let selected = props.open.filter(|o| c.figures().any(|f| f == *o));
                        // In the intro a chart's title sits under the headline, not a section.
                        let level = if section.heading.is_some() { 3 } else { 2 };
                        html! { <ChartPanel chart={c} {selected} on_select={props.on_figure.clone()} {level} /> }
                    });
                html! {
                    <>
                        { for charts }
                        <Paragraph
                            spans={*spans}
                            open={props.open.filter(|o| spans.contains(&Span::Figure(*o)))}
                            on_figure={props.on_figure.clone()}
                            on_close={props.on_close.clone()}
                        />
                    </>
                }
            }
            Block::Photo(caption) => html! { <PhotoCaption caption={*caption} /> },
        });
        let heading = section.heading.map(|h| {
            html! { <h2 class="section-heading" id={ids::section(s)}>{ h }</h2> }
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
