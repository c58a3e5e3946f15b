//! Similar roles, viability calibration, adjacent skills and pathways on hand-sized sets.

use careerlens_engine::pathways::{
    CareerLevel, GrowthMoves, ViableGraph, growth_moves, is_lateral, is_progression,
};
use careerlens_engine::similarity::{Neighbour, OccupationSkills, SimilarMove, SimilarityIndex};
use careerlens_engine::viability::{Viability, calibrate};

fn occ(essential: &[u32], optional: &[u32]) -> OccupationSkills {
    OccupationSkills {
        essential: essential.to_vec(),
        optional: optional.to_vec(),
    }
}

/// df: s0 2, s1 2, s2 2, s3 1, s4 1; N = 4, so idf = ln 2 for df 2 and ln 4 = 2 ln 2 for df 1.
/// O0: s0 ln2, s1 ln2, s2 0.5 ln2 (optional) -> total 2.5 ln2
/// O1: s1 ln2, s2 ln2 -> total 2 ln2
/// O2: s0 0.5 ln2 (optional), s3 2 ln2 -> total 2.5 ln2
/// O3: s4 2 ln2
fn small_set() -> SimilarityIndex {
    SimilarityIndex::build(&[
        occ(&[0, 1], &[2]),
        occ(&[1, 2], &[]),
        occ(&[3], &[0]),
        occ(&[4], &[]),
    ])
}

fn close(a: f32, b: f32) -> bool {
    (a - b).abs() < 1e-6
}

#[test]
fn idf_is_log_of_occupations_over_document_frequency() {
    let index = small_set();
    assert!(close(index.idf(0).unwrap(), 2f32.ln()));
    assert!(close(index.idf(3).unwrap(), 4f32.ln()));
    assert_eq!(index.idf(99), None);
    assert_eq!(index.document_frequency(2), 2);
}

#[test]
fn weighted_jaccard_matches_hand_computation() {
    let index = small_set();
    // O0-O1: shared = min(ln2, ln2) + min(0.5 ln2, ln2) = 1.5 ln2; union = 2.5 + 2 - 1.5 = 3 ln2
    assert!(close(index.similarity(0, 1).unwrap(), 0.5));
    // O0-O2: shared = min(ln2, 0.5 ln2) = 0.5 ln2; union = 2.5 + 2.5 - 0.5 = 4.5 ln2 -> 1/9
    assert!(close(index.similarity(0, 2).unwrap(), 1.0 / 9.0));
    assert_eq!(index.similarity(1, 2), Some(0.0));
    assert_eq!(index.similarity(0, 0), Some(1.0));
    assert_eq!(index.similarity(0, 9), None);
}

