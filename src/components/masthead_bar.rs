//! `masthead_bar`: the masthead's bar, an island of its own: the kicker and the language switch.

use crate::components::language_switch::LanguageSwitch;
use crate::i18n::Lang;
use crate::site::Mode;
use yew::prelude::*;

/// The masthead's bar, its island: the newspaper's kicker on the page itself, and the language
/// switch (which keeps the address's figure and query). A function, not a component: the
/// island renders it.
pub fn masthead_bar(lang: Lang, mode: Mode) -> Html {
    html! {
        <>
            if mode == Mode::Page {
                <span class="kicker">{ lang.brand() }</span>
            }
            <LanguageSwitch {mode} />
        </>
    }
}
