//! Charts of the article's statistics, in three stages that never reach back:
//! [`forms`] places a chart's marks and labels in CSS pixels ([`layout::Layout`]), [`draw`]
//! paints a layout on any plotters backend (canvas in the browser, SVG at build time for
//! [`picture`]s and in tests), and
//! [`layout::Layout::hit`] answers "which figure is under this point" from the same layout that
//! was drawn. [`derived`] computes the values a chart states but the article does not (for the
//! layout and the data table alike). Nothing here touches the browser.

pub mod derived;
pub mod draw;
pub mod forms;
pub mod layout;
pub mod picture;
pub mod poster;
pub mod preview;
pub mod theme;

pub use draw::{draw, draw_focused};
pub use forms::{height, height_at, layout, layout_with};
pub use layout::{Layout, Measure};
pub use theme::Theme;

#[cfg(test)]
mod tests;
