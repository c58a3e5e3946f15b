//! Growth moves of one occupation, and routes of viable moves between two, computed in the
//! browser from the index by the engine's similarity, viability and pathway rules (the same
//! code `databuild` runs), and resolved here to what the views show. The similar roles come
//! ready-made in the occupation's chunk, since they blend in work-activity data the index does
//! not carry. The profile's route planner and the assessment's roadmap both plan routes here.

use careerlens_engine::model::SimilarRole;
use careerlens_engine::pathways::occupation_moves;
use careerlens_engine::similarity::SimilarMove;
use careerlens_engine::viability::Viability;

use crate::data::LoadedIndex;

/// One occupation reachable from the profile's occupation.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleMove {
    /// Position in the index.
    pub occupation: usize,
    pub slug: String,
    pub title: String,
    /// Skill similarity, 0 to 1.
    pub similarity: f32,
    /// The viability band, when the dataset carries fitted thresholds.
    pub viability: Option<Viability>,
    /// Essential skills of the target that the origin lacks, most distinctive first.
    pub adjacent_skills: Vec<u32>,
}

/// Progression and lateral moves of one occupation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CareerMoves {
    pub progression: Vec<RoleMove>,
    pub lateral: Vec<RoleMove>,
}

/// The moves the pathways section shows below the similar roles of the occupation at
/// `origin` (its chunk's `similar`): the engine's [`occupation_moves`] beyond those roles,
/// resolved to slugs, titles and viability bands.
pub fn career_moves(loaded: &LoadedIndex, origin: usize, similar: &[SimilarRole]) -> CareerMoves {
    let index = &loaded.index;
    let (similarity, levels) = loaded.similarity();
    let thresholds = index.fitted.viability;
    let listed: Vec<u32> = similar
        .iter()
        .filter_map(|role| loaded.position(&role.slug))
        .map(|position| position as u32)
        .collect();
    let moves = occupation_moves(
        similarity,
        levels,
        origin,
        thresholds.map(|t| t.viable),
        &listed,
    );
    let role_moves = |moves: Vec<SimilarMove>| -> Vec<RoleMove> {
        moves
            .into_iter()
            .map(|role| {
                let target = role.neighbour.occupation as usize;
                let occupation = &index.occupations[target];
                RoleMove {
                    occupation: target,
                    slug: occupation.slug.clone(),
                    title: occupation.title.clone(),
                    similarity: role.neighbour.similarity,
                    viability: thresholds.map(|t| t.classify(role.neighbour.similarity)),
                    adjacent_skills: role.adjacent_skills,
                }
            })
            .collect()
    };
    CareerMoves {
        progression: role_moves(moves.progression),
        lateral: role_moves(moves.lateral),
    }
}

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
    fn moves_come_with_viability_and_the_skills_to_learn_and_skip_the_similar_roles() {
        let loaded = chain();
        let moves = career_moves(&loaded, 0, &[]);
        // a = {s0, s1}, b = {s1, s2}; idf ln 4 for s0, ln 2 for s1 and s2: shared ln 2 over
        // a union of 4 ln 2 = 0.25, viable (0.1 <= 0.25 < 0.9). b's s2 is new to a. c and d
        // share nothing with a. One job zone and one ISCO group: every move is lateral.
        assert!(moves.progression.is_empty());
        assert_eq!(moves.lateral.len(), 1);
        let b = &moves.lateral[0];
        assert_eq!(
            (b.occupation, b.slug.as_str(), b.title.as_str()),
            (1, "b", "B")
        );
        assert!((b.similarity - 0.25).abs() < 1e-6);
        assert_eq!(b.viability, Some(Viability::Viable));
        assert_eq!(b.adjacent_skills, [2]);

        // Listed among the chunk's similar roles, b is not listed again as a move.
        let shown = SimilarRole {
            slug: "b".to_owned(),
            title: "B".to_owned(),
            similarity: 0.4,
            viability: None,
            skills_to_learn: Vec::new(),
        };
        let moves = career_moves(&loaded, 0, &[shown]);
        assert!(moves.lateral.is_empty() && moves.progression.is_empty());
    }

    #[test]
    fn no_route_without_fitted_thresholds() {
        let mut index = chain().index;
        index.fitted.viability = None;
        let loaded = LoadedIndex::new(index);
        assert_eq!(plan_route(&loaded, 0, 2), Err(RouteError::NoThresholds));
    }
}
