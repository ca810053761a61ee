//! `SaveImage`: saves a chart as a PNG poster (or shows it to long-press in in-app browsers).

use crate::article::ARTICLE;
use crate::charts::{self, poster, Theme};
use crate::i18n::Lang;
use crate::model::Chart;
use crate::site::ids;
use crate::{export, format, web};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SaveImageProps {
    pub chart: &'static Chart,
}

/// Saves the chart as a PNG at the screen's full resolution, with its title, values and source.
/// In-app browsers ignore downloads: there the picture is shown, to long-press and save.
#[component]
pub fn SaveImage(props: &SaveImageProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let ui = lang.ui();
    let shown = use_state(|| None::<String>);
    let onclick = {
        let (chart, shown) = (props.chart, shown.clone());
        Callback::from(move |_: MouseEvent| {
            let width = web::element_width(&ids::chart(chart.id)).max(300.0);
            let ratio = web::pixel_ratio();
            let placed = poster::poster(chart, &ARTICLE, width, lang);
            let theme = Theme::for_scheme(ratio, false);
            let Some(url) = web::png_data_url(width, placed.height, ratio, |area| {
                let _ = charts::draw(area, &placed, &theme, None);
            }) else {
                return;
            };
            if web::is_in_app_browser() {
                shown.set(Some(url));
            } else {
                web::download(&url, &export::download_name(chart.id, "png"));
            }
        })
    };
    let picture = (*shown).clone().map(|url| {
        html! {
            <span class="saved-image">
                <img src={url} alt={format::chart_words(props.chart, lang).title} />
                <span class="saved-hint" role="status">{ ui.long_press }</span>
            </span>
        }
    });
    html! {
        <>
            <button type="button" class="tool-button" {onclick}>{ ui.save_image }</button>
            { for picture }
        </>
    }
}
