//! Joining ESCO and O*NET into the shipped dataset, and reporting what was dropped and why.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use careerlens_engine::attribution;
use careerlens_engine::blend::{self, ActivityProfiles};
use careerlens_engine::methodology::FittedValues;
use careerlens_engine::model::{
    Index, Manifest, OccupationDetail, OccupationScores, OnetProfile, SCHEMA_VERSION, SimilarRole,
    SkillDictionary, SourceInfo,
};
use careerlens_engine::pathways;
use careerlens_engine::scorecard::{self, ScoredSet};
use careerlens_engine::similarity::{
    ADJACENT_SHOWN, CLOSEST_LACKS_SHOWN, SIMILAR_SHOWN, SimilarMove, SimilarityIndex,
};
use careerlens_engine::viability;

use crate::ai::AiSources;
use crate::error::Result;
use crate::esco::Esco;
use crate::occupations::{self, Joined, Occupations};
use crate::onet::Onet;
use crate::profile::{COVERAGE_KINDS, code_profile};
use crate::skills::{assign_skill_ids, join_relations, skill_dictionary};
use crate::table::Sources;
use crate::{ai, crosswalk, esco, nesta, onet, scoring, slug};

pub use crate::occupations::{DESCRIPTION_BUDGET, DESCRIPTION_PER_SKILL};

/// The whole dataset, in memory, ready to be written.
pub struct Dataset {
    /// `manifest.json`.
    pub manifest: Manifest,
    /// The index: `index/core.json` and its other parts.
    pub index: Index,
    /// `skills.json`.
    pub skills: SkillDictionary,
    /// `occupations/<slug>.json`, sorted by slug.
    pub details: Vec<OccupationDetail>,
}

/// Human-readable build notes (counts, drops, coverage), printed to stderr by the CLI.
#[derive(Default, Debug)]
pub struct Report {
    /// One line per note, in build order.
    pub lines: Vec<String>,
}

impl Report {
    pub(crate) fn note(&mut self, line: impl Into<String>) {
        self.lines.push(line.into());
    }
}

/// Reads every input under `sources` and joins them into a [`Dataset`], in named steps whose
/// order matters: skill ids exist before any occupation lists them; every occupation's score
/// inputs exist before scoring, since the score scales are fitted over all of them; the scores
/// are written back while the lists are still in ESCO order, like the score cards, and only
/// then sorted; the similarity index is built on the sorted index, whose positions the similar
/// roles name; and the detail chunks are filled last, once every score and threshold is final.
pub fn assemble(sources: &Path, report: &mut Report) -> Result<Dataset> {
    let mut src = Sources::new(sources);
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    let mut count = |k: &str, v: usize| {
        counts.insert(k.to_string(), v as u64);
    };
    let (esco, onet, ai) = read_sources(&mut src, report, &mut count)?;
    let nesta = nesta::load(&mut src)?;
    let skills = join_skills(&esco, report, &mut count);
    let onet_join = join_onet(&esco, &onet, report, &mut count);
    let mut occupations = occupations::build(&Joined {
        esco: &esco,
        onet: &onet,
        ai: &ai,
        skills: &skills.dictionary,
        skill_ids: &skills.ids,
        descriptions: &skills.descriptions,
        links: &skills.links,
        onet_codes: &onet_join.codes,
        profiles: &onet_join.profiles,
        nesta: &nesta,
    });
    let weak = occupations.weak_match.iter().filter(|w| **w).count();
    report.note(format!(
        "weak O*NET matches (Nesta elsewhere, no shared word): {weak}"
    ));
    count("weak_onet_matches", weak);
    let scored = score(&mut occupations, report, &mut count);
    sort_for_shipping(&mut occupations);
    count_coverage(&occupations, esco.occupations.len(), report, &mut count);
    count("index_occupations", occupations.entries.len());
    count("onet_codes_with_ratings", onet_join.profiles.len());
    count("skills", skills.dictionary.skills.len());
    count("skill_groups", skills.dictionary.groups.len());

    let Occupations {
        entries,
        mut details,
        isco_used,
        ..
    } = occupations;
    let mut index = Index {
        schema_version: SCHEMA_VERSION,
        riasec: onet.interests.names.clone(),
        work_styles: onet.work_styles.names.clone(),
        work_values: onet.work_values.names.clone(),
        isco_groups: isco_used,
        categories: slug::categories(),
        occupations: entries,
        fitted: FittedValues {
            exposure_scales: scored.exposure_scales,
            viability: None,
            vector_fit: scored.vector_fit,
            human_scales: scored.human_scales,
        },
    };
    let similarity = fit_viability(&mut index, report);
    let activities =
        ActivityProfiles::new(&crate::activities::profiles(&onet.work_activities, &index));
    report_same_group_similar(&index, &similarity, &activities, report, &mut count);
    fill_scores_and_similar(
        &mut details,
        &index,
        &similarity,
        &activities,
        &skills.dictionary,
    );
    let manifest = Manifest {
        schema_version: SCHEMA_VERSION,
        sources: sources_info(),
        inputs: src.hashes,
        counts,
    };
    Ok(Dataset {
        manifest,
        index,
        skills: skills.dictionary,
        details,
    })
}

