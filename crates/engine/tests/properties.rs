#![cfg(not(target_arch = "wasm32"))]
//! Property tests: scores stay in range, similarity is symmetric with self-similarity the
//! maximum, the indexed top-k equals a brute-force ranking, and the widest path equals an
//! exhaustive search.

use careerlens_engine::exposure::{
    EloundouLabel, ExposureInputs, LabelledTask, TaskType, exposure_for_all,
};
use careerlens_engine::megatrends::{CollectionShares, MegatrendInputs, megatrend_signals};
use careerlens_engine::pathways::{MAX_PATH_HOPS, ViableGraph};
use careerlens_engine::resilience::{
    HumanJudgementInputs, HumanJudgementScales, ResilienceInputs, resilience,
};
use careerlens_engine::similarity::{Neighbour, OccupationSkills, SimilarityIndex, rank_order};
use careerlens_engine::vectors::{
    ActivityRatings, ActivityShares, EscoGroupShares, ExposureVector, VectorFit, VectorInputs,
    exposure_vectors,
};
use proptest::prelude::*;

fn skill_sets() -> impl Strategy<Value = Vec<OccupationSkills>> {
    let one = (
        prop::collection::vec(0u32..24, 0..7),
        prop::collection::vec(0u32..24, 0..7),
    )
        .prop_map(|(essential, optional)| OccupationSkills {
            essential,
            optional,
        });
    prop::collection::vec(one, 1..14)
}

fn brute_force_top_k(index: &SimilarityIndex, origin: usize, k: usize) -> Vec<Neighbour> {
    let mut all: Vec<Neighbour> = (0..index.len())
        .filter(|&o| o != origin)
        .map(|o| Neighbour {
            occupation: o as u32,
            similarity: index.similarity(origin, o).unwrap(),
        })
        .filter(|n| n.similarity > 0.0)
        .collect();
    all.sort_by(rank_order);
    all.truncate(k);
    all
}

