use crate::components::ids;
use crate::components::masthead::Masthead;
use crate::components::narrative::Narrative;
use crate::state::{Action, Reader};
use crate::{web, ARTICLE};
use yew::prelude::*;

/// The whole infographic: masthead, then the article with its clickable figures.
#[component]
pub fn App() -> Html {
    let reader = use_reducer(Reader::default);

    {
        let dispatcher = reader.dispatcher();
        use_effect_with((), move |_| {
            let listener = web::listen_for_escape(move || dispatcher.dispatch(Action::Close));
            move || drop(listener)
        });
    }

    // When a quote closes, focus goes back to the figure that opened it.
    let last_open = use_mut_ref(|| None::<usize>);
    use_effect_with(reader.open, move |open| {
        let previous = last_open.replace(*open);
        if let (Some(closed), None) = (previous, open) {
            web::focus(&ids::figure(ARTICLE.figures[closed].id));
        }
        if let Some(opened) = open {
            // After the card is painted: scrolling lays the page out, which need not delay it.
            let card = ids::quote(ARTICLE.figures[*opened].id);
            web::after_next_paint(move || web::reveal(&card));
        }
    });

    // Stable callbacks: children whose props are unchanged skip re-rendering on a click.
    let on_figure = {
        let dispatcher = reader.dispatcher();
        use_callback((), move |i, _| dispatcher.dispatch(Action::Toggle(i)))
    };
    let on_close = {
        let dispatcher = reader.dispatcher();
        use_callback((), move |(), _| dispatcher.dispatch(Action::Close))
    };

    html! {
        <main class="page" lang="zh-CN">
            <article class="story">
                <Masthead title={ARTICLE.title} byline={ARTICLE.byline} figures={ARTICLE.figures.len()} />
                <Narrative open={reader.open} {on_figure} {on_close} />
            </article>
            <footer class="colophon">
                <p>{ "来源：衡阳日报《向“新”而行 向“高”而攀》。文中每个高亮数字均可点开，查看其在原文中的出处。" }</p>
            </footer>
        </main>
    }
}
