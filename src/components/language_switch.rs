//! `LanguageSwitch`: the link to this page in the other interface language.

use crate::i18n::Lang;
use crate::site::{self, Mode};
use crate::web;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub mode: Mode,
}

/// A link to this page in the other language (中文 / English); the language lives in the URL,
/// so a shared link opens in the language it was shared in. Following it keeps the open
/// figure (the fragment) and what a host page passed in the query (an embed's pym `childId`).
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let other = use_context::<Lang>().unwrap_or_default().other();
    let file = props.mode.file(other);
    let onclick = {
        let file = file.clone();
        Callback::from(move |e: MouseEvent| {
            let (_, query, fragment) = web::location();
            e.prevent_default();
            web::go_to(&format!(
                "{file}{}{fragment}",
                site::query_without_lang(&query)
            ));
        })
    };
    html! {
        <a class="lang-switch" href={file} lang={other.code()} hreflang={other.code()} {onclick}>
            { other.ui().switch }
        </a>
    }
}
