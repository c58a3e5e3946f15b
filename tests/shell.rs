//! Browser tests of the app shell, run by wasm-bindgen-test in headless Chromium.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use careerlens::App;
use careerlens::components::SearchBox;
use careerlens::data::LoadedIndex;
use careerlens_engine::model::{Index, IndexOccupation, SCHEMA_VERSION};
use leptos::prelude::*;
use leptos::task::tick;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{
    HtmlElement, HtmlInputElement, InputEvent, InputEventInit, KeyboardEvent, KeyboardEventInit,
};
use leptos_router::components::Router;
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

fn occupation(slug: &str, title: &str, alt_labels: &[&str]) -> IndexOccupation {
    IndexOccupation {
        id: format!("id-{slug}"),
        slug: slug.to_owned(),
        title: title.to_owned(),
        alt_labels: alt_labels.iter().map(|label| label.to_string()).collect(),
        isco: "2529".to_owned(),
        category: "Digital Technology".to_owned(),
        ..Default::default()
    }
}

fn small_index() -> Arc<LoadedIndex> {
    Arc::new(LoadedIndex::new(Index {
        schema_version: SCHEMA_VERSION,
        categories: vec!["Digital Technology".to_owned()],
        occupations: vec![
            occupation("ict-security-manager", "ICT security manager", &[]),
            occupation(
                "chief-ict-security-officer",
                "chief ICT security officer",
                &["CISO", "chief information security officer"],
            ),
        ],
        ..Default::default()
    }))
}

fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

fn press(input: &HtmlInputElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    input
        .dispatch_event(
            &KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
}

/// Mounts a search box over [`small_index`] and returns its container, its input and the mount
/// handle that keeps it alive.
fn mount_search_box(input_id: &'static str) -> (HtmlElement, HtmlInputElement, impl Drop) {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let index = small_index();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        let index = index.clone();
        view! {
            <Router>
                <SearchBox index=Signal::derive(move || Some(Ok(index.clone()))) input_id=input_id />
            </Router>
        }
    });
    let input: HtmlInputElement = container
        .query_selector(&format!("#{input_id}"))
        .unwrap()
        .expect("a search box")
        .unchecked_into();
    (container, input, handle)
}

// The combobox must expose its results and the highlighted one to assistive technology.
#[wasm_bindgen_test]
async fn search_box_lists_matches_and_moves_the_highlight_with_arrow_keys() {
    let (container, input, handle) = mount_search_box("test-search");
    tick().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    type_into(&input, "ciso");
    tick().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let options = container.query_selector_all("[role=option]").unwrap();
    assert_eq!(options.length(), 1);
    let text = options.get(0).unwrap().text_content().unwrap_or_default();
    assert!(text.contains("chief ICT security officer"), "{text}");
    assert!(text.contains("also called “CISO”"), "{text}");

    type_into(&input, "security");
    tick().await;
    assert_eq!(
        container
            .query_selector_all("[role=option]")
            .unwrap()
            .length(),
        2
    );
    press(&input, "ArrowDown");
    tick().await;
    assert_eq!(
        input.get_attribute("aria-activedescendant").as_deref(),
        Some("test-search-option-0")
    );
    press(&input, "ArrowUp");
    tick().await;
    assert_eq!(
        input.get_attribute("aria-activedescendant").as_deref(),
        Some("test-search-option-1")
    );

    press(&input, "Escape");
    tick().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    press(&input, "Escape");
    tick().await;
    assert_eq!(input.value(), "");
    drop(handle);
    container.remove();
}

// A typo must not end in a dead end: the status says nothing matched.
#[wasm_bindgen_test]
async fn search_box_says_when_nothing_matches() {
    let (container, input, handle) = mount_search_box("empty-search");
    tick().await;
    type_into(&input, "xylophone");
    tick().await;
    let status = container
        .query_selector("#empty-search-status")
        .unwrap()
        .unwrap();
    assert_eq!(
        status.text_content().unwrap_or_default(),
        "No occupation matches. Try another word or a shorter one."
    );
    assert_eq!(
        container
            .query_selector_all("[role=option]")
            .unwrap()
            .length(),
        0
    );
    drop(handle);
    container.remove();
}

// "uber driver" found nothing; now the closest matches come with a note that says so.
#[wasm_bindgen_test]
async fn search_box_notes_partial_matches_and_still_moves_through_them() {
    let (container, input, handle) = mount_search_box("partial-search");
    tick().await;
    // No label has "xylophone"; both occupations have "security".
    type_into(&input, "security xylophone");
    tick().await;
    let note = container
        .query_selector("[data-testid=search-partial-note]")
        .unwrap()
        .expect("a note above partial matches");
    assert!(!note.has_attribute("hidden"));
    assert_eq!(
        note.text_content().unwrap_or_default(),
        "No occupation matches all of “security xylophone”; closest matches:"
    );
    let status = container
        .query_selector("#partial-search-status")
        .unwrap()
        .unwrap();
    assert_eq!(
        status.text_content().unwrap_or_default(),
        "No occupation matches all of “security xylophone”; 2 closest matches. Use the arrow \
         keys to choose."
    );
    let listbox = container.query_selector("[role=listbox]").unwrap().unwrap();
    assert_eq!(
        listbox.get_attribute("aria-describedby").as_deref(),
        Some("partial-search-note")
    );
    assert_eq!(
        container
            .query_selector_all("[role=option]")
            .unwrap()
            .length(),
        2
    );
    press(&input, "ArrowDown");
    tick().await;
    assert_eq!(
        input.get_attribute("aria-activedescendant").as_deref(),
        Some("partial-search-option-0")
    );

    // A full match again: the note hides and no longer describes the list.
    type_into(&input, "security");
    tick().await;
    assert!(note.has_attribute("hidden"));
    assert_eq!(listbox.get_attribute("aria-describedby"), None);
    drop(handle);
    container.remove();
}
