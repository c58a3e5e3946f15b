//! The profile's frequently asked questions and the sentences of their answers, written from
//! the occupation's data with the shared rules of [`crate::text`].

use super::{top_work_styles, transferable_skills};
use crate::model::OccupationDetail;
use crate::text::{join, with_indefinite_article};

/// How many work styles and transferable skills the "beyond the technical" answer names.
const STYLES_NAMED: usize = 3;
const TRANSFERABLE_NAMED: usize = 5;

/// "What background does an ICT security manager usually need?"
pub fn background_question(title: &str) -> String {
    format!(
        "What background does {} usually need?",
        with_indefinite_article(title)
    )
}

/// The background usually needed, in a sentence or two, from O*NET.
pub fn background_answer(detail: &OccupationDetail) -> String {
    if detail.education.is_none() && detail.job_zone.is_none() {
        return "O*NET has no education or job-zone data for the occupations this role maps to, \
                so the data cannot say."
            .to_owned();
    }
    let mut sentences = Vec::new();
    if let Some(education) = &detail.education {
        sentences.push(format!(
            "The most commonly required level of education is {} ({:.0} % of O*NET respondents \
             in the matching occupations).",
            education.label.to_lowercase(),
            education.percent
        ));
    }
    if let Some(zone) = &detail.job_zone {
        sentences.push(format!("O*NET places it in {}.", zone.name));
        sentences.push(zone.education.trim().to_owned());
        sentences.push(zone.experience.trim().to_owned());
    }
    sentences.retain(|sentence| !sentence.is_empty());
    sentences.join(" ")
}

/// "How does a sommelier differ from a head sommelier?"
pub fn difference_question(title: &str, closest: &str) -> String {
    format!(
        "How does {} differ from {}?",
        with_indefinite_article(title),
        with_indefinite_article(closest)
    )
}

/// "Only this role lists x and y as essential.", or nothing without skills to name.
pub fn only_here_sentence<S: AsRef<str>>(skills: &[S]) -> Option<String> {
    (!skills.is_empty())
        .then(|| format!("Only this role lists {} as essential.", join(skills, "and")))
}

/// "The other role needs x and y instead.", or nothing without skills to name.
pub fn only_there_sentence<S: AsRef<str>>(skills: &[S]) -> Option<String> {
    (!skills.is_empty()).then(|| format!("The other role needs {} instead.", join(skills, "and")))
}

/// The question on skills beyond the technical ones.
pub const BEYOND_TECHNICAL_QUESTION: &str = "Which skills matter beyond the technical ones?";

/// The most important work styles and the transferable essential skills, in two sentences.
pub fn beyond_technical_answer(detail: &OccupationDetail) -> String {
    let styles: Vec<String> = top_work_styles(detail, STYLES_NAMED)
        .into_iter()
        .map(|style| style.name.to_lowercase())
        .collect();
    let transferable: Vec<&str> = transferable_skills(detail)
        .into_iter()
        .take(TRANSFERABLE_NAMED)
        .map(|skill| skill.label.as_str())
        .collect();
    if styles.is_empty() && transferable.is_empty() {
        return "The data lists no work styles or transferable skills for this role.".to_owned();
    }
    let mut sentences = Vec::new();
    if !styles.is_empty() {
        sentences.push(format!(
            "The work styles O*NET rates most important are {}.",
            join(&styles, "and")
        ));
    }
    if !transferable.is_empty() {
        sentences.push(format!(
            "Among its essential ESCO skills, these carry across many jobs: {}.",
            join(&transferable, "and")
        ));
    }
    sentences.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_take_the_article_of_each_title() {
        assert_eq!(
            background_question("ICT security manager"),
            "What background does an ICT security manager usually need?"
        );
        assert_eq!(
            difference_question("academic advisor", "university lecturer"),
            "How does an academic advisor differ from a university lecturer?"
        );
    }

    #[test]
    fn skill_sentences_join_their_names_or_say_nothing() {
        assert_eq!(
            only_here_sentence(&["a", "b", "c"]).as_deref(),
            Some("Only this role lists a, b and c as essential.")
        );
        assert_eq!(only_there_sentence::<&str>(&[]), None);
    }
}
