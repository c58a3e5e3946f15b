//! Entry roles: the viable neighbours from which a move into an occupation is a progression or
//! lateral, on a hand-sized set.

use careerlens_engine::pathways::{CareerLevel, entry_roles};
use careerlens_engine::similarity::{OccupationSkills, SimilarityIndex};

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

/// N = 7; df: s0, s1, s3 5 (idf a = ln 7/5), s2 4 (idf b = ln 7/4), s5–s8 1.
/// Similarities with the target O0 {s0, s1, s2, s3}:
/// O1 {s0, s1, s2}: (2a + b) / (3a + b) ≈ 0.79; O2 {s0, s1, s3, s5} ≈ 0.29;
/// O3 {s0, s1, s2, s3, s6} ≈ 0.45; O4 {s3, s7} ≈ 0.10; O5 = O0, so 1; O6 {s8} shares nothing.
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
        level(3, 2),            // O0, the target
        level(2, 3),            // O1: a lower job zone, so O1 → O0 is a progression
        level(3, 2),            // O2: the same job zone, so lateral
        level(4, 2),            // O3: a higher job zone, so O3 → O0 is a step down
        level(2, 2),            // O4: would be a progression, but is not viable
        CareerLevel::default(), // O5: no job zone or ISCO group to classify the move by
        level(1, 9),            // O6: shares nothing
    ]
}

#[test]
fn entry_roles_are_viable_progressions_and_lateral_moves_most_similar_first() {
    let index = fixture();
    let (a, b) = ((7f32 / 5.0).ln(), (7f32 / 4.0).ln());
    let expected_o1 = (2.0 * a + b) / (3.0 * a + b);
    let mut scratch = index.scratch();
    let entries = entry_roles(&index, &mut scratch, &levels(), 0, VIABLE, 10);
    assert_eq!(
        entries.iter().map(|n| n.occupation).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert!((entries[0].similarity - expected_o1).abs() < 1e-6);
    assert!(entries[1].similarity >= VIABLE && entries[1].similarity < entries[0].similarity);
}

#[test]
fn a_step_down_an_unviable_move_and_an_unclassified_role_are_no_entry_roles() {
    // O3 (more similar than O2, but a higher job zone), O4 (below the viable threshold) and O5
    // (identical skills, but no career level) must all stay out.
    let index = fixture();
    let mut scratch = index.scratch();
    let entries = entry_roles(&index, &mut scratch, &levels(), 0, VIABLE, 10);
    for excluded in [3, 4, 5, 6] {
        assert!(
            entries.iter().all(|n| n.occupation != excluded),
            "O{excluded}"
        );
    }
}

#[test]
fn entering_management_counts_as_an_entry_even_from_a_higher_job_zone() {
    let index = fixture();
    let mut levels = levels();
    // The target becomes a managerial role. O2, at a higher zone but not a manager, now enters
    // management; O3, a manager at a higher zone, would be a step down.
    levels[0] = level(3, 1);
    levels[2] = level(4, 2);
    levels[3] = level(4, 1);
    let mut scratch = index.scratch();
    let entries = entry_roles(&index, &mut scratch, &levels, 0, VIABLE, 10);
    assert_eq!(
        entries.iter().map(|n| n.occupation).collect::<Vec<_>>(),
        vec![1, 2]
    );
}

#[test]
fn entry_roles_respect_the_limit_and_an_unknown_target() {
    let index = fixture();
    let mut scratch = index.scratch();
    let first = entry_roles(&index, &mut scratch, &levels(), 0, VIABLE, 1);
    assert_eq!(
        first.iter().map(|n| n.occupation).collect::<Vec<_>>(),
        vec![1]
    );
    assert!(entry_roles(&index, &mut scratch, &levels(), 0, VIABLE, 0).is_empty());
    assert!(entry_roles(&index, &mut scratch, &levels(), 42, VIABLE, 10).is_empty());
    // A target without a career level has no classified way in.
    assert!(entry_roles(&index, &mut scratch, &levels(), 5, VIABLE, 10).is_empty());
}
