use crate::{site, web};
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    /// One chart (index into `ARTICLE.charts`), or the whole graphic.
    pub chart: Option<usize>,
}

/// The iframe code an editor pastes into the newspaper's site, to read and copy.
#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let code = site::embed_code(props.chart);
    let copied = use_state(|| None::<bool>);
    let onclick = {
        let (code, copied) = (code.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, copied) = (code.clone(), copied.clone());
            spawn_local(async move { copied.set(Some(web::copy_text(&code).await)) });
        })
    };
    let what = if props.chart.is_some() {
        "嵌入本图"
    } else {
        "嵌入全文图解"
    };
    let status = match *copied {
        Some(true) => "代码已复制",
        Some(false) => "请选中上面的代码复制",
        None => "",
    };
    html! {
        <details class="embed">
            <summary>{ what }</summary>
            <textarea class="embed-code" readonly=true rows="4" aria-label={format!("{what}的代码")} value={code} />
            <button type="button" class="embed-copy" {onclick}>{ "复制代码" }</button>
            <span class="share-status" role="status">{ status }</span>
        </details>
    }
}
