//! The shipped dataset's file formats, shared by `databuild` (which writes them) and the app
//! (which reads them). Plain serde structs: no behaviour beyond small lookups.
//!
//! Files under `public/data/`:
//! * `manifest.json` — [`Manifest`]: sources, input checksums, counts, attributions.
//! * `index/core.json` — [`Index`]: one [`IndexOccupation`] per ESCO occupation, with names,
//!   codes and scores; `index/ids.json`, `index/labels.json`, `index/postings.json` and
//!   `index/onet.json` —
//!   [`IndexPartFile`]s with the other columns, each loaded when a view needs it.
//! * `skills.json` — [`SkillDictionary`]: every ESCO skill, addressed by a small integer id.
//! * `occupations/<slug>.json` — [`OccupationDetail`]: one chunk per occupation, loaded lazily.
//!
//! Scales: RIASEC interests are O*NET "OI" values on 1–7, work styles O*NET "IM" importance on
//! 1–5, work values O*NET "EX" extent on 1–7, job zone 1–5. Where an occupation maps to several
//! O*NET-SOC codes, each value is the mean over the codes that have it, rounded to 2 decimals.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::exposure::ExposureBasis;
use crate::groups::GroupBasis;
use crate::methodology::FittedValues;
use crate::vectors::ExposureVector;

/// Version of the file formats in this module; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// Prefix that turns an occupation [`IndexOccupation::id`] (a UUID) back into its ESCO URI.
pub const ESCO_OCCUPATION_URI_PREFIX: &str = "http://data.europa.eu/esco/occupation/";

/// `manifest.json`: where the dataset came from and what it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// [`SCHEMA_VERSION`] of the files this manifest describes.
    pub schema_version: u32,
    /// The data sources used, with versions, licences and required attribution.
    pub sources: Vec<SourceInfo>,
    /// SHA-256 (lowercase hex) of every input file read, keyed by its path relative to the
    /// sources directory, `/`-separated.
    pub inputs: BTreeMap<String, String>,
    /// Named counts: occupations, skills, relations, dropped rows and O*NET coverage.
    pub counts: BTreeMap<String, u64>,
}

/// One data source in the [`Manifest`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// Short name, e.g. "ESCO".
    pub name: String,
    /// Release, e.g. "v1.1.1".
    pub version: String,
    /// Licence of the data.
    pub licence: String,
    /// Attribution text to show wherever the data is shown.
    pub attribution: String,
}

/// The occupation index: every occupation's names, codes, skills, O*NET ratings and scores.
/// On the wire it is `index/core.json` (this struct, with the core's columns) and one
/// [`IndexPartFile`] per other part, which [`Index::add_part`] puts in; see [`IndexPart`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Names of the 6 RIASEC interests, in the order of [`IndexOccupation::riasec`].
    pub riasec: Vec<String>,
    /// Names of the 16 O*NET work styles, in the order of [`IndexOccupation::work_styles`].
    pub work_styles: Vec<String>,
    /// Names of the 6 O*NET work values, in the order of [`IndexOccupation::work_values`].
    pub work_values: Vec<String>,
    /// ISCO-08 unit group (4-digit code) → its ESCO label, for every group used.
    pub isco_groups: BTreeMap<String, String>,
    /// Display categories in their display order; [`IndexOccupation::category`] is one of them.
    pub categories: Vec<String>,
    /// One entry per ESCO occupation, sorted by title. On the wire this is column-oriented
    /// (see [`columns`]), which gzips far smaller than one object per occupation. The fields of
    /// a part not added are empty.
    #[serde(with = "columns")]
    pub occupations: Vec<IndexOccupation>,
    /// Values fitted on the whole dataset by databuild: the usage-source scales of AI exposure
    /// and the viability thresholds of similar roles. The app classifies a similarity with
    /// `fitted.viability.map(|t| t.classify(similarity))` and passes `&fitted` to
    /// [`crate::methodology::sections`], so both use the numbers databuild used.
    #[serde(default)]
    pub fitted: FittedValues,
}

