//! Browser entry point: install the panic hook, then mount the app on <body>.

/// Where the iframe embed's pages live. The build writes one for every occupation; a host that
/// falls back to this app for any other path under it gets the card's own "no such occupation"
/// message rather than the site, because the embed's script is what shows it.
const EMBED_FRAMES: &str = "/embed/occupation/";

fn main() {
    console_error_panic_hook::set_once();
    let window = web_sys::window().expect("a browser window");
    let path = window.location().pathname().unwrap_or_default();
    if path.starts_with(EMBED_FRAMES) {
        show_embed_frame(&window.document().expect("a document"));
    } else {
        leptos::mount::mount_to_body(careerlens::App);
        // The page answers input from here on: the page-load benchmark (bench/page-load.mjs)
        // times its "interactive" from this mark.
        if let Some(root) = window.document().and_then(|d| d.document_element()) {
            _ = root.set_attribute("data-app", "ready");
        }
    }
}

/// Hands the page to the iframe embed's script.
fn show_embed_frame(document: &web_sys::Document) {
    let Ok(script) = document.create_element("script") else {
        return;
    };
    _ = script.set_attribute("type", "module");
    _ = script.set_attribute("src", "/embed-frame.js");
    if let Some(head) = document.head() {
        _ = head.append_child(&script);
    }
}
