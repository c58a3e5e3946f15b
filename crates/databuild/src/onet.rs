//! Loading O*NET 29.3 (the tab-separated export of the Excel release), the two files that come
//! from other releases (Work Activities from 28.2, Abilities from 30.0; same O*NET-SOC 2019
//! taxonomy, joined by code) and the O*NET Resource Center's ESCO → O*NET-SOC 2019 crosswalk.

use std::collections::BTreeMap;

use crate::error::Result;
use crate::table::{Format, Sources, Table};

const DIR: &str = "onet-29.3/tsv-from-xlsx/";
/// O*NET-SOC codes and titles.
pub const OCCUPATION_DATA: &str = "onet-29.3/tsv-from-xlsx/Occupation Data.txt";
/// Task statements with Core/Supplemental type.
pub const TASKS: &str = "onet-29.3/tsv-from-xlsx/Task Statements.txt";
/// The crosswalk, keyed by ESCO code.
pub const CROSSWALK: &str = "crosswalks/onetcenter-esco-to-onetsoc2019/ESCO_to_ONET-SOC.csv";

/// Ratings of a fixed set of O*NET elements on one scale, per O*NET-SOC code.
#[derive(Default)]
pub struct ElementTable {
    /// Element names, ordered by element id.
    pub names: Vec<String>,
    /// Code → one value per element in `names`; only codes rated on every element.
    pub values: BTreeMap<String, Vec<f64>>,
}

/// One task statement.
pub struct TaskRow {
    /// O*NET task id.
    pub id: u64,
    /// Statement.
    pub text: String,
    /// Core (true) or Supplemental / unrated.
    pub core: bool,
}

/// One technology skill example.
pub struct TechRow {
    /// Example name, e.g. "Python".
    pub name: String,
    /// Hot Technology flag.
    pub hot: bool,
    /// In Demand flag.
    pub in_demand: bool,
}

/// Texts of one job zone from `Job Zone Reference`.
pub struct JobZoneRef {
    /// e.g. "Job Zone Four: Considerable Preparation Needed".
    pub name: String,
    /// Experience text.
    pub experience: String,
    /// Education text.
    pub education: String,
    /// Job training text.
    pub training: String,
}

/// One row of the ESCO → O*NET-SOC crosswalk.
pub struct CrosswalkRow {
    /// 1-based line in the crosswalk file.
    pub line: u64,
    /// ESCO code (e.g. `2654.1.7`) or, without a dot, an ISCO code.
    pub esco_code: String,
    /// ESCO title as the crosswalk spells it.
    pub esco_title: String,
    /// O*NET-SOC 2019 code.
    pub onet_code: String,
}

/// Everything read from O*NET and the crosswalk.
pub struct Onet {
    /// Code → title, for all O*NET-SOC codes.
    pub titles: BTreeMap<String, String>,
    /// Code → task statements in file order.
    pub tasks: BTreeMap<String, Vec<TaskRow>>,
    /// Work styles, importance ("IM", 1–5).
    pub work_styles: ElementTable,
    /// Work values, extent ("EX", 1–7).
    pub work_values: ElementTable,
    /// RIASEC interests ("OI", 1–7).
    pub interests: ElementTable,
    /// Code → job zone (1–5).
    pub job_zones: BTreeMap<String, u8>,
    /// Job zone → its reference texts.
    pub job_zone_ref: BTreeMap<u8, JobZoneRef>,
    /// Code → technology skills in file order.
    pub technology: BTreeMap<String, Vec<TechRow>>,
    /// Code → required-level-of-education category (1–12) → percent of respondents.
    pub education: BTreeMap<String, BTreeMap<u8, f64>>,
    /// Required-level-of-education category → description.
    pub education_labels: BTreeMap<u8, String>,
    /// Crosswalk rows in file order.
    pub crosswalk: Vec<CrosswalkRow>,
    /// (code, task id) → the generalised work activities (GWA element ids, sorted) of the
    /// task's detailed work activities.
    pub task_activities: BTreeMap<(String, u64), Vec<String>>,
    /// Code → element id → importance ("IM", 1–5) for the [`SKILL_ELEMENTS`].
    pub skills: BTreeMap<String, BTreeMap<String, f64>>,
    /// Code → element id → importance ("IM", 1–5) for the [`KNOWLEDGE_ELEMENTS`].
    pub knowledge: BTreeMap<String, BTreeMap<String, f64>>,
    /// Code → GWA element id → importance ("IM", 1–5), every work activity (O*NET 28.2).
    pub work_activities: BTreeMap<String, BTreeMap<String, f64>>,
    /// Code → element id → importance ("IM", 1–5) for the [`ABILITY_ELEMENTS`] (O*NET 30.0).
    pub abilities: BTreeMap<String, BTreeMap<String, f64>>,
}

