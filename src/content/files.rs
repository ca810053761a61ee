//! Where the content lives, and how its text outlives the loader: the ground floor that every
//! job of `content` uses, so none of them has to reach back into `source`.

pub const ARTICLE_FILE: &str = "content/article.txt";
pub const FIGURES_FILE: &str = "content/figures.toml";
pub const CHARTS_FILE: &str = "content/charts.toml";
pub const NOT_STATISTICS_FILE: &str = "content/not-statistics.toml";
pub const PAGE_FILE: &str = "content/page.toml";

/// The one id rule, for figures and charts alike: a lowercase ASCII letter, then lowercase
/// letters, digits and `-` (`holiday-visitors`, `summer-2023-done`). Ids travel in links and
/// file names.
pub fn valid_id(id: &str) -> bool {
    id.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// What an id that breaks [`valid_id`] is told.
pub const ID_RULE: &str =
    "id must be a lowercase ASCII letter, then lowercase letters, digits and `-`";

/// Strings are leaked into `&'static str`: the loader runs once, in a short-lived process (the
/// build script or a test), and the model holds only statics.
pub fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

pub fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

#[cfg(test)]
mod tests {
    use super::valid_id;

    #[test]
    fn one_id_rule_for_figures_and_charts() {
        for good in ["holiday", "summer-2023-done", "top10", "a"] {
            assert!(valid_id(good), "{good}");
        }
        for bad in [
            "",
            "2023-tasks",
            "-a",
            "Holiday",
            "holiday visitors",
            "假期",
            "a_b",
        ] {
            assert!(!valid_id(bad), "{bad}");
        }
    }
}
