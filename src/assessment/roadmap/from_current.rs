//! The roadmap from the person's current occupation: the skills to add, the route of viable
//! moves and how resilience and AI exposure change along it.

use std::sync::Arc;

use careerlens_engine::model::OccupationScores;
use careerlens_engine::pathways::MAX_PATH_HOPS;
use leptos::prelude::*;

use super::{RoadmapSection, SKILLS_SHOWN, SkillNames};
use crate::career::{RouteError, RouteStep, plan_route};
use crate::data::LoadedIndex;
use crate::format::score;
use crate::routes::{Page, methodology_section};

/// The roadmap from the person's current occupation.
#[component]
pub(super) fn FromCurrent(loaded: Arc<LoadedIndex>, origin: usize, target: usize) -> impl IntoView {
    let current = loaded.index.occupations[origin].title.clone();
    let goal = loaded.index.occupations[target].title.clone();
    if origin == target {
        return view! {
            <p data-testid="same-occupation">
                {format!(
                    "{} is the current occupation you gave in the assessment, so there is no gap or route to show. Choose another role from your results.",
                    capitalised(&goal)
                )}
            </p>
        }
        .into_any();
    }
    let (similarity, _) = loaded.similarity();
    let gap = similarity.adjacent_skills(origin, target, usize::MAX);
    let total = gap.len();
    let shown: Vec<u32> = gap.into_iter().take(SKILLS_SHOWN).collect();
    let summary = gap_summary(total, shown.len(), &goal, &current);
    let route =
        plan_route(&loaded, origin, target).map_err(|error| no_route(error, &current, &goal));
    view! {
        <RoadmapSection id="skills-gap" title="Skills to add">
            <p data-testid="skills-gap-count">{summary}</p>
            {(!shown.is_empty()).then(|| view! { <SkillNames skills=shown /> })}
        </RoadmapSection>
        <RoadmapSection id="route" title=format!("A route from {current}")>
            {match route {
                Ok(steps) => view! { <Route loaded steps /> }.into_any(),
                Err(reason) => view! { <p data-testid="no-route">{reason}</p> }.into_any(),
            }}
        </RoadmapSection>
    }
    .into_any()
}

