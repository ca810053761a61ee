//! One content folder, read and validated as a whole: the entry point for the build script and
//! the content check (`scripts/check-content.sh`). Problems come back as lines that name the
//! folder's own files (`fixtures/x/figures.toml:12: figure `y`: …`), ready to print alone.

use super::error::ContentError;
use super::files::{ARTICLE_FILE, CHARTS_FILE, FIGURES_FILE, NOT_STATISTICS_FILE, PAGE_FILE};
use super::page;
use super::source::{self, draft_entry, Content, Sources};
use crate::model::Page;
use std::path::{Path, PathBuf};

/// The folder the build reads when none is named: `CONTENT_DIR` overrides it.
pub const DEFAULT_FOLDER: &str = "content";

/// A content folder that passed every check.
pub struct Folder {
    pub content: Content,
    pub page: Page,
    /// The entries still marked `draft = true`, located (empty unless drafts were allowed).
    pub drafts: Vec<String>,
}

/// The five files of a content folder, by the names the loader gives them (`content/x`).
pub const FILES: [&str; 5] = [
    ARTICLE_FILE,
    FIGURES_FILE,
    CHARTS_FILE,
    NOT_STATISTICS_FILE,
    PAGE_FILE,
];

/// Where one of [`FILES`] lies in `dir`.
pub fn path_in(dir: &Path, file: &str) -> PathBuf {
    dir.join(file.trim_start_matches("content/"))
}

/// A problem as an editor of `dir` reads it: the file named inside `dir`.
pub fn located(dir: &Path, e: &ContentError) -> String {
    let mut e = e.clone();
    let file = path_in(dir, e.file).display().to_string();
    e.file = Box::leak(file.into_boxed_str());
    e.to_string()
}

/// Reads and checks `dir`. With `allow_drafts`, entries marked `draft = true` pass and the
/// page is marked a draft; without it each is a problem. On failure: every problem, one line
/// each, the root problems only (a file that cannot be read or parsed hides what follows from
/// it).
pub fn load(dir: &Path, allow_drafts: bool) -> Result<Folder, Vec<String>> {
    let mut texts = Vec::new();
    let mut unreadable = Vec::new();
    for file in FILES {
        let path = path_in(dir, file);
        match std::fs::read_to_string(&path) {
            Ok(text) => texts.push(text),
            Err(e) => unreadable.push(format!("{}: cannot read: {e}", path.display())),
        }
    }
    if !unreadable.is_empty() {
        return Err(unreadable);
    }
    let [article, figures, charts, not_statistics, page_toml] = &texts[..] else {
        unreachable!("one text per file");
    };
    let located_all = |errors: &[ContentError]| errors.iter().map(|e| located(dir, e)).collect();
    let content = source::load(&Sources {
        article,
        figures,
        charts,
        not_statistics,
    })
    .map_err(|errors| located_all(&errors.0))?;
    let mut page = page::load(page_toml, &content.article).map_err(|e| located_all(&e))?;
    let mut drafts = content.drafts.clone();
    if page.draft {
        let line = page_toml
            .lines()
            .position(|l| l.trim_start().starts_with("draft"))
            .map_or(1, |i| i + 1);
        drafts.push(draft_entry(PAGE_FILE, line, "page".into()));
    }
    if !allow_drafts && !drafts.is_empty() {
        return Err(located_all(&drafts));
    }
    page.draft = !drafts.is_empty();
    Ok(Folder {
        drafts: located_all(&drafts),
        content,
        page,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy_of(dir: &Path, name: &str) -> PathBuf {
        let to = std::env::temp_dir().join(format!("content-folder-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&to);
        std::fs::create_dir_all(&to).expect("temp dir");
        for file in FILES {
            std::fs::copy(path_in(dir, file), path_in(&to, file)).expect("copy");
        }
        to
    }

    #[test]
    fn the_default_folder_loads_and_is_no_draft() {
        let folder = load(Path::new(DEFAULT_FOLDER), false).expect("content/ is valid");
        assert!(!folder.page.draft);
        assert!(folder.content.drafts.is_empty());
    }

    #[test]
    fn a_draft_entry_stops_the_build_naming_its_folder_and_line_unless_asked_for() {
        let dir = copy_of(Path::new(DEFAULT_FOLDER), "draft");
        let figures = path_in(&dir, FIGURES_FILE);
        let text = std::fs::read_to_string(&figures).expect("read");
        // Mark the second figure a draft, right under its table header.
        let header = text
            .match_indices("[[figure]]")
            .nth(1)
            .expect("two figures")
            .0;
        let at = header + "[[figure]]\n".len();
        let marked = format!("{}draft = true\n{}", &text[..at], &text[at..]);
        std::fs::write(&figures, &marked).expect("write");
        let line = marked[..at].matches('\n').count() + 1;

        let errors = load(&dir, false).err().expect("a draft is refused");
        assert_eq!(errors.len(), 1, "{errors:?}");
        let expected = format!("{}:{line}: figure `", figures.display());
        assert!(errors[0].starts_with(&expected), "{errors:?} vs {expected}");
        assert!(errors[0].contains("draft = true"), "{errors:?}");

        let folder = load(&dir, true).expect("a draft build passes");
        assert!(folder.page.draft);
        assert_eq!(
            folder.drafts, errors,
            "the same entries, listed for the editor"
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    /// The second article, hand-checked: content no code knows.
    const NATIONAL: &str = "tests/fixtures/national-2023/content";

    #[test]
    fn the_second_article_loads_and_is_no_draft() {
        let folder = load(Path::new(NATIONAL), false).expect("the fixture is valid");
        assert!(!folder.page.draft);
        assert!(folder.content.article.figures.len() > 40);
    }

    #[test]
    fn a_forgotten_bound_word_fails_naming_file_and_line() {
        let dir = copy_of(Path::new(NATIONAL), "bound");
        let figures = path_in(&dir, FIGURES_FILE);
        let text = std::fs::read_to_string(&figures).expect("read");
        let id = "id = \"tertiary-share-half\"";
        let at = text.find(id).expect("the figure 超过五成");
        let bound = at
            + text[at..]
                .find("bound = \"more-than\"\n")
                .expect("its bound");
        let broken = format!("{}{}", &text[..bound], &text[bound + 20..]);
        std::fs::write(&figures, &broken).expect("write");
        // The error names the line of the entry's `[[figure]]` header.
        let header = text[..at].rfind("[[figure]]").expect("header");
        let line = text[..header].matches('\n').count() + 1;

        let errors = load(&dir, false)
            .err()
            .expect("a forgotten bound is refused");
        assert_eq!(
            errors,
            [format!(
                "{}:{line}: figure `tertiary-share-half`: `超过五成` says more than (超过): set \
                 bound = \"more-than\"",
                figures.display()
            )]
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn a_missing_file_is_named_alone() {
        let dir = copy_of(Path::new(DEFAULT_FOLDER), "missing");
        std::fs::remove_file(path_in(&dir, CHARTS_FILE)).expect("remove");
        let errors = load(&dir, false).err().expect("missing file");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("charts.toml: cannot read"), "{errors:?}");
        std::fs::remove_dir_all(&dir).ok();
    }
}
