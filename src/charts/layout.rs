//! Placed marks and labels of one chart, in CSS pixels, before any drawing.

use crate::model::FigureIx;

/// An axis-aligned box in CSS pixels, origin top left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Rect { x, y, w, h }
    }

    /// Whether the two boxes share any area (touching edges, within a hundredth of a pixel,
    /// do not count): how label collisions are told, natively and in the browser.
    pub fn overlaps(&self, other: &Rect) -> bool {
        let apart = self.x + self.w <= other.x + 0.01
            || other.x + other.w <= self.x + 0.01
            || self.y + self.h <= other.y + 0.01
            || other.y + other.h <= self.y + 0.01;
        !apart
    }

    /// Whether the point lies within the box grown by `slop` on every side.
    pub fn contains(&self, x: f64, y: f64, slop: f64) -> bool {
        x >= self.x - slop
            && x <= self.x + self.w + slop
            && y >= self.y - slop
            && y <= self.y + self.h + slop
    }

    fn distance_to_centre(&self, x: f64, y: f64) -> f64 {
        let (cx, cy) = (self.x + self.w / 2.0, self.y + self.h / 2.0);
        (cx - x).hypot(cy - y)
    }
}

/// The role of a colour; the theme turns it into a colour for light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// A value the article states.
    Primary,
    /// A value the chart derives (last year's from the growth), or the lesser series.
    Derived,
    /// The whole a part is laid over (tasks planned, 339 cities), tile backgrounds.
    Track,
    Text,
    Soft,
    Rule,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

/// A bar, slot or tile that stands for one figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub figure: FigureIx,
    pub rect: Rect,
    pub ink: Ink,
}

/// A line of text, vertically centred on `y`. `figure` makes it part of that figure's mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub bold: bool,
    pub align: Align,
    pub ink: Ink,
    pub figure: Option<FigureIx>,
    /// Set on a dark mark: when its figure is selected it turns light, not the selection colour.
    pub inside: bool,
    /// The width the layout measured the text at and left room for, in CSS pixels.
    pub w: f64,
}

impl Label {
    /// A left-aligned label of no figure: titles, notes, sources.
    pub fn plain(text: String, x: f64, y: f64, size: f64, bold: bool, ink: Ink) -> Label {
        let w = text_width(&text, size);
        Label {
            text,
            x,
            y,
            size,
            bold,
            align: Align::Start,
            ink,
            figure: None,
            inside: false,
            w,
        }
    }

    /// The box the layout gave the text: its measured width, [`BOX`] × its size high.
    pub fn bounds(&self) -> Rect {
        let w = self.w;
        let x = match self.align {
            Align::Start => self.x,
            Align::Middle => self.x - w / 2.0,
            Align::End => self.x - w,
        };
        Rect::new(x, self.y - self.size * BOX / 2.0, w, self.size * BOX)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub points: Vec<(f64, f64)>,
    pub ink: Ink,
    pub width: f64,
}

/// Everything one chart draws, at one width.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub marks: Vec<Mark>,
    pub labels: Vec<Label>,
    pub lines: Vec<Line>,
}

/// How far outside a mark a tap still counts, in CSS pixels: fingers are wider than bars.
pub const TOUCH_SLOP: f64 = 6.0;

impl Layout {
    /// The figure under a point (CSS pixels): the topmost mark that contains it, else a
    /// figure's label, else the nearest mark within [`TOUCH_SLOP`].
    pub fn hit(&self, x: f64, y: f64) -> Option<FigureIx> {
        if let Some(m) = self.marks.iter().rev().find(|m| m.rect.contains(x, y, 0.0)) {
            return Some(m.figure);
        }
        if let Some(l) = self
            .labels
            .iter()
            .rev()
            .find(|l| l.figure.is_some() && l.bounds().contains(x, y, 2.0))
        {
            return l.figure;
        }
        self.marks
            .iter()
            .filter(|m| m.rect.contains(x, y, TOUCH_SLOP))
            .min_by(|a, b| {
                a.rect
                    .distance_to_centre(x, y)
                    .total_cmp(&b.rect.distance_to_centre(x, y))
            })
            .map(|m| m.figure)
    }

    /// Where a figure is drawn: its marks, or failing that its labels.
    pub fn place_of(&self, figure: FigureIx) -> Option<Rect> {
        self.marks
            .iter()
            .find(|m| m.figure == figure)
            .map(|m| m.rect)
            .or_else(|| {
                self.labels
                    .iter()
                    .find(|l| l.figure == Some(figure))
                    .map(Label::bounds)
            })
    }
}

