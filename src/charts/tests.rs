//! Every chart drawn natively through plotters' SVG backend, and its layout checked: labels,
//! mark counts and positions, derived values, hit-testing, fit at phone and desktop widths.

use super::layout::Ink;
use super::{draw, height_at, layout, Layout, Theme};
use crate::article::{ARTICLE, PAGE};
use crate::format::has_cjk;
use crate::i18n::Lang;
use crate::model::{Chart, FigureIx, Form};
use plotters::prelude::*;

const PHONE: f64 = 320.0;
const DESKTOP: f64 = 440.0;

fn svg(chart: &Chart, width: f64, scale: f64, selected: Option<FigureIx>) -> String {
    let placed = layout(chart, &ARTICLE, width, Lang::Zh);
    let size = ((width * scale) as u32, (placed.height * scale) as u32);
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, size).into_drawing_area();
        draw(&area, &placed, &Theme::light(scale), selected).expect("drawing succeeds");
    }
    out
}

fn chart(id: &str) -> &'static Chart {
    ARTICLE
        .chart(id)
        .unwrap_or_else(|| panic!("chart {id} exists"))
}

fn mark_widths(placed: &Layout, figures: &[FigureIx]) -> Vec<f64> {
    figures
        .iter()
        .map(|f| {
            placed
                .marks
                .iter()
                .find(|m| m.figure == *f)
                .expect("a mark")
                .rect
                .w
        })
        .collect()
}

/// Numbers of an SVG attribute, e.g. every `width="…"` of `<rect>`s.
fn rect_attr(svg: &str, attr: &str) -> Vec<f64> {
    svg.split("<rect")
        .skip(1)
        .filter_map(|r| {
            let at = r.find(&format!(" {attr}=\""))? + attr.len() + 3;
            r[at..].split('"').next()?.parse().ok()
        })
        .collect()
}

#[test]
fn there_are_at_least_eight_charts_and_every_chart_worthy_figure_is_in_one() {
    assert!(ARTICLE.charts.len() >= 8);
    for i in ARTICLE.figure_ixs() {
        let f = ARTICLE.figure_at(i);
        if let Some(group) = f.chart {
            assert!(
                chart(group).figures().any(|g| g == i),
                "{} in {group}",
                f.id
            );
        }
    }
    let charted = ARTICLE.figures.iter().filter(|f| f.chart.is_some()).count();
    assert!(charted >= 40, "{charted} figures are charted");
}

#[test]
fn every_chart_draws_each_of_its_figures_as_a_mark_or_label() {
    for c in ARTICLE.charts {
        for scale in [1.0, 2.0, 3.0] {
            let drawn = svg(c, PHONE, scale, None);
            let placed = layout(c, &ARTICLE, PHONE, Lang::Zh);
            for f in c.figures() {
                assert!(
                    placed.place_of(f).is_some(),
                    "{}: {} is drawn",
                    c.id,
                    ARTICLE.figures[f].id
                );
            }
            for label in &placed.labels {
                assert!(
                    drawn.contains(&label.text),
                    "{}: label {:?} in the SVG",
                    c.id,
                    label.text
                );
            }
            let rects = drawn.matches("<rect").count();
            assert_eq!(
                rects,
                placed.marks.len() + 1,
                "{}: one rect a mark and the paper",
                c.id
            );
        }
    }
}

#[test]
fn labels_are_chinese_and_fit_inside_the_canvas_at_every_width() {
    for c in ARTICLE.charts {
        for width in [280.0, PHONE, DESKTOP] {
            let placed = layout(c, &ARTICLE, width, Lang::Zh);
            assert_eq!(
                placed.height,
                height_at(c, &ARTICLE, width, Lang::Zh),
                "{}: the height of its width's band",
                c.id
            );
            for label in &placed.labels {
                let b = label.bounds();
                assert!(
                    b.x >= -0.5
                        && b.x + b.w <= width + 0.5
                        && b.y >= 0.0
                        && b.y + b.h <= placed.height,
                    "{} at {width}px: label {:?} spills out ({b:?})",
                    c.id,
                    label.text
                );
            }
            for m in &placed.marks {
                assert!(
                    m.rect.x >= 0.0 && m.rect.x + m.rect.w <= width + 0.5,
                    "{}: mark inside",
                    c.id
                );
            }
        }
        assert!(
            layout(c, &ARTICLE, PHONE, Lang::Zh)
                .labels
                .iter()
                .any(|l| has_cjk(&l.text)),
            "{}: labelled in Chinese",
            c.id
        );
    }
}

