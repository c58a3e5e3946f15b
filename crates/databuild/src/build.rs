//! Joining ESCO and O*NET into the shipped dataset, and reporting what was dropped and why.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use careerlens_engine::attribution;
use careerlens_engine::methodology::FittedValues;
use careerlens_engine::model::{
    DetailSkill, Index, IndexOccupation, Manifest, OccupationDetail, OnetProfile, SCHEMA_VERSION,
    SimilarRole, SkillDictionary, SourceInfo,
};
use careerlens_engine::scorecard;
use careerlens_engine::similarity::{ADJACENT_SHOWN, SIMILAR_SHOWN, SimilarityIndex};
use careerlens_engine::viability;

use crate::error::Result;
use crate::profile::{COVERAGE_KINDS, aggregate, code_profile, job_zone, rated};
use crate::skills::{assign_skill_ids, join_relations, skill_dictionary};
use crate::table::Sources;
use crate::{ai, crosswalk, esco, onet, scoring, slug};

/// Bytes of skill descriptions a detail chunk may carry, less [`DESCRIPTION_PER_SKILL`] for
/// every skill it lists: descriptions are given to essential skills, then optional ones, each
/// list by label, until the next one would pass the budget. Keeps every chunk under 10 KB gzip.
pub const DESCRIPTION_BUDGET: usize = 12_000;
/// Budget taken by each listed skill's id and label.
pub const DESCRIPTION_PER_SKILL: usize = 25;