#[test]
fn top_k_lists_only_sharing_occupations_best_first() {
    let index = small_set();
    let top = index.top_k(0, 5);
    assert_eq!(
        top.iter().map(|n| n.occupation).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert!(close(top[0].similarity, 0.5));
    assert_eq!(index.top_k(0, 1).len(), 1);
    assert!(index.top_k(3, 5).is_empty());
    assert!(index.top_k(0, 0).is_empty());
    assert!(
        index.top_k(42, 5).is_empty(),
        "out-of-range origin gives no neighbours"
    );
}

#[test]
fn a_skill_listed_twice_counts_once_as_essential() {
    let index = SimilarityIndex::build(&[occ(&[0, 0], &[0, 1]), occ(&[1], &[])]);
    assert_eq!(index.relation(0, 0), Some(true));
    assert_eq!(index.relation(0, 1), Some(false));
    assert_eq!(index.relation(1, 0), None);
}

#[test]
fn adjacent_skills_are_missing_essentials_rarest_first() {
    // df: s0 2, s1 3, s2 1 over N = 4 -> idf s2 (ln 4) > s0 (ln 2) > s1 (ln 4/3)
    let index = SimilarityIndex::build(&[
        occ(&[0, 1, 2], &[]),
        occ(&[0], &[]),
        occ(&[1], &[]),
        occ(&[1], &[]),
    ]);
    assert_eq!(index.adjacent_skills(1, 0, 10), vec![2, 1]);
    assert_eq!(index.adjacent_skills(1, 0, 1), vec![2]);
    // O0 lists everything O1 needs
    assert!(index.adjacent_skills(0, 1, 10).is_empty());
    // equal idf: lower skill id first
    let index = small_set();
    assert_eq!(index.adjacent_skills(3, 0, 10), vec![0, 1]);
    // O1 -> O0: O1 lists s1 and s2 (s2 is optional for O0, not needed), so only s0 is missing
    assert_eq!(index.adjacent_skills(1, 0, 10), vec![0]);
}

#[test]
fn similar_roles_are_the_top_k_with_their_adjacent_skills() {
    let index = small_set();
    // From O0: O1 (0.5) then O2 (1/9), as in the top-k above. O1's essentials s1, s2: O0 lists
    // both (s2 as optional), so nothing to learn. O2's only essential is s3, which O0 lacks.
    let roles = index.similar_roles(0, 5, 4);
    let found: Vec<(u32, Vec<u32>)> = roles
        .iter()
        .map(|r| (r.neighbour.occupation, r.adjacent_skills.clone()))
        .collect();
    assert_eq!(found, [(1, vec![]), (2, vec![3])]);
    assert!(close(roles[0].neighbour.similarity, 0.5));
    assert!(close(roles[1].neighbour.similarity, 1.0 / 9.0));
    // The limits cut the list and each skill list.
    assert_eq!(
        index.similar_roles(0, 1, 4),
        [SimilarMove {
            neighbour: roles[0].neighbour,
            adjacent_skills: vec![],
        }]
    );
    assert!(
        index
            .similar_roles(0, 5, 0)
            .iter()
            .all(|r| r.adjacent_skills.is_empty())
    );
    // O3 shares nothing with anyone.
    assert!(index.similar_roles(3, 5, 4).is_empty());
}

#[test]
fn viability_thresholds_are_percentiles_of_within_group_pairs() {
    let index = small_set();
    // unit group 1111 holds O0, O1, O2: pairs 0.5, 1/9, 0 -> sorted [0, 1/9, 0.5]
    // median (viable) = 1/9; 75th percentile (highly viable) = halfway from 1/9 to 0.5 = 11/36
    let t = calibrate(&index, &["1111", "1111", "1111", "2222"]).unwrap();
    assert_eq!(t.pair_count, 3);
    assert!(close(t.viable, 1.0 / 9.0));
    assert!(close(t.highly_viable, 11.0 / 36.0));
    assert_eq!(t.classify(0.5), Viability::HighlyViable);
    assert_eq!(t.classify(0.3), Viability::Viable);
    assert_eq!(t.classify(0.11), Viability::LessViable);
    assert_eq!(calibrate(&index, &["1", "2", "3", ""]), None);
}

/// A chain O0 - O1 - O2 - O3: s0 and s4 are unique (idf 2 ln2), s1-s3 are shared by two (ln 2).
/// sim(0,1) = ln2 / (3 + 2 - 1) ln2 = 0.25; sim(1,2) = 1/3; sim(2,3) = 0.25; all others 0.
fn chain() -> SimilarityIndex {
    SimilarityIndex::build(&[
        occ(&[0, 1], &[]),
        occ(&[1, 2], &[]),
        occ(&[2, 3], &[]),
        occ(&[3, 4], &[]),
    ])
}

#[test]
fn widest_path_follows_viable_moves_only() {
    let index = chain();
    assert!(close(index.similarity(0, 1).unwrap(), 0.25));
    assert!(close(index.similarity(1, 2).unwrap(), 1.0 / 3.0));
    let graph = ViableGraph::build(&index, 0.2);
    let path = graph.best_path(0, 3).unwrap();
    assert_eq!(path.occupations, vec![0, 1, 2, 3]);
    assert!(close(path.weakest, 0.25));
    // 0.25 * 1/3 * 0.25 = 1/48
    assert!(close(path.product, 1.0 / 48.0));
    assert_eq!(graph.best_path(0, 1).unwrap().occupations, vec![0, 1]);
    assert_eq!(graph.best_path(0, 0), None);
    // at 0.3 only the middle move is viable
    let strict = ViableGraph::build(&index, 0.3);
    assert_eq!(strict.best_path(0, 3), None);
    assert_eq!(strict.best_path(1, 2).unwrap().occupations, vec![1, 2]);
}

#[test]
fn widest_path_prefers_a_stronger_detour_and_then_fewer_moves() {
    // direct O0-O2 is weak; O0-O1-O2 is stronger at every step
    // O0: [0,1,2,3], O1: [0,1,2,4], O2: [1,2,4,5] ...
    let index = SimilarityIndex::build(&[
        occ(&[0, 1, 2, 3], &[]),
        occ(&[0, 1, 2, 4], &[]),
        occ(&[1, 2, 4, 5], &[]),
        occ(&[6], &[]),
        occ(&[7], &[]),
    ]);
    let s01 = index.similarity(0, 1).unwrap();
    let s12 = index.similarity(1, 2).unwrap();
    let s02 = index.similarity(0, 2).unwrap();
    assert!(
        s02 > 0.0 && s02 < s01.min(s12),
        "fixture: detour must be wider"
    );
    let graph = ViableGraph::build(&index, 0.0);
    assert_eq!(graph.best_path(0, 2).unwrap().occupations, vec![0, 1, 2]);
    let only_direct_is_viable = ViableGraph::build(&index, s01.min(s12) + 0.01);
    assert_eq!(only_direct_is_viable.best_path(0, 2), None);
}

#[test]
fn progression_and_lateral_moves_by_job_zone_and_management() {
    let level = |job_zone, major| CareerLevel {
        job_zone: Some(job_zone),
        isco_major_group: Some(major),
    };
    assert!(is_progression(level(2, 7), level(3, 3)));
    assert!(
        is_progression(level(2, 7), level(2, 1)),
        "entering management"
    );
    assert!(!is_progression(level(2, 1), level(2, 1)));
    assert!(
        !is_progression(level(3, 7), level(2, 7)),
        "a lower job zone is no progression"
    );
    assert!(is_lateral(level(2, 7), level(2, 7)));
    assert!(
        !is_lateral(level(2, 7), level(2, 1)),
        "a move into management is a progression"
    );
    assert!(!is_lateral(CareerLevel::default(), CareerLevel::default()));

    let index = chain();
    let levels = [level(3, 3), level(2, 3), level(2, 3), level(2, 3)];
    let mut scratch = index.scratch();
    // from O1: O2 (1/3) and O0 (0.25) are viable at 0.2; O0 has a higher job zone
    let moves = growth_moves(&index, &mut scratch, &levels, 1, 0.2, &[], 5);
    let ids = |list: &[Neighbour]| list.iter().map(|n| n.occupation).collect::<Vec<_>>();
    assert_eq!(ids(&moves.progression), vec![0]);
    assert_eq!(ids(&moves.lateral), vec![2]);
    assert_eq!(
        growth_moves(&index, &mut scratch, &levels, 9, 0.2, &[], 5),
        GrowthMoves::default(),
        "an origin without a career level has no moves"
    );
}

#[test]
fn neighbours_at_least_keeps_ties_in_index_order() {
    let index = SimilarityIndex::build(&[
        occ(&[0], &[]),
        occ(&[0], &[]),
        occ(&[0], &[]),
        occ(&[1], &[]),
    ]);
    let mut scratch = index.scratch();
    let found: Vec<Neighbour> = index.neighbours_at_least(1, 0.0, &mut scratch);
    assert_eq!(
        found.iter().map(|n| n.occupation).collect::<Vec<_>>(),
        vec![0, 2]
    );
}
