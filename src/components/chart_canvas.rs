//! `ChartCanvas`: one chart drawn on a `<canvas>` over its build-time picture, for its box and
//! pixel ratio, painted when the reader nears it and redrawn on resize, zoom, scheme change and
//! selection; taps are hit-tested on the drawn layout.

use crate::article::ARTICLE;
#[cfg(not(target_arch = "wasm32"))]
use crate::charts::picture;
use crate::charts::theme::{FONT_FAMILY, LIGHT};
use crate::charts::{self, Layout, Theme};
use crate::i18n::Lang;
use crate::model::{Chart, FigureIx};
use crate::{format, web};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub chart: &'static Chart,
    pub selected: Option<FigureIx>,
    /// The mark the keyboard is on: ringed.
    #[prop_or_default]
    pub focused: Option<FigureIx>,
    pub on_select: Callback<FigureIx>,
    /// Id of the element that describes the chart in words.
    pub described_by: AttrValue,
}

/// How near the viewport a chart is painted: about a phone screen ahead of the reader. Its
/// island hydrates as near (`islands`), so hydration and painting come in separate tasks.
pub const PAINT_AHEAD: &str = "800px 0px";

/// The drawn chart: its build-time picture (`charts::picture`) under a canvas, transparent until
/// painted, then covering it: a canvas sized to its box and the screen's pixel ratio, painted once the reader
/// nears it and redrawn when the size, ratio or selection changes; a tap on a mark selects that
/// mark's figure.
#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let canvas = use_node_ref();
    // Whether the box has come near the viewport.
    let near = use_state_eq(|| false);
    // CSS width of the box and device pixel ratio; 0 until measured after mount.
    let width = use_state(|| 0.0_f64);
    let ratio = use_state(|| 1.0_f64);
    let palette = use_state_eq(|| LIGHT);
    let lang = use_context::<Lang>().unwrap_or_default();

    {
        let (canvas, width) = (canvas.clone(), width.clone());
        use_effect_with((), move |_| {
            let observer = canvas.cast::<web_sys::Element>().map(|el| {
                let width = width.clone();
                web::observe_width(&el, move |w| width.set(w))
            });
            move || drop(observer)
        });
    }
    {
        let (canvas, near) = (canvas.clone(), near.clone());
        use_effect_with((), move |_| {
            let observer = canvas.cast::<web_sys::Element>().map(|el| {
                let near = near.clone();
                web::when_near(&el, PAINT_AHEAD, move || near.set(true))
            });
            move || drop(observer)
        });
    }
    {
        let ratio = ratio.clone();
        use_effect_with(*ratio, move |current| {
            ratio.set(web::pixel_ratio());
            let ratio = ratio.clone();
            let watch = web::watch_pixel_ratio(*current, move |r| ratio.set(r));
            move || drop(watch)
        });
    }
    {
        let palette = palette.clone();
        use_effect_with((), move |_| {
            palette.set(web::chart_palette());
            let watch = web::watch_colour_scheme(move || palette.set(web::chart_palette()));
            move || drop(watch)
        });
    }
    // The size and scheme last painted. The first paint waits for the next frame and a task of
    // its own (the picture shows meanwhile, and start-up work is split so a tap is answered in
    // between); a later change there repaints at once (resizing the backing store blanks it); a
    // new selection alone repaints after the next frame, so the quote the reader asked for is
    // painted first. A delayed paint for a size or scheme that is no longer current is dropped.
    let painted = use_mut_ref(|| (0.0_f64, 0.0_f64, LIGHT));
    {
        let (canvas, chart) = (canvas.clone(), props.chart);
        let deps = (
            *near,
            *width,
            *ratio,
            *palette,
            (props.selected, props.focused),
            lang,
        );
        use_effect_with(
            deps,
            move |&(near, w, r, palette, (selected, focused), lang)| {
                if !near || w <= 0.0 {
                    return;
                }
                let last = painted.replace((w, r, palette));
                let current = {
                    let painted = painted.clone();
                    move || *painted.borrow() == (w, r, palette)
                };
                let measure = {
                    let canvas = canvas.clone();
                    move || {
                        let el = canvas.cast::<web_sys::HtmlCanvasElement>()?;
                        Some(measured_layout(&el, chart, w, lang, r))
                    }
                };
                let draw = {
                    let current = current.clone();
                    move |placed: Layout| {
                        let Some(el) = canvas.cast::<web_sys::HtmlCanvasElement>() else {
                            return;
                        };
                        if !current() {
                            return;
                        }
                        let theme = Theme { scale: r, palette };
                        web::paint_canvas(&el, w, placed.height, r, |area| {
                            let _ = charts::draw_focused(area, &placed, &theme, selected, focused);
                        });
                    }
                };
                let first = last.0 == 0.0;
                if last == (w, r, palette) || first {
                    // The first paint measures its words in one task and draws a frame later:
                    // on a slow phone (4× CPU) one task of 50–67 ms became two of 23–37 ms, and a
                    // tap fits between.
                    web::after_next_paint(move || {
                        if !current() {
                            return;
                        }
                        let Some(placed) = measure() else {
                            return;
                        };
                        if first {
                            web::after_next_paint(move || draw(placed));
                        } else {
                            draw(placed);
                        }
                    });
                } else if let Some(placed) = measure() {
                    draw(placed);
                }
            },
        );
    }

    let onclick = {
        let (chart, width, on_select) = (props.chart, width.clone(), props.on_select.clone());
        let (ratio, canvas) = (ratio.clone(), canvas.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(el) = canvas.cast::<web_sys::HtmlCanvasElement>() else {
                return;
            };
            let placed = measured_layout(&el, chart, *width, lang, *ratio);
            if let Some(figure) = placed.hit(f64::from(e.offset_x()), f64::from(e.offset_y())) {
                on_select.emit(figure);
            }
        })
    };

    // The canvas's height before it is painted (what its box reserves) is a rule of the
    // page's style sheet, written by the prerender step (`height_rules`): the policy refuses
    // style attributes. Once painted, its backing store's proportions give it its height (CSS
    // width 100%, height auto), so a page the app renders itself (`?chart=`) needs no rule.
    // Written by the server only: Yew hydrates raw HTML by keeping what the server sent, so
    // the WASM carries none of the picture's markup. The painted canvas covers it exactly.
    #[cfg(not(target_arch = "wasm32"))]
    let picture = picture::markup(
        props.chart,
        charts::height_at(
            props.chart,
            &ARTICLE,
            f64::from(picture::DEFAULT_WIDTH),
            lang,
        ),
        lang,
    );
    #[cfg(target_arch = "wasm32")]
    let picture = "";
    html! {
        <div class="chart-box">
            { Html::from_html_unchecked(picture.into()) }
            <canvas
                ref={canvas}
                class="chart-canvas"
                role="img"
                aria-label={format::chart_words(props.chart, lang).title}
                aria-describedby={props.described_by.clone()}
                {onclick}
            />
        </div>
    }
}

