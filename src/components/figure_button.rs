//! `figure_button`: a statistic in the running text, a real button that opens its quote.

use crate::format;
use crate::i18n::Lang;
use crate::model::{Figure, FigureIx};
use crate::site::{ids, markup};
use yew::prelude::*;

/// A statistic in the running text: a real button (click, tap, Enter, Space) that discloses
/// its source quote. A function, not a component: its paragraph renders it (a component of its
/// own would be two more nodes in the page for each of the article's figures, and its own
/// machinery in the WASM).
pub fn figure_button(
    index: FigureIx,
    f: &'static Figure,
    expanded: bool,
    // Its quote is open under a chart: the figure is lit in the text too.
    lit: bool,
    on_activate: &Callback<FigureIx>,
    lang: Lang,
) -> Html {
    let onclick = on_activate.reform(move |_: MouseEvent| index);
    html! {
        <button
            type="button"
            class={classes!(markup::FIGURE, expanded.then_some(markup::OPEN), lit.then_some("is-lit"))}
            id={ids::figure(f.id)}
            aria-expanded={if expanded { "true" } else { "false" }}
            aria-controls={ids::quote(f.id)}
            title={format::label(f, lang)}
            data-figure={f.id}
            {onclick}
            // In English the tooltip is English and the figure the article's Chinese: each
            // marked in its language (nothing to add on the Chinese page).
            lang={(lang == Lang::En).then_some("en")}
        >
            if lang == Lang::En {
                <span lang="zh-CN">{ f.text }</span>
            } else {
                { f.text }
            }
        </button>
    }
}
