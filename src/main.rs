//! The browser entry point: hydrates the HTML that `prerender` wrote into `<div id="app">`
//! (or, in a build without prerendering, renders the app there).

fn main() {
    let renderer = yew::Renderer::<hengyang_infographic::App>::with_root(
        hengyang_infographic::web::app_root(),
    );
    #[cfg(feature = "hydration")]
    renderer.hydrate();
    #[cfg(not(feature = "hydration"))]
    renderer.render();
}
