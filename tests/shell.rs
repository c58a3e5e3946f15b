//! Browser tests of the app shell, run by wasm-bindgen-test in headless Chromium.
#![cfg(target_arch = "wasm32")]

use careerlens::App;
use leptos::prelude::*;
use leptos::task::tick;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{HtmlElement, HtmlInputElement, InputEvent, InputEventInit};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_app() -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    // Keep the app mounted for the rest of the test.
    handle.forget();
    container
}

// The licences of both core data sets require these credits on every page.
#[wasm_bindgen_test]
async fn footer_credits_esco_and_onet() {
    let container = mount_app();
    tick().await;
    let footer = container
        .query_selector("footer")
        .unwrap()
        .expect("a footer");
    let text = footer.text_content().unwrap_or_default();
    assert!(text.contains("This service uses the ESCO classification of the European Commission."));
    assert!(text.contains("O*NET 29.3 Database by the U.S. Department of Labor"));
    container.remove();
}

// Until search is built, typing must not look like a search that found nothing.
#[wasm_bindgen_test]
async fn typing_in_search_says_search_is_not_built_yet() {
    let container = mount_app();
    tick().await;
    let status = container
        .query_selector("#occupation-search-status")
        .unwrap()
        .expect("a search status");
    assert_eq!(status.text_content().unwrap_or_default(), "");

    let input: HtmlInputElement = container
        .query_selector("#occupation-search")
        .unwrap()
        .expect("a search box")
        .unchecked_into();
    input.set_value("ciso");
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    tick().await;
    assert_eq!(
        status.text_content().unwrap_or_default(),
        "Occupation search is not built yet."
    );
    container.remove();
}
