//! Interactive infographic of the Hengyang Daily feature 《向“新”而行 向“高”而攀》.
//!
//! Data flows one way: `content/` (validated and baked in at build time) → [`model`] →
//! [`components`] (what the reader sees) → the DOM. Browser calls beyond rendering live in
//! [`web`].

pub mod article;
pub mod charts;
pub mod components;
pub mod export;
pub mod format;
pub mod i18n;
pub mod kinsoku;
pub mod model;
pub mod site;
pub mod state;
pub mod web;

#[cfg(test)]
mod content;

pub use article::{ARTICLE, NOT_STATISTICS, PAGE};
