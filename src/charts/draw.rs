//! Paints a [`Layout`] on any plotters backend. It only maps placed marks to plotters elements,
//! scaled to device pixels; where things go was decided in `forms`.

use super::layout::{Align, Ink, Layout, Rect};
use super::theme::{Theme, FONT_FAMILY};
use crate::model::FigureIx;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

/// Draws `layout` filling `area`, with the marks of `selected` figures in the selection colour.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &Layout,
    theme: &Theme,
    selected: Option<FigureIx>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    draw_focused(area, layout, theme, selected, None)
}

/// How far the keyboard's focus ring stands outside its mark, and its width, in CSS pixels.
pub const FOCUS_GAP: f64 = 3.0;
pub const FOCUS_WIDTH: f64 = 2.0;

/// [`draw`], with the marks of the `focused` figure (the mark the keyboard is on) ringed in the
/// text colour, [`FOCUS_GAP`] outside them: a sighted keyboard reader sees where the arrows are.
pub fn draw_focused<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &Layout,
    theme: &Theme,
    selected: Option<FigureIx>,
    focused: Option<FigureIx>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let s = theme.scale;
    let px = |v: f64| (v * s).round() as i32;
    let corners = |r: &Rect| [(px(r.x), px(r.y)), (px(r.x + r.w), px(r.y + r.h))];
    let p = &theme.palette;

    area.fill(&p.paper)?;
    for mark in &layout.marks {
        let chosen = selected == Some(mark.figure);
        let fill = match (chosen, mark.ink) {
            (true, Ink::Track) => p.selected_soft,
            (true, _) => p.selected,
            (false, ink) => theme.ink(ink),
        };
        area.draw(&Rectangle::new(corners(&mark.rect), fill.filled()))?;
        let hollow = p.hollow && matches!(mark.ink, Ink::Derived | Ink::Track);
        if chosen || hollow {
            let colour = if chosen { p.selected } else { p.text };
            let outline = ShapeStyle::from(colour).stroke_width(px(2.0) as u32);
            area.draw(&Rectangle::new(corners(&mark.rect), outline))?;
        }
    }
    // The ring stays inside the drawing (a mark at its edge is ringed on the inner side).
    let (w, h) = area.dim_in_pixel();
    let stroke = px(FOCUS_WIDTH).max(1);
    let inset = (stroke + 1) / 2;
    // What stands for the focused figure: its own marks; else its words (a key number, a note,
    // a growth rate beside its bars); else the marks derived from it (last year's bar, which
    // a growth rate alone gives).
    let mine = |derived: bool| -> Vec<Rect> {
        layout
            .marks
            .iter()
            .filter(|m| Some(m.figure) == focused && (m.ink == Ink::Derived) == derived)
            .map(|m| m.rect)
            .collect()
    };
    let words = || -> Vec<Rect> {
        layout
            .labels
            .iter()
            .filter(|l| focused.is_some() && l.figure == focused)
            .map(|l| l.bounds())
            .collect()
    };
    let mut boxes = mine(false);
    if boxes.is_empty() {
        boxes = words();
    }
    if boxes.is_empty() {
        boxes = mine(true);
    }
    for rect in &boxes {
        let [(x0, y0), (x1, y1)] = corners(rect);
        let gap = px(FOCUS_GAP);
        let ring = [
            ((x0 - gap).max(inset), (y0 - gap).max(inset)),
            (
                (x1 + gap).min(w as i32 - inset),
                (y1 + gap).min(h as i32 - inset),
            ),
        ];
        let style = ShapeStyle::from(p.text).stroke_width(stroke as u32);
        area.draw(&Rectangle::new(ring, style))?;
    }
    for line in &layout.lines {
        let points: Vec<(i32, i32)> = line.points.iter().map(|&(x, y)| (px(x), px(y))).collect();
        let style =
            ShapeStyle::from(theme.ink(line.ink)).stroke_width(px(line.width).max(1) as u32);
        area.draw(&PathElement::new(points, style))?;
    }
    for label in &layout.labels {
        let chosen = selected.is_some() && label.figure == selected;
        let colour = match (chosen, label.inside) {
            (true, true) => p.paper,
            (true, false) => p.selected,
            (false, _) => theme.ink(label.ink),
        };
        let weight = if label.bold || chosen {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        let h = match label.align {
            Align::Start => HPos::Left,
            Align::Middle => HPos::Center,
            Align::End => HPos::Right,
        };
        let font = FontDesc::new(FontFamily::Name(FONT_FAMILY), label.size * s, weight);
        let style = TextStyle::from(font)
            .color(&colour)
            .pos(Pos::new(h, VPos::Center));
        area.draw(&Text::new(
            label.text.as_str(),
            (px(label.x), px(label.y)),
            style,
        ))?;
    }
    // Not `present()`: the SVG backend would close the document, and a caller may draw more
    // layouts on the same backend (the social preview does). Backends present when dropped.
    Ok(())
}
