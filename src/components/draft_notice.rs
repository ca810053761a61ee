//! The line across the top of a page built from unchecked proposals.

use crate::article::PAGE;
use crate::i18n::Lang;
use yew::prelude::*;

/// Says, above everything else, that the page is a draft: built with `--draft` from entries an
/// editor has not checked. Nothing at all on a page built for publication. A plain function,
/// not a component: it holds no state and never changes, so it costs the WASM no component.
pub fn draft_notice(lang: Lang) -> Html {
    if !PAGE.draft {
        return html! {};
    }
    html! { <p class="draft-notice" role="note">{ lang.ui().draft_notice }</p> }
}
