//! Picks the data that the profile page's descriptive sections show: key responsibilities, a
//! typical day, the work styles the quick fit questions ask about, and skills beyond the technical.
//! Every rule is deterministic, so a profile reads the same on every visit.

use crate::model::{DetailSkill, OccupationDetail, OnetOccupation, Rated, ReuseLevel, SkillKind};
use crate::text::sentence_case;

pub mod basis;
mod duties;
pub mod faq;
pub mod matching;

/// The time slots of the illustrative typical day.
pub const DAY_SLOTS: [&str; 6] = ["09:00", "10:30", "12:00", "14:00", "15:30", "17:00"];

/// Where a line of the profile's text comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// An O*NET task statement of the mapped O*NET occupation with this code.
    OnetTask { code: String },
    /// An essential ESCO skill.
    EscoSkill,
    /// A duty the ESCO description states.
    EscoDescription,
}

/// A line of text with its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sourced {
    pub text: String,
    pub source: Source,
}

/// Task statements of the mapped O*NET occupations without repeats. An occupation that
/// matches clearly best ([`matching::ranked_onet`]) gives all its tasks first; the others follow
/// interleaved, best match first, so that each contributes in turn (core tasks first, as the
/// chunk stores them).
fn ranked_tasks(detail: &OccupationDetail) -> Vec<Sourced> {
    let (ranked, qualities): (Vec<&OnetOccupation>, Vec<f32>) =
        matching::ranked_matches(&detail.title, &detail.alt_labels, &detail.onet)
            .into_iter()
            .unzip();
    let clear_best = matching::is_clear_best(&qualities);
    let (first, rest) = if clear_best {
        ranked.split_at(1)
    } else {
        ranked.split_at(0)
    };
    let mut lines: Vec<Sourced> = Vec::new();
    let mut push = |onet: &OnetOccupation, text: &str| {
        if lines.iter().all(|line| line.text != text) {
            lines.push(Sourced {
                text: text.to_owned(),
                source: Source::OnetTask {
                    code: onet.code.clone(),
                },
            });
        }
    };
    for onet in first {
        for task in &onet.tasks {
            push(onet, &task.text);
        }
    }
    let longest = rest.iter().map(|o| o.tasks.len()).max().unwrap_or(0);
    for position in 0..longest {
        for onet in rest {
            if let Some(task) = onet.tasks.get(position) {
                push(onet, &task.text);
            }
        }
    }
    lines
}

/// Essential skills (not knowledge), as sentences: ESCO labels them as verb phrases
/// ("ensure information privacy"), so a capital letter makes them read as duties.
fn essential_skill_lines(detail: &OccupationDetail) -> Vec<Sourced> {
    detail
        .essential
        .iter()
        .filter(|skill| skill.kind == Some(SkillKind::Skill))
        .map(|skill| Sourced {
            text: sentence_case(&skill.label),
            source: Source::EscoSkill,
        })
        .collect()
}

/// The O*NET tasks and essential ESCO skills the responsibilities and the typical day draw on.
fn task_material(detail: &OccupationDetail) -> Vec<Sourced> {
    ranked_tasks(detail)
        .into_iter()
        .chain(essential_skill_lines(detail))
        .collect()
}

fn stated_duties(detail: &OccupationDetail) -> Vec<Sourced> {
    duties::description_duties(&detail.description, &detail.title)
        .into_iter()
        .map(|text| Sourced {
            text,
            source: Source::EscoDescription,
        })
        .collect()
}

/// Up to `limit` key responsibilities: the duties the ESCO description states, then O*NET tasks
/// (the best-named mapped occupation first), topped up with essential ESCO skills.
pub fn key_responsibilities(detail: &OccupationDetail, limit: usize) -> Vec<Sourced> {
    stated_duties(detail)
        .into_iter()
        .chain(task_material(detail))
        .take(limit)
        .collect()
}

/// The illustrative typical day: one task per slot of [`DAY_SLOTS`]. It continues after the
/// tasks the key responsibilities showed where there is enough material, so the two sections do
/// not repeat each other.
pub fn typical_day(
    detail: &OccupationDetail,
    responsibilities_shown: usize,
) -> Vec<(&'static str, Sourced)> {
    let material = task_material(detail);
    let shown = responsibilities_shown.saturating_sub(stated_duties(detail).len());
    let skip = if material.len() >= shown + DAY_SLOTS.len() {
        shown
    } else {
        material.len().saturating_sub(DAY_SLOTS.len())
    };
    DAY_SLOTS
        .iter()
        .copied()
        .zip(material.into_iter().skip(skip))
        .collect()
}