/// Governance draws only the two counts of one unit and period on its scale (it drew four,
/// over two periods and two units, before): clinic days and weekly meetings, proportional.
#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn bars_are_proportional_to_their_values() {
    let c = chart("governance");
    let placed = layout(c, &ARTICLE, DESKTOP, Lang::Zh);
    let figures: Vec<FigureIx> = c.rows.iter().map(|r| r[0]).collect();
    let widths = mark_widths(&placed, &figures);
    let values: Vec<f64> = figures
        .iter()
        .map(|&f| ARTICLE.figures[f].value.unwrap())
        .collect();
    for (w, v) in widths.iter().zip(&values) {
        let expected = v / values[0] * widths[0];
        assert!((w - expected).abs() < 0.01, "bar {w} for {v}");
    }
    assert_eq!(placed.marks.len(), 2, "1551 and 89 only");
    let (dispatches, _) = ARTICLE.figure("leader-dispatches").unwrap();
    let line = placed
        .labels
        .iter()
        .find(|l| l.figure == Some(dispatches))
        .expect("the 165 dispatches are listed");
    assert!(
        line.text.contains("近三年来") && line.text.contains("165次"),
        "{}",
        line.text
    );
    // The SVG at scale 2 draws the same bars twice as wide.
    let drawn = svg(c, DESKTOP, 2.0, None);
    let svg_widths = rect_attr(&drawn, "width");
    assert!(
        svg_widths.contains(&((widths[0] * 2.0).round())),
        "{svg_widths:?}"
    );
}

/// 登上300亿元台阶 is at least 300亿: its bar ends in an open stub, its label says 以上, and the
/// ratio over it is an upper bound rounded up (25 ÷ 300 = 8.33…% → ≤ 8.4%).
#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn a_lower_bound_is_drawn_open_and_carried_into_the_ratio() {
    let c = chart("zhengxiang");
    let (gdp, _) = ARTICLE.figure("zhengxiang-gdp").unwrap();
    let (revenue, _) = ARTICLE.figure("zhengxiang-fiscal-revenue").unwrap();
    for lang in [Lang::Zh, Lang::En] {
        let placed = layout(c, &ARTICLE, DESKTOP, lang);
        let gdp_marks: Vec<_> = placed.marks.iter().filter(|m| m.figure == gdp).collect();
        assert_eq!(gdp_marks.len(), 2, "solid bar and open stub");
        assert_eq!(gdp_marks[1].ink, super::layout::Ink::Derived);
        assert_eq!(
            placed.marks.iter().filter(|m| m.figure == revenue).count(),
            1
        );
        let text: Vec<&str> = placed.labels.iter().map(|l| l.text.as_str()).collect();
        let all = text.concat();
        // An upper bound in words, never as a sign.
        let at_most = lang.pick("至多8.4%", "at most 8.4%");
        assert!(all.contains(at_most), "{text:?}");
        assert!(
            !all.contains(['≈', '≤']) && !all.contains("8.3%"),
            "{text:?}"
        );
    }
    let zh = layout(c, &ARTICLE, DESKTOP, Lang::Zh);
    assert!(zh.labels.iter().any(|l| l.text == "300亿元以上"));
    let en = layout(c, &ARTICLE, DESKTOP, Lang::En);
    assert!(en
        .labels
        .iter()
        .any(|l| l.text == "at least 30 billion yuan"));
}

/// Fubang's pledge and nine months' output are different kinds of amount: no ratio, no scale.
#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn fubang_lists_its_amounts_without_comparing_them() {
    let c = chart("fubang");
    assert_eq!(c.form, Form::Tiles);
    for lang in [Lang::Zh, Lang::En] {
        let placed = layout(c, &ARTICLE, DESKTOP, lang);
        for l in &placed.labels {
            // (原地倍增, the company's aim, is the article's word, not a ratio.)
            assert!(
                !l.text.contains(" 倍") && !l.text.contains('×') && !l.text.contains('÷'),
                "{}",
                l.text
            );
        }
    }
}

