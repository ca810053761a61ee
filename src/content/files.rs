//! Where the content lives, and how its text outlives the loader: the ground floor that every
//! job of `content` uses, so none of them has to reach back into `source`.

pub const ARTICLE_FILE: &str = "content/article.txt";
pub const FIGURES_FILE: &str = "content/figures.toml";
pub const CHARTS_FILE: &str = "content/charts.toml";
pub const NOT_STATISTICS_FILE: &str = "content/not-statistics.toml";
pub const PAGE_FILE: &str = "content/page.toml";

/// Strings are leaked into `&'static str`: the loader runs once, in a short-lived process (the
/// build script or a test), and the model holds only statics.
pub fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

pub fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// What a figure's or chart's id must be ([`crate::model::is_id`]).
pub const ID_RULE: &str =
    "id must be a lowercase ASCII letter, then lowercase letters, digits and `-`";
