//! Plans a route of up to three viable moves from this occupation to any other.

use std::sync::Arc;

use careerlens_engine::pathways::MAX_PATH_HOPS;
use leptos::prelude::*;

use crate::career::{RouteError, RouteStep, plan_route};
use crate::components::SearchBox;
use crate::data::{IndexResult, LoadedIndex};
use crate::format::score;
use crate::routes::Page;

/// The route from `origin` to the occupation with slug `goal`, or why there is none, in words
/// that speak of "this occupation" (the profile's).
fn plan(loaded: &LoadedIndex, origin: usize, goal: &str) -> Result<Vec<RouteStep>, String> {
    let target = loaded
        .position(goal)
        .ok_or_else(|| "That occupation is not in the index.".to_owned())?;
    plan_route(loaded, origin, target).map_err(|error| match error {
        RouteError::SameOccupation => "Choose an occupation other than this one.".to_owned(),
        RouteError::NoThresholds => {
            "This dataset has no viability thresholds to plan with.".to_owned()
        }
        RouteError::NoRoute => format!(
            "No route of up to {MAX_PATH_HOPS} viable moves leads there from this occupation."
        ),
    })
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
    use super::plan;
    use crate::career::tests::chain;

    #[test]
    fn a_route_is_planned_to_a_slug() {
        let steps = plan(&chain(), 0, "c").unwrap();
        assert_eq!(steps.last().map(|s| s.slug.as_str()), Some("c"));
    }

    #[test]
    fn an_unreachable_goal_the_origin_itself_and_an_unknown_slug_are_explained() {
        let loaded = chain();
        assert_eq!(
            plan(&loaded, 0, "d").unwrap_err(),
            "No route of up to 3 viable moves leads there from this occupation."
        );
        assert_eq!(
            plan(&loaded, 0, "a").unwrap_err(),
            "Choose an occupation other than this one."
        );
        assert_eq!(
            plan(&loaded, 0, "zz").unwrap_err(),
            "That occupation is not in the index."
        );
    }
}
