//! The ranked matches with their filters. Ranking happens once per set of answers; filters only
//! walk the ranked list, so a change shows within a frame.

use std::sync::Arc;

use careerlens_engine::IndexOccupation;
use careerlens_engine::assessment::UserProfile;
use careerlens_engine::fit::{self, Component, FitBasis, FitFilter, RankedFit};
use leptos::prelude::*;

use crate::data::LoadedIndex;
use crate::format::{count, score};
use crate::routes::Page;

/// How many matches show at first, and how many more each "show more" adds.
pub const MATCHES_SHOWN: usize = 20;
/// The choices of the minimum-resilience and maximum-exposure filters.
const RESILIENCE_FLOORS: [u8; 5] = [40, 50, 60, 70, 80];
const EXPOSURE_CEILINGS: [u8; 5] = [20, 30, 40, 50, 60];

/// The filters over the ranked matches.
#[component]
pub fn Filters(
    /// The index's display categories, in display order.
    categories: Vec<String>,
    /// The filter the inputs edit.
    filter: RwSignal<FitFilter>,
) -> impl IntoView {
    let number = |value: String| value.parse::<f32>().ok();
    view! {
        <form class="filters" aria-label="Filter the matches" on:submit=|event| event.prevent_default()>
            <label class="filters__field">
                "Category"
                <select on:change=move |event| {
                    let value = event_target_value(&event);
                    filter.update(|f| f.category = (!value.is_empty()).then_some(value));
                }>
                    <option value="">"All categories"</option>
                    {categories.into_iter().map(|c| view! { <option value=c.clone()>{c.clone()}</option> }).collect_view()}
                </select>
            </label>
            <label class="filters__field">
                "Preparation (job zone)"
                <select on:change=move |event| {
                    filter.update(|f| f.job_zone = event_target_value(&event).parse().ok());
                }>
                    <option value="">"Any"</option>
                    {(1..=5u8).map(|z| view! { <option value=z.to_string()>{format!("Job zone {z}")}</option> }).collect_view()}
                </select>
            </label>
            <label class="filters__field">
                "Minimum resilience"
                <select on:change=move |event| {
                    filter.update(|f| f.min_resilience = number(event_target_value(&event)));
                }>
                    <option value="">"Any"</option>
                    {RESILIENCE_FLOORS.map(|v| view! { <option value=v.to_string()>{format!("{v} or more")}</option> }).collect_view()}
                </select>
            </label>
            <label class="filters__field">
                "Maximum AI exposure"
                <select on:change=move |event| {
                    filter.update(|f| f.max_ai_exposure = number(event_target_value(&event)));
                }>
                    <option value="">"Any"</option>
                    {EXPOSURE_CEILINGS.map(|v| view! { <option value=v.to_string()>{format!("{v} % or less")}</option> }).collect_view()}
                </select>
            </label>
            <label class="filters__field filters__field--text">
                "Title contains"
                <input
                    type="search"
                    autocomplete="off"
                    on:input=move |event| filter.update(|f| f.text = event_target_value(&event))
                />
            </label>
        </form>
    }
}

/// The ranked matches that pass the filter, the first [`MATCHES_SHOWN`] and more on request.
#[component]
pub fn MatchList(
    loaded: Arc<LoadedIndex>,
    /// Every ranked occupation, best first.
    ranked: Signal<Arc<Vec<RankedFit>>>,
    filter: Signal<FitFilter>,
    /// The person's profile, for the reasons.
    profile: Signal<UserProfile>,
) -> impl IntoView {
    let shown = RwSignal::new(MATCHES_SHOWN);
    Effect::new(move |_| {
        filter.track();
        shown.set(MATCHES_SHOWN);
    });
    let passing = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let ranked = ranked.get();
            filter.with(|filter| {
                ranked
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| filter.matches(&loaded.index.occupations[r.occupation]))
                    .map(|(rank, r)| (rank + 1, *r))
                    .collect::<Vec<_>>()
            })
        })
    };
    let total = move || passing.with(Vec::len);
    view! {
        <p class="matches__count" aria-live="polite" data-testid="match-count">
            {move || match total() {
                0 => "No occupation passes these filters.".to_owned(),
                1 => "1 occupation passes these filters.".to_owned(),
                n => format!("{} occupations pass these filters; the best fits come first.", count(n)),
            }}
        </p>
        <ol class="matches" data-testid="matches">
            {move || {
                let loaded = loaded.clone();
                passing.with(|passing| {
                    passing
                        .iter()
                        .take(shown.get())
                        .map(|&(rank, ranked)| {
                            let entry = loaded.index.occupations[ranked.occupation].clone();
                            view! { <MatchCard rank ranked entry profile /> }
                        })
                        .collect_view()
                })
            }}
        </ol>
        {move || (total() > shown.get()).then(|| view! {
            <button type="button" class="button" on:click=move |_| shown.update(|n| *n += MATCHES_SHOWN)>
                {format!("Show {MATCHES_SHOWN} more")}
            </button>
        })}
    }
}

/// One ranked occupation with its fit, components and reasons.
#[component]
fn MatchCard(
    /// 1 for the best fit overall.
    rank: usize,
    ranked: RankedFit,
    entry: IndexOccupation,
    profile: Signal<UserProfile>,
) -> impl IntoView {
    let explanation = profile.with_untracked(|p| fit::explain(p, (&entry).into()));
    let parts = Component::ALL
        .iter()
        .zip(ranked.fit.components)
        .filter_map(|(component, value)| {
            Some(format!(
                "{} {}",
                component.label(),
                score((value? * 100.0) as f32)
            ))
        })
        .collect::<Vec<_>>()
        .join(" · ");
    let slug = entry.slug.clone();
    view! {
        <li class="match card" data-testid="match" data-slug=entry.slug.clone()>
            <div class="match__head">
                <span class="match__rank">{format!("{rank}.")}</span>
                <a class="match__title" href=Page::Occupation { slug: slug.clone() }.path()>{entry.title.clone()}</a>
                <span class="match__fit">
                    <strong data-testid="match-fit">{score(ranked.fit.score as f32)}</strong>
                    <span class="muted small">" / 100 fit"</span>
                </span>
            </div>
            <p class="muted small">
                {parts}
                {(ranked.fit.basis == FitBasis::Partial).then_some(
                    " · O*NET lacks some of this role's ratings, so the fit uses only those shown",
                )}
            </p>
            {(!explanation.reasons.is_empty()).then(|| view! {
                <ul class="match__reasons">
                    {explanation.reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                </ul>
            })}
            {explanation.mismatch.map(|m| view! { <p class="match__mismatch"><strong>"Main mismatch: "</strong>{m}</p> })}
            <a class="small" href=Page::Roadmap { slug }.path()>
                {format!("Roadmap to {}", entry.title)}
            </a>
        </li>
    }
}