/// The height each chart's canvas reserves, as style rules for a page in `lang`: the
/// Content-Security-Policy refuses `style` attributes, so the prerender step writes these into
/// the page's head (and the build hashes them like any inline style). They hold while the app's
/// root is the page as prerendered (`data-mode`); `main.rs` removes that mark when it renders
/// another mode or language itself, whose canvases then take their painted height.
///
/// A chart's height steps with its box's width (`charts::forms::BANDS`): a rule for the
/// narrowest band, then one container query a band for the charts whose height changes there,
/// against the chart box (`.chart-box`, a size container in `static/style.css`), whose width is
/// the canvas's. A browser without container queries keeps the narrowest band's height, the
/// greatest, and the canvas is drawn to it (`measured_layout`).
#[cfg(not(target_arch = "wasm32"))]
pub fn height_rules(lang: Lang) -> String {
    use charts::forms::BANDS;
    // Each chart's height in each band, narrowest first: the first is `charts::height`, the
    // rule every browser keeps and the one `measured_layout` draws to where the box is no size
    // container.
    let heights: Vec<(&Chart, [u32; BANDS.len()])> = ARTICLE
        .charts
        .iter()
        .map(|c| {
            (
                c,
                BANDS.map(|b| charts::height_at(c, &ARTICLE, b, lang).round() as u32),
            )
        })
        .collect();
    let rule = |c: &Chart, height: u32| {
        format!(
            "[data-mode] #{} .chart-canvas{{height:{height}px}}",
            crate::site::ids::chart(c.id)
        )
    };
    let mut out: String = heights.iter().map(|(c, h)| rule(c, h[0])).collect();
    for (k, band) in BANDS.iter().enumerate().skip(1) {
        let changed: String = heights
            .iter()
            .filter(|(_, h)| h[k] != h[k - 1])
            .map(|(c, h)| rule(c, h[k]))
            .collect();
        if !changed.is_empty() {
            out.push_str(&format!("@container (min-width:{band}px){{{changed}}}"));
        }
    }
    out
}

/// The chart laid out with its words measured by the canvas it is drawn on, at the screen's
/// pixel ratio, so what is drawn and what a tap is tested against are the same layout.
fn measured_layout(
    canvas: &web_sys::HtmlCanvasElement,
    chart: &'static Chart,
    width: f64,
    lang: Lang,
    ratio: f64,
) -> Layout {
    let mut placed = match web::canvas_text_measure(canvas, FONT_FAMILY, ratio) {
        Some(measure) => charts::layout_with(chart, &ARTICLE, width, lang, &measure),
        None => charts::layout(chart, &ARTICLE, width, lang),
    };
    // A browser without container queries keeps the narrowest band's rule at every width: the
    // chart is drawn to that height, not stretched to it.
    if !canvas
        .parent_element()
        .is_some_and(|b| web::is_size_container(&b))
    {
        placed.height = charts::height(chart, &ARTICLE, lang);
    }
    placed
}
