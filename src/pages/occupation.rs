//! The occupation profile page at `/occupation/:slug`: loads the occupation's detail chunk and
//! shows every profile section, or a clear not-found or error state.

use std::sync::Arc;

use careerlens_engine::model::{IndexOccupation, OccupationDetail};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::career::career_moves;
use crate::components::profile::{
    CareerDna, ClosestRole, DetailedAnalysis, Faq, FitTeaser, FutureOutlook, HowAiMayChange,
    Pathways, RoutePlanner, SECTIONS, SkillDna, SkillsAndKnowledge, Snapshot, TypicalDay,
};
use crate::components::{LoadFailed, Loading, scroll_to_requested_section};
use crate::data::{Dataset, LoadedIndex};
use crate::routes::Page;
use crate::widget::EmbedDialog;

/// The profile of one occupation.
#[component]
pub fn OccupationPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let dataset = Dataset::expect();
    move || match dataset.index() {
        None => view! { <Loading what="the occupation index" /> }.into_any(),
        Some(Err(error)) => view! {
            <Title text="Occupation profile" />
            <LoadFailed what="the occupation index" error retry=move || dataset.retry_index() />
        }
        .into_any(),
        Some(Ok(loaded)) => {
            let slug = slug.get();
            match loaded.by_slug(&slug) {
                Some(entry) => {
                    view! { <Profile entry=entry.clone() loaded=loaded.clone() /> }.into_any()
                }
                None => view! { <UnknownOccupation slug loaded /> }.into_any(),
            }
        }
    }
}

/// The profile of a known occupation: loads its detail chunk, then shows the sections.
#[component]
fn Profile(entry: IndexOccupation, loaded: Arc<LoadedIndex>) -> impl IntoView {
    let dataset = Dataset::expect();
    let slug = entry.slug.clone();
    let detail = LocalResource::new(move || {
        let slug = slug.clone();
        async move { dataset.detail(&slug).await }
    });
    let description = format!(
        "{}: skills, a typical day, AI exposure, similar roles and pathways, from ESCO and O*NET data.",
        entry.title
    );
    view! {
        <Title text=entry.title.clone() />
        <Meta name="description" content=description />
        <article class="profile">
            {move || match detail.get() {
                None => view! { <Loading what="the occupation profile" /> }.into_any(),
                Some(Err(error)) => view! {
                    <h1>{entry.title.clone()}</h1>
                    <LoadFailed what="this occupation's profile" error retry=move || detail.refetch() />
                }
                .into_any(),
                Some(Ok(detail)) => view! { <Sections detail entry=entry.clone() loaded=loaded.clone() /> }.into_any(),
            }}
        </article>
    }
}

/// Every section of a loaded profile, in page order.
#[component]
fn Sections(
    detail: Arc<OccupationDetail>,
    entry: IndexOccupation,
    loaded: Arc<LoadedIndex>,
) -> impl IntoView {
    let dataset = Dataset::expect();
    let labels = Signal::derive(move || dataset.skills().map(|r| r.map_err(|e| e.to_string())));
    let manifest = Signal::derive(move || dataset.manifest().map(|r| r.map_err(|e| e.to_string())));
    let origin = loaded.position(&entry.slug);
    let moves = origin.map(|origin| career_moves(&loaded, origin, &detail.similar));
    let closest = origin.and_then(|origin| {
        let first = detail.similar.first()?;
        let position = loaded.position(&first.slug)?;
        let (similarity, _) = loaded.similarity();
        let only_here = similarity
            .adjacent_skills(position, origin, 3)
            .into_iter()
            .filter_map(|id| {
                detail
                    .essential
                    .iter()
                    .find(|s| s.id == id)
                    .map(|s| s.label.clone())
            })
            .collect();
        Some(ClosestRole {
            slug: first.slug.clone(),
            title: first.title.clone(),
            similarity: first.similarity,
            only_here,
            only_there: similarity.adjacent_skills(origin, position, 3),
        })
    });
    scroll_to_requested_section();
    view! {
        <Snapshot detail=detail.clone() />
        <SectionNav />
        <div class="profile-tools">
            <EmbedDialog slug=detail.slug.clone() title=detail.title.clone() />
        </div>
        <FitTeaser detail=detail.clone() />
        <FutureOutlook scores=entry.scores.clone() detail=detail.clone() />
        <HowAiMayChange ai=detail.ai.clone() />
        <DetailedAnalysis detail=detail.clone() scores=entry.scores.clone() manifest />
        <TypicalDay detail=detail.clone() />
        <SkillsAndKnowledge detail=detail.clone() />
        <SkillDna detail=detail.clone() />
        <CareerDna entry=entry.clone() loaded=loaded.clone() />
        <Pathways similar=detail.similar.clone() moves=moves.unwrap_or_default() labels>
            {origin.map(|origin| view! { <RoutePlanner loaded=loaded.clone() origin /> })}
        </Pathways>
        <Faq detail closest labels />
    }
}

/// Links to each section, for skimming and for sharing a deep link.
#[component]
fn SectionNav() -> impl IntoView {
    view! {
        <nav class="section-nav" aria-label="Sections of this profile">
            <ul>
                {SECTIONS
                    .iter()
                    .skip(1)
                    .map(|(id, label)| view! { <li><a href=format!("#{id}")>{*label}</a></li> })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Shown for a slug that no occupation has, with the closest matches by name.
#[component]
fn UnknownOccupation(slug: String, loaded: Arc<LoadedIndex>) -> impl IntoView {
    let suggestions: Vec<IndexOccupation> = loaded
        .search(&slug.replace('-', " "), 5)
        .into_iter()
        .map(|hit| loaded.index.occupations[hit.occupation].clone())
        .collect();
    view! {
        <Title text="Occupation not found" />
        <h1>"Occupation not found"</h1>
        <p>
            "No occupation has the address " <code>{slug}</code>
            ". It may be mistyped, or the occupation may have another name in ESCO."
        </p>
        {if suggestions.is_empty() {
            view! { <p>"Try the search box above."</p> }.into_any()
        } else {
            view! {
                <h2>"Did you mean"</h2>
                <ul class="suggestions">
                    {suggestions
                        .into_iter()
                        .map(|occupation| {
                            view! {
                                <li>
                                    <a href=Page::Occupation { slug: occupation.slug }.path()>{occupation.title}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}
