//! The browser entry point: mounts the app into `<div id="app">` of `index.html`.

fn main() {
    yew::Renderer::<hengyang_infographic::App>::with_root(hengyang_infographic::web::app_root())
        .render();
}
