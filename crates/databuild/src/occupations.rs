//! One pass over the ESCO occupations, in ESCO order: each one's detail chunk, index entry and
//! engine score inputs, from its joined skills and mapped O*NET codes. The build's fourth step
//! (see [`crate::build::assemble`]); scores, sorting and similar roles come after it.

use std::collections::{BTreeMap, BTreeSet};

use careerlens_engine::model::{
    DetailSkill, IndexOccupation, OccupationDetail, OnetOccupation, OnetProfile, SCHEMA_VERSION,
    SkillDictionary,
};
use careerlens_engine::narrative::matching;
use careerlens_engine::scorecard::OccupationScoreInputs;

use crate::ai::AiSources;
use crate::build::search_labels;
use crate::esco::Esco;
use crate::nesta::NestaMatches;
use crate::onet::Onet;
use crate::profile::{aggregate, job_zone, rated};
use crate::scoring::{self, RoleInputs};
use crate::slug;

/// Bytes of skill descriptions a detail chunk may carry, less [`DESCRIPTION_PER_SKILL`] for
/// every skill it lists: descriptions are given to essential skills, then optional ones, each
/// list by label, until the next one would pass the budget. Keeps every chunk under 10 KB gzip.
pub const DESCRIPTION_BUDGET: usize = 12_000;
/// Budget taken by each listed skill's id and label.
pub const DESCRIPTION_PER_SKILL: usize = 25;

/// What the earlier steps joined, which every occupation draws on.
pub(crate) struct Joined<'a> {
    pub esco: &'a Esco,
    pub onet: &'a Onet,
    pub ai: &'a AiSources,
    /// The skill dictionary, by skill id.
    pub skills: &'a SkillDictionary,
    /// Skill URI → skill id.
    pub skill_ids: &'a BTreeMap<&'a str, u32>,
    /// Each skill's ESCO description, by skill id.
    pub descriptions: &'a [&'a str],
    /// Per occupation, in ESCO order: skill URI → essential?
    pub links: &'a [BTreeMap<String, bool>],
    /// Per occupation, in ESCO order: its mapped O*NET-SOC codes.
    pub onet_codes: &'a [BTreeSet<String>],
    /// Mean ratings of each mapped O*NET-SOC code that has any.
    pub profiles: &'a BTreeMap<String, OnetProfile>,
    /// Nesta's validated matches, which rank the mapped codes and flag weak mappings.
    pub nesta: &'a NestaMatches,
}

/// Every occupation's shipped records and score inputs, all in ESCO order so that position
/// `i` of each list is the same occupation until the build sorts them.
#[derive(Default)]
pub(crate) struct Occupations {
    /// Index entries, without scores.
    pub entries: Vec<IndexOccupation>,
    /// Detail chunks, without the AI analysis, scores and similar roles.
    pub details: Vec<OccupationDetail>,
    /// The engine's inputs for [`careerlens_engine::scorecard::score_all`].
    pub score_inputs: Vec<OccupationScoreInputs>,
    /// What the role-change picks are resolved against.
    pub role_inputs: Vec<RoleInputs>,
    /// The ISCO unit groups in use, with their labels.
    pub isco_used: BTreeMap<String, String>,
    /// How many occupations have each kind of O*NET data ([`crate::profile::COVERAGE_KINDS`]).
    pub coverage: BTreeMap<&'static str, usize>,
    /// Whether each occupation's O*NET mapping is weak ([`matching::is_weak_match`]).
    pub weak_match: Vec<bool>,
}