/// O*NET ratings of one O*NET-SOC code, or their mean over several codes: the values an
/// [`IndexOccupation`] carries in `riasec`, `work_styles`, `work_values` and `job_zone`. Each
/// part is absent when O*NET has no such data for the code ("All Other" codes have none).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OnetProfile {
    /// RIASEC interests ("OI", 1–7), order of [`Index::riasec`].
    #[serde(rename = "ri", default, skip_serializing_if = "Option::is_none")]
    pub riasec: Option<Vec<f32>>,
    /// Work styles importance ("IM", 1–5), order of [`Index::work_styles`].
    #[serde(rename = "ws", default, skip_serializing_if = "Option::is_none")]
    pub work_styles: Option<Vec<f32>>,
    /// Work values extent ("EX", 1–7), order of [`Index::work_values`].
    #[serde(rename = "wv", default, skip_serializing_if = "Option::is_none")]
    pub work_values: Option<Vec<f32>>,
    /// Job zone, 1–5.
    #[serde(rename = "jz", default, skip_serializing_if = "Option::is_none")]
    pub job_zone: Option<f32>,
}

/// Rounds to 2 decimals.
pub fn round2(x: f64) -> f32 {
    ((x * 100.0).round() / 100.0) as f32
}

impl OnetProfile {
    /// Element-wise mean of each part over the profiles that have it, rounded to 2 decimals
    /// (half away from zero). The values are taken as whole hundredths first, so the result is
    /// the exact decimal mean and does not depend on f32 representation error. The build
    /// computes every occupation's values with this, so anyone holding the per-code ratings
    /// can reproduce them exactly.
    pub fn mean(profiles: &[&OnetProfile]) -> OnetProfile {
        fn hundredths(v: f32) -> f64 {
            (f64::from(v) * 100.0).round()
        }
        fn mean_of(values: &[f32]) -> f32 {
            let sum: f64 = values.iter().map(|&v| hundredths(v)).sum();
            ((sum / values.len() as f64).round() / 100.0) as f32
        }
        fn mean_vec<'a>(vs: impl Iterator<Item = &'a Vec<f32>>) -> Option<Vec<f32>> {
            let vs: Vec<&Vec<f32>> = vs.collect();
            let n = vs.first()?.len();
            if vs.iter().any(|v| v.len() != n) {
                return None;
            }
            Some(
                (0..n)
                    .map(|j| mean_of(&vs.iter().map(|v| v[j]).collect::<Vec<_>>()))
                    .collect(),
            )
        }
        let zones: Vec<f32> = profiles.iter().filter_map(|p| p.job_zone).collect();
        OnetProfile {
            riasec: mean_vec(profiles.iter().filter_map(|p| p.riasec.as_ref())),
            work_styles: mean_vec(profiles.iter().filter_map(|p| p.work_styles.as_ref())),
            work_values: mean_vec(profiles.iter().filter_map(|p| p.work_values.as_ref())),
            job_zone: (!zones.is_empty()).then(|| mean_of(&zones)),
        }
    }
}

/// One occupation in the up-front [`Index`]. Field names are shortened when serialized on its
/// own; in the index files the occupations are stored as columns (see [`columns`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IndexOccupation {
    /// ESCO concept UUID (the URI without [`ESCO_OCCUPATION_URI_PREFIX`]); stable id.
    pub id: String,
    /// URL slug, unique; also the detail chunk's file name.
    pub slug: String,
    /// ESCO preferred label.
    #[serde(rename = "t")]
    pub title: String,
    /// ESCO alternative labels for search, minus the preferred label, duplicates and labels
    /// that add no word not already in the title or an earlier kept label.
    #[serde(rename = "alt", default, skip_serializing_if = "Vec::is_empty")]
    pub alt_labels: Vec<String>,
    /// ISCO-08 unit group code (4 digits); label in [`Index::isco_groups`].
    pub isco: String,
    /// Display category derived from the ISCO-08 code.
    #[serde(rename = "cat")]
    pub category: String,
    /// Essential skill and knowledge ids (into [`SkillDictionary::skills`]), ascending.
    #[serde(rename = "ess", default)]
    pub essential: Vec<u32>,
    /// Optional skill and knowledge ids, ascending.
    #[serde(rename = "opt", default)]
    pub optional: Vec<u32>,
    /// O*NET-SOC 2019 codes mapped through the crosswalk, ascending.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub onet: Vec<String>,
    /// RIASEC interests (O*NET "OI", 1–7), order of [`Index::riasec`].
    #[serde(rename = "ri", default, skip_serializing_if = "Option::is_none")]
    pub riasec: Option<Vec<f32>>,
    /// Work styles importance (O*NET "IM", 1–5), order of [`Index::work_styles`].
    #[serde(rename = "ws", default, skip_serializing_if = "Option::is_none")]
    pub work_styles: Option<Vec<f32>>,
    /// Work values extent (O*NET "EX", 1–7), order of [`Index::work_values`].
    #[serde(rename = "wv", default, skip_serializing_if = "Option::is_none")]
    pub work_values: Option<Vec<f32>>,
    /// O*NET job zone, 1–5 (a mean, so possibly fractional, when several codes are mapped).
    #[serde(rename = "jz", default, skip_serializing_if = "Option::is_none")]
    pub job_zone: Option<f32>,
    /// Precomputed scores; absent until the scoring engine fills them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scores: Option<OccupationScores>,
}

