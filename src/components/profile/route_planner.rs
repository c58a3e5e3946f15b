//! Plans a route of up to three viable moves from this occupation to any other.

use std::sync::Arc;

use careerlens_engine::pathways::MAX_PATH_HOPS;
use leptos::prelude::*;

use crate::components::SearchBox;
use crate::data::{IndexResult, LoadedIndex};
use crate::format::score;
use crate::routes::Page;

/// One occupation on a planned route.
#[derive(Clone, Debug, PartialEq)]
struct Step {
    slug: String,
    title: String,
    /// Similarity of the move into this occupation, 0 to 1; `None` for the start.
    similarity: Option<f32>,
}

/// The widest route from `origin` to the occupation with slug `goal`, as steps.
fn plan(loaded: &LoadedIndex, origin: usize, goal: &str) -> Result<Vec<Step>, String> {
    let target = loaded
        .position(goal)
        .ok_or_else(|| "That occupation is not in the index.".to_owned())?;
    if target == origin {
        return Err("Choose an occupation other than this one.".to_owned());
    }
    let graph = loaded
        .viable_graph()
        .ok_or_else(|| "This dataset has no viability thresholds to plan with.".to_owned())?;
    let path = graph.best_path(origin, target).ok_or_else(|| {
        format!("No route of up to {MAX_PATH_HOPS} viable moves leads there from this occupation.")
    })?;
    let (similarity, _) = loaded.similarity();
    Ok(path
        .occupations
        .iter()
        .enumerate()
        .map(|(position, &occupation)| {
            let occupation = occupation as usize;
            let entry = &loaded.index.occupations[occupation];
            Step {
                slug: entry.slug.clone(),
                title: entry.title.clone(),
                similarity: (position > 0)
                    .then(|| {
                        similarity.similarity(path.occupations[position - 1] as usize, occupation)
                    })
                    .flatten(),
            }
        })
        .collect())
}

/// A search for a goal occupation and the route to it.
#[component]
pub fn RoutePlanner(
    /// The occupation index, with the similarity index and viable-move graph.
    loaded: Arc<LoadedIndex>,
    /// The position of the route's start in the index.
    origin: usize,
) -> impl IntoView {
    let (goal, set_goal) = signal(None::<String>);
    let index: Signal<Option<IndexResult>> = {
        let loaded = loaded.clone();
        Signal::derive(move || Some(Ok(loaded.clone())))
    };
    let route = move || goal.get().map(|goal| plan(&loaded, origin, &goal));
    view! {
        <div class="route-planner">
            <h3>"Plan a route to another occupation"</h3>
            <p class="muted small">
                {format!(
                    "Finds the route of up to {MAX_PATH_HOPS} viable moves whose weakest move is the strongest."
                )}
            </p>
            <SearchBox
                index
                input_id="route-goal"
                label="Route to occupation"
                on_choose=Callback::new(move |slug: String| set_goal.set(Some(slug)))
            />
            <div class="route-planner__result" aria-live="polite">
                {move || match route() {
                    None => ().into_any(),
                    Some(Err(reason)) => view! { <p>{reason}</p> }.into_any(),
                    Some(Ok(steps)) => view! {
                        <ol class="route">
                            {steps
                                .into_iter()
                                .map(|step| {
                                    view! {
                                        <li class="route__step">
                                            <a href=Page::Occupation { slug: step.slug }.path()>{step.title}</a>
                                            {step.similarity.map(|s| view! {
                                                <span class="muted small">{format!(" · move similarity {} / 100", score(s * 100.0))}</span>
                                            })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    }
                    .into_any(),
                }}
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use careerlens_engine::methodology::FittedValues;
    use careerlens_engine::model::{Index, IndexOccupation, SCHEMA_VERSION};
    use careerlens_engine::viability::ViabilityThresholds;

    use super::*;

    fn occupation(slug: &str, essential: Vec<u32>) -> IndexOccupation {
        IndexOccupation {
            id: slug.to_owned(),
            slug: slug.to_owned(),
            title: slug.to_uppercase(),
            isco: "2529".to_owned(),
            category: "Digital Technology".to_owned(),
            essential,
            ..Default::default()
        }
    }

    /// A chain a–b–c sharing skills pairwise, and d sharing nothing with anyone.
    fn chain() -> LoadedIndex {
        LoadedIndex::new(Index {
            schema_version: SCHEMA_VERSION,
            occupations: vec![
                occupation("a", vec![0, 1]),
                occupation("b", vec![1, 2]),
                occupation("c", vec![2, 3]),
                occupation("d", vec![4, 5]),
            ],
            fitted: FittedValues {
                viability: Some(ViabilityThresholds {
                    highly_viable: 0.9,
                    viable: 0.1,
                    pair_count: 0,
                }),
                ..Default::default()
            },
            ..Default::default()
        })
    }

    #[test]
    fn a_route_goes_through_the_shared_skills() {
        let loaded = chain();
        let steps = plan(&loaded, 0, "c").unwrap();
        let slugs: Vec<&str> = steps.iter().map(|s| s.slug.as_str()).collect();
        // a and c share no skill, so the only route is a → b → c.
        assert_eq!(slugs, ["a", "b", "c"]);
        assert_eq!(steps[0].similarity, None);
        assert!(steps[1].similarity.unwrap() > 0.1);
    }

    #[test]
    fn an_unreachable_goal_and_the_origin_itself_are_explained() {
        let loaded = chain();
        assert_eq!(
            plan(&loaded, 0, "d").unwrap_err(),
            "No route of up to 3 viable moves leads there from this occupation."
        );
        assert_eq!(
            plan(&loaded, 0, "a").unwrap_err(),
            "Choose an occupation other than this one."
        );
    }
}
