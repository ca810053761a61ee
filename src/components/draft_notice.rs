//! `DraftNotice`: the line across the top of a page built from unchecked proposals.

use crate::article::PAGE;
use crate::i18n::Lang;
use yew::prelude::*;

/// Says, above everything else, that the page is a draft: built with `--draft` from entries an
/// editor has not checked. Nothing at all on a page built for publication.
#[component]
pub fn DraftNotice() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    if !PAGE.draft {
        return html! {};
    }
    html! { <p class="draft-notice" role="note">{ lang.ui().draft_notice }</p> }
}
