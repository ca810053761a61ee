//! `PrintSources`: every figure's source sentence as endnotes, shown only in print.

use crate::article::ARTICLE;
use crate::i18n::Lang;
use crate::state::use_reader;
use yew::prelude::*;

/// Every figure with its source sentence, as endnotes: shown only when the page is printed,
/// where no quote can be opened; made only then (`Action::Print`), out of the first load's HTML
/// and work.
#[component]
pub fn PrintSources() -> Html {
    let ui = use_context::<Lang>().unwrap_or_default().ui();
    // Read at once as well: the browser renders this afresh when printing begins, and the list
    // must be in that first render, before the page is laid out for paper.
    if !(use_reader().printing || crate::state::reader().printing) {
        return html! {};
    }
    let items = ARTICLE.figures.iter().map(|f| {
        html! {
            <li>
                <strong>{ f.text }</strong>{ format!("（{}）：", f.label_zh) }<q>{ f.quote }</q>
            </li>
        }
    });
    html! {
        <section class="print-sources" aria-labelledby="print-sources-title">
            <h2 id="print-sources-title">{ ui.print_title }</h2>
            <ol lang="zh-CN">{ for items }</ol>
        </section>
    }
}
