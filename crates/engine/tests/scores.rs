//! Exposure vectors, resilience and megatrends: hand-computed expectations.

use careerlens_engine::megatrends::{
    CollectionShares, Megatrend, MegatrendInputs, megatrend_signals,
};
use careerlens_engine::resilience::{
    HumanJudgementInputs, HumanJudgementScales, ResilienceBand, ResilienceInputs, human_judgement,
    resilience,
};
use careerlens_engine::saturation::Saturations;
use careerlens_engine::stats::MinMaxScale;
use careerlens_engine::vectors::{
    ActivityRatings, ActivityShares, EscoGroupShares, ExposureVector, VectorFit, VectorInputs,
    activity_ratings, activity_shares, exposure_vectors,
};

#[test]
fn activity_shares_count_each_linked_task_once_per_vector() {
    let tasks: Vec<Vec<&str>> = vec![
        vec!["4.A.2.a.4", "4.A.2.a.2"], // analytical twice: still one task
        vec!["4.A.3.b.6"],              // generative
        vec!["4.A.3.a.2", "4.A.3.b.1"], // physical and workflow
        vec!["4.A.4.a.5"],              // none of the four (assisting and caring)
        vec![],                         // no DWA link: not in the denominator
    ];
    let got = activity_shares(&tasks).unwrap();
    assert_eq!(got.analytical, 0.25);
    assert_eq!(got.generative, 0.25);
    assert_eq!(got.workflow, 0.25);
    assert_eq!(got.physical, 0.25);
    assert_eq!(activity_shares::<&str>(&[vec![]]), None);
}

#[test]
fn vectors_follow_their_weighted_formulas() {
    let inputs = VectorInputs {
        activity_ratings: None,
        dexterity: None,
        activities: Some(ActivityShares {
            analytical: 0.2,
            generative: 0.7,
            workflow: 0.05,
            physical: 0.08,
        }),
        eloundou_beta: Some(0.5),
        technology_skill_count: Some(40),
        esco: Some(EscoGroupShares {
            s5_working_with_computers: 0.1,
            s6_handling_moving: 0.02,
            s8_machinery: 0.04,
            ..Default::default()
        }),
    };
    // The default saturation points (no fit): 0.4, 0.4, 0.25, 0.8, S5 0.2, S6-S8 0.6, 80 skills.
    let v = exposure_vectors(&inputs, &VectorFit::default());
    // analytical: 0.6 * (0.2/0.4) + 0.2 * 0.5 + 0.2 * (40/80) = 0.3 + 0.1 + 0.1 = 0.5
    assert_eq!(v.analytical_ai, Some(50.0));
    // generative: 0.5 * min(1, 0.7/0.4) + 0.5 * 0.5 = 0.75
    assert_eq!(v.generative_ai, Some(75.0));
    // workflow: 0.4 * (0.05/0.25) + 0.3 * (0.1/0.2) + 0.3 * 0.5 = 0.08 + 0.15 + 0.15 = 0.38
    assert_eq!(v.workflow_automation, Some(38.0));
    // physical: 0.6 * (0.08/0.8) + 0.4 * (0.06/0.6) = 0.06 + 0.04 = 0.1
    assert_eq!(v.physical_automation, Some(10.0));
    assert_eq!(v.strongest(), Some((ExposureVector::GenerativeAi, 75.0)));
}

#[test]
fn work_activity_ratings_replace_task_shares_and_dexterity_discounts_physical_work() {
    let inputs = VectorInputs {
        activity_ratings: Some(ActivityRatings {
            analytical: 3.5,
            generative: 5.0,
            workflow: 2.0,
            physical: 5.0,
        }),
        // Ignored: the ratings take precedence.
        activities: Some(ActivityShares::default()),
        dexterity: Some(3.0),
        esco: Some(EscoGroupShares {
            s6_handling_moving: 0.06,
            ..Default::default()
        }),
        ..Default::default()
    };
    let fit = VectorFit {
        activity_scales: [Some(MinMaxScale { min: 2.0, max: 4.0 }), None, None, None],
        ..VectorFit::default()
    };
    let v = exposure_vectors(&inputs, &fit);
    // analytical: fitted scale (3.5 - 2) / (4 - 2) = 0.75, the only part present
    assert_eq!(v.analytical_ai, Some(75.0));
    // generative: no fitted scale, (5 - 1) / 4 = 1
    assert_eq!(v.generative_ai, Some(100.0));
    // workflow: (0.4 * 0.25 + 0.3 * (0 / 0.2)) / 0.7 = 0.142857
    assert_eq!(v.workflow_automation, Some(14.3));
    // physical: (0.6 * 1 + 0.4 * (0.06 / 0.6)) * (1 - 0.5 * (3 - 1) / 4) = 0.64 * 0.75 = 0.48
    assert_eq!(v.physical_automation, Some(48.0));
}

