//! One layout function a chart form: where each mark and label of a chart goes, at a given
//! width, in CSS pixels. Text is measured where it is drawn (the caller passes a [`Measure`]),
//! and a label that does not fit is wrapped or moved below, never cut. A chart's height steps
//! with the width, band by band ([`BANDS`]): in each band it is the height the chart needs at
//! the band's narrowest in its language, so the page can reserve each chart's box before
//! anything is drawn (a style rule a band, `chart_canvas::height_rules`).

use super::layout::{
    conservative_width, Align, Ink, Label, Layout, Line, Mark, Measure, Rect, LINE,
};
use crate::i18n::{Lang, Ui};
use crate::model::{Article, Chart, Figure, FigureIx, Form};
use crate::{format, kinsoku};

mod kinds;

/// Label text size in CSS pixels; never below the page's 12 px floor.
const TEXT: f64 = 13.0;
const SMALL: f64 = 12.0;
/// A chart's headline number, and the key numbers of a list.
const BIG: f64 = 24.0;
const NUMBER: f64 = 20.0;
const BOTTOM: f64 = 8.0;
/// Space between a row's words and its bar, and between rows.
const GAP: f64 = 4.0;
const ROW_GAP: f64 = 12.0;
/// The lighter stub after a bar whose value is a lower bound: "and more".
const OPEN_END: f64 = 16.0;
/// The narrowest canvas a chart is laid out for: its height is what it needs there.
pub const NARROWEST: f64 = 280.0;

/// The canvas widths (CSS pixels, narrowest first) from which a chart's height steps down to
/// what it needs there: the narrowest, then the widths the chart box takes on common screens,
/// which are its pictures' widths (`picture::WIDTHS`), so a picture fits its box exactly. One
/// height for every width would leave English charts, whose words wrap far less on a wider
/// canvas, up to 178 px of empty paper under their marks.
pub const BANDS: [f64; 7] = [NARROWEST, 320.0, 350.0, 372.0, 420.0, 656.0, 720.0];

/// The band a canvas `width` CSS pixels wide falls in: the widest of [`BANDS`] not wider than
/// it (the narrowest for anything narrower).
pub fn band(width: f64) -> f64 {
    BANDS
        .iter()
        .rev()
        .copied()
        .find(|b| *b <= width)
        .unwrap_or(NARROWEST)
}

/// The chart's height in CSS pixels for a canvas `width` wide, in `lang`, the same across the
/// width's band: what its words need at the band's narrowest width with the conservative
/// metrics (a browser's real text is never wider, and wider canvases wrap less, so no layout in
/// the band needs more).
pub fn height_at(chart: &Chart, article: &Article, width: f64, lang: Lang) -> f64 {
    place(chart, article, band(width), lang, &conservative_width)
        .1
        .ceil()
}

/// The chart's greatest height in `lang`: its height at [`NARROWEST`], what an embed reserves
/// before it reports its own.
pub fn height(chart: &Chart, article: &Article, lang: Lang) -> f64 {
    height_at(chart, article, NARROWEST, lang)
}

/// Places every mark and label of `chart` for a canvas `width` CSS pixels wide, its words in
/// `lang`, measured with the conservative metrics (native and SVG drawing).
pub fn layout(chart: &Chart, article: &Article, width: f64, lang: Lang) -> Layout {
    layout_with(chart, article, width, lang, &conservative_width)
}

/// As [`layout`], with text measured by `measure` (the canvas's `measureText` in the browser).
pub fn layout_with(
    chart: &Chart,
    article: &Article,
    width: f64,
    lang: Lang,
    measure: Measure<'_>,
) -> Layout {
    let (mut placed, _) = place(chart, article, width, lang, measure);
    placed.height = height_at(chart, article, width, lang);
    placed
}

/// The layout and the bottom of what it placed.
fn place(
    chart: &Chart,
    article: &Article,
    width: f64,
    lang: Lang,
    measure: Measure<'_>,
) -> (Layout, f64) {
    let mut out = Placer {
        article,
        lang,
        measure,
        layout: Layout {
            width,
            ..Layout::default()
        },
    };
    let top = GAP;
    let bottom = match chart.form {
        Form::Bars => out.bars(chart, top),
        Form::Growth => out.growth(chart, top),
        Form::Funnel => out.funnel(chart, top),
        Form::Breakdown => out.breakdown(chart, top),
        Form::Ranks => out.ranks(chart, top),
        Form::Tiles => out.tiles(chart, top),
    };
    let bottom = out.extras(chart, bottom) + BOTTOM;
    (out.layout, bottom)
}

