//! Frequently asked questions, answered from the occupation's data.

use std::sync::Arc;

use careerlens_engine::model::OccupationDetail;
use careerlens_engine::narrative::{top_work_styles, transferable_skills};
use leptos::prelude::*;

use super::{ProfileSection, SkillLabels};
use crate::format::score;
use crate::routes::Page;

/// The occupation's most similar role, for the "how does it differ" answer.
#[derive(Clone, Debug, PartialEq)]
pub struct ClosestRole {
    pub slug: String,
    pub title: String,
    /// Skill similarity, 0 to 1.
    pub similarity: f32,
    /// Labels of essential skills of this occupation that the closest role lacks.
    pub only_here: Vec<String>,
    /// Ids of essential skills of the closest role that this occupation lacks.
    pub only_there: Vec<u32>,
}

/// How the occupation differs from its closest role.
#[component]
fn DifferenceAnswer(closest: ClosestRole, labels: SkillLabels) -> impl IntoView {
    let only_there = closest.only_there.clone();
    view! {
        <p>
            "Its closest role by skills is "
            <a href=Page::Occupation { slug: closest.slug.clone() }.path()>{closest.title.clone()}</a>
            {format!(" (similarity {} / 100). ", score(closest.similarity * 100.0))}
            {(!closest.only_here.is_empty())
                .then(|| format!("Only this role lists {} as essential. ", join_names(&closest.only_here)))}
            {move || {
                if only_there.is_empty() {
                    return String::new();
                }
                match labels.get() {
                    Some(Ok(dictionary)) => {
                        let names: Vec<String> = only_there
                            .iter()
                            .filter_map(|&id| dictionary.skills.get(id as usize).map(|s| s.label.clone()))
                            .collect();
                        format!("The other role needs {} instead.", join_names(&names))
                    }
                    _ => String::new(),
                }
            }}
        </p>
    }
}

/// A question with its answer, as a disclosure so the list can be skimmed.
#[component]
fn Question(
    /// The question.
    #[prop(into)]
    question: String,
    children: Children,
) -> impl IntoView {
    view! {
        <details class="faq__item disclosure">
            <summary>{question}</summary>
            <div class="faq__answer">{children()}</div>
        </details>
    }
}

/// Joins names as "a, b and c".
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The background usually needed, in a sentence or two, from O*NET.
fn background_answer(detail: &OccupationDetail) -> String {
    match (&detail.education, &detail.job_zone) {
        (None, None) => "O*NET has no education or job-zone data for the occupations this role \
                         maps to, so the data cannot say."
            .to_owned(),
        (education, job_zone) => {
            let mut answer = String::new();
            if let Some(education) = education {
                answer.push_str(&format!(
                    "The most commonly required level of education is {} ({:.0} % of O*NET \
                     respondents in the matching occupations). ",
                    education.label.to_lowercase(),
                    education.percent
                ));
            }
            if let Some(zone) = job_zone {
                answer.push_str(&format!(
                    "O*NET places it in {}. {} {}",
                    zone.name, zone.education, zone.experience
                ));
            }
            answer.trim_end().to_owned()
        }
    }
}

/// The FAQ section.
#[component]
pub fn Faq(
    /// The occupation's detail chunk.
    detail: Arc<OccupationDetail>,
    /// The most similar role, if any occupation shares skills with this one.
    closest: Option<ClosestRole>,
    /// The skill dictionary, for the closest role's skill names.
    #[prop(into)]
    labels: SkillLabels,
) -> impl IntoView {
    let title = detail.title.clone();
    let styles: Vec<String> = top_work_styles(&detail, 3)
        .into_iter()
        .map(|style| style.name.to_lowercase())
        .collect();
    let transferable: Vec<String> = transferable_skills(&detail)
        .into_iter()
        .take(5)
        .map(|skill| skill.label.clone())
        .collect();
    let beyond_technical = match (styles.is_empty(), transferable.is_empty()) {
        (true, true) => {
            "The data lists no work styles or transferable skills for this role.".to_owned()
        }
        _ => {
            let mut answer = String::new();
            if !styles.is_empty() {
                answer.push_str(&format!(
                    "The work styles O*NET rates most important are {}. ",
                    join_names(&styles)
                ));
            }
            if !transferable.is_empty() {
                answer.push_str(&format!(
                    "Among its essential ESCO skills, these carry across many jobs: {}.",
                    join_names(&transferable)
                ));
            }
            answer.trim_end().to_owned()
        }
    };
    view! {
        <ProfileSection id="faq" title="Frequently asked questions">
            <Question question=format!("What background does a {} usually need?", title.clone())>
                <p>{background_answer(&detail)}</p>
            </Question>
            {closest
                .map(|closest| {
                    let question = format!("How does a {title} differ from a {}?", closest.title);
                    view! {
                        <Question question>
                            <DifferenceAnswer closest labels />
                        </Question>
                    }
                })}
            <Question question="Which skills matter beyond the technical ones?">
                <p>{beyond_technical}</p>
            </Question>
        </ProfileSection>
    }
}

#[cfg(test)]
mod tests {
    use super::join_names;

    #[test]
    fn names_join_with_commas_and_a_final_and() {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join_names(&names(&[])), "");
        assert_eq!(join_names(&names(&["a"])), "a");
        assert_eq!(join_names(&names(&["a", "b"])), "a and b");
        assert_eq!(join_names(&names(&["a", "b", "c"])), "a, b and c");
    }
}
