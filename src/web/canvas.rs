//! A plotters drawing backend on a `<canvas>` 2D context: the charts' `draw` paints through it
//! in the browser, as it paints through the SVG backend natively.
//!
//! It does what plotters-canvas does, but writes colours and font sizes with integer
//! formatting only: plotters-canvas formats an `f64` for every colour and font, which puts
//! Rust's float printing (about 11 KB of WASM) into the first load. Like plotters-canvas, it
//! draws 1:1 in backing-store pixels; callers scale their sizes by the pixel ratio.

use plotters::backend::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};
use std::fmt;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub struct CanvasPainter {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
}

/// A call the canvas refused (it never happens with the shapes the charts draw).
#[derive(Debug)]
pub struct CanvasRefused;

impl fmt::Display for CanvasRefused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the canvas refused a drawing call")
    }
}

impl std::error::Error for CanvasRefused {}

type Drawn = Result<(), DrawingErrorKind<CanvasRefused>>;

fn refused<T>(_: T) -> DrawingErrorKind<CanvasRefused> {
    DrawingErrorKind::DrawingError(CanvasRefused)
}

impl CanvasPainter {
    /// The painter for `canvas`, or `None` where it has no 2D context.
    pub fn new(canvas: HtmlCanvasElement) -> Option<Self> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(CanvasPainter { canvas, context })
    }

    fn stroke_with(&self, style: &impl BackendStyle) {
        self.context
            .set_stroke_style_str(&css_colour(style.color()));
        self.context.set_line_width(f64::from(style.stroke_width()));
    }

    fn fill_with(&self, colour: BackendColor) {
        self.context.set_fill_style_str(&css_colour(colour));
    }

    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) -> bool {
        let mut points = points.into_iter();
        self.context.begin_path();
        let Some((x, y)) = points.next() else {
            return false;
        };
        self.context.move_to(f64::from(x), f64::from(y));
        for (x, y) in points {
            self.context.line_to(f64::from(x), f64::from(y));
        }
        true
    }
}

/// `rgba(196,78,0,0.750)`, the alpha in thousandths, written without float formatting.
fn css_colour(colour: BackendColor) -> String {
    let (r, g, b) = colour.rgb;
    let milli = (colour.alpha.clamp(0.0, 1.0) * 1000.0).round() as u32;
    format!("rgba({r},{g},{b},{}.{:03})", milli / 1000, milli % 1000)
}

impl DrawingBackend for CanvasPainter {
    type ErrorType = CanvasRefused;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, colour: BackendColor) -> Drawn {
        if colour.alpha > 0.0 {
            self.fill_with(colour);
            self.context.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        // Horizontal and vertical lines on the half pixel, so a 1-pixel rule is not blurred
        // across two rows.
        let (mut a, mut b) = (
            (f64::from(from.0), f64::from(from.1)),
            (f64::from(to.0), f64::from(to.1)),
        );
        if from.0 == to.0 {
            a.0 -= 0.5;
            b.0 -= 0.5;
        }
        if from.1 == to.1 {
            a.1 -= 0.5;
            b.1 -= 0.5;
        }
        self.stroke_with(style);
        self.context.begin_path();
        self.context.move_to(a.0, a.1);
        self.context.line_to(b.0, b.1);
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y, w, h) = (
            f64::from(x0),
            f64::from(y0),
            f64::from(x1 - x0),
            f64::from(y1 - y0),
        );
        if fill {
            self.fill_with(style.color());
            self.context.fill_rect(x, y, w, h);
        } else {
            self.stroke_with(style);
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 && self.trace(path) {
            self.stroke_with(style);
            self.context.stroke();
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 && self.trace(vertices) {
            self.context.close_path();
            self.fill_with(style.color());
            self.context.fill();
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.context.begin_path();
        self.context
            .arc(
                f64::from(x),
                f64::from(y),
                f64::from(radius),
                0.0,
                std::f64::consts::TAU,
            )
            .map_err(refused)?;
        if fill {
            self.fill_with(style.color());
            self.context.fill();
        } else {
            self.stroke_with(style);
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        (x, y): BackendCoord,
    ) -> Drawn {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        let turn = match style.transform() {
            FontTransform::None => 0,
            FontTransform::Rotate90 => 1,
            FontTransform::Rotate180 => 2,
            FontTransform::Rotate270 => 3,
        };
        let (x, y) = if turn == 0 {
            (f64::from(x), f64::from(y))
        } else {
            self.context.save();
            self.context
                .translate(f64::from(x), f64::from(y))
                .map_err(refused)?;
            self.context
                .rotate(f64::from(turn) * std::f64::consts::FRAC_PI_2)
                .map_err(refused)?;
            (0.0, 0.0)
        };
        self.context.set_text_baseline(match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        self.context.set_text_align(match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        self.fill_with(colour);
        // The size as the layout measured it (`font_px`): rounded to whole pixels, a 13 px
        // label at pixel ratio 1.5 was drawn at 20 px for 19.5 measured, and spilled.
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            font_px(style.size().max(1.0)),
            style.family().as_str()
        ));
        let drawn = self.context.fill_text(text, x, y).map_err(refused);
        if turn != 0 {
            self.context.restore();
        }
        drawn
    }
}

/// A font size in backing pixels as CSS writes it, to the hundredth: the painter and the
/// measure (`web::canvas_text_measure`) set the same font. Integers only: formatting an f64
/// would pull float printing into the WASM.
pub fn font_px(size: f64) -> String {
    let hundredths = (size * 100.0).round() as u64;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

#[cfg(test)]
mod tests {
    use super::{css_colour, font_px};

    #[test]
    fn font_sizes_keep_their_hundredths() {
        assert_eq!(font_px(19.5), "19.50");
        assert_eq!(font_px(34.125), "34.13");
        assert_eq!(font_px(13.0), "13.00");
    }
    use plotters_backend::BackendColor;

    #[test]
    fn colours_are_written_with_integer_formatting() {
        let c = |alpha, rgb| css_colour(BackendColor { alpha, rgb });
        assert_eq!(c(1.0, (11, 79, 138)), "rgba(11,79,138,1.000)");
        assert_eq!(c(0.25, (196, 78, 0)), "rgba(196,78,0,0.250)");
        assert_eq!(c(2.0, (0, 0, 0)), "rgba(0,0,0,1.000)");
    }
}
