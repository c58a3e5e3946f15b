//! Loading ESCO v1.1.1: occupations, skills, ISCO groups, the skills hierarchy and the
//! occupation–skill relations.

use std::collections::{BTreeMap, BTreeSet};

use careerlens_engine::model::{ReuseLevel, SkillKind};

use crate::error::Result;
use crate::table::{Format, Sources};

/// Input paths, relative to the sources directory.
pub const OCCUPATIONS: &str = "esco-v1.1.1/classification-en/occupations_en.csv";
/// Skills and knowledge concepts.
pub const SKILLS: &str = "esco-v1.1.1/classification-en/skills_en.csv";
/// ISCO-08 groups at every level.
pub const ISCO_GROUPS: &str = "esco-v1.1.1/classification-en/ISCOGroups_en.csv";
/// Skill groups (nodes of the skills hierarchy).
pub const SKILL_GROUPS: &str = "esco-v1.1.1/classification-en/skillGroups_en.csv";
/// Occupation–skill relations, gzipped.
pub const RELATIONS: &str = "esco-v1.1.1/relations/occupationSkillRelations.csv.gz";
/// Broader relations of the skill pillar (skill → group, group → group, skill → skill).
pub const SKILL_BROADER: &str = "esco-v1.1.1/relations/broaderRelationsSkillPillar.csv";

/// ESCO's digital skills collection.
pub const DIGITAL_SKILLS: &str = "esco-v1.1.1/classification-en/digitalSkillsCollection_en.csv";
/// ESCO's green skills collection.
pub const GREEN_SKILLS: &str = "esco-v1.1.1/classification-en/greenSkillsCollection_en.csv";
/// ESCO's research skills collection.
pub const RESEARCH_SKILLS: &str = "esco-v1.1.1/classification-en/researchSkillsCollection_en.csv";
/// ESCO's research occupations collection.
pub const RESEARCH_OCCUPATIONS: &str =
    "esco-v1.1.1/classification-en/researchOccupationsCollection_en.csv";

const OCCUPATION_PREFIX: &str = "http://data.europa.eu/esco/occupation/";

/// One ESCO occupation.
pub struct Occupation {
    /// Concept URI.
    pub uri: String,
    /// The UUID at the end of the URI.
    pub uuid: String,
    /// Preferred label.
    pub label: String,
    /// Alternative labels, trimmed, without the preferred label, deduplicated, in file order.
    pub alt_labels: Vec<String>,
    /// Description.
    pub description: String,
    /// ISCO-08 unit group, 4 digits.
    pub isco: String,
    /// ESCO code, e.g. `2654.1.7`.
    pub code: String,
}

/// One ESCO skill or knowledge concept.
pub struct SkillRow {
    /// Concept URI.
    pub uri: String,
    /// Preferred label.
    pub label: String,
    /// `skillType`, if not empty.
    pub kind: Option<SkillKind>,
    /// `reuseLevel`, if not empty.
    pub reuse: Option<ReuseLevel>,
    /// Description.
    pub description: String,
}

/// One occupation–skill relation row.
pub struct Relation {
    /// Occupation URI.
    pub occupation: String,
    /// Essential (true) or optional.
    pub essential: bool,
    /// Skill URI.
    pub skill: String,
    /// `skillType` as given in the relations file, if not empty.
    pub kind: Option<SkillKind>,
}

/// Everything read from ESCO.
pub struct Esco {
    /// Occupations in file order.
    pub occupations: Vec<Occupation>,
    /// Skills in file order.
    pub skills: Vec<SkillRow>,
    /// ISCO-08 code (any level) → preferred label.
    pub isco_groups: BTreeMap<String, String>,
    /// Skill group URI → (code, preferred label).
    pub skill_groups: BTreeMap<String, (String, String)>,
    /// Concept URI → its broader concept URIs, sorted.
    pub broader: BTreeMap<String, Vec<String>>,
    /// Relation rows in file order.
    pub relations: Vec<Relation>,
    /// Skill URIs in the digital skills collection.
    pub digital_skills: BTreeSet<String>,
    /// Skill URIs in the green skills collection.
    pub green_skills: BTreeSet<String>,
    /// Skill URIs in the research skills collection.
    pub research_skills: BTreeSet<String>,
    /// Occupation URIs in the research occupations collection.
    pub research_occupations: BTreeSet<String>,
}

