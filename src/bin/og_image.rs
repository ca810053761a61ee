//! Writes the social preview as SVG, drawn from the content by the chart code:
//! `og-image <out.svg>`. `scripts/og-image.sh` turns it into `static/og-image.png`.

use hengyang_infographic::charts::preview::{draw_preview, HEIGHT, WIDTH};
use hengyang_infographic::{ARTICLE, PAGE};
use plotters::prelude::*;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: og-image <out.svg>");
        std::process::exit(1);
    };
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        if let Err(e) = draw_preview(&area, &ARTICLE, &PAGE) {
            eprintln!("og-image: {e:?}");
            std::process::exit(1);
        }
    }
    if let Err(e) = std::fs::write(&path, svg) {
        eprintln!("og-image: {path}: {e}");
        std::process::exit(1);
    }
}
