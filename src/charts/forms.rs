//! One layout function a chart form: where each mark and label of a chart goes, at a given
//! width, in CSS pixels. Heights do not depend on the width, so the page can reserve each
//! chart's box before anything is drawn.

use super::layout::{Align, Ink, Label, Layout, Line, Mark, Rect};
use crate::format;
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

/// Places every mark and label of `chart` for a canvas `width` CSS pixels wide.
pub fn layout(chart: &Chart, article: &Article, width: f64) -> Layout {
    let mut out = Placer {
        article,
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

/// A value a chart computes from the article's figures rather than reads in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    pub label: String,
    pub text: String,
    pub formula: String,
}

/// Last year's value from this year's and the year-on-year growth in percent.
fn last_year(this_year: f64, growth_percent: f64) -> f64 {
    this_year / (1.0 + growth_percent / 100.0)
}

fn share(part: f64, whole: f64) -> f64 {
    part / whole
}

/// `19.74` → `19.7 倍`; `0.083` → `8.3%`.
fn ratio_text(ratio: f64) -> String {
    if ratio >= 1.0 {
        format!("{} 倍", format::grouped((ratio * 10.0).round() / 10.0))
    } else {
        format::percent(ratio)
    }
}

/// Every value `chart` derives, with the formula that gives it: for its data table and notes.
pub fn derived(chart: &Chart, article: &Article) -> Vec<Derived> {
    let fig = |i: usize| &article.figures[i];
    let value = |i: usize| fig(i).value.unwrap_or(0.0);
    let rows = chart.rows.iter();
    match chart.form {
        Form::Growth => rows
            .map(|r| Derived {
                label: format!("去年同期{}（推算）", fig(r[0]).label_zh),
                text: format!(
                    "约{}{}",
                    format::short_zh(last_year(value(r[0]), value(r[1]))),
                    fig(r[0]).unit
                ),
                formula: format!("{} ÷（1 + {}）", fig(r[0]).text, fig(r[1]).text),
            })
            .collect(),
        Form::Progress => rows
            .filter(|r| r.len() == 2)
            .map(|r| Derived {
                label: format!("{}完成率（推算）", fig(r[0]).label_zh),
                text: format::percent(share(value(r[1]), value(r[0]))),
                formula: format!("{} ÷ {}", fig(r[1]).text, fig(r[0]).text),
            })
            .collect(),
        Form::Bars if chart.ratio => {
            let (first, last) = (chart.rows[0][0], chart.rows[chart.rows.len() - 1][0]);
            vec![Derived {
                label: format!(
                    "{}与{}之比（推算）",
                    fig(last).label_zh,
                    fig(first).label_zh
                ),
                text: ratio_text(value(last) / value(first)),
                formula: format!("{} ÷ {}", fig(last).text, fig(first).text),
            }]
        }
        Form::Ranks => rows
            .filter(|r| r.len() == 2)
            .map(|r| {
                let worst = fig(r[0]).rank.map_or(1, |(_, w)| w);
                Derived {
                    label: format!("{}所占比例（推算）", fig(r[0]).text),
                    text: format::percent(share(f64::from(worst), value(r[1]))),
                    formula: format!("{worst} ÷ {}", fig(r[1]).text),
                }
            })
            .collect(),
        _ => Vec::new(),
    }
}

struct Placer<'a> {
    article: &'a Article,
    layout: Layout,
}

