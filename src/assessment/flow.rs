//! The questions, one per screen: the 58 rated items, then the two optional background
//! questions. Number keys 1–5 answer and move on; Back and Skip are buttons. Every answer is
//! saved at once, so a reload resumes on the same screen.

use careerlens_engine::assessment::items::{BACKGROUND, ITEMS, JOB_ZONE_CHOICES, Part};
use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::store::AssessmentStore;
use crate::components::SearchBox;
use crate::data::{Dataset, SEARCH};
use crate::routes::Page;

/// Screens: one per rated item, then the job zone, then the current occupation.
pub const SCREENS: usize = ITEMS.len() + BACKGROUND.len();
const JOB_ZONE_SCREEN: usize = ITEMS.len();
const CURRENT_SCREEN: usize = ITEMS.len() + 1;
/// The time an answer takes, measured on ourselves, for the time-left estimate.
const SECONDS_PER_SCREEN: usize = 9;

/// "About N minutes left" for the screens after `screen`.
pub fn time_left(screen: usize) -> String {
    let seconds = SCREENS.saturating_sub(screen) * SECONDS_PER_SCREEN;
    match seconds.div_ceil(60) {
        0 => "Almost done".to_owned(),
        1 => "About 1 minute left".to_owned(),
        minutes => format!("About {minutes} minutes left"),
    }
}

/// The heading of each part, as the person sees it.
fn part_heading(part: Part) -> &'static str {
    match part {
        Part::Interests => "Your interests",
        Part::WorkStyles => "How you work",
        Part::WorkValues => "What matters to you in a job",
        Part::Background => "About you",
    }
}

/// Whether a key press belongs to a text field, where digits are typing, not answers.
fn typed_in_a_field(event: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        })
}

/// The assessment's questions, from the saved screen on.
#[component]
pub fn AssessmentFlow() -> impl IntoView {
    let store = AssessmentStore::expect();
    let navigate = use_navigate();
    let screen = Memo::new(move |_| store.state().with(|s| s.screen.min(SCREENS - 1)));
    let finish = move || {
        store.update(|s| {
            s.finished = true;
            s.screen = SCREENS - 1;
        });
        navigate(&Page::AssessmentResults.path(), Default::default());
    };
    let finish = StoredValue::new_local(finish);
    let go_to = move |next: usize| {
        if next >= SCREENS {
            finish.with_value(|f| f());
        } else {
            store.update(|s| s.screen = next);
            focus_question();
        }
    };
    let answer = move |value: u8| {
        let current = screen.get_untracked();
        store.update(|s| {
            if current < ITEMS.len() {
                s.answers.ratings[current] = Some(value);
            } else if current == JOB_ZONE_SCREEN {
                s.answers.job_zone = Some(value);
            }
        });
        go_to(current + 1);
    };
    let keys = window_event_listener(ev::keydown, move |event| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() || typed_in_a_field(&event) {
            return;
        }
        let Ok(value @ 1..=5) = event.key().parse::<u8>() else {
            return;
        };
        if screen.get_untracked() <= JOB_ZONE_SCREEN {
            event.prevent_default();
            answer(value);
        }
    });
    on_cleanup(move || keys.remove());

    view! {
        <div class="flow" data-testid="assessment-flow">
            <Progress screen=screen />
            {move || {
                let current = screen.get();
                if current < ITEMS.len() {
                    view! { <RatedQuestion position=current on_answer=Callback::new(answer) /> }.into_any()
                } else if current == JOB_ZONE_SCREEN {
                    view! { <JobZoneQuestion on_answer=Callback::new(answer) /> }.into_any()
                } else {
                    view! { <CurrentQuestion /> }.into_any()
                }
            }}
            <div class="flow__nav">
                <button
                    type="button"
                    class="button"
                    disabled=move || screen.get() == 0
                    on:click=move |_| go_to(screen.get_untracked().saturating_sub(1))
                >
                    "Back"
                </button>
                <button type="button" class="button" on:click=move |_| go_to(screen.get_untracked() + 1)>
                    {move || if screen.get() == CURRENT_SCREEN { "See my results" } else { "Skip" }}
                </button>
            </div>
            <p class="muted small">
                "Keys 1 to 5 answer the question. Your answers are saved in this browser only, \
                 so you can reload or come back later."
            </p>
            {move || store.unsaved().then(|| view! {
                <p class="flow__warning" role="alert">
                    "This browser does not let CareerLens save your answers, so they will be lost \
                     if you close or reload the page."
                </p>
            })}
        </div>
    }
}

/// The progress bar with the count and the time left.
#[component]
fn Progress(
    /// The current screen.
    #[prop(into)]
    screen: Signal<usize>,
) -> impl IntoView {
    let number = move || screen.get() + 1;
    view! {
        <div class="flow__progress">
            <p class="flow__count" aria-live="polite">
                {move || format!("Question {} of {SCREENS}", number())}
                <span class="muted">{move || format!(" · {}", time_left(screen.get()))}</span>
            </p>
            <div
                class="flow__bar"
                role="progressbar"
                aria-label="Progress through the assessment"
                aria-valuemin="0"
                aria-valuemax=SCREENS.to_string()
                aria-valuenow=move || screen.get().to_string()
            >
                <div
                    class="flow__bar-fill"
                    style:width=move || format!("{:.1}%", 100.0 * screen.get() as f64 / SCREENS as f64)
                ></div>
            </div>
        </div>
    }
}

