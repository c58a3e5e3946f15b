//! The occupation profile page at `/occupation/:slug`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::NotBuiltYet;

/// The profile of one occupation.
#[component]
pub fn OccupationPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    view! {
        <Title text="Occupation profile" />
        <h1>"Occupation profile"</h1>
        <p class="muted">"Requested: " <code>{slug}</code></p>
        <NotBuiltYet coming="Each occupation will have its full profile here: skills, a typical day, AI exposure and resilience, similar roles and pathways." />
    }
}
