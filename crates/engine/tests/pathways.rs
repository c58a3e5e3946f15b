//! A profile's pathway lists: each occupation's career level, and the progression and lateral
//! moves beside the similar roles, on hand-sized sets.

use careerlens_engine::model::{Index, IndexOccupation};
use careerlens_engine::pathways::{
    CareerLevel, GrowthMoves, career_levels, growth_moves, occupation_moves,
};
use careerlens_engine::similarity::{
    ADJACENT_SHOWN, Neighbour, OccupationSkills, SIMILAR_SHOWN, SimilarityIndex,
};

fn occ(essential: &[u32]) -> OccupationSkills {
    OccupationSkills {
        essential: essential.to_vec(),
        optional: Vec::new(),
    }
}

fn level(job_zone: u8, major: u8) -> CareerLevel {
    CareerLevel {
        job_zone: Some(job_zone),
        isco_major_group: Some(major),
    }
}

fn ids(list: &[Neighbour]) -> Vec<u32> {
    list.iter().map(|n| n.occupation).collect()
}

#[test]
fn a_career_level_is_the_rounded_job_zone_and_the_isco_major_group() {
    let entry = |job_zone: Option<f32>, isco: &str| IndexOccupation {
        job_zone,
        isco: isco.to_owned(),
        ..Default::default()
    };
    let index = Index {
        occupations: vec![
            entry(Some(2.4), "2512"),
            // A mean of 2.5 over mapped codes rounds up, half away from zero.
            entry(Some(2.5), "1330"),
            entry(None, ""),
            entry(Some(4.0), "x1"),
        ],
        ..Default::default()
    };
    assert_eq!(
        career_levels(&index),
        [
            level(2, 2),
            level(3, 1),
            CareerLevel::default(),
            CareerLevel {
                job_zone: Some(4),
                isco_major_group: None,
            },
        ]
    );
}

/// N = 7; df: s0, s1, s3 5 (idf a = ln 7/5), s2 4 (idf b = ln 7/4), s5–s8 1 (idf u = ln 7).
/// Similarities with the origin O0 {s0, s1, s2, s3}, whose weight is 3a + b:
/// O5 = O0, so 1; O1 {s0, s1, s2}: (2a + b) / (3a + b) ≈ 0.79;
/// O3 {s0, s1, s2, s3, s6}: (3a + b) / (3a + b + u) ≈ 0.45;
/// O2 {s0, s1, s3, s5}: 3a / (3a + b + u) ≈ 0.29; O4 {s3, s7}: a / (3a + b + u) ≈ 0.10;
/// O6 {s8} shares nothing.
fn fixture() -> SimilarityIndex {
    SimilarityIndex::build(&[
        occ(&[0, 1, 2, 3]),
        occ(&[0, 1, 2]),
        occ(&[0, 1, 3, 5]),
        occ(&[0, 1, 2, 3, 6]),
        occ(&[3, 7]),
        occ(&[0, 1, 2, 3]),
        occ(&[8]),
    ])
}

const VIABLE: f32 = 0.2;

fn levels() -> Vec<CareerLevel> {
    vec![
        level(3, 2), // O0, the origin
        level(3, 2), // O1: the same job zone, so lateral
        level(3, 2), // O2: lateral
        level(4, 2), // O3: a higher job zone, so a progression
        level(4, 2), // O4: would be a progression, but is not viable
        level(3, 2), // O5: lateral
        level(3, 2), // O6: shares nothing
    ]
}

#[test]
fn growth_moves_split_the_viable_neighbours_most_similar_first() {
    let index = fixture();
    let mut scratch = index.scratch();
    let moves = growth_moves(&index, &mut scratch, &levels(), 0, VIABLE, 5);
    assert_eq!(ids(&moves.progression), [3]);
    assert_eq!(ids(&moves.lateral), [5, 1, 2]);
    let (a, b, u) = ((7f32 / 5.0).ln(), (7f32 / 4.0).ln(), 7f32.ln());
    assert!((moves.lateral[1].similarity - (2.0 * a + b) / (3.0 * a + b)).abs() < 1e-6);
    assert!((moves.progression[0].similarity - (3.0 * a + b) / (3.0 * a + b + u)).abs() < 1e-6);
    // The limit applies to each list on its own.
    let first = growth_moves(&index, &mut scratch, &levels(), 0, VIABLE, 1);
    assert_eq!(
        (ids(&first.progression), ids(&first.lateral)),
        (vec![3], vec![5])
    );
    assert_eq!(
        growth_moves(&index, &mut scratch, &levels(), 0, VIABLE, 0),
        GrowthMoves::default()
    );
}

#[test]
fn occupation_moves_are_the_similar_roles_and_growth_moves_with_skills_to_learn() {
    let index = fixture();
    let moves = occupation_moves(&index, &levels(), 0, Some(VIABLE));
    assert_eq!(
        moves.similar,
        index.similar_roles(0, SIMILAR_SHOWN, ADJACENT_SHOWN)
    );
    // O3's only essential skill O0 lacks is s6.
    assert_eq!(moves.progression.len(), 1);
    assert_eq!(moves.progression[0].neighbour.occupation, 3);
    assert_eq!(moves.progression[0].adjacent_skills, [6]);
    // Without fitted viability no move is viable; the similar roles stay.
    let unfitted = occupation_moves(&index, &levels(), 0, None);
    assert_eq!(unfitted.similar, moves.similar);
    assert!(unfitted.progression.is_empty() && unfitted.lateral.is_empty());
}
