//! `/assessment/results`: the person's profile and their fit with every occupation, ranked and
//! filterable, each top match with its reasons. A share link carries someone's answers in the
//! fragment; they are shown without touching the answers saved in this browser.

use std::sync::Arc;

use careerlens_engine::assessment::{Answers, UserProfile, share};
use careerlens_engine::fit::{self, FitFilter, RankedFit};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

use super::matches::{Filters, MatchList};
use super::profile_summary::ProfileSummary;
use super::share::{ImportAnswers, ShareTools};
use super::store::AssessmentStore;
use crate::components::{LoadFailed, Loading};
use crate::data::{Dataset, FIT, LoadedIndex};
use crate::pages::EraseAnswers;
use crate::routes::{Page, methodology_section};

/// Whose answers the page shows.
#[derive(Clone, Debug, PartialEq)]
enum Source {
    /// The answers saved in this browser.
    Own,
    /// Answers from a share link.
    Shared(Answers),
}

/// The results page.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let location = use_location();
    let source = Memo::new(move |_| {
        let hash = location.hash.get();
        if hash.trim_start_matches('#').is_empty() {
            Ok(Source::Own)
        } else {
            share::decode(&hash).map(Source::Shared)
        }
    });
    let store = AssessmentStore::expect();
    let dataset = Dataset::expect();
    view! {
        <Title text="Your Career DNA results" />
        <h1>"Your Career DNA results"</h1>
        {move || match source.get() {
            Err(error) => view! {
                <div class="load-failed" role="alert" data-testid="share-link-problem">
                    <p class="load-failed__title">"This share link cannot be read."</p>
                    <p>{error.to_string()}</p>
                    <p>"Nothing saved in this browser has changed."</p>
                    <a class="button" href=Page::AssessmentResults.path()>"See your own results"</a>
                </div>
            }
            .into_any(),
            Ok(source) => match dataset.index_with(FIT) {
                None => view! { <Loading what="the occupations to compare" /> }.into_any(),
                Some(Err(error)) => view! {
                    <LoadFailed what="the occupation index" error retry=move || dataset.retry_index() />
                }
                .into_any(),
                Some(Ok(loaded)) => match fit::check_index_scales(&loaded.index) {
                    Err(reason) => view! {
                        <p role="alert">{format!("Your fit cannot be computed: {reason}. Reload the page to get the current data.")}</p>
                    }
                    .into_any(),
                    Ok(()) => {
                        let answers = match &source {
                            Source::Own => Signal::derive(move || store.state().with(|s| s.answers.clone())),
                            Source::Shared(answers) => {
                                let answers = answers.clone();
                                Signal::derive(move || answers.clone())
                            }
                        };
                        let shared = matches!(source, Source::Shared(_));
                        view! { <Results loaded answers shared /> }.into_any()
                    }
                },
            },
        }}
    }
}

/// The results for one set of answers.
#[component]
fn Results(
    loaded: Arc<LoadedIndex>,
    /// The answers shown.
    answers: Signal<Answers>,
    /// Whether they come from a share link rather than this browser.
    shared: bool,
) -> impl IntoView {
    let profile = Memo::new(move |_| answers.with(UserProfile::from_answers));
    let ranked: Memo<Arc<Vec<RankedFit>>> = {
        let loaded = loaded.clone();
        Memo::new(move |_| Arc::new(profile.with(|p| fit::rank(p, &loaded.index))))
    };
    let filter = RwSignal::new(FitFilter::default());
    let occupation_count = loaded.index.occupations.len();
    let unranked = move || occupation_count - ranked.with(|r| r.len());
    // Rebuilt only when the answers become empty or not, so the share tools keep their status.
    let empty = Memo::new(move |_| profile.with(UserProfile::is_empty));
    move || {
        if empty.get() {
            return view! {
                <div class="card">
                    <p>"There are no answers to compare yet."</p>
                    <a class="button button--primary" href=Page::Assessment.path()>"Take the assessment"</a>
                    {(!shared).then(|| view! {
                        <p>"Or import answers you downloaded earlier:"</p>
                        <ImportAnswers />
                        <EraseAnswers />
                    })}
                </div>
            }
            .into_any();
        }
        let loaded = loaded.clone();
        view! {
            {shared.then(|| view! { <SharedBanner answers /> })}
            <ProfileSummary profile=profile.into() />
            <section class="results-section" aria-labelledby="matches-heading">
                <h2 id="matches-heading">"Your best fits"</h2>
                <p class="muted">
                    "Fit compares your answers with each occupation's O*NET profile: interests, work \
                     styles, work values and preparation. "
                    <a href=methodology_section("career-fit")>"How the fit is computed"</a>
                </p>
                <Filters categories=loaded.index.categories.clone() filter />
                <MatchList loaded=loaded.clone() ranked=ranked.into() filter=filter.into() profile=profile.into() />
                {move || {
                    let unranked = unranked();
                    (unranked > 0).then(|| view! {
                        <p class="muted small">
                            {if unranked == 1 {
                                "1 occupation has no O*NET data to compare with your answers, so it is not ranked."
                                    .to_owned()
                            } else {
                                format!(
                                    "{} occupations have no O*NET data to compare with your answers, so they are not ranked.",
                                    crate::format::count(unranked)
                                )
                            }}
                        </p>
                    })
                }}
            </section>
            {(!shared).then(|| view! { <ShareTools answers /> <EraseAnswers /> })}
        }
        .into_any()
    }
}

/// Shown above shared results: whose answers these are, and the choice to keep them.
#[component]
fn SharedBanner(answers: Signal<Answers>) -> impl IntoView {
    let store = AssessmentStore::expect();
    let kept = RwSignal::new(false);
    view! {
        <div class="shared-banner card" data-testid="shared-banner" aria-live="polite">
            <p>
                "These results come from a share link. They are not saved in this browser, and your \
                 own answers, if you have any, are unchanged."
            </p>
            {move || if kept.get() {
                view! {
                    <p>"These answers are now saved as yours in this browser. "
                        <a href=Page::AssessmentResults.path()>"Open your results"</a>
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <button type="button" class="button" on:click=move |_| {
                        store.replace_answers(answers.get_untracked(), true);
                        kept.set(true);
                    }>"Keep these answers as mine"</button>
                }
                .into_any()
            }}
        </div>
    }
}
