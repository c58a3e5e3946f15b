//! The Career DNA assessment.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::NotBuiltYet;

/// The assessment page.
#[component]
pub fn AssessmentPage() -> impl IntoView {
    view! {
        <Title text="Career DNA assessment" />
        <h1>"Career DNA assessment"</h1>
        <NotBuiltYet coming="A ten-minute assessment of your interests, work styles and values that scores your fit with every occupation, entirely in your browser." />
    }
}
