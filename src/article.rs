//! The article and its page, read from `content/` and checked by `build.rs`, baked in as
//! statics: nothing is parsed in the browser.

// The generated statics name only what the article has: one without an English edition
// (a draft) uses no `English`.
#[allow(unused_imports)]
use crate::model::{
    Article, Block, Bound, Chart, English, Figure, FigureIx, Form, Kind, NotStatistic, Page,
    Publication, Section, Span,
};

include!(concat!(env!("OUT_DIR"), "/article.rs"));
