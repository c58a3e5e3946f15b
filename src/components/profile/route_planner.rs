//! Plans a route of up to three viable moves from this occupation to any other.

use careerlens_engine::pathways::MAX_PATH_HOPS;
use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::career::{RouteError, RouteStep, plan_route};
use crate::components::SearchBox;
use crate::data::{IndexResult, LoadedIndex};
use crate::format::score;
use crate::routes::Page;

/// The route from `origin` to the occupation with slug `goal`, or why there is none, in words
/// that speak of "this occupation" (the profile's).
fn plan(loaded: &LoadedIndex, origin: &str, goal: &str) -> Result<Vec<RouteStep>, String> {
    let not_found = || "That occupation is not in the index.".to_owned();
    let origin = loaded.position(origin).ok_or_else(not_found)?;
    let target = loaded.position(goal).ok_or_else(not_found)?;
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
    /// The slug of the route's start: the profile's occupation.
    origin: String,
    /// The index with its labels, postings and O*NET parts (`data::ALL_PARTS`), `None` while
    /// it loads: read only once the goal's search box has focus, so a profile loads it only
    /// for someone who plans a route.
    index: Signal<Option<IndexResult>>,
) -> impl IntoView {
    let (goal, set_goal) = signal(None::<String>);
    // A goal is chosen from search results, so the index has loaded by then.
    let route = move || {
        let goal = goal.get()?;
        let Some(Ok(loaded)) = index.get() else {
            return None;
        };
        Some(plan(&loaded, &origin, &goal))
    };
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
                    None => EitherOf3::A(()),
                    Some(Err(reason)) => EitherOf3::B(view! { <p>{reason}</p> }),
                    Some(Ok(steps)) => EitherOf3::C(view! {
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
                    }),
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
        let steps = plan(&chain(), "a", "c").unwrap();
        assert_eq!(steps.last().map(|s| s.slug.as_str()), Some("c"));
    }

    #[test]
    fn an_unreachable_goal_the_origin_itself_and_an_unknown_slug_are_explained() {
        let loaded = chain();
        assert_eq!(
            plan(&loaded, "a", "d").unwrap_err(),
            "No route of up to 3 viable moves leads there from this occupation."
        );
        assert_eq!(
            plan(&loaded, "a", "a").unwrap_err(),
            "Choose an occupation other than this one."
        );
        assert_eq!(
            plan(&loaded, "a", "zz").unwrap_err(),
            "That occupation is not in the index."
        );
    }
}
