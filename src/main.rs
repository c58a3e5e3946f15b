//! Browser entry point: install the panic hook, then start the app: beside a prerendered page,
//! which it takes over once it shows the same (`careerlens::takeover`), or on an empty page.

use careerlens::takeover::{self, ROOT_CLASS, Takeover};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where the iframe embed's pages live. The build writes one for every occupation; a host that
/// falls back to this app for any other path under it gets the card's own "no such occupation"
/// message rather than the site, because the embed's script is what shows it.
const EMBED_FRAMES: &str = "/embed/occupation/";

fn main() {
    console_error_panic_hook::set_once();
    let window = web_sys::window().expect("a browser window");
    let document = window.document().expect("a document");
    let path = window.location().pathname().unwrap_or_default();
    if path.starts_with(EMBED_FRAMES) {
        show_embed_frame(&document);
        return;
    }
    let root: web_sys::HtmlElement = document
        .create_element("div")
        .expect("a div")
        .unchecked_into();
    root.set_class_name(ROOT_CLASS);
    match takeover::prerendered_root(&document, &path) {
        Some(prerendered) => {
            let head = takeover::prerendered_head_tags(&document);
            root.set_hidden(true);
            _ = prerendered.after_with_node_1(&root);
            let app = root.clone();
            leptos::mount::mount_to(root, move || {
                Takeover::provide(move || {
                    takeover::swap(&prerendered, &app, &head);
                    mark_ready(&document);
                });
                view! { <careerlens::App /> }
            })
            .forget();
        }
        None => {
            _ = document.body().expect("a body").append_child(&root);
            leptos::mount::mount_to(root, careerlens::App).forget();
            mark_ready(&document);
        }
    }
}

/// The page answers input from here on: the page-load benchmark (bench/page-load.mjs) times its
/// "interactive" from this mark, and the end-to-end tests wait for it.
fn mark_ready(document: &web_sys::Document) {
    if let Some(root) = document.document_element() {
        _ = root.set_attribute("data-app", "ready");
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
