//! Where the graphic lives and how it is addressed: its public URL (set at build time with
//! `PUBLIC_BASE_URL`), links to each figure and chart, the embed pages and their codes, and
//! reading a URL back. Pure string work, tested natively; a URL the app did not make reads as
//! nothing and is ignored.

use crate::article::{ARTICLE, PAGE};
use crate::i18n::Lang;
use crate::model::{Chart, ChartIx, FigureIx};
use crate::{charts, format};

/// The DOM ids of figures, quotes, charts and sections, made in one place: a figure's id is
/// also its link's fragment (`#fig-<id>`), so addresses and the components that point at each
/// other (aria-controls, focus) share one definition.
///
/// A DOM id is a kind word, `-`, then one id (`fig-holiday-visitors`, `chart-holiday`: the
/// fragments readers share); further parts are joined with [`SEP`], which no figure or chart id
/// holds ([`crate::model::is_id`]), so no two things can get the same DOM id: chart `a-b`'s
/// mark for figure `c` is `mark-a-b_c`, chart `a`'s for `b-c` is `mark-a_b-c`, and a chart
/// called `x-summary` cannot take chart `x`'s summary.
pub mod ids {
    /// Joins the parts of a DOM id; outside the id alphabet.
    pub const SEP: char = '_';

    pub fn figure(id: &str) -> String {
        format!("fig-{id}")
    }

    pub fn quote(id: &str) -> String {
        format!("quote-{id}")
    }

    pub fn chart(id: &str) -> String {
        format!("chart-{id}")
    }

    /// A chart's title, which names it (`aria-labelledby`).
    pub fn chart_title(chart: &str) -> String {
        format!("chart-{chart}{SEP}title")
    }

    /// A chart's summary in words, which describes its drawing (`aria-describedby`).
    pub fn chart_summary(chart: &str) -> String {
        format!("chart-{chart}{SEP}summary")
    }

    pub fn section(index: usize) -> String {
        format!("section-{index}")
    }

    /// The `<template>` of every quote card, which `static/early.js` reads before the app runs.
    pub const EARLY_QUOTES: &str = "early-quotes";

    /// A chart's button for one of its marks (a figure may be drawn in more than one chart).
    pub fn mark(chart: &str, figure: &str) -> String {
        format!("mark-{chart}{SEP}{figure}")
    }
}

/// The markup `static/early.js` and the app both touch, named once. The early script gets this
/// table at build time (the prerender writes it where the script says `__EARLY_NAMES__`), so it
/// never spells a class or attribute of its own; the components use the class constants, and a
/// test of the built page finds every name of the table in it.
pub mod markup {
    /// A figure's button in the text.
    pub const FIGURE: &str = "figure";
    /// A figure whose quote is open.
    pub const OPEN: &str = "is-open";
    pub const CARD: &str = "quote-card";
    pub const LABEL: &str = "quote-label";
    pub const VALUE: &str = "quote-value";
    pub const SOURCE: &str = "quote-source";
    pub const TEXT: &str = "quote-text";
    pub const CLOSE: &str = "quote-close";
    pub const HEADING: &str = "section-heading";
    /// A chart's Listen button, its value the chart's id: the early script loads the Listen
    /// tool (`LISTEN_SCRIPT`, which the page's Trusted Types policy lets through) and plays it.
    pub const LISTEN: &str = "data-listen";
    pub const LISTEN_SCRIPT: &str = "listen.js";
    /// On a chart's marks list once the keyboard has been in it (set by `web::rove`; the
    /// style sheet shows it from then on). An attribute, not a class: Yew owns the class.
    pub const MARKS_SHOWN: &str = "data-shown";
    /// The element a chart's island renders into: it makes no box of its own.
    pub const CHART_ISLAND: &str = "chart-island";
    /// The attribute naming an island's part (`components::island::Part`), and the one set on
    /// it (and on `#app`, once the app answers taps) when it is live.
    pub const ISLAND: &str = "data-island";
    pub const LIVE: &str = "data-live";

    /// Every name the early script uses, by the key it reads it under. Attribute names are
    /// literals in the components' markup; the built-page test checks each is there.
    pub const EARLY_NAMES: &[(&str, &str)] = &[
        ("figure", FIGURE),
        ("open", OPEN),
        ("card", CARD),
        ("label", LABEL),
        ("value", VALUE),
        ("source", SOURCE),
        ("text", TEXT),
        ("close", CLOSE),
        ("heading", HEADING),
        ("quotes", super::ids::EARLY_QUOTES),
        ("app", "app"),
        ("early", "data-early"),
        ("for", "data-for"),
        ("from", "data-from"),
        ("at", "data-at"),
        ("valueAt", "data-value"),
        ("figureId", "data-figure"),
        ("live", LIVE),
        ("before", "data-label-before"),
        ("after", "data-label-after"),
        ("listen", LISTEN),
        ("listenScript", LISTEN_SCRIPT),
    ];

