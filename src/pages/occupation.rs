//! The occupation profile page at `/occupation/:slug`. It fetches the occupation's detail chunk
//! by its slug and shows the profile as soon as the chunk arrives: the chunk carries every
//! section's data, similar roles and growth moves included, so a profile needs no index. The
//! personal fit of a finished assessment and a planned route load the index parts they compare
//! with when they are asked for. An unknown slug, or a chunk that cannot be loaded, gets a
//! clear not-found or error state.

use std::sync::Arc;

use careerlens_engine::model::{IndexOccupation, OccupationDetail};
use careerlens_engine::seo;
use leptos::prelude::*;
use leptos_meta::{Link, Script, Title};
use leptos_router::hooks::use_params_map;

use crate::components::profile::{
    Faq, FutureOutlook, HowAiMayChange, Pathways, SECTIONS, SkillDna, SkillsAndKnowledge, Snapshot,
    TypicalDay,
};
use crate::components::{LoadFailed, Loading, PageHead, scroll_to_requested_section};
use crate::data::{Dataset, LoadError, SEARCH};
use crate::islands::{Island, IslandView};
use crate::routes::Page;
use crate::site;
use crate::widget::CardSection;
use crate::widget::snippet::{CardTheme, Embed};

/// Whether `slug` could name an occupation: lowercase letters, digits and dashes. Anything else
/// is not fetched (a slug is part of the chunk's path).
fn is_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The profile of one occupation.
#[component]
pub fn OccupationPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let dataset = Dataset::expect();
    let detail = LocalResource::new(move || {
        let slug = slug.get();
        // With the index already loaded (a link followed in the app), an unknown slug is known
        // to be unknown without asking the server. Untracked: the index arriving later must not
        // fetch the chunk again.
        let unknown = untrack(|| dataset.index_if_loaded())
            .is_some_and(|loaded| loaded.by_slug(&slug).is_none());
        async move {
            let result = if is_slug(&slug) && !unknown {
                dataset.detail(&slug).await.map(Some)
            } else {
                Ok(None)
            };
            (slug, result)
        }
    });
    // A chunk already at hand (preloaded by the prerenderer, or loaded on an earlier visit)
    // shows at once, so a prerendered profile holds the whole profile. While another profile's
    // chunk loads, the resource still holds the last one's: that profile is not shown as this.
    let state = move || {
        let slug = slug.get();
        dataset
            .cached_detail(&slug)
            .map(|cached| Ok(Some(cached)))
            .or_else(|| {
                detail
                    .get()
                    .and_then(|(of, result)| (of == slug).then_some(result))
            })
    };
    move || match state() {
        None => view! { <Loading what="the occupation profile" /> }.into_any(),
        Some(Ok(Some(detail))) => view! { <Profile detail /> }.into_any(),
        Some(Ok(None)) | Some(Err(LoadError::Status { status: 404, .. })) => {
            view! { <UnknownOccupation slug=slug.get() /> }.into_any()
        }
        Some(Err(error)) => view! {
            <ChunkFailed slug=slug.get() error retry=move || detail.refetch() />
        }
        .into_any(),
    }
}

/// A chunk that could not be loaded: the error with a retry, under the occupation's title once
/// the index knows it.
#[component]
fn ChunkFailed(
    slug: String,
    error: LoadError,
    retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let dataset = Dataset::expect();
    let title = Signal::derive(move || {
        dataset
            .index()
            .and_then(Result::ok)
            .and_then(|loaded| loaded.by_slug(&slug).map(|entry| entry.title.clone()))
            .unwrap_or_else(|| "Occupation profile".to_owned())
    });
    view! {
        <Title text=title />
        <article class="profile">
            <h1>{title}</h1>
            <LoadFailed what="this occupation's profile" error retry />
        </article>
    }
}

/// The profile of a loaded occupation.
#[component]
fn Profile(detail: Arc<OccupationDetail>) -> impl IntoView {
    view! {
        <ProfileHead detail=detail.clone() />
        <article class="profile">
            <Sections detail />
        </article>
    }
}

/// What the profile tells search engines and link previews: its title, description, canonical
/// address, Open Graph tags and a schema.org `Occupation` in JSON-LD (`careerlens_engine::seo`).
#[component]
fn ProfileHead(detail: Arc<OccupationDetail>) -> impl IntoView {
    let origin = site::origin();
    let url = format!(
        "{origin}{}",
        Page::Occupation {
            slug: detail.slug.clone()
        }
        .path()
    );
    let description = seo::page_description(&detail);
    let json_ld = seo::occupation_json_ld(&detail, &url);
    let oembed = Embed {
        origin: &origin,
        slug: &detail.slug,
        title: &detail.title,
        section: CardSection::Full,
        theme: CardTheme::Auto,
    }
    .oembed_url();
    view! {
        <PageHead title=detail.title.clone() description path=Page::Occupation { slug: detail.slug.clone() }.path() />
        <Link rel="alternate" type_="application/json+oembed" href=oembed title=detail.title.clone() />
        <Script type_="application/ld+json">{json_ld}</Script>
    }
}

/// Every section of a loaded profile, in page order, all from the detail chunk. Only what
/// someone asks for compares the occupation with every other: the personal fit of a finished
/// assessment and a planned route load the index parts they need then.
#[component]
fn Sections(detail: Arc<OccupationDetail>) -> impl IntoView {
    scroll_to_requested_section();
    let island = {
        let detail = detail.clone();
        move |island: Island| view! { <IslandView island detail=detail.clone() /> }
    };
    view! {
        <Snapshot detail=detail.clone() />
        <SectionNav />
        <div class="profile-tools">{island(Island::EmbedDialog)}</div>
        {island(Island::FitTeaser)}
        <FutureOutlook scores=detail.scores.clone() detail=detail.clone() />
        <HowAiMayChange ai=detail.ai.clone() />
        {island(Island::DetailedAnalysis)}
        <TypicalDay detail=detail.clone() />
        <SkillsAndKnowledge detail=detail.clone() />
        <SkillDna detail=detail.clone() />
        {island(Island::CareerDna)}
        <Pathways
            similar=detail.similar.clone()
            progression=detail.progression.clone()
            lateral=detail.lateral.clone()
        >
            {island(Island::RoutePlanner)}
        </Pathways>
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

/// Shown for a slug that no occupation has, with the closest matches by name once the index has
/// loaded.
#[component]
fn UnknownOccupation(slug: String) -> impl IntoView {
    let dataset = Dataset::expect();
    let query = slug.replace('-', " ");
    let suggestions = move || -> Vec<IndexOccupation> {
        let Some(Ok(loaded)) = dataset.index_with(SEARCH) else {
            return Vec::new();
        };
        loaded
            .search(&query, 5)
            .into_iter()
            .map(|hit| loaded.index.occupations[hit.occupation].clone())
            .collect()
    };
    view! {
        <Title text="Occupation not found" />
        <h1>"Occupation not found"</h1>
        <p>
            "No occupation has the address " <code>{slug}</code>
            ". It may be mistyped, or the occupation may have another name in ESCO."
        </p>
        {move || {
            let suggestions = suggestions();
            if suggestions.is_empty() {
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
            }
        }}
    }
}
