use crate::i18n::Lang;
use crate::site::Mode;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub mode: Mode,
}

/// A link to this page in the other language (中文 / English); the language lives in the URL,
/// so a shared link opens in the language it was shared in.
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let other = use_context::<Lang>().unwrap_or_default().other();
    html! {
        <a class="lang-switch" href={props.mode.file(other)} lang={other.code()} hreflang={other.code()}>
            { other.ui().switch }
        </a>
    }
}
