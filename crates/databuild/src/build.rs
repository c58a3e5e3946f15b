//! Joining ESCO and O*NET into the shipped dataset, and reporting what was dropped and why.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use careerlens_engine::attribution;
use careerlens_engine::model::{
    DetailSkill, Education, Index, IndexOccupation, JobZone, Manifest, OccupationDetail,
    OnetOccupation, Rated, SCHEMA_VERSION, Skill, SkillDictionary, SkillGroup, SourceInfo, Task,
    TechnologySkill,
};

use crate::error::Result;
use crate::esco::{self, Esco};
use crate::onet::{self, ElementTable, Onet};
use crate::slug;
use crate::table::Sources;

/// At most this many task statements per O*NET-SOC code in a detail chunk...
pub const TASK_CAP: usize = 12;
/// ...and at most about this many over all its codes: each code gets
/// `clamp(TASK_BUDGET / codes, TASK_MIN, TASK_CAP)`.
pub const TASK_BUDGET: usize = 30;
/// Every mapped code keeps at least this many tasks.
pub const TASK_MIN: usize = 2;
/// Bytes of skill descriptions a detail chunk may carry, less [`DESCRIPTION_PER_SKILL`] for
/// every skill it lists: descriptions are given to essential skills, then optional ones, each
/// list by label, until the next one would pass the budget. Keeps every chunk under 10 KB gzip.
pub const DESCRIPTION_BUDGET: usize = 12_000;
/// Budget taken by each listed skill's id and label.
pub const DESCRIPTION_PER_SKILL: usize = 25;
/// At most this many technology skills per detail chunk.
pub const TECH_CAP: usize = 20;

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
    fn note(&mut self, line: impl Into<String>) {
        self.lines.push(line.into());
    }
}

/// Rounds to 2 decimals, so the JSON carries short, deterministic numbers.
fn r2(x: f64) -> f32 {
    ((x * 100.0).round() / 100.0) as f32
}

/// Reads every input under `sources` and joins them into a [`Dataset`].
pub fn assemble(sources: &Path, report: &mut Report) -> Result<Dataset> {
    let mut src = Sources::new(sources);
    let esco = esco::load(&mut src)?;
    let onet = onet::load(&mut src)?;
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
    let onet_codes = crosswalk(&esco, &onet, report, &mut count);

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
    for (i, occ) in esco.occupations.iter().enumerate() {
        let codes: Vec<&str> = onet_codes[i].iter().map(String::as_str).collect();
        let agg = aggregate(&onet, &codes);
        for (kind, has) in agg.coverage() {
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
            interests: rated(&onet.interests.names, &agg.interests),
            work_styles: rated(&onet.work_styles.names, &agg.work_styles),
            work_values: rated(&onet.work_values.names, &agg.work_values),
            job_zone: agg.job_zone.map(|v| job_zone(&onet, v)),
            education: agg.education.clone(),
            technology: agg.technology.clone(),
            technology_total: agg.technology_total,
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
            riasec: agg.interests.map(|v| v.into_iter().map(r2).collect()),
            work_styles: agg.work_styles.map(|v| v.into_iter().map(r2).collect()),
            work_values: agg.work_values.map(|v| v.into_iter().map(r2).collect()),
            job_zone: agg.job_zone.map(r2),
            scores: None,
        });
    }
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
    count("skills", skills.skills.len());
    count("skill_groups", skills.groups.len());

    let manifest = Manifest {
        schema_version: SCHEMA_VERSION,
        sources: sources_info(),
        inputs: src.hashes,
        counts,
    };
    let index = Index {
        schema_version: SCHEMA_VERSION,
        riasec: onet.interests.names.clone(),
        work_styles: onet.work_styles.names.clone(),
        work_values: onet.work_values.names.clone(),
        isco_groups: isco_used,
        categories: slug::categories(),
        occupations: entries,
    };
    Ok(Dataset {
        manifest,
        index,
        skills,
        details,
    })
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

