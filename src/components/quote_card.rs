//! `QuoteCard`: the verbatim source sentence of an open figure, its label, value and link.

use crate::article::ARTICLE;
use crate::components::share_button::ShareButton;
use crate::format;
use crate::i18n::Lang;
use crate::model::Figure;
use crate::site::ids;
use crate::site::Target;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteCardProps {
    pub figure: &'static Figure,
    pub on_close: Callback<()>,
}

/// The verbatim sentence a figure comes from, with the figure marked, what it measures (in
/// Chinese and English), its value, and the section it stands in. Phrasing elements only: it
/// opens inside the paragraph.
#[component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let ui = lang.ui();
    let f = props.figure;
    let (start, end) = f.text_in_quote();
    let onclick = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let value = match lang {
        Lang::Zh => format::base_value(f),
        Lang::En => Some(format::figure_text(f, lang)),
    };
    let value = value.map(|v| html! { <span class="quote-value">{ v }</span> });
    // The reader's language first; the other beside it.
    let labels = match lang {
        Lang::Zh => html! {
            <>
                <span class="quote-label" lang="zh-CN">{ f.label_zh }</span>
                <span class="quote-label-other" lang="en">{ f.label_en }</span>
            </>
        },
        Lang::En => html! {
            <>
                <span class="quote-label" lang="en">{ f.label_en }</span>
                <span class="quote-label-other" lang="zh-CN">{ f.label_zh }</span>
            </>
        },
    };
    let link = ARTICLE
        .figure(f.id)
        .map(|(i, _)| Target::Figure(i).link(lang))
        .unwrap_or_default();
    html! {
        <span class="quote-card" id={ids::quote(f.id)} role="region" aria-label={(ui.quote_region)(format::label(f, lang))}>
            <span class="quote-head">
                { labels }
                { for value }
            </span>
            <q class="quote-text" lang="zh-CN">
                { &f.quote[..start] }<mark>{ &f.quote[start..end] }</mark>{ &f.quote[end..] }
            </q>
            <span class="quote-source">
                { ui.quoted_from }<span lang="zh-CN">{ "《" }{ ARTICLE.title }{ "》" }
                { for ARTICLE.sections[f.section].heading.map(|h| html! { <>{ " · " }<cite>{ h }</cite></> }) }</span>
            </span>
            <span class="quote-tools">
                <ShareButton
                    url={link}
                    title={format!("{} {}", format::label(f, lang), format::figure_text(f, lang))}
                    text={f.quote}
                />
            </span>
            <button type="button" class="quote-close" aria-label={ui.close_label} {onclick}>{ ui.close }</button>
        </span>
    }
}
