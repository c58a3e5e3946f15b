//! Hydrating a page's islands, in the islands' own wasm.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{ISLAND, Island, PageLoads, profile_slug};
use crate::assessment::AssessmentStore;
use crate::data::Dataset;
use crate::hydration::{self, EarlyInput};

/// The event that asks the page's loader for the app: the islands cannot serve this page.
const START_APP: &str = "careerlens:start-app";

/// Hydrates the islands of the prerendered page once the data files it lists have arrived. A
/// page the islands cannot serve (it shows another address, or a file it was rendered from
/// cannot be loaded) is handed to the app, which renders it afresh with the error and a retry.
pub async fn start() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let location = document.location();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let query = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    let Some(root) = hydration::prerendered_root(&document, &path, &query) else {
        return start_app();
    };
    let Ok(prefetched) = hydration::fetch_page_data(&document).await else {
        return start_app();
    };
    let owner = Owner::new();
    let (dataset, store) = owner.with(|| {
        Dataset::provide_prefetched(prefetched);
        (Dataset::expect(), AssessmentStore::provide_unread())
    });
    // The islands share the dataset and the store for as long as the page is open.
    std::mem::forget(owner);
    let slug = profile_slug(&path);
    let detail = slug.and_then(|slug| dataset.cached_detail(slug));
    if slug.is_some() && detail.is_none() {
        // A profile whose page did not list its chunk: its islands would have nothing to show.
        return start_app();
    }
    let early = EarlyInput::read(&root);
    let islands = root
        .query_selector_all(&format!("[{ISLAND}]"))
        .map(|list| hydration::elements(&list))
        .unwrap_or_default();
    hydration::run(|| {
        for element in islands {
            let Some(island) = element
                .get_attribute(ISLAND)
                .and_then(|n| Island::named(&n))
            else {
                continue;
            };
            let detail = detail.clone();
            leptos::mount::hydrate_from(element.unchecked_into(), move || {
                provide_context(dataset);
                provide_context(store);
                provide_context(PageLoads);
                island.content(detail)
            })
            .forget();
        }
    });
    hydration::hand_over(&document, Some(store), early);
}

fn start_app() {
    if let Some(window) = web_sys::window()
        && let Ok(event) = web_sys::Event::new(START_APP)
    {
        _ = window.dispatch_event(&event);
    }
}
