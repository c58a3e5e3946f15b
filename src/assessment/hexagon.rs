//! The RIASEC hexagon.
use leptos::prelude::*;
/// The RIASEC hexagon.
#[component]
pub fn RiasecHexagon() -> impl IntoView {
    view! { <p>"…"</p> }
}
