//! The four AI-exposure vectors, each 0-100: which kind of automation touches the work.
//!
//! Each vector is a weighted mean of 0-1 components, renormalised over the components present:
//! the O*NET importance of the vector's generalised work activities (GWAs; `Work Activities`,
//! O*NET 28.2), placed between its 5th and 95th percentile across occupations, or, for the few
//! occupations without those ratings, the share of their O*NET tasks linked (through detailed
//! work activities) to those GWAs, full at its measured 95th percentile; the Eloundou beta; the
//! number of O*NET technology skills, full at its measured 90th percentile; and the share of the
//! occupation's ESCO skills under named skill groups (S5; S6, S7 and S8), full at their measured
//! 95th percentiles ([`crate::saturation`]). Physical automation is then discounted by the
//! finger and manual dexterity the work needs (O*NET `Abilities`, 30.0), Frey & Osborne's
//! perception-and-manipulation bottleneck.

use crate::saturation::{Saturations, percentile_scale};
use crate::stats::{MinMaxScale, blend_present, importance01, mean_present, round1, saturate};

/// An O*NET generalised work activity: element id and name (`DWA Reference`).
pub type WorkActivity = (&'static str, &'static str);

/// GWAs of analysis and prediction work.
pub const ANALYTICAL_ACTIVITIES: &[WorkActivity] = &[
    ("4.A.1.a.1", "Getting Information"),
    (
        "4.A.1.a.2",
        "Monitoring Processes, Materials, or Surroundings",
    ),
    (
        "4.A.1.b.3",
        "Estimating the Quantifiable Characteristics of Products, Events, or Information",
    ),
    ("4.A.2.a.2", "Processing Information"),
    (
        "4.A.2.a.3",
        "Evaluating Information to Determine Compliance with Standards",
    ),
    ("4.A.2.a.4", "Analyzing Data or Information"),
];
/// GWAs of content and language work.
pub const GENERATIVE_ACTIVITIES: &[WorkActivity] = &[
    ("4.A.3.b.6", "Documenting/Recording Information"),
    (
        "4.A.4.a.1",
        "Interpreting the Meaning of Information for Others",
    ),
    (
        "4.A.4.a.2",
        "Communicating with Supervisors, Peers, or Subordinates",
    ),
    (
        "4.A.4.a.3",
        "Communicating with People Outside the Organization",
    ),
];
/// GWAs of digitisable process and decision-support work.
pub const WORKFLOW_ACTIVITIES: &[WorkActivity] = &[
    ("4.A.2.b.5", "Scheduling Work and Activities"),
    ("4.A.2.b.6", "Organizing, Planning, and Prioritizing Work"),
    ("4.A.3.b.1", "Working with Computers"),
    ("4.A.4.c.1", "Performing Administrative Activities"),
    ("4.A.4.c.3", "Monitoring and Controlling Resources"),
];
/// GWAs of physical work that robots and sensors address.
pub const PHYSICAL_ACTIVITIES: &[WorkActivity] = &[
    ("4.A.3.a.1", "Performing General Physical Activities"),
    ("4.A.3.a.2", "Handling and Moving Objects"),
    ("4.A.3.a.3", "Controlling Machines and Processes"),
    (
        "4.A.3.a.4",
        "Operating Vehicles, Mechanized Devices, or Equipment",
    ),
];

/// Share of physical automation that a fully dexterous job (finger and manual dexterity at their
/// 95th percentile) takes off: robots still handle fine, varied manipulation poorly.
pub const PHYSICAL_DEXTERITY_DISCOUNT: f64 = 0.5;
/// O*NET ability 1.A.2.a.2 Finger Dexterity.
pub const FINGER_DEXTERITY: WorkActivity = ("1.A.2.a.2", "Finger Dexterity");
/// O*NET ability 1.A.2.a.1 Manual Dexterity.
pub const MANUAL_DEXTERITY: WorkActivity = ("1.A.2.a.1", "Manual Dexterity");

/// Analytical AI: weight of the analytical task share.
pub const ANALYTICAL_W_ACTIVITIES: f64 = 0.6;
/// Analytical AI: weight of the Eloundou beta.
pub const ANALYTICAL_W_BETA: f64 = 0.2;
/// Analytical AI: weight of technology-skill intensity.
pub const ANALYTICAL_W_TECH: f64 = 0.2;
/// Generative AI: weight of the generative task share.
pub const GENERATIVE_W_ACTIVITIES: f64 = 0.5;
/// Generative AI: weight of the Eloundou beta, which measures exactly LLM exposure.
pub const GENERATIVE_W_BETA: f64 = 0.5;
/// Workflow automation: weight of the workflow task share.
pub const WORKFLOW_W_ACTIVITIES: f64 = 0.4;
/// Workflow automation: weight of the ESCO S5 "working with computers" skill share.
pub const WORKFLOW_W_ESCO_S5: f64 = 0.3;
/// Workflow automation: weight of technology-skill intensity.
pub const WORKFLOW_W_TECH: f64 = 0.3;
/// Physical automation: weight of the physical task share.
pub const PHYSICAL_W_ACTIVITIES: f64 = 0.6;
/// Physical automation: weight of the ESCO S6 + S7 + S8 skill share.
pub const PHYSICAL_W_ESCO_MANUAL: f64 = 0.4;