/// The whole dataset, in memory, ready to be written.
pub struct Dataset {
    /// `manifest.json`.
    pub manifest: Manifest,
    /// `index.json`.
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
/// Reads every input under `sources` and joins them into a [`Dataset`].
pub fn assemble(sources: &Path, report: &mut Report) -> Result<Dataset> {
    let mut src = Sources::new(sources);
    let esco = esco::load(&mut src)?;
    let onet = onet::load(&mut src)?;
    let ai_sources = ai::load(&mut src)?;
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    let mut count = |k: &str, v: usize| {
        counts.insert(k.to_string(), v as u64);
    };

    count("esco_occupations", esco.occupations.len());
    count("esco_skills", esco.skills.len());
    count("esco_relation_rows", esco.relations.len());
    report.note(format!(
        "read {} occupations, {} skills, {} occupation-skill relation rows",
        esco.occupations.len(),
        esco.skills.len(),
        esco.relations.len()
    ));

    let links = join_relations(&esco, report, &mut count);
    let skill_ids = assign_skill_ids(&esco, &links);
    let skills = skill_dictionary(&esco, &skill_ids, report, &mut count);
    let mut descriptions = vec![""; esco.skills.len()];
    for s in &esco.skills {
        descriptions[skill_ids[s.uri.as_str()] as usize] = &s.description;
    }
    let onet_codes = crosswalk::crosswalk(&esco, &onet, report, &mut count);
    // Ratings per mapped code; each occupation gets the mean of its codes' ratings.
    let profiles: BTreeMap<String, OnetProfile> = onet_codes
        .iter()
        .flatten()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .filter_map(|code| code_profile(&onet, code).map(|p| (code.clone(), p)))
        .collect();

    let slugs = slug::assign_slugs(
        &esco
            .occupations
            .iter()
            .map(|o| (o.uuid.as_str(), o.label.as_str(), o.isco.as_str()))
            .collect::<Vec<_>>(),
    );

    let mut coverage: BTreeMap<&str, usize> = BTreeMap::new();
    let mut entries = Vec::new();
    let mut details = Vec::new();
    let mut isco_used = BTreeMap::new();
    let mut score_inputs = Vec::new();
    let mut role_inputs = Vec::new();
    let ctx = scoring::Context {
        esco: &esco,
        onet: &onet,
        ai: &ai_sources,
        skills: &skills,
    };
    for (i, occ) in esco.occupations.iter().enumerate() {
        let codes: Vec<&str> = onet_codes[i].iter().map(String::as_str).collect();
        let agg = aggregate(&onet, &codes);
        let ratings = OnetProfile::mean(
            &codes
                .iter()
                .filter_map(|c| profiles.get(*c))
                .collect::<Vec<_>>(),
        );
        for (kind, has) in agg.coverage(&ratings) {
            if has {
                *coverage.entry(kind).or_default() += 1;
            }
        }
        let isco_label = esco.isco_groups.get(&occ.isco).cloned().unwrap_or_default();
        isco_used.insert(occ.isco.clone(), isco_label.clone());
        let mut essential = Vec::new();
        let mut optional = Vec::new();
        for (uri, is_essential) in &links[i] {
            let id = skill_ids[uri.as_str()];
            if *is_essential {
                essential.push(id);
            } else {
                optional.push(id);
            }
        }
        essential.sort_unstable();
        optional.sort_unstable();
        let slug = slugs[&occ.uuid].clone();
        let category = slug::category(&occ.isco).to_string();
        let mut budget = DESCRIPTION_BUDGET
            .saturating_sub(DESCRIPTION_PER_SKILL * (essential.len() + optional.len()));
        let mut detail_skills = |ids: &[u32]| {
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
                if text.len() > budget {
                    budget = 0;
                    break;
                }
                budget -= text.len();
                skill.description = Some(text.to_string());
            }
            v
        };
        let essential_detail = detail_skills(&essential);
        let optional_detail = detail_skills(&optional);
        let (inputs, role) = scoring::inputs(
            &ctx,
            &scoring::Occupation {
                uri: &occ.uri,
                isco: &occ.isco,
                codes: &codes,
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
        score_inputs.push(inputs);
        role_inputs.push(role);
        details.push(OccupationDetail {
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
            onet: agg.onet.clone(),
            interests: rated(&onet.interests.names, &ratings.riasec),
            work_styles: rated(&onet.work_styles.names, &ratings.work_styles),
            work_values: rated(&onet.work_values.names, &ratings.work_values),
            job_zone: ratings.job_zone.map(|v| job_zone(&onet, v)),
            education: agg.education.clone(),
            technology: agg.technology.clone(),
            technology_total: agg.technology_total,
            ai: None,
            scores: None,
            similar: Vec::new(),
        });
        entries.push(IndexOccupation {
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
    let scored = scorecard::score_all(&score_inputs);
    for (i, card) in scored.cards.iter().enumerate() {
        entries[i].scores = Some(scoring::scores(card));
        details[i].ai = Some(scoring::analysis(card, &score_inputs[i], &role_inputs[i]));
    }
    scoring::report_coverage(&scored, report, &mut count);
    entries.sort_by(|a, b| (a.title.to_lowercase(), &a.id).cmp(&(b.title.to_lowercase(), &b.id)));
    details.sort_by(|a, b| a.slug.cmp(&b.slug));

    report.note(format!(
        "O*NET coverage of {} occupations: {}",
        esco.occupations.len(),
        COVERAGE_KINDS
            .iter()
            .map(|k| format!("{k} {}", coverage.get(k).copied().unwrap_or(0)))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    for k in COVERAGE_KINDS {
        count(
            &format!("onet_coverage_{k}"),
            coverage.get(k).copied().unwrap_or(0),
        );
    }
    count("index_occupations", entries.len());
    count("onet_codes_with_ratings", profiles.len());
    count("skills", skills.skills.len());
    count("skill_groups", skills.groups.len());

    let manifest = Manifest {
        schema_version: SCHEMA_VERSION,
        sources: sources_info(),
        inputs: src.hashes,
        counts,
    };
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
        },
    };
    let similarity = SimilarityIndex::build(&index.skill_profiles());
    index.fitted.viability = viability::calibrate(&similarity, &index.isco_codes());
    if let Some(t) = index.fitted.viability {
        report.note(format!(
            "viability thresholds from {} same-unit-group pairs: highly viable >= {}, viable >= {}",
            t.pair_count, t.highly_viable, t.viable
        ));
    }
    // Last, once the index is sorted and every score and threshold is final.
    fill_scores_and_similar(&mut details, &index, &similarity, &skills);
    Ok(Dataset {
        manifest,
        index,
        skills,
        details,
    })
}

/// Copies each occupation's index scores into its detail chunk and lists its similar roles
/// there: the engine's [`SimilarityIndex::similar_roles`] with the app's limits, resolved to
/// slugs, titles and skill labels, with the viability band of the fitted thresholds. This is
/// what the profile page computes from the index, so a chunk alone can show it.
fn fill_scores_and_similar(
    details: &mut [OccupationDetail],
    index: &Index,
    similarity: &SimilarityIndex,
    skills: &SkillDictionary,
) {
    let thresholds = index.fitted.viability;
    for (origin, occupation) in index.occupations.iter().enumerate() {
        let at = details
            .binary_search_by(|d| d.slug.as_str().cmp(&occupation.slug))
            .expect("every index occupation has a detail chunk, sorted by slug");
        let detail = &mut details[at];
        detail.scores = occupation.scores.clone();
        detail.similar = similarity
            .similar_roles(origin, SIMILAR_SHOWN, ADJACENT_SHOWN)
            .into_iter()
            .map(|role| {
                let target = &index.occupations[role.neighbour.occupation as usize];
                SimilarRole {
                    slug: target.slug.clone(),
                    title: target.title.clone(),
                    similarity: role.neighbour.similarity,
                    viability: thresholds.map(|t| t.classify(role.neighbour.similarity)),
                    skills_to_learn: role
                        .adjacent_skills
                        .iter()
                        .map(|&skill| skills.skills[skill as usize].label.clone())
                        .collect(),
                }
            })
            .collect();
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
        info(&attribution::GPTS_ARE_GPTS, ""),
        info(&attribution::MICROSOFT_WORKING_WITH_AI, ""),
        info(&attribution::ANTHROPIC_ECONOMIC_INDEX, ""),
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
