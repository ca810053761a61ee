//! `Island`: a part of the page that reacts to the reader, rendered by the server inside its own
//! element (`data-island`) and hydrated in the browser on its own, when it is needed
//! (`crate::islands`): a paragraph with figures, a chart, the masthead's language switch, the
//! colophon's tools, the print-only sources. What is not in an island (headings, the photo
//! notes, the byline) stays the HTML the server sent.

use crate::article::ARTICLE;
use crate::components::chart_panel::ChartPanel;
use crate::components::colophon_links::colophon_links;
use crate::components::masthead_bar::masthead_bar;
use crate::components::paragraph::Paragraph;
use crate::components::print_sources::PrintSources;
use crate::i18n::Lang;
use crate::model::{Block, ChartIx, FigureIx};
use crate::site::{markup, Mode};
use crate::state::{use_dispatch, use_reader, Action};
use yew::prelude::*;

/// Which part of the page an island is; written into its element's `data-island` and read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The paragraph `block` of section `section` (a paragraph, never a photo).
    Paragraph {
        section: usize,
        block: usize,
    },
    Chart(ChartIx),
    /// The masthead's bar: kicker and language switch.
    Bar,
    /// The colophon: source, downloads, embed code.
    Foot,
    /// The sources listed for print.
    Print,
}

impl Part {
    /// The value of the island element's `data-island`.
    pub fn attr(self) -> String {
        match self {
            Part::Paragraph { section, block } => format!("p{section}_{block}"),
            Part::Chart(c) => format!("c{}", c.get()),
            Part::Bar => "bar".into(),
            Part::Foot => "foot".into(),
            Part::Print => "print".into(),
        }
    }

    /// The part an attribute names, if this article has it and the attribute is written as
    /// `attr` writes it (so no two spellings name one part): anything else is `None`.
    pub fn from_attr(attr: &str) -> Option<Part> {
        Part::read(attr).filter(|part| part.attr() == attr)
    }

    fn read(attr: &str) -> Option<Part> {
        match attr {
            "bar" => return Some(Part::Bar),
            "foot" => return Some(Part::Foot),
            "print" => return Some(Part::Print),
            _ => {}
        }
        if let Some(n) = attr.strip_prefix('c') {
            let n: usize = n.parse().ok()?;
            return ARTICLE.chart_ixs().find(|c| c.get() == n).map(Part::Chart);
        }
        let (section, block) = attr.strip_prefix('p')?.split_once('_')?;
        let (section, block): (usize, usize) = (section.parse().ok()?, block.parse().ok()?);
        let in_article = ARTICLE.sections.get(section)?.blocks.get(block)?;
        in_article
            .has_figures()
            .then_some(Part::Paragraph { section, block })
    }

    /// The paragraph island that states figure `figure`.
    pub fn of_figure(figure: FigureIx) -> Option<Part> {
        let (section, block) = ARTICLE.place_of(figure)?;
        Some(Part::Paragraph { section, block })
    }

    /// The chart island that shows figure `figure` first.
    pub fn chart_of(figure: FigureIx) -> Option<Part> {
        ARTICLE.chart_showing(figure).map(Part::Chart)
    }
}

#[derive(Properties, PartialEq)]
pub struct IslandProps {
    pub part: Part,
    pub lang: Lang,
    pub mode: Mode,
    /// In the browser, the island's element: marked live (`markup::LIVE`) once the island has
    /// rendered, hydrated and listening, not when its hydration is asked for (`islands`).
    #[prop_or_default]
    pub host: Option<web_sys::Element>,
}

/// A chart's island as the server writes it: an element of its own that makes no box
/// (`display: contents`), for the island to render into, so the chart is laid out as a child of
/// what holds it (a section, or an embed's page).
pub fn chart_island(chart: ChartIx, lang: Lang, mode: Mode) -> Html {
    let part = Part::Chart(chart);
    html! {
        <div class={markup::CHART_ISLAND} data-island={part.attr()}>
            <Island {part} {lang} {mode} />
        </div>
    }
}

