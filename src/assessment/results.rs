//! Results.
use leptos::prelude::*;
/// Results.
#[component]
pub fn ResultsPage() -> impl IntoView {
    view! { <p>"…"</p> }
}
