//! Routes of viable moves between two occupations, computed in the browser from the index by
//! the engine's similarity, viability and pathway rules, and resolved here to what the views
//! show. The profile's route planner and the assessment's roadmap both plan routes here. An
//! occupation's similar roles and growth moves come ready-made in its chunk (`databuild` runs
//! the same engine rules), so a profile shows them without the index.

use crate::data::LoadedIndex;

/// One occupation on a planned route.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteStep {
    /// Position in the index.
    pub occupation: usize,
    pub slug: String,
    pub title: String,
    /// Similarity of the move into this occupation, 0 to 1; `None` for the start.
    pub similarity: Option<f32>,
}

/// Why no route could be planned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RouteError {
    /// The start and the goal are the same occupation.
    SameOccupation,
    /// The dataset has no fitted viability thresholds, so no move counts as viable.
    NoThresholds,
    /// No route of up to [`MAX_PATH_HOPS`](careerlens_engine::pathways::MAX_PATH_HOPS) viable
    /// moves joins them.
    NoRoute,
}

/// The widest route of viable moves from `origin` to `goal` (positions in the index), as steps
/// from the start to the goal, both included.
pub fn plan_route(
    loaded: &LoadedIndex,
    origin: usize,
    goal: usize,
) -> Result<Vec<RouteStep>, RouteError> {
    if goal == origin {
        return Err(RouteError::SameOccupation);
    }
    let graph = loaded.viable_graph().ok_or(RouteError::NoThresholds)?;
    let path = graph.best_path(origin, goal).ok_or(RouteError::NoRoute)?;
    let (similarity, _) = loaded.similarity();
    Ok(path
        .occupations
        .iter()
        .enumerate()
        .map(|(position, &occupation)| {
            let occupation = occupation as usize;
            let entry = &loaded.index.occupations[occupation];
            RouteStep {
                occupation,
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

#[cfg(test)]
pub(crate) mod tests {
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
            job_zone: Some(3.0),
            ..Default::default()
        }
    }

    /// A chain a–b–c sharing skills pairwise, and d sharing nothing with anyone.
    pub(crate) fn chain() -> LoadedIndex {
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
        let steps = plan_route(&loaded, 0, 2).unwrap();
        let slugs: Vec<&str> = steps.iter().map(|s| s.slug.as_str()).collect();
        // a and c share no skill, so the only route is a → b → c.
        assert_eq!(slugs, ["a", "b", "c"]);
        assert_eq!(
            steps.iter().map(|s| s.occupation).collect::<Vec<_>>(),
            [0, 1, 2]
        );
        assert_eq!(steps[0].similarity, None);
        assert!(steps[1].similarity.unwrap() > 0.1);
    }

    #[test]
    fn no_route_to_an_unreachable_goal_or_the_origin_itself() {
        let loaded = chain();
        assert_eq!(plan_route(&loaded, 0, 3), Err(RouteError::NoRoute));
        assert_eq!(plan_route(&loaded, 0, 0), Err(RouteError::SameOccupation));
    }

    #[test]
    fn no_route_without_fitted_thresholds() {
        let mut index = std::sync::Arc::unwrap_or_clone(chain().index);
        index.fitted.viability = None;
        let loaded = LoadedIndex::new(index);
        assert_eq!(plan_route(&loaded, 0, 2), Err(RouteError::NoThresholds));
    }
}