/// One island's content, in the page's language.
#[component]
pub fn Island(props: &IslandProps) -> Html {
    let mode = props.mode;
    {
        // Effects run once the island's first render is in the page: its nodes are the
        // server's, and its listeners are on them. Until then a tap on it is the capture
        // phase's to answer (`islands::touched`).
        let host = props.host.clone();
        use_effect_with((), move |_| {
            if let Some(host) = host {
                let _ = host.set_attribute(markup::LIVE, "");
            }
        });
    }
    let inner = match props.part {
        Part::Paragraph { section, block } => {
            match ARTICLE
                .sections
                .get(section)
                .and_then(|s| s.blocks.get(block))
            {
                Some(Block::Paragraph(spans)) => html! { <Paragraph {spans} /> },
                _ => html! {},
            }
        }
        // Alone in an embed, the chart is the page's title and every quote opens under it.
        Part::Chart(chart) => {
            html! { <ChartInText {chart} standalone={matches!(mode, Mode::Chart(_))} /> }
        }
        Part::Bar => masthead_bar(props.lang, mode),
        Part::Foot => colophon_links(props.lang, mode),
        Part::Print => html! { <PrintSources /> },
    };
    html! {
        <ContextProvider<Lang> context={props.lang}>{ inner }</ContextProvider<Lang>>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub chart: ChartIx,
    /// Alone in an embed, as the page's title: every quote opens under it.
    #[prop_or_default]
    pub standalone: bool,
}

/// A chart with the reader's state: its open figure, whether its quote shows under it, whether
/// it is the one being read.
#[component]
pub fn ChartInText(props: &ChartProps) -> Html {
    let c = ARTICLE.chart_at(props.chart);
    let index = props.chart;
    let reader = use_reader();
    let on_select = use_dispatch(Action::ToggleInChart);
    let on_close = use_dispatch(|()| Action::Close);
    let on_show_in_text = use_dispatch(Action::Open);
    let selected = reader.open.filter(|o| c.shows(*o));
    if props.standalone {
        return html! {
            <ChartPanel chart={c} {selected} {on_select} {on_close} standalone=true level=1 />
        };
    }
    // In the intro a chart's title sits under the headline, not a section.
    let in_intro = c
        .anchor()
        .and_then(|a| ARTICLE.sections.get(ARTICLE.figure_at(a).section))
        .is_some_and(|s| s.heading.is_none());
    html! {
        <ChartPanel
            chart={c}
            {selected}
            quote_here={reader.in_chart && selected.is_some()}
            current={reader.current == Some(index)}
            first={index.get() == 0}
            {on_select}
            {on_close}
            {on_show_in_text}
            level={if in_intro { 2 } else { 3 }}
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_reads_back_from_its_attribute_and_nothing_else_does() {
        let mut parts = vec![Part::Bar, Part::Foot, Part::Print];
        parts.extend(ARTICLE.chart_ixs().map(Part::Chart));
        // A paragraph is an island only where it states a figure: the server marks no other,
        // and the browser's build carries no other's words to hydrate it with.
        let mut plain = Vec::new();
        for (section, s) in ARTICLE.sections.iter().enumerate() {
            for (block, b) in s.blocks.iter().enumerate() {
                let part = Part::Paragraph { section, block };
                if b.has_figures() {
                    parts.push(part);
                } else if matches!(b, Block::Paragraph(_)) {
                    plain.push(part.attr());
                }
            }
        }
        for attr in &plain {
            assert_eq!(Part::from_attr(attr), None, "{attr}");
        }
        for part in &parts {
            assert_eq!(
                Part::from_attr(&part.attr()),
                Some(*part),
                "{}",
                part.attr()
            );
        }
        let charts = ARTICLE.charts.len();
        for hostile in [
            "",
            "c",
            "p",
            "p0",
            "p_1",
            "c+1",
            "c01",
            "p00_1",
            "p0_01",
            "c-1",
            "bar ",
            "Bar",
            "p99999_0",
            "p0_99999",
            "c18446744073709551616",
        ] {
            assert_eq!(Part::from_attr(hostile), None, "{hostile:?}");
        }
        assert_eq!(Part::from_attr(&format!("c{charts}")), None);
        // Every figure stands in one paragraph island, and a charted one in a chart island.
        for i in ARTICLE.figure_ixs() {
            assert!(Part::of_figure(i).is_some_and(|p| parts.contains(&p)));
        }
    }
}
