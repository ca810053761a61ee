use crate::components::embed_code::EmbedCode;
use crate::site::{self, Mode};
use crate::{export, ARTICLE};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ColophonProps {
    pub mode: Mode,
}

/// The foot of the page: the source, and the embed code on the page itself; in an iframe, a
/// link out to the whole graphic instead.
#[component]
pub fn Colophon(props: &ColophonProps) -> Html {
    let source = format!("来源：衡阳日报《{}》。", ARTICLE.title);
    html! {
        <footer class="colophon">
            if props.mode.is_embedded() {
                <p>
                    { source }
                    <a href={site::BASE_URL} target="_blank" rel="noopener">{ "打开完整图解" }</a>
                </p>
            } else {
                <p>{ source }{ "文中每个高亮数字均可点开，查看其在原文中的出处。" }</p>
                <p>
                    <a href={export::csv_path(None)} download="衡阳日报-全部数据.csv">
                        { format!("下载全文{}个数据（CSV）", ARTICLE.figures.len()) }
                    </a>
                </p>
                <EmbedCode chart={None::<usize>} />
            }
        </footer>
    }
}
