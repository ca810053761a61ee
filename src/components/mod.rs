//! What the reader sees, one small component a file. Props in, callbacks out; state changes go
//! through `state::Action` into the page's one store (`state`).

pub mod app;
pub mod behaviour;
pub mod chart_canvas;
pub mod chart_panel;
pub mod colophon;
pub mod colophon_links;
pub mod data_table;
pub mod draft_notice;
pub mod early_quotes;
pub mod embed_code;
pub mod figure_button;
pub mod island;
pub mod language_switch;
pub mod mark_buttons;
pub mod masthead;
pub mod masthead_bar;
pub mod narrative;
pub mod paragraph;
pub mod photo_notes;
pub mod print_sources;
pub mod quote_card;
pub mod save_image;
pub mod share_button;

use yew::prelude::*;

/// `false` while a component renders the prerendered page (on the server and when hydrating
/// it), `true` from the render after: for what only the running app can use, left out of the
/// first load's HTML.
#[hook]
pub fn use_taken_over() -> bool {
    let live = use_state(|| false);
    {
        let live = live.clone();
        use_effect_with((), move |_| live.set(true));
    }
    *live
}
