//! How well each O*NET occupation mapped to an ESCO occupation matches it by name. The crosswalk
//! maps many ESCO occupations to several O*NET codes in no meaningful order (a nuclear technician
//! to Biomass Power Plant Managers before Nuclear Technicians), so the profile's texts draw from
//! the best-named match first.
//!
//! The match of one O*NET title is the Dice overlap of its words with the words of the ESCO title
//! (or, at 0.9 of the weight, of an alternative label): `2 |A ∩ B| / (|A| + |B|)`, over lowercase
//! words without their plural ending and without "and", "of", "or", "except", "all" and "other".
//! A match that Nesta's manually validated crosswalk confirms (`OnetOccupation::confirmed`)
//! ranks above every unconfirmed one: a person checked it.
//!
//! A mapping is weak when Nesta's crosswalk puts the occupation in another SOC major group than
//! every mapped code and no mapped title shares a word with the ESCO names (astrologer mapped
//! only to Mathematicians): its O*NET-based numbers are then said to rest on a weak match.

use crate::model::{OccupationDetail, OnetOccupation};

/// Words that say nothing about the occupation itself.
const STOP_WORDS: [&str; 8] = ["and", "of", "or", "except", "all", "other", "the", "in"];

/// An alternative label counts a little less than the title, so the title breaks ties.
pub const ALT_LABEL_WEIGHT: f32 = 0.9;
/// What a Nesta confirmation adds to a match's quality: more than any name match can.
pub const CONFIRMED_WEIGHT: f32 = 1.0;
/// Below this best name match, a mapping that Nesta places in another SOC major group is weak.
pub const WEAK_NAME_MATCH: f32 = 0.2;

/// A word without its plural ending: "analysts" and "analyst", "hostesses" and "hostess",
/// "secretaries" and "secretary" compare equal.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() > 2) {
        return format!("{stem}y");
    }
    for ending in ["sses", "shes", "ches", "xes"] {
        if word.ends_with(ending) {
            return word[..word.len() - 2].to_owned();
        }
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') && stem.len() > 2 => stem.to_owned(),
        _ => word.to_owned(),
    }
}