/// O*NET skills read for resilience: Social Perceptiveness, Persuasion, Negotiation, Judgment
/// and Decision Making.
pub const SKILL_ELEMENTS: [&str; 4] = ["2.B.1.a", "2.B.1.c", "2.B.1.d", "2.B.4.e"];
/// O*NET knowledge areas read for the megatrends (Foreign Language, Transportation) and for
/// resilience (Fine Arts).
pub const KNOWLEDGE_ELEMENTS: [&str; 3] = ["2.C.7.b", "2.C.10", "2.C.7.c"];
/// O*NET abilities read for the vectors and resilience: Manual Dexterity, Finger Dexterity,
/// Originality.
pub const ABILITY_ELEMENTS: [&str; 3] = ["1.A.2.a.1", "1.A.2.a.2", "1.A.1.b.2"];
/// O*NET 28.2 Work Activities: the newest release of that file available (see PROVENANCE).
pub const WORK_ACTIVITIES: &str = "onet-28.2/tsv-from-xlsx/Work Activities.txt";
/// O*NET 30.0 Abilities: the only release of that file available (see PROVENANCE).
pub const ABILITIES: &str = "onet-30.0/tsv-from-parquet/Abilities.txt";
/// Tasks linked to detailed work activities.
pub const TASKS_TO_DWAS: &str = "onet-29.3/tsv-from-xlsx/Tasks to DWAs.txt";
/// Detailed work activity → intermediate and generalised work activity.
pub const DWA_REFERENCE: &str = "onet-29.3/tsv-from-xlsx/DWA Reference.txt";

/// Reads all O*NET inputs and the crosswalk.
pub fn load(src: &mut Sources) -> Result<Onet> {
    Ok(Onet {
        titles: load_titles(src)?,
        tasks: load_tasks(src)?,
        work_styles: load_elements(src, "Work Styles.txt", "IM")?,
        work_values: load_elements(src, "Work Values.txt", "EX")?,
        interests: load_elements(src, "Interests.txt", "OI")?,
        job_zones: load_job_zones(src)?,
        job_zone_ref: load_job_zone_ref(src)?,
        technology: load_technology(src)?,
        education: load_education(src)?,
        education_labels: load_education_labels(src)?,
        crosswalk: load_crosswalk(src)?,
        task_activities: load_task_activities(src)?,
        skills: load_selected(src, &format!("{DIR}Skills.txt"), Some(&SKILL_ELEMENTS))?,
        knowledge: load_selected(
            src,
            &format!("{DIR}Knowledge.txt"),
            Some(&KNOWLEDGE_ELEMENTS),
        )?,
        work_activities: load_work_activities(src)?,
        abilities: load_selected(src, ABILITIES, Some(&ABILITY_ELEMENTS))?,
    })
}

/// Every work activity's importance per code, from O*NET 28.2 (see [`WORK_ACTIVITIES`]).
pub fn load_work_activities(src: &mut Sources) -> Result<BTreeMap<String, BTreeMap<String, f64>>> {
    load_selected(src, WORK_ACTIVITIES, None)
}

/// Each task's GWAs: `Tasks to DWAs` joined to `DWA Reference` on the DWA id. A DWA missing
/// from the reference is an error, since every activity share would silently shrink.
fn load_task_activities(src: &mut Sources) -> Result<BTreeMap<(String, u64), Vec<String>>> {
    let r = src.table(DWA_REFERENCE, Format::Tsv)?;
    let (gwa_c, dwa_c) = (r.col("Element ID")?, r.col("DWA ID")?);
    let mut gwa_of: BTreeMap<String, String> = BTreeMap::new();
    for row in r.rows() {
        gwa_of.insert(
            row.required(dwa_c)?.to_string(),
            row.required(gwa_c)?.to_string(),
        );
    }
    let t = src.table(TASKS_TO_DWAS, Format::Tsv)?;
    let (code_c, id_c, dwa_c) = (
        t.col("O*NET-SOC Code")?,
        t.col("Task ID")?,
        t.col("DWA ID")?,
    );
    let mut out: BTreeMap<(String, u64), Vec<String>> = BTreeMap::new();
    for row in t.rows() {
        let id = crate::ai::whole_number(&row, id_c, "a task id")?;
        let dwa = row.required(dwa_c)?;
        let gwa = gwa_of
            .get(dwa)
            .ok_or_else(|| row.error(dwa_c, format!("DWA {dwa:?} is not in {DWA_REFERENCE}")))?;
        out.entry((row.required(code_c)?.to_string(), id))
            .or_default()
            .push(gwa.clone());
    }
    for gwas in out.values_mut() {
        gwas.sort();
        gwas.dedup();
    }
    Ok(out)
}

