//! `ChartCanvas`: one chart drawn on a `<canvas>` for its box and pixel ratio, redrawn on
//! resize, zoom, scheme change and selection; taps are hit-tested on the drawn layout.

use crate::article::ARTICLE;
use crate::charts::{self, theme::FONT_FAMILY, Layout, Theme};
use crate::i18n::Lang;
use crate::model::Chart;
use crate::{format, web};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub chart: &'static Chart,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
    /// Id of the element that describes the chart in words.
    pub described_by: AttrValue,
}

/// The drawn chart: a canvas sized to its box and the screen's pixel ratio, redrawn when either
/// changes or the selection moves; a tap on a mark selects that mark's figure.
#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let canvas = use_node_ref();
    // CSS width of the box and device pixel ratio; 0 until measured after mount.
    let width = use_state(|| 0.0_f64);
    let ratio = use_state(|| 1.0_f64);
    let dark = use_state(|| false);
    let lang = use_context::<Lang>().unwrap_or_default();
    let height = charts::height(props.chart, &ARTICLE, lang);

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
        let ratio = ratio.clone();
        use_effect_with(*ratio, move |current| {
            ratio.set(web::pixel_ratio());
            let ratio = ratio.clone();
            let watch = web::watch_pixel_ratio(*current, move |r| ratio.set(r));
            move || drop(watch)
        });
    }
    {
        let dark = dark.clone();
        use_effect_with((), move |_| {
            dark.set(web::prefers_dark());
            let watch = web::watch_dark_scheme(move |d| dark.set(d));
            move || drop(watch)
        });
    }
    // The size and scheme last painted: a change there repaints at once (resizing the backing
    // store blanks it); a new selection alone repaints after the next frame, so the quote the
    // reader asked for is painted first.
    let painted = use_mut_ref(|| (0.0_f64, 0.0_f64, false));
    {
        let (canvas, chart) = (canvas.clone(), props.chart);
        let deps = (*width, *ratio, *dark, props.selected, lang);
        use_effect_with(deps, move |&(w, r, dark, selected, lang)| {
            let paint = move || {
                if let Some(el) = canvas.cast::<web_sys::HtmlCanvasElement>() {
                    let placed = measured_layout(&el, chart, w, lang, r);
                    let theme = Theme::for_scheme(r, dark);
                    web::paint_canvas(&el, w, placed.height, r, |area| {
                        let _ = charts::draw(area, &placed, &theme, selected);
                    });
                }
            };
            if painted.replace((w, r, dark)) == (w, r, dark) {
                web::after_next_paint(paint);
            } else {
                paint();
            }
        });
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

    html! {
        <canvas
            ref={canvas}
            class="chart-canvas"
            style={format!("height:{}px", height.round() as u32)}
            role="img"
            aria-label={format::chart_words(props.chart, lang).title}
            aria-describedby={props.described_by.clone()}
            {onclick}
        />
    }
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
    match web::canvas_text_measure(canvas, FONT_FAMILY, ratio) {
        Some(measure) => charts::layout_with(chart, &ARTICLE, width, lang, &measure),
        None => charts::layout(chart, &ARTICLE, width, lang),
    }
}
