//! The questions, one per screen.
use leptos::prelude::*;
/// The assessment's questions.
#[component]
pub fn AssessmentFlow() -> impl IntoView {
    view! { <p>"…"</p> }
}