/// Importance ("IM") of the elements `ids` (all elements for `None`) per code, from the file
/// at `path`; other elements and scales are skipped.
fn load_selected(
    src: &mut Sources,
    path: &str,
    ids: Option<&[&str]>,
) -> Result<BTreeMap<String, BTreeMap<String, f64>>> {
    let t = src.table(path, Format::Tsv)?;
    let (code_c, id_c, scale_c, value_c) = (
        t.col("O*NET-SOC Code")?,
        t.col("Element ID")?,
        t.col("Scale ID")?,
        t.col("Data Value")?,
    );
    let mut out: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
    for row in t.rows() {
        let id = row.get(id_c).trim();
        if row.get(scale_c).trim() != "IM" || ids.is_some_and(|ids| !ids.contains(&id)) {
            continue;
        }
        let value = row.number(value_c)?;
        if !(1.0..=5.0).contains(&value) {
            return Err(row.error(
                value_c,
                format!("expected an importance in 1-5, got {value}"),
            ));
        }
        let code = crate::ai::onet_code(&row, code_c)?;
        if out
            .entry(code.to_string())
            .or_default()
            .insert(row.required(id_c)?.to_string(), value)
            .is_some()
        {
            return Err(row.error(id_c, format!("duplicate importance of {id} for {code}")));
        }
    }
    Ok(out)
}

fn tsv(src: &mut Sources, name: &str) -> Result<Table> {
    src.table(&format!("{DIR}{name}"), Format::Tsv)
}

fn load_titles(src: &mut Sources) -> Result<BTreeMap<String, String>> {
    let t = src.table(OCCUPATION_DATA, Format::Tsv)?;
    let (code_c, title_c) = (t.col("O*NET-SOC Code")?, t.col("Title")?);
    let mut out = BTreeMap::new();
    for row in t.rows() {
        out.insert(
            row.required(code_c)?.to_string(),
            row.required(title_c)?.to_string(),
        );
    }
    Ok(out)
}

fn load_tasks(src: &mut Sources) -> Result<BTreeMap<String, Vec<TaskRow>>> {
    let t = src.table(TASKS, Format::Tsv)?;
    let (code_c, id_c, task_c, type_c) = (
        t.col("O*NET-SOC Code")?,
        t.col("Task ID")?,
        t.col("Task")?,
        t.col("Task Type")?,
    );
    let mut out: BTreeMap<String, Vec<TaskRow>> = BTreeMap::new();
    for row in t.rows() {
        let id = row.get(id_c).trim();
        let id: u64 = id
            .parse()
            .map_err(|_| row.error(id_c, format!("expected a task id, got {id:?}")))?;
        let core = match row.get(type_c).trim() {
            "Core" => true,
            "Supplemental" | "" => false,
            other => {
                return Err(row.error(
                    type_c,
                    format!("expected \"Core\", \"Supplemental\" or empty, got {other:?}"),
                ));
            }
        };
        out.entry(row.required(code_c)?.to_string())
            .or_default()
            .push(TaskRow {
                id,
                text: row.required(task_c)?.to_string(),
                core,
            });
    }
    Ok(out)
}

/// Reads an element-rating file, keeping rows on `scale` only (e.g. Interests also carries
/// the high-point codes on scale "IH").
fn load_elements(src: &mut Sources, name: &str, scale: &str) -> Result<ElementTable> {
    let t = tsv(src, name)?;
    let (code_c, id_c, name_c, scale_c, value_c) = (
        t.col("O*NET-SOC Code")?,
        t.col("Element ID")?,
        t.col("Element Name")?,
        t.col("Scale ID")?,
        t.col("Data Value")?,
    );
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut by_code: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
    for row in t.rows() {
        if row.get(scale_c).trim() != scale {
            continue;
        }
        let id = row.required(id_c)?.to_string();
        let value = row.number(value_c)?;
        names
            .entry(id.clone())
            .or_insert_with(|| row.get(name_c).trim().to_string());
        by_code
            .entry(row.required(code_c)?.to_string())
            .or_default()
            .insert(id, value);
    }
    let values = by_code
        .into_iter()
        .filter(|(_, v)| v.len() == names.len())
        .map(|(code, v)| (code, v.into_values().collect()))
        .collect();
    Ok(ElementTable {
        names: names.into_values().collect(),
        values,
    })
}

fn load_job_zones(src: &mut Sources) -> Result<BTreeMap<String, u8>> {
    let t = tsv(src, "Job Zones.txt")?;
    let (code_c, zone_c) = (t.col("O*NET-SOC Code")?, t.col("Job Zone")?);
    let mut out = BTreeMap::new();
    for row in t.rows() {
        out.insert(row.required(code_c)?.to_string(), job_zone(&row, zone_c)?);
    }
    Ok(out)
}

