//! Growth pathways and similar roles: the closest occupations by skill overlap, then the
//! progression and lateral moves beyond them, and for each the skills to learn.

use std::sync::Arc;

use careerlens_engine::model::{SimilarRole, SkillDictionary};
use leptos::prelude::*;

use super::ProfileSection;
use super::similar_roles::{NothingToLearn, RoleEntry, SimilarRoleList};
use crate::career::{CareerMoves, RoleMove};
use crate::format::count_noun;

/// The skill dictionary as the section receives it: `None` while loading.
pub type SkillLabels = Signal<Option<Result<Arc<SkillDictionary>, String>>>;

/// The skills to learn for one move, labelled from the skill dictionary once it has loaded.
#[component]
fn AdjacentSkills(skills: Vec<u32>, labels: SkillLabels) -> impl IntoView {
    if skills.is_empty() {
        return view! { <NothingToLearn /> }.into_any();
    }
    view! {
        <p class="move__skills small">
            "Skills to learn: "
            {move || match labels.get() {
                None => "loading…".to_owned(),
                Some(Err(_)) => format!(
                    "{} (names could not be loaded)",
                    count_noun(skills.len(), "essential skill", "essential skills")
                ),
                Some(Ok(dictionary)) => skills
                    .iter()
                    .filter_map(|&id| dictionary.skills.get(id as usize).map(|skill| skill.label.clone()))
                    .collect::<Vec<_>>()
                    .join(", "),
            }}
        </p>
    }
    .into_any()
}

/// A list of moves, or what to say when there is none.
#[component]
fn MoveList(
    /// The moves, best first.
    moves: Vec<RoleMove>,
    /// What the list is empty of, in a sentence.
    #[prop(into)]
    empty: String,
    labels: SkillLabels,
) -> impl IntoView {
    if moves.is_empty() {
        return view! { <p class="muted">{empty}</p> }.into_any();
    }
    view! {
        <ol class="moves">
            {moves
                .into_iter()
                .map(|role| {
                    view! {
                        <RoleEntry
                            slug=role.slug
                            title=role.title
                            similarity=role.similarity
                            viability=role.viability
                        >
                            <AdjacentSkills skills=role.adjacent_skills labels />
                        </RoleEntry>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}

/// The pathways section.
/// What a move list says before the index it is computed from is there.
const MOVES_PENDING: &str = "The moves appear once every occupation has loaded for comparison.";

#[component]
pub fn Pathways(
    /// The most similar roles, from the detail chunk.
    similar: Vec<SimilarRole>,
    /// Progression and lateral moves from this occupation, none of them among `similar`; `None`
    /// until the index they are computed from has loaded (the Career DNA section above says
    /// when it fails).
    moves: Option<CareerMoves>,
    /// The skill dictionary, for the names of skills to learn.
    #[prop(into)]
    labels: SkillLabels,
    /// Extra content at the end of the section, such as the route planner.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <ProfileSection id="pathways" title="Growth pathways and similar roles">
            <p class="muted">
                "Similarity compares essential and optional ESCO skills, rarer skills weighing more; \
                 similar roles also weigh how alike the O*NET work activities are. Viability bands \
                 follow the skill similarity found between occupations of the same ISCO unit \
                 group. "
                <a href="/methodology#similar-roles">"How similarity is measured"</a>
            </p>
            <div class="pathways">
                <div>
                    <h3>"Similar roles"</h3>
                    <p class="muted small">"The occupations closest to this one in skills and kind of work, at any job zone."</p>
                    <SimilarRoleList roles=similar />
                </div>
                <div>
                    <h3>"Progression moves"</h3>
                    <p class="muted small">"Further viable moves to a higher O*NET job zone or into management, beyond the similar roles."</p>
                    {match &moves {
                        Some(moves) => view! { <MoveList moves=moves.progression.clone() empty="No viable progression move beyond the similar roles." labels /> }.into_any(),
                        None => view! { <p class="muted">{MOVES_PENDING}</p> }.into_any(),
                    }}
                </div>
                <div>
                    <h3>"Lateral moves"</h3>
                    <p class="muted small">"Further viable moves at the same job zone, beyond the similar roles."</p>
                    {match moves {
                        Some(moves) => view! { <MoveList moves=moves.lateral empty="No viable lateral move beyond the similar roles." labels /> }.into_any(),
                        None => view! { <p class="muted">{MOVES_PENDING}</p> }.into_any(),
                    }}
                </div>
            </div>
            {children.map(|children| children())}
        </ProfileSection>
    }
}
