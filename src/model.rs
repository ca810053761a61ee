//! The article as plain Rust data: what the reader reads and what every statistic in it is.
//!
//! No browser types here. The build script fills these types from `content/` (see
//! `content::source`) and bakes them into the binary as statics, so the app parses nothing at
//! start-up; native tests use the same types.

/// The whole article: headline, byline and its sections in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub title: &'static str,
    pub byline: &'static str,
    /// The intro (a section without a heading) comes first, then the headed sections.
    pub sections: &'static [Section],
    /// Every statistic, in reading order; `Span::Figure` points into this list.
    pub figures: &'static [Figure],
    /// The charts, in the order their first figure is read.
    pub charts: &'static [Chart],
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// `None` for the intro before the first heading.
    pub heading: Option<&'static str>,
    pub blocks: &'static [Block],
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(&'static [Span]),
    /// A photo caption, set apart from the body text (the photos themselves are not ours).
    Photo(&'static str),
}

impl Block {
    /// A paragraph stating at least one figure: the only block a reader can act on, so the
    /// only one the browser hydrates (and whose words its build carries).
    pub fn has_figures(&self) -> bool {
        matches!(self, Block::Paragraph(spans) if spans.iter().any(|s| matches!(s, Span::Figure(_))))
    }
}

/// A run of a paragraph: plain text or one statistic.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    Text(&'static str),
    /// The figure's place in `Article::figures`.
    Figure(FigureIx),
}

/// One statistic of the article, with the sentence it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Stable, URL-safe (`[a-z0-9-]`), used in links.
    pub id: &'static str,
    /// Exactly as written in the article, e.g. `230.47万人次`.
    pub text: &'static str,
    pub kind: Kind,
    /// In base units (`230.47万人次` → 2 304 700, `80.52%` → 80.52); `None` for ranks and
    /// claims without a numeral.
    pub value: Option<f64>,
    pub bound: Bound,
    /// Upper end of a range (`2—3名` → 3).
    pub value_max: Option<f64>,
    pub unit: &'static str,
    /// The unit's English name, for the English interface (may be empty).
    pub unit_en: &'static str,
    pub label_zh: &'static str,
    pub label_en: &'static str,
    /// The verbatim sentence of the article that holds the figure.
    pub quote: &'static str,
    /// Id of the chart group it belongs to, if any.
    pub chart: Option<&'static str>,
    /// Index into `Article::sections` of the section the figure stands in.
    pub section: usize,
    /// Index of the span of its paragraph that ends its quote: the quote card opens right
    /// after the sentence, so the reader never loses the line they tapped.
    pub card_after: usize,
    /// For ranks, the places the text allows: `全省第一` → (1, 1), `前30强` → (1, 30).
    pub rank: Option<(u32, u32)>,
}

/// A numeral of the article deliberately left plain, and why: a date, a name, an ordinal of an
/// event, a word (`content/not-statistics.toml`). Published beside the statistics for audit.
#[derive(Debug, Clone, PartialEq)]
pub struct NotStatistic {
    /// The line of `content/article.txt` it stands in.
    pub line: usize,
    /// A verbatim stretch of that line holding the numeral.
    pub context: &'static str,
    /// The numeral as written.
    pub numeral: &'static str,
    pub reason: &'static str,
}

/// A chart of related statistics: how to draw it and the words that go with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Stable, URL-safe, used in links.
    pub id: &'static str,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    /// What the chart shows, in a sentence: its accessible description.
    pub summary_zh: &'static str,
    pub summary_en: &'static str,
    /// The formula of every value the chart derives rather than reads from the article.
    pub note_zh: Option<&'static str>,
    pub note_en: Option<&'static str>,
    pub form: Form,
    /// Bars only: also state how the last bar compares with the first.
    pub ratio: bool,
    /// Figures, grouped as `form` reads them.
    pub rows: &'static [&'static [FigureIx]],
    /// Figures shown as notes under the graphic.
    pub extras: &'static [FigureIx],
    /// Breakdown only: the names of its two periods, the earlier and the part (`2023年`).
    pub parts_zh: &'static [&'static str],
    pub parts_en: &'static [&'static str],
}

/// The kind of graphic a chart is, each read from its rows in its own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// One figure a row, one bar each, on one scale.
    Bars,
    /// `[value, growth %]`: this year beside last year, derived from the growth.
    Growth,
    /// `[count]` or `[count, total amount]` (the total set as the headline), then
    /// `[count, rate %]` for each later stage.
    Funnel,
    /// `[whole, whole done]`, `[part, part done, rate %]`: one bar of the whole, split into the
    /// earlier part (done), the part done and the part still open.
    Breakdown,
    /// `[rank]` or `[rank, out-of count]`.
    Ranks,
    /// One key number a row, listed with what it counts.
    Tiles,
}

impl Chart {
    /// The first figure of its rows in reading order: the chart stands by that paragraph.
    /// `None` for a chart with no figure, which the content loader never lets through.
    pub fn anchor(&self) -> Option<FigureIx> {
        self.rows.iter().flat_map(|r| r.iter()).copied().min()
    }

