//! "Could this fit you?": three quick questions on the role's most important work styles.
//! Each answer is also the rating of that work style's item in the Career DNA assessment, so it
//! is saved in this browser's assessment store and carries over into the full assessment.
//! Without a store (a test mount, the widget) the answers stay in the page's memory. Nothing is
//! ever sent.

use std::sync::Arc;

use careerlens_engine::assessment::Scale;
use careerlens_engine::assessment::items::{WORK_STYLES, items_of};
use careerlens_engine::model::OccupationDetail;
use careerlens_engine::narrative::top_work_styles;
use leptos::either::Either;
use leptos::prelude::*;

use super::ProfileSection;
use crate::assessment::AssessmentStore;
use crate::components::SiteLink;
use crate::format::one_decimal;
use crate::routes::Page;

/// How many work styles the teaser asks about.
const QUESTIONS: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Answer {
    Yes,
    Sometimes,
    No,
}

impl Answer {
    const ALL: [Answer; 3] = [Answer::Yes, Answer::Sometimes, Answer::No];

    fn label(self) -> &'static str {
        match self {
            Answer::Yes => "Yes",
            Answer::Sometimes => "Sometimes",
            Answer::No => "Not really",
        }
    }

    /// The rating (1–5, "not at all like me" to "very much like me") the answer gives the work
    /// style's item in the assessment.
    fn rating(self) -> u8 {
        match self {
            Answer::Yes => 5,
            Answer::Sometimes => 3,
            Answer::No => 1,
        }
    }

    /// The answer a saved rating stands for; ratings given in the full assessment that no quick
    /// answer gives (2 and 4) select none.
    fn from_rating(rating: u8) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.rating() == rating)
    }
}

/// The position in the assessment's items of the item rating the work style with this O*NET
/// name; `None` for a name the assessment does not ask about.
fn style_item(name: &str) -> Option<usize> {
    let style = WORK_STYLES.iter().position(|&style| style == name)?;
    items_of(Scale::WorkStyle(style)).next()
}

/// The summary sentence for a set of answers, or `None` until every question is answered.
fn fit_signal(answers: &[Option<Answer>]) -> Option<String> {
    let answers: Option<Vec<Answer>> = answers.iter().copied().collect();
    let answers = answers?;
    let yes = answers.iter().filter(|&&a| a == Answer::Yes).count();
    let sometimes = answers.iter().filter(|&&a| a == Answer::Sometimes).count();
    let total = answers.len();
    let verdict = match (yes, sometimes) {
        (y, _) if y == total => "a strong early signal for this role",
        (y, s) if 2 * y + s >= total => "a promising early signal",
        _ => "a weak early signal: this role leans on traits you enjoy less",
    };
    Some(format!(
        "You enjoy {yes} of the {total} traits this role relies on most, and sometimes {sometimes}: {verdict}."
    ))
}

