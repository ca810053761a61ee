//! The interface in Chinese and English: every word the app itself says (buttons, hints,
//! chart words, table heads). The article stays in Chinese in both; its figures' English
//! labels and units come from the content.

/// The reader's language for the interface, reflected in the URL and `<html lang>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// For `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// The one of a pair of content words (`_zh`, `_en`) that is in this language.
    pub fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The newspaper's name (`content/page.toml` `[publication]`).
    pub fn paper(self) -> &'static str {
        let p = &crate::article::PAGE.publication;
        self.pick(p.paper_zh, p.paper_en)
    }

    /// The line above the headline.
    pub fn brand(self) -> &'static str {
        let p = &crate::article::PAGE.publication;
        self.pick(p.brand_zh, p.brand_en)
    }

    /// After a page's title, and the provider of embeds.
    pub fn site_name(self) -> &'static str {
        let p = &crate::article::PAGE.publication;
        self.pick(p.site_zh, p.site_en)
    }

    /// The headline in this language: the article's own, or the English edition's
    /// (`content/page.toml` `[en]`; a draft without one falls back to the Chinese).
    pub fn headline(self) -> &'static str {
        let en = crate::article::PAGE.english.as_ref();
        let chinese = crate::article::ARTICLE.title;
        self.pick(chinese, en.map_or(chinese, |e| e.headline))
    }

    /// A section's heading in this language (`None` for the intro): the article's own, or the
    /// English edition's.
    pub fn section_heading(self, section: usize) -> Option<&'static str> {
        let article = &crate::article::ARTICLE;
        let chinese = article.sections.get(section)?.heading?;
        let nth = article.sections[..section]
            .iter()
            .filter(|s| s.heading.is_some())
            .count();
        let en = crate::article::PAGE.english.as_ref();
        Some(
            self.pick(
                chinese,
                en.and_then(|e| e.sections.get(nth).copied())
                    .unwrap_or(chinese),
            ),
        )
    }
}

/// The foot line of the social preview image (drawn at build time).
pub fn preview_foot(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("文中{n}个数字，点开即见原文出处"),
        Lang::En => format!("{n} figures, each opening the sentence it comes from"),
    }
}

