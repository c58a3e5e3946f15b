//! The method behind every score, as data: the app's /methodology page renders these sections,
//! and every number in them is formatted from the constants the scoring code uses, so the page
//! cannot drift from the code.

use crate::attribution;
use crate::exposure::{self as ex, ExposureScales};
use crate::megatrends as mt;
use crate::pathways as pw;
use crate::resilience as rs;
use crate::role_change as rc;
use crate::similarity as sim;
use crate::vectors as vc;
use crate::viability::{self as vb, ViabilityThresholds};

/// Nesta's Career Causeways, whose calibration idea the viability bands follow.
pub const NESTA_CAREER_CAUSEWAYS: &str = "Kanders K., Djumalieva J., Sleeman C., Orlik J. (2020), \
     Mapping Career Causeways: Supporting workers at risk, Nesta (MIT licence).";
/// Frey & Osborne, whose engineering bottlenecks inspire the resilience families.
pub const FREY_OSBORNE: &str = "Frey C. B., Osborne M. A. (2017), The future of employment: how \
     susceptible are jobs to computerisation?, Technological Forecasting and Social Change 114.";

/// A named number used by a formula.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedConstant {
    /// The constant's name in the code.
    pub name: &'static str,
    /// Its value.
    pub value: f64,
    /// What it does, in plain words.
    pub meaning: &'static str,
}

/// One section of the methodology page.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodSection {
    /// Stable anchor id, e.g. `ai-exposure`.
    pub id: &'static str,
    /// Heading.
    pub title: &'static str,
    /// Explanation, one paragraph per entry.
    pub paragraphs: Vec<String>,
    /// The formula in plain text.
    pub formula: String,
    /// The constants the formula uses.
    pub constants: Vec<NamedConstant>,
    /// Data sources, as citation lines.
    pub sources: Vec<&'static str>,
}

/// Values fitted on the whole dataset (by databuild), shown alongside the constants.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FittedValues {
    /// Min-max scales of the usage sources.
    pub exposure_scales: ExposureScales,
    /// Viability thresholds.
    pub viability: Option<ViabilityThresholds>,
}

/// Formats a number without trailing zeros (`0.5`, `2`, `0.25`).
pub fn num(value: f64) -> String {
    let rounded = (value * 1e6).round() / 1e6;
    format!("{rounded}")
}

fn c(name: &'static str, value: f64, meaning: &'static str) -> NamedConstant {
    NamedConstant {
        name,
        value,
        meaning,
    }
}

/// Every section, in page order.
pub fn sections(fitted: &FittedValues) -> Vec<MethodSection> {
    vec![
        exposure_section(fitted),
        vectors_section(),
        resilience_section(),
        megatrends_section(),
        role_change_section(),
        similarity_section(fitted),
        pathways_section(),
    ]
}

