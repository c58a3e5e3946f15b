//! Browser tests of the embeddable card's mount and unmount, run by wasm-bindgen-test in headless
//! Chromium. The card's data and the host page are tested end to end in e2e/embed.spec.ts.
#![cfg(target_arch = "wasm32")]

use careerlens::widget::{CardRequest, mount_card};
use leptos::prelude::*;
use leptos::task::tick;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::HtmlElement;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Nothing listens there, so a card that fetched would fail; these cards must not get that far.
const NO_SITE: &str = "http://127.0.0.1:9";

fn host() -> HtmlElement {
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

fn shadow_text(host: &HtmlElement) -> String {
    host.shadow_root()
        .expect("an open shadow root")
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_bad_section_shows_its_message_inside_the_card_only() {
    let host = host();
    let card = mount_card(
        &host,
        CardRequest::parse(Some("sommelier"), Some("salary")),
        NO_SITE,
    )
    .expect("mounted");
    tick().await;
    assert!(shadow_text(&host).contains("“salary” is not a card section."));
    // Nothing is rendered into the host's own tree.
    assert_eq!(host.child_nodes().length(), 0);
    drop(card);
    host.remove();
}

#[wasm_bindgen_test]
async fn dropping_the_handle_unmounts_the_card() {
    let host = host();
    let card = mount_card(&host, CardRequest::parse(None, None), NO_SITE).expect("mounted");
    tick().await;
    assert!(shadow_text(&host).contains("This card names no occupation"));
    drop(card);
    tick().await;
    assert_eq!(shadow_text(&host), "");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_valid_request_shows_a_loading_state_first() {
    let host = host();
    let card =
        mount_card(&host, CardRequest::parse(Some("sommelier"), None), NO_SITE).expect("mounted");
    tick().await;
    assert!(shadow_text(&host).contains("Loading the CareerLens card…"));
    drop(card);
    host.remove();
}

#[wasm_bindgen_test]
async fn a_remount_replaces_the_card_and_the_old_handle_leaves_the_new_one_alone() {
    let host = host();
    let first = mount_card(
        &host,
        CardRequest::parse(Some("x"), Some("salary")),
        NO_SITE,
    )
    .expect("mounted");
    let second = mount_card(&host, CardRequest::parse(None, None), NO_SITE).expect("mounted");
    tick().await;
    drop(first);
    tick().await;
    let text = shadow_text(&host);
    assert!(text.contains("This card names no occupation"), "{text}");
    assert!(!text.contains("salary"), "{text}");
    drop(second);
    host.remove();
}

#[wasm_bindgen_test]
async fn every_card_adopts_the_same_stylesheet() {
    let (one, two) = (host(), host());
    let first = mount_card(&one, CardRequest::parse(None, None), NO_SITE).expect("mounted");
    let second = mount_card(&two, CardRequest::parse(None, None), NO_SITE).expect("mounted");
    let sheet = |host: &HtmlElement| host.shadow_root().unwrap().adopted_style_sheets().get(0);
    assert!(sheet(&one).is_truthy());
    assert!(js_sys::Object::is(&sheet(&one), &sheet(&two)));
    drop((first, second));
    one.remove();
    two.remove();
}
