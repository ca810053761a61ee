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
pub mod photo_notes;
pub mod print_sources;
pub mod quote_card;
pub mod save_image;
pub mod share_button;