/// Reads all ESCO inputs.
pub fn load(src: &mut Sources) -> Result<Esco> {
    Ok(Esco {
        occupations: load_occupations(src)?,
        skills: load_skills(src)?,
        isco_groups: load_isco_groups(src)?,
        skill_groups: load_skill_groups(src)?,
        broader: load_broader(src)?,
        relations: load_relations(src)?,
        digital_skills: load_collection(src, DIGITAL_SKILLS)?,
        green_skills: load_collection(src, GREEN_SKILLS)?,
        research_skills: load_collection(src, RESEARCH_SKILLS)?,
        research_occupations: load_collection(src, RESEARCH_OCCUPATIONS)?,
    })
}

/// The concept URIs of a collection file; each must be an ESCO URI. (The green skills
/// collection also lists a few knowledge groups, e.g. `.../isced-f/0841`; they match no
/// occupation's skill and so count for nothing.)
fn load_collection(src: &mut Sources, file: &str) -> Result<BTreeSet<String>> {
    let t = src.table(file, Format::Csv)?;
    let uri_c = t.col("conceptUri")?;
    let prefix = "http://data.europa.eu/esco/";
    let mut out = BTreeSet::new();
    for row in t.rows() {
        let uri = row.required(uri_c)?;
        if !uri.starts_with(prefix) {
            return Err(row.error(
                uri_c,
                format!("expected a URI starting with {prefix}, got {uri:?}"),
            ));
        }
        out.insert(uri.to_string());
    }
    Ok(out)
}

/// Splits ESCO's newline-separated label list, dropping blanks, `preferred` and duplicates.
fn split_labels(raw: &str, preferred: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for label in raw.lines().map(normalize_space) {
        if label.is_empty() || label.eq_ignore_ascii_case(preferred) {
            continue;
        }
        if !out.iter().any(|l| l.eq_ignore_ascii_case(&label)) {
            out.push(label);
        }
    }
    out
}

/// Trims and collapses runs of whitespace (ESCO has a few no-break spaces and double spaces).
pub fn normalize_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn load_occupations(src: &mut Sources) -> Result<Vec<Occupation>> {
    let t = src.table(OCCUPATIONS, Format::Csv)?;
    let (uri_c, label_c, alt_c, desc_c, isco_c, code_c) = (
        t.col("conceptUri")?,
        t.col("preferredLabel")?,
        t.col("altLabels")?,
        t.col("description")?,
        t.col("iscoGroup")?,
        t.col("code")?,
    );
    let mut out = Vec::with_capacity(t.len());
    let mut seen = std::collections::BTreeSet::new();
    for row in t.rows() {
        let uri = row.required(uri_c)?;
        if !seen.insert(uri.to_string()) {
            return Err(row.error(uri_c, format!("duplicate occupation {uri}")));
        }
        let Some(uuid) = uri.strip_prefix(OCCUPATION_PREFIX) else {
            return Err(row.error(
                uri_c,
                format!("expected a URI starting with {OCCUPATION_PREFIX}, got {uri:?}"),
            ));
        };
        let isco = row.get(isco_c).trim();
        if isco.len() != 4 || !isco.bytes().all(|b| b.is_ascii_digit()) {
            return Err(row.error(
                isco_c,
                format!("expected a 4-digit ISCO code, got {isco:?}"),
            ));
        }
        let label = normalize_space(row.required(label_c)?);
        out.push(Occupation {
            uri: uri.to_string(),
            uuid: uuid.to_string(),
            alt_labels: split_labels(row.get(alt_c), &label),
            label,
            description: row.get(desc_c).trim().to_string(),
            isco: isco.to_string(),
            code: row.required(code_c)?.to_string(),
        });
    }
    Ok(out)
}

fn parse_kind(raw: &str) -> std::result::Result<Option<SkillKind>, String> {
    match raw.trim() {
        "" => Ok(None),
        "skill/competence" => Ok(Some(SkillKind::Skill)),
        "knowledge" => Ok(Some(SkillKind::Knowledge)),
        other => Err(format!(
            "expected \"skill/competence\", \"knowledge\" or empty, got {other:?}"
        )),
    }
}