/// Step 1: reads the ESCO, O*NET and AI-exposure sources (hashing each file for the manifest)
/// and notes how many ESCO rows came in, before anything is dropped.
fn read_sources(
    src: &mut Sources,
    report: &mut Report,
    count: &mut impl FnMut(&str, usize),
) -> Result<(Esco, Onet, AiSources)> {
    let esco = esco::load(src)?;
    let onet = onet::load(src)?;
    let ai = ai::load(src)?;
    count("esco_occupations", esco.occupations.len());
    count("esco_skills", esco.skills.len());
    count("esco_relation_rows", esco.relations.len());
    report.note(format!(
        "read {} occupations, {} skills, {} occupation-skill relation rows",
        esco.occupations.len(),
        esco.skills.len(),
        esco.relations.len()
    ));
    Ok((esco, onet, ai))
}

/// ESCO's occupation-skill links and the skill dictionary they index.
struct SkillJoin<'a> {
    /// Per occupation, in ESCO order: skill URI → essential?
    links: Vec<BTreeMap<String, bool>>,
    /// Skill URI → skill id.
    ids: BTreeMap<&'a str, u32>,
    /// The shipped `skills.json`.
    dictionary: SkillDictionary,
    /// Each skill's ESCO description, by skill id.
    descriptions: Vec<&'a str>,
}

/// Step 2: joins ESCO's relation rows to its occupations and skills, then numbers the skills
/// (the most used first, so the index carries short numbers) and builds the dictionary. The
/// ids come from the joined links, so this precedes every use of a skill id.
fn join_skills<'a>(
    esco: &'a Esco,
    report: &mut Report,
    count: &mut impl FnMut(&str, usize),
) -> SkillJoin<'a> {
    let links = join_relations(esco, report, count);
    let ids = assign_skill_ids(esco, &links);
    let dictionary = skill_dictionary(esco, &ids, report, count);
    let mut descriptions = vec![""; esco.skills.len()];
    for s in &esco.skills {
        descriptions[ids[s.uri.as_str()] as usize] = &s.description;
    }
    SkillJoin {
        links,
        ids,
        dictionary,
        descriptions,
    }
}

/// Each ESCO occupation's O*NET-SOC codes, and the ratings of the codes.
struct OnetJoin {
    /// Per occupation, in ESCO order.
    codes: Vec<BTreeSet<String>>,
    /// The mean ratings of each mapped code that has any.
    profiles: BTreeMap<String, OnetProfile>,
}

/// Step 3: maps each ESCO occupation to O*NET-SOC codes through the crosswalk (with the label
/// fallback) and reads the ratings of every mapped code once, since codes are shared.
fn join_onet(
    esco: &Esco,
    onet: &Onet,
    report: &mut Report,
    count: &mut impl FnMut(&str, usize),
) -> OnetJoin {
    let codes = crosswalk::crosswalk(esco, onet, report, count);
    let profiles = codes
        .iter()
        .flatten()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .filter_map(|code| code_profile(onet, code).map(|p| (code.clone(), p)))
        .collect();
    OnetJoin { codes, profiles }
}

// Step 4 is `occupations::build`: every occupation's detail chunk, index entry and score
// inputs, in ESCO order.

/// Step 5: scores every occupation at once (the exposure and human-judgement scales are fitted
/// over all of them) and writes each score card into its index entry and detail chunk, which
/// are still in ESCO order like the cards. Returns the scored set, for its fitted values.
fn score(
    occupations: &mut Occupations,
    report: &mut Report,
    count: &mut impl FnMut(&str, usize),
) -> ScoredSet {
    let scored = scorecard::score_all(&occupations.score_inputs);
    for (i, card) in scored.cards.iter().enumerate() {
        occupations.entries[i].scores = Some(OccupationScores {
            weak_match: occupations.weak_match[i],
            ..scoring::scores(card)
        });
        occupations.details[i].ai = Some(scoring::analysis(
            card,
            &occupations.score_inputs[i],
            &occupations.role_inputs[i],
        ));
    }
    scoring::report_coverage(&scored, report, count);
    scoring::report_fit(&scored, report);
    scored
}