/// Kinds of O*NET data whose coverage the build reports, in report order.
pub const COVERAGE_KINDS: [&str; 8] = [
    "any_code",
    "tasks",
    "work_styles",
    "work_values",
    "interests",
    "job_zone",
    "technology",
    "education",
];

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

/// Per occupation (by position in `esco.occupations`): skill URI → essential?
fn join_relations(
    esco: &Esco,
    report: &mut Report,
    count: &mut impl FnMut(&str, usize),
) -> Vec<BTreeMap<String, bool>> {
    let occ_pos: BTreeMap<&str, usize> = esco
        .occupations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.uri.as_str(), i))
        .collect();
    let skill_uris: BTreeSet<&str> = esco.skills.iter().map(|s| s.uri.as_str()).collect();
    let mut links: Vec<BTreeMap<String, bool>> = vec![BTreeMap::new(); esco.occupations.len()];
    let mut orphans: BTreeMap<&str, usize> = BTreeMap::new();
    let mut unknown_skills: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut duplicates, mut both) = (0, 0);
    for rel in &esco.relations {
        let Some(&i) = occ_pos.get(rel.occupation.as_str()) else {
            *orphans.entry(&rel.occupation).or_default() += 1;
            continue;
        };
        if !skill_uris.contains(rel.skill.as_str()) {
            *unknown_skills.entry(&rel.skill).or_default() += 1;
            continue;
        }
        match links[i].get(&rel.skill) {
            None => {
                links[i].insert(rel.skill.clone(), rel.essential);
            }
            Some(&prev) if prev == rel.essential => duplicates += 1,
            Some(_) => {
                both += 1;
                links[i].insert(rel.skill.clone(), true);
            }
        }
    }
    let dropped_orphans: usize = orphans.values().sum();
    for (uri, n) in &orphans {
        report.note(format!(
            "dropped {n} relation rows of occupation {uri}: not in {}",
            esco::OCCUPATIONS
        ));
    }
    for (uri, n) in &unknown_skills {
        report.note(format!(
            "dropped {n} relation rows of skill {uri}: not in {}",
            esco::SKILLS
        ));
    }
    if duplicates > 0 {
        report.note(format!("dropped {duplicates} duplicate relation rows"));
    }
    if both > 0 {
        report.note(format!(
            "{both} skills listed as both essential and optional for one occupation: kept as essential"
        ));
    }
    count("dropped_relations_unknown_occupation", dropped_orphans);
    count(
        "dropped_relations_unknown_skill",
        unknown_skills.values().sum(),
    );
    count("dropped_relations_duplicate", duplicates);
    let kept: usize = links.iter().map(BTreeMap::len).sum();
    count("relations", kept);
    let without = links.iter().filter(|l| l.is_empty()).count();
    count("occupations_without_skills", without);
    report.note(format!(
        "kept {kept} occupation-skill links; {without} occupations have no skills"
    ));
    links
}

/// Skill URI → id. Skills used by more occupations get smaller ids (shorter numbers in the
/// index); ties and unused skills are ordered by URI.
fn assign_skill_ids<'a>(
    esco: &'a Esco,
    links: &[BTreeMap<String, bool>],
) -> BTreeMap<&'a str, u32> {
    let mut usage: BTreeMap<&str, usize> =
        esco.skills.iter().map(|s| (s.uri.as_str(), 0)).collect();
    for l in links {
        for uri in l.keys() {
            if let Some(n) = usage.get_mut(uri.as_str()) {
                *n += 1;
            }
        }
    }
    let mut order: Vec<(&str, usize)> = usage.into_iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    order
        .into_iter()
        .enumerate()
        .map(|(id, (uri, _))| (uri, id as u32))
        .collect()
}

