//! The one-call scorer wires each score's output into the next as documented.

use careerlens_engine::exposure::{
    EloundouLabel, ExposureBasis, ExposureInputs, LabelledTask, TaskType,
};
use careerlens_engine::resilience::HumanJudgementInputs;
use careerlens_engine::scorecard::{OccupationScoreInputs, score_all};
use careerlens_engine::vectors::EscoGroupShares;

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
    // human: social = concern 5 -> 1.0 (w 0.3); ESCO (0.1+0.2+0)/0.8 = 0.375 (w 0.25)
    //   -> (0.3*1 + 0.25*0.375) / 0.55 = 0.39375/0.55 = 0.7159
    // pressure: 0.7*(1/6) + 0.3*0 = 0.11667 -> low pressure 0.88333
    // resilience = 100 * (0.6*0.7159 + 0.4*0.8833) = 42.95 + 35.33 = 78.3
    assert_eq!(cards[0].resilience.unwrap().score, 78.3);
    // ageing and care: ISCO 53 -> 1 (w 0.6); S3 0.2/0.3 = 0.667 (w 0.4) -> 86.7
    assert_eq!(cards[0].megatrends[2], Some(86.7));

    assert_eq!(cards[1].exposure.basis, ExposureBasis::NoData);
    assert_eq!(cards[1].resilience, None);
}