/// A title at the start of a sentence: ESCO titles are lower case ("nurse assistant").
fn capitalised(title: &str) -> String {
    let mut chars = title.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// How many of the target's essential skills the current occupation lacks, in a sentence.
fn gap_summary(total: usize, shown: usize, goal: &str, current: &str) -> String {
    let goal_first = capitalised(goal);
    match total {
        0 => format!("Every essential skill of {goal} is already part of {current}."),
        1 => format!("{goal_first} lists 1 essential skill that {current} does not:"),
        n if shown < n => format!(
            "{goal_first} lists {n} essential skills that {current} does not. The {shown} most specific \
             to this role come first (skills fewer occupations need):"
        ),
        n => format!(
            "{goal_first} lists {n} essential skills that {current} does not, the most specific to this \
             role first (skills fewer occupations need):"
        ),
    }
}

/// Why there is no route, in a sentence.
fn no_route(error: RouteError, current: &str, goal: &str) -> String {
    match error {
        RouteError::NoRoute => format!(
            "No route of up to {MAX_PATH_HOPS} viable moves leads from {current} to {goal}: the \
             skills to add above are the gap to close."
        ),
        RouteError::NoThresholds => {
            "This dataset has no viability thresholds, so no route can be planned.".to_owned()
        }
        RouteError::SameOccupation => {
            format!(
                "{} is your current occupation, so there is no route to plan.",
                capitalised(goal)
            )
        }
    }
}

/// The steps of a route with each one's scores, and how they change from start to goal.
#[component]
fn Route(loaded: Arc<LoadedIndex>, steps: Vec<RouteStep>) -> impl IntoView {
    let scores = |step: &RouteStep| loaded.index.occupations[step.occupation].scores.clone();
    let change = route_change(
        steps.first().and_then(scores).as_ref(),
        steps.last().and_then(scores).as_ref(),
    );
    let last = steps.len() - 1;
    view! {
        <p class="muted small">
            {format!(
                "The route of up to {MAX_PATH_HOPS} viable moves whose weakest move is the most similar."
            )}
        </p>
        <ol class="route" data-testid="route-steps">
            {steps
                .iter()
                .enumerate()
                .map(|(position, step)| {
                    let scores = scores(step);
                    let resilience = scores.as_ref().and_then(|s| s.resilience);
                    let exposure = scores.as_ref().and_then(|s| s.ai_exposure);
                    let role = match position {
                        0 => " (your current occupation)",
                        p if p == last => " (your goal)",
                        _ => "",
                    };
                    view! {
                        <li class="route__step" data-testid="route-step">
                            <a href=Page::Occupation { slug: step.slug.clone() }.path()>{step.title.clone()}</a>
                            {role}
                            <span class="muted small">
                                {step.similarity.map(|s| format!(" · move similarity {} / 100", score(s * 100.0)))}
                                {format!(
                                    " · resilience {} · AI exposure {}",
                                    resilience.map_or("not scored".to_owned(), |r| format!("{} / 100", score(r))),
                                    exposure.map_or("not scored".to_owned(), |a| format!("{} %", score(a))),
                                )}
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <p data-testid="route-change">{change}</p>
        <p class="muted small">
            "Higher resilience means more of the work depends on people; AI exposure is the share of \
             the role's tasks current AI could affect. "
            <a href=methodology_section("resilience")>"How both are scored"</a>
        </p>
    }
}

/// How resilience and AI exposure change from the first to the last step, in a sentence.
fn route_change(first: Option<&OccupationScores>, last: Option<&OccupationScores>) -> String {
    let pair = |pick: fn(&OccupationScores) -> Option<f32>| {
        Some((score(first.and_then(pick)?), score(last.and_then(pick)?)))
    };
    match (pair(|s| s.resilience), pair(|s| s.ai_exposure)) {
        (Some((r0, r1)), Some((a0, a1))) => format!(
            "Along this route, resilience goes from {r0} to {r1} and AI exposure from {a0} to {a1}."
        ),
        (Some((r0, r1)), None) => format!(
            "Along this route, resilience goes from {r0} to {r1}; AI exposure is not scored at both ends."
        ),
        (None, Some((a0, a1))) => format!(
            "Along this route, AI exposure goes from {a0} to {a1}; resilience is not scored at both ends."
        ),
        (None, None) => {
            "Resilience and AI exposure are not scored at both ends of this route.".to_owned()
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn scores(resilience: Option<f32>, ai_exposure: Option<f32>) -> OccupationScores {
        OccupationScores {
            resilience,
            ai_exposure,
            ..Default::default()
        }
    }

    #[test]
    fn the_route_change_names_both_ends() {
        let (a, b) = (
            scores(Some(41.25), Some(62.0)),
            scores(Some(70.0), Some(18.44)),
        );
        assert_eq!(
            route_change(Some(&a), Some(&b)),
            "Along this route, resilience goes from 41.3 to 70.0 and AI exposure from 62.0 to 18.4."
        );
    }

    #[test]
    fn a_missing_score_at_either_end_is_said_not_guessed() {
        let (a, b) = (scores(Some(40.0), None), scores(Some(50.0), Some(20.0)));
        assert_eq!(
            route_change(Some(&a), Some(&b)),
            "Along this route, resilience goes from 40.0 to 50.0; AI exposure is not scored at both ends."
        );
        assert_eq!(
            route_change(None, Some(&b)),
            "Resilience and AI exposure are not scored at both ends of this route."
        );
    }

    #[test]
    fn the_gap_summary_counts_all_and_says_how_many_are_shown() {
        assert_eq!(
            gap_summary(0, 0, "nurse", "carer"),
            "Every essential skill of nurse is already part of carer."
        );
        assert!(gap_summary(14, 10, "nurse", "carer").starts_with(
            "Nurse lists 14 essential skills that carer does not. The 10 most specific"
        ));
    }

    #[test]
    fn a_title_starting_a_sentence_is_capitalised() {
        assert_eq!(capitalised("nurse assistant"), "Nurse assistant");
        assert_eq!(capitalised("ICT buyer"), "ICT buyer");
        assert_eq!(capitalised(""), "");
    }
}