    /// Every figure the chart shows, marks first, in order.
    pub fn figures(&self) -> impl Iterator<Item = FigureIx> + '_ {
        self.rows
            .iter()
            .flat_map(|r| r.iter().copied())
            .chain(self.extras.iter().copied())
    }

    /// Whether the chart shows figure `figure`.
    pub fn shows(&self, figure: FigureIx) -> bool {
        self.figures().any(|f| f == figure)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Count,
    Amount,
    Percent,
    Rank,
    Claim,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Exact,
    /// 以上, 至少, 登上…台阶: the value or more.
    AtLeast,
    /// 余, 多, 超过, 逾: more than the value.
    MoreThan,
    /// 以内, 以下, 不超过: the value or less.
    AtMost,
    /// 不足, 不到: less than the value.
    LessThan,
    /// 约, 近, 左右: about the value.
    Approximate,
    /// `value`..=`value_max`.
    Range,
}

impl Bound {
    /// The value is a lower bound: at least, or more than.
    pub fn is_lower(self) -> bool {
        matches!(self, Bound::AtLeast | Bound::MoreThan)
    }
}

/// The page around the article: its description and what its social preview shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The article's news in a sentence, after the interface's own line in search results
    /// and link previews.
    pub description_zh: &'static str,
    pub description_en: &'static str,
    /// Figures set large on the social preview, in order.
    pub preview_figures: &'static [FigureIx],
    /// The chart drawn on the social preview.
    pub preview_chart: usize,
    /// Built from unchecked proposals (`scripts/build.sh --draft`): the page says so.
    pub draft: bool,
    pub publication: Publication,
    /// The English edition's front matter; `None` only in a draft.
    pub english: Option<English>,
}

/// The English page's own words around the Chinese article (`content/page.toml` `[en]`): its
/// headline, standfirst and section headings. The body and quotes stay Chinese.
#[derive(Debug, Clone, PartialEq)]
pub struct English {
    pub headline: &'static str,
    pub standfirst: &'static str,
    /// One per headed section, in order.
    pub sections: &'static [&'static str],
}

/// The newspaper that published the article, and how the graphic names itself: content, so a
/// graphic for another paper needs no code change.
#[derive(Debug, Clone, PartialEq)]
pub struct Publication {
    /// The paper, in source lines and quote credits: `衡阳日报`, `Hengyang Daily`.
    pub paper_zh: &'static str,
    pub paper_en: &'static str,
    /// The line above the headline.
    pub brand_zh: &'static str,
    pub brand_en: &'static str,
    /// After a page's title in `<title>`, and the provider of embeds.
    pub site_zh: &'static str,
    pub site_en: &'static str,
    /// Lowercase ASCII, the start of every downloaded file's name: `hengyang-holiday.csv`.
    pub file_prefix: &'static str,
}

/// The one rule for a figure's or a chart's id (checked by the content loader): a lowercase
/// ASCII letter, then lowercase letters, digits and `-`. Ids are fragments of addresses and
/// parts of DOM ids; `site::ids` joins parts with `_`, which no id holds, so DOM ids made of
/// several ids cannot collide.
pub fn is_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_lowercase())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A chart's place in an article's `charts`: made only by looking a chart up in the article
/// (`chart_index`, `chart_ixs`, `chart_for_paragraph`), never from a number, so an address or
/// a stale count cannot stand for a chart that is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ChartIx(usize);

impl ChartIx {
    /// The position, for what counts or orders charts.
    pub fn get(self) -> usize {
        self.0
    }
}

/// A figure's place in an article's `figures`: made only by the content loader, which
/// resolves every figure id of the content to one, or by looking a figure up in the article
/// (`figure`, `figure_ixs`), never from a number an address or a tap carries; so a stale or
/// hostile number cannot stand for a figure that is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FigureIx(usize);

impl FigureIx {
    /// For the content loader and the statics it bakes: `i` is a place in the `figures` being
    /// made.
    pub(crate) const fn baked(i: usize) -> Self {
        FigureIx(i)
    }

    /// The position, for what counts or orders figures.
    pub fn get(self) -> usize {
        self.0
    }
}

/// `figures[ix]`: a place is looked up in the figures it was made for.
impl std::ops::Index<FigureIx> for [Figure] {
    type Output = Figure;

    fn index(&self, ix: FigureIx) -> &Figure {
        &self[ix.0]
    }
}

