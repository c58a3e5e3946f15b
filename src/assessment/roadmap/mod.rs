//! `/assessment/roadmap/:slug`: the way from the person's current occupation (the assessment's
//! background answer) to a target: the personal fit, the essential skills to add, the route of
//! viable moves and how resilience and AI exposure change along it. Without a current
//! occupation: the target's essential skills and the roles people usually enter it from.

use std::sync::Arc;

use careerlens_engine::fit;
use careerlens_engine::model::SkillDictionary;
use careerlens_engine::pathways::{entry_roles, is_progression};
use careerlens_engine::similarity::SimilarityIndex;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

mod from_current;

use from_current::FromCurrent;

use super::personal_fit::PersonalFit;
use super::store::AssessmentStore;
use crate::components::{LoadFailed, Loading};
use crate::data::{ALL_PARTS, Dataset, LoadedIndex};
use crate::format::score;
use crate::routes::Page;

/// How many skills each list shows.
pub const SKILLS_SHOWN: usize = 10;
/// How many entry roles the roadmap lists without a current occupation.
pub const ENTRY_ROLES_SHOWN: usize = 5;

/// The roadmap page.
#[component]
pub fn RoadmapPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let dataset = Dataset::expect();
    move || match dataset.index_with(ALL_PARTS) {
        None => view! { <Loading what="the occupation index" /> }.into_any(),
        Some(Err(error)) => view! {
            <Title text="Roadmap" />
            <h1>"Roadmap"</h1>
            <LoadFailed what="the occupation index" error retry=move || dataset.retry_index() />
        }
        .into_any(),
        Some(Ok(loaded)) => {
            let slug = slug.get();
            match loaded.position(&slug) {
                Some(target) => view! { <Roadmap loaded target /> }.into_any(),
                None => view! { <UnknownTarget slug loaded /> }.into_any(),
            }
        }
    }
}

/// The roadmap to the occupation at `target`.
#[component]
fn Roadmap(loaded: Arc<LoadedIndex>, target: usize) -> impl IntoView {
    let store = AssessmentStore::expect();
    let entry = loaded.index.occupations[target].clone();
    let current = Memo::new(move |_| store.state().with(|s| s.answers.current.clone()));
    let fit_problem = fit::check_index_scales(&loaded.index).err();
    let title = entry.title.clone();
    let fit_view = match fit_problem {
        Some(reason) => view! {
            <p role="alert">
                {format!("Your fit cannot be computed: {reason}. Reload the page to get the current data.")}
            </p>
        }
        .into_any(),
        None => view! {
            <PersonalFit occupation=entry.clone() profile=store.profile() among=loaded.clone() />
        }
        .into_any(),
    };
    view! {
        <Title text=format!("Roadmap to {title}") />
        <div class="profile roadmap">
            <h1>"Your roadmap to " {title.clone()}</h1>
            <p>
                <a href=Page::AssessmentResults.path()>"Back to your results"</a>
                " · "
                <a href=Page::Occupation { slug: entry.slug.clone() }.path()>{format!("The full profile of {title}")}</a>
            </p>
            <RoadmapSection id="roadmap-fit" title="Your fit with this role">
                {fit_view}
            </RoadmapSection>
            {move || {
                let loaded = loaded.clone();
                match current.get() {
                    Some(slug) => match loaded.position(&slug) {
                        Some(origin) => view! { <FromCurrent loaded origin target /> }.into_any(),
                        None => view! {
                            <p class="muted" data-testid="current-unknown">
                                "The current occupation saved with your answers is not in this dataset, so \
                                 the roadmap starts from the role itself."
                            </p>
                            <WithoutCurrent loaded target />
                        }
                        .into_any(),
                    },
                    None => view! { <WithoutCurrent loaded target /> }.into_any(),
                }
            }}
        </div>
    }
}

/// A titled section of the roadmap.
#[component]
fn RoadmapSection(
    /// The anchor id; the heading's id adds "-heading".
    id: &'static str,
    /// The heading.
    #[prop(into)]
    title: String,
    children: Children,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section id=id class="profile-section" aria-labelledby=labelled_by data-testid=id>
            <h2 id=heading_id class="profile-section__title">{title}</h2>
            {children()}
        </section>
    }
}

/// Skill labels from the dictionary, once it has loaded.
#[component]
fn SkillNames(
    /// Skill ids, in display order.
    skills: Vec<u32>,
) -> impl IntoView {
    let dataset = Dataset::expect();
    move || {
        match dataset.skills() {
        None => view! { <Loading what="the skill names" /> }.into_any(),
        Some(Err(error)) => view! {
            <LoadFailed what="the skill names" error retry=move || dataset.retry_skills() />
        }
        .into_any(),
        Some(Ok(dictionary)) => view! {
            <ol class="roadmap__skills">
                {labels(&dictionary, &skills).into_iter().map(|label| view! { <li>{label}</li> }).collect_view()}
            </ol>
        }
        .into_any(),
    }
    }
}

/// The labels of these skills, skipping ids the dictionary does not have.
fn labels(dictionary: &SkillDictionary, skills: &[u32]) -> Vec<String> {
    skills
        .iter()
        .filter_map(|&id| dictionary.skills.get(id as usize))
        .map(|skill| skill.label.clone())
        .collect()
}

