//! Methodology sections on AI exposure, its four vectors and the role-change picks.

use super::{FittedValues, MethodSection, c, num};
use crate::attribution;
use crate::exposure as ex;
use crate::role_change as rc;
use crate::saturation as sat;
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

pub(super) fn vectors_section(fitted: &FittedValues) -> MethodSection {
    let sat = fitted.vector_fit.saturations;
    let scale = |s: Option<crate::stats::MinMaxScale>| match s {
        Some(s) => format!(
            "0 at {} and 1 at {}",
            num(round2(s.min)),
            num(round2(s.max))
        ),
        None => "(rating - 1) / 4, too few occupations to fit".to_string(),
    };
    let [analytical, generative, workflow, physical] = fitted.vector_fit.activity_scales;
    MethodSection {
        id: "exposure-vectors",
        title: "Four kinds of AI exposure",
        paragraphs: vec![
            format!(
                "Each vector is a weighted mean of parts between 0 and 1, renormalised over the \
                 parts an occupation has. The work-activity part is the mean O*NET importance \
                 (1-5) of the vector's generalised work activities, from O*NET {} Work \
                 Activities, placed between 0 at its {}th and 1 at its {}th percentile across \
                 occupations. For the occupations whose O*NET codes have no work-activity \
                 ratings, it is the share of their O*NET tasks linked to those activities \
                 instead, full at its measured {}th percentile. Technology intensity is the \
                 number of O*NET technology skills, full at {} (the measured {}th percentile); \
                 ESCO shares are the share of the occupation's skills under the named ESCO skill \
                 groups, full at {} for S5 and {} for S6 to S8 together (each the measured {}th \
                 percentile). The build measures every one of these points on the whole dataset.",
                attribution::ONET_WORK_ACTIVITIES.version,
                num(sat::RATING_LOW_PERCENTILE),
                num(sat::RATING_HIGH_PERCENTILE),
                num(sat::SATURATION_PERCENTILE),
                num(round2(sat.tech_skills)),
                num(sat::TECH_SKILLS_PERCENTILE),
                num(round2(sat.esco_s5)),
                num(round2(sat.esco_manual)),
                num(sat::SATURATION_PERCENTILE),
            ),
            format!(
                "Analysis and prediction: {} x work activities ({}; importance {}; task share \
                 full at {}) + {} x Eloundou beta + {} x technology intensity.",
                num(vc::ANALYTICAL_W_ACTIVITIES),
                activity_names(vc::ANALYTICAL_ACTIVITIES),
                scale(analytical),
                num(round2(sat.analytical_share)),
                num(vc::ANALYTICAL_W_BETA),
                num(vc::ANALYTICAL_W_TECH)
            ),
            format!(
                "Content generation and language models: {} x work activities ({}; importance \
                 {}; task share full at {}) + {} x Eloundou beta.",
                num(vc::GENERATIVE_W_ACTIVITIES),
                activity_names(vc::GENERATIVE_ACTIVITIES),
                scale(generative),
                num(round2(sat.generative_share)),
                num(vc::GENERATIVE_W_BETA)
            ),
            format!(
                "Workflow automation and decision support: {} x work activities ({}; importance \
                 {}; task share full at {}) + {} x ESCO S5 working with computers + {} x \
                 technology intensity.",
                num(vc::WORKFLOW_W_ACTIVITIES),
                activity_names(vc::WORKFLOW_ACTIVITIES),
                scale(workflow),
                num(round2(sat.workflow_share)),
                num(vc::WORKFLOW_W_ESCO_S5),
                num(vc::WORKFLOW_W_TECH)
            ),
            format!(
                "Physical automation and robotics: ({} x work activities ({}; importance {}; task \
                 share full at {}) + {} x ESCO S6 handling and moving, S7 constructing and S8 \
                 working with machinery) x (1 - {} x dexterity). Dexterity is the mean O*NET \
                 importance of {} and {} (O*NET {} Abilities), placed {}: Frey and Osborne's \
                 perception-and-manipulation bottleneck, since robots still handle fine, varied \
                 manipulation poorly.",
                num(vc::PHYSICAL_W_ACTIVITIES),
                activity_names(vc::PHYSICAL_ACTIVITIES),
                scale(physical),
                num(round2(sat.physical_share)),
                num(vc::PHYSICAL_W_ESCO_MANUAL),
                num(vc::PHYSICAL_DEXTERITY_DISCOUNT),
                vc::FINGER_DEXTERITY.1,
                vc::MANUAL_DEXTERITY.1,
                attribution::ONET_ABILITIES.version,
                scale(fitted.vector_fit.dexterity_scale)
            ),
            "An occupation with no input at all for a vector (no O*NET task, rating or \
             Eloundou label, which is the case for some 140 occupations' analysis and \
             content-generation vectors) gets the mean of that vector over its ISCO unit group, \
             else its minor group, else its sub-major group, and its profile says so."
                .to_string(),
        ],
        formula: "vector = 100 x sum(weight x part) / sum(weight of parts present)".to_string(),
        constants: vec![
            c(
                "SATURATION_PERCENTILE",
                sat::SATURATION_PERCENTILE,
                "percentile of occupations at which a share counts as full",
            ),
            c(
                "TECH_SKILLS_PERCENTILE",
                sat::TECH_SKILLS_PERCENTILE,
                "percentile at which technology skills count as full",
            ),
            c(
                "fitted analytical task share",
                round2(sat.analytical_share),
                "analytical task share counted as full (measured)",
            ),
            c(
                "fitted generative task share",
                round2(sat.generative_share),
                "generative task share counted as full (measured)",
            ),
            c(
                "fitted workflow task share",
                round2(sat.workflow_share),
                "workflow task share counted as full (measured)",
            ),
            c(
                "fitted physical task share",
                round2(sat.physical_share),
                "physical task share counted as full (measured)",
            ),
            c(
                "fitted ESCO S5 share",
                round2(sat.esco_s5),
                "ESCO S5 share counted as full (measured)",
            ),
            c(
                "fitted ESCO S6-S8 share",
                round2(sat.esco_manual),
                "ESCO S6-S8 share counted as full (measured)",
            ),
            c(
                "fitted technology skills",
                round2(sat.tech_skills),
                "technology skills counted as full (measured)",
            ),
            c(
                "ANALYTICAL_W_ACTIVITIES",
                vc::ANALYTICAL_W_ACTIVITIES,
                "analysis: work activities",
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
                "generation: work activities",
            ),
            c(
                "GENERATIVE_W_BETA",
                vc::GENERATIVE_W_BETA,
                "generation: Eloundou beta",
            ),
            c(
                "WORKFLOW_W_ACTIVITIES",
                vc::WORKFLOW_W_ACTIVITIES,
                "workflow: work activities",
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
                "physical: work activities",
            ),
            c(
                "PHYSICAL_W_ESCO_MANUAL",
                vc::PHYSICAL_W_ESCO_MANUAL,
                "physical: ESCO S6-S8 share",
            ),
            c(
                "PHYSICAL_DEXTERITY_DISCOUNT",
                vc::PHYSICAL_DEXTERITY_DISCOUNT,
                "physical: share taken off by full dexterity",
            ),
        ],
        sources: vec![
            attribution::ONET.text,
            attribution::ONET_WORK_ACTIVITIES.text,
            attribution::ONET_ABILITIES.text,
            attribution::GPTS_ARE_GPTS.text,
            attribution::ESCO.text,
        ],
    }
}

/// Rounds a fitted value to two decimals for the page.
pub(super) fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
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
