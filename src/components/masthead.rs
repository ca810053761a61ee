use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    pub title: &'static str,
    pub byline: &'static str,
    /// How many statistics the reader can open, for the reading hint.
    pub figures: usize,
    /// The newspaper's kicker: on the page, not in an embed on the newspaper's own site.
    pub kicker: bool,
}

/// Headline, byline and a one-line hint on how to read the graphic.
#[component]
pub fn Masthead(props: &MastheadProps) -> Html {
    html! {
        <header class="masthead">
            if props.kicker {
                <p class="kicker">{ "衡阳日报 · 数读衡阳" }</p>
            }
            <h1 class="headline">{ props.title }</h1>
            <p class="byline">{ props.byline }</p>
            <p class="hint">
                { format!("文中 {} 处", props.figures) }
                <span class="hint-figure" aria-hidden="true">{ "高亮数字" }</span>
                { "可点击，查看原文出处。" }
            </p>
        </header>
    }
}