proptest! {
    #[test]
    fn similarity_is_symmetric_bounded_and_maximal_for_self(set in skill_sets()) {
        let index = SimilarityIndex::build(&set);
        for a in 0..index.len() {
            let own = index.similarity(a, a).unwrap();
            for b in 0..index.len() {
                let s = index.similarity(a, b).unwrap();
                prop_assert!((0.0..=1.0).contains(&s));
                prop_assert_eq!(s.to_bits(), index.similarity(b, a).unwrap().to_bits());
                prop_assert!(own >= s);
            }
        }
    }

    #[test]
    fn indexed_top_k_equals_brute_force(set in skill_sets(), k in 0usize..6) {
        let index = SimilarityIndex::build(&set);
        let all = index.top_k_all(k);
        for (origin, from_all) in all.iter().enumerate() {
            let expected = brute_force_top_k(&index, origin, k);
            prop_assert_eq!(&index.top_k(origin, k), &expected);
            prop_assert_eq!(from_all, &expected);
        }
    }

    #[test]
    fn widest_path_equals_exhaustive_search(set in skill_sets(), viable in 0.0f32..0.6) {
        let index = SimilarityIndex::build(&set);
        let graph = ViableGraph::build(&index, viable);
        let n = index.len();
        for from in 0..n {
            for to in 0..n {
                let got = graph.best_path(from, to);
                let expected = exhaustive_best(&graph, from, to);
                match (got, expected) {
                    (None, None) => {}
                    (Some(path), Some((weakest, hops))) => {
                        prop_assert_eq!(path.weakest, weakest);
                        prop_assert_eq!(path.occupations.len() - 1, hops);
                        prop_assert_eq!(path.occupations[0] as usize, from);
                        prop_assert_eq!(*path.occupations.last().unwrap() as usize, to);
                        for step in path.occupations.windows(2) {
                            let s = index.similarity(step[0] as usize, step[1] as usize).unwrap();
                            prop_assert!(s >= viable && s >= weakest);
                        }
                    }
                    (got, expected) => prop_assert!(false, "{from}->{to}: {got:?} vs {expected:?}"),
                }
            }
        }
    }

    #[test]
    fn scores_stay_in_range(
        labels in prop::collection::vec((0u8..3, any::<bool>()), 0..8),
        ms in prop::option::of(0.0f64..0.5),
        an in prop::option::of(0.0f64..0.8),
        ratings in prop::collection::vec(prop::option::of(1.0f64..5.0), 10),
        shares in prop::collection::vec(0.0f64..1.0, 13),
        tech in prop::option::of(0u32..200),
        zone in prop::option::of(1.0f64..5.0),
        isco in "[0-9]{4}",
    ) {
        let tasks: Vec<LabelledTask> = labels.iter().map(|&(l, core)| LabelledTask {
            label: [EloundouLabel::E0, EloundouLabel::E1, EloundouLabel::E2][l as usize],
            task_type: if core { TaskType::Core } else { TaskType::Supplemental },
        }).collect();
        let inputs = vec![
            ExposureInputs { tasks, occupation_beta: None, microsoft_applicability: ms, anthropic_observed: an },
            ExposureInputs { microsoft_applicability: Some(0.0), anthropic_observed: Some(0.0), ..Default::default() },
            ExposureInputs { microsoft_applicability: Some(0.5), anthropic_observed: Some(0.8), ..Default::default() },
        ];
        let exposure = exposure_for_all(&inputs, &[isco.as_str(), "1111", "1111"]);
        for p in exposure.iter().filter_map(|e| e.percent()) {
            prop_assert!((0.0..=100.0).contains(&p));
        }
        let share = exposure[0].share;
        let vector_inputs = VectorInputs {
            activity_ratings: None,
            dexterity: ratings[9],
            activities: Some(ActivityShares {
                analytical: shares[0], generative: shares[1], workflow: shares[2], physical: shares[3],
            }),
            eloundou_beta: share,
            technology_skill_count: tech,
            esco: Some(EscoGroupShares {
                s5_working_with_computers: shares[9], s6_handling_moving: shares[10],
                s7_constructing: shares[11], s8_machinery: shares[12], ..Default::default()
            }),
        };
        let rated = VectorInputs {
            activity_ratings: Some(ActivityRatings {
                analytical: 1.0 + 4.0 * shares[0], generative: 1.0 + 4.0 * shares[1],
                workflow: 1.0 + 4.0 * shares[2], physical: 1.0 + 4.0 * shares[3],
            }),
            ..vector_inputs
        };
        let fit = VectorFit::fit(&[vector_inputs, rated]);
        let vectors = exposure_vectors(&vector_inputs, &fit);
        let rated_vectors = exposure_vectors(&rated, &fit);
        for v in ExposureVector::ALL {
            prop_assert!((0.0..=100.0).contains(&rated_vectors.get(v).unwrap()), "rated vectors stay in range");
        }
        for v in [vectors.analytical_ai, vectors.generative_ai, vectors.workflow_automation, vectors.physical_automation] {
            prop_assert!((0.0..=100.0).contains(&v.unwrap()), "vectors have activity inputs");
        }
        let human = HumanJudgementInputs {
            concern_for_others: ratings[0], social_orientation: ratings[1], cooperation: ratings[2],
            social_perceptiveness: ratings[3], leadership: ratings[4], negotiation: ratings[5],
            persuasion: ratings[6], innovation: ratings[7], judgment_and_decision_making: ratings[8],
            assisting_and_caring: ratings[9], originality: ratings[0], fine_arts: ratings[1],
            finger_dexterity: ratings[2], manual_dexterity: ratings[3],
            esco_s1_s3_s4_share: Some(shares[0]),
        };
        let lower = HumanJudgementInputs { concern_for_others: Some(1.0), leadership: Some(1.0), ..human };
        let scales = HumanJudgementScales::fit(&[human, lower]);
        let r = resilience(&ResilienceInputs { human, ai_exposure: share, physical_automation: vectors.physical_automation }, &scales).unwrap();
        prop_assert!((0.0..=100.0).contains(&r.score));
        prop_assert_eq!(r.score, (r.score * 10.0).round() / 10.0);
        let m = megatrend_signals(&MegatrendInputs {
            isco_code: isco.clone(),
            collections: Some(CollectionShares { digital: shares[1], green: shares[2], research: shares[3] }),
            esco_s3_share: Some(shares[5]),
            esco_s7_share: Some(shares[6]),
            ai_exposure: share,
            technology_skill_count: tech,
            in_research_occupations: shares[7] > 0.5,
            job_zone: zone,
            foreign_language_knowledge: ratings[0],
            transportation_knowledge: ratings[1],
        }, &fit.saturations);
        for s in m {
            prop_assert!((0.0..=100.0).contains(&s.unwrap()));
        }
    }
}

/// Best (weakest move, number of moves) over every route of up to MAX_PATH_HOPS graph moves
/// without repeated occupations: widest first, then fewest moves.
fn exhaustive_best(graph: &ViableGraph, from: usize, to: usize) -> Option<(f32, usize)> {
    if from == to {
        return None;
    }
    let mut best: Option<(f32, usize)> = None;
    let mut stack = vec![(vec![from], f32::INFINITY)];
    while let Some((route, weakest)) = stack.pop() {
        let at = *route.last().unwrap();
        if at == to {
            let hops = route.len() - 1;
            if best.is_none_or(|(w, h)| weakest > w || (weakest == w && hops < h)) {
                best = Some((weakest, hops));
            }
            continue;
        }
        if route.len() > MAX_PATH_HOPS {
            continue;
        }
        for edge in graph.moves_from(at) {
            let next = edge.occupation as usize;
            if !route.contains(&next) {
                let mut longer = route.clone();
                longer.push(next);
                stack.push((longer, weakest.min(edge.similarity)));
            }
        }
    }
    best
}