impl Placer<'_> {
    fn fig(&self, i: usize) -> &'static Figure {
        &self.article.figures[i]
    }

    fn value(&self, i: usize) -> f64 {
        self.fig(i).value.unwrap_or(0.0)
    }

    fn width(&self) -> f64 {
        self.layout.width
    }

    fn label(&mut self, text: impl Into<String>, x: f64, y: f64, style: Style) {
        self.layout.labels.push(Label {
            text: text.into(),
            x,
            y,
            size: style.size,
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
        let room = self.value_room(rows.iter().map(|&f| self.fig(f).text.to_string()));
        let span = (self.width() - room).max(40.0);
        let step = row_height(Form::Bars);
        for (r, &f) in rows.iter().enumerate() {
            let y = top + r as f64 * step;
            self.label(
                self.fig(f).label_zh,
                0.0,
                y + 10.0,
                Style::text().ink(Ink::Soft),
            );
            let w = (self.value(f) / max * span).max(2.0);
            self.mark(f, Rect::new(0.0, y + 20.0, w, 20.0), Ink::Primary);
            self.label(
                self.fig(f).text,
                w + 6.0,
                y + 30.0,
                Style::text().bold().figure(f),
            );
        }
        let mut bottom = top + rows.len() as f64 * step;
        if chart.ratio {
            let (first, last) = (rows[0], rows[rows.len() - 1]);
            let amount = ratio_text(self.value(last) / self.value(first));
            let sentence = format!(
                "{} ÷ {} ≈ {amount}",
                self.fig(last).text,
                self.fig(first).text
            );
            self.label(sentence, 0.0, bottom + 12.0, Style::text().ink(Ink::Soft));
            bottom += EXTRA;
        }
        bottom
    }

    /// This year's value beside last year's, derived as value ÷ (1 + growth).
    fn growth(&mut self, chart: &Chart, top: f64) -> f64 {
        let step = row_height(Form::Growth);
        let key = 40.0;
        let room = self.value_room(chart.rows.iter().map(|r| {
            let f = self.fig(r[0]);
            format!("约{}{}", format::short_zh(f.value.unwrap_or(0.0)), f.unit)
        }));
        let span = (self.width() - key - room).max(40.0);
        for (r, row) in chart.rows.iter().enumerate() {
            let (now, growth) = (row[0], row[1]);
            let y = top + r as f64 * step;
            let this_year = self.value(now);
            let last_year = last_year(this_year, self.value(growth));
            self.label(self.fig(now).label_zh, 0.0, y + 10.0, Style::text().bold());
            self.label(
                format!("同比 +{}", self.fig(growth).text),
                self.width(),
                y + 10.0,
                Style::text().bold().align(Align::End).figure(growth),
            );
            let (w_last, w_now) = (last_year / this_year * span, span);
            self.label("去年", 0.0, y + 40.0, Style::small().ink(Ink::Soft));
            // Last year's bar is derived from the growth rate: it belongs to that figure.
            self.mark(growth, Rect::new(key, y + 29.0, w_last, 22.0), Ink::Derived);
            self.label(
                format!("约{}{}", format::short_zh(last_year), self.fig(now).unit),
                key + w_last + 6.0,
                y + 40.0,
                Style::small().ink(Ink::Soft),
            );
            self.label("今年", 0.0, y + 70.0, Style::small().ink(Ink::Soft));
            self.mark(now, Rect::new(key, y + 59.0, w_now, 22.0), Ink::Primary);
            self.label(
                self.fig(now).text,
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
        let w = self.width();
        for (r, row) in chart.rows.iter().enumerate() {
            let (planned, done) = (row[0], row[1]);
            let y = top + r as f64 * step;
            self.label(
                self.fig(planned).label_zh,
                0.0,
                y + 10.0,
                Style::text().bold(),
            );
            match row.get(2) {
                Some(&rate) => self.label(
                    format!("完成率 {}", self.fig(rate).text),
                    w,
                    y + 10.0,
                    Style::text().bold().align(Align::End).figure(rate),
                ),
                None => self.label(
                    format!(
                        "完成率约 {}（推算）",
                        format::percent(share(self.value(done), self.value(planned)))
                    ),
                    w,
                    y + 10.0,
                    Style::small().align(Align::End).ink(Ink::Soft),
                ),
            }
            self.mark(planned, Rect::new(0.0, y + 24.0, w, 24.0), Ink::Track);
            let part = share(self.value(done), self.value(planned)).min(1.0);
            self.mark(done, Rect::new(0.0, y + 24.0, w * part, 24.0), Ink::Primary);
            self.label(
                format!("已完成 {}", self.fig(done).text),
                0.0,
                y + 60.0,
                Style::small().ink(Ink::Soft).figure(done),
            );
            self.label(
                format!("任务 {}", self.fig(planned).text),
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
        let room = self.value_room(chart.rows.iter().map(|r| self.fig(r[0]).text.to_string()));
        let span = (self.width() - room).max(40.0);
        let mut previous_end: Option<(f64, f64)> = None;
        for (r, row) in chart.rows.iter().enumerate() {
            let count = row[0];
            let y = top + r as f64 * step;
            self.label(
                self.fig(count).label_zh,
                0.0,
                y + 10.0,
                Style::text().ink(Ink::Soft),
            );
            if let Some(&rate) = row.get(1) {
                self.label(
                    format!("{} {}", self.fig(rate).label_zh, self.fig(rate).text),
                    self.width(),
                    y + 10.0,
                    Style::text().bold().align(Align::End).figure(rate),
                );
            }
            let w = self.value(count) / max * span;
            if let Some((x, bottom)) = previous_end {
                self.layout.lines.push(Line {
                    points: vec![(x, bottom), (w, y + 22.0)],
                    ink: Ink::Rule,
                    width: 1.0,
                });
            }
            self.mark(count, Rect::new(0.0, y + 22.0, w, 24.0), Ink::Primary);
            self.label(
                self.fig(count).text,
                w + 6.0,
                y + 34.0,
                Style::text().bold().figure(count),
            );
            previous_end = Some((w, y + 46.0));
        }
        top + chart.rows.len() as f64 * step
    }

    /// Where rankings place the city: three slots (第一 to 第三) for provincial ranks, and a
    /// strip of all cities with the top segment marked for a rank out of a count.
    fn ranks(&mut self, chart: &Chart, top: f64) -> f64 {
        let step = row_height(Form::Ranks);
        let w = self.width();
        for (r, row) in chart.rows.iter().enumerate() {
            let y = top + r as f64 * step;
            let rank = row[0];
            let (best, worst) = self.fig(rank).rank.unwrap_or((1, 1));
            match row.get(1) {
                Some(&total) => {
                    let cities = self.value(total);
                    self.label(
                        format!("{}（共{}）", self.fig(rank).label_zh, self.fig(total).text),
                        0.0,
                        y + 10.0,
                        Style::text().ink(Ink::Soft),
                    );
                    self.mark(total, Rect::new(0.0, y + 22.0, w, 24.0), Ink::Track);
                    let part = share(f64::from(worst), cities);
                    self.mark(rank, Rect::new(0.0, y + 22.0, w * part, 24.0), Ink::Primary);
                    self.label(
                        format!("{} · 约占{}", self.fig(rank).text, format::percent(part)),
                        w * part + 6.0,
                        y + 34.0,
                        Style::text().bold().figure(rank),
                    );
                }
                None => {
                    self.label(
                        self.fig(rank).label_zh,
                        0.0,
                        y + 10.0,
                        Style::text().ink(Ink::Soft),
                    );
                    let slot = w / 3.0;
                    for place in 1..=3u32 {
                        let x = f64::from(place - 1) * slot;
                        let rect = Rect::new(x + 1.0, y + 22.0, slot - 2.0, 24.0);
                        let held = (best..=worst).contains(&place);
                        let text = ["第一", "第二", "第三"][place as usize - 1];
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
                        self.label(text, x + slot / 2.0, y + 34.0, style.align(Align::Middle));
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
            self.label(
                self.fig(f).text,
                x + 12.0,
                y + 26.0,
                Style::text().size(BIG).bold().ink(Ink::Primary).figure(f),
            );
            self.label(
                self.fig(f).label_zh,
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
            self.label(
                format!("· {}：{}", self.fig(f).label_zh, self.fig(f).text),
                0.0,
                y,
                Style::text().figure(f),
            );
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
