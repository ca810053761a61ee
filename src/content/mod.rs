//! Reading and validating `content/` (build time and native tests only): `source::load` is the
//! entry point; each other module does one job of it.

pub mod article;
pub mod chart_words;
pub mod charts;
pub mod copy;
pub mod decisions;
pub mod error;
pub mod files;
pub mod folder;
pub mod honesty;
pub mod numbers;
pub mod page;
pub mod placement;
pub mod schema;
pub mod source;
pub mod values;

#[cfg(test)]
mod numeral_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests;
#[cfg(test)]
mod tests;
