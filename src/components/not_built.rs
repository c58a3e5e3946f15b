//! The honest notice for a page whose feature has not been built yet.

use leptos::prelude::*;

/// Says plainly that a page is not built yet, and what it will hold.
#[component]
pub fn NotBuiltYet(
    /// What the page will offer once built, in one sentence.
    #[prop(into)]
    coming: String,
) -> impl IntoView {
    view! {
        <div class="not-built" role="status">
            <p class="not-built__title">"This page is not built yet."</p>
            <p>{coming}</p>
        </div>
    }
}
