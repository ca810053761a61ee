//! `App`: the whole page as the server renders it, every part that reacts to the reader an
//! island of its own (`Island`), with the page's behaviour (`Behaviour`). The browser hydrates
//! the islands one by one (`crate::islands`) and never renders `App` itself, so the parts only
//! the server renders (the sections, headings, byline, photo notes) are not in its WASM.

use crate::article::ARTICLE;
use crate::components::behaviour::Behaviour;
use crate::components::colophon::Colophon;
use crate::components::draft_notice::draft_notice;
use crate::components::island::{chart_island, Island, Part};
use crate::components::masthead::Masthead;
use crate::components::narrative::Narrative;
use crate::components::photo_notes::PhotoNotes;
use crate::i18n::Lang;
use crate::site::Mode;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub mode: Mode,
    /// The interface's language (the article is Chinese in both).
    #[prop_or_default]
    pub lang: Lang,
}

/// The infographic: the whole page, the article for an iframe, or one chart alone.
#[component]
pub fn App(props: &AppProps) -> Html {
    let (mode, lang) = (props.mode, props.lang);
    let body = match mode {
        Mode::Chart(chart) => chart_island(chart, lang, mode),
        Mode::Page | Mode::Embed => html! {
            <article class="story">
                <Masthead
                    byline={ARTICLE.byline}
                    figures={ARTICLE.figures.len()}
                    {mode}
                />
                <Narrative {mode} />
                <PhotoNotes />
                // Print-only, so made when printing: out of the first load's HTML and work.
                if mode == Mode::Page {
                    <div data-island={Part::Print.attr()}>
                        <Island part={Part::Print} {lang} {mode} />
                    </div>
                }
            </article>
        },
    };
    let class = classes!(
        "page",
        mode.is_embedded().then_some("is-embedded"),
        matches!(mode, Mode::Chart(_)).then_some("chart-only")
    );
    html! {
        <ContextProvider<Lang> context={lang}>
            <main {class} lang={lang.code()}>
                { draft_notice(lang) }
                { body }
                <Colophon {mode} />
                <Behaviour {mode} />
            </main>
        </ContextProvider<Lang>>
    }
}
