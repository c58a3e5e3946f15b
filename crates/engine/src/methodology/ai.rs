//! Methodology sections on AI exposure, its four vectors and the role-change picks.

use super::{FittedValues, MethodSection, c, num};
use crate::attribution;
use crate::exposure as ex;
use crate::role_change as rc;
use crate::vectors as vc;

pub(super) fn exposure_section(fitted: &FittedValues) -> MethodSection {
    let scale = |s: Option<crate::stats::MinMaxScale>| match s {
        Some(s) => format!("from {} to {}", num(s.min), num(s.max)),
        None => "not yet fitted".to_string(),
    };
    MethodSection {
        id: "ai-exposure",
        title: "AI exposure",
        paragraphs: vec![
            format!(
                "Each O*NET task mapped to the occupation carries a label from Eloundou et al.: \
                 E0 (an LLM would not halve the time), E1 (directly exposed) or E2 (exposed once \
                 software is built on an LLM). A task scores {} for E1, {} for E2 and 0 for E0. \
                 Core tasks count {} times, supplemental tasks {} time(s).",
                num(ex::BETA_E1),
                num(ex::BETA_E2),
                num(ex::CORE_TASK_WEIGHT),
                num(ex::SUPPLEMENTAL_TASK_WEIGHT)
            ),
            format!(
                "This task mean is blended with Microsoft's AI applicability score and \
                 Anthropic's observed exposure, weights {}, {} and {}, renormalised over the \
                 sources an occupation has. Both usage scores are min-max scaled across \
                 occupations (Microsoft {}, Anthropic {}), so 0 stays \"no observed use\"; a \
                 percentile rank would lift the many occupations with no observed use to a \
                 middling value.",
                num(ex::WEIGHT_ELOUNDOU),
                num(ex::WEIGHT_MICROSOFT),
                num(ex::WEIGHT_ANTHROPIC),
                scale(fitted.exposure_scales.microsoft),
                scale(fitted.exposure_scales.anthropic)
            ),
            "Without task labels, the occupation-level Eloundou beta of the mapped O*NET \
             occupations is used; without any AI data, the mean of the occupation's ISCO unit \
             group, else of its ISCO minor group. The profile says which."
                .to_string(),
        ],
        formula: format!(
            "beta = sum(w x b) / sum(w), w = {} core, {} supplemental; exposure = 100 x \
             ({} beta + {} microsoft + {} anthropic) / (sum of weights present)",
            num(ex::CORE_TASK_WEIGHT),
            num(ex::SUPPLEMENTAL_TASK_WEIGHT),
            num(ex::WEIGHT_ELOUNDOU),
            num(ex::WEIGHT_MICROSOFT),
            num(ex::WEIGHT_ANTHROPIC)
        ),
        constants: vec![
            c("BETA_E1", ex::BETA_E1, "task score of an E1 task"),
            c("BETA_E2", ex::BETA_E2, "task score of an E2 task"),
            c(
                "CORE_TASK_WEIGHT",
                ex::CORE_TASK_WEIGHT,
                "weight of a core task",
            ),
            c(
                "SUPPLEMENTAL_TASK_WEIGHT",
                ex::SUPPLEMENTAL_TASK_WEIGHT,
                "weight of a supplemental task",
            ),
            c(
                "WEIGHT_ELOUNDOU",
                ex::WEIGHT_ELOUNDOU,
                "blend weight of the task labels",
            ),
            c(
                "WEIGHT_MICROSOFT",
                ex::WEIGHT_MICROSOFT,
                "blend weight of Microsoft's score",
            ),
            c(
                "WEIGHT_ANTHROPIC",
                ex::WEIGHT_ANTHROPIC,
                "blend weight of Anthropic's score",
            ),
        ],
        sources: vec![
            attribution::GPTS_ARE_GPTS.text,
            attribution::MICROSOFT_WORKING_WITH_AI.text,
            attribution::ANTHROPIC_ECONOMIC_INDEX.text,
            attribution::ONET.text,
        ],
    }
}

