//! The article and its page, read from `content/` and checked by `build.rs`, baked in as
//! statics: nothing is parsed in the browser.

use crate::model::{
    Article, Block, Bound, Chart, English, Figure, FigureIx, Form, Kind, NotStatistic, Page,
    Publication, Section, Span,
};

include!(concat!(env!("OUT_DIR"), "/article.rs"));
