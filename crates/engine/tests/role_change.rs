//! "How AI may change this role": the picks follow the documented rules and tie-breaks.

use careerlens_engine::exposure::TaskType::{Core, Supplemental};
use careerlens_engine::role_change::{PeopleAnchor, RoleSkill, RoleTask, role_change};
use careerlens_engine::vectors::{ExposureVector, ExposureVectors};

fn t(
    task_type: careerlens_engine::exposure::TaskType,
    beta: Option<f64>,
    automation: Option<f64>,
) -> RoleTask {
    RoleTask {
        task_type,
        beta,
        automation,
        from_best_match: false,
    }
}

#[test]
fn picks_exposed_copilot_and_people_tasks_by_rule() {
    let tasks = [
        t(Core, Some(0.0), Some(0.25)),         // 0: unexposed
        t(Core, Some(1.0), Some(0.75)),         // 1: exposed, high automation
        t(Supplemental, Some(1.0), Some(0.75)), // 2: same, but supplemental
        t(Core, Some(0.5), Some(0.25)),         // 3: co-pilot
        t(Core, Some(1.0), Some(0.25)),         // 4: exposed, low automation
        t(Supplemental, Some(0.5), None),       // 5: co-pilot, unknown automation (0.5)
        t(Core, Some(0.0), Some(0.0)),          // 6: unexposed, lowest automation
        t(Core, None, None),                    // 7: unlabelled, never picked
        t(Core, Some(0.5), Some(0.5)),          // 8: co-pilot
    ];
    let vectors = ExposureVectors {
        analytical_ai: Some(40.0),
        generative_ai: Some(61.5),
        workflow_automation: Some(61.5),
        physical_automation: Some(3.0),
    };
    let got = role_change(&tasks, &[], &vectors);
    // beta 1 first; 1 and 2 tie on automation 0.75, core wins; then 4 (automation 0.25)
    assert_eq!(got.most_exposed_tasks, vec![1, 2, 4]);
    // rest with beta > 0 and automation <= 0.5: 3, 5, 8; core first, then lower automation
    assert_eq!(got.copilot_tasks, vec![3, 8, 5]);
    // unexposed core tasks 0 and 6; 6 has the lower automation level
    assert_eq!(got.people_anchor, Some(PeopleAnchor::Task(6)));
    // generative and workflow tie at 61.5: display order wins
    assert_eq!(
        got.strongest_vector,
        Some((ExposureVector::GenerativeAi, 61.5))
    );
}

#[test]
fn what_depends_on_people_comes_from_the_best_match_first() {
    // Task 0 has the lower automation level, but task 1 belongs to the clearly best match.
    let tasks = [
        t(Core, Some(0.0), Some(0.0)),
        RoleTask {
            from_best_match: true,
            ..t(Supplemental, Some(0.0), Some(0.5))
        },
    ];
    let got = role_change(&tasks, &[], &ExposureVectors::default());
    assert_eq!(got.people_anchor, Some(PeopleAnchor::Task(1)));
}

#[test]
fn falls_back_to_an_essential_bottleneck_skill_when_every_task_is_exposed() {
    let tasks = [t(Core, Some(1.0), Some(1.0))];
    let skills = [
        RoleSkill {
            essential: false,
            human_bottleneck: true,
        },
        RoleSkill {
            essential: true,
            human_bottleneck: false,
        },
        RoleSkill {
            essential: true,
            human_bottleneck: true,
        },
    ];
    let got = role_change(&tasks, &skills, &ExposureVectors::default());
    assert_eq!(got.people_anchor, Some(PeopleAnchor::Skill(2)));
    assert_eq!(got.most_exposed_tasks, vec![0]);
    // automation 1.0 is above the co-pilot limit
    assert!(got.copilot_tasks.is_empty());
    assert_eq!(got.strongest_vector, None);

    let optional_only = [RoleSkill {
        essential: false,
        human_bottleneck: true,
    }];
    let got = role_change(&tasks, &optional_only, &ExposureVectors::default());
    assert_eq!(got.people_anchor, Some(PeopleAnchor::Skill(0)));
    assert_eq!(
        role_change(&tasks, &[], &ExposureVectors::default()).people_anchor,
        None
    );
}

#[test]
fn at_most_three_tasks_per_list() {
    let tasks: Vec<RoleTask> = (0..6).map(|_| t(Core, Some(1.0), Some(0.25))).collect();
    let got = role_change(&tasks, &[], &ExposureVectors::default());
    assert_eq!(got.most_exposed_tasks, vec![0, 1, 2]);
    assert_eq!(got.copilot_tasks, vec![3, 4, 5]);
}

#[test]
fn bottleneck_groups_match_whole_code_segments() {
    use careerlens_engine::role_change::is_human_bottleneck_group;
    assert!(is_human_bottleneck_group("S3"));
    assert!(is_human_bottleneck_group("S1.2.3"));
    assert!(!is_human_bottleneck_group("S5.1"));
    assert!(!is_human_bottleneck_group("S10"), "S10 is not S1");
    assert!(!is_human_bottleneck_group(""));
}