struct Placer<'a> {
    article: &'a Article,
    lang: Lang,
    measure: Measure<'a>,
    layout: Layout,
}

/// Signs that stay with the number after them (`≤ 8.4%`), and dashes that join two numbers.
const SIGNS: &str = "≈≤≥·=−÷";
const DASHES: &str = "—–";

/// Where a line may break: the text cut into pieces, each with whether a space precedes it.
/// Latin words and numbers stay whole, a number keeps the unit character after it, and
/// punctuation stays with the text it belongs to ([`kinsoku`]).
pub(crate) fn pieces(text: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut space = false;
    for c in text.chars() {
        if c == ' ' {
            space = true;
            continue;
        }
        let join = match out.last() {
            None => false,
            Some((piece, _)) => {
                let last = piece.chars().last().unwrap_or(' ');
                if space {
                    SIGNS.contains(last)
                } else {
                    (c.is_ascii() && last.is_ascii())
                        || !kinsoku::may_start_line(c)
                        || !kinsoku::may_end_line(last)
                        || DASHES.contains(c)
                        || DASHES.contains(last)
                        || (!c.is_ascii() && (last.is_ascii_digit() || last == '%'))
                }
            }
        };
        match out.last_mut() {
            Some((piece, _)) if join => {
                if space {
                    piece.push(' ');
                }
                piece.push(c);
            }
            _ => out.push((c.to_string(), space)),
        }
        space = false;
    }
    out
}