#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn growth_derives_last_year_from_the_rate() {
    let c = chart("holiday");
    assert_eq!(c.form, Form::Growth);
    let placed = layout(c, &ARTICLE, DESKTOP, Lang::Zh);
    for row in c.rows {
        let (now, growth) = (row[0], row[1]);
        let rate = ARTICLE.figures[growth].value.unwrap();
        let w_now = placed
            .marks
            .iter()
            .find(|m| m.figure == now)
            .unwrap()
            .rect
            .w;
        let w_last = placed
            .marks
            .iter()
            .find(|m| m.figure == growth)
            .unwrap()
            .rect
            .w;
        assert!((w_last / w_now - 1.0 / (1.0 + rate / 100.0)).abs() < 1e-9);
    }
    // 2304700 ÷ 1.8052 = 1,276,701 and 23.53亿 ÷ 1.9248 = 12.22亿, to three digits: a value
    // derived from a rate does not claim the precision of a count (it said 127.67万 before).
    let texts: Vec<&str> = placed.labels.iter().map(|l| l.text.as_str()).collect();
    assert!(texts.contains(&"约128万人次"), "{texts:?}");
    assert!(texts.contains(&"约12.2亿元"), "{texts:?}");
    let en = layout(c, &ARTICLE, DESKTOP, Lang::En);
    // Wire style: millions and billions with at most two decimals, "about" in words.
    assert!(en
        .labels
        .iter()
        .any(|l| l.text == "about 1.28 million visits"));
    assert!(en
        .labels
        .iter()
        .any(|l| l.text == "about 1.22 billion yuan"));
}

/// The investment funnel narrows by stage and sets the total investment as its headline.
#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn funnel_narrows_under_its_headline_total() {
    let c = chart("investment");
    let placed = layout(c, &ARTICLE, DESKTOP, Lang::Zh);
    let stages: Vec<FigureIx> = c.rows.iter().map(|r| r[0]).collect();
    let w = mark_widths(&placed, &stages);
    assert!(w[0] > w[1] && w[1] > w[2], "{w:?}");
    assert!((w[2] / w[0] - 231.0 / 270.0).abs() < 1e-9);
    let (total, _) = ARTICLE.figure("investment-total").unwrap();
    let headline = placed
        .labels
        .iter()
        .find(|l| l.figure == Some(total))
        .expect("the total is drawn");
    assert_eq!(headline.text, "1540.04亿元");
    assert!(
        placed
            .labels
            .iter()
            .all(|l| l.size <= headline.size && l.y >= headline.y),
        "the total is the largest and first thing in the chart"
    );
}

/// Summer offensive: one bar of 1215 split into 2020–22 (726, all done), 2023 done (438) and
/// 2023 open (51), so a reader sees that every open task is from 2023. (It drew 1215/1164 and
/// 489/438 as two bars on their own scales before.)
#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn breakdown_shows_every_open_task_is_from_the_part() {
    let c = chart("summer-offensive");
    assert_eq!(c.form, Form::Breakdown);
    let placed = layout(c, &ARTICLE, DESKTOP, Lang::Zh);
    let bar: Vec<_> = placed.marks.iter().collect();
    assert_eq!(bar.len(), 3, "three segments: {bar:?}");
    let total: f64 = bar.iter().map(|m| m.rect.w).sum();
    assert!((total - DESKTOP).abs() < 1e-6, "the bar is the whole 1215");
    for (m, part) in bar.iter().zip([726.0, 438.0, 51.0]) {
        assert!((m.rect.w / DESKTOP - part / 1215.0).abs() < 1e-9, "{part}");
    }
    assert!(bar
        .windows(2)
        .all(|p| (p[0].rect.x + p[0].rect.w - p[1].rect.x).abs() < 1e-9));
    let words: String = placed.labels.iter().map(|l| l.text.as_str()).collect();
    for text in [
        "726项，均已完成",
        "未完成：51项",
        "1215 − 1164 = 489 − 438 = 51",
        "89.57%",
    ] {
        assert!(words.contains(text), "{text} in {words}");
    }
}

