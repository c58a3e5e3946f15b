//! The one-call scorer wires each score's output into the next as documented.

use careerlens_engine::exposure::{
    EloundouLabel, ExposureBasis, ExposureInputs, LabelledTask, TaskType,
};
use careerlens_engine::groups::GroupBasis;
use careerlens_engine::resilience::HumanJudgementInputs;
use careerlens_engine::scorecard::{OccupationScoreInputs, score_all};
use careerlens_engine::vectors::{EscoGroupShares, ExposureVector};

#[test]
fn exposure_feeds_vectors_resilience_and_megatrends() {
    let care_worker = OccupationScoreInputs {
        isco_code: "5321".to_string(),
        exposure: ExposureInputs {
            tasks: vec![
                LabelledTask {
                    label: EloundouLabel::E0,
                    task_type: TaskType::Core,
                },
                LabelledTask {
                    label: EloundouLabel::E2,
                    task_type: TaskType::Supplemental,
                },
            ],
            ..Default::default()
        },
        esco_groups: Some(EscoGroupShares {
            s1_communication_collaboration_creativity: 0.1,
            s3_assisting_caring: 0.2,
            s4_management: 0.0,
            ..Default::default()
        }),
        human: HumanJudgementInputs {
            concern_for_others: Some(5.0),
            ..Default::default()
        },
        ..Default::default()
    };
    let unscored = OccupationScoreInputs {
        isco_code: "9999".to_string(),
        ..Default::default()
    };
    let scored = score_all(&[care_worker, unscored]);
    let cards = &scored.cards;
    // one rating value only: no percentile scale can be fitted, so (x - 1) / 4 applies
    assert_eq!(scored.human_scales.ratings[0], None);

    // beta = (2*0 + 1*0.5) / 3 = 1/6; no usage data, so exposure = 1/6 -> 16.7 %
    assert_eq!(cards[0].exposure.basis, ExposureBasis::TaskLabels);
    assert_eq!(cards[0].exposure.percent(), Some(16.7));
    // generative vector from beta alone: 100/6 = 16.7
    assert_eq!(cards[0].vectors.generative_ai, Some(16.7));
    // physical: ESCO S6-S8 all 0 -> 0
    assert_eq!(cards[0].vectors.physical_automation, Some(0.0));
    // human: social = concern 5 -> 1.0 (w 0.25); ESCO (0.1+0.2+0)/0.8 = 0.375 (w 0.25; too
    //   few occupations to fit the saturation, so the default 0.8 applies)
    //   -> (0.25*1 + 0.25*0.375) / 0.5 = 0.6875
    // pressure: 0.7*(1/6) + 0.3*0 = 0.11667 -> low pressure 0.88333
    // resilience = 100 * (0.6*0.6875 + 0.4*0.8833) = 41.25 + 35.33 = 76.6; its evidence is
    // 0.6 * (0.25 + 0.25) + 0.4 * 1 = 0.7, but no fully rated occupation shares its group, so
    // nothing to shrink toward.
    assert_eq!(cards[0].resilience.unwrap().score, 76.6);
    assert_eq!(cards[0].resilience_basis, (0.7, GroupBasis::Own));
    // ageing and care: ISCO 53 -> 1 (w 0.6); S3 0.2/0.3 = 0.667 (w 0.4) -> 86.7
    assert_eq!(cards[0].megatrends[2], Some(86.7));

    assert_eq!(cards[1].exposure.basis, ExposureBasis::NoData);
    assert_eq!(cards[1].resilience, None);
}

/// An occupation with every kind of data: one core E1 task, every O*NET rating at 3 and an
/// ESCO S1 share of 0.4.
fn fully_rated(isco: &str) -> OccupationScoreInputs {
    let r = Some(3.0);
    OccupationScoreInputs {
        isco_code: isco.to_string(),
        exposure: ExposureInputs {
            tasks: vec![LabelledTask {
                label: EloundouLabel::E1,
                task_type: TaskType::Core,
            }],
            ..Default::default()
        },
        esco_groups: Some(EscoGroupShares {
            s1_communication_collaboration_creativity: 0.4,
            ..Default::default()
        }),
        human: HumanJudgementInputs {
            concern_for_others: r,
            leadership: r,
            innovation: r,
            finger_dexterity: r,
            ..Default::default()
        },
        dexterity: r,
        ..Default::default()
    }
}

#[test]
fn an_occupation_without_data_takes_its_groups_vectors_and_is_shrunk_toward_it() {
    // ESCO skills only: an S1 share of 0.8 and no O*NET or AI data.
    let esco_only = OccupationScoreInputs {
        isco_code: "2654".to_string(),
        esco_groups: Some(EscoGroupShares {
            s1_communication_collaboration_creativity: 0.8,
            ..Default::default()
        }),
        ..Default::default()
    };
    let scored = score_all(&[fully_rated("2654"), esco_only]);
    let (full, sparse) = (&scored.cards[0], &scored.cards[1]);

    // Fully rated: beta 1 -> exposure 1; every family 0.5 (ratings (3 - 1) / 4, ESCO 0.4 / 0.8);
    // physical 0 (no S6-S8 skills); pressure 0.7 -> 100 * (0.6 * 0.5 + 0.4 * 0.3) = 42.
    assert_eq!(full.resilience.unwrap().score, 42.0);
    assert_eq!(full.resilience_basis, (1.0, GroupBasis::Own));
    assert!(full.fallback_vectors.0.is_empty());

    // The sparse one's exposure is its unit group's mean (1.0), so its analysis and generation
    // vectors, which rest on Eloundou labels and O*NET tasks it lacks, are the group's: 100.
    assert_eq!(sparse.exposure.basis, ExposureBasis::IscoUnitGroupMean);
    assert_eq!(sparse.vectors.analytical_ai, Some(100.0));
    assert_eq!(sparse.vectors.generative_ai, Some(100.0));
    assert_eq!(
        sparse.fallback_vectors,
        (
            vec![ExposureVector::AnalyticalAi, ExposureVector::GenerativeAi],
            GroupBasis::IscoUnitGroup
        )
    );
    // Its own resilience: human = ESCO 0.8 / 0.8 = 1; pressure 0.7 -> 100 * (0.6 + 0.12) = 72.
    // Evidence: 0.6 x 0.25 (ESCO family) + 0.4 x 0.3 (own physical vector) = 0.27, so
    // 0.27 x 72 + 0.73 x 42 = 19.44 + 30.66 = 50.1.
    let (evidence, basis) = sparse.resilience_basis;
    assert!((evidence - 0.27).abs() < 1e-12);
    assert_eq!(basis, GroupBasis::IscoUnitGroup);
    assert_eq!(sparse.resilience.unwrap().score, 50.1);
}
