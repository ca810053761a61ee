//! `Paragraph`: one paragraph of running text and figure buttons, with the open quote card
//! after the sentence it quotes.

use crate::article::ARTICLE;
use crate::components::figure_button::FigureButton;
use crate::components::quote_card::QuoteCard;
use crate::model::Span;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    pub spans: &'static [Span],
    /// The open figure, only if it stands in this paragraph (so other paragraphs keep equal
    /// props and skip re-rendering).
    pub open: Option<usize>,
    pub on_figure: Callback<usize>,
    pub on_close: Callback<()>,
}

/// One paragraph of the article; an open figure's quote card follows the sentence it quotes.
#[component]
pub fn Paragraph(props: &ParagraphProps) -> Html {
    let open_here = props.open.map(|i| &ARTICLE.figures[i]);
    let spans = props.spans.iter().enumerate().map(|(at, span)| {
        let content = match span {
            Span::Text(text) => html! { { *text } },
            Span::Figure(i) => html! {
                <FigureButton
                    index={*i}
                    figure={&ARTICLE.figures[*i]}
                    expanded={props.open == Some(*i)}
                    on_activate={props.on_figure.clone()}
                />
            },
        };
        let card = open_here
            .filter(|f| f.card_after == at)
            .map(|f| html! { <QuoteCard figure={f} on_close={props.on_close.clone()} /> });
        html! { <>{ content }{ for card }</> }
    });
    html! { <p class="paragraph">{ for spans }</p> }
}
