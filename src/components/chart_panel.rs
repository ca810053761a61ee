//! `ChartPanel`: a chart with all its words (title, summary, note, source), its marks as
//! buttons, its data table and its tools (share, save, download, embed).

use crate::article::ARTICLE;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::components::embed_code::EmbedCode;
use crate::components::mark_buttons::MarkButtons;
use crate::components::quote_card::QuoteCard;
use crate::components::save_image::SaveImage;
use crate::components::share_button::ShareButton;
use crate::i18n::Lang;
use crate::model::{Chart, FigureIx};
use crate::site::ids;
use crate::site::Target;
use crate::{export, format};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    pub chart: &'static Chart,
    /// The open figure, if this chart shows it.
    pub selected: Option<FigureIx>,
    pub on_select: Callback<FigureIx>,
    /// Alone in an embed: there is no text around it, so its summary and source are shown
    /// and every quote opens under it.
    #[prop_or_default]
    pub standalone: bool,
    /// The selected figure's quote shows under the chart (opened from one of its marks).
    #[prop_or_default]
    pub quote_here: bool,
    /// The chart for what the reader is reading: on wide screens, the one shown beside it.
    #[prop_or_default]
    pub current: bool,
    /// The article's first chart, shown beside the headline until the reader scrolls.
    #[prop_or_default]
    pub first: bool,
    #[prop_or_default]
    pub on_close: Callback<()>,
    /// Moves an open quote from under the chart to its figure in the text.
    #[prop_or_default]
    pub on_show_in_text: Callback<FigureIx>,
    /// The title's heading level: under the headline (2), under a section heading (3), or
    /// the page's own title when the chart stands alone (1).
    #[prop_or(3)]
    pub level: u8,
}

/// One chart with its words: title, the drawing, the quote of a tapped mark, the formula of
/// derived values, and one quiet line of tools (share, save, data, embed). By the text, the
/// summary is for screen readers only (the paragraph beside it says it) and the source is
/// stated once for the page; standing alone, both are shown. The marks as buttons are the
/// keyboard's and screen reader's way in, shown when focused.
#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let c = props.chart;
    let id = ids::chart(c.id);
    let summary_id = ids::chart_summary(c.id);
    let title_id = ids::chart_title(c.id);
    let lang = use_context::<Lang>().unwrap_or_default();
    let ui = lang.ui();
    let format::ChartWords {
        title,
        summary,
        note,
    } = format::chart_words(c, lang);
    // The chart's place in the article, for its link and embed code: a chart not found there
    // (never, as the article is built) gets neither rather than another chart's.
    let index = ARTICLE.chart_index(c.id);
    // The Listen tool: the early script loads and plays it (so a press before the app is not
    // lost); without scripts the style sheet hides it.
    let listen = id.clone();
    // The mark the keyboard is on, ringed on the canvas.
    let focused = use_state_eq(|| None::<FigureIx>);
    let on_focus = {
        let focused = focused.clone();
        Callback::from(move |f| focused.set(f))
    };
    let quote = props
        .selected
        .filter(|_| props.standalone || props.quote_here)
        .map(|i| {
            html! {
                <p class="chart-quote">
                    <QuoteCard
                        figure={&ARTICLE.figures[i]}
                        on_close={props.on_close.clone()}
                        on_show_in_text={(!props.standalone).then(|| props.on_show_in_text.reform(move |()| i))}
                    />
                </p>
            }
        });
    let class = classes!(
        "chart",
        props.current.then_some("is-current"),
        props.first.then_some("is-first"),
    );
    let summary_class = classes!(
        "chart-summary",
        (!props.standalone).then_some("visually-hidden")
    );
    // The chart stands inside the Chinese article: its words are marked in their own language.
    html! {
        <figure {class} {id} lang={lang.code()} aria-labelledby={title_id.clone()}>
            <figcaption class="chart-head">
                { heading(props.level, title_id, title) }
                <p class={summary_class} id={summary_id.clone()}>{ summary }</p>
            </figcaption>
            <div class="chart-graphic">
                <ChartCanvas
                    chart={c}
                    selected={props.selected}
                    focused={*focused}
                    on_select={props.on_select.clone()}
                    described_by={summary_id}
                />
                <MarkButtons chart={c} selected={props.selected} on_select={props.on_select.clone()} {on_focus} />
            </div>
            // One node whether or not a quote is open: Yew matches unkeyed children from the
            // end, so a child that comes and goes would rebuild (and blank) the canvas before it.
            { quote.unwrap_or_default() }
            if note.is_some() || props.standalone {
                <p class="chart-foot">
                    { for note.map(|n| html! { <span class="chart-note">{ n }</span> }) }
                    if props.standalone {
                        <span class="chart-source">{ (ui.source_line)(lang.paper(), lang.headline()) }</span>
                    }
                </p>
            }
            <div class="chart-tools">
                { for index.map(|i| html! { <ShareButton url={Target::Chart(i).link(lang)} {title} text={summary} /> }) }
                <SaveImage chart={c} />
                <button type="button" class="tool-button" data-listen={listen}>
                    { ui.listen }
                </button>
                <a class="tool-button" href={export::csv_path(Some(c))} download={export::download_name(c.id, "csv")}>
                    { ui.download_data }
                </a>
                if !props.standalone {
                    { for index.map(|i| html! { <EmbedCode chart={Some(i)} /> }) }
                }
                <DataTable chart={c} />
            </div>
        </figure>
    }
}

/// The chart's title at its heading level: the page's own (1), under the headline (2), under a
/// section heading (3). Static tags: a tag named at run time would bring Unicode case tables
/// into the WASM (Yew lowercases it).
fn heading(level: u8, id: String, title: &str) -> Html {
    match level {
        1 => html! { <h1 class="chart-title" {id}>{ title }</h1> },
        2 => html! { <h2 class="chart-title" {id}>{ title }</h2> },
        _ => html! { <h3 class="chart-title" {id}>{ title }</h3> },
    }
}
