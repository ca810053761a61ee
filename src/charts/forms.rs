//! One layout function a chart form: where each mark and label of a chart goes, at a given
//! width, in CSS pixels. Heights do not depend on the width, so the page can reserve each
//! chart's box before anything is drawn.

use super::derived::{approximate, last_year, ratio_text, share};
use super::layout::{text_width, Align, Ink, Label, Layout, Line, Mark, Rect};
use crate::format;
use crate::i18n::{Lang, Ui};
use crate::model::{Article, Chart, Figure, Form};

/// Label text size in CSS pixels; never below the page's 12 px floor.
const TEXT: f64 = 13.0;
const SMALL: f64 = 12.0;
const BIG: f64 = 24.0;
/// Height of one extra note line under the graphic.
const EXTRA: f64 = 26.0;
const TOP: f64 = 6.0;
const BOTTOM: f64 = 8.0;

fn row_height(form: Form) -> f64 {
    match form {
        Form::Bars => 48.0,
        Form::Growth => 96.0,
        Form::Progress => 78.0,
        Form::Funnel => 56.0,
        Form::Ranks => 54.0,
        Form::Tiles => 82.0,
    }
}

fn graphic_rows(chart: &Chart) -> usize {
    match chart.form {
        Form::Tiles => chart.rows.len().div_ceil(2),
        _ => chart.rows.len(),
    }
}

/// The chart's height in CSS pixels, the same at every width.
pub fn height(chart: &Chart) -> f64 {
    let ratio = if chart.ratio { EXTRA } else { 0.0 };
    TOP + graphic_rows(chart) as f64 * row_height(chart.form)
        + ratio
        + chart.extras.len() as f64 * EXTRA
        + BOTTOM
}

/// Places every mark and label of `chart` for a canvas `width` CSS pixels wide, its words in
/// `lang`.
pub fn layout(chart: &Chart, article: &Article, width: f64, lang: Lang) -> Layout {
    let mut out = Placer {
        article,
        lang,
        layout: Layout {
            width,
            height: height(chart),
            ..Layout::default()
        },
    };
    let top = TOP;
    let bottom = match chart.form {
        Form::Bars => out.bars(chart, top),
        Form::Growth => out.growth(chart, top),
        Form::Progress => out.progress(chart, top),
        Form::Funnel => out.funnel(chart, top),
        Form::Ranks => out.ranks(chart, top),
        Form::Tiles => out.tiles(chart, top),
    };
    out.extras(chart, bottom);
    out.layout
}

struct Placer<'a> {
    article: &'a Article,
    lang: Lang,
    layout: Layout,
}

