//! The page for any path the app does not know.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::routes::Page;

/// Shown for unknown paths.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Title text="Page not found" />
        <h1>"Page not found"</h1>
        <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
        <p>
            <A href=Page::Home.path()>"Go to the home page"</A>
        </p>
    }
}
