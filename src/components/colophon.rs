//! `Colophon`: the foot of the page, an island (`colophon_links`).

use crate::components::island::{Island, Part};
use crate::i18n::Lang;
use crate::site::Mode;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ColophonProps {
    pub mode: Mode,
}

/// The foot of the page: the source, the data to download and the embed code on the page
/// itself; in an iframe, a link out to the whole graphic instead.
#[component]
pub fn Colophon(props: &ColophonProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let mode = props.mode;
    html! {
        <footer class="colophon" data-island={Part::Foot.attr()}>
            <Island part={Part::Foot} {lang} {mode} />
        </footer>
    }
}
