//! A profile's pathway lists: each occupation's career level, and the progression and lateral
//! moves beyond the similar roles, on hand-sized sets.

use careerlens_engine::model::{Index, IndexOccupation};
use careerlens_engine::pathways::{
    CareerLevel, GrowthMoves, MOVES_SHOWN, career_levels, growth_moves, occupation_moves,
};
use careerlens_engine::similarity::{
    ADJACENT_SHOWN, Neighbour, OccupationSkills, SIMILAR_SHOWN, SimilarMove, SimilarityIndex,
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
    let moves = growth_moves(&index, &mut scratch, &levels(), 0, VIABLE, &[], 5);
    assert_eq!(ids(&moves.progression), [3]);
    assert_eq!(ids(&moves.lateral), [5, 1, 2]);
    let (a, b, u) = ((7f32 / 5.0).ln(), (7f32 / 4.0).ln(), 7f32.ln());
    assert!((moves.lateral[1].similarity - (2.0 * a + b) / (3.0 * a + b)).abs() < 1e-6);
    assert!((moves.progression[0].similarity - (3.0 * a + b) / (3.0 * a + b + u)).abs() < 1e-6);
    // The limit applies to each list on its own.
    let first = growth_moves(&index, &mut scratch, &levels(), 0, VIABLE, &[], 1);
    assert_eq!(
        (ids(&first.progression), ids(&first.lateral)),
        (vec![3], vec![5])
    );
    assert_eq!(
        growth_moves(&index, &mut scratch, &levels(), 0, VIABLE, &[], 0),
        GrowthMoves::default()
    );
}

// The top similar roles include O5, a same-zone viable neighbour: the lateral list skips it and
// takes the next one, so no occupation is listed twice on a profile.
#[test]
fn a_lateral_move_among_the_similar_roles_gives_its_place_to_the_next_one() {
    let index = fixture();
    let mut scratch = index.scratch();
    let listed = |top: usize| -> Vec<u32> {
        index
            .similar_roles(0, top, 0)
            .iter()
            .map(|role| role.neighbour.occupation)
            .collect()
    };
    assert_eq!(listed(1), [5]);
    let moves = growth_moves(&index, &mut scratch, &levels(), 0, VIABLE, &listed(1), 1);
    assert_eq!(ids(&moves.lateral), [1]);
    assert_eq!(ids(&moves.progression), [3]);
    // With O5 and O1 listed, O2 is the only lateral move left; O3 is no similar role here.
    assert_eq!(listed(2), [5, 1]);
    let moves = growth_moves(&index, &mut scratch, &levels(), 0, VIABLE, &listed(2), 5);
    assert_eq!(
        (ids(&moves.progression), ids(&moves.lateral)),
        (vec![3], vec![2])
    );
}

#[test]
fn occupation_moves_list_no_move_when_every_viable_neighbour_is_a_similar_role() {
    // O0 has five neighbours, fewer than SIMILAR_SHOWN, so all of them are similar roles.
    let index = fixture();
    let similar: Vec<u32> = index
        .similar_roles(0, SIMILAR_SHOWN, ADJACENT_SHOWN)
        .iter()
        .map(|role| role.neighbour.occupation)
        .collect();
    assert_eq!(similar, [5, 1, 3, 2, 4]);
    let moves = occupation_moves(&index, &levels(), 0, Some(VIABLE), &similar);
    assert!(moves.progression.is_empty() && moves.lateral.is_empty());
}

/// O0 {s0} and twenty neighbours: O_i lists s0 and i skills of its own; then 21 occupations
/// with one skill of their own each, so N = 42, idf(s0) = ln 2 and every other skill has
/// idf ln 42. sim(O0, O_i) = ln 2 / (ln 2 + i ln 42), so the neighbours rank O1, O2, ..., O20
/// (O20 ≈ 0.0092). Odd O_i share O0's job zone (lateral), even ones sit one zone higher
/// (progression).
fn many_neighbours() -> (SimilarityIndex, Vec<CareerLevel>) {
    let mut next_skill = 1;
    let mut own = |count: u32| -> Vec<u32> {
        let skills = (next_skill..next_skill + count).collect();
        next_skill += count;
        skills
    };
    let mut skills = vec![occ(&[0])];
    let mut levels = vec![level(2, 3)];
    for i in 1..=20 {
        skills.push(occ(&[vec![0], own(i)].concat()));
        levels.push(level(if i % 2 == 1 { 2 } else { 3 }, 3));
    }
    for _ in 0..21 {
        skills.push(occ(&own(1)));
        levels.push(level(2, 3));
    }
    (SimilarityIndex::build(&skills), levels)
}

#[test]
fn a_profile_lists_each_occupation_once_and_fills_its_moves_from_further_neighbours() {
    assert_eq!(
        (SIMILAR_SHOWN, MOVES_SHOWN),
        (8, 5),
        "the expectations below"
    );
    let (index, levels) = many_neighbours();
    let sim = |i: f32| 2f32.ln() / (2f32.ln() + i * 42f32.ln());
    let of = |list: &[SimilarMove]| -> Vec<u32> {
        list.iter().map(|role| role.neighbour.occupation).collect()
    };
    let similar = of(&index.similar_roles(0, SIMILAR_SHOWN, ADJACENT_SHOWN));
    assert_eq!(similar, [1, 2, 3, 4, 5, 6, 7, 8]);
    let moves = occupation_moves(&index, &levels, 0, Some(0.005), &similar);
    // Without the similar roles, these were O2, O4, O6, O8, O10 and O1, O3, O5, O7, O9.
    assert_eq!(of(&moves.progression), [10, 12, 14, 16, 18]);
    assert_eq!(of(&moves.lateral), [9, 11, 13, 15, 17]);
    assert!((moves.lateral[0].neighbour.similarity - sim(9.0)).abs() < 1e-6);
    // Each move names its own skills, all new to O0, at most ADJACENT_SHOWN of them.
    for role in moves.progression.iter().chain(&moves.lateral) {
        let target = role.neighbour.occupation as usize;
        assert_eq!(role.adjacent_skills.len(), ADJACENT_SHOWN);
        assert_eq!(
            role.adjacent_skills,
            index.adjacent_skills(0, target, ADJACENT_SHOWN)
        );
    }
    // Without fitted viability no move is viable; the similar roles stay.
    let unfitted = occupation_moves(&index, &levels, 0, None, &similar);
    assert!(unfitted.progression.is_empty() && unfitted.lateral.is_empty());
}
