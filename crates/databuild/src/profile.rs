//! O*NET data for one ESCO occupation, aggregated over its mapped O*NET-SOC codes: mean
//! ratings, job zone, education, capped tasks and technology skills.

use std::collections::BTreeMap;

use careerlens_engine::model::{
    Education, JobZone, OnetOccupation, OnetProfile, Rated, Task, TechnologySkill, round2,
};

use crate::onet::{self, ElementTable, Onet};

/// At most this many task statements per O*NET-SOC code in a detail chunk...
pub const TASK_CAP: usize = 12;
/// ...and at most about this many over all its codes: each code gets
/// `clamp(TASK_BUDGET / codes, TASK_MIN, TASK_CAP)`.
pub const TASK_BUDGET: usize = 30;
/// Every mapped code keeps at least this many tasks.
pub const TASK_MIN: usize = 2;
/// At most this many technology skills per detail chunk.
pub const TECH_CAP: usize = 20;

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

/// Rounds to 2 decimals, so the JSON carries short, deterministic numbers.
pub(crate) fn r2(x: f64) -> f32 {
    round2(x)
}

/// The ratings of one O*NET-SOC code as the index ships them, or `None` if it has none.
pub(crate) fn code_profile(onet: &Onet, code: &str) -> Option<OnetProfile> {
    let vector = |t: &ElementTable| {
        t.values
            .get(code)
            .map(|v| v.iter().map(|&x| r2(x)).collect::<Vec<f32>>())
    };
    let p = OnetProfile {
        riasec: vector(&onet.interests),
        work_styles: vector(&onet.work_styles),
        work_values: vector(&onet.work_values),
        job_zone: onet.job_zones.get(code).map(|&z| f32::from(z)),
    };
    (p != OnetProfile::default()).then_some(p)
}

/// O*NET data for one ESCO occupation, aggregated over its mapped codes.
pub(crate) struct Aggregate {
    /// The mapped codes with titles and capped tasks.
    pub onet: Vec<OnetOccupation>,
    /// Most common required level of education.
    pub education: Option<Education>,
    /// Merged, sorted and capped technology skills.
    pub technology: Vec<TechnologySkill>,
    /// Distinct technology skills before the cap.
    pub technology_total: u32,
    any_tasks: bool,
}

impl Aggregate {
    /// Whether this occupation has each kind of O*NET data, in [`COVERAGE_KINDS`] order;
    /// `ratings` is the mean profile of its codes.
    pub fn coverage(&self, ratings: &OnetProfile) -> [(&'static str, bool); 8] {
        [
            ("any_code", !self.onet.is_empty()),
            ("tasks", self.any_tasks),
            ("work_styles", ratings.work_styles.is_some()),
            ("work_values", ratings.work_values.is_some()),
            ("interests", ratings.riasec.is_some()),
            ("job_zone", ratings.job_zone.is_some()),
            ("technology", self.technology_total > 0),
            ("education", self.education.is_some()),
        ]
    }
}

pub(crate) fn rated(names: &[String], values: &Option<Vec<f32>>) -> Vec<Rated> {
    values.as_ref().map_or_else(Vec::new, |v| {
        names
            .iter()
            .zip(v)
            .map(|(name, &value)| Rated {
                name: name.clone(),
                value,
            })
            .collect()
    })
}

pub(crate) fn job_zone(onet: &Onet, value: f32) -> JobZone {
    let zone = value.round().clamp(1.0, 5.0) as u8;
    let reference = onet.job_zone_ref.get(&zone);
    let text = |f: fn(&onet::JobZoneRef) -> &String| reference.map(f).cloned().unwrap_or_default();
    JobZone {
        value,
        zone,
        name: text(|r| &r.name),
        education: text(|r| &r.education),
        experience: text(|r| &r.experience),
        training: text(|r| &r.training),
    }
}

pub(crate) fn aggregate(onet: &Onet, codes: &[&str]) -> Aggregate {
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
                confirmed: false,
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
        education,
        technology,
        technology_total,
        any_tasks,
    }
}
