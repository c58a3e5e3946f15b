//! Skills and knowledge: the essential ones with their ESCO descriptions, the optional ones behind
//! a disclosure, skills and knowledge listed apart.

use std::sync::Arc;

use careerlens_engine::model::{DetailSkill, OccupationDetail, SkillKind};
use leptos::prelude::*;

use super::ProfileSection;
use crate::format::count;

fn partition(skills: &[DetailSkill]) -> (Vec<DetailSkill>, Vec<DetailSkill>) {
    skills
        .iter()
        .cloned()
        .partition(|skill| skill.kind != Some(SkillKind::Knowledge))
}

/// A list of skills, each with its description where the chunk carries one.
#[component]
fn SkillList(
    /// The list's heading.
    #[prop(into)]
    heading: String,
    /// The skills, in display order.
    skills: Vec<DetailSkill>,
) -> impl IntoView {
    (!skills.is_empty()).then(|| {
        view! {
            <h3 class="skill-list__heading">{heading} " (" {skills.len()} ")"</h3>
            <dl class="skill-list">
                {skills
                    .into_iter()
                    .map(|skill| {
                        view! {
                            <div class="skill-list__item">
                                <dt>{skill.label}</dt>
                                {skill.description.map(|text| view! { <dd>{text}</dd> })}
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        }
    })
}

/// How many essential skills and knowledge the section lists, in a sentence.
fn essential_summary(essential: usize) -> String {
    match essential {
        0 => "ESCO lists no essential skills or knowledge for this role.".to_owned(),
        1 => "1 essential skill or knowledge item from ESCO, with its ESCO definition.".to_owned(),
        n => format!(
            "{} essential skills and knowledge from ESCO, each with its ESCO definition.",
            count(n)
        ),
    }
}

/// The occupation's essential and optional skills and knowledge.
#[component]
pub fn SkillsAndKnowledge(
    /// The occupation's detail chunk.
    detail: Arc<OccupationDetail>,
) -> impl IntoView {
    let (essential_skills, essential_knowledge) = partition(&detail.essential);
    let (optional_skills, optional_knowledge) = partition(&detail.optional);
    let optional_count = detail.optional.len();
    view! {
        <ProfileSection id="skills" unchanging=true title="Skills and knowledge">
            <p class="muted">{essential_summary(detail.essential.len())}</p>
            <SkillList heading="Essential skills" skills=essential_skills />
            <SkillList heading="Essential knowledge" skills=essential_knowledge />
            {(optional_count > 0)
                .then(|| {
                    view! {
                        <details class="disclosure">
                            <summary>{format!("Optional skills and knowledge ({optional_count})")}</summary>
                            <SkillList heading="Optional skills" skills=optional_skills />
                            <SkillList heading="Optional knowledge" skills=optional_knowledge />
                        </details>
                    }
                })}
        </ProfileSection>
    }
}

#[cfg(test)]
mod tests {
    use super::essential_summary;

    #[test]
    fn the_summary_agrees_with_its_count() {
        assert_eq!(
            essential_summary(0),
            "ESCO lists no essential skills or knowledge for this role."
        );
        assert!(essential_summary(1).starts_with("1 essential skill or knowledge item from ESCO"));
        assert!(essential_summary(1070).starts_with("1,070 essential skills and knowledge"));
    }
}
