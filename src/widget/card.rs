//! The card itself: the occupation's title, the chosen section and a link to the full profile,
//! from the occupation's detail chunk alone.

use std::sync::Arc;

use careerlens_engine::attribution;
use careerlens_engine::model::OccupationDetail;
use leptos::prelude::*;

use super::request::{CardProblem, CardRequest, CardSection};
use crate::components::profile::{FitTeaser, FutureOutlook, SimilarRoles, SkillsAndKnowledge};
use crate::components::{LoadFailed, Loading, SiteLink};
use crate::data::{LoadError, fetch_file};
use crate::routes::Page;

/// A card for `request`, with its data under `data_root` (such as `https://careerlens.example/data`).
#[component]
pub fn Card(request: Result<CardRequest, CardProblem>, data_root: String) -> impl IntoView {
    let request = match request {
        Ok(request) => request,
        Err(problem) => return view! { <CardMessage text=problem.to_string() /> }.into_any(),
    };
    let url = format!("{data_root}/occupations/{}.json", request.slug);
    let detail = LocalResource::new(move || {
        let url = url.clone();
        async move { fetch_file::<OccupationDetail>(&url).await.map(Arc::new) }
    });
    let slug = request.slug.clone();
    view! {
        <div class="cl-card" data-section=request.section.name()>
            {move || match detail.get() {
                None => view! { <Loading what="the CareerLens card" /> }.into_any(),
                Some(Err(LoadError::Status { status: 404, .. })) => view! {
                    <CardMessage text=format!(
                        "CareerLens has no occupation at “{slug}”. Check the occupation attribute \
                         against the profile's address."
                    ) />
                }
                .into_any(),
                Some(Err(error)) => view! {
                    <LoadFailed what="this CareerLens card" error retry=move || detail.refetch() />
                }
                .into_any(),
                Some(Ok(detail)) => view! { <Loaded detail section=request.section /> }.into_any(),
            }}
        </div>
    }
    .into_any()
}

/// A problem with the card's own settings, shown in the card and nowhere else.
#[component]
fn CardMessage(text: String) -> impl IntoView {
    view! {
        <div class="cl-card cl-card--problem" role="alert">
            <p class="cl-card__brand">"CareerLens"</p>
            <p>{text}</p>
        </div>
    }
}

/// The card once its chunk has loaded.
#[component]
fn Loaded(detail: Arc<OccupationDetail>, section: CardSection) -> impl IntoView {
    let profile = Page::Occupation {
        slug: detail.slug.clone(),
    }
    .path();
    let shows = |part: CardSection| section == part || section == CardSection::Full;
    let summary = (section == CardSection::Full)
        .then(|| view! { <p class="cl-card__summary">{detail.description.clone()}</p> });
    let outlook = shows(CardSection::Outlook)
        .then(|| view! { <FutureOutlook scores=detail.scores.clone() detail=detail.clone() /> });
    let skills =
        shows(CardSection::Skills).then(|| view! { <SkillsAndKnowledge detail=detail.clone() /> });
    let similar = shows(CardSection::Similar)
        .then(|| view! { <SimilarRoles roles=detail.similar.clone() /> });
    let fit = shows(CardSection::Fit).then(|| view! { <FitTeaser detail=detail.clone() /> });
    let (title, category) = (detail.title.clone(), detail.category.clone());
    view! {
        <header class="cl-card__header">
            <p class="cl-card__brand">"CareerLens"</p>
            <p class="cl-card__title">
                <SiteLink path=profile.clone()>{title}</SiteLink>
            </p>
            <p class="tag">{category}</p>
        </header>
        {summary}
        {outlook}
        {skills}
        {similar}
        {fit}
        <footer class="cl-card__footer">
            <p>
                <SiteLink path=profile>"See the full profile on CareerLens"</SiteLink>
            </p>
            <p class="small muted">{attribution::ESCO.text} " " {attribution::ONET.text}</p>
        </footer>
    }
}
