//! `EmbedCode`: the iframe code for the whole graphic or one chart, in the colour scheme the host
//! wants, to read, select and copy.

use crate::components::use_taken_over;
use crate::i18n::Lang;
use crate::model::ChartIx;
use crate::site::{self, Theme};
use crate::web;
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    /// One chart, or the whole graphic.
    pub chart: Option<ChartIx>,
}

/// The iframe code an editor pastes into the newspaper's site, to read and copy, in the colour
/// scheme the host page wants (its system's, or always light or dark). The code itself is
/// added once the app has taken over: editors work with scripts on, and the ten codes would
/// otherwise weigh on every reader's first load.
#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let ui = lang.ui();
    let live = use_taken_over();
    let theme = use_state(Theme::default);
    let code = site::embed_code(props.chart, lang, *theme);
    let copied = use_state(|| None::<bool>);
    let onclick = {
        let (code, copied) = (code.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, copied) = (code.clone(), copied.clone());
            spawn_local(async move { copied.set(Some(web::copy_text(&code).await)) });
        })
    };
    let what = if props.chart.is_some() {
        ui.embed_chart
    } else {
        ui.embed_page
    };
    let status = match *copied {
        Some(true) => ui.code_copied,
        Some(false) => ui.code_select,
        None => "",
    };
    // One button a scheme, in the order of `ui.themes`.
    let choice = |option: Theme, name: &'static str| {
        let (theme, copied) = (theme.clone(), copied.clone());
        let pressed = if *theme == option { "true" } else { "false" };
        let onclick = Callback::from(move |_: MouseEvent| {
            theme.set(option);
            copied.set(None);
        });
        html! {
            <button type="button" class="embed-theme" aria-pressed={pressed} {onclick}>{ name }</button>
        }
    };
    let [auto, light, dark] = ui.themes;
    // Made once the app runs; the summary stays the same node meanwhile (a press on it may be
    // what hydrates this), so the press's click still opens the code.
    let body = live.then(|| {
        html! {
            <>
                <div class="embed-themes" role="group" aria-label={ui.theme_label}>
                    <span aria-hidden="true">{ ui.theme_label }</span>
                    { choice(Theme::Auto, auto) }
                    { choice(Theme::Light, light) }
                    { choice(Theme::Dark, dark) }
                </div>
                <textarea class="embed-code" readonly=true rows="5" aria-label={(ui.embed_code_of)(what)} value={code} />
                <button type="button" class="embed-copy" {onclick}>{ ui.copy_code }</button>
                <span class="share-status" role="status">{ status }</span>
            </>
        }
    });
    html! {
        <details class="embed">
            <summary>{ what }</summary>
            { body.unwrap_or_default() }
        </details>
    }
}
