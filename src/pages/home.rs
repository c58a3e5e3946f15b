//! The home page: what CareerLens is and where to start.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

use crate::routes::Page;

/// The landing page.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text="" />
        <Meta
            name="description"
            content="Open career profiles for every ESCO occupation: skills, a typical day, explained AI-exposure and resilience scores, similar roles and a private career-fit assessment."
        />
        <section class="hero" aria-labelledby="hero-heading">
            <h1 id="hero-heading" class="hero__title">"See where a career could take you"</h1>
            <p class="hero__lead">
                "CareerLens profiles about 3,000 occupations from the European ESCO classification: \
                 what the work involves, the skills it needs, how exposed it is to AI and how \
                 resilient it is, and which roles are close by. Every score is explained from named \
                 public data."
            </p>
            <div class="hero__actions">
                <A href=Page::Assessment.path() attr:class="button button--primary">
                    "Take the Career DNA assessment"
                </A>
                <A href=Page::Methodology.path() attr:class="button">"How the scores work"</A>
            </div>
        </section>
        <section class="promises" aria-labelledby="promises-heading">
            <h2 id="promises-heading" class="visually-hidden">"What CareerLens promises"</h2>
            <ul class="promises__list">
                <li class="card">
                    <h3>"Explained, not oracular"</h3>
                    <p>
                        "AI exposure and resilience come from task-level research and the ESCO and \
                         O*NET databases. The methodology page states every formula."
                    </p>
                </li>
                <li class="card">
                    <h3>"Private by design"</h3>
                    <p>
                        "The assessment runs entirely in your browser. Nothing you answer is sent \
                         anywhere, and there are no cookies or trackers."
                    </p>
                </li>
                <li class="card">
                    <h3>"Every occupation"</h3>
                    <p>
                        "Each of the ESCO occupations gets the same profile: skills, a typical day, \
                         similar roles and the skills that bridge to them."
                    </p>
                </li>
            </ul>
        </section>
    }
}
