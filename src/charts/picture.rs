//! A chart as a picture, for the page before (and without) the WASM: drawn at build time by the
//! same [`layout`](super::layout) and [`draw`](super::draw) as the canvas, through plotters' SVG
//! backend, at the widths the chart box takes on common screens. The picture shows until the
//! canvas is painted over it. Nothing here touches the browser.

use crate::i18n::Lang;
use crate::model::Chart;

/// A width the chart box takes (CSS pixels), and the media query of the screens it is drawn
/// for: `static/style.css` sets the box to the viewport less 40 px below 720 px, 656 px up to
/// 1180 px, and beyond 420 px in the side column (720 px in the text's column without script).
/// Phones of 360, 390 and 412 px get their exact width; between the widths a picture is scaled
/// to fit (the canvas then redraws it exactly). Each width is one of the chart heights' bands
/// (`forms::BANDS`), and each picture serves boxes of its own band (or, on the narrowest
/// phones, boxes narrower than it), so it never shrinks to fit its box's height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PictureWidth {
    pub width: u32,
    /// `None` for the narrowest: every screen the others leave.
    pub media: Option<&'static str>,
}

/// Widest first, as `<source>`s are tried in order. The side column's is the default picture
/// (`pictures/<chart-id>.svg`), for browsers without `<picture>` and for embed codes.
pub const WIDTHS: [PictureWidth; 6] = [
    // Without script, wide screens keep charts in the text's 720 px column.
    PictureWidth {
        width: 720,
        media: Some("(min-width: 1180px) and (scripting: none)"),
    },
    // The side column; and boxes of 420–655 px, tablets and small windows.
    PictureWidth {
        width: 420,
        media: Some("(min-width: 1180px), (min-width: 460px) and (max-width: 695.98px)"),
    },
    PictureWidth {
        width: 656,
        media: Some("(min-width: 696px)"),
    },
    PictureWidth {
        width: 372,
        media: Some("(min-width: 400px)"),
    },
    PictureWidth {
        width: 350,
        media: Some("(min-width: 370px)"),
    },
    PictureWidth {
        width: 320,
        media: None,
    },
];

/// The desktop side column's width: the default picture's.
pub const DEFAULT_WIDTH: u32 = WIDTHS[1].width;

/// Where a chart's picture is, relative to the pages: `pictures/<chart-id>.svg` for the Chinese
/// picture at the side column's width, `-<width>` for other widths, `.en` for English words.
pub fn path(chart: &Chart, width: u32, lang: Lang) -> String {
    let size = if width == DEFAULT_WIDTH {
        String::new()
    } else {
        format!("-{width}")
    };
    let lang = match lang {
        Lang::Zh => "",
        Lang::En => ".en",
    };
    format!("pictures/{}{size}{lang}.svg", chart.id)
}