fn skill_dictionary(
    esco: &Esco,
    ids: &BTreeMap<&str, u32>,
    report: &mut Report,
    count: &mut impl FnMut(&str, usize),
) -> SkillDictionary {
    // Empty skillType in skills_en.csv: take it from the relation rows where they give one.
    let mut rel_kinds: BTreeMap<&str, BTreeSet<_>> = BTreeMap::new();
    for rel in &esco.relations {
        if let Some(k) = rel.kind {
            rel_kinds.entry(rel.skill.as_str()).or_default().insert(k);
        }
    }
    let (mut kind_empty, mut kind_filled, mut reuse_empty) = (0, 0, 0);
    let mut kind_empty_labels = Vec::new();
    let mut paths: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut skills: Vec<Option<(Skill, Vec<String>)>> = vec![None; esco.skills.len()];
    for s in &esco.skills {
        let mut kind = s.kind;
        if kind.is_none() {
            kind_empty += 1;
            kind_empty_labels.push(s.label.as_str());
            if let Some(set) = rel_kinds.get(s.uri.as_str()).filter(|set| set.len() == 1) {
                kind = set.first().copied();
                kind_filled += 1;
            }
        }
        if s.reuse.is_none() {
            reuse_empty += 1;
        }
        let path = group_path(esco, &s.uri, &mut paths, 0);
        let id = ids[s.uri.as_str()];
        skills[id as usize] = Some((
            Skill {
                id,
                label: s.label.clone(),
                kind,
                reuse: s.reuse,
                path: Vec::new(),
            },
            path,
        ));
    }
    let group_uris: BTreeSet<String> = skills
        .iter()
        .flatten()
        .flat_map(|(_, p)| p.iter().cloned())
        .collect();
    let group_ids: BTreeMap<&String, u32> = group_uris
        .iter()
        .enumerate()
        .map(|(i, uri)| (uri, i as u32))
        .collect();
    let groups = group_uris
        .iter()
        .map(|uri| {
            let (code, label) = &esco.skill_groups[uri];
            SkillGroup {
                code: code.clone(),
                label: label.clone(),
            }
        })
        .collect();
    let skills: Vec<Skill> = skills
        .into_iter()
        .flatten()
        .map(|(mut s, p)| {
            s.path = p.iter().map(|uri| group_ids[uri]).collect();
            s
        })
        .collect();
    let no_path = skills.iter().filter(|s| s.path.is_empty()).count();
    report.note(format!(
        "{kind_empty} skills have an empty skillType ({kind_filled} filled from the relations file, \
         the rest left unspecified); {reuse_empty} have an empty reuseLevel (left unspecified); \
         {no_path} have no skill-group path"
    ));
    if !kind_empty_labels.is_empty() {
        kind_empty_labels.sort_unstable();
        report.note(format!(
            "skills with an empty skillType: {}",
            kind_empty_labels.join("; ")
        ));
    }
    count("skills_empty_skill_type", kind_empty);
    count("skills_skill_type_from_relations", kind_filled);
    count("skills_empty_reuse_level", reuse_empty);
    count("skills_without_group_path", no_path);
    SkillDictionary { groups, skills }
}

/// Skill-group URIs from the broadest down to the concept's nearest group. Where a concept
/// has several broader concepts, a skill group is preferred over a skill, then the smallest URI.
fn group_path<'a>(
    esco: &'a Esco,
    uri: &'a str,
    memo: &mut BTreeMap<&'a str, Vec<String>>,
    depth: usize,
) -> Vec<String> {
    if let Some(p) = memo.get(uri) {
        return p.clone();
    }
    let parents = esco.broader.get(uri);
    let next = parents.and_then(|ps| {
        ps.iter()
            .find(|p| esco.skill_groups.contains_key(*p))
            .or_else(|| ps.first())
    });
    // The depth limit guards against a cycle in the broader relations.
    let path = match next {
        Some(next) if depth < 32 => {
            let mut p = group_path(esco, next, memo, depth + 1);
            if esco.skill_groups.contains_key(next) {
                p.push(next.clone());
            }
            p
        }
        _ => Vec::new(),
    };
    memo.insert(uri, path.clone());
    path
}

