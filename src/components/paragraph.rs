//! `Paragraph`: what one paragraph holds, running text and figure buttons, with the open quote
//! card after the sentence it quotes (the `<p>` itself is its island's element, `Narrative`'s).

use crate::article::ARTICLE;
use crate::components::figure_button::figure_button;
use crate::components::quote_card::QuoteCard;
use crate::i18n::Lang;
use crate::kinsoku;
use crate::model::Span;
use crate::state::{use_dispatch, use_reader, Action, Reader};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    pub spans: &'static [Span],
}

/// Splits `text` into what may break freely and the run at its end (`at_end`) or start that
/// belongs to an adjacent figure by the rules of Chinese line breaking ([`kinsoku`]).
pub(crate) fn glue_split(text: &'static str, at_end: bool) -> (&'static str, &'static str) {
    if at_end {
        let keep = text.trim_end_matches(kinsoku::NOT_AT_END);
        (keep, &text[keep.len()..])
    } else {
        let rest = text.trim_start_matches(kinsoku::NOT_AT_START);
        (&text[..text.len() - rest.len()], rest)
    }
}

/// One paragraph of the article; an open figure's quote card follows the sentence it quotes.
/// A figure is set as part of the running text: the opening punctuation before it and the
/// closing punctuation after it stay on its line, so no line ends with "（" or starts with
/// "，" around a figure (a figure button is an atomic inline box, which the browser's own
/// Chinese line-breaking rules do not see into).
#[component]
pub fn Paragraph(props: &ParagraphProps) -> Html {
    let spans = props.spans;
    let lang = use_context::<Lang>().unwrap_or_default();
    let Reader { open, in_chart, .. } = use_reader();
    let on_figure = use_dispatch(Action::Toggle);
    let on_close = use_dispatch(|()| Action::Close);
    let here = |i: &crate::model::FigureIx| spans.contains(&Span::Figure(*i));
    // The figure whose quote is open in the text, and one lit because its quote is open under
    // its chart: each only if it stands in this paragraph.
    let lit = open.filter(|i| in_chart && here(i));
    let open = open.filter(|i| !in_chart && here(i));
    let open_here = open.map(|i| &ARTICLE.figures[i]);
    let text_at = |at: usize| match spans.get(at) {
        Some(Span::Text(t)) => Some(*t),
        _ => None,
    };
    let rendered = spans.iter().enumerate().map(|(at, span)| {
        let content = match span {
            Span::Text(text) => {
                // Trimmed of what the figures beside it carry.
                let mut text = *text;
                if at > 0 && matches!(spans[at - 1], Span::Figure(_)) {
                    text = glue_split(text, false).1;
                }
                if matches!(spans.get(at + 1), Some(Span::Figure(_))) {
                    text = glue_split(text, true).0;
                }
                html! { { text } }
            }
            Span::Figure(i) => {
                let before = at
                    .checked_sub(1)
                    .and_then(text_at)
                    .map_or("", |t| glue_split(t, true).1);
                let after = text_at(at + 1).map_or("", |t| glue_split(t, false).0);
                html! {
                    <span class="glue">
                        { before }
                        { figure_button(*i, &ARTICLE.figures[*i], open == Some(*i), lit == Some(*i), &on_figure, lang) }
                        { after }
                    </span>
                }
            }
        };
        let card = open_here
            .filter(|f| f.card_after == at)
            .map(|f| html! { <QuoteCard figure={f} on_close={on_close.clone()} /> });
        html! { <>{ content }{ for card }</> }
    });
    html! { <>{ for rendered }</> }
}

#[cfg(test)]
mod tests {
    use super::glue_split;

    #[test]
    fn opening_punctuation_goes_with_the_figure_after_it_closing_with_the_one_before() {
        assert_eq!(glue_split("跻身全国（", true), ("跻身全国", "（"));
        assert_eq!(glue_split("），排名", false), ("），", "排名"));
        assert_eq!(glue_split("。", false), ("。", ""));
        assert_eq!(glue_split("达到", true), ("达到", ""));
        assert_eq!(glue_split("地级市）", false), ("", "地级市）"));
    }
}
