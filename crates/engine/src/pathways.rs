//! Growth pathways: progression and lateral moves from one occupation, the usual entry roles
//! into one, and the best route of up to [`MAX_PATH_HOPS`] viable moves between any two
//! occupations.
//!
//! One paragraph: a move is viable when its skill similarity reaches the calibrated viable
//! threshold. A viable move is a progression if the target's O*NET job zone is higher, or if it
//! enters ISCO major group 1 (managers) from another major group; it is lateral if the job zone
//! is the same. A profile lists the progression and lateral moves beyond its similar roles, so
//! no occupation appears in two of its lists. A multi-step path follows viable moves only (each occupation keeps its
//! [`MAX_PATH_EDGES_PER_OCCUPATION`] most similar viable targets) and is the widest path: the
//! route whose weakest move is most similar; ties go to fewer moves, then (among routes of the
//! same length) to the higher product of similarities, then to lower occupation indices.

use crate::model::{Index, IndexOccupation};
use crate::similarity::{ADJACENT_SHOWN, Neighbour, Scratch, SimilarMove, SimilarityIndex};

/// How many progression moves and how many lateral moves a profile lists.
pub const MOVES_SHOWN: usize = 5;
/// Longest route searched, in moves.
pub const MAX_PATH_HOPS: usize = 3;
/// Viable moves kept per occupation for route search (the most similar ones).
pub const MAX_PATH_EDGES_PER_OCCUPATION: usize = 50;
/// ISCO-08 major group of managers.
pub const MANAGERIAL_MAJOR_GROUP: u8 = 1;

/// Career facts of one occupation used to classify moves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CareerLevel {
    /// O*NET job zone 1-5 (rounded mean over mapped codes); `None` without a mapping.
    pub job_zone: Option<u8>,
    /// First digit of the ISCO-08 code; `None` if unknown.
    pub isco_major_group: Option<u8>,
}

impl CareerLevel {
    /// The level of one index entry: its mean job zone, rounded, and the first digit of its
    /// ISCO-08 code.
    pub fn of(occupation: &IndexOccupation) -> CareerLevel {
        CareerLevel {
            job_zone: occupation.job_zone.map(|zone| zone.round() as u8),
            isco_major_group: occupation
                .isco
                .chars()
                .next()
                .and_then(|digit| digit.to_digit(10))
                .map(|digit| digit as u8),
        }
    }
}

/// Each occupation's [`CareerLevel`], in index order.
pub fn career_levels(index: &Index) -> Vec<CareerLevel> {
    index.occupations.iter().map(CareerLevel::of).collect()
}

/// Whether a move from `from` to `to` is a progression.
pub fn is_progression(from: CareerLevel, to: CareerLevel) -> bool {
    let higher_zone = matches!((from.job_zone, to.job_zone), (Some(a), Some(b)) if b > a);
    let into_management = from
        .isco_major_group
        .is_some_and(|g| g != MANAGERIAL_MAJOR_GROUP)
        && to.isco_major_group == Some(MANAGERIAL_MAJOR_GROUP);
    higher_zone || into_management
}

/// Whether a move is lateral: same job zone and not a progression.
pub fn is_lateral(from: CareerLevel, to: CareerLevel) -> bool {
    from.job_zone.is_some() && from.job_zone == to.job_zone && !is_progression(from, to)
}

/// The viable progression and lateral moves of one origin, each list most similar first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GrowthMoves {
    /// Moves to a higher job zone or into management ([`is_progression`]).
    pub progression: Vec<Neighbour>,
    /// Moves at the same job zone ([`is_lateral`]).
    pub lateral: Vec<Neighbour>,
}

/// The viable moves from `origin` (similarity at least `viable`), split into progression and
/// lateral moves, at most `limit` of each, most similar first, leaving out the occupations in
/// `listed`: a profile passes its similar roles, so each list adds occupations the similar
/// roles do not show, and a listed neighbour's place goes to the next viable one. One scan of
/// the viable neighbours serves both lists. An origin without a career level has neither.
pub fn growth_moves(
    index: &SimilarityIndex,
    scratch: &mut Scratch,
    levels: &[CareerLevel],
    origin: usize,
    viable: f32,
    listed: &[u32],
    limit: usize,
) -> GrowthMoves {
    let mut moves = GrowthMoves::default();
    let Some(&from) = levels.get(origin) else {
        return moves;
    };
    for neighbour in index.neighbours_at_least(origin, viable, scratch) {
        if listed.contains(&neighbour.occupation) {
            continue;
        }
        let Some(&to) = levels.get(neighbour.occupation as usize) else {
            continue;
        };
        let list = if is_progression(from, to) {
            &mut moves.progression
        } else if is_lateral(from, to) {
            &mut moves.lateral
        } else {
            continue;
        };
        if list.len() < limit {
            list.push(neighbour);
        }
        if moves.progression.len() == limit && moves.lateral.len() == limit {
            break;
        }
    }
    moves
}

/// What a profile's pathways section lists below its similar roles ([`crate::blend`]): its
/// progression and lateral moves beyond them (no occupation is listed twice), each with the
/// skills a move there would add.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OccupationMoves {
    /// [`growth_moves`]' progression moves outside the similar roles, at most [`MOVES_SHOWN`].
    pub progression: Vec<SimilarMove>,
    /// [`growth_moves`]' lateral moves outside the similar roles, at most [`MOVES_SHOWN`].
    pub lateral: Vec<SimilarMove>,
}

