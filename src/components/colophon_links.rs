//! `colophon_links`: what the foot of the page holds, an island of its own: the source, all
//! data as CSV and the embed code; in a frame, a link out to the whole graphic.

use crate::article::ARTICLE;
use crate::components::embed_code::EmbedCode;
use crate::components::language_switch::LanguageSwitch;
use crate::export;
use crate::i18n::Lang;
use crate::model::ChartIx;
use crate::site::Mode;
use yew::prelude::*;

/// What the foot holds, its island (a function, not a component: the island renders it).
pub fn colophon_links(lang: Lang, mode: Mode) -> Html {
    let ui = lang.ui();
    let source = (ui.source_line)(lang.paper(), lang.headline());
    html! {
        <>
            if mode.is_embedded() {
                <p>
                    { source }{ " · " }
                    <a href={Mode::Page.url(lang)} target="_blank" rel="noopener">{ ui.open_full }</a>
                    if matches!(mode, Mode::Chart(_)) {
                        { " · " }<LanguageSwitch mode={mode} />
                    }
                </p>
            } else {
                <p>{ (ui.end_sentence)(&source) }{ ui.colophon_hint }</p>
                <p>
                    <a href={export::csv_path(None)} download={export::download_name("statistics", "csv")}>
                        { (ui.download_all)(ARTICLE.figures.len()) }
                    </a>
                </p>
                <p>
                    <a href={export::NOT_STATISTICS_PATH} download={export::download_name("not-statistics", "csv")}>
                        { ui.download_plain }
                    </a>
                </p>
                <EmbedCode chart={None::<ChartIx>} />
            }
        </>
    }
}
