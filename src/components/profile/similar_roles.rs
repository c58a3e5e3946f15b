//! The occupation's most similar roles and growth moves as its detail chunk lists them,
//! resolved to titles and skill labels: what an embedded similar-roles card shows, and the
//! columns of the profile's pathways.

use careerlens_engine::model::SimilarRole;
use careerlens_engine::viability::Viability;
use leptos::prelude::*;

use super::ProfileSection;
use crate::components::SiteLink;
use crate::format::score;
use crate::routes::Page;

/// What a move lists for skills to learn when the target needs no essential skill the
/// occupation lacks: the similar roles and the growth moves say it alike.
#[component]
fn NothingToLearn() -> impl IntoView {
    view! {
        <p class="move__skills muted small">
            "No essential skill to add: this role's essential skills are all in yours."
        </p>
    }
}

/// One role a person could move to, with its similarity, its viability band and, as children,
/// the skills to learn.
#[component]
fn RoleEntry(
    slug: String,
    title: String,
    /// Similarity, 0 to 1: skills and work activities for a similar role, skills for a move.
    similarity: f32,
    viability: Option<Viability>,
    children: Children,
) -> impl IntoView {
    let similarity = score(similarity * 100.0);
    view! {
        <li class="move">
            <SiteLink path=Page::Occupation { slug }.path() class="move__title">{title}</SiteLink>
            <span class="move__meta">
                {format!("similarity {similarity} / 100")}
                {viability.map(|band| view! { " · " <span class="move__band">{band.label()}</span> })}
            </span>
            {children()}
        </li>
    }
}

/// The similar roles, best first, each with the skills it would add.
#[component]
pub fn SimilarRoleList(roles: Vec<SimilarRole>) -> impl IntoView {
    view! {
        <RoleList roles empty="No other occupation shares skills with this one." testid="similar-roles" />
    }
}

/// Roles a person could move to, best first, each with the skills it would add, or what to say
/// when there is none.
#[component]
pub fn RoleList(
    roles: Vec<SimilarRole>,
    /// What the list is empty of, in a sentence.
    empty: &'static str,
    /// Names the list for the tests.
    testid: &'static str,
) -> impl IntoView {
    if roles.is_empty() {
        return view! { <p class="muted">{empty}</p> }.into_any();
    }
    view! {
        <ol class="moves" data-testid=testid>
            {roles
                .into_iter()
                .map(|role| {
                    let skills = if role.skills_to_learn.is_empty() {
                        view! { <NothingToLearn /> }.into_any()
                    } else {
                        view! {
                            <p class="move__skills small">
                                "Skills to learn: " {role.skills_to_learn.join(", ")}
                            </p>
                        }
                        .into_any()
                    };
                    view! {
                        <RoleEntry
                            slug=role.slug
                            title=role.title
                            similarity=role.similarity
                            viability=role.viability
                        >
                            {skills}
                        </RoleEntry>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}

/// A section of its own for the similar roles, as an embedded card shows them.
#[component]
pub fn SimilarRoles(roles: Vec<SimilarRole>) -> impl IntoView {
    view! {
        <ProfileSection id="similar" title="Similar roles">
            <p class="muted">
                "Occupations that share the most ESCO skills with this one, rarer skills weighing \
                 more, with the essential skills each would add. "
                <SiteLink path="/methodology#similar-roles">"How similarity is measured"</SiteLink>
            </p>
            <SimilarRoleList roles />
        </ProfileSection>
    }
}
