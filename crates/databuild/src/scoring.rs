//! Filling the engine's score inputs from the joined sources, and writing its results (scores,
//! the "how AI may change this role" picks as text, fitted values) into the dataset.

use std::collections::BTreeMap;

use careerlens_engine::exposure::{LabelledTask, TaskType};
use careerlens_engine::megatrends::CollectionShares;
use careerlens_engine::model::{
    AiAnalysis, AnchorKind, DetailSkill, ExposedTask, OccupationScores, PeopleAnchorText,
    SkillDictionary,
};
use careerlens_engine::resilience::HumanJudgementInputs;
use careerlens_engine::role_change::{
    PeopleAnchor, RoleSkill, RoleTask, is_human_bottleneck_group, role_change,
};
use careerlens_engine::scorecard::{OccupationScoreInputs, ScoreCard, ScoredSet};
use careerlens_engine::stats::mean_present;
use careerlens_engine::stats::round1;
use careerlens_engine::vectors::{
    ActivityShares, EscoGroupShares, FINGER_DEXTERITY, MANUAL_DEXTERITY, activity_ratings,
    activity_shares,
};

use crate::ai::{AiSources, mean_of, soc_of};
use crate::build::Report;
use crate::esco::Esco;
use crate::onet::Onet;

/// What the role-change picks are resolved against: the occupation's tasks and skills in the
/// order given to [`role_change`], with their texts.
#[derive(Default)]
pub(crate) struct RoleInputs {
    tasks: Vec<RoleTask>,
    task_texts: Vec<String>,
    skills: Vec<RoleSkill>,
    skill_labels: Vec<String>,
    labelled_tasks: u32,
}

/// The sources every occupation's inputs are drawn from.
pub(crate) struct Context<'a> {
    pub esco: &'a Esco,
    pub onet: &'a Onet,
    pub ai: &'a AiSources,
    pub skills: &'a SkillDictionary,
}

/// One occupation's own data, as the build loop has it.
pub(crate) struct Occupation<'a> {
    /// ESCO URI.
    pub uri: &'a str,
    /// ISCO-08 unit group.
    pub isco: &'a str,
    /// Mapped O*NET-SOC codes, best match first.
    pub codes: &'a [&'a str],
    /// The first code matches clearly best.
    pub clear_best: bool,
    /// Skill ids (essential and optional).
    pub skill_ids: Vec<u32>,
    /// URIs of the same skills (for the collections).
    pub skill_uris: Vec<&'a str>,
    /// Essential then optional skills in display order (for the people anchor).
    pub display_skills: Vec<(&'a DetailSkill, bool)>,
    /// Mean work-style importances of the codes, order of `onet.work_styles.names`.
    pub work_styles: Option<&'a [f32]>,
    /// Mean job zone.
    pub job_zone: Option<f32>,
    /// Distinct technology skills over the codes.
    pub technology_total: u32,
}