/// Line height as a multiple of the text size.
pub const LINE: f64 = 1.4;
/// A label's box height as a multiple of its size: taller than any glyph, a tenth of an em
/// shorter than a line, so that lines stay apart after the canvas rounds them to pixels.
pub const BOX: f64 = 1.3;

/// How wide a line of text is drawn, in CSS pixels, at a size and weight: `(text, size, bold)`.
/// The browser passes the canvas's own `measureText`; the native and SVG paths use
/// [`text_width`], which is never narrower than what a browser draws.
pub type Measure<'a> = &'a dyn Fn(&str, f64, bool) -> f64;

/// Advance widths of ASCII 32–126 in thousandths of an em, bold: per character the widest of
/// the chart's font (Noto Sans CJK SC), DejaVu Sans and their bold cuts, as Chromium's
/// `measureText` gave them. A ceiling for the Latin of PingFang, YaHei and Noto alike.
const ASCII_WIDTHS: [u16; 95] = [
    349, 457, 574, 838, 696, 1002, 873, 325, 458, 458, 523, 838, 380, 416, 380, 392, 696, 696, 696,
    696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 581, 1007, 774, 763, 734, 831, 684,
    684, 821, 837, 373, 568, 775, 638, 996, 837, 851, 733, 851, 771, 721, 683, 813, 774, 1104, 771,
    725, 726, 458, 392, 458, 838, 567, 626, 675, 716, 593, 716, 679, 436, 716, 712, 343, 343, 666,
    343, 1042, 712, 688, 716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838,
];

/// The same for the regular cuts only: text that is not bold.
const ASCII_WIDTHS_REGULAR: [u16; 95] = [
    318, 401, 474, 838, 637, 951, 780, 278, 391, 391, 500, 838, 318, 361, 318, 392, 637, 637, 637,
    637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 531, 1000, 685, 687, 699, 771, 632,
    576, 775, 752, 295, 535, 656, 558, 863, 749, 788, 633, 788, 695, 635, 611, 732, 685, 989, 686,
    611, 686, 391, 392, 391, 838, 559, 606, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580,
    284, 975, 634, 612, 635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838,
];

fn width_by(table: &[u16; 95], text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c as u32 {
            32..=126 => f64::from(table[c as usize - 32]) / 1000.0,
            _ => 1.0,
        })
        .sum::<f64>()
        * size
}

/// A conservative width of a line of text at `size` px, bold or not: ASCII from
/// [`ASCII_WIDTHS`], everything else (CJK, full-width punctuation, ≈ ≤ ÷) one em. Layouts made
/// with it leave at least the room a browser needs, so the SVG pictures never collide either.
pub fn text_width(text: &str, size: f64) -> f64 {
    width_by(&ASCII_WIDTHS, text, size)
}

/// The conservative widths as a [`Measure`], by weight.
pub fn conservative_width(text: &str, size: f64, bold: bool) -> f64 {
    if bold {
        text_width(text, size)
    } else {
        width_by(&ASCII_WIDTHS_REGULAR, text, size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ix(i: usize) -> FigureIx {
        FigureIx::baked(i)
    }

    fn mark(figure: usize, x: f64) -> Mark {
        Mark {
            figure: ix(figure),
            rect: Rect::new(x, 10.0, 20.0, 10.0),
            ink: Ink::Primary,
        }
    }

    #[test]
    fn hit_prefers_the_topmost_mark_then_labels_then_the_nearest_within_slop() {
        let mut layout = Layout {
            marks: vec![mark(1, 0.0), mark(2, 10.0)],
            ..Layout::default()
        };
        layout.labels.push(Label {
            text: "全省第一".into(),
            x: 100.0,
            y: 50.0,
            size: 13.0,
            bold: false,
            align: Align::Start,
            ink: Ink::Text,
            figure: Some(ix(7)),
            inside: false,
            w: 52.0,
        });
        assert_eq!(
            layout.hit(15.0, 15.0),
            Some(ix(2)),
            "later marks are drawn on top"
        );
        assert_eq!(layout.hit(5.0, 15.0), Some(ix(1)));
        assert_eq!(layout.hit(110.0, 50.0), Some(ix(7)));
        assert_eq!(layout.hit(33.0, 15.0), Some(ix(2)), "within touch slop");
        assert_eq!(layout.hit(15.0, 40.0), None);
    }

    #[test]
    fn text_width_counts_cjk_as_full_width_and_latin_by_its_widest_cut() {
        assert_eq!(text_width("衡阳", 10.0), 20.0);
        assert!((text_width("1551", 10.0) - 27.84).abs() < 1e-9);
        assert!(text_width("W", 10.0) > text_width("i", 10.0) * 3.0);
    }
}
