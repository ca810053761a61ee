//! `Narrative`: the article body, section by section, with the charts placed beside the
//! paragraphs they illustrate (photo captions are listed apart, by `PhotoNotes`). Every
//! paragraph with figures and every chart is an island (`Island`): the sections, headings and
//! plain paragraphs around them are the server's HTML, which the browser never hydrates.

use crate::article::ARTICLE;
use crate::components::island::{chart_island, Island, Part};
use crate::i18n::Lang;
use crate::model::{Block, Span};
use crate::site::{ids, markup, Mode};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NarrativeProps {
    pub mode: Mode,
}

/// The article body: the intro, then each headed section with its paragraphs.
#[component]
pub fn Narrative(props: &NarrativeProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let mode = props.mode;
    let island = move |part: Part| html! { <Island {part} {lang} {mode} /> };
    let sections = ARTICLE.sections.iter().enumerate().map(|(s, section)| {
        let blocks = section.blocks.iter().enumerate().map(|(b, block)| match block {
            Block::Paragraph(spans) => {
                // Charts stand before the paragraph that first states their figures: beside it
                // on wide screens, just above it on phones. Each in an element of its own that
                // makes no box (`display: contents`), which its island renders into.
                let charts = ARTICLE
                    .charts_anchored_in(spans)
                    .map(|(c, _)| chart_island(c, lang, mode));
                let part = Part::Paragraph {
                    section: s,
                    block: b,
                };
                // The chart a reader of this paragraph wants to see (wide screens show it).
                let chart = ARTICLE
                    .chart_for_paragraph(spans)
                    .map(|c| ARTICLE.chart_at(c).id);
                // A paragraph without figures reacts to nothing: the server's, not an island.
                let has_figures = block.has_figures();
                let text = spans.iter().map(|s| match s {
                    Span::Text(t) => *t,
                    Span::Figure(_) => "",
                });
                html! {
                    <>
                        { for charts }
                        if has_figures {
                            <p class="paragraph" data-chart={chart} data-island={part.attr()}>{ island(part) }</p>
                        } else {
                            <p class="paragraph" data-chart={chart}>{ for text }</p>
                        }
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
