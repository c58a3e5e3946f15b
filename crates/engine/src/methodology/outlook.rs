//! Methodology sections on resilience and the megatrend signals.

use super::ai::round2;
use super::{FREY_OSBORNE, FittedValues, MethodSection, NESTA_CAREER_CAUSEWAYS, c, num};
use crate::attribution;
use crate::megatrends as mt;
use crate::resilience as rs;

pub(super) fn resilience_section(fitted: &FittedValues) -> MethodSection {
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
                "Human judgement is the weighted mean of five families of bottleneck work, after \
                 Frey and Osborne's engineering bottlenecks to automation: social and caring ({}: \
                 O*NET Concern for Others, Social Orientation, Cooperation, Social \
                 Perceptiveness, and the work activity Assisting and Caring for Others), leading \
                 and negotiating ({}: Leadership, Negotiation, Persuasion), creative and \
                 judgement ({}: Innovation, Judgment and Decision Making, the ability \
                 Originality and the knowledge Fine Arts), perception and manipulation ({}: the \
                 abilities Finger Dexterity and Manual Dexterity), and the share of ESCO skills \
                 in S1, S3 and S4 ({}, full at {}, its measured {}th percentile). Each O*NET \
                 importance rating is placed between 0 at its {}th and 1 at its {}th percentile \
                 across occupations, because most ratings crowd into a narrow band and would \
                 otherwise make every job look alike. Automation pressure is {} x AI exposure + \
                 {} x physical automation.",
                num(rs::HUMAN_W_SOCIAL),
                num(rs::HUMAN_W_LEADERSHIP),
                num(rs::HUMAN_W_CREATIVE),
                num(rs::HUMAN_W_DEXTERITY),
                num(rs::HUMAN_W_ESCO),
                num(round2(fitted.human_scales.esco_share_saturation)),
                num(crate::saturation::SATURATION_PERCENTILE),
                num(rs::RATING_LOW_PERCENTILE),
                num(rs::RATING_HIGH_PERCENTILE),
                num(rs::PRESSURE_W_AI_EXPOSURE),
                num(rs::PRESSURE_W_PHYSICAL)
            ),
            format!(
                "The ratings come from three O*NET releases: work styles, skills and knowledge \
                 from O*NET {}, work activities from O*NET {} and abilities from O*NET {}, \
                 joined by O*NET-SOC code (the taxonomy is the same). Where an occupation lacks \
                 some of these data, its score is shrunk toward the mean of the fully rated \
                 occupations of its ISCO unit group (else minor, else sub-major group) in \
                 proportion to the missing weight: score = evidence x own score + (1 - evidence) \
                 x group mean, where evidence is the weight of the parts its own data covers \
                 (AI exposure counts as missing when it is itself a group mean). Its profile \
                 names the group.",
                attribution::ONET.version,
                attribution::ONET_WORK_ACTIVITIES.version,
                attribution::ONET_ABILITIES.version
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
                "HUMAN_W_DEXTERITY",
                rs::HUMAN_W_DEXTERITY,
                "human: perception and manipulation",
            ),
            c(
                "HUMAN_W_ESCO",
                rs::HUMAN_W_ESCO,
                "human: ESCO S1, S3, S4 share",
            ),
            c(
                "RATING_LOW_PERCENTILE",
                rs::RATING_LOW_PERCENTILE,
                "percentile of a rating that maps to 0",
            ),
            c(
                "RATING_HIGH_PERCENTILE",
                rs::RATING_HIGH_PERCENTILE,
                "percentile of a rating that maps to 1",
            ),
            c(
                "fitted ESCO S1, S3, S4 share",
                round2(fitted.human_scales.esco_share_saturation),
                "ESCO share counted as full (measured)",
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
            attribution::ONET_WORK_ACTIVITIES.text,
            attribution::ONET_ABILITIES.text,
            attribution::ESCO.text,
            FREY_OSBORNE,
            NESTA_CAREER_CAUSEWAYS,
        ],
    }
}

