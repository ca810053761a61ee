use crate::components::ids;
use crate::components::paragraph::Paragraph;
use crate::components::photo_caption::PhotoCaption;
use crate::model::Block;
use crate::ARTICLE;
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
            Block::Paragraph(spans) => html! {
                <Paragraph
                    spans={*spans}
                    open={props.open}
                    on_figure={props.on_figure.clone()}
                    on_close={props.on_close.clone()}
                />
            },
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
    html! { <div class="narrative">{ for sections }</div> }
}
