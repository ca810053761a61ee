//! `FigureButton`: a statistic in the running text, a real button that opens its quote.

use crate::format;
use crate::i18n::Lang;
use crate::model::{Figure, FigureIx};
use crate::site::{ids, markup};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureButtonProps {
    pub index: FigureIx,
    pub figure: &'static Figure,
    pub expanded: bool,
    /// Its quote is open under a chart: the figure is lit in the text too.
    #[prop_or_default]
    pub lit: bool,
    pub on_activate: Callback<FigureIx>,
}

/// A statistic in the running text: a real button (click, tap, Enter, Space) that discloses
/// its source quote.
#[component]
pub fn FigureButton(props: &FigureButtonProps) -> Html {
    let onclick = {
        let (on_activate, index) = (props.on_activate.clone(), props.index);
        Callback::from(move |_: MouseEvent| on_activate.emit(index))
    };
    let f = props.figure;
    let lang = use_context::<Lang>().unwrap_or_default();
    html! {
        <button
            type="button"
            class={classes!(markup::FIGURE, props.expanded.then_some(markup::OPEN), props.lit.then_some("is-lit"))}
            id={ids::figure(f.id)}
            aria-expanded={if props.expanded { "true" } else { "false" }}
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
