//! Loading and error states shared by pages that load data.

use leptos::either::Either;
use leptos::prelude::*;

use crate::data::LoadError;

/// A polite loading notice.
#[component]
pub fn Loading(
    /// What is loading, e.g. "the occupation profile".
    #[prop(into)]
    what: String,
) -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="loading__spinner" aria-hidden="true"></span>
            {format!("Loading {what}…")}
        </div>
    }
}

/// A clear error with a retry button: never a blank page.
#[component]
pub fn LoadFailed(
    /// What could not be loaded, e.g. "this occupation's profile".
    #[prop(into)]
    what: String,
    /// Why.
    error: LoadError,
    /// Tries the load again.
    retry: impl Fn() + 'static,
) -> impl IntoView {
    let outdated = !error.can_retry();
    view! {
        <div class="load-failed" role="alert">
            <p class="load-failed__title">{format!("We could not load {what}.")}</p>
            <p>{error.to_string()}</p>
            {if outdated {
                Either::Left(view! {
                    <button type="button" class="button" on:click=move |_| reload_page()>
                        "Reload the page"
                    </button>
                })
            } else {
                Either::Right(view! {
                    <button type="button" class="button" on:click=move |_| retry()>
                        "Try again"
                    </button>
                })
            }}
        </div>
    }
}

fn reload_page() {
    if let Some(window) = web_sys::window() {
        _ = window.location().reload();
    }
}

/// A shared link such as `/occupation/x#skills` points into content that only exists once the
/// data has loaded, after the browser's own scroll; so scroll there once it is rendered.
///
/// Not while hydrating a prerendered page: the browser has scrolled that to the section already,
/// and the visitor may have scrolled on since. Nor in the prerenderer, which has no window.
pub fn scroll_to_requested_section() {
    if !cfg!(target_family = "wasm") || crate::hydration::in_progress() {
        return;
    }
    request_animation_frame(|| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let hash = window.location().hash().unwrap_or_default();
        let id = hash.trim_start_matches('#');
        if id.is_empty() {
            return;
        }
        if let Some(element) = document().get_element_by_id(id) {
            element.scroll_into_view();
        }
    });
}
