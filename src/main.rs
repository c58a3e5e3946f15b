//! Browser entry point: install the panic hook, then start the app: on a prerendered page its
//! islands do not serve alone (`careerlens::islands`), by hydrating it once the data it was
//! rendered from has arrived (`careerlens::hydration`), or on an empty page, by rendering it.

// The hydrated app's nested view types (the profile page, typed without erasure) go deeper than
// the default limit.
#![recursion_limit = "512"]

use std::cell::Cell;
use std::rc::Rc;

use careerlens::assessment::AssessmentStore;
use careerlens::data::Dataset;
use careerlens::hydration::{self, EarlyInput, ROOT_CLASS};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    let window = web_sys::window().expect("a browser window");
    let document = window.document().expect("a document");
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    match hydration::prerendered_root(&document, &path, &query) {
        Some(prerendered) => wasm_bindgen_futures::spawn_local(hydrate(document, prerendered)),
        None => render(&document),
    }
}

/// Hydrates the prerendered page once the data files it lists have arrived. If one cannot be
/// loaded, the app could not render what the page shows: it renders the page afresh instead,
/// which shows the error and a retry.
async fn hydrate(document: web_sys::Document, prerendered: web_sys::Element) {
    let Ok(prefetched) = hydration::fetch_page_data(&document).await else {
        hydration::discard(&document, &prerendered);
        render(&document);
        return;
    };
    let early = EarlyInput::read(&prerendered);
    let store = Rc::new(Cell::new(None));
    let provided = store.clone();
    hydration::run(|| {
        leptos::mount::hydrate_from(prerendered.unchecked_into(), move || {
            Dataset::provide_prefetched(prefetched);
            provided.set(Some(AssessmentStore::provide_unread()));
            view! { <careerlens::App /> }
        })
        .forget();
    });
    hydration::hand_over(&document, store.get(), early);
}

/// Renders the app into a new root on an empty page.
fn render(document: &web_sys::Document) {
    let root: web_sys::HtmlElement = document
        .create_element("div")
        .expect("a div")
        .unchecked_into();
    root.set_class_name(ROOT_CLASS);
    _ = document.body().expect("a body").append_child(&root);
    leptos::mount::mount_to(root, careerlens::App).forget();
    hydration::mark_ready(document);
}
