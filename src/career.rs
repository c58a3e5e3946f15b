//! Similar roles and growth moves of one occupation, computed in the browser from the index with
//! the engine's similarity, viability and pathway rules (the same code `databuild` runs).

use careerlens_engine::model::Index;
use careerlens_engine::pathways::{CareerLevel, is_lateral, is_progression};
use careerlens_engine::similarity::{Neighbour, SimilarityIndex};
use careerlens_engine::viability::Viability;

/// How many similar roles, progression and lateral moves the profile lists.
pub const SIMILAR_SHOWN: usize = 8;
pub const MOVES_SHOWN: usize = 5;
/// How many skills to learn each move lists.
pub const ADJACENT_SHOWN: usize = 4;

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

/// Similar roles, progression and lateral moves of one occupation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CareerMoves {
    pub similar: Vec<RoleMove>,
    pub progression: Vec<RoleMove>,
    pub lateral: Vec<RoleMove>,
}

/// Each occupation's job zone (rounded) and ISCO major group, in index order.
pub fn career_levels(index: &Index) -> Vec<CareerLevel> {
    index
        .occupations
        .iter()
        .map(|occupation| CareerLevel {
            job_zone: occupation.job_zone.map(|zone| zone.round() as u8),
            isco_major_group: occupation
                .isco
                .chars()
                .next()
                .and_then(|digit| digit.to_digit(10))
                .map(|digit| digit as u8),
        })
        .collect()
}

/// Everything the pathways section shows for the occupation at `origin`.
pub fn career_moves(
    index: &Index,
    similarity: &SimilarityIndex,
    levels: &[CareerLevel],
    origin: usize,
) -> CareerMoves {
    let thresholds = index.fitted.viability;
    let to_move = |neighbour: Neighbour| {
        let target = neighbour.occupation as usize;
        let occupation = &index.occupations[target];
        RoleMove {
            occupation: target,
            slug: occupation.slug.clone(),
            title: occupation.title.clone(),
            similarity: neighbour.similarity,
            viability: thresholds.map(|t| t.classify(neighbour.similarity)),
            adjacent_skills: similarity.adjacent_skills(origin, target, ADJACENT_SHOWN),
        }
    };
    let similar = similarity
        .top_k(origin, SIMILAR_SHOWN)
        .into_iter()
        .map(to_move)
        .collect();
    // One scan of the viable neighbours serves both lists; each keeps the engine's move rule.
    let (progression, lateral) = match (thresholds, levels.get(origin)) {
        (Some(t), Some(&from)) => {
            let viable =
                similarity.neighbours_at_least(origin, t.viable, &mut similarity.scratch());
            let pick = |keep: fn(CareerLevel, CareerLevel) -> bool| -> Vec<RoleMove> {
                viable
                    .iter()
                    .filter(|n| {
                        levels
                            .get(n.occupation as usize)
                            .is_some_and(|&to| keep(from, to))
                    })
                    .take(MOVES_SHOWN)
                    .map(|&n| to_move(n))
                    .collect()
            };
            (pick(is_progression), pick(is_lateral))
        }
        _ => (Vec::new(), Vec::new()),
    };
    CareerMoves {
        similar,
        progression,
        lateral,
    }
}