/// Per occupation (by position in `esco.occupations`): the O*NET-SOC codes it maps to.
fn crosswalk(
    esco: &Esco,
    onet: &Onet,
    report: &mut Report,
    count: &mut impl FnMut(&str, usize),
) -> Vec<BTreeSet<String>> {
    let by_code: BTreeMap<&str, usize> = esco
        .occupations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.code.as_str(), i))
        .collect();
    let by_label: BTreeMap<String, usize> = esco
        .occupations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.label.to_lowercase(), i))
        .collect();
    let mut out = vec![BTreeSet::new(); esco.occupations.len()];
    let (mut isco_only, mut by_code_rows) = (0, 0);
    let mut unknown_onet: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    let mut fallback: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    let mut unmatched: BTreeMap<&str, &str> = BTreeMap::new();
    for row in &onet.crosswalk {
        if !row.esco_code.contains('.') {
            isco_only += 1;
            continue;
        }
        if !onet.titles.contains_key(&row.onet_code) {
            unknown_onet
                .entry(&row.onet_code)
                .or_default()
                .push(row.line);
            continue;
        }
        let target = if let Some(&i) = by_code.get(row.esco_code.as_str()) {
            by_code_rows += 1;
            Some(i)
        } else if let Some(&i) = by_label.get(&row.esco_title.to_lowercase()) {
            fallback.insert(&row.esco_code, (&row.esco_title, &esco.occupations[i].code));
            Some(i)
        } else {
            unmatched.insert(&row.esco_code, &row.esco_title);
            None
        };
        if let Some(i) = target {
            out[i].insert(row.onet_code.clone());
        }
    }
    report.note(format!(
        "crosswalk: {} mapping rows (rows without codes skipped); skipped {isco_only} ISCO-only rows (code without a dot); \
         {by_code_rows} rows matched by ESCO code",
        onet.crosswalk.len()
    ));
    for (code, (title, new_code)) in &fallback {
        report.note(format!(
            "crosswalk: ESCO code {code} not in v1.1.1, matched {title:?} by label (now {new_code})"
        ));
    }
    for (code, title) in &unmatched {
        report.note(format!(
            "crosswalk: dropped ESCO code {code} ({title:?}): neither code nor label in v1.1.1"
        ));
    }
    for (code, lines) in &unknown_onet {
        report.note(format!(
            "crosswalk: dropped {} rows with O*NET-SOC code {code} (not in O*NET 29.3), lines {lines:?}",
            lines.len()
        ));
    }
    count("crosswalk_rows", onet.crosswalk.len());
    count("crosswalk_isco_only_rows", isco_only);
    count("crosswalk_label_fallback_codes", fallback.len());
    count("crosswalk_unmatched_codes", unmatched.len());
    count(
        "crosswalk_unknown_onet_rows",
        unknown_onet.values().map(Vec::len).sum(),
    );
    out
}

/// O*NET data for one ESCO occupation, aggregated over its mapped codes.
struct Aggregate {
    onet: Vec<OnetOccupation>,
    interests: Option<Vec<f64>>,
    work_styles: Option<Vec<f64>>,
    work_values: Option<Vec<f64>>,
    job_zone: Option<f64>,
    education: Option<Education>,
    technology: Vec<TechnologySkill>,
    technology_total: u32,
    any_tasks: bool,
}