/// The one rule behind a profile's progression and lateral moves for the occupation at
/// `origin`, with [`MOVES_SHOWN`] and [`ADJACENT_SHOWN`]. The moves leave out `listed`, the
/// positions of the similar roles shown above them, so each list adds occupations not shown
/// already. Without a `viable` threshold (a dataset without fitted viability) no move counts as
/// viable, so only the similar roles are listed.
pub fn occupation_moves(
    index: &SimilarityIndex,
    levels: &[CareerLevel],
    origin: usize,
    viable: Option<f32>,
    listed: &[u32],
) -> OccupationMoves {
    let moves = viable
        .map(|viable| {
            growth_moves(
                index,
                &mut index.scratch(),
                levels,
                origin,
                viable,
                listed,
                MOVES_SHOWN,
            )
        })
        .unwrap_or_default();
    let with_skills = |neighbours: Vec<Neighbour>| -> Vec<SimilarMove> {
        neighbours
            .into_iter()
            .map(|neighbour| SimilarMove {
                neighbour,
                adjacent_skills: index.adjacent_skills(
                    origin,
                    neighbour.occupation as usize,
                    ADJACENT_SHOWN,
                ),
            })
            .collect()
    };
    OccupationMoves {
        progression: with_skills(moves.progression),
        lateral: with_skills(moves.lateral),
    }
}

/// The most common ways into `target`: viable neighbours `n` for which the move `n → target` is
/// a progression or lateral, most similar first, at most `limit`. Similarity is symmetric, so
/// these are the target's own viable neighbours, filtered by the direction of the move.
pub fn entry_roles(
    index: &SimilarityIndex,
    scratch: &mut Scratch,
    levels: &[CareerLevel],
    target: usize,
    viable: f32,
    limit: usize,
) -> Vec<Neighbour> {
    let Some(&to) = levels.get(target) else {
        return Vec::new();
    };
    index
        .neighbours_at_least(target, viable, scratch)
        .into_iter()
        .filter(|n| {
            levels
                .get(n.occupation as usize)
                .is_some_and(|&from| is_progression(from, to) || is_lateral(from, to))
        })
        .take(limit)
        .collect()
}

/// A route between two occupations.
#[derive(Clone, Debug, PartialEq)]
pub struct CareerPath {
    /// Occupation indices from start to goal, both included.
    pub occupations: Vec<u32>,
    /// Similarity of the weakest move.
    pub weakest: f32,
    /// Product of the moves' similarities.
    pub product: f32,
}

/// Viable moves as a directed graph, built once (databuild or the app at start-up).
#[derive(Clone, Debug, Default)]
pub struct ViableGraph {
    start: Vec<u32>,
    edges: Vec<Neighbour>,
}

#[derive(Clone, Copy, PartialEq)]
struct Label {
    weakest: f32,
    product: f32,
    parent: u32,
}

impl Label {
    fn better_than(&self, other: &Label) -> bool {
        self.weakest
            .total_cmp(&other.weakest)
            .then(self.product.total_cmp(&other.product))
            .then(other.parent.cmp(&self.parent))
            .is_gt()
    }
}

impl ViableGraph {
    /// Keeps, for every occupation, its most similar moves at or above `viable`.
    pub fn build(index: &SimilarityIndex, viable: f32) -> ViableGraph {
        let mut graph = ViableGraph {
            start: vec![0],
            edges: Vec::new(),
        };
        for moves in index.top_k_all(MAX_PATH_EDGES_PER_OCCUPATION) {
            graph
                .edges
                .extend(moves.into_iter().filter(|n| n.similarity >= viable));
            graph.start.push(graph.edges.len() as u32);
        }
        graph
    }

    /// The viable moves out of one occupation, best first.
    pub fn moves_from(&self, occupation: usize) -> &[Neighbour] {
        match (self.start.get(occupation), self.start.get(occupation + 1)) {
            (Some(&a), Some(&b)) => &self.edges[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The widest route of at most [`MAX_PATH_HOPS`] moves; `None` if there is none or
    /// `from == to`.
    pub fn best_path(&self, from: usize, to: usize) -> Option<CareerPath> {
        let n = self.start.len().saturating_sub(1);
        if from == to || from >= n || to >= n {
            return None;
        }
        // layers[h][v]: best label of a route of exactly h moves ending at v.
        let mut layers: Vec<Vec<Option<Label>>> = vec![vec![None; n]];
        layers[0][from] = Some(Label {
            weakest: f32::INFINITY,
            product: 1.0,
            parent: from as u32,
        });
        let mut best: Option<(usize, Label)> = None;
        for hops in 1..=MAX_PATH_HOPS {
            let mut next: Vec<Option<Label>> = vec![None; n];
            for (u, label) in layers[hops - 1].iter().enumerate() {
                let Some(label) = label else { continue };
                if u == to {
                    continue;
                }
                for edge in self.moves_from(u) {
                    let v = edge.occupation as usize;
                    if v == from {
                        continue;
                    }
                    let candidate = Label {
                        weakest: label.weakest.min(edge.similarity),
                        product: label.product * edge.similarity,
                        parent: u as u32,
                    };
                    if next[v].is_none_or(|current| candidate.better_than(&current)) {
                        next[v] = Some(candidate);
                    }
                }
            }
            // Strictly better only, so a shorter route keeps a tie.
            if let Some(reached) = next[to]
                && best.is_none_or(|(_, b)| reached.weakest > b.weakest)
            {
                best = Some((hops, reached));
            }
            layers.push(next);
        }
        let (hops, goal) = best?;
        let mut occupations = vec![to as u32];
        let mut at = to;
        for h in (1..=hops).rev() {
            let parent = layers[h][at]?.parent as usize;
            occupations.push(parent as u32);
            at = parent;
        }
        occupations.reverse();
        Some(CareerPath {
            occupations,
            weakest: goal.weakest,
            product: goal.product,
        })
    }
}