/// Share (0-1) of an occupation's O*NET tasks linked to at least one GWA of each vector.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ActivityShares {
    /// Tasks under any of [`ANALYTICAL_ACTIVITIES`].
    pub analytical: f64,
    /// Tasks under any of [`GENERATIVE_ACTIVITIES`].
    pub generative: f64,
    /// Tasks under any of [`WORKFLOW_ACTIVITIES`].
    pub workflow: f64,
    /// Tasks under any of [`PHYSICAL_ACTIVITIES`].
    pub physical: f64,
}

/// Task shares from each task's GWA element ids (its DWAs in `Tasks to DWAs`, mapped through
/// `DWA Reference`). Tasks without any GWA are left out of the denominator; `None` if no task
/// has one. A task counts once per vector however many of its GWAs match.
pub fn activity_shares<T: AsRef<str>>(task_activities: &[Vec<T>]) -> Option<ActivityShares> {
    let linked: Vec<&Vec<T>> = task_activities.iter().filter(|t| !t.is_empty()).collect();
    if linked.is_empty() {
        return None;
    }
    let share = |list: &[WorkActivity]| {
        let hits = linked
            .iter()
            .filter(|task| {
                task.iter()
                    .any(|id| list.iter().any(|(gwa, _)| *gwa == id.as_ref()))
            })
            .count();
        hits as f64 / linked.len() as f64
    };
    Some(ActivityShares {
        analytical: share(ANALYTICAL_ACTIVITIES),
        generative: share(GENERATIVE_ACTIVITIES),
        workflow: share(WORKFLOW_ACTIVITIES),
        physical: share(PHYSICAL_ACTIVITIES),
    })
}

/// Share (0-1) of an occupation's ESCO skills (essential and optional, skills pillar) under each
/// top-level ESCO skill group, following `broaderRelationsSkillPillar` up to `skillsHierarchy`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EscoGroupShares {
    /// S1 communication, collaboration and creativity.
    pub s1_communication_collaboration_creativity: f64,
    /// S3 assisting and caring.
    pub s3_assisting_caring: f64,
    /// S4 management skills.
    pub s4_management: f64,
    /// S5 working with computers.
    pub s5_working_with_computers: f64,
    /// S6 handling and moving.
    pub s6_handling_moving: f64,
    /// S7 constructing.
    pub s7_constructing: f64,
    /// S8 working with machinery and specialised equipment.
    pub s8_machinery: f64,
}

/// Mean O*NET importance (1-5, scale `IM`) of each vector's GWAs.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ActivityRatings {
    /// Mean over [`ANALYTICAL_ACTIVITIES`].
    pub analytical: f64,
    /// Mean over [`GENERATIVE_ACTIVITIES`].
    pub generative: f64,
    /// Mean over [`WORKFLOW_ACTIVITIES`].
    pub workflow: f64,
    /// Mean over [`PHYSICAL_ACTIVITIES`].
    pub physical: f64,
}

/// The ratings of each vector's GWAs from one occupation's importances (`rating_of` gives a
/// GWA element id's importance); `None` unless every vector has at least one rated GWA.
pub fn activity_ratings(rating_of: impl Fn(&str) -> Option<f64>) -> Option<ActivityRatings> {
    let mean = |list: &[WorkActivity]| {
        mean_present(&list.iter().map(|(id, _)| rating_of(id)).collect::<Vec<_>>())
    };
    Some(ActivityRatings {
        analytical: mean(ANALYTICAL_ACTIVITIES)?,
        generative: mean(GENERATIVE_ACTIVITIES)?,
        workflow: mean(WORKFLOW_ACTIVITIES)?,
        physical: mean(PHYSICAL_ACTIVITIES)?,
    })
}

