//! "How AI may change this role": picks the tasks and skill named on the profile, each by a
//! fixed rule with tie-breaks so the same data always names the same tasks.
//!
//! Rules, in the order applied:
//! 1. Most exposed: up to [`MAX_MOST_EXPOSED`] tasks with beta >= [`MOST_EXPOSED_MIN_BETA`],
//!    by beta (high first), automation level (high first), core before supplemental, index.
//! 2. Co-pilot: from the remaining tasks with beta > 0 and automation level <=
//!    [`COPILOT_MAX_AUTOMATION`] (AI assists, a person stays in the loop), up to
//!    [`MAX_COPILOT`] by core first, beta (high first), automation (low first), index.
//! 3. Depends on people: the unexposed task (beta 0) ordered core first, automation (low first),
//!    index; if every task is exposed, the first essential skill flagged as a human bottleneck,
//!    else the first flagged skill.
//! 4. Strongest driver: the highest of the four exposure vectors (ties: display order).
//!
//! An unknown automation level counts as [`UNKNOWN_AUTOMATION`], the midpoint of the scale.

use crate::exposure::TaskType;
use crate::vectors::{ExposureVector, ExposureVectors};

/// ESCO skill-group codes whose skills count as human bottlenecks: S1 communication,
/// collaboration and creativity; S3 assisting and caring; S4 management.
pub const HUMAN_BOTTLENECK_SKILL_GROUPS: [&str; 3] = ["S1", "S3", "S4"];

/// Whether a skill under this ESCO skill-group code (e.g. `S3.2.1`) is a human bottleneck.
pub fn is_human_bottleneck_group(code: &str) -> bool {
    HUMAN_BOTTLENECK_SKILL_GROUPS.iter().any(|g| {
        code == *g
            || code
                .strip_prefix(g)
                .is_some_and(|rest| rest.starts_with('.'))
    })
}

/// Tasks shown as most exposed, at most.
pub const MAX_MOST_EXPOSED: usize = 3;
/// Tasks shown as co-pilot tasks, at most.
pub const MAX_COPILOT: usize = 3;
/// Lowest task beta that counts as exposed enough to be "most exposed" (an E2 task has 0.5).
pub const MOST_EXPOSED_MIN_BETA: f64 = 0.5;
/// Highest automation level (Eloundou T0-T4 as 0, 0.25, ..., 1) still counted as co-pilot work.
pub const COPILOT_MAX_AUTOMATION: f64 = 0.5;
/// Automation level assumed when a task has none.
pub const UNKNOWN_AUTOMATION: f64 = 0.5;

/// One task of the occupation, in the caller's order (the index is the final tie-break).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RoleTask {
    /// Core or supplemental.
    pub task_type: TaskType,
    /// Eloundou beta of the task (0, 0.5 or 1); `None` if unlabelled (never picked).
    pub beta: Option<f64>,
    /// Eloundou automation level (`automation` column, 0-1); `None` if unknown.
    pub automation: Option<f64>,
    /// The task belongs to the O*NET occupation that matches clearly best
    /// ([`crate::narrative::matching`]): "what still depends on people" is drawn from those
    /// tasks first.
    pub from_best_match: bool,
}

/// One skill of the occupation, in the caller's display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoleSkill {
    /// Essential (rather than optional) for the occupation.
    pub essential: bool,
    /// The skill sits in a human-bottleneck group (ESCO S1, S3 or S4).
    pub human_bottleneck: bool,
}

/// What most depends on people: an index into the tasks or the skills given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeopleAnchor {
    /// Index into the tasks.
    Task(usize),
    /// Index into the skills.
    Skill(usize),
}

/// The picks for the "How AI may change this role" section; task lists hold task indices.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoleChange {
    /// The task or skill that most depends on people.
    pub people_anchor: Option<PeopleAnchor>,
    /// Tasks where AI is most likely a co-pilot.
    pub copilot_tasks: Vec<usize>,
    /// The most exposed tasks.
    pub most_exposed_tasks: Vec<usize>,
    /// The strongest exposure vector and its score.
    pub strongest_vector: Option<(ExposureVector, f64)>,
}

fn automation(t: &RoleTask) -> f64 {
    t.automation.unwrap_or(UNKNOWN_AUTOMATION)
}

fn core_first(t: &RoleTask) -> u8 {
    match t.task_type {
        TaskType::Core => 0,
        TaskType::Supplemental => 1,
    }
}

/// Applies the rules of the module docs.
pub fn role_change(
    tasks: &[RoleTask],
    skills: &[RoleSkill],
    vectors: &ExposureVectors,
) -> RoleChange {
    let labelled: Vec<(usize, &RoleTask, f64)> = tasks
        .iter()
        .enumerate()
        .filter_map(|(i, t)| t.beta.map(|b| (i, t, b)))
        .collect();

    let mut exposed: Vec<&(usize, &RoleTask, f64)> = labelled
        .iter()
        .filter(|(_, _, b)| *b >= MOST_EXPOSED_MIN_BETA)
        .collect();
    exposed.sort_by(|a, b| {
        b.2.total_cmp(&a.2)
            .then(automation(b.1).total_cmp(&automation(a.1)))
            .then(core_first(a.1).cmp(&core_first(b.1)))
            .then(a.0.cmp(&b.0))
    });
    let most_exposed_tasks: Vec<usize> = exposed
        .iter()
        .take(MAX_MOST_EXPOSED)
        .map(|(i, _, _)| *i)
        .collect();

    let mut copilot: Vec<&(usize, &RoleTask, f64)> = labelled
        .iter()
        .filter(|(i, t, b)| {
            *b > 0.0 && automation(t) <= COPILOT_MAX_AUTOMATION && !most_exposed_tasks.contains(i)
        })
        .collect();
    copilot.sort_by(|a, b| {
        core_first(a.1)
            .cmp(&core_first(b.1))
            .then(b.2.total_cmp(&a.2))
            .then(automation(a.1).total_cmp(&automation(b.1)))
            .then(a.0.cmp(&b.0))
    });
    let copilot_tasks = copilot
        .iter()
        .take(MAX_COPILOT)
        .map(|(i, _, _)| *i)
        .collect();

    let people_task = labelled
        .iter()
        .filter(|(_, _, b)| *b <= 0.0)
        .min_by(|a, b| {
            b.1.from_best_match
                .cmp(&a.1.from_best_match)
                .then(core_first(a.1).cmp(&core_first(b.1)))
                .then(automation(a.1).total_cmp(&automation(b.1)))
                .then(a.0.cmp(&b.0))
        })
        .map(|(i, _, _)| PeopleAnchor::Task(*i));
    let people_skill = || {
        let flagged = |essential_only: bool| {
            skills
                .iter()
                .position(|s| s.human_bottleneck && (s.essential || !essential_only))
        };
        flagged(true)
            .or_else(|| flagged(false))
            .map(PeopleAnchor::Skill)
    };

    RoleChange {
        people_anchor: people_task.or_else(people_skill),
        copilot_tasks,
        most_exposed_tasks,
        strongest_vector: vectors.strongest(),
    }
}