impl Aggregate {
    fn coverage(&self) -> [(&'static str, bool); 8] {
        [
            ("any_code", !self.onet.is_empty()),
            ("tasks", self.any_tasks),
            ("work_styles", self.work_styles.is_some()),
            ("work_values", self.work_values.is_some()),
            ("interests", self.interests.is_some()),
            ("job_zone", self.job_zone.is_some()),
            ("technology", self.technology_total > 0),
            ("education", self.education.is_some()),
        ]
    }
}

fn mean_vec(table: &ElementTable, codes: &[&str]) -> Option<Vec<f64>> {
    let rows: Vec<&Vec<f64>> = codes.iter().filter_map(|c| table.values.get(*c)).collect();
    if rows.is_empty() {
        return None;
    }
    let n = rows.len() as f64;
    Some(
        (0..table.names.len())
            .map(|j| rows.iter().map(|r| r[j]).sum::<f64>() / n)
            .collect(),
    )
}

fn rated(names: &[String], values: &Option<Vec<f64>>) -> Vec<Rated> {
    values.as_ref().map_or_else(Vec::new, |v| {
        names
            .iter()
            .zip(v)
            .map(|(name, &value)| Rated {
                name: name.clone(),
                value: r2(value),
            })
            .collect()
    })
}

fn job_zone(onet: &Onet, value: f64) -> JobZone {
    let zone = value.round().clamp(1.0, 5.0) as u8;
    let reference = onet.job_zone_ref.get(&zone);
    let text = |f: fn(&onet::JobZoneRef) -> &String| reference.map(f).cloned().unwrap_or_default();
    JobZone {
        value: r2(value),
        zone,
        name: text(|r| &r.name),
        education: text(|r| &r.education),
        experience: text(|r| &r.experience),
        training: text(|r| &r.training),
    }
}

fn aggregate(onet: &Onet, codes: &[&str]) -> Aggregate {
    let mut any_tasks = false;
    let per_code = (TASK_BUDGET / codes.len().max(1)).clamp(TASK_MIN, TASK_CAP);
    let occupations = codes
        .iter()
        .map(|code| {
            let mut tasks: Vec<&onet::TaskRow> = onet
                .tasks
                .get(*code)
                .map_or_else(Vec::new, |t| t.iter().collect());
            any_tasks |= !tasks.is_empty();
            tasks.sort_by_key(|t| (!t.core, t.id));
            OnetOccupation {
                code: code.to_string(),
                title: onet.titles[*code].clone(),
                tasks_total: tasks.len() as u32,
                tasks: tasks
                    .into_iter()
                    .take(per_code)
                    .map(|t| Task {
                        text: t.text.clone(),
                        core: t.core,
                    })
                    .collect(),
            }
        })
        .collect();

    let zones: Vec<f64> = codes
        .iter()
        .filter_map(|c| onet.job_zones.get(*c))
        .map(|&z| f64::from(z))
        .collect();
    let job_zone = (!zones.is_empty()).then(|| zones.iter().sum::<f64>() / zones.len() as f64);

    let dists: Vec<&BTreeMap<u8, f64>> = codes
        .iter()
        .filter_map(|c| onet.education.get(*c))
        .collect();
    let education = (!dists.is_empty())
        .then(|| {
            let mut mean: BTreeMap<u8, f64> = BTreeMap::new();
            for d in &dists {
                for (&cat, &v) in *d {
                    *mean.entry(cat).or_default() += v / dists.len() as f64;
                }
            }
            // Highest share wins; on a tie, the lower category.
            mean.into_iter()
                .fold(None, |best: Option<(u8, f64)>, (cat, v)| match best {
                    Some((_, bv)) if bv >= v => best,
                    _ => Some((cat, v)),
                })
        })
        .flatten()
        .filter(|(_, v)| *v > 0.0)
        .map(|(category, percent)| Education {
            category,
            label: onet
                .education_labels
                .get(&category)
                .cloned()
                .unwrap_or_default(),
            percent: r2(percent),
        });

    let mut tech: BTreeMap<&str, (bool, bool)> = BTreeMap::new();
    for t in codes
        .iter()
        .filter_map(|c| onet.technology.get(*c))
        .flatten()
    {
        let e = tech.entry(t.name.as_str()).or_default();
        e.0 |= t.hot;
        e.1 |= t.in_demand;
    }
    let technology_total = tech.len() as u32;
    let mut technology: Vec<TechnologySkill> = tech
        .into_iter()
        .map(|(name, (hot, in_demand))| TechnologySkill {
            name: name.to_string(),
            hot,
            in_demand,
        })
        .collect();
    technology
        .sort_by(|a, b| (!a.hot, !a.in_demand, &a.name).cmp(&(!b.hot, !b.in_demand, &b.name)));
    technology.truncate(TECH_CAP);

    Aggregate {
        onet: occupations,
        interests: mean_vec(&onet.interests, codes),
        work_styles: mean_vec(&onet.work_styles, codes),
        work_values: mean_vec(&onet.work_values, codes),
        job_zone,
        education,
        technology,
        technology_total,
        any_tasks,
    }
}
