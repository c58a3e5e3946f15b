//! Frequently asked questions, answered from the occupation's data.

use std::sync::Arc;

use careerlens_engine::model::{OccupationDetail, SimilarRole};
use careerlens_engine::narrative::faq::{
    BEYOND_TECHNICAL_QUESTION, background_answer, background_question, beyond_technical_answer,
    difference_question, only_here_sentence, only_there_sentence,
};
use careerlens_engine::similarity::CLOSEST_LACKS_SHOWN;
use leptos::prelude::*;

use super::ProfileSection;
use crate::format::score;
use crate::routes::Page;

/// How the occupation differs from its closest role: what each needs that the other lacks,
/// as the chunk lists them.
#[component]
fn DifferenceAnswer(
    /// The most similar role.
    closest: SimilarRole,
    /// This occupation's essential skills that the closest role lacks.
    lacks: Vec<String>,
) -> impl IntoView {
    let only_there: Vec<String> = closest
        .skills_to_learn
        .iter()
        .take(CLOSEST_LACKS_SHOWN)
        .cloned()
        .collect();
    view! {
        <p>
            "Its most similar role is "
            <a href=Page::Occupation { slug: closest.slug }.path()>{closest.title}</a>
            {format!(" (similarity {} / 100). ", score(closest.similarity * 100.0))}
            {only_here_sentence(&lacks).map(|sentence| format!("{sentence} "))}
            {only_there_sentence(&only_there)}
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
) -> impl IntoView {
    let closest = detail.similar.first().cloned();
    let lacks = detail.closest_lacks.clone();
    let title = detail.title.clone();
    let background = background_answer(&detail);
    let beyond_technical = beyond_technical_answer(&detail);
    view! {
        <ProfileSection id="faq" unchanging=true title="Frequently asked questions">
            <Question question=background_question(&title)>
                <p>{background}</p>
            </Question>
            {closest
                .map(|closest| {
                    let question = difference_question(&title, &closest.title);
                    view! {
                        <Question question>
                            <DifferenceAnswer closest lacks />
                        </Question>
                    }
                })}
            <Question question=BEYOND_TECHNICAL_QUESTION>
                <p>{beyond_technical}</p>
            </Question>
        </ProfileSection>
    }
}
