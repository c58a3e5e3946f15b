//! The four AI-exposure vectors, each 0-100: which kind of automation touches the work.
//!
//! Each vector is a weighted mean of 0-1 components, renormalised over the components present:
//! the share of the occupation's O*NET tasks linked (through detailed work activities) to the
//! vector's generalised work activities (GWAs), counted as full at the vector's saturation (about
//! the 95th percentile of occupations in O*NET 29.3); the Eloundou beta; the number of O*NET
//! technology skills, full at [`TECH_SKILLS_SATURATION`]; and the share of the occupation's
//! ESCO skills under named skill groups (S5; S6, S7 and S8), full at [`ESCO_S5_SATURATION`] and
//! [`ESCO_MANUAL_SATURATION`].

use crate::stats::{blend_present, round1, saturate};

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

/// Analytical task share counted as full.
pub const ANALYTICAL_SHARE_SATURATION: f64 = 0.4;
/// Generative task share counted as full.
pub const GENERATIVE_SHARE_SATURATION: f64 = 0.4;
/// Workflow task share counted as full.
pub const WORKFLOW_SHARE_SATURATION: f64 = 0.25;
/// Physical task share counted as full.
pub const PHYSICAL_SHARE_SATURATION: f64 = 0.8;
/// ESCO S5 "working with computers" share counted as full (about the 95th percentile).
pub const ESCO_S5_SATURATION: f64 = 0.2;
/// ESCO S6 + S7 + S8 share counted as full (about the 95th percentile).
pub const ESCO_MANUAL_SATURATION: f64 = 0.6;
/// This many O*NET technology skills (software examples) or more count as fully digital (about
/// the 90th percentile of O*NET occupations).
pub const TECH_SKILLS_SATURATION: f64 = 80.0;

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

/// Inputs of the four vectors for one occupation.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct VectorInputs {
    /// GWA task shares; `None` without linked O*NET tasks.
    pub activities: Option<ActivityShares>,
    /// Eloundou beta (0-1) as used in the exposure score; `None` without labels.
    pub eloundou_beta: Option<f64>,
    /// Distinct O*NET `Technology Skills` examples of the mapped codes; `None` without a mapping.
    pub technology_skill_count: Option<u32>,
    /// ESCO skill-group shares; `None` if the occupation has no skills.
    pub esco: Option<EscoGroupShares>,
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
pub fn exposure_vectors(inputs: &VectorInputs) -> ExposureVectors {
    let act = inputs.activities;
    let share =
        |f: fn(&ActivityShares) -> f64, saturation| act.map(|a| saturate(f(&a), saturation));
    let esco = |f: fn(&EscoGroupShares) -> f64, saturation| {
        inputs.esco.map(|e| saturate(f(&e), saturation))
    };
    let tech = inputs
        .technology_skill_count
        .map(|n| saturate(n as f64, TECH_SKILLS_SATURATION));
    let beta = inputs.eloundou_beta.map(crate::stats::clamp01);
    let to_score = |v: Option<f64>| v.map(|x| round1(x * 100.0));
    ExposureVectors {
        analytical_ai: to_score(blend_present(&[
            (
                ANALYTICAL_W_ACTIVITIES,
                share(|a| a.analytical, ANALYTICAL_SHARE_SATURATION),
            ),
            (ANALYTICAL_W_BETA, beta),
            (ANALYTICAL_W_TECH, tech),
        ])),
        generative_ai: to_score(blend_present(&[
            (
                GENERATIVE_W_ACTIVITIES,
                share(|a| a.generative, GENERATIVE_SHARE_SATURATION),
            ),
            (GENERATIVE_W_BETA, beta),
        ])),
        workflow_automation: to_score(blend_present(&[
            (
                WORKFLOW_W_ACTIVITIES,
                share(|a| a.workflow, WORKFLOW_SHARE_SATURATION),
            ),
            (
                WORKFLOW_W_ESCO_S5,
                esco(|e| e.s5_working_with_computers, ESCO_S5_SATURATION),
            ),
            (WORKFLOW_W_TECH, tech),
        ])),
        physical_automation: to_score(blend_present(&[
            (
                PHYSICAL_W_ACTIVITIES,
                share(|a| a.physical, PHYSICAL_SHARE_SATURATION),
            ),
            (
                PHYSICAL_W_ESCO_MANUAL,
                esco(
                    |e| e.s6_handling_moving + e.s7_constructing + e.s8_machinery,
                    ESCO_MANUAL_SATURATION,
                ),
            ),
        ])),
    }
}
