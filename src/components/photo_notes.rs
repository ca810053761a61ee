//! `PhotoNotes`: the printed page's photo captions, listed after the article as what they are.

use crate::article::ARTICLE;
use crate::i18n::Lang;
use yew::prelude::*;

/// The captions of the photos the printed page carried. The photos are not ours to show, so
/// the captions are not set in the text as if a photo stood there: they are listed once,
/// after the article, under a heading that says the photos are not reproduced.
#[component]
pub fn PhotoNotes() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let ui = lang.ui();
    let captions: Vec<&str> = ARTICLE.photo_captions().collect();
    if captions.is_empty() {
        return html! {};
    }
    html! {
        <aside class="photo-notes" aria-labelledby="photo-notes-title">
            <h2 class="photo-notes-title" id="photo-notes-title">{ ui.photo_notes_title }</h2>
            <p class="photo-notes-lead">{ ui.photo_notes_lead }</p>
            <ul lang="zh-CN">
                { for captions.iter().map(|c| html! { <li>{ *c }</li> }) }
            </ul>
        </aside>
    }
}