/// Step 6: puts the index in the order it ships (by lowercase title, then id) and the detail
/// chunks by slug. From here on an occupation's position is its position in the index.
fn sort_for_shipping(occupations: &mut Occupations) {
    occupations
        .entries
        .sort_by(|a, b| (a.title.to_lowercase(), &a.id).cmp(&(b.title.to_lowercase(), &b.id)));
    occupations.details.sort_by(|a, b| a.slug.cmp(&b.slug));
}

/// Notes and counts how many of the `total` occupations have each kind of O*NET data.
fn count_coverage(
    occupations: &Occupations,
    total: usize,
    report: &mut Report,
    count: &mut impl FnMut(&str, usize),
) {
    let covered = |k: &str| occupations.coverage.get(k).copied().unwrap_or(0);
    report.note(format!(
        "O*NET coverage of {total} occupations: {}",
        COVERAGE_KINDS
            .iter()
            .map(|k| format!("{k} {}", covered(k)))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    for k in COVERAGE_KINDS {
        count(&format!("onet_coverage_{k}"), covered(k));
    }
}

/// Step 7: builds the similarity index on the sorted index and fits the viability thresholds
/// within ISCO unit groups into it. Returns the similarity index for the last step.
fn fit_viability(index: &mut Index, report: &mut Report) -> SimilarityIndex {
    let similarity = SimilarityIndex::build(&index.skill_profiles());
    index.fitted.viability = viability::calibrate(&similarity, &index.isco_codes());
    if let Some(t) = index.fitted.viability {
        report.note(format!(
            "viability thresholds from {} same-unit-group pairs: highly viable >= {}, viable >= {}",
            t.pair_count, t.highly_viable, t.viable
        ));
    }
    similarity
}

/// Notes how many occupations' top 10 similar roles hold an occupation of their own ISCO unit
/// group, by skills alone and by the blend with work activities: the check that the blend
/// finds related work at least as often.
fn report_same_group_similar(
    index: &Index,
    skills: &SimilarityIndex,
    activities: &ActivityProfiles,
    report: &mut Report,
    count: &mut impl FnMut(&str, usize),
) {
    let (by_skills, blended) =
        same_group_top(index, skills, activities, crate::validate::TOP_SIMILAR);
    report.note(format!(
        "top-10 similar roles holding a same-unit-group occupation: {by_skills} of {} by skills \
         alone, {blended} with the work-activity blend",
        index.occupations.len()
    ));
    count("similar_top10_same_unit_group_skills", by_skills);
    count("similar_top10_same_unit_group_blended", blended);
}

/// Occupations whose `top` most similar roles hold one of their own ISCO unit group, by skills
/// alone and by the blend.
pub fn same_group_top(
    index: &Index,
    skills: &SimilarityIndex,
    activities: &ActivityProfiles,
    top: usize,
) -> (usize, usize) {
    let occupations = &index.occupations;
    let same =
        |origin: usize, other: u32| occupations[other as usize].isco == occupations[origin].isco;
    let mut by_skills = 0;
    let mut blended = 0;
    for origin in 0..occupations.len() {
        by_skills += usize::from(
            skills
                .top_k(origin, top)
                .iter()
                .any(|n| same(origin, n.occupation)),
        );
        blended += usize::from(
            blend::similar_roles(skills, activities, origin, top, 0)
                .iter()
                .any(|r| same(origin, r.skills.neighbour.occupation)),
        );
    }
    (by_skills, blended)
}

/// Step 8, last, once the index is sorted and every score and threshold is final: copies each
/// occupation's index scores into its detail chunk and lists its similar roles there: the
/// engine's [`blend::similar_roles`] of skills and work activities with the app's limits,
/// resolved to slugs, titles and skill labels, with the viability band that the pair's skill
/// similarity has under the fitted thresholds (viability is about the skills a move needs).
/// Then its progression and lateral moves beyond those roles (the engine's
/// [`pathways::occupation_moves`]) and what it needs that its closest role lacks, resolved
/// alike, so that a profile shows all of its pathways from its chunk.
fn fill_scores_and_similar(
    details: &mut [OccupationDetail],
    index: &Index,
    similarity: &SimilarityIndex,
    activities: &ActivityProfiles,
    skills: &SkillDictionary,
) {
    let thresholds = index.fitted.viability;
    let levels = pathways::career_levels(index);
    let labels = |ids: &[u32]| -> Vec<String> {
        ids.iter()
            .map(|&skill| skills.skills[skill as usize].label.clone())
            .collect()
    };
    let role = |target: usize, similarity: f32, skill_similarity: f32, adjacent: &[u32]| {
        let target = &index.occupations[target];
        SimilarRole {
            slug: target.slug.clone(),
            title: target.title.clone(),
            similarity,
            viability: thresholds.map(|t| t.classify(skill_similarity)),
            skills_to_learn: labels(adjacent),
        }
    };
    let moves = |moves: Vec<SimilarMove>| -> Vec<SimilarRole> {
        moves
            .iter()
            .map(|found| {
                let neighbour = found.neighbour;
                role(
                    neighbour.occupation as usize,
                    neighbour.similarity,
                    neighbour.similarity,
                    &found.adjacent_skills,
                )
            })
            .collect()
    };
    for (origin, occupation) in index.occupations.iter().enumerate() {
        let at = details
            .binary_search_by(|d| d.slug.as_str().cmp(&occupation.slug))
            .expect("every index occupation has a detail chunk, sorted by slug");
        let detail = &mut details[at];
        detail.scores = occupation.scores.clone();
        let similar = blend::similar_roles(
            similarity,
            activities,
            origin,
            SIMILAR_SHOWN,
            ADJACENT_SHOWN,
        );
        detail.similar = similar
            .iter()
            .map(|found| {
                let neighbour = found.skills.neighbour;
                role(
                    neighbour.occupation as usize,
                    found.similarity,
                    neighbour.similarity,
                    &found.skills.adjacent_skills,
                )
            })
            .collect();
        detail.closest_lacks = similar
            .first()
            .map(|closest| {
                let closest = closest.skills.neighbour.occupation as usize;
                labels(&similarity.adjacent_skills(closest, origin, CLOSEST_LACKS_SHOWN))
            })
            .unwrap_or_default();
        // The same rule a profile followed in the browser: the moves leave out the similar roles.
        let listed: Vec<u32> = similar
            .iter()
            .map(|found| found.skills.neighbour.occupation)
            .collect();
        let found = pathways::occupation_moves(
            similarity,
            &levels,
            origin,
            thresholds.map(|t| t.viable),
            &listed,
        );
        detail.progression = moves(found.progression);
        detail.lateral = moves(found.lateral);
    }
}

/// The alternative labels worth shipping in the index for search: a label is kept only if it
/// has a word (lowercase ASCII letters and digits) that neither the title nor an earlier kept
/// label has. Word-based search finds every dropped label through the kept ones.
pub fn search_labels(title: &str, alt_labels: &[String]) -> Vec<String> {
    let words = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut seen: BTreeSet<String> = words(title).into_iter().collect();
    let mut out = Vec::new();
    for label in alt_labels {
        let ws = words(label);
        if ws.iter().any(|w| !seen.contains(w)) {
            seen.extend(ws);
            out.push(label.clone());
        }
    }
    out
}

fn sources_info() -> Vec<SourceInfo> {
    let info = |a: &attribution::Attribution, extra: &str| SourceInfo {
        name: a.source.to_string(),
        version: a.version.to_string(),
        licence: a.licence.to_string(),
        attribution: if extra.is_empty() {
            a.text.to_string()
        } else {
            format!("{} {extra}", a.text)
        },
    };
    vec![
        info(&attribution::ESCO, ""),
        info(&attribution::ONET, attribution::ONET_MODIFIED),
        info(
            &attribution::ONET_WORK_ACTIVITIES,
            attribution::ONET_MODIFIED,
        ),
        info(&attribution::ONET_ABILITIES, attribution::ONET_MODIFIED),
        info(&attribution::GPTS_ARE_GPTS, ""),
        info(&attribution::MICROSOFT_WORKING_WITH_AI, ""),
        info(&attribution::ANTHROPIC_ECONOMIC_INDEX, ""),
        info(&attribution::NESTA_CROSSWALK, ""),
        SourceInfo {
            name: "ESCO to O*NET-SOC 2019 crosswalk (O*NET Resource Center)".to_string(),
            version: "O*NET-SOC 2019".to_string(),
            licence: "CC BY 4.0".to_string(),
            attribution: "Crosswalk from ESCO occupations to O*NET-SOC 2019 by the O*NET \
                          Resource Center (USDOL/ETA), used under the CC BY 4.0 license; it \
                          carries ESCO codes and titles of the European Commission."
                .to_string(),
        },
    ]
}
