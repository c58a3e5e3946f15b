//! `/assessment`: the Career DNA assessment. It opens on an introduction, or on where the
//! person left off, or on a plain message when saved answers cannot be read.

use leptos::prelude::*;

use crate::assessment::{AssessmentFlow, AssessmentStore, ImportAnswers};
use crate::components::PageHead;
use crate::routes::{Page, methodology_section};

/// The assessment page.
#[component]
pub fn AssessmentPage() -> impl IntoView {
    let store = AssessmentStore::expect();
    // The questions show once the person starts, or at once when they are part-way through.
    // Answers carried over from a profile's quick questions leave the screen at 0, so the
    // introduction still shows to someone who has not begun.
    let part_way = move || store.state().with(|s| s.screen > 0 && !s.finished);
    let started = RwSignal::new(untrack(part_way));
    // The prerendered page is hydrated before the saved answers are read: resume once they are.
    Effect::new(move |_| {
        if part_way() {
            started.set(true);
        }
    });
    view! {
        <PageHead
            title="Career DNA assessment"
            description="A ten-minute assessment of your interests, work styles and values that scores your fit with every occupation, in your browser."
            path=Page::Assessment.path()
        />
        <h1>"Career DNA assessment"</h1>
        {move || {
            if let Some(problem) = store.problem() {
                view! { <SavedStateProblem problem /> }.into_any()
            } else if started.get() {
                view! { <AssessmentFlow /> }.into_any()
            } else {
                view! { <Introduction started /> }.into_any()
            }
        }}
    }
}

/// What the assessment is, and how to start, resume or see the results.
#[component]
fn Introduction(started: RwSignal<bool>) -> impl IntoView {
    let store = AssessmentStore::expect();
    let state = store.state();
    view! {
        <div class="assessment-intro card">
            <p>
                "Sixty short questions, about nine minutes: what you like doing, how you work and \
                 what matters to you in a job. CareerLens then compares your answers with the O*NET \
                 profile of every one of the 3,007 occupations and shows your fit with each, with the \
                 reasons behind it and a roadmap."
            </p>
            <p>
                "Your answers never leave this browser: they are saved here so you can come back, and \
                 you can erase them at any time. "
                <a href=methodology_section("career-fit")>"How the fit is computed"</a>
            </p>
            {move || {
                let state = state.get();
                if state.finished {
                    view! {
                        <p>"You have taken the assessment."</p>
                        <div class="assessment-intro__actions">
                            <a class="button button--primary" href=Page::AssessmentResults.path()>"See your results"</a>
                            <button type="button" class="button" on:click=move |_| {
                                store.update(|s| s.screen = 0);
                                started.set(true);
                            }>"Review your answers"</button>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        {(state.answers.answered() > 0).then(|| view! {
                            <p>
                                "Your answers to the quick questions on occupation profiles are \
                                 already filled in; you can change them as you go."
                            </p>
                        })}
                        <div class="assessment-intro__actions">
                            <button type="button" class="button button--primary" on:click=move |_| started.set(true)>
                                "Start the assessment"
                            </button>
                        </div>
                    }
                    .into_any()
                }
            }}
            <details class="assessment-intro__import">
                <summary>"Have an answers file from CareerLens?"</summary>
                <ImportAnswers />
            </details>
            <EraseAnswers />
        </div>
    }
}

/// Saved answers that cannot be read: say so, and offer a fresh start.
#[component]
fn SavedStateProblem(
    /// The reason, in plain words.
    problem: String,
) -> impl IntoView {
    let store = AssessmentStore::expect();
    view! {
        <div class="load-failed" role="alert" data-testid="saved-state-problem">
            <p class="load-failed__title">"We could not resume your assessment."</p>
            <p>{problem}</p>
            <p>"You can start again from the beginning; nothing else is affected."</p>
            <button type="button" class="button button--primary" on:click=move |_| store.erase()>
                "Start afresh"
            </button>
        </div>
    }
}

/// The visible "erase my answers" button, shown wherever answers are kept, and the
/// confirmation once they are erased.
#[component]
pub fn EraseAnswers() -> impl IntoView {
    let store = AssessmentStore::expect();
    let has_answers = move || store.state().with(|s| !s.answers.is_empty());
    view! {
        <div class="erase" aria-live="polite">
            {move || if has_answers() {
                view! {
                    <button type="button" class="button button--danger" on:click=move |_| store.erase()>
                        "Erase my answers"
                    </button>
                }
                .into_any()
            } else if store.just_erased() {
                view! { <p data-testid="erased">"Your answers have been erased from this browser."</p> }.into_any()
            } else {
                ().into_any()
            }}
        </div>
    }
}
