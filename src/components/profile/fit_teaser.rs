//! "Could this fit you?": three quick questions on the role's most important work styles.
//! Answers stay in the page's memory; nothing is stored or sent.

use std::sync::Arc;

use crate::format::one_decimal;
use crate::routes::Page;
use careerlens_engine::model::OccupationDetail;
use careerlens_engine::narrative::top_work_styles;
use leptos::prelude::*;

use super::ProfileSection;

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
    let answers = RwSignal::new(vec![None::<Answer>; styles.len()]);
    let content = if styles.is_empty() {
        view! {
            <p>
                "O*NET has no work-style ratings for the occupations this role maps to, so there are \
                 no quick questions here. The full assessment still scores your fit."
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="muted">
                "A three-question teaser, not an assessment. Your answers stay on this page."
            </p>
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
                                                            on:change=move |_| {
                                                                answers.update(|all| all[position] = Some(answer))
                                                            }
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
        }
        .into_any()
    };
    view! {
        <ProfileSection id="fit" title="Could this fit you?">
            {content}
            <p>
                <a href=Page::Assessment.path() class="button">"Take the full Career DNA assessment"</a>
            </p>
        </ProfileSection>
    }
}

#[cfg(test)]
mod tests {
    use super::{Answer, fit_signal};

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
