//! `QuoteCard`: the verbatim source sentence of an open figure, its label, value and link.

use crate::article::ARTICLE;
use crate::components::share_button::ShareButton;
use crate::format;
use crate::i18n::Lang;
use crate::model::Figure;
use crate::site::Target;
use crate::site::{ids, markup};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteCardProps {
    pub figure: &'static Figure,
    pub on_close: Callback<()>,
    /// Shown under a chart: moves the quote to its figure in the text.
    #[prop_or_default]
    pub on_show_in_text: Option<Callback<()>>,
    /// Without it, the quote holds only the figure's own words: for the page's template of early
    /// cards, whose script fills in the rest from the paragraph (the sentence is there already).
    #[prop_or(true)]
    pub whole_quote: bool,
}

/// Where the label goes in a card's name, for the template's model card to say what is around it.
const LABEL_HERE: &str = "\u{1}";

/// The value a quote card shows beside the label, as the reader's language writes it; in
/// Chinese only where it adds to the article's words (a long number in 万/亿).
pub fn quote_value(f: &Figure, lang: Lang) -> Option<String> {
    match lang {
        Lang::Zh => format::chinese_card_value(f),
        Lang::En => Some(format::figure_text(f, lang)),
    }
}

/// The verbatim sentence a figure comes from, with the figure marked, what it measures (in the
/// interface's language), its value, and the section it stands in. Phrasing elements only: it
/// opens inside the paragraph.
#[component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let ui = lang.ui();
    let f = props.figure;
    let (start, end) = f.text_in_quote();
    // Only the build's template leaves the quote out: the browser never does.
    let whole = cfg!(target_arch = "wasm32") || props.whole_quote;
    let onclick = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    // The template's model card leaves out what differs between figures beyond the label and
    // the marked words (the value, the section), and says how its name is made around the label
    // (`data-label-before`/`-after`), so the early script adds to it and never edits its text.
    let value = quote_value(f, lang)
        .filter(|_| whole)
        .map(|v| html! { <span class={markup::VALUE}>{ v }</span> });
    let section = lang.section_heading(f.section).filter(|_| whole);
    let name_around = (!whole).then(|| {
        let name = (ui.quote_region)(LABEL_HERE);
        let (before, after) = name.split_once(LABEL_HERE).unwrap_or((&name, ""));
        (before.to_string(), after.to_string())
    });
    let (label_before, label_after) = name_around.unzip();
    // One interface language at a time: the label in the reader's language only.
    let labels = html! {
        <span class={markup::LABEL} lang={lang.code()}>{ format::label(f, lang) }</span>
    };
    let link = ARTICLE
        .figure(f.id)
        .map(|(i, _)| Target::Figure(i).link(lang))
        .unwrap_or_default();
    html! {
        // Opened inside a Chinese paragraph: the card's own words are in the interface's language.
        <span class={markup::CARD} id={ids::quote(f.id)} lang={lang.code()} role="region" aria-label={(ui.quote_region)(format::label(f, lang))}
            data-label-before={label_before} data-label-after={label_after}>
            <span class="quote-head">
                { labels }
                { for value }
            </span>
            <q class={markup::TEXT} lang="zh-CN">
                { if whole { &f.quote[..start] } else { "" } }
                <mark>{ &f.quote[start..end] }</mark>
                { if whole { &f.quote[end..] } else { "" } }
            </q>
            <span class={markup::SOURCE}>
                { (ui.quoted_from)(lang.paper()) }<span lang={lang.code()}>{ (ui.work_title)(lang.headline()) }
                { for section.map(|h| html! { <>{ " · " }<cite>{ h }</cite></> }) }</span>
            </span>
            <span class="quote-tools">
                if let Some(show) = props.on_show_in_text.clone() {
                    <button type="button" class="quote-in-text" onclick={move |_: MouseEvent| show.emit(())}>
                        { ui.show_in_text }
                    </button>
                }
                <ShareButton
                    url={link}
                    title={format!("{}{}{}", format::label(f, lang), lang.pick("：", ": "), format::figure_text(f, lang))}
                    text={f.quote}
                />
            </span>
            <button type="button" class={markup::CLOSE} aria-label={ui.close_label} {onclick}>{ ui.close }</button>
        </span>
    }
}
