//! `ShareButton`: shares a figure's or chart's link (share sheet, else clipboard, else shown).

use crate::i18n::Lang;
use crate::web::{self, Shared};
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareButtonProps {
    /// The absolute link to share.
    pub url: AttrValue,
    pub title: AttrValue,
    pub text: AttrValue,
}

/// Shares a link to a figure or chart: the phone's share sheet where there is one, else the
/// clipboard, with a confirmation that screen readers announce too. Where both fail, the link
/// is shown selected, to copy by hand.
#[component]
pub fn ShareButton(props: &ShareButtonProps) -> Html {
    let ui = use_context::<Lang>().unwrap_or_default().ui();
    let outcome = use_state(|| None::<Shared>);
    let onclick = {
        let (outcome, url, title, text) = (
            outcome.clone(),
            props.url.clone(),
            props.title.clone(),
            props.text.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (outcome, url, title, text) =
                (outcome.clone(), url.clone(), title.clone(), text.clone());
            spawn_local(async move {
                outcome.set(Some(web::share(&url, &title, &text).await));
            });
        })
    };
    let status = match *outcome {
        Some(Shared::Copied) => html! { { ui.copied } },
        Some(Shared::Failed) => html! {
            <>{ ui.copy_by_hand }<input class="share-link" type="text" readonly=true value={props.url.clone()} aria-label={ui.share_link} /></>
        },
        Some(Shared::Sheet) | None => html! {},
    };
    html! {
        <span class="share">
            <button type="button" class="share-button" {onclick}>{ ui.share }</button>
            <span class="share-status" role="status">{ status }</span>
        </span>
    }
}