/// Ranks say what the article says: 全省第一 on a badge, no empty 第二/第三 slots, and the
/// national top 30 as its share of 339 cities.
#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn ranks_state_the_rank_without_inventing_a_field() {
    let c = chart("rankings");
    for lang in [Lang::Zh, Lang::En] {
        let placed = layout(c, &ARTICLE, DESKTOP, lang);
        let (first, _) = ARTICLE.figure("water-improvement-rank").unwrap();
        let badges: Vec<_> = placed.marks.iter().filter(|m| m.figure == first).collect();
        assert_eq!(badges.len(), 1);
        let label = placed
            .labels
            .iter()
            .find(|l| l.figure == Some(first))
            .unwrap();
        assert!(["全省第一", "No. 1"].contains(&label.text.as_str()));
        assert!(label.w < badges[0].rect.w, "the badge holds its words");
        for l in &placed.labels {
            for empty in ["第二", "第三", "2nd", "3rd"] {
                assert!(!l.text.contains(empty), "{}", l.text);
            }
        }
        let (top30, _) = ARTICLE.figure("national-water-top30").unwrap();
        let (cities, _) = ARTICLE.figure("prefecture-cities-total").unwrap();
        let w = mark_widths(&placed, &[cities, top30]);
        assert!((w[1] / w[0] - 30.0 / 339.0).abs() < 1e-9);
        // A note holding its figure's words says them once (首次达标：首次 before).
        for l in &placed.labels {
            if let Some((name, value)) = l.text.trim_start_matches("· ").split_once('：') {
                assert!(!name.contains(value), "{}", l.text);
            }
        }
    }
}

/// Key-number lists draw no pictograms: two dashes for 两年多 read as exactly two.
#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn key_numbers_draw_no_decorative_counts() {
    for id in ["blue-sky", "civic", "fubang"] {
        let placed = layout(chart(id), &ARTICLE, DESKTOP, Lang::Zh);
        assert!(placed.lines.is_empty(), "{id}: {:?}", placed.lines);
        assert_eq!(
            placed.marks.len(),
            chart(id).rows.len(),
            "{id}: one band a number"
        );
    }
    let en = layout(chart("civic"), &ARTICLE, DESKTOP, Lang::En);
    let words: Vec<&str> = en.labels.iter().map(|l| l.text.as_str()).collect();
    assert!(
        words.contains(&"more than 160 people"),
        "多 is more than: {words:?}"
    );
    assert!(words.contains(&"more than 2 years"), "{words:?}");
}