fn job_zone(row: &crate::table::Row<'_>, col: crate::table::Col) -> Result<u8> {
    let raw = row.get(col).trim();
    match raw.parse::<u8>() {
        Ok(z @ 1..=5) => Ok(z),
        _ => Err(row.error(col, format!("expected a job zone 1-5, got {raw:?}"))),
    }
}

fn load_job_zone_ref(src: &mut Sources) -> Result<BTreeMap<u8, JobZoneRef>> {
    let t = tsv(src, "Job Zone Reference.txt")?;
    let (zone_c, name_c, exp_c, edu_c, train_c) = (
        t.col("Job Zone")?,
        t.col("Name")?,
        t.col("Experience")?,
        t.col("Education")?,
        t.col("Job Training")?,
    );
    let mut out = BTreeMap::new();
    for row in t.rows() {
        out.insert(
            job_zone(&row, zone_c)?,
            JobZoneRef {
                name: row.get(name_c).trim().to_string(),
                experience: row.get(exp_c).trim().to_string(),
                education: row.get(edu_c).trim().to_string(),
                training: row.get(train_c).trim().to_string(),
            },
        );
    }
    Ok(out)
}

fn load_technology(src: &mut Sources) -> Result<BTreeMap<String, Vec<TechRow>>> {
    let t = tsv(src, "Technology Skills.txt")?;
    let (code_c, ex_c, hot_c, dem_c) = (
        t.col("O*NET-SOC Code")?,
        t.col("Example")?,
        t.col("Hot Technology")?,
        t.col("In Demand")?,
    );
    let flag = |row: &crate::table::Row<'_>, col| match row.get(col).trim() {
        "Y" => Ok(true),
        "N" => Ok(false),
        other => Err(row.error(col, format!("expected \"Y\" or \"N\", got {other:?}"))),
    };
    let mut out: BTreeMap<String, Vec<TechRow>> = BTreeMap::new();
    for row in t.rows() {
        out.entry(row.required(code_c)?.to_string())
            .or_default()
            .push(TechRow {
                name: row.required(ex_c)?.to_string(),
                hot: flag(&row, hot_c)?,
                in_demand: flag(&row, dem_c)?,
            });
    }
    Ok(out)
}

fn category(row: &crate::table::Row<'_>, col: crate::table::Col) -> Result<u8> {
    let raw = row.get(col).trim();
    raw.parse::<u8>()
        .map_err(|_| row.error(col, format!("expected a category number, got {raw:?}")))
}

fn load_education(src: &mut Sources) -> Result<BTreeMap<String, BTreeMap<u8, f64>>> {
    let t = tsv(src, "Education, Training, and Experience.txt")?;
    let (code_c, scale_c, cat_c, value_c) = (
        t.col("O*NET-SOC Code")?,
        t.col("Scale ID")?,
        t.col("Category")?,
        t.col("Data Value")?,
    );
    let mut out: BTreeMap<String, BTreeMap<u8, f64>> = BTreeMap::new();
    for row in t.rows() {
        if row.get(scale_c).trim() != "RL" {
            continue;
        }
        let cat = category(&row, cat_c)?;
        let value = row.number(value_c)?;
        out.entry(row.required(code_c)?.to_string())
            .or_default()
            .insert(cat, value);
    }
    Ok(out)
}

fn load_education_labels(src: &mut Sources) -> Result<BTreeMap<u8, String>> {
    let t = tsv(src, "Education, Training, and Experience Categories.txt")?;
    let (scale_c, cat_c, desc_c) = (
        t.col("Scale ID")?,
        t.col("Category")?,
        t.col("Category Description")?,
    );
    let mut out = BTreeMap::new();
    for row in t.rows() {
        if row.get(scale_c).trim() == "RL" {
            out.insert(category(&row, cat_c)?, row.required(desc_c)?.to_string());
        }
    }
    Ok(out)
}

fn load_crosswalk(src: &mut Sources) -> Result<Vec<CrosswalkRow>> {
    let t = src.table(CROSSWALK, Format::Csv)?;
    let (code_c, title_c, onet_c) = (
        t.col("ESCO/ISCO Code")?,
        t.col("ESCO/ISCO Title")?,
        t.col("O*NET-SOC 2019 Code")?,
    );
    let mut out = Vec::with_capacity(t.len());
    for row in t.rows() {
        // The sheet ends with a blank row and a credit line ("This publication uses the ESCO
        // classification..."): rows with neither code are not mappings.
        if row.get(code_c).trim().is_empty() && row.get(onet_c).trim().is_empty() {
            continue;
        }
        out.push(CrosswalkRow {
            line: row.line,
            esco_code: row.required(code_c)?.to_string(),
            esco_title: crate::esco::normalize_space(row.get(title_c)),
            onet_code: row.required(onet_c)?.to_string(),
        });
    }
    Ok(out)
}