/// Inputs of the four vectors for one occupation.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct VectorInputs {
    /// GWA importances; `None` without O*NET work-activity ratings.
    pub activity_ratings: Option<ActivityRatings>,
    /// GWA task shares, used where `activity_ratings` is `None`; `None` without linked tasks.
    pub activities: Option<ActivityShares>,
    /// Mean of the Finger Dexterity and Manual Dexterity importances (1-5); `None` without
    /// O*NET ability ratings.
    pub dexterity: Option<f64>,
    /// Eloundou beta (0-1) as used in the exposure score; `None` without labels.
    pub eloundou_beta: Option<f64>,
    /// Distinct O*NET `Technology Skills` examples of the mapped codes; `None` without a mapping.
    pub technology_skill_count: Option<u32>,
    /// ESCO skill-group shares; `None` if the occupation has no skills.
    pub esco: Option<EscoGroupShares>,
}

impl VectorInputs {
    /// The ESCO S6 + S7 + S8 share.
    fn esco_manual(&self) -> Option<f64> {
        self.esco
            .map(|e| e.s6_handling_moving + e.s7_constructing + e.s8_machinery)
    }
}

/// Everything the vectors fit on the whole set of occupations: the saturation points and the
/// percentile scales of the GWA and dexterity ratings.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct VectorFit {
    /// Saturation points of the shares and the technology-skill count.
    pub saturations: Saturations,
    /// Scales of the four GWA ratings, in [`ExposureVector::ALL`] order.
    pub activity_scales: [Option<MinMaxScale>; 4],
    /// Scale of the dexterity rating.
    pub dexterity_scale: Option<MinMaxScale>,
}

impl VectorFit {
    /// Fits every point and scale on all occupations' inputs.
    pub fn fit(all: &[VectorInputs]) -> VectorFit {
        use crate::saturation::{
            SATURATION_PERCENTILE as P95, TECH_SKILLS_PERCENTILE, fitted_point,
        };
        let d = Saturations::default();
        let shares = |f: fn(&ActivityShares) -> f64, default| {
            fitted_point(
                all.iter().filter_map(|i| i.activities.as_ref().map(f)),
                P95,
                default,
            )
        };
        let esco = |f: fn(&EscoGroupShares) -> f64, default| {
            fitted_point(
                all.iter().filter_map(|i| i.esco.as_ref().map(f)),
                P95,
                default,
            )
        };
        let rating = |f: fn(&ActivityRatings) -> f64| {
            percentile_scale(
                all.iter()
                    .filter_map(|i| i.activity_ratings.as_ref().map(f)),
            )
        };
        VectorFit {
            saturations: Saturations {
                analytical_share: shares(|a| a.analytical, d.analytical_share),
                generative_share: shares(|a| a.generative, d.generative_share),
                workflow_share: shares(|a| a.workflow, d.workflow_share),
                physical_share: shares(|a| a.physical, d.physical_share),
                esco_s5: esco(|e| e.s5_working_with_computers, d.esco_s5),
                esco_s3: esco(|e| e.s3_assisting_caring, d.esco_s3),
                esco_s7: esco(|e| e.s7_constructing, d.esco_s7),
                esco_manual: fitted_point(
                    all.iter().filter_map(VectorInputs::esco_manual),
                    P95,
                    d.esco_manual,
                ),
                tech_skills: fitted_point(
                    all.iter()
                        .filter_map(|i| i.technology_skill_count.map(f64::from)),
                    TECH_SKILLS_PERCENTILE,
                    d.tech_skills,
                ),
            },
            activity_scales: [
                rating(|a| a.analytical),
                rating(|a| a.generative),
                rating(|a| a.workflow),
                rating(|a| a.physical),
            ],
            dexterity_scale: percentile_scale(all.iter().filter_map(|i| i.dexterity)),
        }
    }

    /// A 1-5 rating on 0-1 by `scale`, or `(rating - 1) / 4` without one.
    fn place(scale: Option<MinMaxScale>, rating: f64) -> f64 {
        scale.map_or_else(|| importance01(rating), |s| s.apply(rating))
    }
}

/// The four kinds of AI exposure, in the order they are shown.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ExposureVector {
    /// Analysis, pattern recognition and prediction.
    AnalyticalAi,
    /// Content generation and language models.
    GenerativeAi,
    /// Workflow automation and decision support.
    WorkflowAutomation,
    /// Physical automation and robotics.
    PhysicalAutomation,
}

impl ExposureVector {
    /// All vectors in display order (also the tie-break order).
    pub const ALL: [ExposureVector; 4] = [
        ExposureVector::AnalyticalAi,
        ExposureVector::GenerativeAi,
        ExposureVector::WorkflowAutomation,
        ExposureVector::PhysicalAutomation,
    ];

    /// Plain label for the page.
    pub fn label(self) -> &'static str {
        match self {
            ExposureVector::AnalyticalAi => "Analysis and prediction",
            ExposureVector::GenerativeAi => "Content generation and language models",
            ExposureVector::WorkflowAutomation => "Workflow automation and decision support",
            ExposureVector::PhysicalAutomation => "Physical automation and robotics",
        }
    }
}

