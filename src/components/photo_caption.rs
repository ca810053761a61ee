//! `PhotoCaption`: a caption from the printed page, set apart from the running text.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PhotoCaptionProps {
    pub caption: &'static str,
}

/// A photo caption from the printed page. The photos are not ours to show, so the caption
/// stands as a captioned figure of its own, set apart from the body text.
#[component]
pub fn PhotoCaption(props: &PhotoCaptionProps) -> Html {
    html! {
        <figure class="photo">
            <figcaption><span class="photo-mark" aria-hidden="true">{ "▲ " }</span>{ props.caption }</figcaption>
        </figure>
    }
}
