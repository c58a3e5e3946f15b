//! The personal fit on a profile.
use leptos::prelude::*;
/// The personal fit on a profile.
#[component]
pub fn PersonalFit() -> impl IntoView {
    view! { <p>"…"</p> }
}