/// Three yes/sometimes/no questions built from the role's top work styles.
#[component]
pub fn FitTeaser(
    /// The occupation's detail chunk.
    detail: Arc<OccupationDetail>,
) -> impl IntoView {
    let styles: Vec<(String, f32)> = top_work_styles(&detail, QUESTIONS)
        .into_iter()
        .map(|style| (style.name.clone(), style.value))
        .collect();
    let store = AssessmentStore::try_get();
    let items: Vec<Option<usize>> = styles.iter().map(|(name, _)| style_item(name)).collect();
    let items = StoredValue::new(items);
    // Quick answers carry over only into a store that holds readable answers: a damaged saved
    // state stays untouched until the person has seen why and chosen a fresh start.
    let carries_over = move || store.filter(|store| store.problem().is_none());
    let saved = move || -> Vec<Option<Answer>> {
        items.with_value(|items| {
            items
                .iter()
                .map(|&item| {
                    let (store, item) = (carries_over()?, item?);
                    let rating = store.state().with(|s| s.answers.ratings[item])?;
                    Answer::from_rating(rating)
                })
                .collect()
        })
    };
    let answers = RwSignal::new(untrack(saved));
    // The saved answers arrive after a prerendered page is hydrated, and the full assessment
    // may change them: the questions show them whenever they change.
    Effect::new(move |_| answers.set(saved()));
    let choose = move |position: usize, answer: Answer| {
        answers.update(|all| all[position] = Some(answer));
        let item = items.with_value(|items| items[position]);
        if let (Some(store), Some(item)) = (untrack(carries_over), item) {
            store.update(|s| s.answers.ratings[item] = Some(answer.rating()));
        }
    };
    let note = move || {
        if carries_over().is_some() {
            "A three-question teaser, not an assessment. Your answers are kept in this browser \
             and carry over into the full Career DNA assessment."
        } else {
            "A three-question teaser, not an assessment. Your answers stay on this page."
        }
    };
    let content = if styles.is_empty() {
        Either::Left(view! {
            <p>
                "O*NET has no work-style ratings for the occupations this role maps to, so there are \
                 no quick questions here. The full assessment still scores your fit."
            </p>
        })
    } else {
        Either::Right(view! {
            <p class="muted">{note}</p>
            <ol class="fit-teaser__questions">
                {styles
                    .into_iter()
                    .enumerate()
                    .map(|(position, (name, importance))| {
                        view! {
                            <li>
                                <fieldset class="fit-teaser__question">
                                    <legend>
                                        "Do you enjoy tasks that require " <strong>{name.clone()}</strong> "?"
                                        <span class="muted small">
                                            {format!(" (importance {} of 5)", one_decimal(importance))}
                                        </span>
                                    </legend>
                                    <div class="choice-row">
                                        {Answer::ALL
                                            .into_iter()
                                            .map(|answer| {
                                                let input_name = format!("fit-{position}");
                                                view! {
                                                    <label class="choice">
                                                        <input
                                                            type="radio"
                                                            name=input_name
                                                            prop:checked=move || answers.with(|all| all[position] == Some(answer))
                                                            on:change=move |_| choose(position, answer)
                                                        />
                                                        {answer.label()}
                                                    </label>
                                                }
                                            })
                                            .collect_view()}
                                    </div>
                                </fieldset>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="fit-teaser__signal" aria-live="polite">
                {move || answers.with(|all| fit_signal(all))}
            </p>
        })
    };
    view! {
        <ProfileSection id="fit" title="Could this fit you?">
            {content}
            <p>
                <SiteLink path=Page::Assessment.path() class="button">"Take the full Career DNA assessment"</SiteLink>
            </p>
        </ProfileSection>
    }
}

#[cfg(test)]
mod tests {
    use careerlens_engine::assessment::ITEMS;

    use super::{Answer, fit_signal, style_item};

    #[test]
    fn a_work_style_maps_to_its_assessment_item() {
        let item = style_item("Attention to Detail").unwrap();
        assert_eq!(ITEMS[item].id, "ws-detail");
        assert_eq!(
            ITEMS[style_item("Achievement/Effort").unwrap()].id,
            "ws-achievement"
        );
        assert_eq!(style_item("Juggling"), None);
    }

    #[test]
    fn answers_are_saved_as_ratings_and_read_back() {
        let ratings = Answer::ALL.map(Answer::rating);
        assert_eq!(ratings, [5, 3, 1]);
        for answer in Answer::ALL {
            assert_eq!(Answer::from_rating(answer.rating()), Some(answer));
        }
        // A 4 from the full assessment is no quick answer, so no radio is pre-selected.
        assert_eq!(Answer::from_rating(4), None);
        assert_eq!(Answer::from_rating(2), None);
    }

    #[test]
    fn no_signal_until_every_question_is_answered() {
        assert_eq!(
            fit_signal(&[Some(Answer::Yes), None, Some(Answer::No)]),
            None
        );
    }

    #[test]
    fn three_yes_answers_are_a_strong_signal() {
        let signal = fit_signal(&[Some(Answer::Yes); 3]).unwrap();
        assert_eq!(
            signal,
            "You enjoy 3 of the 3 traits this role relies on most, and sometimes 0: a strong early signal for this role."
        );
    }

    #[test]
    fn mostly_no_is_a_weak_signal() {
        // 2*0 + 1 = 1 < 3 traits.
        let signal =
            fit_signal(&[Some(Answer::No), Some(Answer::Sometimes), Some(Answer::No)]).unwrap();
        assert!(signal.ends_with("a weak early signal: this role leans on traits you enjoy less."));
    }

    #[test]
    fn one_yes_and_one_sometimes_is_promising() {
        // 2*1 + 1 = 3 >= 3 traits.
        let signal =
            fit_signal(&[Some(Answer::Yes), Some(Answer::Sometimes), Some(Answer::No)]).unwrap();
        assert!(signal.ends_with("a promising early signal."));
    }
}
