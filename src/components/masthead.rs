//! `Masthead`: kicker, headline, byline, the how-to-read hint and the language switch.

use crate::article::PAGE;
use crate::components::island::{Island, Part};
use crate::i18n::Lang;
use crate::site::Mode;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    pub byline: &'static str,
    /// How many statistics the reader can open, for the reading hint.
    pub figures: usize,
    pub mode: Mode,
}

/// The headline in the reader's language (the English edition's own, with its standfirst and
/// a line saying the article stays Chinese), the byline (the article's, in Chinese), the
/// newspaper's kicker on the page itself, a one-line hint on how to read the graphic, and the
/// language switch.
#[component]
pub fn Masthead(props: &MastheadProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let ui = lang.ui();
    let mode = props.mode;
    html! {
        <header class="masthead">
            <p class="masthead-bar" data-island={Part::Bar.attr()}>
                <Island part={Part::Bar} {lang} {mode} />
            </p>
            <h1 class="headline" lang={lang.code()}>{ lang.headline() }</h1>
            if let (Lang::En, Some(en)) = (lang, PAGE.english.as_ref()) {
                <p class="standfirst">{ en.standfirst }</p>
                <p class="article-language">{ ui.article_language }</p>
            }
            <p class="byline" lang="zh-CN">{ props.byline }</p>
            <p class="hint">
                { (ui.hint_lead)(props.figures) }
                <span class="hint-figure">{ ui.hint_figures }</span>
                { ui.hint_tail }
            </p>
        </header>
    }
}