impl Index {
    /// The file of `part` (not the core: that is this struct serialized).
    pub fn part_file(&self, part: IndexPart) -> IndexPartFile {
        IndexPartFile::new(part, &self.occupations)
    }

    /// The index from its core file and the files of `parts`, for tools and tests that hold the
    /// files (the app fetches each part when a view needs it). `read` gives a part's file as
    /// text; an error names the file, relative to the dataset's root.
    pub fn read_parts(
        parts: &[IndexPart],
        mut read: impl FnMut(IndexPart) -> Result<String, String>,
    ) -> Result<Index, String> {
        let file = IndexPart::Core.file();
        let mut index: Index =
            serde_json::from_str(&read(IndexPart::Core)?).map_err(|e| format!("{file}: {e}"))?;
        index.check_version().map_err(|e| format!("{file}: {e}"))?;
        for &part in parts {
            let file = part.file();
            let text = read(part)?;
            let part_file: IndexPartFile =
                serde_json::from_str(&text).map_err(|e| format!("{file}: {e}"))?;
            index
                .add_part(part, part_file)
                .map_err(|e| format!("{file}: {e}"))?;
        }
        Ok(index)
    }

    /// Puts `part`, read from its file, into the occupations, after checking that the file
    /// holds that part and fits them.
    pub fn add_part(&mut self, part: IndexPart, file: IndexPartFile) -> Result<(), String> {
        if file.part != part {
            return Err(format!("it holds the {:?} part", file.part));
        }
        file.apply(&mut self.occupations)
    }

    /// Every occupation's skills, in index order, as [`crate::similarity::SimilarityIndex::build`]
    /// takes them; databuild and the app build the similarity index from this, so both rank
    /// the same neighbours.
    pub fn skill_profiles(&self) -> Vec<crate::similarity::OccupationSkills> {
        self.occupations
            .iter()
            .map(|o| crate::similarity::OccupationSkills {
                essential: o.essential.clone(),
                optional: o.optional.clone(),
            })
            .collect()
    }

    /// The ISCO-08 unit group of every occupation, in index order (for
    /// [`crate::viability::calibrate`]).
    pub fn isco_codes(&self) -> Vec<&str> {
        self.occupations.iter().map(|o| o.isco.as_str()).collect()
    }
}

impl IndexOccupation {
    /// The full ESCO concept URI.
    pub fn esco_uri(&self) -> String {
        format!("{ESCO_OCCUPATION_URI_PREFIX}{}", self.id)
    }
}

/// Precomputed per-occupation scores, each 0–100 with one decimal; `None` where the inputs of a
/// score are missing. Words are not stored: the app derives bands with
/// [`crate::resilience::ResilienceBand::of`] and labels with [`ExposureVector::label`] and
/// [`crate::megatrends::Megatrend::label`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OccupationScores {
    /// Overall AI exposure, % (see [`crate::exposure`]); `None` when `basis` is `NoData`.
    #[serde(rename = "ai", default, skip_serializing_if = "Option::is_none")]
    pub ai_exposure: Option<f32>,
    /// What the AI exposure rests on (own task labels, usage data or an ISCO group mean).
    #[serde(rename = "b")]
    pub exposure_basis: ExposureBasis,
    /// Resilience to automation (see [`crate::resilience`]).
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    pub resilience: Option<f32>,
    /// Exposure to analytical AI.
    #[serde(rename = "an", default, skip_serializing_if = "Option::is_none")]
    pub analytical_ai: Option<f32>,
    /// Exposure to generative AI.
    #[serde(rename = "ge", default, skip_serializing_if = "Option::is_none")]
    pub generative_ai: Option<f32>,
    /// Exposure to workflow automation.
    #[serde(rename = "wf", default, skip_serializing_if = "Option::is_none")]
    pub workflow_automation: Option<f32>,
    /// Exposure to physical automation (robotics).
    #[serde(rename = "ph", default, skip_serializing_if = "Option::is_none")]
    pub physical_automation: Option<f32>,
    /// The six megatrend signals in [`crate::megatrends::Megatrend::ALL`] order.
    #[serde(rename = "mt", default)]
    pub megatrends: [Option<f32>; 6],
    /// The vectors that are their ISCO group's mean, for want of any input of the
    /// occupation's own ([`crate::scorecard::ScoreCard::fallback_vectors`]).
    #[serde(rename = "fv", default, skip_serializing_if = "Vec::is_empty")]
    pub fallback_vectors: Vec<ExposureVector>,
    /// The group those vectors' means come from.
    #[serde(rename = "fb", default, skip_serializing_if = "GroupBasis::is_own")]
    pub vector_basis: GroupBasis,
    /// The group resilience was shrunk toward, for want of some of its own data.
    #[serde(rename = "rb", default, skip_serializing_if = "GroupBasis::is_own")]
    pub resilience_basis: GroupBasis,
    /// The share (0-1, two decimals) of resilience's weight that rests on the occupation's own
    /// data, when below 1.
    #[serde(rename = "re", default, skip_serializing_if = "Option::is_none")]
    pub resilience_evidence: Option<f32>,
    /// The O*NET occupations it is mapped to are a weak match ([`crate::narrative::matching`]),
    /// so its O*NET-based scores are kept out of the home page's rankings.
    #[serde(rename = "wm", default, skip_serializing_if = "std::ops::Not::not")]
    pub weak_match: bool,
}

