//! The home page: what CareerLens is and where to start.

use leptos::prelude::*;
use leptos_router::components::A;

use careerlens_engine::model::IndexOccupation;

use crate::components::{LoadFailed, Loading, PageHead};
use crate::data::{Dataset, LoadedIndex};
use crate::format::score;
use crate::hydration::Unchanging;
use crate::pages::CategoryGrid;
use crate::routes::Page;

/// How many occupations each highlight list shows.
const HIGHLIGHTS: usize = 5;

/// The `HIGHLIGHTS` occupations with the highest value of a score, ties by title. Only
/// occupations whose scores all rest on their own data from a sound O*NET match are ranked
/// ([`careerlens_engine::model::OccupationScores::rests_on_own_data`]): a group mean or a weak
/// match is an honest estimate on a profile, but not a record worth leading with.
fn top_by(
    loaded: &LoadedIndex,
    value: impl Fn(&careerlens_engine::model::OccupationScores) -> Option<f32>,
) -> Vec<(String, String, f32)> {
    let mut scored: Vec<(&IndexOccupation, f32)> = loaded
        .index
        .occupations
        .iter()
        .filter_map(|o| {
            let scores = o.scores.as_ref().filter(|s| s.rests_on_own_data())?;
            Some((o, value(scores)?))
        })
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.title.cmp(&b.0.title)));
    scored
        .into_iter()
        .take(HIGHLIGHTS)
        .map(|(o, v)| (o.slug.clone(), o.title.clone(), v))
        .collect()
}

/// A short list of occupations with their score.
#[component]
fn Highlight(
    /// The list's heading.
    #[prop(into)]
    title: String,
    /// Slug, title and score of each occupation.
    occupations: Vec<(String, String, f32)>,
    /// The score's unit, e.g. " / 100".
    unit: &'static str,
) -> impl IntoView {
    view! {
        <div class="card">
            <h3>{title}</h3>
            <ol class="highlight">
                {occupations
                    .into_iter()
                    .map(|(slug, title, value)| {
                        view! {
                            <li>
                                <a href=Page::Occupation { slug }.path()>{title}</a>
                                <span class="muted small">{format!(" {}{unit}", score(value))}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </div>
    }
}

/// Highlights and categories, once the index has loaded.
#[component]
fn Explore() -> impl IntoView {
    let dataset = Dataset::expect();
    move || {
        match dataset.index() {
        None => view! { <Loading what="the occupations" /> }.into_any(),
        // The rest of the home page still works; the header search says the same when used.
        Some(Err(error)) => view! {
            <LoadFailed what="the occupation lists" error retry=move || dataset.retry_index() />
        }
        .into_any(),
        Some(Ok(loaded)) => view! {
            <section class="explore" aria-labelledby="highlights-heading">
                <h2 id="highlights-heading">"Start with a profile"</h2>
                <div class="highlights">
                    <Highlight title="Highest resilience" occupations=top_by(&loaded, |s| s.resilience) unit=" / 100" />
                    <Highlight title="Highest AI exposure" occupations=top_by(&loaded, |s| s.ai_exposure) unit=" %" />
                </div>
                <p class="muted small">
                    "These lists rank only occupations scored on their own O*NET and AI data. \
                     Occupations estimated from their ISCO group, or mapped to O*NET only \
                     loosely, are left out; their profiles say so."
                </p>
            </section>
            <section class="explore" aria-labelledby="categories-heading">
                <h2 id="categories-heading">"Browse by category"</h2>
                <CategoryGrid loaded />
            </section>
        }
        .into_any(),
    }
    }
}

/// The landing page.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <PageHead
            title=""
            description="Open career profiles for every ESCO occupation: skills, a typical day, explained AI-exposure and resilience scores, similar roles and a private career-fit assessment."
            path=Page::Home.path()
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
        // Links and counts only: a prerendered home page keeps them as they are, so the app
        // hydrates it without loading the index.
        <Unchanging class="home__explore">
            <Explore />
        </Unchanging>
    }
}
