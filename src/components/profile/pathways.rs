//! Growth pathways and similar roles: the closest occupations by skill overlap, then the
//! progression and lateral moves beyond them, and for each the skills to learn.

use careerlens_engine::model::SimilarRole;
use leptos::prelude::*;

use super::ProfileSection;
use super::similar_roles::{RoleList, SimilarRoleList};
use crate::hydration::Unchanging;

/// The pathways section: the similar roles, then the progression and lateral moves beyond them,
/// all from the detail chunk.
#[component]
pub fn Pathways(
    /// The most similar roles, from the detail chunk.
    similar: Vec<SimilarRole>,
    /// Viable moves to a higher job zone or into management beyond `similar`, from the chunk.
    progression: Vec<SimilarRole>,
    /// Viable moves at the same job zone beyond `similar`, from the chunk.
    lateral: Vec<SimilarRole>,
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
            <Unchanging class="pathways">
                <div>
                    <h3>"Similar roles"</h3>
                    <p class="muted small">"The occupations closest to this one in skills and kind of work, at any job zone."</p>
                    <SimilarRoleList roles=similar />
                </div>
                <div>
                    <h3>"Progression moves"</h3>
                    <p class="muted small">"Further viable moves to a higher O*NET job zone or into management, beyond the similar roles."</p>
                    <RoleList
                        roles=progression
                        empty="No viable progression move beyond the similar roles."
                        testid="progression-moves"
                    />
                </div>
                <div>
                    <h3>"Lateral moves"</h3>
                    <p class="muted small">"Further viable moves at the same job zone, beyond the similar roles."</p>
                    <RoleList
                        roles=lateral
                        empty="No viable lateral move beyond the similar roles."
                        testid="lateral-moves"
                    />
                </div>
            </Unchanging>
            {children.map(|children| children())}
        </ProfileSection>
    }
}