    /// Where `static/early.js` takes the table.
    pub const PLACEHOLDER: &str = "__EARLY_NAMES__";

    /// The server's HTML with its hydration marks left nameless: Yew marks each component's
    /// place as `<!--<[its::type::Name]>-->` … `<!--</[…]>-->`, and the browser's release build
    /// reads only the brackets (the name is for a debug build's panic message). A quarter of
    /// the page's bytes before compression, 0.5 KB after.
    pub fn without_component_names(html: &str) -> String {
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        while let Some(at) = rest.find("<!--<") {
            let (before, mark) = rest.split_at(at);
            out.push_str(before);
            let open = if mark.starts_with("<!--</[") {
                "<!--</["
            } else if mark.starts_with("<!--<[") {
                "<!--<["
            } else {
                out.push_str("<!--<");
                rest = &mark[5..];
                continue;
            };
            match mark.find("]>-->") {
                Some(end) if !mark[..end].contains("-->") => {
                    out.push_str(open);
                    out.push_str("]>-->");
                    rest = &mark[end + 5..];
                }
                _ => {
                    out.push_str(open);
                    rest = &mark[open.len()..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The table as a JavaScript object literal.
    pub fn early_names_js() -> String {
        let pairs: Vec<String> = EARLY_NAMES
            .iter()
            .map(|(key, name)| format!("{key}:\"{name}\""))
            .collect();
        format!("{{{}}}", pairs.join(","))
    }
}

/// The published page, absolute, ending in `/` (checked by `build.rs`).
pub const BASE_URL: &str = env!("PUBLIC_BASE_URL");

/// The loader script that sizes embed iframes, for hosts without a pym.js parent.
pub const LOADER: &str = "embed.js";

/// How the app is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The page itself: masthead, article, charts, colophon with the embed code.
    #[default]
    Page,
    /// The article and charts without page chrome, for an iframe.
    Embed,
    /// One chart alone, with its title, source and quotes.
    Chart(ChartIx),
}

impl Mode {
    /// The prerendered file for this mode and language, relative to `BASE_URL`.
    pub fn file(self, lang: Lang) -> String {
        let stem = match self {
            Mode::Page => "index".to_string(),
            Mode::Embed => "embed".to_string(),
            Mode::Chart(c) => format!("embed-{}", ARTICLE.chart_at(c).id),
        };
        match (lang, self) {
            (Lang::Zh, _) => format!("{stem}.html"),
            (Lang::En, Mode::Page) => "en.html".into(),
            (Lang::En, _) => format!("{stem}.en.html"),
        }
    }

    /// The address of this mode's page in `lang`, absolute.
    pub fn url(self, lang: Lang) -> String {
        match (self, lang) {
            (Mode::Page, Lang::Zh) => BASE_URL.to_string(),
            _ => format!("{BASE_URL}{}", self.file(lang)),
        }
    }

    /// Every mode, one prerendered file each.
    pub fn all() -> impl Iterator<Item = Mode> {
        [Mode::Page, Mode::Embed]
            .into_iter()
            .chain(ARTICLE.chart_ixs().map(Mode::Chart))
    }

    /// The page a built file holds, by its name as `file` writes it.
    pub fn from_file(file: &str) -> Option<(Mode, Lang)> {
        [Lang::Zh, Lang::En].into_iter().find_map(|lang| {
            Mode::all()
                .find(|m| m.file(lang) == file)
                .map(|m| (m, lang))
        })
    }

    /// The mode and language of a URL: its file name, else `?embed`, `?chart=<id>` and
    /// `?lang=en` in its query.
    pub fn from_url(path: &str, query: &str) -> (Mode, Lang) {
        Mode::asked_by(path, query).unwrap_or_default()
    }

    /// The page a URL names of its own, as `from_url` reads it; `None` for a URL that names none
    /// (no page's file name, no `embed`, `chart` or `lang` in its query), which is then whatever
    /// page the server sent for it.
    pub fn asked_by(path: &str, query: &str) -> Option<(Mode, Lang)> {
        let file = path.rsplit('/').next().unwrap_or("");
        let asks_english = query_pairs(query).any(|pair| pair == ("lang", "en"));
        if let Some((mode, lang)) = Mode::from_file(file) {
            if (mode, lang) != (Mode::Page, Lang::Zh) {
                let lang = if asks_english { Lang::En } else { lang };
                return Some((mode, lang));
            }
        }
        let (mut mode, mut lang, mut asked) = (Mode::Page, Lang::Zh, false);
        for (key, value) in query_pairs(query) {
            match key {
                "chart" if !matches!(mode, Mode::Chart(_)) => {
                    if let Some(c) = ARTICLE.chart_index(value) {
                        mode = Mode::Chart(c);
                    }
                }
                "embed" if mode == Mode::Page => mode = Mode::Embed,
                "lang" if value == "en" => lang = Lang::En,
                _ => {}
            }
            asked |= matches!(key, "chart" | "embed" | "lang");
        }
        asked.then_some((mode, lang))
    }

    pub fn is_embedded(self) -> bool {
        self != Mode::Page
    }
}

/// The `key=value` pairs of a query (with or without its `?`), raw: values are only ever
/// compared with ids, never decoded or shown.
pub fn query_pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
}

/// The query without its `lang`, for a link to the page in another language: whatever else
/// the page was given (a pym.js `childId`, say) goes along.
pub fn query_without_lang(query: &str) -> String {
    let kept: Vec<String> = query_pairs(query)
        .filter(|(k, _)| *k != "lang")
        .map(|(k, v)| {
            if v.is_empty() {
                k.to_string()
            } else {
                format!("{k}={v}")
            }
        })
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// What a URL fragment points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Figure(FigureIx),
    Chart(ChartIx),
}

impl Target {
    /// `#fig-<id>` or `#chart-<id>` with a known id; anything else is `None`.
    pub fn from_fragment(fragment: &str) -> Option<Target> {
        let name = fragment.strip_prefix('#').unwrap_or(fragment);
        if name.len() > 80 {
            return None;
        }
        if let Some(id) = name.strip_prefix("fig-") {
            return ARTICLE.figure(id).map(|(i, _)| Target::Figure(i));
        }
        let id = name.strip_prefix("chart-")?;
        ARTICLE.chart_index(id).map(Target::Chart)
    }

    /// The fragment, with its `#`, that reads back as this target.
    pub fn fragment(self) -> String {
        match self {
            Target::Figure(i) => format!("#{}", ids::figure(ARTICLE.figures[i].id)),
            Target::Chart(c) => format!("#{}", ids::chart(ARTICLE.chart_at(c).id)),
        }
    }

    /// The absolute link to share, to the page in `lang`.
    pub fn link(self, lang: Lang) -> String {
        format!("{}{}", Mode::Page.url(lang), self.fragment())
    }
}

/// Height to reserve for an embed before it reports its own, in CSS pixels: the chart and its
/// words, or a screenful of the article.
pub fn initial_height(chart: Option<&Chart>, lang: Lang) -> u32 {
    chart.map_or(900, |c| charts::height(c, &ARTICLE, lang) as u32 + 260)
}

/// The colour scheme a host page asks an embed for with `?theme=` on its URL: `Auto` follows
/// the reader's system. The page reads it before its first paint (a script in `index.html`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The query that asks for this scheme, with its `?`; empty for `Auto`, the default.
    pub fn query(self) -> &'static str {
        match self {
            Theme::Auto => "",
            Theme::Light => "?theme=light",
            Theme::Dark => "?theme=dark",
        }
    }
}

/// What an embed shows: the whole graphic or one chart.
fn embedded(chart: Option<ChartIx>, lang: Lang) -> (Mode, &'static str) {
    match chart {
        Some(c) => (
            Mode::Chart(c),
            format::chart_words(ARTICLE.chart_at(c), lang).title,
        ),
        None => (Mode::Embed, lang.headline()),
    }
}

/// The picture a host shows where it strips the iframe or its script, absolute: the chart's
/// build-time picture, or for the whole graphic the social preview; both drawn from the data.
pub fn fallback_picture(chart: Option<ChartIx>, lang: Lang) -> String {
    match chart {
        Some(c) => format!(
            "{BASE_URL}{}",
            charts::picture::path(ARTICLE.chart_at(c), charts::picture::DEFAULT_WIDTH, lang)
        ),
        None => format!("{BASE_URL}{PREVIEW_IMAGE}"),
    }
}

/// The HTML an editor pastes: a lazy, titled iframe with a sensible initial height, the
/// loader that sizes it to its content, and, for hosts that strip iframes or scripts, a
/// picture linking to the page (the loader hides it where the iframe is there).
pub fn embed_code(chart: Option<ChartIx>, lang: Lang, theme: Theme) -> String {
    let (mode, title) = embedded(chart, lang);
    let file = mode.file(lang);
    let query = theme.query();
    let height = initial_height(chart.map(|c| ARTICLE.chart_at(c)), lang);
    let page = match chart {
        Some(c) => Target::Chart(c).link(lang),
        None => Mode::Page.url(lang),
    };
    let picture = fallback_picture(chart, lang);
    let title = escape_attribute(title);
    format!(
        "<iframe src=\"{BASE_URL}{file}{query}\" title=\"{title}\" loading=\"lazy\" \
         data-graphic-embed allow=\"web-share; clipboard-write\" \
         style=\"width:100%;height:{height}px;border:0\"></iframe>\
         <a href=\"{page}\" data-graphic-fallback><img src=\"{picture}\" alt=\"{title}\" \
         style=\"display:block;max-width:100%;height:auto;border:0\"></a>\
         <script async src=\"{BASE_URL}{LOADER}\"></script>"
    )
}

/// The width oEmbed consumers are told, in CSS pixels: the frame itself is as wide as the
/// column it is put in.
pub const OEMBED_WIDTH: u32 = 640;

/// The oEmbed JSON for a page, relative to `BASE_URL`: the page and the article embed share
/// the whole graphic's, a chart embed has its own.
pub fn oembed_file(mode: Mode, lang: Lang) -> String {
    let embed = match mode {
        Mode::Page => Mode::Embed,
        other => other,
    };
    format!("oembed/{}", embed.file(lang).replace(".html", ".json"))
}

/// The oEmbed 1.0 answer (type `rich`) for the whole graphic or a chart: the embed code, its
/// size, title, provider and the preview picture, as a static file a CMS reads when an editor
/// pastes the page's address. Written by the prerender step with serde_json (native only: the
/// WASM never makes it).
#[cfg(not(target_arch = "wasm32"))]
pub fn oembed(chart: Option<ChartIx>, lang: Lang) -> String {
    /// The fields in the order of the oEmbed specification.
    #[derive(serde::Serialize)]
    struct OEmbed<'a> {
        version: &'a str,
        #[serde(rename = "type")]
        kind: &'a str,
        title: &'a str,
        provider_name: &'a str,
        provider_url: &'a str,
        html: String,
        width: u32,
        height: u32,
        thumbnail_url: String,
        thumbnail_width: u32,
        thumbnail_height: u32,
    }
    let (_, title) = embedded(chart, lang);
    let answer = OEmbed {
        version: "1.0",
        kind: "rich",
        title,
        provider_name: lang.site_name(),
        provider_url: BASE_URL,
        html: embed_code(chart, lang, Theme::Auto),
        width: OEMBED_WIDTH,
        height: initial_height(chart.map(|c| ARTICLE.chart_at(c)), lang),
        thumbnail_url: format!("{BASE_URL}{PREVIEW_IMAGE}"),
        thumbnail_width: PREVIEW_SIZE.0,
        thumbnail_height: PREVIEW_SIZE.1,
    };
    // Plain strings and numbers: serialising them cannot fail.
    serde_json::to_string(&answer).unwrap_or_default() + "\n"
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The social preview image, drawn at build time from the content by the chart code.
pub const PREVIEW_IMAGE: &str = "og-image.png";
/// What the prerender step draws, for the build's hook to rasterise into [`PREVIEW_IMAGE`].
pub const PREVIEW_SVG: &str = "og-image.svg";
pub const PREVIEW_SIZE: (u32, u32) = (1200, 630);

/// `<title>`, description, canonical link and social preview tags for a mode's page, every
/// URL absolute.
pub fn head_tags(mode: Mode, lang: Lang) -> String {
    let paper = lang.site_name();
    let (title, description, url) = match mode {
        Mode::Chart(c) => {
            let chart = ARTICLE.chart_at(c);
            let format::ChartWords { title, summary, .. } = format::chart_words(chart, lang);
            (
                format!("{title} · {paper}"),
                summary.to_string(),
                Target::Chart(c).link(lang),
            )
        }
        Mode::Page | Mode::Embed => (
            format!("{} · {paper}", lang.headline()),
            description(lang),
            Mode::Page.url(lang),
        ),
    };
    let locale = match lang {
        Lang::Zh => "zh_CN",
        Lang::En => "en_US",
    };
    let alternates: String = [Lang::Zh, Lang::En]
        .map(|l| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
                l.code(),
                Mode::Page.url(l)
            )
        })
        .concat();
    let (title, description) = (escape_attribute(&title), escape_attribute(&description));
    let oembed = format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{BASE_URL}{}\" \
         title=\"{title}\">",
        oembed_file(mode, lang)
    );
    let image = format!("{BASE_URL}{PREVIEW_IMAGE}");
    let (image_width, image_height) = PREVIEW_SIZE;
    // Embeds are not pages of their own; a draft is not for anyone to find.
    let robots = if mode.is_embedded() || PAGE.draft {
        "<meta name=\"robots\" content=\"noindex\">"
    } else {
        ""
    };
    let site = escape_attribute(lang.paper());
    format!(
        "<title>{title}</title>\
         <meta name=\"description\" content=\"{description}\">\
         <link rel=\"canonical\" href=\"{url}\">{alternates}{oembed}{robots}\
         <meta property=\"og:type\" content=\"article\">\
         <meta property=\"og:site_name\" content=\"{site}\">\
         <meta property=\"og:locale\" content=\"{locale}\">\
         <meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"og:description\" content=\"{description}\">\
         <meta property=\"og:url\" content=\"{url}\">\
         <meta property=\"og:image\" content=\"{image}\">\
         <meta property=\"og:image:width\" content=\"{image_width}\">\
         <meta property=\"og:image:height\" content=\"{image_height}\">\
         <meta property=\"og:image:alt\" content=\"{title}\">\
         <meta name=\"twitter:card\" content=\"summary_large_image\">"
    )
}