/// The `n` most important work styles, by importance, ties by name.
pub fn top_work_styles(detail: &OccupationDetail, n: usize) -> Vec<&Rated> {
    let mut styles: Vec<&Rated> = detail.work_styles.iter().collect();
    styles.sort_by(|a, b| {
        b.value
            .total_cmp(&a.value)
            .then_with(|| a.name.cmp(&b.name))
    });
    styles.truncate(n);
    styles
}

/// Essential skills that carry across jobs (ESCO transversal or cross-sector skills, not
/// knowledge): the skills beyond the technical that the FAQ names.
pub fn transferable_skills(detail: &OccupationDetail) -> Vec<&DetailSkill> {
    detail
        .essential
        .iter()
        .filter(|skill| skill.kind == Some(SkillKind::Skill))
        .filter(|skill| {
            matches!(
                skill.reuse,
                Some(ReuseLevel::Transversal) | Some(ReuseLevel::CrossSector)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{OnetOccupation, Task};

    fn skill(id: u32, label: &str, kind: SkillKind, reuse: Option<ReuseLevel>) -> DetailSkill {
        DetailSkill {
            id,
            label: label.to_owned(),
            kind: Some(kind),
            reuse,
            description: None,
        }
    }

    fn onet(code: &str, tasks: &[&str]) -> OnetOccupation {
        OnetOccupation {
            code: code.to_owned(),
            title: format!("O*NET {code}"),
            tasks: tasks
                .iter()
                .map(|text| Task {
                    text: text.to_string(),
                    core: true,
                })
                .collect(),
            tasks_total: tasks.len() as u32,
            confirmed: false,
        }
    }

    fn rated(name: &str, value: f32) -> Rated {
        Rated {
            name: name.to_owned(),
            value,
        }
    }

    fn detail(onet: Vec<OnetOccupation>, essential: Vec<DetailSkill>) -> OccupationDetail {
        OccupationDetail {
            schema_version: crate::model::SCHEMA_VERSION,
            id: "id".to_owned(),
            slug: "slug".to_owned(),
            title: "title".to_owned(),
            description: String::new(),
            alt_labels: vec![],
            isco: "2529".to_owned(),
            isco_label: String::new(),
            category: "Digital Technology".to_owned(),
            essential,
            optional: vec![],
            onet,
            interests: vec![],
            work_styles: vec![
                rated("Integrity", 4.2),
                rated("Attention to Detail", 4.6),
                rated("Dependability", 4.6),
                rated("Innovation", 3.1),
            ],
            work_values: vec![],
            job_zone: None,
            education: None,
            technology: vec![],
            technology_total: 0,
            ai: None,
            scores: None,
            similar: Vec::new(),
            closest_lacks: Vec::new(),
            progression: Vec::new(),
            lateral: Vec::new(),
        }
    }

    #[test]
    fn responsibilities_take_mapped_occupations_in_turn_without_repeats() {
        let detail = detail(
            vec![
                onet("A", &["a1", "shared", "a3"]),
                onet("B", &["b1", "shared"]),
            ],
            vec![],
        );
        let texts: Vec<String> = key_responsibilities(&detail, 10)
            .into_iter()
            .map(|line| line.text)
            .collect();
        // Round 1: a1, b1; round 2: shared (from A), then B's "shared" is a repeat; round 3: a3.
        assert_eq!(texts, ["a1", "b1", "shared", "a3"]);
    }

    #[test]
    fn the_clearly_best_named_occupation_gives_its_tasks_first() {
        let mut biomass = onet("A", &["a1", "a2"]);
        biomass.title = "Biomass Power Plant Managers".to_owned();
        let mut nuclear = onet("B", &["b1", "b2"]);
        nuclear.title = "Nuclear Technicians".to_owned();
        let mut detail = detail(vec![biomass, nuclear], vec![]);
        detail.title = "nuclear technician".to_owned();
        let texts: Vec<String> = key_responsibilities(&detail, 10)
            .into_iter()
            .map(|line| line.text)
            .collect();
        assert_eq!(texts, ["b1", "b2", "a1", "a2"]);
    }

    #[test]
    fn the_descriptions_duties_come_first_and_the_day_skips_only_the_tasks_shown() {
        let tasks: Vec<String> = (1..=12).map(|n| format!("t{n}")).collect();
        let refs: Vec<&str> = tasks.iter().map(String::as_str).collect();
        let mut detail = detail(vec![onet("A", &refs)], vec![]);
        detail.title = "sommelier".to_owned();
        detail.description =
            "Sommeliers manage wine cellars. They also advise guests on wine.".to_owned();
        let lines = key_responsibilities(&detail, 5);
        let texts: Vec<&str> = lines.iter().map(|line| line.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Manage wine cellars.",
                "Advise guests on wine.",
                "t1",
                "t2",
                "t3"
            ]
        );
        assert_eq!(lines[0].source, Source::EscoDescription);
        // Five shown, two of them duties: the day starts after the three tasks shown.
        let day: Vec<String> = typical_day(&detail, 5)
            .into_iter()
            .map(|(_, line)| line.text)
            .collect();
        assert_eq!(day, ["t4", "t5", "t6", "t7", "t8", "t9"]);
    }

    #[test]
    fn responsibilities_top_up_with_essential_skills_but_not_knowledge() {
        let detail = detail(
            vec![onet("A", &["a1"])],
            vec![
                skill(1, "cyber security", SkillKind::Knowledge, None),
                skill(2, "ensure information privacy", SkillKind::Skill, None),
            ],
        );
        let lines = key_responsibilities(&detail, 3);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].text, "Ensure information privacy");
        assert_eq!(lines[1].source, Source::EscoSkill);
        assert_eq!(
            lines[0].source,
            Source::OnetTask {
                code: "A".to_owned()
            }
        );
    }

    #[test]
    fn the_typical_day_continues_after_the_responsibilities_when_there_is_enough() {
        let tasks: Vec<String> = (1..=12).map(|n| format!("t{n}")).collect();
        let refs: Vec<&str> = tasks.iter().map(String::as_str).collect();
        let detail = detail(vec![onet("A", &refs)], vec![]);
        let day = typical_day(&detail, 5);
        let texts: Vec<&str> = day.iter().map(|(_, line)| line.text.as_str()).collect();
        // 12 tasks >= 5 shown + 6 slots: the day starts at the sixth task.
        assert_eq!(texts, ["t6", "t7", "t8", "t9", "t10", "t11"]);
        assert_eq!(day[0].0, "09:00");
        assert_eq!(day[5].0, "17:00");
    }

    #[test]
    fn a_short_task_list_fills_the_day_from_its_end() {
        let detail = detail(
            vec![onet("A", &["t1", "t2", "t3", "t4", "t5", "t6", "t7"])],
            vec![],
        );
        let texts: Vec<String> = typical_day(&detail, 5)
            .into_iter()
            .map(|(_, line)| line.text)
            .collect();
        // 7 < 5 + 6, so skip 7 - 6 = 1 and show the last six.
        assert_eq!(texts, ["t2", "t3", "t4", "t5", "t6", "t7"]);
    }

    #[test]
    fn top_work_styles_sort_by_importance_then_name() {
        let detail = detail(vec![], vec![]);
        let names: Vec<&str> = top_work_styles(&detail, 3)
            .into_iter()
            .map(|rated| rated.name.as_str())
            .collect();
        assert_eq!(names, ["Attention to Detail", "Dependability", "Integrity"]);
    }

    #[test]
    fn transferable_skills_are_transversal_or_cross_sector_skills() {
        let detail = detail(
            vec![],
            vec![
                skill(
                    1,
                    "lead a team",
                    SkillKind::Skill,
                    Some(ReuseLevel::CrossSector),
                ),
                skill(
                    2,
                    "think critically",
                    SkillKind::Skill,
                    Some(ReuseLevel::Transversal),
                ),
                skill(
                    3,
                    "apply firewall rules",
                    SkillKind::Skill,
                    Some(ReuseLevel::SectorSpecific),
                ),
                skill(
                    4,
                    "ethics",
                    SkillKind::Knowledge,
                    Some(ReuseLevel::Transversal),
                ),
                skill(5, "unlabelled", SkillKind::Skill, None),
            ],
        );
        let ids: Vec<u32> = transferable_skills(&detail)
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(ids, [1, 2]);
    }
}