/// "Getting Information, Processing Information and ..." from a GWA list.
fn activity_names(list: &[vc::WorkActivity]) -> String {
    let names: Vec<&str> = list.iter().map(|(_, name)| *name).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => (*last).to_string(),
        None => String::new(),
    }
}

pub(super) fn vectors_section() -> MethodSection {
    MethodSection {
        id: "exposure-vectors",
        title: "Four kinds of AI exposure",
        paragraphs: vec![
            format!(
                "Each vector is a weighted mean of parts between 0 and 1, renormalised over the \
                 parts an occupation has. A task share is the share of its O*NET tasks linked to \
                 any of the vector's work activities, counted as full at a level about the 95th \
                 percentile of occupations reach; technology intensity is the number of O*NET \
                 technology skills, full at {}; ESCO shares are the share of its skills under the \
                 named ESCO skill groups, full at {} for S5 and {} for S6 to S8 together.",
                num(vc::TECH_SKILLS_SATURATION),
                num(vc::ESCO_S5_SATURATION),
                num(vc::ESCO_MANUAL_SATURATION)
            ),
            format!(
                "Analysis and prediction: {} x task share ({}; full at {}) + {} x Eloundou beta + \
                 {} x technology intensity.",
                num(vc::ANALYTICAL_W_ACTIVITIES),
                activity_names(vc::ANALYTICAL_ACTIVITIES),
                num(vc::ANALYTICAL_SHARE_SATURATION),
                num(vc::ANALYTICAL_W_BETA),
                num(vc::ANALYTICAL_W_TECH)
            ),
            format!(
                "Content generation and language models: {} x task share ({}; full at {}) + {} x \
                 Eloundou beta.",
                num(vc::GENERATIVE_W_ACTIVITIES),
                activity_names(vc::GENERATIVE_ACTIVITIES),
                num(vc::GENERATIVE_SHARE_SATURATION),
                num(vc::GENERATIVE_W_BETA)
            ),
            format!(
                "Workflow automation and decision support: {} x task share ({}; full at {}) + {} \
                 x ESCO S5 working with computers + {} x technology intensity.",
                num(vc::WORKFLOW_W_ACTIVITIES),
                activity_names(vc::WORKFLOW_ACTIVITIES),
                num(vc::WORKFLOW_SHARE_SATURATION),
                num(vc::WORKFLOW_W_ESCO_S5),
                num(vc::WORKFLOW_W_TECH)
            ),
            format!(
                "Physical automation and robotics: {} x task share ({}; full at {}) + {} x ESCO \
                 S6 handling and moving, S7 constructing and S8 working with machinery.",
                num(vc::PHYSICAL_W_ACTIVITIES),
                activity_names(vc::PHYSICAL_ACTIVITIES),
                num(vc::PHYSICAL_SHARE_SATURATION),
                num(vc::PHYSICAL_W_ESCO_MANUAL)
            ),
        ],
        formula: "vector = 100 x sum(weight x part) / sum(weight of parts present)".to_string(),
        constants: vec![
            c(
                "ANALYTICAL_SHARE_SATURATION",
                vc::ANALYTICAL_SHARE_SATURATION,
                "analytical task share counted as full",
            ),
            c(
                "GENERATIVE_SHARE_SATURATION",
                vc::GENERATIVE_SHARE_SATURATION,
                "generative task share counted as full",
            ),
            c(
                "WORKFLOW_SHARE_SATURATION",
                vc::WORKFLOW_SHARE_SATURATION,
                "workflow task share counted as full",
            ),
            c(
                "PHYSICAL_SHARE_SATURATION",
                vc::PHYSICAL_SHARE_SATURATION,
                "physical task share counted as full",
            ),
            c(
                "ESCO_S5_SATURATION",
                vc::ESCO_S5_SATURATION,
                "ESCO S5 share counted as full",
            ),
            c(
                "ESCO_MANUAL_SATURATION",
                vc::ESCO_MANUAL_SATURATION,
                "ESCO S6-S8 share counted as full",
            ),
            c(
                "TECH_SKILLS_SATURATION",
                vc::TECH_SKILLS_SATURATION,
                "technology skills counted as full",
            ),
            c(
                "ANALYTICAL_W_ACTIVITIES",
                vc::ANALYTICAL_W_ACTIVITIES,
                "analysis: task share",
            ),
            c(
                "ANALYTICAL_W_BETA",
                vc::ANALYTICAL_W_BETA,
                "analysis: Eloundou beta",
            ),
            c(
                "ANALYTICAL_W_TECH",
                vc::ANALYTICAL_W_TECH,
                "analysis: technology intensity",
            ),
            c(
                "GENERATIVE_W_ACTIVITIES",
                vc::GENERATIVE_W_ACTIVITIES,
                "generation: task share",
            ),
            c(
                "GENERATIVE_W_BETA",
                vc::GENERATIVE_W_BETA,
                "generation: Eloundou beta",
            ),
            c(
                "WORKFLOW_W_ACTIVITIES",
                vc::WORKFLOW_W_ACTIVITIES,
                "workflow: task share",
            ),
            c(
                "WORKFLOW_W_ESCO_S5",
                vc::WORKFLOW_W_ESCO_S5,
                "workflow: ESCO S5 share",
            ),
            c(
                "WORKFLOW_W_TECH",
                vc::WORKFLOW_W_TECH,
                "workflow: technology intensity",
            ),
            c(
                "PHYSICAL_W_ACTIVITIES",
                vc::PHYSICAL_W_ACTIVITIES,
                "physical: task share",
            ),
            c(
                "PHYSICAL_W_ESCO_MANUAL",
                vc::PHYSICAL_W_ESCO_MANUAL,
                "physical: ESCO S6-S8 share",
            ),
        ],
        sources: vec![
            attribution::ONET.text,
            attribution::GPTS_ARE_GPTS.text,
            attribution::ESCO.text,
        ],
    }
}