impl Placer<'_> {
    fn fig(&self, i: usize) -> &'static Figure {
        &self.article.figures[i]
    }

    fn ui(&self) -> &'static Ui {
        self.lang.ui()
    }

    /// What figure `i` measures, in the interface's language.
    fn name(&self, i: usize) -> &'static str {
        format::label(self.fig(i), self.lang)
    }

    /// Figure `i` as the interface writes it.
    fn text(&self, i: usize) -> String {
        format::figure_text(self.fig(i), self.lang)
    }

    /// A derived value in figure `like`'s unit: `约127.67万人次`, `≈ 1,276,701 visits`.
    fn approximate(&self, value: f64, like: usize) -> String {
        approximate(value, self.fig(like), self.lang)
    }

    fn value(&self, i: usize) -> f64 {
        self.fig(i).value.unwrap_or(0.0)
    }

    fn width(&self) -> f64 {
        self.layout.width
    }

    /// Places a label; one too wide for the canvas is set smaller (not below 12 px), then cut
    /// with an ellipsis: the mark buttons and data table carry it whole.
    fn put(&mut self, text: impl Into<String>, x: f64, y: f64, style: Style) {
        let mut text: String = text.into();
        let room = match style.align {
            Align::Start => self.width() - x,
            Align::Middle => 2.0 * x.min(self.width() - x),
            Align::End => x,
        };
        let mut size = style.size;
        if text_width(&text, size) > room {
            size = (size * room / text_width(&text, size)).max(SMALL.min(style.size));
        }
        while text_width(&text, size) > room && text.chars().count() > 1 {
            text.pop();
            text.pop();
            text.push('…');
        }
        self.layout.labels.push(Label {
            text,
            x,
            y,
            size,
            bold: style.bold,
            align: style.align,
            ink: style.ink,
            figure: style.figure,
            inside: style.inside,
        });
    }

    fn mark(&mut self, figure: usize, rect: Rect, ink: Ink) {
        self.layout.marks.push(Mark { figure, rect, ink });
    }

    /// Room for the longest of these texts after a bar, so every value label fits.
    fn value_room(&self, texts: impl Iterator<Item = String>) -> f64 {
        texts
            .map(|t| super::layout::text_width(&t, TEXT))
            .fold(0.0, f64::max)
            + 10.0
    }

    /// One bar a row on a shared scale, each labelled above and valued at its end.
    fn bars(&mut self, chart: &Chart, top: f64) -> f64 {
        let rows: Vec<usize> = chart.rows.iter().map(|r| r[0]).collect();
        let max = rows.iter().map(|&f| self.value(f)).fold(0.0, f64::max);
        let room = self.value_room(rows.iter().map(|&f| self.text(f)));
        let span = (self.width() - room).max(40.0);
        let step = row_height(Form::Bars);
        for (r, &f) in rows.iter().enumerate() {
            let y = top + r as f64 * step;
            self.put(self.name(f), 0.0, y + 10.0, Style::text().ink(Ink::Soft));
            let w = (self.value(f) / max * span).max(2.0);
            self.mark(f, Rect::new(0.0, y + 20.0, w, 20.0), Ink::Primary);
            self.put(
                self.text(f),
                w + 6.0,
                y + 30.0,
                Style::text().bold().figure(f),
            );
        }
        let mut bottom = top + rows.len() as f64 * step;
        if chart.ratio {
            let (first, last) = (rows[0], rows[rows.len() - 1]);
            let amount = ratio_text(self.value(last) / self.value(first), self.lang);
            let sentence = format!("{} ÷ {} ≈ {amount}", self.text(last), self.text(first));
            self.put(sentence, 0.0, bottom + 12.0, Style::text().ink(Ink::Soft));
            bottom += EXTRA;
        }
        bottom
    }

    /// This year's value beside last year's, derived as value ÷ (1 + growth).
    fn growth(&mut self, chart: &Chart, top: f64) -> f64 {
        let step = row_height(Form::Growth);
        let ui = self.ui();
        // Room for the year words before the bars: 去年 / 今年, or Last year / This year.
        let key = 12.0
            + [ui.last_year, ui.this_year]
                .map(|w| text_width(w, SMALL))
                .into_iter()
                .fold(0.0, f64::max);
        let room = self.value_room(chart.rows.iter().flat_map(|r| {
            let now = r[0];
            let last = last_year(self.value(now), self.value(r[1]));
            [self.approximate(last, now), self.text(now)]
        }));
        let span = (self.width() - key - room).max(40.0);
        for (r, row) in chart.rows.iter().enumerate() {
            let (now, growth) = (row[0], row[1]);
            let y = top + r as f64 * step;
            let this_year = self.value(now);
            let last = last_year(this_year, self.value(growth));
            self.put(self.name(now), 0.0, y + 10.0, Style::text().bold());
            self.put(
                (ui.year_on_year)(&self.text(growth)),
                self.width(),
                y + 10.0,
                Style::text().bold().align(Align::End).figure(growth),
            );
            let (w_last, w_now) = (last / this_year * span, span);
            self.put(ui.last_year, 0.0, y + 40.0, Style::small().ink(Ink::Soft));
            // Last year's bar is derived from the growth rate: it belongs to that figure.
            self.mark(growth, Rect::new(key, y + 29.0, w_last, 22.0), Ink::Derived);
            self.put(
                self.approximate(last, now),
                key + w_last + 6.0,
                y + 40.0,
                Style::small().ink(Ink::Soft),
            );
            self.put(ui.this_year, 0.0, y + 70.0, Style::small().ink(Ink::Soft));
            self.mark(now, Rect::new(key, y + 59.0, w_now, 22.0), Ink::Primary);
            self.put(
                self.text(now),
                key + w_now + 6.0,
                y + 70.0,
                Style::text().bold().figure(now),
            );
        }
        top + chart.rows.len() as f64 * step
    }

    /// Done laid over planned, with the completion rate stated or derived (done ÷ planned).
    fn progress(&mut self, chart: &Chart, top: f64) -> f64 {
        let step = row_height(Form::Progress);
        let (w, ui) = (self.width(), self.ui());
        for (r, row) in chart.rows.iter().enumerate() {
            let (planned, done) = (row[0], row[1]);
            let y = top + r as f64 * step;
            self.put(self.name(planned), 0.0, y + 10.0, Style::text().bold());
            match row.get(2) {
                Some(&rate) => self.put(
                    (ui.completion)(&self.text(rate)),
                    w,
                    y + 10.0,
                    Style::text().bold().align(Align::End).figure(rate),
                ),
                None => self.put(
                    (ui.completion_derived)(&format::percent(share(
                        self.value(done),
                        self.value(planned),
                    ))),
                    w,
                    y + 10.0,
                    Style::small().align(Align::End).ink(Ink::Soft),
                ),
            }
            self.mark(planned, Rect::new(0.0, y + 24.0, w, 24.0), Ink::Track);
            let part = share(self.value(done), self.value(planned)).min(1.0);
            self.mark(done, Rect::new(0.0, y + 24.0, w * part, 24.0), Ink::Primary);
            self.put(
                (ui.done)(&self.text(done)),
                0.0,
                y + 60.0,
                Style::small().ink(Ink::Soft).figure(done),
            );
            self.put(
                (ui.planned)(&self.text(planned)),
                w,
                y + 60.0,
                Style::small()
                    .ink(Ink::Soft)
                    .align(Align::End)
                    .figure(planned),
            );
        }
        top + chart.rows.len() as f64 * step
    }

    /// Each stage of a pipeline as a bar on one scale, with the rate into it.
    fn funnel(&mut self, chart: &Chart, top: f64) -> f64 {
        let step = row_height(Form::Funnel);
        let max = self.value(chart.rows[0][0]);
        let room = self.value_room(chart.rows.iter().map(|r| self.text(r[0])));
        let span = (self.width() - room).max(40.0);
        for (r, row) in chart.rows.iter().enumerate() {
            let count = row[0];
            let y = top + r as f64 * step;
            self.put(
                self.name(count),
                0.0,
                y + 10.0,
                Style::text().ink(Ink::Soft),
            );
            if let Some(&rate) = row.get(1) {
                self.put(
                    format!("{} {}", self.name(rate), self.text(rate)),
                    self.width(),
                    y + 10.0,
                    Style::text().bold().align(Align::End).figure(rate),
                );
            }
            let w = self.value(count) / max * span;
            self.mark(count, Rect::new(0.0, y + 22.0, w, 24.0), Ink::Primary);
            self.put(
                self.text(count),
                w + 6.0,
                y + 34.0,
                Style::text().bold().figure(count),
            );
        }
        top + chart.rows.len() as f64 * step
    }

    /// Where rankings place the city: three slots (first to third) for provincial ranks, and a
    /// strip of all cities with the top segment marked for a rank out of a count.
    fn ranks(&mut self, chart: &Chart, top: f64) -> f64 {
        let step = row_height(Form::Ranks);
        let (w, ui) = (self.width(), self.ui());
        for (r, row) in chart.rows.iter().enumerate() {
            let y = top + r as f64 * step;
            let rank = row[0];
            let (best, worst) = self.fig(rank).rank.unwrap_or((1, 1));
            match row.get(1) {
                Some(&total) => {
                    let cities = self.value(total);
                    self.put(
                        (ui.out_of)(self.name(rank), &self.text(total)),
                        0.0,
                        y + 10.0,
                        Style::text().ink(Ink::Soft),
                    );
                    self.mark(total, Rect::new(0.0, y + 22.0, w, 24.0), Ink::Track);
                    let part = share(f64::from(worst), cities);
                    self.mark(rank, Rect::new(0.0, y + 22.0, w * part, 24.0), Ink::Primary);
                    self.put(
                        (ui.share_of)(&self.text(rank), &format::percent(part)),
                        w * part + 6.0,
                        y + 34.0,
                        Style::text().bold().figure(rank),
                    );
                }
                None => {
                    self.put(self.name(rank), 0.0, y + 10.0, Style::text().ink(Ink::Soft));
                    let slot = w / 3.0;
                    for place in 1..=3u32 {
                        let x = f64::from(place - 1) * slot;
                        let rect = Rect::new(x + 1.0, y + 22.0, slot - 2.0, 24.0);
                        let held = (best..=worst).contains(&place);
                        if held {
                            let ink = if best == worst {
                                Ink::Primary
                            } else {
                                Ink::Derived
                            };
                            self.mark(rank, rect, ink);
                        } else {
                            self.layout.lines.push(Line {
                                points: vec![
                                    (rect.x, rect.y + rect.h),
                                    (rect.x + rect.w, rect.y + rect.h),
                                ],
                                ink: Ink::Rule,
                                width: 1.0,
                            });
                        }
                        let style = if held {
                            let ink = if best == worst { Ink::Track } else { Ink::Text };
                            Style::text().bold().figure(rank).ink(ink).inside()
                        } else {
                            Style::small().ink(Ink::Rule)
                        };
                        let text = ui.places[place as usize - 1];
                        self.put(text, x + slot / 2.0, y + 34.0, style.align(Align::Middle));
                    }
                }
            }
        }
        top + chart.rows.len() as f64 * step
    }

    /// Key numbers, two to a row.
    fn tiles(&mut self, chart: &Chart, top: f64) -> f64 {
        let step = row_height(Form::Tiles);
        let gap = 8.0;
        let tile_w = (self.width() - gap) / 2.0;
        for (i, row) in chart.rows.iter().enumerate() {
            let f = row[0];
            let (x, y) = ((i % 2) as f64 * (tile_w + gap), top + (i / 2) as f64 * step);
            self.mark(f, Rect::new(x, y, tile_w, step - gap), Ink::Track);
            // Big numbers shrink to fit their tile (English words run longer than 万 and 亿).
            let text = self.text(f);
            let room = tile_w - 24.0;
            let size = (room / super::layout::text_width(&text, 1.0)).clamp(SMALL, BIG);
            self.put(
                text,
                x + 12.0,
                y + 26.0,
                Style::text().size(size).bold().ink(Ink::Primary).figure(f),
            );
            self.put(
                self.name(f),
                x + 12.0,
                y + 52.0,
                Style::small().ink(Ink::Soft).figure(f),
            );
            self.pictogram(
                f,
                Rect::new(x + 12.0, y + step - gap - 10.0, tile_w - 24.0, 4.0),
            );
        }
        top + graphic_rows(chart) as f64 * step
    }

    /// A tile's number made visible along its foot: a percentage as a filled gauge, a small
    /// count (up to ten) as that many blocks.
    fn pictogram(&mut self, f: usize, foot: Rect) {
        let figure = self.fig(f);
        let value = self.value(f);
        if figure.kind == crate::model::Kind::Percent {
            self.layout.lines.push(Line {
                points: vec![(foot.x, foot.y), (foot.x + foot.w, foot.y)],
                ink: Ink::Rule,
                width: 4.0,
            });
            self.layout.lines.push(Line {
                points: vec![(foot.x, foot.y), (foot.x + foot.w * value / 100.0, foot.y)],
                ink: Ink::Primary,
                width: 4.0,
            });
        } else if value.fract() == 0.0 && (1.0..=10.0).contains(&value) {
            let block = 14.0;
            for k in 0..value as usize {
                let x = foot.x + k as f64 * (block + 4.0);
                self.layout.lines.push(Line {
                    points: vec![(x, foot.y), (x + block, foot.y)],
                    ink: Ink::Primary,
                    width: 4.0,
                });
            }
        }
    }

    /// Related figures as notes under the graphic, each tappable.
    fn extras(&mut self, chart: &Chart, top: f64) {
        for (i, &f) in chart.extras.iter().enumerate() {
            let y = top + i as f64 * EXTRA + EXTRA / 2.0;
            // A claim without a number is its label: say it once.
            let (name, text) = (self.name(f), self.text(f));
            let line = if text == name {
                format!("· {name}")
            } else {
                (self.ui().note_line)(name, &text)
            };
            self.put(line, 0.0, y, Style::text().figure(f));
        }
    }
}

/// How a label is set; built up from `text()` or `small()`.
#[derive(Clone, Copy)]
struct Style {
    size: f64,
    bold: bool,
    align: Align,
    ink: Ink,
    figure: Option<usize>,
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

    fn figure(self, figure: usize) -> Self {
        Style {
            figure: Some(figure),
            ..self
        }
    }
}