/// The chart's picture as HTML, for the server to write into the chart's box: a `<picture>`
/// with a `<source>` a width, lazy, decorative (the canvas over it carries the chart's name and
/// description), at the box's `height`.
#[cfg(not(target_arch = "wasm32"))]
pub fn markup(chart: &Chart, height: f64, lang: Lang) -> String {
    let sources: String = WIDTHS
        .iter()
        .map(|w| {
            let media = w
                .media
                .map(|m| format!(r#" media="{m}""#))
                .unwrap_or_default();
            format!(r#"<source{media} srcset="{}">"#, path(chart, w.width, lang))
        })
        .collect();
    format!(
        r#"<picture class="chart-picture">{sources}<img src="{}" width="{DEFAULT_WIDTH}" height="{}" alt="" loading="lazy"></picture>"#,
        path(chart, DEFAULT_WIDTH, lang),
        height.round() as u32
    )
}

#[cfg(any(feature = "ssr", test))]
pub use drawing::{canvas_font_sizes, svg};

#[cfg(any(feature = "ssr", test))]
mod drawing {
    use super::super::layout::Ink;
    use super::super::{draw, forms, Theme};
    use crate::i18n::Lang;
    use crate::model::{Article, Chart};
    use plotters::prelude::*;
    use plotters::style::RGBColor;

    /// Draws `chart` as an SVG document `width` CSS pixels wide (one SVG unit a CSS pixel),
    /// light, turning dark where the reader's system is (a style sheet inside maps each light
    /// ink to its dark one, as the canvas's dark palette does). An error names what failed: the
    /// build stops on it.
    pub fn svg(chart: &Chart, article: &Article, width: u32, lang: Lang) -> Result<String, String> {
        let placed = forms::layout(chart, article, f64::from(width), lang);
        if let Some(f) = chart.figures().find(|f| placed.place_of(*f).is_none()) {
            let figure = article.figures[f].id;
            return Err(format!("chart {}: figure {figure} has no place", chart.id));
        }
        if placed.marks.is_empty() {
            return Err(format!("chart {}: nothing to draw", chart.id));
        }
        let height = placed.height.round() as u32;
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
            draw(&area, &placed, &Theme::light(1.0), None)
                .map_err(|e| format!("chart {}: {e:?}", chart.id))?;
        }
        let open_end = out
            .find("<svg")
            .and_then(|at| out[at..].find('>').map(|end| at + end + 1))
            .ok_or_else(|| format!("chart {}: the SVG backend wrote no <svg>", chart.id))?;
        out.insert_str(open_end, &dark_style());
        Ok(canvas_font_sizes(&out))
    }

    /// plotters' SVG backend writes each font size divided by 1.24, its canvas backend as given:
    /// the sizes put back, the picture's words are the canvas's.
    pub fn canvas_font_sizes(svg: &str) -> String {
        const ATTR: &str = "font-size=\"";
        let mut out = String::with_capacity(svg.len());
        let mut rest = svg;
        while let Some(at) = rest.find(ATTR) {
            let (head, tail) = rest.split_at(at + ATTR.len());
            out.push_str(head);
            let end = tail.find('"').unwrap_or(tail.len());
            match tail[..end].parse::<f64>() {
                Ok(size) => out.push_str(&format!("{:.2}", size * 1.24)),
                Err(_) => out.push_str(&tail[..end]),
            }
            rest = &tail[end..];
        }
        out.push_str(rest);
        out
    }

    /// Every ink's light colour mapped to its dark one, under `prefers-color-scheme: dark`, and
    /// to a system colour under forced colours or more contrast.
    fn dark_style() -> String {
        let inks = [
            Ink::Primary,
            Ink::Derived,
            Ink::Track,
            Ink::Text,
            Ink::Soft,
            Ink::Rule,
        ];
        let colours = |dark: bool| {
            let theme = Theme::for_scheme(1.0, dark);
            inks.map(|i| theme.ink(i))
                .into_iter()
                .chain([theme.palette.paper])
        };
        let hex = |c: RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
        let rules: String = colours(false)
            .zip(colours(true))
            .map(|(light, dark)| {
                let (l, d) = (hex(light), hex(dark));
                format!("[fill=\"{l}\"]{{fill:{d}}}[stroke=\"{l}\"]{{stroke:{d}}}")
            })
            .collect();
        // Forced colours and more contrast: the system's colours, as the canvas takes them
        // (`theme::system`: words inside a bar, in the tracks' ink, in the canvas colour; derived
        // marks, which the canvas draws hollow, in grey text).
        let system = [
            "CanvasText",
            "GrayText",
            "Canvas",
            "CanvasText",
            "CanvasText",
            "GrayText",
            "Canvas",
        ];
        let forced: String = colours(false)
            .zip(system)
            .map(|(light, s)| {
                let l = hex(light);
                format!("[fill=\"{l}\"]{{fill:{s}}}[stroke=\"{l}\"]{{stroke:{s}}}")
            })
            .collect();
        format!(
            "<style>@media (prefers-color-scheme: dark){{{rules}}}\
             @media (forced-colors: active),(prefers-contrast: more){{{forced}}}</style>"
        )
    }
}