impl Article {
    /// The figure at `ix`, which this article made: always there.
    pub fn figure_at(&self, ix: FigureIx) -> &'static Figure {
        &self.figures[ix.0]
    }

    /// Every figure's place, in reading order.
    pub fn figure_ixs(&self) -> impl Iterator<Item = FigureIx> {
        (0..self.figures.len()).map(FigureIx)
    }

    /// The chart with id `id`, by its place.
    pub fn chart_index(&self, id: &str) -> Option<ChartIx> {
        self.charts.iter().position(|c| c.id == id).map(ChartIx)
    }

    /// Every chart's place, in order.
    pub fn chart_ixs(&self) -> impl Iterator<Item = ChartIx> {
        (0..self.charts.len()).map(ChartIx)
    }

    /// The chart at `ix`, which this article made: always there.
    pub fn chart_at(&self, ix: ChartIx) -> &'static Chart {
        &self.charts[ix.0]
    }

    pub fn chart(&self, id: &str) -> Option<&'static Chart> {
        self.charts.iter().find(|c| c.id == id)
    }

    pub fn figure(&self, id: &str) -> Option<(FigureIx, &'static Figure)> {
        self.figures
            .iter()
            .enumerate()
            .find(|(_, f)| f.id == id)
            .map(|(i, f)| (FigureIx(i), f))
    }

    /// Every paragraph's spans, in reading order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &'static [Span]> + '_ {
        self.blocks().filter_map(|b| match b {
            Block::Paragraph(spans) => Some(*spans),
            Block::Photo(_) => None,
        })
    }

    /// Every photo caption of the printed page, in reading order.
    pub fn photo_captions(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.blocks().filter_map(|b| match b {
            Block::Photo(caption) => Some(*caption),
            Block::Paragraph(_) => None,
        })
    }

    /// The paragraph that states figure `figure`.
    pub fn paragraph_of(&self, figure: FigureIx) -> Option<&'static [Span]> {
        self.paragraphs()
            .find(|spans| spans.contains(&Span::Figure(figure)))
    }

    /// Where the paragraph that states figure `figure` stands: its section's place in
    /// `sections` and its own in that section's `blocks`.
    pub fn place_of(&self, figure: FigureIx) -> Option<(usize, usize)> {
        // The figure knows its section; only that section's blocks are searched.
        let s = self.figure_at(figure).section;
        let b = self.sections.get(s)?.blocks.iter().position(|block| {
            matches!(block, Block::Paragraph(spans) if spans.contains(&Span::Figure(figure)))
        })?;
        Some((s, b))
    }

    /// The first chart that shows figure `figure`.
    pub fn chart_showing(&self, figure: FigureIx) -> Option<ChartIx> {
        self.charts
            .iter()
            .position(|c| c.shows(figure))
            .map(ChartIx)
    }

    fn blocks(&self) -> impl Iterator<Item = &'static Block> + '_ {
        self.sections.iter().flat_map(|s| s.blocks.iter())
    }

    /// The charts that stand by this paragraph: those whose first figure it states.
    pub fn charts_anchored_in<'a>(
        &'a self,
        spans: &'a [Span],
    ) -> impl Iterator<Item = (ChartIx, &'static Chart)> + 'a {
        self.charts
            .iter()
            .enumerate()
            .map(|(c, chart)| (ChartIx(c), chart))
            .filter(|(_, c)| c.anchor().is_some_and(|a| spans.contains(&Span::Figure(a))))
    }

    /// The chart a reader of this paragraph wants to see: one that stands by it, else the
    /// first that shows any of its figures; `None` for a paragraph without charted figures.
    pub fn chart_for_paragraph(&self, spans: &[Span]) -> Option<ChartIx> {
        self.charts_anchored_in(spans)
            .map(|(c, _)| c)
            .next()
            .or_else(|| {
                spans.iter().find_map(|span| match span {
                    Span::Figure(i) => self.chart_showing(*i),
                    Span::Text(_) => None,
                })
            })
    }
}

impl Figure {
    /// Byte range of the figure's text inside its quote (validated to occur exactly once).
    pub fn text_in_quote(&self) -> (usize, usize) {
        let start = self.quote.find(self.text).unwrap_or(0);
        (start, start + self.text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::{is_id, Span};
    use crate::article::ARTICLE;

    #[test]
    fn one_id_rule_for_figures_and_charts() {
        for good in [
            "a",
            "blue-sky",
            "pm25-record-low",
            "x-2",
            "summer-2023-done",
            "top10",
        ] {
            assert!(is_id(good), "{good}");
        }
        for bad in [
            "",
            "2023-tasks",
            "-a",
            "Blue",
            "a_b",
            "a b",
            "holiday visitors",
            "a.b",
            "图",
            "a<b",
        ] {
            assert!(!is_id(bad), "{bad}");
        }
        let all = ARTICLE.figures.iter().map(|f| f.id);
        assert!(all.chain(ARTICLE.charts.iter().map(|c| c.id)).all(is_id));
    }

    #[test]
    fn each_chart_is_the_one_for_the_paragraph_it_stands_by() {
        let paragraphs: Vec<&[Span]> = ARTICLE.paragraphs().collect();
        for c in ARTICLE.chart_ixs() {
            let chart = ARTICLE.chart_at(c);
            let anchored: Vec<_> = paragraphs
                .iter()
                .filter(|p| chart.anchor().is_some_and(|a| p.contains(&Span::Figure(a))))
                .collect();
            assert_eq!(
                anchored.len(),
                1,
                "{}: one paragraph states its first figure",
                chart.id
            );
            assert_eq!(
                ARTICLE.chart_for_paragraph(anchored[0]),
                Some(c),
                "{}",
                chart.id
            );
        }
        // A paragraph without charted figures asks for no chart.
        assert_eq!(ARTICLE.chart_for_paragraph(&[Span::Text("无")]), None);
    }
}
