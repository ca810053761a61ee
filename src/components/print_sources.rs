use crate::ARTICLE;
use yew::prelude::*;

/// Every figure with its source sentence, as endnotes: shown only when the page is printed,
/// where no quote can be opened.
#[component]
pub fn PrintSources() -> Html {
    let items = ARTICLE.figures.iter().map(|f| {
        html! {
            <li>
                <strong>{ f.text }</strong>{ format!("（{}）：", f.label_zh) }<q>{ f.quote }</q>
            </li>
        }
    });
    html! {
        <section class="print-sources" aria-labelledby="print-sources-title">
            <h2 id="print-sources-title">{ "文中数据出处" }</h2>
            <ol>{ for items }</ol>
        </section>
    }
}
