//! AI exposure: hand-computed expectations for the task mean, the blend and the fallbacks.

use careerlens_engine::exposure::{
    EloundouLabel, ExposureBasis, ExposureInputs, LabelledTask, TaskType, exposure_for_all,
    task_weighted_beta,
};

fn task(label: EloundouLabel, task_type: TaskType) -> LabelledTask {
    LabelledTask { label, task_type }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn labels_parse_with_e3_counted_as_e2() {
    assert_eq!(EloundouLabel::parse("E1"), Some(EloundouLabel::E1));
    assert_eq!(EloundouLabel::parse(" E3 "), Some(EloundouLabel::E2));
    assert_eq!(EloundouLabel::parse("T2"), None);
    assert_eq!(TaskType::parse("Core"), TaskType::Core);
    assert_eq!(TaskType::parse(""), TaskType::Supplemental);
}

#[test]
fn task_beta_weights_core_tasks_twice() {
    // core E1 (w2), supplemental E2 (w1) -> (2*1 + 1*0.5) / 3 = 0.8333
    let tasks = [
        task(EloundouLabel::E1, TaskType::Core),
        task(EloundouLabel::E2, TaskType::Supplemental),
    ];
    assert!(close(task_weighted_beta(&tasks).unwrap(), 2.5 / 3.0));
    // core E0, core E2, supplemental E0 -> (0 + 2*0.5 + 0) / 5 = 0.2
    let tasks = [
        task(EloundouLabel::E0, TaskType::Core),
        task(EloundouLabel::E2, TaskType::Core),
        task(EloundouLabel::E0, TaskType::Supplemental),
    ];
    assert!(close(task_weighted_beta(&tasks).unwrap(), 0.2));
    assert_eq!(task_weighted_beta(&[]), None);
}

/// Six occupations exercising every basis.
fn fixture() -> (Vec<ExposureInputs>, Vec<&'static str>) {
    let a = ExposureInputs {
        tasks: vec![
            task(EloundouLabel::E1, TaskType::Core),
            task(EloundouLabel::E2, TaskType::Supplemental),
        ],
        occupation_beta: Some(0.1), // ignored: task labels take precedence
        microsoft_applicability: Some(0.25),
        anthropic_observed: Some(0.3),
    };
    let b = ExposureInputs {
        occupation_beta: Some(0.4),
        microsoft_applicability: Some(0.5),
        anthropic_observed: Some(0.0),
        ..Default::default()
    };
    let c = ExposureInputs {
        microsoft_applicability: Some(0.0),
        anthropic_observed: Some(0.6),
        ..Default::default()
    };
    let none = ExposureInputs::default();
    (
        vec![a, b, c, none.clone(), none.clone(), none],
        vec!["2512", "2511", "3111", "2512", "2519", "9999"],
    )
}

#[test]
fn blend_scales_usage_sources_and_falls_back_by_isco_group() {
    let (inputs, codes) = fixture();
    let got = exposure_for_all(&inputs, &codes);
    // Microsoft scale 0..0.5, Anthropic scale 0..0.6.
    // A: beta 0.8333, ms 0.25/0.5 = 0.5, an 0.3/0.6 = 0.5
    //    -> 0.5*0.8333 + 0.25*0.5 + 0.25*0.5 = 0.6667 -> 66.7 %
    assert_eq!(got[0].basis, ExposureBasis::TaskLabels);
    assert!(close(got[0].share.unwrap(), 0.5 * 2.5 / 3.0 + 0.25));
    assert_eq!(got[0].percent(), Some(66.7));
    assert_eq!(got[0].components.microsoft, Some(0.5));
    // B: occupation beta 0.4, ms 1.0, an 0.0 -> 0.2 + 0.25 + 0 = 0.45 -> 45 %
    assert_eq!(got[1].basis, ExposureBasis::OccupationBeta);
    assert!(close(got[1].share.unwrap(), 0.45));
    assert_eq!(got[1].percent(), Some(45.0));
    // C: ms 0, an 1 -> (0.25*0 + 0.25*1) / 0.5 = 0.5
    assert_eq!(got[2].basis, ExposureBasis::UsageOnly);
    assert!(close(got[2].share.unwrap(), 0.5));
    // D: unit group 2512 holds A only -> 0.6667
    assert_eq!(got[3].basis, ExposureBasis::IscoUnitGroupMean);
    assert!(close(got[3].share.unwrap(), got[0].share.unwrap()));
    assert_eq!(got[3].components.eloundou_beta, None);
    // E: unit 2519 has no direct score; minor 251 holds A and B -> (0.6667 + 0.45) / 2 = 0.5583
    assert_eq!(got[4].basis, ExposureBasis::IscoMinorGroupMean);
    assert!(close(
        got[4].share.unwrap(),
        (0.5 * 2.5 / 3.0 + 0.25 + 0.45) / 2.0
    ));
    assert_eq!(got[4].percent(), Some(55.8));
    // F: nothing in 9999 or 999
    assert_eq!(got[5].basis, ExposureBasis::NoData);
    assert_eq!(got[5].share, None);
    assert_eq!(got[5].percent(), None);
}

#[test]
fn a_single_usage_value_cannot_be_scaled_and_is_left_out() {
    // One Microsoft value has no range to scale on, so only the task beta counts.
    let inputs = vec![ExposureInputs {
        tasks: vec![task(EloundouLabel::E2, TaskType::Core)],
        microsoft_applicability: Some(0.3),
        ..Default::default()
    }];
    let got = exposure_for_all(&inputs, &["1111"]);
    assert_eq!(got[0].share, Some(0.5));
    assert_eq!(got[0].components.microsoft, None);
}
