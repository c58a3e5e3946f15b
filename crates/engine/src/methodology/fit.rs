//! Methodology section on career fit: the four components, their weights, the reasons and the
//! item bank's public-domain sources.

use super::{MethodSection, c, num};
use crate::assessment::Part;
use crate::assessment::items::{IPIP_SOURCES, ITEMS, Scale, items_of};
use crate::attribution;
use crate::fit::{self as ft, LITTLE_EXTENT, OFFERED_EXTENT, REASONS_SHOWN, RELIED_ON_IMPORTANCE};

/// Holland's theory of vocational personalities, behind the six interest areas.
pub const HOLLAND: &str = "Holland J. L. (1997), Making Vocational Choices: A Theory of \
     Vocational Personalities and Work Environments, 3rd edition, Psychological Assessment \
     Resources.";
/// The public-domain IPIP-NEO-120, source of some work-style statements.
pub const IPIP_NEO_120: &str = "Johnson J. A. (2014), Measuring thirty facets of the Five \
     Factor Model with a 120-item public domain inventory: Development of the IPIP-NEO-120, \
     Journal of Research in Personality 51, 78-89 (International Personality Item Pool, public \
     domain).";
/// The O*NET files the fit compares with.
pub const ONET_FIT_FILES: &str = "O*NET 29.3 Database: Interests (occupational interest \
     profiles, OI), Work Styles (importance, IM), Work Values (extent, EX) and Job Zones, \
     USDOL/ETA, CC BY 4.0.";

/// "A", "A and B" or "A, B and C".
fn and_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// Two answer labels of a part, quoted: `"Mostly like me" or "Very much like me"`.
fn labels(part: Part, first: usize, second: usize) -> String {
    let labels = part.scale_labels();
    format!("\"{}\" or \"{}\"", labels[first], labels[second])
}

pub(super) fn fit_section() -> MethodSection {
    let per_area = items_of(Scale::Interest(0)).count();
    let per_value = items_of(Scale::WorkValue(0)).count();
    let ipip: Vec<String> = IPIP_SOURCES
        .iter()
        .map(|(_, text, facet)| format!("\"{text}\" ({facet})"))
        .collect();
    let weights = ft::Component::ALL.map(|component| {
        format!(
            "{} {}",
            component.label().to_lowercase(),
            num(component.weight())
        )
    });
    MethodSection {
        id: "career-fit",
        title: "Career fit",
        paragraphs: vec![
            format!(
                "The Career DNA assessment has {} rated items: {per_area} activities for each of \
                 Holland's six interest areas, one statement for each O*NET work style and \
                 {per_value} for each O*NET work value, each answered from 1 to 5. A scale's score \
                 is the mean of its answered items. Preparation is the O*NET job zone (1 to 5) of \
                 the person's highest education or experience.",
                ITEMS.len()
            ),
            "Interests compare shape, not level: the Pearson correlation r of the person's six \
             interest means with the occupation's O*NET interest profile, mapped to (r + 1) / 2. \
             A person who rates every activity low, investigative ones least low, fits \
             investigative work as well as a person with the same pattern at higher ratings. The \
             component needs all six areas answered, and neither profile flat."
                .to_string(),
            "Work styles: 1 minus the mean distance between the person's rating (1 to 5) and the \
             occupation's O*NET importance (1 to 5), both put on 0 to 1, over the styles \
             answered. Work values: the same, with the person's importance (1 to 5) put on 0 to \
             1 as (v - 1) / 4 and the occupation's O*NET extent (1 to 7) as (x - 1) / 6. \
             Preparation: 1 minus the distance in job zones divided by 4, so four zones apart \
             is 0."
                .to_string(),
            format!(
                "The weights are {}. Interests weigh most because the congruence of interests \
                 with an occupation is the best-studied predictor of satisfaction with it \
                 (Holland's theory; O*NET's own Interest Profiler matches on interests). Work \
                 styles say whether the person has the traits the work relies on, and work \
                 values whether the work offers what the person needs from a job. Preparation \
                 weighs least: it says how near a role is today, not whether it suits the \
                 person.",
                and_list(&weights)
            ),
            "The fit is 100 times the weighted mean of the components that both the person and \
             the occupation have, the weights renormalised over those. An occupation without \
             some of its O*NET vectors is ranked on the ones it has and marked as a partial \
             fit. So that missing data neither lifts nor sinks it, in the ranking each \
             component it lacks counts at the person's mean of that component over all the \
             occupations that have it; the components shown are only the ones it has. An \
             occupation with none of the vectors the person answered is left out of the \
             ranking. Equal fits \
             keep the order of the index."
                .to_string(),
            format!(
                "The reasons give up to {REASONS_SHOWN} strengths and the main mismatch, each \
                 ranked by its component's weight times how strongly both sides hold it. A work \
                 style counts when the occupation relies on it, at O*NET importance {} or more: \
                 it is a strength if the person answered {} and a mismatch if {}. A work value \
                 the person rated {} counts as offered at O*NET extent {} or more, and as \
                 offered little below {}.",
                num(f64::from(RELIED_ON_IMPORTANCE)),
                labels(Part::WorkStyles, 3, 4),
                labels(Part::WorkStyles, 1, 0),
                labels(Part::WorkValues, 3, 4),
                num(f64::from(OFFERED_EXTENT)),
                num(f64::from(LITTLE_EXTENT))
            ),
            format!(
                "The statements are CareerLens's own, except {} of the work-style statements, \
                 which are public-domain IPIP-NEO-120 items (Johnson 2014) put in the first \
                 person: {}.",
                IPIP_SOURCES.len(),
                and_list(&ipip)
            ),
        ],
        formula: format!(
            "fit = 100 x ({} interests + {} work styles + {} work values + {} preparation) / (sum \
             of the weights present); interests = (r + 1) / 2; work styles = 1 - mean |(u - 1) / \
             4 - (o - 1) / 4|; work values = 1 - mean |(v - 1) / 4 - (x - 1) / 6|; preparation \
             = 1 - |zone - occupation's zone| / 4",
            num(ft::WEIGHT_INTERESTS),
            num(ft::WEIGHT_WORK_STYLES),
            num(ft::WEIGHT_WORK_VALUES),
            num(ft::WEIGHT_JOB_ZONE)
        ),
        constants: vec![
            c(
                "WEIGHT_INTERESTS",
                ft::WEIGHT_INTERESTS,
                "weight of interest congruence",
            ),
            c(
                "WEIGHT_WORK_STYLES",
                ft::WEIGHT_WORK_STYLES,
                "weight of work-style similarity",
            ),
            c(
                "WEIGHT_WORK_VALUES",
                ft::WEIGHT_WORK_VALUES,
                "weight of work-value similarity",
            ),
            c(
                "WEIGHT_JOB_ZONE",
                ft::WEIGHT_JOB_ZONE,
                "weight of job-zone closeness",
            ),
            c(
                "RELIED_ON_IMPORTANCE",
                f64::from(RELIED_ON_IMPORTANCE),
                "O*NET importance from which a role relies on a work style",
            ),
            c(
                "OFFERED_EXTENT",
                f64::from(OFFERED_EXTENT),
                "O*NET extent from which a role offers a work value",
            ),
            c(
                "LITTLE_EXTENT",
                f64::from(LITTLE_EXTENT),
                "O*NET extent below which a role offers little of a work value",
            ),
            c(
                "REASONS_SHOWN",
                REASONS_SHOWN as f64,
                "strengths listed per occupation",
            ),
        ],
        sources: vec![
            ONET_FIT_FILES,
            attribution::ONET.text,
            HOLLAND,
            IPIP_NEO_120,
        ],
    }
}