#[test]
fn activity_ratings_need_every_vector_rated() {
    let ratings = |id: &str| match id {
        "4.A.2.a.4" => Some(4.0),
        "4.A.1.a.1" => Some(2.0),
        _ => Some(3.0),
    };
    let got = activity_ratings(ratings).unwrap();
    // analytical: the six GWAs, 2 + 4 + 4 x 3 over 6 = 3
    assert_eq!(got.analytical, 3.0);
    assert_eq!(
        activity_ratings(|id: &str| (id == "4.A.2.a.4").then_some(4.0)),
        None
    );
}

#[test]
fn vectors_renormalise_over_present_inputs() {
    let inputs = VectorInputs {
        esco: Some(EscoGroupShares {
            s5_working_with_computers: 0.1,
            ..Default::default()
        }),
        ..Default::default()
    };
    let v = exposure_vectors(&inputs, &VectorFit::default());
    // workflow: only the ESCO part, 0.1/0.2 = 0.5
    assert_eq!(v.workflow_automation, Some(50.0));
    assert_eq!(v.physical_automation, Some(0.0));
    assert_eq!(v.analytical_ai, None);
    assert_eq!(v.generative_ai, None);
    assert_eq!(
        v.strongest(),
        Some((ExposureVector::WorkflowAutomation, 50.0))
    );
}

#[test]
fn strongest_vector_ties_go_to_display_order() {
    let inputs = VectorInputs {
        eloundou_beta: Some(0.5),
        ..Default::default()
    };
    let v = exposure_vectors(&inputs, &VectorFit::default());
    // analytical and generative both reduce to beta alone -> 50 each
    assert_eq!(v.analytical_ai, Some(50.0));
    assert_eq!(v.generative_ai, Some(50.0));
    assert_eq!(v.strongest(), Some((ExposureVector::AnalyticalAi, 50.0)));
}

fn human_fixture() -> HumanJudgementInputs {
    HumanJudgementInputs {
        concern_for_others: Some(4.0),
        social_orientation: Some(3.0),
        cooperation: Some(5.0),
        social_perceptiveness: Some(4.0),
        leadership: Some(3.0),
        negotiation: Some(2.0),
        persuasion: Some(4.0),
        innovation: Some(5.0),
        judgment_and_decision_making: Some(3.0),
        assisting_and_caring: Some(5.0),
        originality: Some(3.0),
        fine_arts: Some(1.0),
        finger_dexterity: Some(5.0),
        manual_dexterity: Some(3.0),
        esco_s1_s3_s4_share: Some(0.4),
    }
}

#[test]
fn resilience_blends_human_judgement_and_automation_pressure() {
    // social: mean(0.75, 0.5, 1.0, 0.75, 1.0) = 0.8; leading: mean(0.5, 0.25, 0.75) = 0.5;
    // creative: mean(1.0, 0.5, 0.5, 0.0) = 0.5; dexterity: mean(1.0, 0.5) = 0.75;
    // ESCO: 0.4/0.8 = 0.5 (the default saturation)
    // human = 0.25*0.8 + 0.2*0.5 + 0.2*0.5 + 0.1*0.75 + 0.25*0.5 = 0.6
    // pressure = 0.7*0.4 + 0.3*0.2 = 0.34
    // resilience = 100 * (0.6*0.6 + 0.4*(1 - 0.34)) = 36 + 26.4 = 62.4 -> "stable"
    // Without fitted scales a rating maps as (x - 1) / 4.
    let r = resilience(
        &ResilienceInputs {
            human: human_fixture(),
            ai_exposure: Some(0.4),
            physical_automation: Some(20.0),
        },
        &HumanJudgementScales::default(),
    )
    .unwrap();
    assert_eq!(r.score, 62.4);
    assert_eq!(r.band, ResilienceBand::Stable);
    assert!((r.human_judgement.unwrap() - 0.6).abs() < 1e-12);
    assert!((r.automation_pressure.unwrap() - 0.34).abs() < 1e-12);
}

