//! The interactive parts of a prerendered page, hydrated on their own. A prerendered profile is
//! complete HTML: most of it only shows data, with plain links and native disclosures. What the
//! visitor can change on it is a handful of islands: the header's search, the embed dialog, the
//! fit questions, the detailed analysis's disclosure, the personal Career DNA and the route
//! planner. Such a page loads a small wasm of its own (`src/bin/careerlens_islands.rs`) that
//! hydrates each island and nothing else, instead of the whole app: the rest of the page has
//! nothing to attach to, and the app's router, pages and assessment stay out of the download.
//! A link from the page is a plain page load, of another prerendered page or of the app. The
//! home and methodology pages are served the same way: their one island is the header's search.
//!
//! Each island renders the same view in three places: the prerenderer's page, the app's own
//! render of the page, and the island's hydration. [`Island::content`] is that one view.

use std::sync::Arc;

use careerlens_engine::model::OccupationDetail;
use leptos::either::{Either, EitherOf7};
use leptos::prelude::*;

use crate::components::SearchBox;
use crate::components::profile::{CareerDna, DetailedAnalysis, FitTeaser, RoutePlanner};
use crate::data::{ALL_PARTS, Dataset, FIT_OF_ONE, SEARCH};
use crate::routes::Page;
use crate::widget::EmbedDialog;

/// The attribute that names an island's kind on its element.
pub const ISLAND: &str = "data-island";
/// Marks a prerendered root whose page the islands serve alone, without the app.
pub const ISLANDS_ONLY: &str = "data-islands";

/// An interactive part of a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    /// The occupation search in the site header.
    HeaderSearch,
    /// The profile's "Embed this" button and dialog.
    EmbedDialog,
    /// The profile's quick fit questions.
    FitTeaser,
    /// The profile's detailed analysis, opened and closed by a button.
    DetailedAnalysis,
    /// The profile's Career DNA: the personal fit once the assessment is finished.
    CareerDna,
    /// The route planner at the end of the profile's pathways.
    RoutePlanner,
}

impl Island {
    const ALL: [Island; 6] = [
        Island::HeaderSearch,
        Island::EmbedDialog,
        Island::FitTeaser,
        Island::DetailedAnalysis,
        Island::CareerDna,
        Island::RoutePlanner,
    ];

    /// The island's name on its element.
    pub fn name(self) -> &'static str {
        match self {
            Island::HeaderSearch => "header-search",
            Island::EmbedDialog => "embed-dialog",
            Island::FitTeaser => "fit-teaser",
            Island::DetailedAnalysis => "detailed-analysis",
            Island::CareerDna => "career-dna",
            Island::RoutePlanner => "route-planner",
        }
    }

    /// The island named `name`.
    pub fn named(name: &str) -> Option<Island> {
        Island::ALL.into_iter().find(|island| island.name() == name)
    }

    /// The island's view. A profile's islands show `detail`, the occupation's chunk; without
    /// one they show nothing.
    pub fn content(self, detail: Option<Arc<OccupationDetail>>) -> impl IntoView {
        let dataset = Dataset::expect();
        match (self, detail) {
            (Island::HeaderSearch, _) => {
                // Without the router (a page of islands), a choice loads the profile's page.
                let index = Signal::derive(move || dataset.index_with(SEARCH));
                EitherOf7::A(match use_context::<PageLoads>() {
                    Some(PageLoads) => {
                        let load = |slug: String| load_page(&Page::Occupation { slug }.path());
                        Either::Left(view! {
                            <SearchBox index input_id="occupation-search" on_choose=Callback::new(load) />
                        })
                    }
                    None => {
                        Either::Right(view! { <SearchBox index input_id="occupation-search" /> })
                    }
                })
            }
            (Island::EmbedDialog, Some(detail)) => EitherOf7::B(view! {
                <EmbedDialog slug=detail.slug.clone() title=detail.title.clone() />
            }),
            (Island::FitTeaser, Some(detail)) => EitherOf7::C(view! { <FitTeaser detail /> }),
            (Island::DetailedAnalysis, Some(detail)) => EitherOf7::D(view! {
                <DetailedAnalysis
                    scores=detail.scores.clone()
                    detail
                    manifest=Signal::derive(move || dataset.manifest())
                    retry_manifest=Callback::new(move |()| dataset.retry_manifest())
                />
            }),
            (Island::CareerDna, Some(detail)) => EitherOf7::E(view! {
                <CareerDna
                    slug=detail.slug.clone()
                    title=detail.title.clone()
                    index=Signal::derive(move || dataset.index_with(FIT_OF_ONE))
                    retry=Callback::new(move |()| dataset.retry_index())
                />
            }),
            (Island::RoutePlanner, Some(detail)) => EitherOf7::F(view! {
                <RoutePlanner
                    origin=detail.slug.clone()
                    index=Signal::derive(move || dataset.index_with(ALL_PARTS))
                />
            }),
            (_, None) => EitherOf7::G(()),
        }
    }
}

/// An island in place: its element, which lays out as if only its content were there.
#[component]
pub fn IslandView(
    island: Island,
    /// The occupation a profile's island shows.
    #[prop(optional)]
    detail: Option<Arc<OccupationDetail>>,
) -> impl IntoView {
    view! { <div class="island" data-island=island.name()>{island.content(detail)}</div> }
}

/// Whether the page at `path`, prerendered, is served by its islands alone: a profile, and the
/// home and methodology pages, whose only island is the header's search. The browse page is
/// not: with a category in its query it is the app's to render.
pub fn islands_only(path: &str) -> bool {
    profile_slug(path).is_some() || path == Page::Home.path() || path == Page::Methodology.path()
}

/// The slug of the profile at `path`, if it is a profile's.
fn profile_slug(path: &str) -> Option<&str> {
    path.strip_prefix("/occupation/")
        .filter(|slug| !slug.is_empty() && !slug.contains('/'))
}

/// Provided to islands hydrated without the app: a page of islands has no router, so a choice
/// that opens another page loads it.
#[derive(Clone, Copy)]
pub struct PageLoads;

fn load_page(path: &str) {
    if let Some(window) = web_sys::window() {
        _ = window.location().assign(path);
    }
}

#[cfg(feature = "hydrate")]
mod hydrate;
#[cfg(feature = "hydrate")]
pub use hydrate::start;