impl OccupationScores {
    /// Whether every score rests on the occupation's own data from a sound O*NET match: what
    /// a ranking of occupations by their scores should list.
    pub fn rests_on_own_data(&self) -> bool {
        !self.weak_match
            && self.fallback_vectors.is_empty()
            && self.resilience_basis.is_own()
            && self.exposure_basis.is_own()
    }

    /// The four vectors in [`ExposureVector::ALL`] order.
    pub fn vectors(&self) -> [(ExposureVector, Option<f32>); 4] {
        [
            (ExposureVector::AnalyticalAi, self.analytical_ai),
            (ExposureVector::GenerativeAi, self.generative_ai),
            (ExposureVector::WorkflowAutomation, self.workflow_automation),
            (ExposureVector::PhysicalAutomation, self.physical_automation),
        ]
    }
}

/// `skills.json`: every ESCO skill and knowledge concept.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SkillDictionary {
    /// [`SCHEMA_VERSION`] of the build that wrote it.
    #[serde(default = "version::unversioned")]
    pub schema_version: u32,
    /// ESCO skill groups referenced by [`Skill::path`].
    pub groups: Vec<SkillGroup>,
    /// Skills; `skills[i].id == i`.
    pub skills: Vec<Skill>,
}

/// One ESCO skill group (a node of the skills hierarchy).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SkillGroup {
    /// ESCO code, e.g. "S1.2" or an ISCED-F code like "0613"; empty if ESCO gives none.
    pub code: String,
    /// Preferred label.
    pub label: String,
}

/// One ESCO skill or knowledge concept.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Skill {
    /// Small integer id, equal to the position in [`SkillDictionary::skills`].
    pub id: u32,
    /// ESCO preferred label.
    #[serde(rename = "l")]
    pub label: String,
    /// Skill/competence or knowledge; absent where ESCO leaves it empty.
    #[serde(rename = "k", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SkillKind>,
    /// ESCO reuse level; absent where ESCO leaves it empty.
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    pub reuse: Option<ReuseLevel>,
    /// Skill-group path, broadest first, as indices into [`SkillDictionary::groups`].
    #[serde(rename = "p", default, skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<u32>,
}

/// ESCO `skillType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SkillKind {
    /// `skill/competence`.
    #[serde(rename = "skill")]
    Skill,
    /// `knowledge`.
    #[serde(rename = "knowledge")]
    Knowledge,
}

/// ESCO `reuseLevel`: how widely a skill applies across occupations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReuseLevel {
    /// Relevant to almost every occupation.
    Transversal,
    /// Relevant across several sectors.
    CrossSector,
    /// Specific to one sector.
    SectorSpecific,
    /// Specific to one or a few occupations.
    OccupationSpecific,
}

