//! Frequently asked questions, answered from the occupation's data.

use std::sync::Arc;

use careerlens_engine::model::OccupationDetail;
use careerlens_engine::narrative::faq::{
    BEYOND_TECHNICAL_QUESTION, background_answer, background_question, beyond_technical_answer,
    difference_question, only_here_sentence, only_there_sentence,
};
use leptos::prelude::*;

use super::ProfileSection;
use crate::format::score;
use crate::routes::Page;

/// The occupation's most similar role, for the "how does it differ" answer.
#[derive(Clone, Debug, PartialEq)]
pub struct ClosestRole {
    pub slug: String,
    pub title: String,
    /// Similarity, 0 to 1: skills and work activities for a similar role, skills for a move.
    pub similarity: f32,
    /// Labels of essential skills of this occupation that the closest role lacks: known once
    /// the index has loaded, empty until then.
    pub only_here: Signal<Vec<String>>,
    /// Labels of essential skills of the closest role that this occupation lacks (the chunk's
    /// skills to learn).
    pub only_there: Vec<String>,
}

/// How the occupation differs from its closest role.
#[component]
fn DifferenceAnswer(closest: ClosestRole) -> impl IntoView {
    let only_here = closest.only_here;
    view! {
        <p>
            "Its most similar role is "
            <a href=Page::Occupation { slug: closest.slug.clone() }.path()>{closest.title.clone()}</a>
            {format!(" (similarity {} / 100). ", score(closest.similarity * 100.0))}
            {move || only_here_sentence(&only_here.get()).map(|sentence| format!("{sentence} "))}
            {only_there_sentence(&closest.only_there)}
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

/// The FAQ section.
#[component]
pub fn Faq(
    /// The occupation's detail chunk.
    detail: Arc<OccupationDetail>,
    /// The most similar role, if any occupation shares skills with this one.
    closest: Option<ClosestRole>,
) -> impl IntoView {
    let title = detail.title.clone();
    let background = background_answer(&detail);
    let beyond_technical = beyond_technical_answer(&detail);
    view! {
        <ProfileSection id="faq" title="Frequently asked questions">
            <Question question=background_question(&title)>
                <p>{background}</p>
            </Question>
            {closest
                .map(|closest| {
                    let question = difference_question(&title, &closest.title);
                    view! {
                        <Question question>
                            <DifferenceAnswer closest />
                        </Question>
                    }
                })}
            <Question question=BEYOND_TECHNICAL_QUESTION>
                <p>{beyond_technical}</p>
            </Question>
        </ProfileSection>
    }
}
