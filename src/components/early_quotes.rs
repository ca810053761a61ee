//! Every figure's quote card, for the `<template>` of the prerendered page from which
//! `static/early.js` opens a quote before the app has arrived. Rendered once at build time,
//! never hydrated; the app renders its own cards.

use crate::article::ARTICLE;
use crate::components::quote_card::{quote_value, QuoteCard};
use crate::i18n::Lang;
use crate::model::{Article, FigureIx, Span};
use crate::site::ids;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EarlyQuotesProps {
    pub lang: Lang,
}

/// One model card (the first figure's, its quote holding only the figure's words), then for each
/// figure a `<span data-for data-from data-at>`: its card's id, and where its quote starts and
/// ends in its paragraph's text (in UTF-16 units, as the browser counts; the card opens at the
/// end, after the sentence, where the app puts it), with `data-value` where its card shows a
/// value. The script makes each card from the model: the label from the figure's `title`, the
/// marked words from the figure, the rest of the quote from the paragraph, the section from its
/// heading. One card and fifty short spans weigh a tenth of fifty cards in the first load.
#[component]
pub fn EarlyQuotes(props: &EarlyQuotesProps) -> Html {
    let lang = props.lang;
    let places = ARTICLE.figure_ixs().filter_map(|i| {
        let f = ARTICLE.figure_at(i);
        let at = card_offset(&ARTICLE, i)?;
        let from = at.checked_sub(f.quote.encode_utf16().count())?;
        Some(html! {
            <span
                data-for={ids::quote(f.id)}
                data-from={from.to_string()}
                data-at={at.to_string()}
                data-value={quote_value(f, lang)}
            />
        })
    });
    let model = ARTICLE.figures.first().map(|f| {
        html! { <QuoteCard figure={f} on_close={Callback::noop()} whole_quote=false /> }
    });
    html! {
        <ContextProvider<Lang> context={lang}>
            { for model }
            { for places }
        </ContextProvider<Lang>>
    }
}

/// Where figure `figure`'s card opens in its paragraph: the length of the text up to and with
/// the span it follows, in UTF-16 units. `None` for a figure in no paragraph.
pub fn card_offset(article: &Article, figure: FigureIx) -> Option<usize> {
    let spans = article.paragraph_of(figure)?;
    let after = article.figures[figure].card_after;
    let text = |span: &Span| match span {
        Span::Text(t) => *t,
        Span::Figure(j) => article.figures[*j].text,
    };
    Some(
        spans
            .get(..=after)?
            .iter()
            .map(|s| text(s).encode_utf16().count())
            .sum(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_card_opens_right_after_the_end_of_its_quote() {
        let mut checked = 0;
        for i in ARTICLE.figure_ixs() {
            let f = ARTICLE.figure_at(i);
            let Some(at) = card_offset(&ARTICLE, i) else {
                continue;
            };
            // The paragraph's text as the browser holds it, cut where the card goes.
            let paragraph: String = ARTICLE
                .paragraph_of(i)
                .expect("a paragraph")
                .iter()
                .map(|s| match s {
                    Span::Text(t) => *t,
                    Span::Figure(j) => ARTICLE.figures[*j].text,
                })
                .collect();
            let units: Vec<u16> = paragraph.encode_utf16().collect();
            let before = String::from_utf16(&units[..at]).expect("cut between characters");
            assert!(
                before.ends_with(f.quote),
                "{}: the card opens after {:?} (reversed)",
                f.id,
                before.chars().rev().take(15).collect::<String>()
            );
            checked += 1;
        }
        assert_eq!(
            checked,
            ARTICLE.figures.len(),
            "every figure stands in a paragraph"
        );
    }
}
