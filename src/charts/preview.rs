//! The social preview image (1200×630): headline, the key numbers and the chart that
//! `content/page.toml` names, drawn by the same layout and drawing code as the page's charts.

use super::layout::{Ink, Label, Layout, Line};
use super::{draw, forms, Theme};
use crate::format;
use crate::i18n::Lang;
use crate::model::{Article, Page};
use plotters::coord::Shift;
use plotters::prelude::*;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The left half: kicker, headline in two lines, key numbers, source.
fn front(article: &Article, page_content: &Page) -> Layout {
    let mut page = Layout {
        width: f64::from(WIDTH),
        height: f64::from(HEIGHT),
        ..Layout::default()
    };
    let mut text = |text: String, x: f64, y: f64, size: f64, bold: bool, ink: Ink| {
        page.labels.push(Label::plain(text, x, y, size, bold, ink));
    };
    text(
        page_content.publication.brand_zh.into(),
        64.0,
        70.0,
        24.0,
        true,
        Ink::Primary,
    );
    // The title's two halves, split at its space, one a line.
    let (first, second) = article.title.split_once(' ').unwrap_or((article.title, ""));
    text(first.into(), 64.0, 150.0, 64.0, true, Ink::Text);
    text(second.into(), 64.0, 230.0, 64.0, true, Ink::Text);
    for (k, &i) in page_content.preview_figures.iter().enumerate() {
        let f = &article.figures[i];
        let y = 330.0 + k as f64 * 84.0;
        text(f.text.into(), 64.0, y, 40.0, true, Ink::Primary);
        text(f.label_zh.into(), 64.0, y + 36.0, 20.0, false, Ink::Soft);
    }
    page.lines.push(Line {
        points: vec![(64.0, 585.0), (560.0, 585.0)],
        ink: Ink::Rule,
        width: 1.0,
    });
    text(
        crate::i18n::preview_foot(Lang::Zh, article.figures.len()),
        64.0,
        606.0,
        18.0,
        false,
        Ink::Soft,
    );
    page
}

/// Draws the preview on `area`, which should be `WIDTH` × `HEIGHT` pixels.
pub fn draw_preview<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    article: &Article,
    page_content: &Page,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    draw(
        area,
        &front(article, page_content),
        &Theme::light(1.0),
        None,
    )?;
    let Some(chart) = article.charts.get(page_content.preview_chart) else {
        return Ok(());
    };
    // The chart at 1.6× its page size, in the right-hand column.
    let scale = 1.6;
    let placed = forms::layout(chart, article, 330.0, Lang::Zh);
    let (w, h) = (placed.width * scale, placed.height * scale);
    let (x, y) = (640.0, (f64::from(HEIGHT) - h) / 2.0 + 20.0);
    let column = area
        .clone()
        .shrink((x as i32, y as i32), (w as u32, h as u32));
    draw(&column, &placed, &Theme::light(scale), None)?;
    let title = Label::plain(
        format::chart_words(chart, Lang::Zh).title.into(),
        0.0,
        20.0,
        22.0,
        true,
        Ink::Text,
    );
    let heading = Layout {
        width: w,
        height: 40.0,
        labels: vec![title],
        ..Layout::default()
    };
    let above = area
        .clone()
        .shrink((x as i32, (y - 48.0) as i32), (w as u32, 40));
    draw(&above, &heading, &Theme::light(1.0), None)?;
    Ok(())
}