impl Placer<'_> {
    fn fig(&self, i: FigureIx) -> &'static Figure {
        &self.article.figures[i]
    }

    fn ui(&self) -> &'static Ui {
        self.lang.ui()
    }

    /// What figure `i` measures, in the interface's language.
    fn name(&self, i: FigureIx) -> &'static str {
        format::label(self.fig(i), self.lang)
    }

    /// Figure `i` as a chart writes it, its bound said: `300亿元以上`, `at least 80%`.
    fn text(&self, i: FigureIx) -> String {
        format::chart_text(self.fig(i), self.lang)
    }

    fn value(&self, i: FigureIx) -> f64 {
        self.fig(i).value.unwrap_or(0.0)
    }

    fn bounded(&self, i: FigureIx) -> bool {
        self.fig(i).bound.is_lower()
    }

    fn width(&self) -> f64 {
        self.layout.width
    }

    fn measure(&self, text: &str, style: Style) -> f64 {
        (self.measure)(text, style.size, style.bold)
    }

    /// Places one line of text, vertically centred on `y`, with the width it measures.
    fn label(&mut self, text: String, x: f64, y: f64, style: Style) -> f64 {
        let w = self.measure(&text, style);
        self.layout.labels.push(Label {
            text,
            x,
            y,
            size: style.size,
            bold: style.bold,
            align: style.align,
            ink: style.ink,
            figure: style.figure,
            inside: style.inside,
            w,
        });
        w
    }

    /// `text` broken into lines no wider than `room` where it may break.
    fn lines(&self, text: &str, room: f64, style: Style) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for (piece, space) in pieces(text) {
            let mut wider = line.clone();
            if space && !line.is_empty() {
                wider.push(' ');
            }
            wider.push_str(&piece);
            if !line.is_empty() && self.measure(&wider, style) > room {
                lines.push(std::mem::replace(&mut line, piece));
            } else {
                line = wider;
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// Places `text` from `top` down, wrapped within `room` (from `x`, or ending at `x` for
    /// end-aligned text), set smaller (not below 12 px) only if a single word is too wide.
    /// Returns the height used.
    fn para(&mut self, text: &str, x: f64, top: f64, room: f64, style: Style) -> f64 {
        let mut style = style;
        let mut lines = self.lines(text, room, style);
        while style.size > SMALL && lines.iter().any(|l| self.measure(l, style) > room) {
            style.size = (style.size - 1.0).max(SMALL);
            lines = self.lines(text, room, style);
        }
        let step = style.size * LINE;
        for (k, line) in lines.iter().enumerate() {
            self.label(line.clone(), x, top + step * (k as f64 + 0.5), style);
        }
        step * lines.len() as f64
    }

    /// A row's heading: `left` at the start and `right` at the end of one line when both fit,
    /// else `right` on its own line(s) under `left`. Returns the height used.
    fn heading(&mut self, left: &str, ls: Style, right: Option<(String, Style)>, top: f64) -> f64 {
        let width = self.width();
        let Some((right, rs)) = right else {
            return self.para(left, 0.0, top, width, ls);
        };
        let (lw, rw) = (self.measure(left, ls), self.measure(&right, rs));
        if lw + 12.0 + rw <= width {
            let step = ls.size.max(rs.size) * LINE;
            self.label(left.to_string(), 0.0, top + step / 2.0, ls);
            self.label(right, width, top + step / 2.0, rs.align(Align::End));
            step
        } else {
            let h = self.para(left, 0.0, top, width, ls);
            h + self.para(&right, 0.0, top + h, width, rs.align(Align::Start))
        }
    }

    /// Pieces of text set one after another from `x`, a piece that does not fit starting the
    /// next line. Returns the height used.
    fn flow(&mut self, pieces: Vec<(String, Style)>, x0: f64, top: f64) -> f64 {
        let step = pieces.iter().map(|(_, s)| s.size).fold(0.0, f64::max) * LINE;
        let (mut x, mut line) = (x0, 0.0);
        for (text, style) in pieces {
            let w = self.measure(&text, style);
            if x > x0 && x + w > self.width() {
                (x, line) = (x0, line + 1.0);
            }
            self.label(text, x, top + step * (line + 0.5), style);
            x += w + style.size * 0.4;
        }
        step * (line + 1.0)
    }

    fn mark(&mut self, figure: FigureIx, rect: Rect, ink: Ink) {
        self.layout.marks.push(Mark { figure, rect, ink });
    }

    /// A short thick stroke in `ink`, to key a legend line to the bar.
    fn swatch(&mut self, x: f64, y: f64, ink: Ink) {
        self.layout.lines.push(Line {
            points: vec![(x, y), (x + 12.0, y)],
            ink,
            width: 10.0,
        });
    }

    /// Room for the longest of these texts after a bar, so every value label fits.
    fn value_room(&self, texts: impl Iterator<Item = (String, Style)>) -> f64 {
        texts.map(|(t, s)| self.measure(&t, s)).fold(0.0, f64::max) + 8.0
    }
}

/// How a label is set; built up from `text()` or `small()`.
#[derive(Clone, Copy)]
struct Style {
    size: f64,
    bold: bool,
    align: Align,
    ink: Ink,
    figure: Option<FigureIx>,
    inside: bool,
}

impl Style {
    fn text() -> Self {
        Style {
            size: TEXT,
            bold: false,
            align: Align::Start,
            ink: Ink::Text,
            figure: None,
            inside: false,
        }
    }

    fn small() -> Self {
        Style {
            size: SMALL,
            ..Style::text()
        }
    }

    fn size(self, size: f64) -> Self {
        Style { size, ..self }
    }

    fn bold(self) -> Self {
        Style { bold: true, ..self }
    }

    fn align(self, align: Align) -> Self {
        Style { align, ..self }
    }

    fn ink(self, ink: Ink) -> Self {
        Style { ink, ..self }
    }

    fn inside(self) -> Self {
        Style {
            inside: true,
            ..self
        }
    }

    fn figure(self, figure: FigureIx) -> Self {
        Style {
            figure: Some(figure),
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::pieces;

    fn cut(text: &str) -> Vec<String> {
        pieces(text).into_iter().map(|(p, _)| p).collect()
    }

    #[test]
    fn lines_break_between_words_and_characters_never_inside_numbers_or_before_punctuation() {
        assert_eq!(cut("Holiday visitors"), ["Holiday", "visitors"]);
        assert_eq!(cut("共1215项，"), ["共", "1215项，"]);
        assert_eq!(cut("≤ 8.4%"), ["≤ 8.4%"]);
        assert_eq!(cut("2020—2022年"), ["2020—2022年"]);
        assert_eq!(cut("（推算）"), ["（推", "算）"]);
        assert!(pieces("a b")[1].1, "a space before the second word");
    }
}
