//! Methodology sections on similar roles, viability and growth pathways.

use super::{FittedValues, MethodSection, NESTA_CAREER_CAUSEWAYS, c, num};
use crate::attribution;
use crate::blend;
use crate::pathways as pw;
use crate::similarity as sim;
use crate::viability as vb;

pub(super) fn similarity_section(fitted: &FittedValues) -> MethodSection {
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
                "A profile's similar roles also weigh the kind of work, as O*NET's related \
                 occupations and Nesta's career causeways do: each occupation's profile of the 41 \
                 O*NET {} work activities (mean importance over its O*NET matches, each activity \
                 centred on its mean across occupations) is compared by cosine, floored at 0, and \
                 similar roles rank by {} x skill similarity + {} x activity similarity, among \
                 the {} most skill-similar occupations (a role with no skill in common is no \
                 move). Skills keep most of the weight because they decide whether a move is \
                 possible; the activities separate roles that share skills but not the work. An \
                 occupation without work-activity ratings, or with a weak O*NET match, is ranked \
                 on skills alone. Growth moves, routes and viability bands use skill similarity \
                 alone, since they are about the skills a move needs.",
                attribution::ONET_WORK_ACTIVITIES.version,
                num(f64::from(blend::BLEND_W_SKILLS)),
                num(f64::from(blend::BLEND_W_ACTIVITIES)),
                blend::BLEND_CANDIDATES
            ),
            format!(
                "Viability is calibrated on occupations ISCO already groups together: a move at \
                 least as similar as the {}th percentile of pairs within one ISCO unit group is \
                 highly viable, at least the {}th percentile viable. {thresholds}",
                num(vb::HIGHLY_VIABLE_PERCENTILE),
                num(vb::VIABLE_PERCENTILE)
            )
            .trim_end()
            .to_string(),
            "Adjacent skills are the target's essential skills the origin does not list, rarest \
             (highest ln(N / df)) first."
                .to_string(),
        ],
        formula: format!(
            "skill similarity = sum min(wA, wB) / sum max(wA, wB), w = relation x ln(N / df); \
             similar-role rank = {} x skill similarity + {} x max(0, cosine of centred \
             work-activity profiles)",
            num(f64::from(blend::BLEND_W_SKILLS)),
            num(f64::from(blend::BLEND_W_ACTIVITIES))
        ),
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
                "BLEND_W_SKILLS",
                f64::from(blend::BLEND_W_SKILLS),
                "similar roles: weight of skill similarity",
            ),
            c(
                "BLEND_W_ACTIVITIES",
                f64::from(blend::BLEND_W_ACTIVITIES),
                "similar roles: weight of work-activity similarity",
            ),
            c(
                "BLEND_CANDIDATES",
                blend::BLEND_CANDIDATES as f64,
                "skill-similar candidates the blend re-ranks",
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
        sources: vec![
            attribution::ESCO.text,
            attribution::ONET_WORK_ACTIVITIES.text,
            NESTA_CAREER_CAUSEWAYS,
        ],
    }
}

pub(super) fn pathways_section() -> MethodSection {
    MethodSection {
        id: "pathways",
        title: "Growth pathways",
        paragraphs: vec![format!(
            "A viable move is a progression when the target's O*NET job zone is higher or it \
             enters ISCO major group {} (managers); it is lateral when the job zone is the same. \
             A profile lists up to {} of each, most similar first, beyond its {} similar roles, \
             so no occupation is listed twice. Routes use viable moves only, each occupation \
             keeping its {} most similar, up to {} moves; the best route is the one whose \
             weakest move is strongest, then the shortest.",
            pw::MANAGERIAL_MAJOR_GROUP,
            pw::MOVES_SHOWN,
            sim::SIMILAR_SHOWN,
            pw::MAX_PATH_EDGES_PER_OCCUPATION,
            pw::MAX_PATH_HOPS
        )],
        formula: "route score = min(similarity of each move); ties: fewer moves, higher product"
            .to_string(),
        constants: vec![
            c(
                "MOVES_SHOWN",
                pw::MOVES_SHOWN as f64,
                "progression and lateral moves a profile lists, each",
            ),
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
