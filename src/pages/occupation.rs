//! The occupation profile page at `/occupation/:slug`: loads the occupation's detail chunk and
//! shows every profile section, or a clear not-found or error state.

use std::sync::Arc;

use careerlens_engine::model::{IndexOccupation, OccupationDetail};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::components::profile::{
    CareerDna, Faq, FitTeaser, ProfileSection, SECTIONS, SkillDna, SkillsAndKnowledge, Snapshot,
    TypicalDay,
};
use crate::components::{LoadFailed, Loading, NotBuiltYet};
use crate::data::{Dataset, LoadedIndex};
use crate::routes::Page;

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
                Some(entry) => view! { <Profile entry=entry.clone() /> }.into_any(),
                None => view! { <UnknownOccupation slug loaded /> }.into_any(),
            }
        }
    }
}

/// The profile of a known occupation: loads its detail chunk, then shows the sections.
#[component]
fn Profile(entry: IndexOccupation) -> impl IntoView {
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
                Some(Ok(detail)) => view! { <Sections detail /> }.into_any(),
            }}
        </article>
    }
}

/// Every section of a loaded profile, in page order.
#[component]
fn Sections(detail: Arc<OccupationDetail>) -> impl IntoView {
    scroll_to_requested_section();
    view! {
        <Snapshot detail=detail.clone() />
        <SectionNav />
        <FitTeaser detail=detail.clone() />
        <ProfileSection id="outlook" title="Future outlook">
            <NotBuiltYet coming="The resilience score and AI-exposure share, with how they are calculated, arrive with the scoring engine." />
        </ProfileSection>
        <ProfileSection id="ai-change" title="How AI may change this role">
            <NotBuiltYet coming="What still depends on people, where AI may become a co-pilot and the most exposed tasks arrive with the scoring engine." />
        </ProfileSection>
        <ProfileSection id="analysis" title="Detailed analysis">
            <NotBuiltYet coming="Vital signs, the four AI-exposure vectors and six megatrend signals arrive with the scoring engine." />
        </ProfileSection>
        <TypicalDay detail=detail.clone() />
        <SkillsAndKnowledge detail=detail.clone() />
        <SkillDna detail=detail.clone() />
        <CareerDna title=detail.title.clone() />
        <ProfileSection id="pathways" title="Growth pathways and similar roles">
            <NotBuiltYet coming="Similar roles with their similarity scores, progression and lateral moves and the skills that bridge to them arrive with the scoring engine." />
        </ProfileSection>
        <Faq detail />
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

/// A shared link such as `/occupation/x#skills` points into content that only exists once the
/// profile has loaded, after the browser's own scroll; so scroll there once it is rendered.
fn scroll_to_requested_section() {
    request_animation_frame(|| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let hash = window.location().hash().unwrap_or_default();
        let id = hash.trim_start_matches('#');
        if id.is_empty() {
            return;
        }
        if let Some(element) = document().get_element_by_id(id) {
            element.scroll_into_view();
        }
    });
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