fn exposure_section(fitted: &FittedValues) -> MethodSection {
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

fn vectors_section() -> MethodSection {
    MethodSection {
        id: "exposure-vectors",
        title: "Four kinds of AI exposure",
        paragraphs: vec![
            format!(
                "Each vector is a weighted mean of parts between 0 and 1, renormalised over the \
                 parts an occupation has. Task shares are the share of its O*NET tasks linked to \
                 the named work activities, counted as full at {}; technology intensity is the \
                 number of O*NET technology skills, full at {}; ESCO shares are the share of its \
                 skills under the named ESCO skill groups, full at {}.",
                num(vc::SHARE_SATURATION),
                num(vc::TECH_SKILLS_SATURATION),
                num(vc::SHARE_SATURATION)
            ),
            format!(
                "Analysis and prediction: {} x tasks analysing data or processing information + \
                 {} x Eloundou beta + {} x technology intensity. Content generation: {} x tasks \
                 documenting or communicating + {} x Eloundou beta. Workflow automation: {} x \
                 tasks working with computers or administrative + {} x ESCO S5 working with \
                 computers + {} x technology intensity. Physical automation: {} x tasks handling \
                 objects, controlling machines or operating vehicles + {} x ESCO S6, S7 and S8.",
                num(vc::ANALYTICAL_W_ACTIVITIES),
                num(vc::ANALYTICAL_W_BETA),
                num(vc::ANALYTICAL_W_TECH),
                num(vc::GENERATIVE_W_ACTIVITIES),
                num(vc::GENERATIVE_W_BETA),
                num(vc::WORKFLOW_W_ACTIVITIES),
                num(vc::WORKFLOW_W_ESCO_S5),
                num(vc::WORKFLOW_W_TECH),
                num(vc::PHYSICAL_W_ACTIVITIES),
                num(vc::PHYSICAL_W_ESCO_MANUAL)
            ),
        ],
        formula: "vector = 100 x sum(weight x part) / sum(weight of parts present)".to_string(),
        constants: vec![
            c(
                "SHARE_SATURATION",
                vc::SHARE_SATURATION,
                "share counted as full",
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

fn resilience_section() -> MethodSection {
    MethodSection {
        id: "resilience",
        title: "Resilience score",
        paragraphs: vec![
            "The resilience score estimates how structurally protected an occupation is from \
             automation. It rises with work that depends on human judgement and falls with \
             automation pressure. It describes the occupation's structure, not any one person's \
             job, and it is not a forecast."
                .to_string(),
            format!(
                "Human judgement is the weighted mean of four families of bottleneck work: social \
                 and caring ({}: O*NET Concern for Others, Social Orientation, Cooperation, Social \
                 Perceptiveness), leading and negotiating ({}: Leadership, Negotiation, \
                 Persuasion), creative and judgement ({}: Innovation, Judgment and Decision \
                 Making), and the share of ESCO skills in S1, S3 and S4 ({}, full at {}). O*NET \
                 importance ratings from 1 to 5 become (rating - 1) / 4. Automation pressure is \
                 {} x AI exposure + {} x physical automation. Manual dexterity is not scored: \
                 the O*NET abilities data is not available.",
                num(rs::HUMAN_W_SOCIAL),
                num(rs::HUMAN_W_LEADERSHIP),
                num(rs::HUMAN_W_CREATIVE),
                num(rs::HUMAN_W_ESCO),
                num(rs::ESCO_HUMAN_SHARE_SATURATION),
                num(rs::PRESSURE_W_AI_EXPOSURE),
                num(rs::PRESSURE_W_PHYSICAL)
            ),
            format!(
                "Bands: {} and above \"{}\"; {} and above \"{}\"; {} and above \"{}\"; {} and \
                 above \"{}\"; below that \"{}\".",
                num(rs::BAND_EXCEPTIONALLY_STABLE),
                rs::ResilienceBand::ExceptionallyStable.label(),
                num(rs::BAND_STABLE),
                rs::ResilienceBand::Stable.label(),
                num(rs::BAND_MIXED),
                rs::ResilienceBand::MixedOutlook.label(),
                num(rs::BAND_EXPOSED),
                rs::ResilienceBand::Exposed.label(),
                rs::ResilienceBand::HighlyExposed.label()
            ),
        ],
        formula: format!(
            "resilience = 100 x ({} x human judgement + {} x (1 - automation pressure)), one decimal",
            num(rs::WEIGHT_HUMAN_JUDGEMENT),
            num(rs::WEIGHT_LOW_PRESSURE)
        ),
        constants: vec![
            c(
                "WEIGHT_HUMAN_JUDGEMENT",
                rs::WEIGHT_HUMAN_JUDGEMENT,
                "weight of human judgement",
            ),
            c(
                "WEIGHT_LOW_PRESSURE",
                rs::WEIGHT_LOW_PRESSURE,
                "weight of low automation pressure",
            ),
            c(
                "PRESSURE_W_AI_EXPOSURE",
                rs::PRESSURE_W_AI_EXPOSURE,
                "pressure: AI exposure",
            ),
            c(
                "PRESSURE_W_PHYSICAL",
                rs::PRESSURE_W_PHYSICAL,
                "pressure: physical automation",
            ),
            c(
                "HUMAN_W_SOCIAL",
                rs::HUMAN_W_SOCIAL,
                "human: social and caring",
            ),
            c(
                "HUMAN_W_LEADERSHIP",
                rs::HUMAN_W_LEADERSHIP,
                "human: leading and negotiating",
            ),
            c(
                "HUMAN_W_CREATIVE",
                rs::HUMAN_W_CREATIVE,
                "human: creative and judgement",
            ),
            c(
                "HUMAN_W_ESCO",
                rs::HUMAN_W_ESCO,
                "human: ESCO S1, S3, S4 share",
            ),
            c(
                "ESCO_HUMAN_SHARE_SATURATION",
                rs::ESCO_HUMAN_SHARE_SATURATION,
                "ESCO share counted as full",
            ),
            c(
                "BAND_EXCEPTIONALLY_STABLE",
                rs::BAND_EXCEPTIONALLY_STABLE,
                "lowest exceptionally stable score",
            ),
            c("BAND_STABLE", rs::BAND_STABLE, "lowest stable score"),
            c("BAND_MIXED", rs::BAND_MIXED, "lowest mixed-outlook score"),
            c("BAND_EXPOSED", rs::BAND_EXPOSED, "lowest exposed score"),
        ],
        sources: vec![
            attribution::ONET.text,
            attribution::ESCO.text,
            FREY_OSBORNE,
            NESTA_CAREER_CAUSEWAYS,
        ],
    }
}

fn megatrends_section() -> MethodSection {
    let list = |p: &[&str]| p.join(", ");
    MethodSection {
        id: "megatrends",
        title: "Megatrend signals",
        paragraphs: vec![
            format!(
                "Each signal is a weighted mean of parts between 0 and 1. Collection shares are \
                 the share of the occupation's ESCO skills in an ESCO collection, full at {}; \
                 ESCO skill-group shares are full at {}; ISCO membership is 1 if the \
                 occupation's ISCO-08 code starts with a listed code.",
                num(mt::COLLECTION_SHARE_SATURATION),
                num(mt::GROUP_SHARE_SATURATION)
            ),
            format!(
                "Digital transformation and AI: {} digital skills + {} AI exposure + {} O*NET \
                 technology skills (full at {}). Green transition: {} green skills + {} ISCO {}. \
                 Ageing and care: {} ISCO {} + {} ESCO S3 assisting and caring. Globalisation \
                 and fragmentation: {} language skills + {} ISCO {}. Knowledge economy and \
                 research: {} research skills + {} ESCO research occupation + {} O*NET job zone \
                 ((zone - 1) / 4). Infrastructure and urbanisation: {} ISCO {} + {} ESCO S7 \
                 constructing.",
                num(mt::DIGITAL_W_COLLECTION),
                num(mt::DIGITAL_W_AI_EXPOSURE),
                num(mt::DIGITAL_W_TECH),
                num(mt::TECH_SKILLS_SATURATION),
                num(mt::GREEN_W_COLLECTION),
                num(mt::GREEN_W_ISCO),
                list(mt::GREEN_ISCO_PREFIXES),
                num(mt::CARE_W_ISCO),
                list(mt::CARE_ISCO_PREFIXES),
                num(mt::CARE_W_ESCO_S3),
                num(mt::GLOBAL_W_LANGUAGES),
                num(mt::GLOBAL_W_ISCO),
                list(mt::GLOBAL_ISCO_PREFIXES),
                num(mt::KNOWLEDGE_W_COLLECTION),
                num(mt::KNOWLEDGE_W_RESEARCH_OCCUPATION),
                num(mt::KNOWLEDGE_W_JOB_ZONE),
                num(mt::INFRA_W_ISCO),
                list(mt::INFRA_ISCO_PREFIXES),
                num(mt::INFRA_W_ESCO_S7)
            ),
            "A signal says how strongly a trend touches the work, not whether the occupation \
             will grow or shrink."
                .to_string(),
        ],
        formula: "signal = 100 x sum(weight x part) / sum(weight of parts present)".to_string(),
        constants: vec![
            c(
                "COLLECTION_SHARE_SATURATION",
                mt::COLLECTION_SHARE_SATURATION,
                "collection share counted as full",
            ),
            c(
                "GROUP_SHARE_SATURATION",
                mt::GROUP_SHARE_SATURATION,
                "skill-group share counted as full",
            ),
            c(
                "DIGITAL_W_COLLECTION",
                mt::DIGITAL_W_COLLECTION,
                "digital: skills",
            ),
            c(
                "DIGITAL_W_AI_EXPOSURE",
                mt::DIGITAL_W_AI_EXPOSURE,
                "digital: AI exposure",
            ),
            c(
                "DIGITAL_W_TECH",
                mt::DIGITAL_W_TECH,
                "digital: technology skills",
            ),
            c(
                "GREEN_W_COLLECTION",
                mt::GREEN_W_COLLECTION,
                "green: skills",
            ),
            c("GREEN_W_ISCO", mt::GREEN_W_ISCO, "green: ISCO group"),
            c("CARE_W_ISCO", mt::CARE_W_ISCO, "care: ISCO group"),
            c("CARE_W_ESCO_S3", mt::CARE_W_ESCO_S3, "care: ESCO S3 share"),
            c(
                "GLOBAL_W_LANGUAGES",
                mt::GLOBAL_W_LANGUAGES,
                "globalisation: language skills",
            ),
            c(
                "GLOBAL_W_ISCO",
                mt::GLOBAL_W_ISCO,
                "globalisation: ISCO group",
            ),
            c(
                "KNOWLEDGE_W_COLLECTION",
                mt::KNOWLEDGE_W_COLLECTION,
                "knowledge: research skills",
            ),
            c(
                "KNOWLEDGE_W_RESEARCH_OCCUPATION",
                mt::KNOWLEDGE_W_RESEARCH_OCCUPATION,
                "knowledge: research occupation",
            ),
            c(
                "KNOWLEDGE_W_JOB_ZONE",
                mt::KNOWLEDGE_W_JOB_ZONE,
                "knowledge: job zone",
            ),
            c(
                "INFRA_W_ISCO",
                mt::INFRA_W_ISCO,
                "infrastructure: ISCO group",
            ),
            c(
                "INFRA_W_ESCO_S7",
                mt::INFRA_W_ESCO_S7,
                "infrastructure: ESCO S7 share",
            ),
        ],
        sources: vec![attribution::ESCO.text, attribution::ONET.text],
    }
}

fn role_change_section() -> MethodSection {
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

fn similarity_section(fitted: &FittedValues) -> MethodSection {
    let thresholds = match fitted.viability {
        Some(t) => format!(
            "On this dataset ({} pairs) that is {} for highly viable and {} for viable.",
            t.pair_count,
            num(f64::from(t.highly_viable)),
            num(f64::from(t.viable))
        ),
        None => String::new(),
    };
    MethodSection {
        id: "similar-roles",
        title: "Similar roles and viable moves",
        paragraphs: vec![
            format!(
                "Each skill an occupation needs weighs {} if essential and {} if optional, times \
                 its rarity, ln(N / df), with N the number of occupations and df the number that \
                 list the skill. Similarity is the weight two occupations share divided by the \
                 weight either needs (weighted Jaccard), from 0 to 1.",
                num(f64::from(sim::ESSENTIAL_WEIGHT)),
                num(f64::from(sim::OPTIONAL_WEIGHT))
            ),
            format!(
                "Viability is calibrated on occupations ISCO already groups together: a move at \
                 least as similar as the {}th percentile of pairs within one ISCO unit group is \
                 highly viable, at least the {}th percentile viable. {thresholds}",
                num(vb::HIGHLY_VIABLE_PERCENTILE),
                num(vb::VIABLE_PERCENTILE)
            ),
            "Adjacent skills are the target's essential skills the origin does not list, rarest \
             (highest ln(N / df)) first."
                .to_string(),
        ],
        formula: "similarity = sum min(wA, wB) / sum max(wA, wB), w = relation x ln(N / df)"
            .to_string(),
        constants: vec![
            c(
                "ESSENTIAL_WEIGHT",
                f64::from(sim::ESSENTIAL_WEIGHT),
                "relation weight of an essential skill",
            ),
            c(
                "OPTIONAL_WEIGHT",
                f64::from(sim::OPTIONAL_WEIGHT),
                "relation weight of an optional skill",
            ),
            c(
                "HIGHLY_VIABLE_PERCENTILE",
                vb::HIGHLY_VIABLE_PERCENTILE,
                "percentile for highly viable",
            ),
            c(
                "VIABLE_PERCENTILE",
                vb::VIABLE_PERCENTILE,
                "percentile for viable",
            ),
        ],
        sources: vec![attribution::ESCO.text, NESTA_CAREER_CAUSEWAYS],
    }
}

fn pathways_section() -> MethodSection {
    MethodSection {
        id: "pathways",
        title: "Growth pathways",
        paragraphs: vec![format!(
            "A viable move is a progression when the target's O*NET job zone is higher or it \
             enters ISCO major group {} (managers); it is lateral when the job zone is the same. \
             Routes use viable moves only, each occupation keeping its {} most similar, up to {} \
             moves; the best route is the one whose weakest move is strongest, then the shortest.",
            pw::MANAGERIAL_MAJOR_GROUP,
            pw::MAX_PATH_EDGES_PER_OCCUPATION,
            pw::MAX_PATH_HOPS
        )],
        formula: "route score = min(similarity of each move); ties: fewer moves, higher product"
            .to_string(),
        constants: vec![
            c(
                "MAX_PATH_HOPS",
                pw::MAX_PATH_HOPS as f64,
                "longest route in moves",
            ),
            c(
                "MAX_PATH_EDGES_PER_OCCUPATION",
                pw::MAX_PATH_EDGES_PER_OCCUPATION as f64,
                "moves kept per occupation",
            ),
            c(
                "MANAGERIAL_MAJOR_GROUP",
                f64::from(pw::MANAGERIAL_MAJOR_GROUP),
                "ISCO major group of managers",
            ),
        ],
        sources: vec![attribution::ESCO.text, attribution::ONET.text],
    }
}
