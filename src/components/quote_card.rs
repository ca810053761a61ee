use crate::components::ids;
use crate::components::share_button::ShareButton;
use crate::model::Figure;
use crate::site::Target;
use crate::{format, ARTICLE};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteCardProps {
    pub figure: &'static Figure,
    pub on_close: Callback<()>,
}

/// The verbatim sentence a figure comes from, with the figure marked, what it measures, and
/// the section it stands in. Phrasing elements only: it opens inside the paragraph.
#[component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let f = props.figure;
    let (start, end) = f.text_in_quote();
    let onclick = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let value = format::base_value(f).map(|v| html! { <span class="quote-value">{ v }</span> });
    html! {
        <span class="quote-card" id={ids::quote(f.id)} role="region" aria-label={format!("{}：原文出处", f.label_zh)}>
            <span class="quote-head">
                <span class="quote-label" lang="zh-CN">{ f.label_zh }</span>
                <span class="quote-label-en" lang="en">{ f.label_en }</span>
                { for value }
            </span>
            <q class="quote-text">
                { &f.quote[..start] }<mark>{ &f.quote[start..end] }</mark>{ &f.quote[end..] }
            </q>
            <span class="quote-source">
                { "——《" }{ ARTICLE.title }{ "》" }
                { for ARTICLE.sections[f.section].heading.map(|h| html! { <>{ " · " }<cite>{ h }</cite></> }) }
            </span>
            <span class="quote-tools">
                <ShareButton
                    url={ARTICLE.figure(f.id).map(|(i, _)| Target::Figure(i).link()).unwrap_or_default()}
                    title={format!("{}：{}", f.label_zh, f.text)}
                    text={f.quote}
                />
            </span>
            <button type="button" class="quote-close" aria-label="收起原文" {onclick}>{ "收起" }</button>
        </span>
    }
}