/// What the graphic holds, then the article's news in a sentence (from `content/page.toml`).
fn description(lang: Lang) -> String {
    let news = lang.pick(PAGE.description_zh, PAGE.description_en);
    let lead = description_lead(
        lang,
        lang.paper(),
        lang.headline(),
        ARTICLE.figures.len(),
        ARTICLE.charts.len(),
    );
    format!("{lead}{}{news}", if lang == Lang::En { " " } else { "" })
}

/// The first line of the page's description (paper, headline, figures, charts), for search
/// results and link previews. Build time only (the prerender writes the head tags): kept out of
/// [`crate::i18n::Ui`], whose every entry the WASM carries.
pub fn description_lead(lang: Lang, paper: &str, title: &str, n: usize, charts: usize) -> String {
    match lang {
        Lang::Zh => format!(
            "{paper}《{title}》交互图解：{n}个数据、{charts}张图表，文中每个数字都能点开查看原文出处。"
        ),
        Lang::En => format!(
            "An interactive graphic of the {paper} feature “{title}”: {n} figures in {} charts, \
             each opening the sentence it comes from.",
            format::prose_count(charts)
        ),
    }
}

/// The pym.js child id a parent passed in the query (`childId`), if it is plain enough to
/// echo back in messages.
pub fn child_id(query: &str) -> Option<&str> {
    query_pairs(query)
        .find(|(k, _)| *k == "childId")
        .map(|(_, v)| v)
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// The message a pym.js child sends its parent to set the iframe's height.
pub fn height_message(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
    #[test]
    fn fragments_name_known_figures_and_charts_only() {
        let (i, f) = ARTICLE.figure("holiday-visitors").expect("figure exists");
        assert_eq!(
            Target::from_fragment("#fig-holiday-visitors"),
            Some(Target::Figure(i))
        );
        assert_eq!(
            Target::from_fragment(&Target::Figure(i).fragment()),
            Some(Target::Figure(i))
        );
        assert_eq!(
            Target::Figure(i).link(Lang::Zh),
            format!("{BASE_URL}#fig-{}", f.id)
        );
        let c = ARTICLE.chart_index("holiday").expect("chart");
        assert_eq!(
            Target::from_fragment("#chart-holiday"),
            Some(Target::Chart(c))
        );
        for hostile in [
            "",
            "#",
            "#fig-",
            "#fig-unknown",
            "#FIG-holiday-visitors",
            "#fig-holiday-visitors<script>alert(1)</script>",
            "#<img src=x onerror=alert(1)>",
            "#fig-%E4%BD%A0",
            "#%zz%",
            "#chart-holiday/../../etc",
            "#javascript:alert(1)",
        ] {
            assert_eq!(Target::from_fragment(hostile), None, "{hostile:?}");
        }
        let long = format!("#fig-{}", "a".repeat(10_000));
        assert_eq!(Target::from_fragment(&long), None);
    }

    #[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
    #[test]
    fn modes_come_from_the_file_or_the_query() {
        let c = ARTICLE.chart_index("investment").expect("chart");
        let mode = |path: &str, query: &str| Mode::from_url(path, query).0;
        assert_eq!(mode("/", ""), Mode::Page);
        assert_eq!(mode("/news/index.html", "?x=1"), Mode::Page);
        assert_eq!(mode("/news/embed.html", ""), Mode::Embed);
        assert_eq!(mode("/embed-investment.html", ""), Mode::Chart(c));
        assert_eq!(mode("/", "?embed"), Mode::Embed);
        assert_eq!(mode("/", "?embed=1&chart=investment"), Mode::Chart(c));
        assert_eq!(mode("/", "?chart=nope&embed"), Mode::Embed);
        assert_eq!(mode("/", "?chart=<script>"), Mode::Page);
        assert_eq!(mode("/", "?embed&embed&embed=embed"), Mode::Embed);
        assert_eq!(mode("/embed-nope.html", ""), Mode::Page);
        for lang in [Lang::Zh, Lang::En] {
            for m in Mode::all() {
                assert_eq!(
                    Mode::from_url(&format!("/a/{}", m.file(lang)), ""),
                    (m, lang)
                );
            }
        }
        assert_eq!(Mode::from_url("/", "?lang=en"), (Mode::Page, Lang::En));
        assert_eq!(Mode::from_url("/", "?lang=fr"), (Mode::Page, Lang::Zh));
        assert_eq!(Mode::from_url("/en.html", ""), (Mode::Page, Lang::En));
        assert_eq!(
            Mode::from_url("/embed.html", "?lang=en"),
            (Mode::Embed, Lang::En)
        );
        assert_eq!(query_without_lang("?childId=g-1&lang=en"), "?childId=g-1");
        assert_eq!(query_without_lang("?lang=en"), "");
        assert_eq!(
            Mode::from_url("/embed-investment.en.html", ""),
            (Mode::Chart(c), Lang::En)
        );
        assert_eq!(
            Target::Figure(ARTICLE.figure(ARTICLE.figures[0].id).unwrap().0).link(Lang::En),
            format!("{BASE_URL}en.html#fig-{}", ARTICLE.figures[0].id)
        );
    }

    #[test]
    fn embed_code_is_a_lazy_titled_sized_iframe_with_the_loader() {
        let code = embed_code(None, Lang::Zh, Theme::Auto);
        assert!(code.starts_with(&format!("<iframe src=\"{BASE_URL}embed.html\"")));
        assert!(code.contains("loading=\"lazy\""));
        assert!(code.contains(&format!("title=\"{}\"", ARTICLE.title)));
        assert!(code.contains("height:900px"));
        assert!(code.ends_with(&format!(
            "<script async src=\"{BASE_URL}embed.js\"></script>"
        )));
        let c = ARTICLE.chart_ixs().nth(1).expect("a second chart");
        let chart = ARTICLE.chart_at(c);
        let code = embed_code(Some(c), Lang::Zh, Theme::Auto);
        assert!(code.contains(&format!("embed-{}.html\"", chart.id)));
        assert!(code.contains(&format!(
            "height:{}px",
            charts::height(chart, &ARTICLE, Lang::Zh) as u32 + 260
        )));
    }

    #[test]
    fn embed_code_asks_for_the_theme_and_falls_back_to_a_picture_linking_to_the_page() {
        let c = ARTICLE.chart_ixs().nth(1).expect("a second chart");
        let id = ARTICLE.chart_at(c).id;
        let dark = embed_code(Some(c), Lang::En, Theme::Dark);
        assert!(dark.starts_with(&format!(
            "<iframe src=\"{BASE_URL}embed-{id}.en.html?theme=dark\""
        )));
        assert!(embed_code(None, Lang::Zh, Theme::Light)
            .starts_with(&format!("<iframe src=\"{BASE_URL}embed.html?theme=light\"")));
        assert!(!embed_code(None, Lang::Zh, Theme::Auto).contains("theme="));
        // After the iframe: a link to the chart on the page, holding a picture titled for it.
        let fallback = dark
            .split("</iframe>")
            .nth(1)
            .expect("something after the iframe");
        assert!(fallback.starts_with(&format!(
            "<a href=\"{BASE_URL}en.html#chart-{id}\" data-graphic-fallback><img src=\"{BASE_URL}"
        )));
        assert!(fallback.contains(&format!("alt=\"{}\"", ARTICLE.chart_at(c).title_en)));
        assert!(fallback.contains(&format!("<img src=\"{BASE_URL}pictures/{id}.en.svg\"")));
        let whole = embed_code(None, Lang::Zh, Theme::Auto);
        assert!(whole.contains(&format!("<a href=\"{BASE_URL}\" data-graphic-fallback>")));
    }

    #[test]
    fn hydration_marks_lose_their_names_and_nothing_else_changes() {
        let html =
            "<p><!--<[a::B<c::D>]>-->x<!--<#>--><b>y</b><!--</#>--><!--</[a::B<c::D>]>--></p>\
                    <!--<[]>--><!-- note --><!--<[broken-->z";
        assert_eq!(
            markup::without_component_names(html),
            "<p><!--<[]>-->x<!--<#>--><b>y</b><!--</#>--><!--</[]>--></p>\
             <!--<[]>--><!-- note --><!--<[broken-->z"
        );
        assert_eq!(markup::without_component_names("没有标记"), "没有标记");
    }

    #[test]
    fn a_url_names_a_page_by_its_file_or_its_query_or_not_at_all() {
        assert_eq!(Mode::asked_by("/", ""), None);
        assert_eq!(Mode::asked_by("/index.html", "?theme=dark#x"), None);
        assert_eq!(Mode::asked_by("/embed-x", "?childId=a"), None);
        assert_eq!(
            Mode::asked_by("/", "?lang=fr"),
            Some((Mode::Page, Lang::Zh))
        );
        assert_eq!(Mode::asked_by("/", "?embed"), Some((Mode::Embed, Lang::Zh)));
        assert_eq!(Mode::asked_by("/en.html", ""), Some((Mode::Page, Lang::En)));
    }

    #[test]
    fn every_built_file_names_its_page_and_nothing_else_does() {
        let mut files = std::collections::HashSet::new();
        for mode in Mode::all() {
            for lang in [Lang::Zh, Lang::En] {
                let file = mode.file(lang);
                assert_eq!(Mode::from_file(&file), Some((mode, lang)), "{file}");
                assert!(files.insert(file.clone()), "{file} named twice");
            }
        }
        for other in [
            "",
            "index",
            "embed",
            "en",
            "index.htm",
            "../index.html",
            "embed-.html",
        ] {
            assert_eq!(Mode::from_file(other), None, "{other:?}");
        }
    }

    /// Every DOM id any function of `ids` makes from these ids, with what made it.
    fn dom_ids(ids: &[&str]) -> Vec<(String, String)> {
        let mut out = vec![(ids::EARLY_QUOTES.to_string(), "early".to_string())];
        for a in ids {
            out.push((ids::figure(a), format!("figure {a}")));
            out.push((ids::quote(a), format!("quote {a}")));
            out.push((ids::chart(a), format!("chart {a}")));
            out.push((ids::chart_title(a), format!("title {a}")));
            out.push((ids::chart_summary(a), format!("summary {a}")));
            for b in ids {
                out.push((ids::mark(a, b), format!("mark {a} {b}")));
            }
        }
        out
    }

    fn assert_distinct(made: Vec<(String, String)>) {
        let mut seen = std::collections::HashMap::new();
        for (id, what) in made {
            if let Some(other) = seen.insert(id.clone(), what.clone()) {
                panic!("{other} and {what} both get the DOM id {id}");
            }
        }
    }

    #[test]
    fn dom_ids_cannot_collide_even_for_ids_made_to() {
        // Valid ids chosen to collide if parts were joined with `-`.
        let tricky = [
            "a",
            "b",
            "c",
            "a-b",
            "b-c",
            "x",
            "x-title",
            "x-summary",
            "title",
            "summary",
            "quotes",
        ];
        assert!(tricky.iter().all(|id| crate::model::is_id(id)));
        assert_distinct(dom_ids(&tricky));
        assert_ne!(ids::mark("a-b", "c"), ids::mark("a", "b-c"));
        assert_ne!(ids::chart_summary("x"), ids::chart("x-summary"));
        // The separator is outside the alphabet of ids, so no id can hold it.
        assert!(!crate::model::is_id(&format!("a{}b", ids::SEP)));
    }

    #[test]
    fn every_dom_id_of_the_article_is_its_own() {
        let mut all: Vec<&str> = ARTICLE.figures.iter().map(|f| f.id).collect();
        all.extend(ARTICLE.charts.iter().map(|c| c.id));
        // A chart may share its id with a figure (`population`): each kind of DOM id says
        // which it is, so the pair is listed once.
        all.sort_unstable();
        all.dedup();
        let mut made = dom_ids(&all);
        made.extend((0..8).map(|s| (ids::section(s), format!("section {s}"))));
        assert_distinct(made);
    }

    #[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
    #[test]
    fn every_page_names_the_oembed_of_what_it_embeds() {
        let c = ARTICLE.chart_index("investment").expect("chart");
        assert_eq!(oembed_file(Mode::Page, Lang::Zh), "oembed/embed.json");
        assert_eq!(oembed_file(Mode::Embed, Lang::Zh), "oembed/embed.json");
        assert_eq!(oembed_file(Mode::Page, Lang::En), "oembed/embed.en.json");
        assert_eq!(
            oembed_file(Mode::Chart(c), Lang::En),
            "oembed/embed-investment.en.json"
        );
        for (mode, lang) in Mode::all().flat_map(|m| [(m, Lang::Zh), (m, Lang::En)]) {
            let link = format!(
                "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{BASE_URL}{}\"",
                oembed_file(mode, lang)
            );
            assert!(head_tags(mode, lang).contains(&link), "{mode:?} {lang:?}");
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn oembed_is_rich_with_the_embed_code_size_and_provider() {
        let c = ARTICLE.chart_ixs().nth(1).expect("a second chart");
        let json = oembed(Some(c), Lang::Zh);
        assert!(json.starts_with("{\"version\":\"1.0\",\"type\":\"rich\","));
        assert!(json.contains(&format!("\"title\":\"{}\"", ARTICLE.chart_at(c).title_zh)));
        assert!(json.contains(&format!("\"provider_name\":\"{}\"", Lang::Zh.site_name())));
        assert!(json.contains(&format!("\"provider_url\":\"{BASE_URL}\"")));
        assert!(json.contains(&format!(
            "\"width\":{OEMBED_WIDTH},\"height\":{}",
            initial_height(Some(ARTICLE.chart_at(c)), Lang::Zh)
        )));
        // Read back as JSON, the html is the embed code as it is.
        let read: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(read["html"], embed_code(Some(c), Lang::Zh, Theme::Auto));
        assert_eq!(read["type"], "rich");
        assert!(json.ends_with("}\n"));
    }

    #[test]
    fn head_tags_are_absolute_and_complete() {
        for (mode, lang) in Mode::all().flat_map(|m| [(m, Lang::Zh), (m, Lang::En)]) {
            let tags = head_tags(mode, lang);
            for name in [
                "<title>",
                "name=\"description\"",
                "rel=\"canonical\"",
                "og:title",
                "og:description",
                "og:url",
                "og:image\"",
                "twitter:card\" content=\"summary_large_image\"",
            ] {
                assert!(tags.contains(name), "{mode:?} lacks {name}");
            }
            assert!(tags.contains(&format!("content=\"{BASE_URL}{PREVIEW_IMAGE}\"")));
            for url in tags
                .split("href=\"")
                .skip(1)
                .chain(tags.split("og:url\" content=\"").skip(1))
            {
                assert!(url.starts_with(BASE_URL), "{mode:?}: relative URL in {url}");
            }
            assert_eq!(tags.contains("noindex"), mode.is_embedded());
        }
    }

    #[test]
    fn child_ids_and_height_messages_follow_pym() {
        assert_eq!(
            child_id("?initialWidth=600&childId=graphic-1&parentTitle=x"),
            Some("graphic-1")
        );
        assert_eq!(child_id("?childId=<b>"), None);
        assert_eq!(child_id("?childId="), None);
        assert_eq!(
            height_message("graphic-1", 1234),
            "pymxPYMxgraphic-1xPYMxheightxPYMx1234"
        );
    }

    #[test]
    fn the_description_lead_is_english_in_english() {
        let lead = description_lead(Lang::En, "Hengyang Daily", "Headline", 51, 9);
        assert_eq!(
            lead,
            "An interactive graphic of the Hengyang Daily feature “Headline”: 51 figures in nine \
             charts, each opening the sentence it comes from."
        );
    }

    #[test]
    fn the_early_script_names_nothing_the_table_does_not() {
        let script = include_str!("../static/early.js");
        assert_eq!(script.matches(markup::PLACEHOLDER).count(), 1);
        // No class, id or attribute of the shared markup spelled in the script itself.
        for (_, name) in markup::EARLY_NAMES {
            for quoted in [
                format!("'{name}'"),
                format!("'.{name}"),
                format!("\"{name}\""),
            ] {
                assert!(!script.contains(&quoted), "early.js spells {quoted}");
            }
        }
        assert!(
            !script.contains("'data-"),
            "early.js spells a data attribute"
        );
        // Every name it reads is in the table.
        let keys: Vec<&str> = markup::EARLY_NAMES.iter().map(|(k, _)| *k).collect();
        for used in script.split("N.").skip(1) {
            let key: String = used
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            assert!(keys.contains(&key.as_str()), "early.js reads N.{key}");
        }
        let js = markup::early_names_js();
        assert!(
            js.starts_with("{figure:\"figure\",") && js.ends_with('}'),
            "{js}"
        );
    }
}
