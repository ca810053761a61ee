//! One layout a chart form: bars, growth, breakdown, funnel, ranks, tiles, and the notes
//! under them, each placing its marks and labels through the `Placer` of `forms`.

use super::*;
use crate::charts::derived::{approximate, count, last_year, ratio_statement, share, split};
use crate::model::FigureIx;

impl Placer<'_> {
    /// One bar a row on a shared scale (the content checks it holds one unit and period),
    /// each named above and valued at its end; a lower bound ends in a lighter open stub.
    pub(super) fn bars(&mut self, chart: &Chart, top: f64) -> f64 {
        let rows: Vec<FigureIx> = chart.rows.iter().map(|r| r[0]).collect();
        let max = rows.iter().map(|&f| self.value(f)).fold(0.0, f64::max);
        let value = Style::text().bold();
        let room = self.value_room(rows.iter().map(|&f| (self.text(f), value)));
        let stub = if rows.iter().any(|&f| self.bounded(f)) {
            OPEN_END
        } else {
            0.0
        };
        let span = (self.width() - room - stub).max(40.0);
        let mut y = top;
        for &f in &rows {
            y += self.para(
                self.name(f),
                0.0,
                y,
                self.width(),
                Style::text().ink(Ink::Soft),
            ) + GAP;
            let mut w = (self.value(f) / max * span).max(2.0);
            self.mark(f, Rect::new(0.0, y, w, 20.0), Ink::Primary);
            if self.bounded(f) {
                self.mark(f, Rect::new(w, y, OPEN_END, 20.0), Ink::Derived);
                w += OPEN_END;
            }
            self.label(self.text(f), w + 6.0, y + 10.0, value.figure(f));
            y += 20.0 + ROW_GAP;
        }
        if chart.ratio {
            let (first, last) = (rows[0], rows[rows.len() - 1]);
            if let Some(stated) = ratio_statement(self.fig(last), self.fig(first), self.lang) {
                let sentence = format!(
                    "{} ÷ {}{}{stated}",
                    self.text(last),
                    self.text(first),
                    self.lang.pick("：", ": ")
                );
                y += self.para(
                    &sentence,
                    0.0,
                    y,
                    self.width(),
                    Style::text().ink(Ink::Soft),
                );
            }
        }
        y
    }

    /// The later period's value beside the earlier one's, derived as value ÷ (1 + growth).
    pub(super) fn growth(&mut self, chart: &Chart, top: f64) -> f64 {
        let ui = self.ui();
        let small = Style::small().ink(Ink::Soft);
        // The periods, as the content names them (去年 / 今年, 2023年 / 2024年…).
        let parts = match self.lang {
            Lang::Zh => chart.parts_zh,
            Lang::En => chart.parts_en,
        };
        let (earlier_name, later_name) = (parts[0], parts[1]);
        // Room for the period words before the bars.
        let key = 10.0
            + self
                .measure(earlier_name, small)
                .max(self.measure(later_name, small));
        let room = self.value_room(chart.rows.iter().flat_map(|r| {
            let now = r[0];
            let last = last_year(self.value(now), self.value(r[1]));
            [
                (approximate(last, self.fig(now), self.lang), small),
                (self.text(now), Style::text().bold()),
            ]
        }));
        let span = (self.width() - key - room).max(40.0);
        let mut y = top;
        for row in chart.rows {
            let (now, growth) = (row[0], row[1]);
            let this_year = self.value(now);
            let last = last_year(this_year, self.value(growth));
            let rate = (ui.year_on_year)(&self.text(growth));
            let right = Some((rate, Style::text().bold().figure(growth)));
            y += self.heading(self.name(now), Style::text().bold(), right, y) + GAP;
            let w_last = last / this_year * span;
            self.label(earlier_name.into(), 0.0, y + 10.0, small);
            // Last year's bar is derived from the growth rate: it belongs to that figure.
            self.mark(growth, Rect::new(key, y, w_last, 20.0), Ink::Derived);
            let about = approximate(last, self.fig(now), self.lang);
            self.label(about, key + w_last + 6.0, y + 10.0, small);
            y += 26.0;
            self.label(later_name.into(), 0.0, y + 10.0, small);
            self.mark(now, Rect::new(key, y, span, 20.0), Ink::Primary);
            let style = Style::text().bold().figure(now);
            self.label(self.text(now), key + span + 6.0, y + 10.0, style);
            y += 20.0 + ROW_GAP;
        }
        y
    }

    /// One bar of the whole, split into the earlier part (done), the part done and the part
    /// still open, keyed below; then what the split shows, with the sums that prove it.
    pub(super) fn breakdown(&mut self, chart: &Chart, top: f64) -> f64 {
        let ui = self.ui();
        let (whole, whole_done) = (chart.rows[0][0], chart.rows[0][1]);
        let (part, part_done, rate) = (chart.rows[1][0], chart.rows[1][1], chart.rows[1][2]);
        let parts = match self.lang {
            Lang::Zh => chart.parts_zh,
            Lang::En => chart.parts_en,
        };
        let (earlier_name, part_name) = (parts[0], parts[1]);
        let s = split(
            self.value(whole),
            self.value(whole_done),
            self.value(part),
            self.value(part_done),
        );
        let bold = Style::text().bold();
        let mut y = top;
        y += self.para(
            self.name(whole),
            0.0,
            y,
            self.width(),
            Style::text().ink(Ink::Soft),
        );
        let pieces = vec![
            (self.text(whole), bold.figure(whole)),
            ("·".to_string(), Style::text().ink(Ink::Soft)),
            ((ui.done)(&self.text(whole_done)), bold.figure(whole_done)),
        ];
        y += self.flow(pieces, 0.0, y) + GAP;

        let scale = self.width() / self.value(whole);
        let segments = [
            (s.earlier_done, whole_done, Ink::Derived),
            (s.earlier - s.earlier_done, whole, Ink::Track),
            (s.part_done, part_done, Ink::Primary),
            (s.part_open, part, Ink::Track),
        ];
        let mut x = 0.0;
        for (amount, figure, ink) in segments {
            if amount > 0.0 {
                self.mark(figure, Rect::new(x, y, amount * scale, 26.0), ink);
                x += amount * scale;
            }
        }
        y += 26.0 + 8.0;

        let like = self.fig(whole);
        let soft = Style::small().ink(Ink::Soft);
        let key_x = 18.0;
        let room = self.width() - key_x;
        let earlier = if s.earlier_done == s.earlier {
            (ui.earlier_done)(earlier_name, &count(s.earlier, like, self.lang))
        } else {
            format!(
                "{earlier_name}: {}",
                (ui.done)(&count(s.earlier_done, like, self.lang))
            )
        };
        self.swatch(0.0, y + SMALL * LINE / 2.0, Ink::Derived);
        y += self.para(&earlier, key_x, y, room, soft) + GAP;
        self.swatch(0.0, y + SMALL * LINE / 2.0, Ink::Primary);
        let pieces = vec![
            ((ui.part_done)(part_name), soft),
            (
                self.text(part_done),
                Style::small().bold().figure(part_done),
            ),
            ((ui.completion)(&self.text(rate)), soft.figure(rate)),
        ];
        y += self.flow(pieces, key_x, y) + GAP;
        self.swatch(0.0, y + SMALL * LINE / 2.0, Ink::Track);
        let open = (ui.part_open)(part_name, &count(s.part_open, like, self.lang));
        y += self.para(&open, key_x, y, room, soft) + GAP;

        // Every open task is the part's when the earlier tasks are all done: show the sums.
        if s.earlier_done == s.earlier && s.part_open > 0.0 {
            // As each language writes numbers: no thousands separators in Chinese.
            let n = |v: f64| match self.lang {
                Lang::Zh => format::short_zh(v),
                Lang::En => format::grouped(v),
            };
            let sums = format!(
                "{} − {} = {} − {} = {}",
                n(self.value(whole)),
                n(self.value(whole_done)),
                n(self.value(part)),
                n(self.value(part_done)),
                n(s.part_open)
            );
            let finding = (ui.open_finding)(&count(s.part_open, like, self.lang), part_name);
            let bold = Style::text().bold();
            y += GAP + self.para(&finding, 0.0, y + GAP, self.width(), bold);
            y += self.para(&sums, 0.0, y, self.width(), bold);
        }
        y + ROW_GAP
    }

    /// Each stage of a pipeline as a bar on one scale, with the rate into it; the stages'
    /// total amount, when given, set above them as the headline.
    pub(super) fn funnel(&mut self, chart: &Chart, top: f64) -> f64 {
        let mut y = top;
        if let Some(&total) = chart.rows[0].get(1) {
            let headline = Style::text()
                .size(BIG)
                .bold()
                .ink(Ink::Primary)
                .figure(total);
            y += self.para(&self.text(total), 0.0, y, self.width(), headline);
            let name = Style::text().ink(Ink::Soft).figure(total);
            y += self.para(self.name(total), 0.0, y, self.width(), name) + ROW_GAP;
        }
        let max = self.value(chart.rows[0][0]);
        let value = Style::text().bold();
        let room = self.value_room(chart.rows.iter().map(|r| (self.text(r[0]), value)));
        let span = (self.width() - room).max(40.0);
        for (r, row) in chart.rows.iter().enumerate() {
            let count = row[0];
            let rate = row.get(1).filter(|_| r > 0).map(|&rate| {
                let text = format!("{} {}", self.name(rate), self.text(rate));
                (text, Style::text().bold().figure(rate))
            });
            y += self.heading(self.name(count), Style::text().ink(Ink::Soft), rate, y) + GAP;
            let w = self.value(count) / max * span;
            self.mark(count, Rect::new(0.0, y, w, 22.0), Ink::Primary);
            self.label(self.text(count), w + 6.0, y + 11.0, value.figure(count));
            y += 22.0 + ROW_GAP;
        }
        y
    }

    /// Where rankings place the city, as the article says it: a rank without a field stated
    /// plainly on a badge (`全省第一`, `全省前三`); a rank out of a count as the top segment of a
    /// strip of all of them.
    pub(super) fn ranks(&mut self, chart: &Chart, top: f64) -> f64 {
        let (w, ui) = (self.width(), self.ui());
        let mut y = top;
        for row in chart.rows {
            let rank = row[0];
            match row.get(1) {
                Some(&total) => {
                    let (_, worst) = self.fig(rank).rank.unwrap_or((1, 1));
                    let heading = (ui.out_of)(self.name(rank), &self.text(total));
                    y += self.para(&heading, 0.0, y, w, Style::text().ink(Ink::Soft)) + GAP;
                    self.mark(total, Rect::new(0.0, y, w, 24.0), Ink::Track);
                    let part = share(f64::from(worst), self.value(total));
                    self.mark(rank, Rect::new(0.0, y, w * part, 24.0), Ink::Primary);
                    // The rank alone: a share beside it (约占8.8%) would say what the article
                    // does not, and read as the rate of whatever is ranked.
                    let text = self.text(rank);
                    let style = Style::text().bold().figure(rank);
                    let x = w * part + 6.0;
                    let h = self.para(&text, x, y + (24.0 - TEXT * LINE) / 2.0, w - x, style);
                    y += h.max(24.0) + ROW_GAP;
                }
                None => {
                    y += self.para(self.name(rank), 0.0, y, w, Style::text().ink(Ink::Soft)) + GAP;
                    let text = self.text(rank);
                    let style = Style::text().bold().ink(Ink::Track).figure(rank).inside();
                    let badge = (self.measure(&text, style) + 20.0).min(w);
                    self.mark(rank, Rect::new(0.0, y, badge, 26.0), Ink::Primary);
                    self.label(text, badge / 2.0, y + 13.0, style.align(Align::Middle));
                    y += 26.0 + ROW_GAP;
                }
            }
        }
        y
    }

    /// Key numbers as a list, each with what it counts beside it (or under it, when the
    /// numbers are too wide to leave room beside them). Nothing is drawn between the rows
    /// that would compare them: they measure different things.
    pub(super) fn tiles(&mut self, chart: &Chart, top: f64) -> f64 {
        let pad = 8.0;
        let number = Style::text().size(NUMBER).bold().ink(Ink::Primary);
        let column = chart
            .rows
            .iter()
            .map(|r| self.measure(&self.text(r[0]), number))
            .fold(0.0, f64::max);
        let beside = column <= self.width() * 0.45;
        let mut y = top;
        for row in chart.rows {
            let f = row[0];
            let name = Style::text().ink(Ink::Soft).figure(f);
            let mark = self.layout.marks.len();
            let start = y;
            let h = if beside {
                let x = column + 2.0 * pad + 4.0;
                let step = NUMBER * LINE;
                let words = self.lines(self.name(f), self.width() - x - pad, name).len();
                let words_h = words as f64 * TEXT * LINE;
                let h = step.max(words_h);
                self.label(self.text(f), pad, y + pad + h / 2.0, number.figure(f));
                let words_top = y + pad + (h - words_h) / 2.0;
                self.para(self.name(f), x, words_top, self.width() - x - pad, name);
                h
            } else {
                let room = self.width() - 2.0 * pad;
                let h = self.para(&self.text(f), pad, y + pad, room, number.figure(f));
                h + self.para(self.name(f), pad, y + pad + h, room, name)
            };
            y += h + 2.0 * pad;
            // The band goes under the words: insert it before any later mark.
            self.layout.marks.insert(
                mark,
                Mark {
                    figure: f,
                    rect: Rect::new(0.0, start, self.width(), y - start),
                    ink: Ink::Track,
                },
            );
            y += 6.0;
        }
        y
    }

    /// Related figures as notes under the graphic, each tappable; a note that wraps hangs
    /// under its first word, not under its bullet.
    pub(super) fn extras(&mut self, chart: &Chart, top: f64) -> f64 {
        let mut y = top;
        for &f in chart.extras {
            // A claim without a number is its label; a label that holds its figure says it.
            let (name, text) = (self.name(f), self.text(f));
            let said = self.ui().note(name, &text);
            let line = format!("· {said}");
            let style = Style::text().figure(f);
            let (bullet, words) = line.split_at(line.find(' ').map_or(0, |i| i + 1));
            let hang = if bullet.is_empty() {
                0.0
            } else {
                let dot = Style::text();
                self.label(bullet.trim_end().into(), 0.0, y + TEXT * LINE / 2.0, dot);
                self.measure(bullet, dot)
            };
            y += self.para(words, hang, y, self.width() - hang, style) + GAP;
        }
        y
    }
}