/// The meaningful words of a name, singular and lowercase, without repeats.
fn words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| singular(&w.to_lowercase()))
    {
        if !STOP_WORDS.contains(&word.as_str()) && !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

fn dice(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.iter().filter(|word| b.contains(word)).count();
    2.0 * shared as f32 / (a.len() + b.len()) as f32
}

/// How well `onet`'s title matches the ESCO occupation's title or alternative labels, 0 to 1.
pub fn name_match(detail: &OccupationDetail, onet: &OnetOccupation) -> f32 {
    title_match(&detail.title, &detail.alt_labels, &onet.title)
}

/// How well an O*NET title matches an ESCO title or its alternative labels, 0 to 1.
pub fn title_match(esco_title: &str, alt_labels: &[String], onet_title: &str) -> f32 {
    let onet_words = words(onet_title);
    let title = dice(&words(esco_title), &onet_words);
    alt_labels
        .iter()
        .map(|label| ALT_LABEL_WEIGHT * dice(&words(label), &onet_words))
        .fold(title, f32::max)
}

/// A match's quality: its name match, plus [`CONFIRMED_WEIGHT`] if Nesta confirms it.
pub fn quality(name_match: f32, confirmed: bool) -> f32 {
    name_match + if confirmed { CONFIRMED_WEIGHT } else { 0.0 }
}

/// Whether the first of these qualities (sorted best first) is clearly the best match: above
/// the second, or, alone, above nothing at all.
pub fn is_clear_best(ranked_qualities: &[f32]) -> bool {
    match ranked_qualities {
        [best, second, ..] => best > second,
        [best] => *best > 0.0,
        [] => false,
    }
}

/// Whether a mapping is weak: Nesta places the occupation in another SOC major group than
/// every mapped code (`nesta_elsewhere`), and the best name match is below [`WEAK_NAME_MATCH`].
pub fn is_weak_match(nesta_elsewhere: bool, best_name_match: f32) -> bool {
    nesta_elsewhere && best_name_match < WEAK_NAME_MATCH
}

/// The mapped O*NET occupations, best match first ([`ranked_matches`]); equal matches keep the
/// crosswalk's order.
pub fn ranked_onet(detail: &OccupationDetail) -> Vec<&OnetOccupation> {
    ranked_matches(&detail.title, &detail.alt_labels, &detail.onet)
        .into_iter()
        .map(|(onet, _)| onet)
        .collect()
}

/// The O*NET occupations `onet` mapped to the ESCO occupation named `esco_title` (with its
/// `alt_labels`), each with its [`quality`], best first; equal matches keep their order. The
/// profile's texts and the build's "what still depends on people" rank by this one rule.
pub fn ranked_matches<'a>(
    esco_title: &str,
    alt_labels: &[String],
    onet: &'a [OnetOccupation],
) -> Vec<(&'a OnetOccupation, f32)> {
    let mut ranked: Vec<(&OnetOccupation, f32)> = onet
        .iter()
        .map(|o| {
            let name = title_match(esco_title, alt_labels, &o.title);
            (o, quality(name, o.confirmed))
        })
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn onet(title: &str) -> OnetOccupation {
        OnetOccupation {
            code: format!("code of {title}"),
            title: title.to_owned(),
            tasks: Vec::new(),
            tasks_total: 0,
            confirmed: false,
        }
    }

    fn detail(title: &str, alt_labels: &[&str], onet_titles: &[&str]) -> OccupationDetail {
        OccupationDetail {
            title: title.to_owned(),
            alt_labels: alt_labels.iter().map(|s| s.to_string()).collect(),
            onet: onet_titles.iter().map(|t| onet(t)).collect(),
            ..OccupationDetail::default()
        }
    }

    #[test]
    fn plural_endings_compare_equal() {
        assert_eq!(singular("analysts"), "analyst");
        assert_eq!(singular("hostesses"), "hostess");
        assert_eq!(singular("secretaries"), "secretary");
        assert_eq!(singular("class"), "class");
        assert_eq!(singular("bus"), "bus");
    }

    #[test]
    fn dice_counts_shared_words_over_both_lengths() {
        // "nuclear technician" and "Nuclear Technicians": 2 shared of 2 + 2.
        let d = detail(
            "nuclear technician",
            &[],
            &["Biomass Power Plant Managers", "Nuclear Technicians"],
        );
        assert_eq!(name_match(&d, &d.onet[1]), 1.0);
        assert_eq!(name_match(&d, &d.onet[0]), 0.0);
        let ranked: Vec<&str> = ranked_onet(&d).iter().map(|o| o.title.as_str()).collect();
        assert_eq!(
            ranked,
            ["Nuclear Technicians", "Biomass Power Plant Managers"]
        );
    }

    #[test]
    fn an_alternative_label_counts_at_nine_tenths() {
        // Title "chief ICT security officer" shares only "security" with both O*NET titles:
        // 2 * 1 / (4 + 3) = 0.2857. The label "information security administrator" shares
        // "security" with "Security Management Specialists" (0.9 * 2 / 6 = 0.3, which beats the
        // title's 0.2857) and "information" and "security" with "Information Security Analysts"
        // (0.9 * 4 / 6 = 0.6).
        let d = detail(
            "chief ICT security officer",
            &["information security administrator"],
            &[
                "Security Management Specialists",
                "Information Security Analysts",
            ],
        );
        assert!((name_match(&d, &d.onet[0]) - 0.3).abs() < 1e-6);
        assert!((name_match(&d, &d.onet[1]) - 0.6).abs() < 1e-6);
        assert_eq!(ranked_onet(&d)[0].title, "Information Security Analysts");
    }

    #[test]
    fn a_confirmed_match_ranks_first_whatever_its_name() {
        // Name matches: "Sommeliers" 2 x 1 / (2 + 1) = 0.667, "Bartenders" 0; Nesta confirms
        // Bartenders: 0 + 1 > 0.667.
        let mut d = detail("wine sommelier", &[], &["Sommeliers", "Bartenders"]);
        d.onet[1].confirmed = true;
        let ranked = ranked_matches(&d.title, &d.alt_labels, &d.onet);
        assert_eq!(
            (ranked[0].0.title.as_str(), ranked[0].1),
            ("Bartenders", 1.0)
        );
        assert!((ranked[1].1 - 2.0 / 3.0).abs() < 1e-6);
        assert_eq!(ranked_onet(&d)[0].title, "Bartenders");
    }

    #[test]
    fn weak_needs_both_nesta_elsewhere_and_no_shared_word() {
        assert!(is_weak_match(true, 0.0));
        assert!(is_weak_match(true, 0.19));
        assert!(!is_weak_match(true, 0.2));
        assert!(!is_weak_match(false, 0.0));
    }

    #[test]
    fn equal_matches_keep_the_crosswalk_order() {
        let d = detail("sommelier", &[], &["Bartenders", "Waiters and Waitresses"]);
        let ranked: Vec<&str> = ranked_onet(&d).iter().map(|o| o.title.as_str()).collect();
        assert_eq!(ranked, ["Bartenders", "Waiters and Waitresses"]);
    }
}