fn load_skills(src: &mut Sources) -> Result<Vec<SkillRow>> {
    let t = src.table(SKILLS, Format::Csv)?;
    let (uri_c, kind_c, reuse_c, label_c, desc_c) = (
        t.col("conceptUri")?,
        t.col("skillType")?,
        t.col("reuseLevel")?,
        t.col("preferredLabel")?,
        t.col("description")?,
    );
    let mut out = Vec::with_capacity(t.len());
    let mut seen = std::collections::BTreeSet::new();
    for row in t.rows() {
        if !seen.insert(row.get(uri_c).trim().to_string()) {
            return Err(row.error(uri_c, "duplicate skill"));
        }
        let kind = parse_kind(row.get(kind_c)).map_err(|m| row.error(kind_c, m))?;
        let reuse = match row.get(reuse_c).trim() {
            "" => None,
            "transversal" => Some(ReuseLevel::Transversal),
            "cross-sector" => Some(ReuseLevel::CrossSector),
            "sector-specific" => Some(ReuseLevel::SectorSpecific),
            "occupation-specific" => Some(ReuseLevel::OccupationSpecific),
            other => {
                return Err(row.error(reuse_c, format!("unknown reuse level {other:?}")));
            }
        };
        out.push(SkillRow {
            uri: row.required(uri_c)?.to_string(),
            label: normalize_space(row.required(label_c)?),
            kind,
            reuse,
            description: row.get(desc_c).trim().to_string(),
        });
    }
    Ok(out)
}

fn load_isco_groups(src: &mut Sources) -> Result<BTreeMap<String, String>> {
    let t = src.table(ISCO_GROUPS, Format::Csv)?;
    let (code_c, label_c) = (t.col("code")?, t.col("preferredLabel")?);
    let mut out = BTreeMap::new();
    for row in t.rows() {
        let code = row.required(code_c)?;
        if !code.bytes().all(|b| b.is_ascii_digit()) || code.len() > 4 {
            return Err(row.error(code_c, format!("expected an ISCO-08 code, got {code:?}")));
        }
        out.insert(code.to_string(), normalize_space(row.required(label_c)?));
    }
    Ok(out)
}

fn load_skill_groups(src: &mut Sources) -> Result<BTreeMap<String, (String, String)>> {
    let t = src.table(SKILL_GROUPS, Format::Csv)?;
    let (uri_c, label_c, code_c) = (
        t.col("conceptUri")?,
        t.col("preferredLabel")?,
        t.col("code")?,
    );
    let mut out = BTreeMap::new();
    for row in t.rows() {
        out.insert(
            row.required(uri_c)?.to_string(),
            (
                row.get(code_c).trim().to_string(),
                normalize_space(row.required(label_c)?),
            ),
        );
    }
    Ok(out)
}

fn load_broader(src: &mut Sources) -> Result<BTreeMap<String, Vec<String>>> {
    let t = src.table(SKILL_BROADER, Format::Csv)?;
    let (uri_c, broader_c) = (t.col("conceptUri")?, t.col("broaderUri")?);
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in t.rows() {
        out.entry(row.required(uri_c)?.to_string())
            .or_default()
            .push(row.required(broader_c)?.to_string());
    }
    for parents in out.values_mut() {
        parents.sort();
        parents.dedup();
    }
    Ok(out)
}

fn load_relations(src: &mut Sources) -> Result<Vec<Relation>> {
    let t = src.table(RELATIONS, Format::Csv)?;
    let (occ_c, type_c, kind_c, skill_c) = (
        t.col("occupationUri")?,
        t.col("relationType")?,
        t.col("skillType")?,
        t.col("skillUri")?,
    );
    let mut out = Vec::with_capacity(t.len());
    for row in t.rows() {
        let essential = match row.get(type_c).trim() {
            "essential" => true,
            "optional" => false,
            other => {
                return Err(row.error(
                    type_c,
                    format!("expected \"essential\" or \"optional\", got {other:?}"),
                ));
            }
        };
        out.push(Relation {
            occupation: row.required(occ_c)?.to_string(),
            essential,
            skill: row.required(skill_c)?.to_string(),
            kind: parse_kind(row.get(kind_c)).map_err(|m| row.error(kind_c, m))?,
        });
    }
    Ok(out)
}
