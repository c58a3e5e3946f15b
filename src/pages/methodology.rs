//! How every score is computed, and the data it comes from.

use careerlens_engine::attribution;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::NotBuiltYet;

/// The methodology page.
#[component]
pub fn MethodologyPage() -> impl IntoView {
    view! {
        <Title text="Methodology" />
        <h1>"Methodology"</h1>
        <NotBuiltYet coming="Every formula, weight and threshold behind the scores will be stated here, generated from the same constants the code uses." />
        <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Data sources"</h2>
            <ul class="source-list">
                {attribution::ALL
                    .iter()
                    .map(|source| {
                        view! {
                            <li class="card">
                                <h3>{source.source}</h3>
                                <p class="muted">{source.version} " · " {source.licence}</p>
                                <p>{source.text}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p>{attribution::ONET_MODIFIED}</p>
        </section>
    }
}
