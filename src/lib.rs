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
// The browser's take-over of the prerendered page, part by part.
#[cfg(feature = "hydration")]
pub mod islands;
pub mod kinsoku;
pub mod model;
pub mod site;
pub mod state;
pub mod web;

// The content loader runs at build time (build.rs includes it) and in native tests; the
// article proposer (bin `new-article`, feature `proposer`) uses it too. Neither reaches WASM.
#[cfg(any(test, feature = "proposer"))]
pub mod content;
#[cfg(any(all(test, not(target_arch = "wasm32")), feature = "proposer"))]
pub mod proposer;

pub use article::{ARTICLE, NOT_STATISTICS, PAGE};