/// The four vector scores, each 0-100 with one decimal, `None` without any input.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ExposureVectors {
    /// Analysis and prediction.
    pub analytical_ai: Option<f64>,
    /// Content generation and language models.
    pub generative_ai: Option<f64>,
    /// Workflow automation and decision support.
    pub workflow_automation: Option<f64>,
    /// Physical automation and robotics.
    pub physical_automation: Option<f64>,
}

impl ExposureVectors {
    /// The score of one vector.
    pub fn get(&self, vector: ExposureVector) -> Option<f64> {
        match vector {
            ExposureVector::AnalyticalAi => self.analytical_ai,
            ExposureVector::GenerativeAi => self.generative_ai,
            ExposureVector::WorkflowAutomation => self.workflow_automation,
            ExposureVector::PhysicalAutomation => self.physical_automation,
        }
    }

    /// Sets the score of one vector.
    pub fn set(&mut self, vector: ExposureVector, score: f64) {
        let slot = match vector {
            ExposureVector::AnalyticalAi => &mut self.analytical_ai,
            ExposureVector::GenerativeAi => &mut self.generative_ai,
            ExposureVector::WorkflowAutomation => &mut self.workflow_automation,
            ExposureVector::PhysicalAutomation => &mut self.physical_automation,
        };
        *slot = Some(score);
    }

    /// The highest-scoring vector; ties go to the earlier one in [`ExposureVector::ALL`].
    pub fn strongest(&self) -> Option<(ExposureVector, f64)> {
        let mut best: Option<(ExposureVector, f64)> = None;
        for v in ExposureVector::ALL {
            if let Some(score) = self.get(v)
                && best.is_none_or(|(_, b)| score > b)
            {
                best = Some((v, score));
            }
        }
        best
    }
}

/// Computes the four vectors (formulas in the module docs and [`crate::methodology`]).
pub fn exposure_vectors(inputs: &VectorInputs, fit: &VectorFit) -> ExposureVectors {
    let sat = fit.saturations;
    // The work-activity part of vector `i`: its GWA rating where O*NET rates the occupation's
    // work activities, else its task share.
    let activity = |i: usize,
                    rated: fn(&ActivityRatings) -> f64,
                    share: fn(&ActivityShares) -> f64,
                    saturation| {
        inputs
            .activity_ratings
            .map(|r| VectorFit::place(fit.activity_scales[i], rated(&r)))
            .or_else(|| inputs.activities.map(|a| saturate(share(&a), saturation)))
    };
    let esco = |f: fn(&EscoGroupShares) -> f64, saturation| {
        inputs.esco.map(|e| saturate(f(&e), saturation))
    };
    let tech = inputs
        .technology_skill_count
        .map(|n| saturate(n as f64, sat.tech_skills));
    let beta = inputs.eloundou_beta.map(crate::stats::clamp01);
    let dexterity = inputs
        .dexterity
        .map(|d| VectorFit::place(fit.dexterity_scale, d));
    let to_score = |v: Option<f64>| v.map(|x| round1(x * 100.0));
    let physical = blend_present(&[
        (
            PHYSICAL_W_ACTIVITIES,
            activity(3, |r| r.physical, |a| a.physical, sat.physical_share),
        ),
        (
            PHYSICAL_W_ESCO_MANUAL,
            inputs.esco_manual().map(|m| saturate(m, sat.esco_manual)),
        ),
    ])
    .map(|p| p * (1.0 - PHYSICAL_DEXTERITY_DISCOUNT * dexterity.unwrap_or(0.0)));
    ExposureVectors {
        analytical_ai: to_score(blend_present(&[
            (
                ANALYTICAL_W_ACTIVITIES,
                activity(0, |r| r.analytical, |a| a.analytical, sat.analytical_share),
            ),
            (ANALYTICAL_W_BETA, beta),
            (ANALYTICAL_W_TECH, tech),
        ])),
        generative_ai: to_score(blend_present(&[
            (
                GENERATIVE_W_ACTIVITIES,
                activity(1, |r| r.generative, |a| a.generative, sat.generative_share),
            ),
            (GENERATIVE_W_BETA, beta),
        ])),
        workflow_automation: to_score(blend_present(&[
            (
                WORKFLOW_W_ACTIVITIES,
                activity(2, |r| r.workflow, |a| a.workflow, sat.workflow_share),
            ),
            (
                WORKFLOW_W_ESCO_S5,
                esco(|e| e.s5_working_with_computers, sat.esco_s5),
            ),
            (WORKFLOW_W_TECH, tech),
        ])),
        physical_automation: to_score(physical),
    }
}
