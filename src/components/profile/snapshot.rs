//! Snapshot: what the job is, in a paragraph and a few key responsibilities.

use std::sync::Arc;

use careerlens_engine::model::OccupationDetail;
use careerlens_engine::narrative::key_responsibilities;
use leptos::prelude::*;

/// How many key responsibilities the snapshot lists.
pub const RESPONSIBILITIES_SHOWN: usize = 5;

/// The top of the profile: title, category, summary and key responsibilities.
#[component]
pub fn Snapshot(
    /// The occupation's detail chunk.
    detail: Arc<OccupationDetail>,
) -> impl IntoView {
    let responsibilities = key_responsibilities(&detail, RESPONSIBILITIES_SHOWN);
    view! {
        <header id="snapshot" class="snapshot">
            <p class="tag">{detail.category.clone()}</p>
            <h1 class="snapshot__title">{detail.title.clone()}</h1>
            <p class="snapshot__summary">{detail.description.clone()}</p>
            {(!responsibilities.is_empty())
                .then(|| {
                    view! {
                        <h2 class="snapshot__subtitle">"Key responsibilities"</h2>
                        <ul class="snapshot__responsibilities">
                            {responsibilities
                                .into_iter()
                                .map(|line| view! { <li>{line.text}</li> })
                                .collect_view()}
                        </ul>
                    }
                })}
            <p class="muted small">
                "ESCO " {detail.isco.clone()} " · " {detail.isco_label.clone()}
            </p>
        </header>
    }
}