pub(super) fn megatrends_section(fitted: &FittedValues) -> MethodSection {
    let sat = fitted.vector_fit.saturations;
    let list = |p: &[&str]| p.join(", ");
    MethodSection {
        id: "megatrends",
        title: "Megatrend signals",
        paragraphs: vec![
            format!(
                "Each signal is a weighted mean of parts between 0 and 1. Collection shares are \
                 the share of the occupation's ESCO skills in an ESCO collection, full at {} for \
                 digital, {} for green and {} for research skills (fixed: a collection is a \
                 short list, so a tenth to two fifths of an occupation's skills in it marks the \
                 work); ESCO skill-group shares are full at {} for S3 and {} for S7, each the \
                 measured {}th percentile of occupations; ISCO membership is 1 if \
                 the occupation's ISCO-08 code starts with a listed code; an O*NET knowledge \
                 importance counts from 0 at 1 to full at the level given.",
                num(mt::DIGITAL_SHARE_SATURATION),
                num(mt::GREEN_SHARE_SATURATION),
                num(mt::RESEARCH_SHARE_SATURATION),
                num(round2(sat.esco_s3)),
                num(round2(sat.esco_s7)),
                num(crate::saturation::SATURATION_PERCENTILE)
            ),
            format!(
                "Digital transformation and AI: {} digital skills + {} AI exposure + {} O*NET \
                 technology skills (full at {}, the measured {}th percentile). Green transition: {} green skills + {} ISCO {}. \
                 Ageing and care: {} ISCO {} + {} ESCO S3 assisting and caring. Globalisation \
                 and fragmentation: {} ISCO {} + {} O*NET Foreign Language knowledge (full at {}) \
                 + {} O*NET Transportation knowledge (full at {}). Knowledge economy and \
                 research: {} research skills + {} ESCO research occupation + {} O*NET job zone \
                 ((zone - 1) / 4). Infrastructure and urbanisation: {} ISCO {} + {} ESCO S7 \
                 constructing.",
                num(mt::DIGITAL_W_COLLECTION),
                num(mt::DIGITAL_W_AI_EXPOSURE),
                num(mt::DIGITAL_W_TECH),
                num(round2(sat.tech_skills)),
                num(crate::saturation::TECH_SKILLS_PERCENTILE),
                num(mt::GREEN_W_COLLECTION),
                num(mt::GREEN_W_ISCO),
                list(mt::GREEN_ISCO_PREFIXES),
                num(mt::CARE_W_ISCO),
                list(mt::CARE_ISCO_PREFIXES),
                num(mt::CARE_W_ESCO_S3),
                num(mt::GLOBAL_W_ISCO),
                list(mt::GLOBAL_ISCO_PREFIXES),
                num(mt::GLOBAL_W_FOREIGN_LANGUAGE),
                num(mt::FOREIGN_LANGUAGE_FULL_AT),
                num(mt::GLOBAL_W_TRANSPORTATION),
                num(mt::TRANSPORTATION_FULL_AT),
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
                "DIGITAL_SHARE_SATURATION",
                mt::DIGITAL_SHARE_SATURATION,
                "digital-skill share counted as full",
            ),
            c(
                "GREEN_SHARE_SATURATION",
                mt::GREEN_SHARE_SATURATION,
                "green-skill share counted as full",
            ),
            c(
                "RESEARCH_SHARE_SATURATION",
                mt::RESEARCH_SHARE_SATURATION,
                "research-skill share counted as full",
            ),
            c(
                "FOREIGN_LANGUAGE_FULL_AT",
                mt::FOREIGN_LANGUAGE_FULL_AT,
                "Foreign Language importance counted as full",
            ),
            c(
                "TRANSPORTATION_FULL_AT",
                mt::TRANSPORTATION_FULL_AT,
                "Transportation importance counted as full",
            ),
            c(
                "fitted ESCO S3 share",
                round2(sat.esco_s3),
                "ESCO S3 share counted as full (measured)",
            ),
            c(
                "fitted ESCO S7 share",
                round2(sat.esco_s7),
                "ESCO S7 share counted as full (measured)",
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
                "GLOBAL_W_FOREIGN_LANGUAGE",
                mt::GLOBAL_W_FOREIGN_LANGUAGE,
                "globalisation: Foreign Language knowledge",
            ),
            c(
                "GLOBAL_W_TRANSPORTATION",
                mt::GLOBAL_W_TRANSPORTATION,
                "globalisation: Transportation knowledge",
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
