//! Reads and validates `content/page.toml`: the page's description and what the social
//! preview shows, checked against the article already loaded (every id must exist).

use super::error::{line_of, ContentError};
use crate::model::{Article, English, Page, Publication};
use serde::Deserialize;

pub use super::files::PAGE_FILE;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PageFile {
    description_zh: String,
    description_en: String,
    preview: PreviewEntry,
    /// A proposal an editor has not yet checked (`scripts/new-article.sh` writes it).
    #[serde(default)]
    draft: bool,
    publication: PublicationEntry,
    /// The English edition's front matter: required unless the page is a draft.
    en: Option<EnglishEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnglishEntry {
    headline: String,
    standfirst: String,
    /// One per headed section of the article, in order.
    sections: Vec<String>,
    /// The article's proper names in English (places, people, companies): with an English
    /// dictionary, what the copy lint (tests/e2e/copy-lint.test.mjs) accepts as words.
    #[serde(default)]
    names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PublicationEntry {
    paper_zh: String,
    paper_en: String,
    brand_zh: String,
    brand_en: String,
    site_zh: String,
    site_en: String,
    file_prefix: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PreviewEntry {
    figures: Vec<String>,
    chart: String,
}

/// The page as the model holds it, or every problem with the line it stands on.
pub fn load(text: &str, article: &Article) -> Result<Page, Vec<ContentError>> {
    let problem = |line: usize, entry: &str, problem: String| {
        ContentError::at(PAGE_FILE, line, entry, problem)
    };
    let line_with = |needle: &str| text.find(needle).map_or(1, |at| line_of(text, at));
    let file: PageFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(text, s.start));
        vec![problem(line, "toml", e.message().to_string())]
    })?;
    let mut errors = Vec::new();
    let p = &file.publication;
    for (key, value) in [
        ("description_zh", &file.description_zh),
        ("description_en", &file.description_en),
        ("paper_zh", &p.paper_zh),
        ("paper_en", &p.paper_en),
        ("brand_zh", &p.brand_zh),
        ("brand_en", &p.brand_en),
        ("site_zh", &p.site_zh),
        ("site_en", &p.site_en),
    ] {
        if value.trim().is_empty() {
            errors.push(problem(line_with(key), key, "is empty".into()));
        }
    }
    // File names travel to readers' disks and other systems: plain ASCII, no spaces.
    let prefix_ok = p.file_prefix.split('-').all(|w| {
        !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    });
    if !prefix_ok {
        errors.push(problem(
            line_with("file_prefix"),
            "publication.file_prefix",
            format!(
                "`{}` must be lowercase ASCII letters and digits in words joined by single \
                 hyphens (`hengyang`, `daily-news`)",
                p.file_prefix
            ),
        ));
    }
    let headed = article
        .sections
        .iter()
        .filter(|s| s.heading.is_some())
        .count();
    match &file.en {
        None if !file.draft => errors.push(problem(
            1,
            "en",
            "no [en] table: the English page needs its headline, standfirst and section \
             headings"
                .into(),
        )),
        None => {}
        Some(en) => {
            let words = [
                ("en.headline", &en.headline),
                ("en.standfirst", &en.standfirst),
            ];
            for (key, value) in words
                .into_iter()
                .chain(en.sections.iter().map(|s| ("en.sections", s)))
            {
                if let Some(fault) = super::copy::english_fault(value) {
                    errors.push(problem(
                        line_with(value),
                        key,
                        format!("`{value}`: {fault}"),
                    ));
                }
            }
            for name in &en.names {
                let word = |w: &str| {
                    w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                        && w.chars().all(|c| c.is_ascii_alphabetic())
                };
                if !name.split('-').all(word) {
                    errors.push(problem(
                        line_with(&format!("\"{name}\"")),
                        "en.names",
                        format!("`{name}`: a name is one capitalised word of Latin letters"),
                    ));
                }
            }
            if en.sections.len() != headed {
                errors.push(problem(
                    line_with("sections"),
                    "en.sections",
                    format!(
                        "{} English heading(s) for the article's {headed} headed section(s)",
                        en.sections.len()
                    ),
                ));
            }
        }
    }
    let mut figures = Vec::new();
    for id in &file.preview.figures {
        match article.figure(id) {
            Some((i, _)) => figures.push(i),
            None => errors.push(problem(
                line_with(&format!("\"{id}\"")),
                "preview.figures",
                format!("figure `{id}` does not exist"),
            )),
        }
    }
    if file.preview.figures.is_empty() {
        errors.push(problem(
            line_with("figures"),
            "preview.figures",
            "names no figure".into(),
        ));
    }
    let chart = article
        .charts
        .iter()
        .position(|c| c.id == file.preview.chart);
    if chart.is_none() {
        errors.push(problem(
            line_with(&format!("chart = \"{}\"", file.preview.chart)),
            "preview.chart",
            format!("chart `{}` does not exist", file.preview.chart),
        ));
    }
    match (errors.is_empty(), chart) {
        (true, Some(chart)) => Ok(Page {
            description_zh: leak(file.description_zh),
            description_en: leak(file.description_en),
            preview_figures: Box::leak(figures.into_boxed_slice()),
            preview_chart: chart,
            draft: file.draft,
            publication: Publication {
                paper_zh: leak(file.publication.paper_zh),
                paper_en: leak(file.publication.paper_en),
                brand_zh: leak(file.publication.brand_zh),
                brand_en: leak(file.publication.brand_en),
                site_zh: leak(file.publication.site_zh),
                site_en: leak(file.publication.site_en),
                file_prefix: leak(file.publication.file_prefix),
            },
            english: file.en.map(|en| English {
                headline: leak(en.headline),
                standfirst: leak(en.standfirst),
                sections: Box::leak(
                    en.sections
                        .into_iter()
                        .map(leak)
                        .collect::<Vec<_>>()
                        .into_boxed_slice(),
                ),
            }),
        }),
        _ => Err(errors),
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::ARTICLE;

    const PAGE_TOML: &str = include_str!("../../content/page.toml");

    #[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
    #[test]
    fn the_real_page_names_existing_figures_and_a_chart() {
        let page = load(PAGE_TOML, &ARTICLE).expect("content/page.toml is valid");
        assert!(!page.preview_figures.is_empty());
        assert!(page.preview_chart < ARTICLE.charts.len());
    }

    #[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
    #[test]
    fn unknown_ids_and_keys_are_named_with_their_line() {
        let broken = PAGE_TOML.replacen("\"summer-tasks-done\"", "\"no-such-figure\"", 1);
        let errors = load(&broken, &ARTICLE).expect_err("unknown figure");
        let line = broken
            .lines()
            .position(|l| l.contains("no-such-figure"))
            .expect("inserted")
            + 1;
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, line);
        assert!(errors[0]
            .problem
            .contains("`no-such-figure` does not exist"));

        let broken = PAGE_TOML.replacen("chart = \"", "chart = \"no-", 1);
        let errors = load(&broken, &ARTICLE).expect_err("unknown chart");
        assert!(errors[0].problem.starts_with("chart `no-"), "{errors:?}");

        let broken = format!("{PAGE_TOML}\nsurprise = 1\n");
        let errors = load(&broken, &ARTICLE).expect_err("unknown key");
        assert!(errors[0].problem.contains("surprise"), "{errors:?}");
        assert_eq!(errors[0].line, broken.lines().count());
    }

    /// A page for whichever article is built (`CONTENT_DIR`): this test knows none.
    fn page_toml(draft: bool, en: Option<&str>) -> String {
        let draft = if draft { "draft = true\n" } else { "" };
        let (figure, chart) = (ARTICLE.figures[0].id, ARTICLE.charts[0].id);
        format!(
            "{draft}description_zh = \"图解\"\ndescription_en = \"A graphic\"\n\
             [publication]\npaper_zh = \"日报\"\npaper_en = \"The Daily\"\n\
             brand_zh = \"日报\"\nbrand_en = \"The Daily\"\nsite_zh = \"日报\"\n\
             site_en = \"The Daily\"\nfile_prefix = \"daily\"\n\
             [preview]\nfigures = [\"{figure}\"]\nchart = \"{chart}\"\n{}",
            en.unwrap_or_default()
        )
    }

    fn english(headline: &str, extra_sections: usize, names: &str) -> String {
        let headed = ARTICLE
            .sections
            .iter()
            .filter(|s| s.heading.is_some())
            .count();
        let sections = vec!["\"A heading\""; headed + extra_sections].join(", ");
        format!(
            "[en]\nheadline = \"{headline}\"\nstandfirst = \"A year in figures.\"\n\
             sections = [{sections}]\nnames = [{names}]\n"
        )
    }

    #[test]
    fn the_english_front_matter_is_english_and_heads_every_section() {
        let good = english("Reaching higher", 0, "\"Hengyang\"");
        let page = load(&page_toml(false, Some(&good)), &ARTICLE).expect("valid");
        let en = page.english.expect("[en] is there");
        assert_eq!(en.headline, "Reaching higher");
        let extra = english("Reaching higher", 1, "");
        let errors = load(&page_toml(false, Some(&extra)), &ARTICLE).expect_err("extra heading");
        assert!(errors[0].problem.contains("headed section"), "{errors:?}");
        let chinese = english("标题 Reaching higher", 0, "");
        let errors = load(&page_toml(false, Some(&chinese)), &ARTICLE).expect_err("Chinese");
        assert_eq!(errors[0].entry, "en.headline", "{errors:?}");
        let name = english("Reaching higher", 0, "\"hengyang\"");
        let errors = load(&page_toml(false, Some(&name)), &ARTICLE).expect_err("a lower-case name");
        assert_eq!(errors[0].entry, "en.names", "{errors:?}");
        // Without [en] only a draft loads.
        let errors = load(&page_toml(false, None), &ARTICLE).expect_err("no front matter");
        assert_eq!(errors[0].entry, "en", "{errors:?}");
        let draft = load(&page_toml(true, None), &ARTICLE).expect("a draft may wait");
        assert_eq!(draft.english, None);
    }
}