/// Builds every occupation's index entry, detail chunk and score inputs.
pub(crate) fn build(joined: &Joined<'_>) -> Occupations {
    let Joined {
        esco,
        onet,
        ai,
        skills,
        skill_ids,
        descriptions,
        links,
        onet_codes,
        profiles,
        nesta,
    } = *joined;
    let slugs = slug::assign_slugs(
        &esco
            .occupations
            .iter()
            .map(|o| (o.uuid.as_str(), o.label.as_str(), o.isco.as_str()))
            .collect::<Vec<_>>(),
    );
    let ctx = scoring::Context {
        esco,
        onet,
        ai,
        skills,
    };
    let mut out = Occupations::default();
    for (i, occ) in esco.occupations.iter().enumerate() {
        let codes: Vec<&str> = onet_codes[i].iter().map(String::as_str).collect();
        let agg = aggregate(onet, &codes);
        // Each occupation gets the mean of its codes' ratings.
        let ratings = OnetProfile::mean(
            &codes
                .iter()
                .filter_map(|c| profiles.get(*c))
                .collect::<Vec<_>>(),
        );
        for (kind, has) in agg.coverage(&ratings) {
            if has {
                *out.coverage.entry(kind).or_default() += 1;
            }
        }
        let isco_label = esco.isco_groups.get(&occ.isco).cloned().unwrap_or_default();
        out.isco_used.insert(occ.isco.clone(), isco_label.clone());
        let (essential, optional) = split_skills(&links[i], skill_ids);
        let slug = slugs[&occ.uuid].clone();
        let category = slug::category(&occ.isco).to_string();
        let mut budget = DESCRIPTION_BUDGET
            .saturating_sub(DESCRIPTION_PER_SKILL * (essential.len() + optional.len()));
        let essential_detail = detail_skills(&essential, skills, descriptions, &mut budget);
        let optional_detail = detail_skills(&optional, skills, descriptions, &mut budget);
        let mut onet_detail = agg.onet.clone();
        for o in &mut onet_detail {
            o.confirmed = crate::nesta::confirms(nesta, &occ.uri, &o.code);
        }
        let ranked = rank_codes(&occ.label, &occ.alt_labels, &onet_detail);
        let best_name = onet_detail
            .iter()
            .map(|o| matching::title_match(&occ.label, &occ.alt_labels, &o.title))
            .fold(0.0, f32::max);
        out.weak_match.push(matching::is_weak_match(
            crate::nesta::places_elsewhere(nesta, &occ.uri, &codes),
            best_name,
        ));
        let (inputs, role) = scoring::inputs(
            &ctx,
            &scoring::Occupation {
                uri: &occ.uri,
                isco: &occ.isco,
                codes: &ranked.codes,
                clear_best: ranked.clear_best,
                skill_ids: essential.iter().chain(&optional).copied().collect(),
                skill_uris: links[i].keys().map(String::as_str).collect(),
                display_skills: essential_detail
                    .iter()
                    .map(|s| (s, true))
                    .chain(optional_detail.iter().map(|s| (s, false)))
                    .collect(),
                work_styles: ratings.work_styles.as_deref(),
                job_zone: ratings.job_zone,
                technology_total: agg.technology_total,
            },
        );
        out.score_inputs.push(inputs);
        out.role_inputs.push(role);
        out.details.push(OccupationDetail {
            schema_version: SCHEMA_VERSION,
            id: occ.uuid.clone(),
            slug: slug.clone(),
            title: occ.label.clone(),
            description: occ.description.clone(),
            alt_labels: occ.alt_labels.clone(),
            isco: occ.isco.clone(),
            isco_label,
            category: category.clone(),
            essential: essential_detail,
            optional: optional_detail,
            onet: onet_detail,
            interests: rated(&onet.interests.names, &ratings.riasec),
            work_styles: rated(&onet.work_styles.names, &ratings.work_styles),
            work_values: rated(&onet.work_values.names, &ratings.work_values),
            job_zone: ratings.job_zone.map(|v| job_zone(onet, v)),
            education: agg.education.clone(),
            technology: agg.technology.clone(),
            technology_total: agg.technology_total,
            ai: None,
            scores: None,
            similar: Vec::new(),
            closest_lacks: Vec::new(),
            progression: Vec::new(),
            lateral: Vec::new(),
        });
        out.entries.push(IndexOccupation {
            id: occ.uuid.clone(),
            slug,
            title: occ.label.clone(),
            alt_labels: search_labels(&occ.label, &occ.alt_labels),
            isco: occ.isco.clone(),
            category,
            essential,
            optional,
            onet: codes.iter().map(|c| c.to_string()).collect(),
            riasec: ratings.riasec,
            work_styles: ratings.work_styles,
            work_values: ratings.work_values,
            job_zone: ratings.job_zone,
            scores: None,
        });
    }
    out
}

/// An occupation's mapped codes, best match first, and whether the first is clearly best.
struct RankedCodes<'a> {
    codes: Vec<&'a str>,
    clear_best: bool,
}

/// Ranks the mapped codes by [`matching::ranked_matches`], best first; equal ones stay ascending.
fn rank_codes<'a>(
    title: &str,
    alt_labels: &[String],
    onet: &'a [OnetOccupation],
) -> RankedCodes<'a> {
    let (codes, qualities): (Vec<&str>, Vec<f32>) =
        matching::ranked_matches(title, alt_labels, onet)
            .into_iter()
            .map(|(o, quality)| (o.code.as_str(), quality))
            .unzip();
    RankedCodes {
        clear_best: matching::is_clear_best(&qualities),
        codes,
    }
}

/// One occupation's skill ids, essential and optional, each ascending.
fn split_skills(
    links: &BTreeMap<String, bool>,
    skill_ids: &BTreeMap<&str, u32>,
) -> (Vec<u32>, Vec<u32>) {
    let mut essential = Vec::new();
    let mut optional = Vec::new();
    for (uri, is_essential) in links {
        let id = skill_ids[uri.as_str()];
        if *is_essential {
            essential.push(id);
        } else {
            optional.push(id);
        }
    }
    essential.sort_unstable();
    optional.sort_unstable();
    (essential, optional)
}

/// A detail chunk's list of these skills, sorted by label, each given its description while
/// `budget` (shared by the chunk's two lists, essential first) lasts. The first description
/// that does not fit sets the budget to zero and ends this list's descriptions, so the rest of
/// this list, and every skill of the next one with a non-empty description, go without.
fn detail_skills(
    ids: &[u32],
    skills: &SkillDictionary,
    descriptions: &[&str],
    budget: &mut usize,
) -> Vec<DetailSkill> {
    let mut v: Vec<DetailSkill> = ids
        .iter()
        .map(|&id| {
            let s = &skills.skills[id as usize];
            DetailSkill {
                id,
                label: s.label.clone(),
                kind: s.kind,
                reuse: s.reuse,
                description: None,
            }
        })
        .collect();
    v.sort_by(|a, b| a.label.cmp(&b.label).then(a.id.cmp(&b.id)));
    for skill in &mut v {
        let text = descriptions[skill.id as usize];
        if text.len() > *budget {
            *budget = 0;
            break;
        }
        *budget -= text.len();
        skill.description = Some(text.to_string());
    }
    v
}