/// The interface's words in one language. Entries that take values are functions.
pub struct Ui {
    /// The English page's one line saying the article stays Chinese (empty in Chinese).
    pub article_language: &'static str,
    pub hint_lead: fn(usize) -> String,
    pub hint_figures: &'static str,
    pub hint_tail: &'static str,
    /// The link to the other language, in that language.
    pub switch: &'static str,
    pub close: &'static str,
    pub close_label: &'static str,
    /// From a quote under a chart to its figure in the article.
    pub show_in_text: &'static str,
    pub quote_region: fn(&str) -> String,
    /// Before the headline under a quote (paper).
    pub quoted_from: fn(&str) -> String,
    /// A headline cited as a work: `《标题》`, `“Headline”`.
    pub work_title: fn(&str) -> String,
    pub share: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,
    pub share_link: &'static str,
    pub save_image: &'static str,
    /// The Listen tool: the chart's marks as tones.
    pub listen: &'static str,
    pub long_press: &'static str,
    pub download_data: &'static str,
    pub download_all: fn(usize) -> String,
    /// The link to the numerals of the text left plain, with the reason for each.
    pub download_plain: &'static str,
    pub view_data: &'static str,
    pub columns: [&'static str; 3],
    pub embed_page: &'static str,
    pub embed_chart: &'static str,
    pub embed_code_of: fn(&str) -> String,
    pub copy_code: &'static str,
    pub code_copied: &'static str,
    pub code_select: &'static str,
    /// The embed's colour scheme: what the choice is called, and its choices: the host's
    /// system (`site::Theme::Auto`), light, dark.
    pub theme_label: &'static str,
    pub themes: [&'static str; 3],
    /// (paper, headline).
    pub source_line: fn(&str, &str) -> String,
    /// A sentence ended as the language ends it, ready for the next: `。` in Chinese; in
    /// English a full stop and a space, the stop inside a closing quotation mark (AP style).
    pub end_sentence: fn(&str) -> String,
    pub colophon_hint: &'static str,
    pub open_full: &'static str,
    pub marks_of: fn(&str) -> String,
    /// A mark's place among its chart's marks (first is 1), ending its accessible name.
    pub place: fn(usize, usize) -> String,
    pub print_title: &'static str,
    /// Heading and lead of the list of the printed page's photo captions.
    pub photo_notes_title: &'static str,
    pub photo_notes_lead: &'static str,
    pub failure: &'static str,
    pub failure_empty: &'static str,
    /// Over a page built from proposals no editor has checked (`scripts/build.sh --draft`).
    pub draft_notice: &'static str,
    // Words drawn in the charts.
    pub year_on_year: fn(&str) -> String,
    pub about: fn(&str) -> String,
    pub completion: fn(&str) -> String,
    pub done: fn(&str) -> String,
    /// A lower bound the article writes without a qualifier: `300亿元` → `300亿元以上`.
    pub or_more: fn(&str) -> String,
    /// An upper bound the chart derives: `至多8.4%`, `at most 8.4%`.
    pub at_most: fn(&str) -> String,
    /// Breakdown: the earlier part, all done (period, count).
    pub earlier_done: fn(&str, &str) -> String,
    /// Breakdown: the lead-in to the part's done count (period).
    pub part_done: fn(&str) -> String,
    /// Breakdown: the part still open (period, count).
    pub part_open: fn(&str, &str) -> String,
    /// Breakdown: what the bar shows (count open, period), before the sums that prove it.
    pub open_finding: fn(&str, &str) -> String,
    pub out_of: fn(&str, &str) -> String,
    pub times: fn(&str) -> String,
    /// A figure in words, label and value: a note under a chart (after its bullet) and a
    /// mark's name.
    pub note_line: fn(&str, &str) -> String,
    // Rows of the data table for derived values.
    /// A growth chart's earlier value (period as the content names it, label).
    pub derived_earlier_period: fn(&str, &str) -> String,
    pub derived_ratio: fn(&str, &str) -> String,
    pub derived_earlier: fn(&str) -> String,
    pub derived_open: fn(&str) -> String,
}

impl Ui {
    /// A figure said in one line, label and value (`note_line`), or its label alone where the
    /// label already holds the figure's words (a claim without a number is its label): a chart's
    /// notes and its marks' names say it so.
    pub fn note(&self, label: &str, text: &str) -> String {
        if label.contains(text) {
            label.to_string()
        } else {
            (self.note_line)(label, text)
        }
    }
}

pub static ZH: Ui = Ui {
    article_language: "",
    hint_lead: |n| format!("文中{n}处"),
    hint_figures: "高亮数字",
    hint_tail: "可点击，查看原文出处。",
    switch: "中文",
    close: "收起",
    close_label: "收起原文",
    show_in_text: "在文中查看",
    quote_region: |label| format!("{label}：原文出处"),
    quoted_from: |_| "——".into(),
    work_title: |title| format!("《{title}》"),
    share: "分享",
    copied: "链接已复制",
    copy_by_hand: "请复制链接：",
    share_link: "分享链接",
    save_image: "保存图片",
    listen: "听图表",
    long_press: "长按图片即可保存",
    download_data: "下载数据",
    download_all: |n| format!("下载全文{n}个数据（CSV）"),
    download_plain: "文中未标为数据的数字及理由（CSV）",
    view_data: "查看数据",
    columns: ["指标", "原文", "数值"],
    embed_page: "嵌入全文图解",
    embed_chart: "嵌入本图",
    embed_code_of: |what| format!("{what}的代码"),
    copy_code: "复制代码",
    code_copied: "代码已复制",
    code_select: "请选中上面的代码复制",
    theme_label: "配色",
    themes: ["跟随系统", "浅色", "深色"],
    source_line: |paper, title| format!("数据来源：{paper}《{title}》"),
    end_sentence: |s| format!("{s}。"),
    colophon_hint: "文中每个高亮数字均可点开，查看其在原文中的出处。",
    open_full: "打开完整图解",
    marks_of: |title| format!("{title}：图中数据"),
    place: |n, count| format!("，第{n}项，共{count}项"),
    print_title: "文中数据出处",
    photo_notes_title: "原版配图说明",
    photo_notes_lead: "报纸原版刊有以下照片，本图解未收录照片，仅列其说明：",
    failure: "互动功能出错了，文章仍可阅读；刷新页面可重试。",
    failure_empty: "图解未能加载，请刷新页面重试。",
    draft_notice: "草稿：本页的数据、摘录与措辞由文稿自动生成，尚未经编辑核对，不得发布。",
    year_on_year: |rate| format!("同比增长{rate}"),
    about: |value| format!("约{value}"),
    completion: |rate| format!("完成率{rate}"),
    done: |n| format!("已完成{n}"),
    or_more: |v| format!("{v}以上"),
    at_most: |v| format!("至多{v}"),
    earlier_done: |p, n| format!("{p}：{n}，均已完成（推算）"),
    part_done: |p| format!("{p}已完成"),
    part_open: |p, n| format!("{p}未完成：{n}（推算）"),
    open_finding: |n, p| format!("据推算，未完成的{n}全部是{p}的任务："),
    out_of: |label, total| format!("{label}（共{total}）"),
    times: |n| format!("{n}倍"),
    note_line: |label, value| format!("{label}：{value}"),
    derived_earlier_period: |period, label| format!("{period}同期{label}（推算）"),
    derived_ratio: |a, b| format!("{a}与{b}之比（推算）"),
    derived_earlier: |p| format!("{p}任务数（推算）"),
    derived_open: |p| format!("{p}未完成任务（推算）"),
};

pub static EN: Ui = Ui {
    article_language: "The article and its quotes are in Chinese, as the paper printed them; \
                       the charts, labels and tools are in English.",
    // The spaces at the joins are the text's own: the three parts are separate text nodes.
    hint_lead: |n| format!("Tap any of the {n} "),
    hint_figures: "highlighted figures",
    hint_tail: " to read the sentence it comes from.",
    switch: "English",
    close: "Close",
    close_label: "Close the quote",
    show_in_text: "Show in the article",
    quote_region: |label| format!("{label}: the source sentence"),
    quoted_from: |paper| format!("— {paper}, "),
    work_title: |title| format!("“{title}”"),
    share: "Share",
    copied: "Link copied",
    copy_by_hand: "Copy the link:",
    share_link: "Link to share",
    save_image: "Save image",
    listen: "Listen",
    long_press: "Press and hold the picture to save it",
    download_data: "Download data (CSV)",
    download_all: |n| format!("Download all {n} figures (CSV)"),
    download_plain: "Numbers in the text not marked as figures, and why (CSV)",
    view_data: "Show the data",
    columns: ["Measure", "As written", "Value"],
    embed_page: "Embed the whole graphic",
    embed_chart: "Embed this chart",
    embed_code_of: |what| format!("{what}: code"),
    copy_code: "Copy code",
    code_copied: "Code copied",
    code_select: "Select the code above to copy it",
    theme_label: "Colors",
    themes: ["Follow system", "Light", "Dark"],
    source_line: |paper, title| format!("Source: {paper}, “{title}”"),
    end_sentence: |s| match s.strip_suffix('”') {
        Some(quoted) => format!("{quoted}.” "),
        None => format!("{s}. "),
    },
    colophon_hint: "Every highlighted figure opens the sentence it comes from.",
    open_full: "Open the full graphic",
    marks_of: |title| format!("{title}: figures in the chart"),
    place: |n, count| format!(", {n} of {count}"),
    print_title: "Sources of the figures",
    photo_notes_title: "Photos in the print edition",
    photo_notes_lead: "The printed page carried these photos, which are not reproduced here; their captions (in Chinese):",
    failure: "Something went wrong with the interactive parts; the article can still be read. Reload to try again.",
    failure_empty: "The graphic could not be loaded. Please reload the page.",
    draft_notice: "Draft: the figures, quotes and wording on this page were proposed automatically \
                   from the text and have not been checked by an editor. Not for publication.",
    year_on_year: |rate| format!("+{rate} year on year"),
    about: |value| format!("about {value}"),
    completion: |rate| format!("{rate} done"),
    done: |n| format!("Done: {n}"),
    or_more: |v| format!("at least {v}"),
    at_most: |v| format!("at most {v}"),
    earlier_done: |p, n| format!("{p}: {n}, all done (our calculation)"),
    part_done: |p| format!("Done in {p}:"),
    part_open: |p, n| format!("{p} still open: {n} (our calculation)"),
    open_finding: |n, p| format!("By our calculation, all {n} still open are from {p}:"),
    out_of: |label, total| format!("{label} (of {total})"),
    times: |n| format!("{n} times"),
    // The value first: on a narrow screen a long English label is what gets cut.
    note_line: |label, value| format!("{value} — {label}"),
    derived_earlier_period: |period, label| {
        format!("{label}, {} (our calculation)", period.to_ascii_lowercase())
    },
    derived_ratio: |a, b| format!("{a} to {b} (our calculation)"),
    derived_earlier: |p| format!("Tasks {} (our calculation)", p.to_ascii_lowercase()),
    derived_open: |p| format!("Open tasks in {p} (our calculation)"),
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::has_cjk;

    #[test]
    fn the_english_interface_has_no_chinese_words_of_its_own() {
        // Destructured without `..`: a new field that is not checked here does not compile.
        let Ui {
            article_language,
            hint_lead,
            hint_figures,
            hint_tail,
            switch,
            close,
            close_label,
            show_in_text,
            quote_region,
            quoted_from,
            work_title,
            share,
            copied,
            copy_by_hand,
            share_link,
            save_image,
            listen,
            long_press,
            download_data,
            download_all,
            download_plain,
            view_data,
            columns,
            embed_page,
            embed_chart,
            embed_code_of,
            copy_code,
            code_copied,
            code_select,
            theme_label,
            themes,
            source_line,
            end_sentence,
            colophon_hint,
            open_full,
            marks_of,
            place,
            print_title,
            photo_notes_title,
            photo_notes_lead,
            failure,
            failure_empty,
            draft_notice,
            year_on_year,
            about,
            completion,
            done,
            or_more,
            at_most,
            earlier_done,
            part_done,
            part_open,
            open_finding,
            out_of,
            times,
            note_line,
            derived_earlier_period,
            derived_ratio,
            derived_earlier,
            derived_open,
        } = Lang::En.ui();
        let fixed = [
            hint_figures,
            hint_tail,
            switch,
            close,
            close_label,
            show_in_text,
            share,
            copied,
            copy_by_hand,
            share_link,
            save_image,
            listen,
            long_press,
            download_data,
            view_data,
            embed_page,
            embed_chart,
            copy_code,
            code_copied,
            code_select,
            theme_label,
            colophon_hint,
            article_language,
            download_plain,
            open_full,
            print_title,
            photo_notes_title,
            photo_notes_lead,
            failure,
            failure_empty,
            draft_notice,
        ];
        for text in fixed.into_iter().chain(columns.iter()).chain(themes.iter()) {
            assert!(!has_cjk(text), "{text}");
        }
        // Words made around values: the values given here are plain, so any Chinese in the
        // result is the interface's own. (The headline stays Chinese: it is the article's.)
        let made = [
            hint_lead(51),
            quote_region("a"),
            quoted_from("Hengyang Daily"),
            work_title("Headline"),
            download_all(51),
            embed_code_of("a"),
            marks_of("a"),
            place(3, 5),
            year_on_year("80.52%"),
            about("1"),
            completion("89.57%"),
            done("438"),
            out_of("Top 30", "339"),
            times("2"),
            note_line("a", "b"),
            derived_earlier_period("a", "b"),
            derived_ratio("a", "b"),
            or_more("a"),
            at_most("a"),
            earlier_done("a", "b"),
            part_done("a"),
            part_open("a", "b"),
            open_finding("a", "b"),
            derived_earlier("a"),
            derived_open("a"),
        ];
        for text in made {
            assert!(!has_cjk(&text), "{text}");
        }
        assert_eq!(
            source_line("Hengyang Daily", "Headline"),
            "Source: Hengyang Daily, “Headline”"
        );
        // AP: the full stop goes inside the closing quotation mark.
        assert_eq!(end_sentence("Source: a, “B”"), "Source: a, “B.” ");
        assert_eq!(end_sentence("Source: a"), "Source: a. ");
    }

    #[test]
    fn values_of_ours_say_so_and_bounds_are_words() {
        for (ui, mark) in [(&ZH, "推算"), (&EN, "our calculation")] {
            let ours = [
                (ui.earlier_done)("a", "1"),
                (ui.part_open)("a", "1"),
                (ui.open_finding)("1", "a"),
                (ui.derived_earlier_period)("a", "b"),
                (ui.derived_ratio)("a", "b"),
                (ui.derived_earlier)("a"),
                (ui.derived_open)("a"),
            ];
            for text in ours {
                assert!(text.contains(mark), "{text}");
            }
            for text in [(ui.at_most)("8.4%"), (ui.or_more)("1"), (ui.about)("1")] {
                assert!(!text.contains(['≥', '≤', '≈']), "{text}");
            }
        }
    }

    #[test]
    fn the_preview_foot_is_english_in_english() {
        assert!(!has_cjk(&preview_foot(Lang::En, 51)));
    }

    #[test]
    fn each_language_names_the_other_for_the_switch() {
        assert_eq!(Lang::Zh.other().ui().switch, "English");
        assert_eq!(Lang::En.other().ui().switch, "中文");
        assert_eq!(Lang::En.code(), "en");
        assert_eq!(Lang::default(), Lang::Zh);
    }
}