#[test]
fn resilience_without_human_data_rests_on_pressure_alone() {
    // human None; pressure = exposure 1.0 -> 100 * (1 - 1) = 0
    let none = HumanJudgementScales::default();
    let r = resilience(
        &ResilienceInputs {
            ai_exposure: Some(1.0),
            ..Default::default()
        },
        &none,
    )
    .unwrap();
    assert_eq!(r.score, 0.0);
    assert_eq!(r.band, ResilienceBand::HighlyExposed);
    assert_eq!(resilience(&ResilienceInputs::default(), &none), None);
}

#[test]
fn ratings_are_scaled_between_their_5th_and_95th_percentiles_across_occupations() {
    let with_concern = |c: f64| HumanJudgementInputs {
        concern_for_others: Some(c),
        ..Default::default()
    };
    let all = [with_concern(2.0), with_concern(3.0), with_concern(4.0)];
    let scales = HumanJudgementScales::fit(&all);
    // sorted [2, 3, 4]: 5th percentile at position 0.1 -> 2.1; 95th at 1.9 -> 3.9
    let fitted = scales.ratings[0].unwrap();
    assert!((fitted.min - 2.1).abs() < 1e-12 && (fitted.max - 3.9).abs() < 1e-12);
    assert_eq!(scales.ratings[1], None, "no data for social orientation");
    // 3.0 -> (3 - 2.1) / 1.8 = 0.5; only the social family is present
    assert!((human_judgement(&all[1], &scales).unwrap() - 0.5).abs() < 1e-12);
    // 4.0 is above the 95th percentile: clamped to 1
    assert_eq!(human_judgement(&all[2], &scales), Some(1.0));
}

#[test]
fn resilience_bands_start_at_their_thresholds() {
    let cases = [
        (70.0, "exceptionally stable"),
        (69.9, "stable"),
        (55.0, "stable"),
        (54.9, "mixed outlook"),
        (40.0, "mixed outlook"),
        (39.9, "exposed"),
        (25.0, "exposed"),
        (24.9, "highly exposed"),
    ];
    for (score, label) in cases {
        assert_eq!(ResilienceBand::of(score).label(), label, "score {score}");
    }
}

#[test]
fn megatrends_for_a_nursing_professional() {
    let m = MegatrendInputs {
        isco_code: "2221".to_string(),
        collections: Some(CollectionShares {
            digital: 0.1,
            green: 0.0,
            research: 0.05,
        }),
        esco_s3_share: Some(0.2),
        esco_s7_share: Some(0.0),
        ai_exposure: Some(0.3),
        technology_skill_count: Some(24),
        in_research_occupations: false,
        job_zone: Some(4.0),
        foreign_language_knowledge: Some(2.0),
        transportation_knowledge: Some(1.5),
    };
    let s = megatrend_signals(&m, &Saturations::default());
    // digital: 0.5*(0.1/0.4) + 0.25*0.3 + 0.25*(24/80) = 0.125 + 0.075 + 0.075 = 0.275
    assert_eq!(s[0], Some(27.5));
    // green: no green skills, 2221 not a green group
    assert_eq!(s[1], Some(0.0));
    // care: 0.6*1 (ISCO 22) + 0.4*(0.2/0.3) = 0.8667
    assert_eq!(s[2], Some(86.7));
    // globalisation: not a trade group (0.5*0); Foreign Language (2-1)/(3-1) = 0.5 (w 0.25);
    // Transportation (1.5-1)/(4-1) = 1/6 (w 0.25) -> 0.125 + 0.0417 = 0.1667
    assert_eq!(s[3], Some(16.7));
    // knowledge: 0.4*(0.05/0.1) + 0.3*0 + 0.3*(4-1)/4 = 0.2 + 0.225 = 0.425
    assert_eq!(s[4], Some(42.5));
    // infrastructure: not ISCO 71/74/93/214/216/311/312/8342, no S7
    assert_eq!(s[5], Some(0.0));
    assert_eq!(Megatrend::ALL[2].label(), "Demographic ageing and care");
}

#[test]
fn megatrends_for_a_bricklayer_and_for_missing_data() {
    let m = MegatrendInputs {
        isco_code: "7112".to_string(),
        esco_s7_share: Some(0.3),
        ..Default::default()
    };
    let s = megatrend_signals(&m, &Saturations::default());
    // infrastructure: 0.6*1 + 0.4*min(1, 0.3/0.15) = 1.0
    assert_eq!(s[5], Some(100.0));
    // knowledge: only "not a research occupation" is known -> 0
    assert_eq!(s[4], Some(0.0));
    let empty = megatrend_signals(&MegatrendInputs::default(), &Saturations::default());
    assert_eq!(
        empty[1], None,
        "no skills and no ISCO code: no green signal"
    );
    assert_eq!(empty[0], None);
}
