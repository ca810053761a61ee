//! Colours and type for drawing, scaled to the screen: the canvas is drawn in device pixels,
//! so every size in a layout is multiplied by `scale` (the device pixel ratio).

use super::layout::Ink;
use plotters::style::RGBColor;

/// System CJK fonts, as the page uses; single quotes so the list survives SVG attributes.
pub const FONT_FAMILY: &str = "'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', \
     'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub paper: RGBColor,
    pub primary: RGBColor,
    pub derived: RGBColor,
    pub track: RGBColor,
    pub text: RGBColor,
    pub soft: RGBColor,
    pub rule: RGBColor,
    /// The selected figure's mark: vermillion against blue stays apart for every common
    /// colour-vision deficiency (Okabe–Ito).
    pub selected: RGBColor,
    pub selected_soft: RGBColor,
    /// Derived marks and tracks drawn hollow (in their colour, the paper's), outlined in the
    /// text colour: told apart from the solid marks by shape, not hue (the system palette,
    /// whose few colours are the reader's).
    pub hollow: bool,
}

pub const LIGHT: Palette = Palette {
    paper: RGBColor(0xff, 0xfd, 0xf8),
    primary: RGBColor(0x0b, 0x4f, 0x8a),
    derived: RGBColor(0x9c, 0xbb, 0xdb),
    track: RGBColor(0xec, 0xe6, 0xda),
    text: RGBColor(0x1b, 0x1b, 0x1b),
    soft: RGBColor(0x55, 0x55, 0x55),
    rule: RGBColor(0xcf, 0xc6, 0xb4),
    selected: RGBColor(0xc4, 0x4e, 0x00),
    selected_soft: RGBColor(0xfb, 0xe0, 0xc8),
    hollow: false,
};

/// For readers whose system is dark: the page's dark roles, the selection in orange.
pub const DARK: Palette = Palette {
    paper: RGBColor(0x16, 0x18, 0x1c),
    primary: RGBColor(0x6f, 0xa8, 0xe6),
    derived: RGBColor(0x3d, 0x60, 0x87),
    track: RGBColor(0x2a, 0x2d, 0x33),
    text: RGBColor(0xe9, 0xe6, 0xdf),
    soft: RGBColor(0xb8, 0xb3, 0xaa),
    rule: RGBColor(0x55, 0x58, 0x60),
    selected: RGBColor(0xff, 0x8c, 0x42),
    selected_soft: RGBColor(0x4a, 0x2a, 0x12),
    hollow: false,
};

/// For forced colours (Windows high contrast) and `prefers-contrast: more`: the system's own
/// colours, read by the page at run time (`web::chart_palette`). Marks and words in the text
/// colour on the canvas colour, derived marks and tracks hollow (words inside a mark in the
/// canvas colour), rules in the grey-text colour, the selection in the highlight colour.
pub fn system(canvas: RGBColor, text: RGBColor, highlight: RGBColor, gray: RGBColor) -> Palette {
    Palette {
        paper: canvas,
        primary: text,
        derived: canvas,
        track: canvas,
        text,
        soft: text,
        rule: gray,
        selected: highlight,
        selected_soft: highlight,
        hollow: true,
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Device pixels per CSS pixel.
    pub scale: f64,
    pub palette: Palette,
}

impl Theme {
    pub fn light(scale: f64) -> Self {
        Theme {
            scale,
            palette: LIGHT,
        }
    }

    /// The light or dark palette, as the reader's system prefers.
    pub fn for_scheme(scale: f64, dark: bool) -> Self {
        Theme {
            scale,
            palette: if dark { DARK } else { LIGHT },
        }
    }

    pub fn ink(&self, ink: Ink) -> RGBColor {
        let p = &self.palette;
        match ink {
            Ink::Primary => p.primary,
            Ink::Derived => p.derived,
            Ink::Track => p.track,
            Ink::Text => p.text,
            Ink::Soft => p.soft,
            Ink::Rule => p.rule,
        }
    }
}
