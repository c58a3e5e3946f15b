//! ESCO occupation–skill links and the skill dictionary: joining the relations, assigning
//! skill ids, and each skill's type, reuse level and skill-group path.

use std::collections::{BTreeMap, BTreeSet};

use careerlens_engine::model::{SCHEMA_VERSION, Skill, SkillDictionary, SkillGroup};

use crate::build::Report;
use crate::esco::{self, Esco};

/// Per occupation (by position in `esco.occupations`): skill URI → essential?
pub(crate) fn join_relations(
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
pub(crate) fn assign_skill_ids<'a>(
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

pub(crate) fn skill_dictionary(
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
    SkillDictionary {
        schema_version: SCHEMA_VERSION,
        groups,
        skills,
    }
}

/// Skill-group URIs from the broadest down to the concept's nearest group. Where a concept
/// has several broader concepts, a skill group is preferred over a skill, then the smallest URI.
pub(crate) fn group_path<'a>(
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
