//! What the reader sees, one small component a file. Props in, callbacks out; state changes go
//! through `state::Action`.

pub mod app;
pub mod chart_canvas;
pub mod chart_panel;
pub mod colophon;
pub mod data_table;
pub mod early_quotes;
pub mod embed_code;
pub mod figure_button;
pub mod language_switch;
pub mod mark_buttons;
pub mod masthead;
pub mod narrative;
pub mod paragraph;
pub mod photo_caption;
pub mod print_sources;
pub mod quote_card;
pub mod save_image;
pub mod share_button;

/// DOM ids shared by the components that point at each other (aria-controls, focus).
pub mod ids {
    pub fn figure(id: &str) -> String {
        format!("fig-{id}")
    }

    pub fn quote(id: &str) -> String {
        format!("quote-{id}")
    }

    pub fn chart(id: &str) -> String {
        format!("chart-{id}")
    }

    /// The `<template>` of every quote card, which `static/early.js` reads before the app runs.
    pub const EARLY_QUOTES: &str = "early-quotes";

    pub fn section(index: usize) -> String {
        format!("section-{index}")
    }
}
