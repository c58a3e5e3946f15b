//! Instructions and preview for the embeddable occupation card.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::NotBuiltYet;

/// The embed page.
#[component]
pub fn EmbedPage() -> impl IntoView {
    view! {
        <Title text="Embed a career card" />
        <h1>"Embed a career card"</h1>
        <NotBuiltYet coming="Schools, job boards and careers services will be able to embed an occupation card with one snippet, without tracking." />
    }
}