/// At every width from the narrowest to 1440 px, in both languages, every label lies inside
/// the canvas and the height of its band, no two label boxes meet, and nothing is cut.
#[test]
fn no_label_collides_is_cut_or_leaves_the_canvas_at_any_width() {
    let mut checked = 0;
    for c in ARTICLE.charts {
        for lang in [Lang::Zh, Lang::En] {
            for width in (super::forms::NARROWEST as u32..=1440).step_by(7) {
                let width = f64::from(width);
                let placed = layout(c, &ARTICLE, width, lang);
                // The height of the width's band, which is what the narrowest width of the band
                // needs: no wider canvas in the band may need more (checked below, as every
                // label must lie inside it).
                let h = height_at(c, &ARTICLE, width, lang);
                assert_eq!(placed.height, h, "{}: the height of its band", c.id);
                let boxes: Vec<_> = placed.labels.iter().map(|l| (l, l.bounds())).collect();
                for (l, b) in &boxes {
                    assert!(
                        !l.text.contains('…'),
                        "{} {lang:?} {width}: cut {:?}",
                        c.id,
                        l.text
                    );
                    assert!(
                        b.x >= -0.01 && b.x + b.w <= width + 0.01 && b.y >= 0.0 && b.y + b.h <= h,
                        "{} {lang:?} at {width}px: {:?} leaves the canvas ({b:?})",
                        c.id,
                        l.text
                    );
                }
                for (i, (a, ab)) in boxes.iter().enumerate() {
                    for (b, bb) in &boxes[i + 1..] {
                        assert!(
                            !ab.overlaps(bb),
                            "{} {lang:?} at {width}px: {:?} meets {:?}",
                            c.id,
                            a.text,
                            b.text
                        );
                    }
                }
                for m in &placed.marks {
                    assert!(m.rect.x >= 0.0 && m.rect.x + m.rect.w <= width + 0.5);
                    assert!(
                        m.rect.y >= 0.0 && m.rect.y + m.rect.h <= h,
                        "{}: mark inside",
                        c.id
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 2000, "{checked} layouts checked");
}

#[test]
fn every_mark_hits_its_own_figure_at_its_centre() {
    for c in ARTICLE.charts {
        let placed = layout(c, &ARTICLE, PHONE, Lang::Zh);
        for (k, m) in placed.marks.iter().enumerate() {
            let (x, y) = (m.rect.x + m.rect.w / 2.0, m.rect.y + m.rect.h / 2.0);
            let on_top = placed.marks[k + 1..]
                .iter()
                .any(|o| o.rect.contains(x, y, 0.0));
            if !on_top {
                assert_eq!(placed.hit(x, y), Some(m.figure), "{}: mark {k}", c.id);
            }
        }
        assert_eq!(placed.hit(-50.0, -50.0), None);
    }
}

#[cfg_attr(not(default_content), ignore = "a specimen of content/'s own article")]
#[test]
fn the_selected_figure_is_drawn_in_the_selection_colour() {
    let c = chart("governance");
    let f = c.rows[0][0];
    let plain = svg(c, DESKTOP, 1.0, None);
    let chosen = svg(c, DESKTOP, 1.0, Some(f));
    let vermillion = "#C44E00";
    assert!(!plain.to_uppercase().contains(vermillion));
    assert!(chosen.to_uppercase().contains(vermillion));
}

/// The mark the keyboard is on is ringed: one more rectangle, unfilled, in the text colour,
/// standing `FOCUS_GAP` outside that mark and no other; every mark of every chart, and every
/// figure drawn as words only (ringed round its words).
#[test]
fn the_focused_mark_is_ringed_outside_its_box() {
    use super::draw::{draw_focused, FOCUS_GAP};
    for c in ARTICLE.charts {
        let placed = layout(c, &ARTICLE, DESKTOP, Lang::Zh);
        let size = (DESKTOP as u32, placed.height as u32);
        let drawn = |focused: Option<FigureIx>| {
            let mut out = String::new();
            {
                let area = SVGBackend::with_string(&mut out, size).into_drawing_area();
                draw_focused(&area, &placed, &Theme::light(1.0), None, focused)
                    .expect("drawing succeeds");
            }
            out
        };
        let plain = drawn(None);
        // Every figure of the chart, marks and words alike, is ringed when focused.
        for f in c.figures() {
            assert!(
                drawn(Some(f)).matches("<rect").count() > plain.matches("<rect").count(),
                "{}: figure {} focused draws no ring",
                c.id,
                ARTICLE.figure_at(f).id
            );
        }
        // A figure with no mark of its own but words (a growth rate beside the bars derived
        // from it) is ringed round its words, not round the derived bar.
        for f in c.figures() {
            let own = placed
                .marks
                .iter()
                .any(|m| m.figure == f && m.ink != Ink::Derived);
            let Some(words) = placed.labels.iter().find(|l| l.figure == Some(f)) else {
                continue;
            };
            if own {
                continue;
            }
            let b = words.bounds();
            let at = format!(
                "<rect x=\"{}\" y=\"{}\"",
                (b.x.round() as i32 - FOCUS_GAP as i32).max(1),
                (b.y.round() as i32 - FOCUS_GAP as i32).max(1)
            );
            assert!(
                drawn(Some(f)).contains(&at),
                "{}: {} ringed round its words at {at}",
                c.id,
                ARTICLE.figure_at(f).id
            );
        }
        // A mark of the figure's own (not one derived from it) is ringed where it stands.
        for mark in placed.marks.iter().filter(|m| m.ink != Ink::Derived) {
            let ringed = drawn(Some(mark.figure));
            let same_figure = placed
                .marks
                .iter()
                .filter(|m| m.figure == mark.figure && m.ink != Ink::Derived)
                .count();
            assert_eq!(
                ringed.matches("<rect").count(),
                plain.matches("<rect").count() + same_figure,
                "{}: one ring a mark of the focused figure",
                c.id
            );
            // Outside the mark, but inside the drawing by half the ring's width.
            let r = mark.rect;
            let at = format!(
                "<rect x=\"{}\" y=\"{}\"",
                (r.x.round() as i32 - FOCUS_GAP as i32).max(1),
                (r.y.round() as i32 - FOCUS_GAP as i32).max(1)
            );
            let ring = ringed
                .split('\n')
                .find(|l| l.starts_with(&at) && l.contains("fill=\"none\""))
                .unwrap_or_else(|| panic!("{}: no ring at {at} in {ringed}", c.id));
            assert!(!plain.contains(ring), "{}: the ring is new", c.id);
        }
    }
}

/// The preview is drawn from whatever the content is: the headline and every key number the
/// page names, as the article writes them (the build draws it afresh, so it is never another
/// article's).
#[test]
fn the_social_preview_is_drawn_from_the_current_content() {
    use super::preview::{draw_preview, HEIGHT, WIDTH};
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        draw_preview(&area, &ARTICLE, &PAGE).expect("drawing succeeds");
    }
    assert!(
        svg.contains(&format!("width=\"{WIDTH}\""))
            && svg.contains(&format!("height=\"{HEIGHT}\""))
    );
    let key_numbers = PAGE
        .preview_figures
        .iter()
        .map(|&i| ARTICLE.figures[i].text);
    for text in key_numbers.chain(ARTICLE.title.split(' ')) {
        assert!(svg.contains(text), "{text} in the preview");
    }
}

/// In English every word a chart draws is English: labels from the content's English labels,
/// numbers written for English readers.
#[test]
fn english_charts_draw_no_chinese() {
    for c in ARTICLE.charts {
        for width in [280.0, DESKTOP] {
            let placed = layout(c, &ARTICLE, width, Lang::En);
            for label in &placed.labels {
                assert!(
                    !has_cjk(&label.text),
                    "{} at {width}px: {:?}",
                    c.id,
                    label.text
                );
                let b = label.bounds();
                assert!(
                    b.x >= -0.5 && b.x + b.w <= width + 0.5,
                    "{}: {:?} spills out",
                    c.id,
                    label.text
                );
            }
            assert_eq!(
                placed.marks.len(),
                layout(c, &ARTICLE, width, Lang::Zh).marks.len()
            );
        }
    }
    // The newspaper's own article: its growth chart in English words.
    if cfg!(default_content) {
        let holiday = layout(chart("holiday"), &ARTICLE, DESKTOP, Lang::En);
        assert!(holiday
            .labels
            .iter()
            .any(|l| l.text == "2.3 million visits"));
        assert!(holiday
            .labels
            .iter()
            .any(|l| l.text == "Visits over the holiday"));
        assert!(holiday.labels.iter().any(|l| l.text == "Last year"));
    }
}

#[test]
fn each_picture_is_the_canvas_drawing_of_the_same_layout() {
    use super::picture::{self, WIDTHS};
    for c in ARTICLE.charts {
        for w in WIDTHS {
            for lang in [Lang::Zh, Lang::En] {
                let pic = picture::svg(c, &ARTICLE, w.width, lang).expect("every chart draws");
                let placed = layout(c, &ARTICLE, f64::from(w.width), lang);
                let canvas = {
                    let mut out = String::new();
                    let size = (w.width, placed.height.round() as u32);
                    let area = SVGBackend::with_string(&mut out, size).into_drawing_area();
                    draw(&area, &placed, &Theme::light(1.0), None).expect("drawing succeeds");
                    drop(area);
                    picture::canvas_font_sizes(&out)
                };
                // The canvas box's size, so the picture fills it exactly.
                let head = format!(
                    "<svg width=\"{}\" height=\"{}\"",
                    w.width,
                    height_at(c, &ARTICLE, f64::from(w.width), lang).round()
                );
                assert!(pic.starts_with(&head), "{}: {head}…", c.id);
                // The very marks and words of the canvas at this width, in the same order.
                let body = |svg: &str| -> Vec<String> {
                    svg.lines()
                        .filter(|l| !l.starts_with("<svg") && !l.starts_with("<style"))
                        .map(str::to_string)
                        .collect()
                };
                assert_eq!(body(&pic), body(&canvas), "{} at {}", c.id, w.width);
                assert_eq!(pic.matches("<rect").count(), placed.marks.len() + 1);
                // Words at the canvas's sizes (CSS pixels, as the canvas's `font`).
                let sizes: Vec<String> = pic
                    .split("font-size=\"")
                    .skip(1)
                    .filter_map(|s| s.split('"').next().map(str::to_string))
                    .collect();
                let wanted: Vec<String> = placed
                    .labels
                    .iter()
                    .map(|l| format!("{:.2}", l.size))
                    .collect();
                assert_eq!(sizes, wanted, "{}: font sizes", c.id);
            }
        }
    }
}

#[test]
fn the_pictures_turn_dark_with_the_canvas_palette() {
    use super::picture;
    use super::theme::{DARK, LIGHT};
    let pic = picture::svg(&ARTICLE.charts[0], &ARTICLE, 420, Lang::Zh).expect("draws");
    let hex = |c: RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    for (light, dark) in [
        (LIGHT.paper, DARK.paper),
        (LIGHT.primary, DARK.primary),
        (LIGHT.derived, DARK.derived),
        (LIGHT.text, DARK.text),
        (LIGHT.soft, DARK.soft),
    ] {
        let rule = format!("[fill=\"{}\"]{{fill:{}}}", hex(light), hex(dark));
        assert!(pic.contains(&rule), "{rule}");
    }
    assert!(pic.contains("@media (prefers-color-scheme: dark)"));
}

#[test]
fn a_chart_that_cannot_be_drawn_is_refused() {
    use super::picture;
    // A chart with no marks at all: its figures' rows are gone.
    let empty = Chart {
        rows: &[],
        extras: &[],
        ..ARTICLE.charts[0].clone()
    };
    let error = picture::svg(&empty, &ARTICLE, 420, Lang::Zh).expect_err("refused");
    assert!(
        error.contains(empty.id) && error.contains("nothing to draw"),
        "{error}"
    );
}

#[test]
fn picture_paths_follow_the_contract() {
    use super::picture::{path, DEFAULT_WIDTH};
    let c = &ARTICLE.charts[0];
    let id = c.id;
    assert_eq!(
        path(c, DEFAULT_WIDTH, Lang::Zh),
        format!("pictures/{id}.svg")
    );
    assert_eq!(path(c, 350, Lang::Zh), format!("pictures/{id}-350.svg"));
    assert_eq!(
        path(c, DEFAULT_WIDTH, Lang::En),
        format!("pictures/{id}.en.svg")
    );
}

/// What a chart draws lowest at `width` (marks, labels and lines), in CSS pixels.
fn drawn_bottom(placed: &Layout) -> f64 {
    let marks = placed.marks.iter().map(|m| m.rect.y + m.rect.h);
    let labels = placed.labels.iter().map(|l| {
        let b = l.bounds();
        b.y + b.h
    });
    let lines = placed
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1));
    marks.chain(labels).chain(lines).fold(0.0, f64::max)
}

/// A chart's height steps down band by band, and at every whole width from the narrowest to
/// 1440 px, in both languages, all it draws (marks, labels, lines) lies within its band's
/// height; at each band's own width it fills it, so no band leaves empty paper under the
/// chart. The pictures' widths are bands, so a picture fits its box exactly.
#[test]
fn each_width_band_reserves_what_its_charts_need_and_no_more() {
    use super::forms::{band, BANDS, NARROWEST};
    use super::picture::WIDTHS;
    for w in WIDTHS {
        assert!(
            BANDS.contains(&f64::from(w.width)),
            "picture width {}",
            w.width
        );
    }
    assert_eq!(band(NARROWEST - 40.0), NARROWEST);
    assert_eq!(band(349.9), 320.0);
    assert_eq!(band(350.0), 350.0);
    assert_eq!(band(5000.0), 720.0);
    for c in ARTICLE.charts {
        for lang in [Lang::Zh, Lang::En] {
            let heights: Vec<f64> = BANDS
                .iter()
                .map(|b| height_at(c, &ARTICLE, *b, lang))
                .collect();
            assert!(
                heights.windows(2).all(|h| h[1] <= h[0]),
                "{} {lang:?}: a wider band needs more height: {heights:?}",
                c.id
            );
            for b in BANDS {
                let placed = layout(c, &ARTICLE, b, lang);
                let slack = placed.height - drawn_bottom(&placed);
                assert!(
                    // The chart's bottom margin (8), its last row's gap (12) and the leading
                    // of the row's words (the height of a wide canvas's band, were it the
                    // narrowest's, leaves English charts 100 px and more).
                    (0.0..=32.0).contains(&slack),
                    "{} {lang:?} at {b}px: {slack:.1} px under what it draws",
                    c.id
                );
            }
            for width in NARROWEST as u32..=1440 {
                let placed = layout(c, &ARTICLE, f64::from(width), lang);
                assert!(
                    drawn_bottom(&placed) <= placed.height + 0.01,
                    "{} {lang:?} at {width}px: draws to {:.1}, below its band's {}",
                    c.id,
                    drawn_bottom(&placed),
                    placed.height
                );
            }
        }
    }
}

/// Whether `media` (a `picture::WIDTHS` query: a list of `and`-joined `min-width`,
/// `max-width` and `scripting` features) matches a viewport `width` CSS pixels wide.
fn media_matches(media: &str, width: f64, scripting: bool) -> bool {
    media.split(", ").any(|query| {
        query.split(" and ").all(|feature| {
            let feature = feature.trim_matches(|c| c == '(' || c == ')');
            let (name, value) = feature.split_once(": ").expect("name: value");
            let px = || value.trim_end_matches("px").parse::<f64>().expect("px");
            match name {
                "min-width" => width >= px(),
                "max-width" => width <= px(),
                "scripting" => (value == "none") != scripting,
                other => panic!("a media feature the test does not know: {other}"),
            }
        })
    })
}

/// The chart box's width on a viewport `width` wide, as `static/style.css` sets it: the
/// viewport less 40 px below 720 px, 656 px up to 1180 px, then the side column's 420 px (the
/// text's 720 px column without script).
fn box_width(width: f64, scripting: bool) -> f64 {
    match width {
        w if w < 720.0 => w - 40.0,
        w if w < 1180.0 => 656.0,
        _ if scripting => 420.0,
        _ => 720.0,
    }
}

/// At every viewport from 320 to 1600 px, with script and without, the picture chosen for a
/// chart's box never has to shrink to fit the box's height more than to fit its width: its
/// band's height is no greater than the box's (the canvas paints over it at once; a reader
/// without script keeps it).
#[test]
fn each_picture_fits_the_height_of_the_boxes_it_is_chosen_for() {
    use super::forms::{band, BANDS};
    use super::picture::WIDTHS;
    // A chart's height depends on the band alone: each band's, once.
    let heights: Vec<Vec<[f64; BANDS.len()]>> = ARTICLE
        .charts
        .iter()
        .map(|c| {
            [Lang::Zh, Lang::En]
                .map(|lang| BANDS.map(|b| height_at(c, &ARTICLE, b, lang)))
                .to_vec()
        })
        .collect();
    let height = |chart: usize, lang: usize, width: f64| {
        let at = BANDS
            .iter()
            .position(|b| *b == band(width))
            .expect("a band");
        heights[chart][lang][at]
    };
    let mut checked = 0;
    for scripting in [true, false] {
        for viewport in 320..=1600 {
            let viewport = f64::from(viewport);
            let chosen = WIDTHS
                .iter()
                .find(|w| {
                    w.media
                        .is_none_or(|m| media_matches(m, viewport, scripting))
                })
                .expect("the last picture has no media query");
            let (picture, boxed) = (f64::from(chosen.width), box_width(viewport, scripting));
            for (i, c) in ARTICLE.charts.iter().enumerate() {
                for (l, lang) in [Lang::Zh, Lang::En].into_iter().enumerate() {
                    let (tall, room) = (height(i, l, picture), height(i, l, boxed));
                    let by_width = (boxed / picture).min(1.0);
                    assert!(
                        room / tall >= by_width - 1e-9,
                        "{} {lang:?}: at {viewport} px (script {scripting}) the {picture} px \
                         picture, {tall} px high, shrinks to {room} px of box {boxed} px wide",
                        c.id
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 2 * 1281);
}