/// The target's essential skills, most specific first: highest idf, ties by lower id.
fn most_specific(similarity: &SimilarityIndex, skills: &[u32]) -> Vec<u32> {
    let mut ranked: Vec<(u32, f32)> = skills
        .iter()
        .map(|&s| (s, similarity.idf(s).unwrap_or(0.0)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.dedup_by_key(|(s, _)| *s);
    ranked.into_iter().map(|(s, _)| s).collect()
}

/// The roadmap without a current occupation: the target's skills and its usual ways in.
#[component]
fn WithoutCurrent(loaded: Arc<LoadedIndex>, target: usize) -> impl IntoView {
    let entry = &loaded.index.occupations[target];
    let goal = entry.title.clone();
    let (similarity, levels) = loaded.similarity();
    let skills = most_specific(similarity, &entry.essential);
    let total = skills.len();
    let shown: Vec<u32> = skills.into_iter().take(SKILLS_SHOWN).collect();
    let entries: Option<Vec<(String, String, String)>> = loaded.index.fitted.viability.map(|t| {
        entry_roles(
            similarity,
            &mut similarity.scratch(),
            levels,
            target,
            t.viable,
            ENTRY_ROLES_SHOWN,
        )
        .into_iter()
        .map(|n| {
            let from = &loaded.index.occupations[n.occupation as usize];
            let kind = match (levels.get(n.occupation as usize), levels.get(target)) {
                (Some(&a), Some(&b)) if is_progression(a, b) => "a step up",
                _ => "a move at the same level",
            };
            let meta = format!("similarity {} / 100 · {kind}", score(n.similarity * 100.0));
            (from.slug.clone(), from.title.clone(), meta)
        })
        .collect()
    });
    let skills_link = format!(
        "{}#skills",
        Page::Occupation {
            slug: entry.slug.clone()
        }
        .path()
    );
    view! {
        <p class="card" data-testid="add-current">
            "Add your current or most recent occupation in the assessment to see the skills you would \
             add and a route of viable moves from where you are. "
            <a href=Page::Assessment.path()>"Add your current occupation"</a>
        </p>
        <RoadmapSection id="essential-skills" title=format!("Essential skills of {goal}")>
            <p>
                {match total {
                    0 => "ESCO lists no essential skills for this role.".to_owned(),
                    n if n > shown.len() => format!("{n} essential skills; the {} most specific to this role first:", shown.len()),
                    n => format!(
                        "{}, the most specific to this role first:",
                        crate::format::count_noun(n, "essential skill", "essential skills")
                    ),
                }}
            </p>
            {(!shown.is_empty()).then(|| view! { <SkillNames skills=shown /> })}
            <p class="small"><a href=skills_link>"Every skill with its description, on the profile"</a></p>
        </RoadmapSection>
        <RoadmapSection id="entry-roles" title="Common ways in">
            <p class="muted small">
                "Roles with enough skills in common for a viable move, from which moving here is a \
                 step up in O*NET job zone, into management, or a move at the same level."
            </p>
            {match entries {
                None => view! { <p>"This dataset has no viability thresholds, so no way in can be named."</p> }.into_any(),
                Some(entries) if entries.is_empty() => view! {
                    <p>"No viable move into this role is a step up or a move at the same level in the data."</p>
                }
                .into_any(),
                Some(entries) => view! {
                    <ol class="moves">
                        {entries
                            .into_iter()
                            .map(|(slug, title, meta)| view! {
                                <li class="move" data-testid="entry-role">
                                    <a class="move__title" href=Page::Occupation { slug }.path()>{title}</a>
                                    <span class="move__meta">{meta}</span>
                                </li>
                            })
                            .collect_view()}
                    </ol>
                }
                .into_any(),
            }}
        </RoadmapSection>
    }
}

/// Shown for a slug no occupation has, with the closest matches by name.
#[component]
fn UnknownTarget(slug: String, loaded: Arc<LoadedIndex>) -> impl IntoView {
    let suggestions: Vec<(String, String)> = loaded
        .search(&slug.replace('-', " "), 5)
        .into_iter()
        .map(|hit| {
            let occupation = &loaded.index.occupations[hit.occupation];
            (occupation.slug.clone(), occupation.title.clone())
        })
        .collect();
    view! {
        <Title text="Roadmap not found" />
        <h1>"Roadmap not found"</h1>
        <p data-testid="roadmap-unknown">
            "No occupation has the address " <code>{slug}</code>
            ", so there is no roadmap to show. The link may be mistyped, or the occupation may have \
             another name in ESCO."
        </p>
        {(!suggestions.is_empty()).then(|| view! {
            <h2>"Roadmaps to similar names"</h2>
            <ul class="suggestions">
                {suggestions
                    .into_iter()
                    .map(|(slug, title)| view! { <li><a href=Page::Roadmap { slug }.path()>{title}</a></li> })
                    .collect_view()}
            </ul>
        })}
        <p><a href=Page::AssessmentResults.path()>"Back to your results"</a></p>
    }
}

#[cfg(test)]
mod tests {
    use careerlens_engine::similarity::OccupationSkills;

    use super::*;

    #[test]
    fn essential_skills_rank_rarest_first() {
        // s0 is in both occupations (idf 0), s1 and s2 only in the first (idf ln 2).
        let similarity = SimilarityIndex::build(&[
            OccupationSkills {
                essential: vec![0, 1, 2],
                optional: vec![],
            },
            OccupationSkills {
                essential: vec![0],
                optional: vec![],
            },
        ]);
        assert_eq!(most_specific(&similarity, &[0, 2, 1]), [1, 2, 0]);
    }
}