/// `occupations/<slug>.json`: what the profile page shows, fetched lazily.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OccupationDetail {
    /// [`SCHEMA_VERSION`] of the build that wrote it.
    #[serde(default = "version::unversioned")]
    pub schema_version: u32,
    /// ESCO concept UUID, as in [`IndexOccupation::id`].
    pub id: String,
    /// URL slug.
    pub slug: String,
    /// ESCO preferred label.
    pub title: String,
    /// ESCO description.
    pub description: String,
    /// ESCO alternative labels (minus the preferred label and duplicates).
    pub alt_labels: Vec<String>,
    /// ISCO-08 unit group code.
    pub isco: String,
    /// ISCO-08 unit group label.
    pub isco_label: String,
    /// Display category.
    pub category: String,
    /// Essential skills and knowledge, sorted by label.
    pub essential: Vec<DetailSkill>,
    /// Optional skills and knowledge, sorted by label.
    pub optional: Vec<DetailSkill>,
    /// Mapped O*NET-SOC occupations with their tasks, by code.
    pub onet: Vec<OnetOccupation>,
    /// RIASEC interests (1–7), mean over the mapped codes; empty if none has them.
    pub interests: Vec<Rated>,
    /// Work styles importance (1–5), mean over the mapped codes; empty if none has them.
    pub work_styles: Vec<Rated>,
    /// Work values extent (1–7), mean over the mapped codes; empty if none has them.
    pub work_values: Vec<Rated>,
    /// Job zone with O*NET's description of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_zone: Option<JobZone>,
    /// Most common required level of education.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<Education>,
    /// Technology skills over all mapped codes: hot first, then in-demand, then by name; capped.
    pub technology: Vec<TechnologySkill>,
    /// Number of distinct technology skills before the cap.
    pub technology_total: u32,
    /// The AI analysis behind the profile's "Future outlook", "How AI may change this role"
    /// and "Detailed analysis" sections; absent in datasets built before scoring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ai: Option<AiAnalysis>,
    /// The headline scores, as in the index, so a card that shows them needs only this chunk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scores: Option<OccupationScores>,
    /// This occupation's essential skills that its most similar role (the first of `similar`)
    /// does not list, most distinctive first, by label: the FAQ's comparison of the two.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closest_lacks: Vec<String>,
    /// Viable moves to a higher job zone or into management beyond the similar roles
    /// ([`crate::pathways::occupation_moves`]), best first, resolved like them, so a profile
    /// shows its pathways without the index or the skill dictionary.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub progression: Vec<SimilarRole>,
    /// Viable moves at the same job zone beyond the similar roles, best first, resolved alike.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lateral: Vec<SimilarRole>,
    // Last in the file: new fields go before it, so that a rebuild adding one leaves every
    // chunk's existing lines unchanged (one line per field, and only the last has no comma).
    /// The most similar occupations by skill overlap, best first, resolved to titles and skill
    /// labels so a similar-roles card needs neither the index nor the skill dictionary.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub similar: Vec<SimilarRole>,
}

/// One of an occupation's most similar roles ([`crate::blend::similar_roles`]), or one of its
/// progression or lateral moves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SimilarRole {
    /// URL slug of the similar occupation.
    pub slug: String,
    /// Its ESCO preferred label.
    pub title: String,
    /// Similarity, 0 to 1: skills and work activities blended for a similar role, skills alone
    /// for a move.
    pub similarity: f32,
    /// The viability band of a move there, when the dataset has fitted thresholds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub viability: Option<crate::viability::Viability>,
    /// Its essential skills that this occupation lacks, most distinctive first, by label.
    pub skills_to_learn: Vec<String>,
}

/// Why the occupation scores as it does, resolved to text so the profile needs no other file.
/// Percentages are 0–100 with one decimal.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AiAnalysis {
    /// What the AI exposure rests on (repeats [`OccupationScores::exposure_basis`]).
    pub basis: ExposureBasis,
    /// Eloundou et al. beta as a %: the task-weighted mean of the task labels, or the
    /// occupation-level beta when `basis` is `OccupationBeta`; `None` if neither exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eloundou: Option<f32>,
    /// Microsoft AI applicability after min-max scaling across occupations, %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub microsoft: Option<f32>,
    /// Anthropic observed exposure after min-max scaling across occupations, %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anthropic: Option<f32>,
    /// O*NET tasks of the mapped codes that carry an Eloundou label.
    pub labelled_tasks: u32,
    /// The task or skill that most depends on people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people_anchor: Option<PeopleAnchorText>,
    /// Tasks where AI is most likely a co-pilot (at most 3).
    #[serde(default)]
    pub copilot_tasks: Vec<String>,
    /// The most exposed tasks (at most 3), most exposed first.
    #[serde(default)]
    pub most_exposed_tasks: Vec<ExposedTask>,
    /// The strongest of the four exposure vectors and its score (%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strongest_vector: Option<(ExposureVector, f32)>,
    /// Share of the O*NET tasks (linked to a work activity) that involve each vector's
    /// activities, %, in [`ExposureVector::ALL`] order; `None` without linked tasks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_shares: Option<[f32; 4]>,
    /// Distinct O*NET technology-skill examples of the mapped codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub technology_skills: Option<u32>,
    /// Human-judgement part of resilience, % (high = more work that needs people).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human_judgement: Option<f32>,
    /// Automation-pressure part of resilience, % (AI exposure blended with physical automation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automation_pressure: Option<f32>,
}

