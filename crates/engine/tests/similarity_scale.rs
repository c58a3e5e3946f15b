//! The indexed and all-pairs top-k agree with a brute-force ranking at ESCO scale (3,007
//! occupations, ~13,900 skills), where bugs in index bookkeeping would hide on toy sets.

#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

use careerlens_engine::similarity::{Neighbour, SimilarityIndex, rank_order};

#[test]
fn top_k_matches_brute_force_on_an_esco_sized_set() {
    let occupations = synthetic::generate(synthetic::OCCUPATIONS, synthetic::SKILLS, 7);
    let index = SimilarityIndex::build(&occupations);
    let all = index.top_k_all(20);
    assert_eq!(all.len(), synthetic::OCCUPATIONS);
    for origin in (0..index.len()).step_by(101) {
        let mut expected: Vec<Neighbour> = (0..index.len())
            .filter(|&o| o != origin)
            .filter_map(|o| {
                let similarity = index.similarity(origin, o)?;
                (similarity > 0.0).then_some(Neighbour {
                    occupation: o as u32,
                    similarity,
                })
            })
            .collect();
        expected.sort_by(rank_order);
        expected.truncate(20);
        assert_eq!(index.top_k(origin, 20), expected, "origin {origin}");
        assert_eq!(all[origin], expected, "origin {origin} (all pairs)");
    }
}