/// Mean of an element's importance over the codes that rate it.
fn mean_element(
    table: &BTreeMap<String, BTreeMap<String, f64>>,
    codes: &[&str],
    id: &str,
) -> Option<f64> {
    let values: Vec<f64> = codes
        .iter()
        .filter_map(|c| table.get(*c).and_then(|m| m.get(id)).copied())
        .collect();
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The skills-pillar group of a skill at the first level below the root `S` (e.g. `S1`), if
/// its path has one (knowledge and transversal skills sit under other roots).
fn top_group(skills: &SkillDictionary, id: u32) -> Option<&str> {
    let s = skills.skills.get(id as usize)?;
    s.path
        .iter()
        .filter_map(|&g| skills.groups.get(g as usize))
        .map(|g| g.code.as_str())
        .find(|code| {
            code.strip_prefix('S')
                .is_some_and(|rest| rest.len() == 1 && rest.as_bytes()[0].is_ascii_digit())
        })
}

/// Shares of the skills under each top-level group; `None` without skills.
pub(crate) fn esco_group_shares(skills: &SkillDictionary, ids: &[u32]) -> Option<EscoGroupShares> {
    if ids.is_empty() {
        return None;
    }
    let share = |code: &str| {
        ids.iter()
            .filter(|&&id| top_group(skills, id) == Some(code))
            .count() as f64
            / ids.len() as f64
    };
    Some(EscoGroupShares {
        s1_communication_collaboration_creativity: share("S1"),
        s3_assisting_caring: share("S3"),
        s4_management: share("S4"),
        s5_working_with_computers: share("S5"),
        s6_handling_moving: share("S6"),
        s7_constructing: share("S7"),
        s8_machinery: share("S8"),
    })
}

/// Whether any group on the skill's path is a human bottleneck (S1, S3 or S4).
fn is_bottleneck(skills: &SkillDictionary, id: u32) -> bool {
    skills.skills.get(id as usize).is_some_and(|s| {
        s.path.iter().any(|&g| {
            skills
                .groups
                .get(g as usize)
                .is_some_and(|g| is_human_bottleneck_group(&g.code))
        })
    })
}

/// The engine inputs and role-change inputs of one occupation.
pub(crate) fn inputs(
    ctx: &Context<'_>,
    occ: &Occupation<'_>,
) -> (OccupationScoreInputs, RoleInputs) {
    let mut labelled = Vec::new();
    let mut role = RoleInputs::default();
    let mut activities: Vec<Vec<String>> = Vec::new();
    for (rank, &code) in occ.codes.iter().enumerate() {
        let from_best_match = occ.clear_best && rank == 0;
        let Some(tasks) = ctx.onet.tasks.get(code) else {
            continue;
        };
        let mut tasks: Vec<_> = tasks.iter().collect();
        tasks.sort_by_key(|t| (!t.core, t.id));
        for t in tasks {
            let key = (code.to_string(), t.id);
            let task_type = if t.core {
                TaskType::Core
            } else {
                TaskType::Supplemental
            };
            let label = ctx.ai.task_labels.get(&key);
            if let Some(l) = label {
                labelled.push(LabelledTask {
                    label: l.label,
                    task_type,
                });
            }
            // Two mapped codes can share a task statement word for word; the profile names
            // each statement once, where it first occurs (best match first).
            if !role.task_texts.contains(&t.text) {
                role.tasks.push(RoleTask {
                    task_type,
                    beta: label.map(|l| l.label.beta()),
                    automation: label.map(|l| l.automation),
                    from_best_match,
                });
                role.task_texts.push(t.text.clone());
            }
            activities.push(
                ctx.onet
                    .task_activities
                    .get(&key)
                    .cloned()
                    .unwrap_or_default(),
            );
        }
    }
    role.labelled_tasks = labelled.len() as u32;
    for (s, essential) in &occ.display_skills {
        role.skills.push(RoleSkill {
            essential: *essential,
            human_bottleneck: is_bottleneck(ctx.skills, s.id),
        });
        role.skill_labels.push(s.label.clone());
    }

    let socs: Vec<&str> = occ.codes.iter().map(|c| soc_of(c)).collect();
    let ws_names = &ctx.onet.work_styles.names;
    let work_style = |name: &str| {
        let i = ws_names.iter().position(|n| n == name)?;
        occ.work_styles
            .and_then(|v| v.get(i))
            .map(|&v| (f64::from(v) * 100.0).round() / 100.0)
    };
    let skill = |id: &str| mean_element(&ctx.onet.skills, occ.codes, id);
    let knowledge = |id: &str| mean_element(&ctx.onet.knowledge, occ.codes, id);
    let work_activity = |id: &str| mean_element(&ctx.onet.work_activities, occ.codes, id);
    let ability = |id: &str| mean_element(&ctx.onet.abilities, occ.codes, id);
    let dexterity = mean_present(&[ability(MANUAL_DEXTERITY.0), ability(FINGER_DEXTERITY.0)]);
    let n = occ.skill_uris.len();
    let collection = |set: &std::collections::BTreeSet<String>| {
        occ.skill_uris.iter().filter(|u| set.contains(**u)).count() as f64 / n as f64
    };
    let inputs = OccupationScoreInputs {
        isco_code: occ.isco.to_string(),
        exposure: careerlens_engine::exposure::ExposureInputs {
            tasks: labelled,
            occupation_beta: mean_of(&ctx.ai.occupation_beta, occ.codes.iter().copied()),
            microsoft_applicability: mean_of(&ctx.ai.microsoft, socs.iter().copied()),
            anthropic_observed: mean_of(&ctx.ai.anthropic, socs.iter().copied()),
        },
        activity_ratings: activity_ratings(work_activity),
        activities: activity_shares(&activities),
        dexterity,
        technology_skill_count: (occ.technology_total > 0).then_some(occ.technology_total),
        esco_groups: esco_group_shares(ctx.skills, &occ.skill_ids),
        human: HumanJudgementInputs {
            concern_for_others: work_style("Concern for Others"),
            social_orientation: work_style("Social Orientation"),
            cooperation: work_style("Cooperation"),
            social_perceptiveness: skill("2.B.1.a"),
            assisting_and_caring: work_activity("4.A.4.a.5"),
            leadership: work_style("Leadership"),
            negotiation: skill("2.B.1.d"),
            persuasion: skill("2.B.1.c"),
            innovation: work_style("Innovation"),
            judgment_and_decision_making: skill("2.B.4.e"),
            originality: ability("1.A.1.b.2"),
            fine_arts: knowledge("2.C.7.c"),
            finger_dexterity: ability(FINGER_DEXTERITY.0),
            manual_dexterity: ability(MANUAL_DEXTERITY.0),
            esco_s1_s3_s4_share: None,
        },
        collections: (n > 0).then(|| CollectionShares {
            digital: collection(&ctx.esco.digital_skills),
            green: collection(&ctx.esco.green_skills),
            research: collection(&ctx.esco.research_skills),
        }),
        in_research_occupations: ctx.esco.research_occupations.contains(occ.uri),
        job_zone: occ.job_zone.map(f64::from),
        foreign_language_knowledge: knowledge("2.C.7.b"),
        transportation_knowledge: knowledge("2.C.10"),
    };
    (inputs, role)
}

fn pct(v: Option<f64>) -> Option<f32> {
    v.map(|x| round1(x * 100.0) as f32)
}

/// The index scores of a card.
pub(crate) fn scores(card: &ScoreCard) -> OccupationScores {
    let v = card.vectors;
    OccupationScores {
        ai_exposure: card.exposure.percent().map(|p| p as f32),
        exposure_basis: card.exposure.basis,
        resilience: card.resilience.map(|r| r.score as f32),
        analytical_ai: v.analytical_ai.map(|x| x as f32),
        generative_ai: v.generative_ai.map(|x| x as f32),
        workflow_automation: v.workflow_automation.map(|x| x as f32),
        physical_automation: v.physical_automation.map(|x| x as f32),
        megatrends: card.megatrends.map(|m| m.map(|x| x as f32)),
        fallback_vectors: card.fallback_vectors.0.clone(),
        vector_basis: card.fallback_vectors.1,
        resilience_basis: card.resilience_basis.1,
        resilience_evidence: (card.resilience_basis.0 < 1.0)
            .then(|| ((card.resilience_basis.0 * 100.0).round() / 100.0) as f32),
        weak_match: false,
    }
}

/// The detail chunk's analysis of a card, with the role-change picks resolved to text.
pub(crate) fn analysis(
    card: &ScoreCard,
    input: &OccupationScoreInputs,
    role: &RoleInputs,
) -> AiAnalysis {
    let rc = role_change(&role.tasks, &role.skills, &card.vectors);
    let c = card.exposure.components;
    let shares = |a: ActivityShares| {
        [a.analytical, a.generative, a.workflow, a.physical].map(|x| round1(x * 100.0) as f32)
    };
    AiAnalysis {
        basis: card.exposure.basis,
        eloundou: pct(c.eloundou_beta),
        microsoft: pct(c.microsoft),
        anthropic: pct(c.anthropic),
        labelled_tasks: role.labelled_tasks,
        people_anchor: rc.people_anchor.map(|a| match a {
            PeopleAnchor::Task(i) => PeopleAnchorText {
                kind: AnchorKind::Task,
                text: role.task_texts[i].clone(),
            },
            PeopleAnchor::Skill(i) => PeopleAnchorText {
                kind: AnchorKind::Skill,
                text: role.skill_labels[i].clone(),
            },
        }),
        copilot_tasks: rc
            .copilot_tasks
            .iter()
            .map(|&i| role.task_texts[i].clone())
            .collect(),
        most_exposed_tasks: rc
            .most_exposed_tasks
            .iter()
            .map(|&i| ExposedTask {
                text: role.task_texts[i].clone(),
                beta: role.tasks[i].beta.unwrap_or(0.0) as f32,
            })
            .collect(),
        strongest_vector: rc.strongest_vector.map(|(v, s)| (v, s as f32)),
        activity_shares: input.activities.map(shares),
        technology_skills: input.technology_skill_count,
        human_judgement: card.resilience.and_then(|r| pct(r.human_judgement)),
        automation_pressure: card.resilience.and_then(|r| pct(r.automation_pressure)),
    }
}

/// Notes and manifest counts: occupations with each score, and with each exposure basis.
pub(crate) fn report_coverage(
    scored: &ScoredSet,
    report: &mut Report,
    count: &mut impl FnMut(&str, usize),
) {
    let cards = &scored.cards;
    let with = |f: &dyn Fn(&ScoreCard) -> bool| cards.iter().filter(|c| f(c)).count();
    let parts = [
        ("ai_exposure", with(&|c| c.exposure.share.is_some())),
        ("resilience", with(&|c| c.resilience.is_some())),
        (
            "analytical_ai",
            with(&|c| c.vectors.analytical_ai.is_some()),
        ),
        (
            "generative_ai",
            with(&|c| c.vectors.generative_ai.is_some()),
        ),
        (
            "workflow_automation",
            with(&|c| c.vectors.workflow_automation.is_some()),
        ),
        (
            "physical_automation",
            with(&|c| c.vectors.physical_automation.is_some()),
        ),
        (
            "megatrends",
            with(&|c| c.megatrends.iter().all(Option::is_some)),
        ),
    ];
    for (name, n) in parts {
        count(&format!("scored_{name}"), n);
    }
    let mut bases: BTreeMap<String, usize> = BTreeMap::new();
    for c in cards {
        let name = serde_json::to_value(c.exposure.basis)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        *bases.entry(name).or_default() += 1;
    }
    for (basis, n) in &bases {
        count(&format!("exposure_basis_{basis}"), *n);
    }
    report.note(format!(
        "scores of {} occupations: {}; exposure basis: {}",
        cards.len(),
        parts
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", "),
        bases
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
}

/// Notes the saturation points and scales fitted on the whole set, as /methodology shows them.
pub(crate) fn report_fit(scored: &ScoredSet, report: &mut Report) {
    let s = scored.vector_fit.saturations;
    report.note(format!(
        "fitted saturations: analytical share {:.3}, generative share {:.3}, workflow share {:.3}, \
         physical share {:.3}, ESCO S5 {:.3}, ESCO S6-S8 {:.3}, ESCO S1+S3+S4 {:.3}, ESCO S3 {:.3}, \
         ESCO S7 {:.3}, technology skills {:.1}",
        s.analytical_share,
        s.generative_share,
        s.workflow_share,
        s.physical_share,
        s.esco_s5,
        s.esco_manual,
        scored.human_scales.esco_share_saturation,
        s.esco_s3,
        s.esco_s7,
        s.tech_skills
    ));
}