/// What most depends on people, as text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeopleAnchorText {
    /// An O*NET task or an ESCO skill.
    pub kind: AnchorKind,
    /// The task statement or the skill's preferred label.
    pub text: String,
}

/// Kind of [`PeopleAnchorText`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnchorKind {
    /// An O*NET task with an E0 (not exposed) label.
    Task,
    /// An ESCO skill in a human-bottleneck group (S1, S3 or S4).
    Skill,
}

/// A task with its exposure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExposedTask {
    /// The task statement.
    pub text: String,
    /// Eloundou beta of the task: 1 for directly exposed (E1), 0.5 with extra tooling (E2).
    pub beta: f32,
}

/// A skill as shown on the profile page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DetailSkill {
    /// Id into [`SkillDictionary::skills`].
    pub id: u32,
    /// ESCO preferred label.
    pub label: String,
    /// Skill/competence or knowledge, if ESCO says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SkillKind>,
    /// ESCO reuse level, if ESCO says: the profile names transversal and cross-sector skills as
    /// the ones that carry across jobs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reuse: Option<ReuseLevel>,
    /// ESCO description; absent once the chunk's description budget is spent (see
    /// `docs/dataset.md`), in which case the profile page shows the label only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// One O*NET-SOC occupation mapped to an ESCO occupation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OnetOccupation {
    /// O*NET-SOC 2019 code, e.g. "15-1212.00".
    pub code: String,
    /// O*NET title.
    pub title: String,
    /// Task statements, core tasks first, then by O*NET task id; capped.
    pub tasks: Vec<Task>,
    /// Number of task statements before the cap.
    pub tasks_total: u32,
    /// Nesta's manually validated ESCO to O*NET crosswalk maps the ESCO occupation to this
    /// code's SOC occupation too, which makes it the surest of the matches.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confirmed: bool,
}

/// An O*NET task statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Task {
    /// Task text.
    pub text: String,
    /// `true` for a Core task, `false` for Supplemental (or unrated).
    pub core: bool,
}

/// A named rating, e.g. a work style and its importance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rated {
    /// O*NET element name.
    pub name: String,
    /// Rating on the scale the containing field documents, rounded to 2 decimals.
    pub value: f32,
}

/// O*NET job zone with its reference texts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobZone {
    /// Mean job zone over the mapped codes (1–5).
    pub value: f32,
    /// `value` rounded to the nearest zone, whose texts follow.
    pub zone: u8,
    /// e.g. "Job Zone Four: Considerable Preparation Needed".
    pub name: String,
    /// Education typically needed.
    pub education: String,
    /// Experience typically needed.
    pub experience: String,
    /// Training typically needed.
    pub training: String,
}

/// Required level of education (O*NET "RL" scale).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Education {
    /// O*NET RL category, 1–12.
    pub category: u8,
    /// O*NET's category description, e.g. "Bachelor's Degree".
    pub label: String,
    /// Percent of respondents saying this level is required (mean over mapped codes), 0–100.
    pub percent: f32,
}

/// One O*NET technology skill example.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TechnologySkill {
    /// Product or technology, e.g. "Python".
    pub name: String,
    /// O*NET "Hot Technology" flag for any mapped code.
    pub hot: bool,
    /// O*NET "In Demand" flag for any mapped code.
    pub in_demand: bool,
}

pub mod columns;

pub use columns::{IndexPart, IndexPartFile};