pub(super) fn role_change_section() -> MethodSection {
    MethodSection {
        id: "how-ai-may-change",
        title: "How AI may change a role",
        paragraphs: vec![format!(
            "Most exposed: up to {} tasks with a task score of at least {}, highest score first, \
             then highest automation level, core before supplemental. Co-pilot: up to {} other \
             exposed tasks whose automation level is at most {} (AI assists, a person decides), \
             core first. Depends on people: an unexposed core task, else a human-bottleneck \
             skill (ESCO S1, S3 or S4). Strongest driver: the highest of the four vectors. An \
             unknown automation level counts as {}; remaining ties go to the task listed first.",
            rc::MAX_MOST_EXPOSED,
            num(rc::MOST_EXPOSED_MIN_BETA),
            rc::MAX_COPILOT,
            num(rc::COPILOT_MAX_AUTOMATION),
            num(rc::UNKNOWN_AUTOMATION)
        )],
        formula: "deterministic ranking rules; see text".to_string(),
        constants: vec![
            c(
                "MAX_MOST_EXPOSED",
                rc::MAX_MOST_EXPOSED as f64,
                "most exposed tasks shown",
            ),
            c(
                "MAX_COPILOT",
                rc::MAX_COPILOT as f64,
                "co-pilot tasks shown",
            ),
            c(
                "MOST_EXPOSED_MIN_BETA",
                rc::MOST_EXPOSED_MIN_BETA,
                "lowest task score of a most exposed task",
            ),
            c(
                "COPILOT_MAX_AUTOMATION",
                rc::COPILOT_MAX_AUTOMATION,
                "highest automation level of a co-pilot task",
            ),
            c(
                "UNKNOWN_AUTOMATION",
                rc::UNKNOWN_AUTOMATION,
                "automation level assumed when unknown",
            ),
        ],
        sources: vec![attribution::GPTS_ARE_GPTS.text, attribution::ESCO.text],
    }
}