/// A question's heading; [`focus_question`] moves focus to it after each move.
#[component]
fn QuestionHeading(
    /// The part's heading.
    part: Part,
    /// The statement or question.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! {
        <p class="flow__part">{part_heading(part)}</p>
        <h2 class="flow__question" id=QUESTION_ID tabindex="-1">
            {(part != Part::Background).then(|| view! { <span class="flow__prompt">{part.prompt()}</span> })}
            <span class="flow__text">{text}</span>
        </h2>
    }
}

/// The id of the current question's heading.
const QUESTION_ID: &str = "flow-question";

/// Moves focus to the new question once it is on screen, so screen readers read it out and
/// keyboard users carry on from it rather than from the top of the page.
fn focus_question() {
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        if let Some(heading) = document()
            .get_element_by_id(QUESTION_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = heading.focus();
        }
    });
}

/// One rated item with its five answers.
#[component]
fn RatedQuestion(
    /// The item's position in the item bank.
    position: usize,
    /// Called with the rating chosen.
    on_answer: Callback<u8>,
) -> impl IntoView {
    let store = AssessmentStore::expect();
    let item = ITEMS[position];
    let chosen = Memo::new(move |_| store.state().with(|s| s.answers.ratings[position]));
    view! {
        <QuestionHeading part=item.part() text=item.text />
        <div class="flow__choices" role="group" aria-labelledby=QUESTION_ID>
            {item
                .part()
                .scale_labels()
                .into_iter()
                .zip(1u8..)
                .map(|(label, value)| {
                    view! {
                        <button
                            type="button"
                            class="flow__choice"
                            aria-pressed=move || (chosen.get() == Some(value)).to_string()
                            on:click=move |_| on_answer.run(value)
                        >
                            <span class="flow__key" aria-hidden="true">{value}</span>
                            {label}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The highest education or experience, as an O*NET job zone.
#[component]
fn JobZoneQuestion(on_answer: Callback<u8>) -> impl IntoView {
    let store = AssessmentStore::expect();
    let chosen = Memo::new(move |_| store.state().with(|s| s.answers.job_zone));
    view! {
        <QuestionHeading part=Part::Background text=BACKGROUND[0].text />
        <p class="muted">"Optional. It lets the results weigh how near each occupation is for you today."</p>
        <div class="flow__choices" role="group" aria-labelledby=QUESTION_ID>
            {JOB_ZONE_CHOICES
                .into_iter()
                .map(|(zone, label)| {
                    view! {
                        <button
                            type="button"
                            class="flow__choice"
                            aria-pressed=move || (chosen.get() == Some(zone)).to_string()
                            on:click=move |_| on_answer.run(zone)
                        >
                            <span class="flow__key" aria-hidden="true">{zone}</span>
                            {label}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The current or most recent occupation, chosen with the header's search.
#[component]
fn CurrentQuestion() -> impl IntoView {
    let store = AssessmentStore::expect();
    let dataset = Dataset::expect();
    let index = Signal::derive(move || dataset.index_with(SEARCH));
    let current = Memo::new(move |_| store.state().with(|s| s.answers.current.clone()));
    let current_title = move || {
        let slug = current.get()?;
        let title = match dataset.index() {
            Some(Ok(loaded)) => loaded.by_slug(&slug).map(|o| o.title.clone()),
            _ => None,
        };
        Some(title.unwrap_or(slug))
    };
    view! {
        <QuestionHeading part=Part::Background text=BACKGROUND[1].text />
        <p class="muted">
            "Optional. Your roadmap to any occupation in the results then starts from it."
        </p>
        {move || current_title().map(|title| view! {
            <p class="flow__current" data-testid="current-occupation">
                "Your current occupation: " <strong>{title}</strong> " "
                <button
                    type="button"
                    class="button button--small"
                    on:click=move |_| store.update(|s| s.answers.current = None)
                >
                    "Remove"
                </button>
            </p>
        })}
        <SearchBox
            index
            input_id="current-occupation"
            label="Search for your occupation"
            on_choose=Callback::new(move |slug: String| store.update(|s| s.answers.current = Some(slug)))
        />
    }
}

#[cfg(test)]
mod tests {
    use super::{SCREENS, time_left};

    #[test]
    fn sixty_screens_take_under_ten_minutes() {
        // 60 screens at 9 s each are 540 s: 9 minutes.
        assert_eq!(SCREENS, 60);
        assert_eq!(time_left(0), "About 9 minutes left");
    }

    #[test]
    fn the_last_screen_leaves_about_a_minute() {
        // One screen left is 9 s, which rounds up to a minute.
        assert_eq!(time_left(SCREENS - 1), "About 1 minute left");
        assert_eq!(time_left(SCREENS), "Almost done");
    }
}