mod version;
pub use version::Versioned;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absent_scores_are_not_serialized_and_default_on_read() {
        let occ = IndexOccupation {
            id: "u".into(),
            slug: "s".into(),
            title: "t".into(),
            isco: "2529".into(),
            category: "Digital Technology".into(),
            essential: vec![1, 2],
            ..Default::default()
        };
        let json = serde_json::to_string(&occ).unwrap();
        assert!(!json.contains("scores"));
        let back: IndexOccupation = serde_json::from_str(&json).unwrap();
        assert_eq!(back, occ);
        assert_eq!(back.esco_uri(), "http://data.europa.eu/esco/occupation/u");
    }

    fn two_occupations() -> Index {
        let occ = |id: &str, ess: Vec<u32>| IndexOccupation {
            id: id.into(),
            slug: id.into(),
            title: id.into(),
            alt_labels: vec!["x".into()],
            isco: "2529".into(),
            category: "Digital Technology".into(),
            essential: ess,
            optional: vec![7],
            onet: vec!["15-1212.00".into()],
            riasec: Some(vec![1.5; 6]),
            work_styles: None,
            work_values: None,
            job_zone: Some(4.0),
            scores: None,
        };
        Index {
            schema_version: SCHEMA_VERSION,
            riasec: vec![],
            work_styles: vec![],
            work_values: vec![],
            isco_groups: BTreeMap::new(),
            categories: vec![],
            occupations: vec![occ("a", vec![3, 10, 12]), occ("b", vec![])],
            fitted: FittedValues::default(),
        }
    }

    /// The index read back from its core file and every other part's file.
    fn round_trip(index: &Index) -> Index {
        let core = serde_json::to_string(index).unwrap();
        let mut back: Index = serde_json::from_str(&core).unwrap();
        for part in IndexPart::EXTRA {
            let file = serde_json::to_string(&index.part_file(part)).unwrap();
            back.add_part(part, serde_json::from_str(&file).unwrap())
                .unwrap();
        }
        back
    }

    #[test]
    fn index_round_trips_through_its_part_files_with_delta_encoded_skills() {
        let index = two_occupations();
        let core = serde_json::to_string(&index).unwrap();
        for column in [
            "id", "alt", "ess", "opt", "onet", "ri", "ws", "wv", "jz", "scores",
        ] {
            assert!(
                !core.contains(&format!("\"{column}\":")),
                "{column} in {core}"
            );
        }
        let postings = serde_json::to_string(&index.part_file(IndexPart::Postings)).unwrap();
        assert_eq!(
            postings,
            r#"{"schema_version":1,"part":"postings","occupations":{"ess":[[3,7,2],[]],"opt":[[7],[7]]}}"#
        );
        assert_eq!(round_trip(&index), index);

        // The core alone has names and codes, and nothing of the other parts.
        let core_only: Index = serde_json::from_str(&core).unwrap();
        assert_eq!(core_only.occupations[0].title, "a");
        assert_eq!(core_only.occupations[0].id, "");
        assert_eq!(core_only.occupations[0].isco, "2529");
        assert!(core_only.occupations[0].essential.is_empty());
        assert_eq!(core_only.occupations[0].riasec, None);

        let mut scored = index.clone();
        scored.occupations[1].scores = Some(OccupationScores {
            ai_exposure: Some(50.0),
            exposure_basis: ExposureBasis::TaskLabels,
            resilience: None,
            analytical_ai: Some(30.0),
            generative_ai: Some(20.0),
            workflow_automation: Some(10.0),
            physical_automation: Some(0.0),
            megatrends: [Some(1.5), None, Some(0.0), None, None, Some(100.0)],
            fallback_vectors: vec![ExposureVector::AnalyticalAi],
            vector_basis: GroupBasis::IscoMinorGroup,
            resilience_basis: GroupBasis::IscoUnitGroup,
            resilience_evidence: Some(0.27),
            weak_match: true,
        });
        scored.fitted.viability = Some(crate::viability::ViabilityThresholds {
            highly_viable: 0.25,
            viable: 0.125,
            pair_count: 3,
        });
        let json = serde_json::to_string(&scored).unwrap();
        assert!(
            json.contains(r#""scores":[null,{"ai":50.0,"b":"task_labels","an":30.0,"#),
            "{json}"
        );
        assert!(
            json.contains(r#""mt":[1.5,null,0.0,null,null,100.0]"#),
            "{json}"
        );
        assert_eq!(round_trip(&scored), scored);

        // A dataset written before the fitted values existed still reads.
        let old = json.replace(r#","fitted":"#, r#","unused":"#);
        assert_eq!(
            serde_json::from_str::<Index>(&old).unwrap().fitted,
            FittedValues::default()
        );
    }

    #[test]
    fn a_part_file_that_does_not_fit_the_core_is_refused() {
        let index = two_occupations();
        let mut core: Index =
            serde_json::from_str(&serde_json::to_string(&index).unwrap()).unwrap();
        let refused = |json: &str| {
            let file: IndexPartFile = serde_json::from_str(json).unwrap();
            core.clone().add_part(file.part, file).unwrap_err()
        };
        let short = r#"{"schema_version":1,"part":"labels","occupations":{"alt":[["x"]]}}"#;
        assert_eq!(refused(short), "a column has 1 values for 2 occupations");
        let newer = r#"{"schema_version":2,"part":"labels","occupations":{"alt":[[],[]]}}"#;
        assert_eq!(refused(newer), "schema version 2 where 1 is read");
        let stray =
            r#"{"schema_version":1,"part":"labels","occupations":{"alt":[[],[]],"jz":[1,2]}}"#;
        assert_eq!(refused(stray), "the Labels part holds the column jz");
        let lacking = r#"{"schema_version":1,"part":"postings","occupations":{"ess":[[],[]]}}"#;
        assert_eq!(refused(lacking), "the Postings part lacks the column opt");
        let fits = r#"{"schema_version":1,"part":"labels","occupations":{"alt":[["y"],[]]}}"#;
        core.add_part(IndexPart::Labels, serde_json::from_str(fits).unwrap())
            .unwrap();
        assert_eq!(core.occupations[0].alt_labels, ["y"]);
    }

    #[test]
    fn reading_the_parts_names_the_file_that_fails() {
        let index = two_occupations();
        let file = |part: IndexPart| match part {
            IndexPart::Core => serde_json::to_string(&index).unwrap(),
            part => serde_json::to_string(&index.part_file(part)).unwrap(),
        };
        let read = Index::read_parts(&IndexPart::EXTRA, |part| Ok(file(part))).unwrap();
        assert_eq!(read, index);
        // Only the parts asked for are read.
        let labels_only = Index::read_parts(&[IndexPart::Labels], |part| match part {
            IndexPart::Core | IndexPart::Labels => Ok(file(part)),
            other => Err(format!("{other:?} read")),
        })
        .unwrap();
        assert_eq!(labels_only.occupations[0].alt_labels, ["x"]);
        assert!(labels_only.occupations[0].essential.is_empty());

        let swapped = Index::read_parts(&[IndexPart::Onet], |part| match part {
            IndexPart::Onet => Ok(file(IndexPart::Labels)),
            other => Ok(file(other)),
        });
        assert_eq!(
            swapped.unwrap_err(),
            "index/onet.json: it holds the Labels part"
        );
        let old_core = Index::read_parts(&[], |_| {
            Ok(file(IndexPart::Core).replacen("\"schema_version\":1", "\"schema_version\":0", 1))
        });
        assert_eq!(
            old_core.unwrap_err(),
            "index/core.json: schema version 0 where 1 is read"
        );
        let broken = Index::read_parts(&[IndexPart::Postings], |part| match part {
            IndexPart::Postings => Ok("{\"schema_version\":1,".to_owned()),
            other => Ok(file(other)),
        });
        let broken = broken.unwrap_err();
        assert!(
            broken.starts_with("index/postings.json: EOF while parsing")
                && broken.ends_with("at line 1 column 20"),
            "{broken}"
        );
    }

    #[test]
    fn profile_mean_skips_codes_without_the_data() {
        let a = OnetProfile {
            riasec: Some(vec![1.0, 2.0]),
            work_styles: Some(vec![4.69]),
            work_values: None,
            job_zone: Some(4.0),
        };
        let b = OnetProfile {
            riasec: Some(vec![2.0, 3.01]),
            work_styles: None,
            work_values: None,
            job_zone: Some(5.0),
        };
        let none = OnetProfile::default();
        let m = OnetProfile::mean(&[&a, &b, &none]);
        assert_eq!(m.riasec, Some(vec![1.5, 2.51]));
        assert_eq!(m.work_styles, Some(vec![4.69]));
        assert_eq!(m.work_values, None);
        assert_eq!(m.job_zone, Some(4.5));
        assert_eq!(OnetProfile::mean(&[]), OnetProfile::default());
    }

    #[test]
    fn columns_of_different_length_are_rejected() {
        let json = r#"{"schema_version":1,"riasec":[],"work_styles":[],"work_values":[],
            "isco_groups":{},"categories":[],"occupations":{"id":["a"],"slug":[],"title":["a"],
            "alt":[[]],"isco":["1"],"cat":["c"],"ess":[[]],"opt":[[]],"onet":[[]],"ri":[null],
            "ws":[null],"wv":[null],"jz":[null]}}"#;
        assert!(serde_json::from_str::<Index>(json).is_err());
    }
}
