//! Roadmap.
use leptos::prelude::*;
/// Roadmap.
#[component]
pub fn RoadmapPage() -> impl IntoView {
    view! { <p>"…"</p> }
}
