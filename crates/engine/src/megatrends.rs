//! Six megatrend signals, 0-100: how strongly a structural trend is tied to the occupation.
//!
//! Each signal is a weighted mean of 0-1 components, renormalised over those present: shares of
//! the occupation's ESCO skills that sit in ESCO's digital, green or research skill collections
//! (each full at about the 95th percentile of ESCO v1.1.1 occupations), membership of named
//! ISCO-08 groups (1 or 0, by code prefix), ESCO skill-group shares, AI exposure, O*NET
//! technology skills, O*NET knowledge importances and the O*NET job zone. A signal says the
//! trend touches the work, not that the occupation grows or shrinks. (ESCO's language-skill
//! collection is not used: no occupation lists those skills in v1.1.1.)

use crate::saturation::Saturations;
use crate::stats::{blend_present, clamp01, round1, saturate};

/// A digital-collection share at or above this counts as full.
pub const DIGITAL_SHARE_SATURATION: f64 = 0.4;
/// A green-collection share at or above this counts as full.
pub const GREEN_SHARE_SATURATION: f64 = 0.2;
/// A research-collection share at or above this counts as full.
pub const RESEARCH_SHARE_SATURATION: f64 = 0.1;
/// O*NET Foreign Language importance (1-5) at which that part is full: "important" (3).
pub const FOREIGN_LANGUAGE_FULL_AT: f64 = 3.0;
/// O*NET Transportation knowledge importance (1-5) at which that part is full: 4.
pub const TRANSPORTATION_FULL_AT: f64 = 4.0;
// The ESCO S3 and S7 shares and the technology-skill count are full at their measured
// percentiles ([`crate::saturation::Saturations`]), shared with the exposure vectors.

/// Digital: weight of the ESCO digital-collection share.
pub const DIGITAL_W_COLLECTION: f64 = 0.5;
/// Digital: weight of AI exposure.
pub const DIGITAL_W_AI_EXPOSURE: f64 = 0.25;
/// Digital: weight of technology-skill intensity.
pub const DIGITAL_W_TECH: f64 = 0.25;
/// Green: weight of the ESCO green-collection share.
pub const GREEN_W_COLLECTION: f64 = 0.7;
/// Green: weight of membership of a green ISCO group.
pub const GREEN_W_ISCO: f64 = 0.3;
/// Ageing and care: weight of membership of a health or care ISCO group.
pub const CARE_W_ISCO: f64 = 0.6;
/// Ageing and care: weight of the ESCO S3 assisting-and-caring share.
pub const CARE_W_ESCO_S3: f64 = 0.4;
/// Globalisation: weight of membership of a trade, logistics or tradable-production ISCO group.
pub const GLOBAL_W_ISCO: f64 = 0.5;
/// Globalisation: weight of O*NET Foreign Language knowledge.
pub const GLOBAL_W_FOREIGN_LANGUAGE: f64 = 0.25;
/// Globalisation: weight of O*NET Transportation knowledge (moving goods and people).
pub const GLOBAL_W_TRANSPORTATION: f64 = 0.25;
/// Knowledge economy: weight of the ESCO research-collection share.
pub const KNOWLEDGE_W_COLLECTION: f64 = 0.4;
/// Knowledge economy: weight of being in ESCO's research occupations collection.
pub const KNOWLEDGE_W_RESEARCH_OCCUPATION: f64 = 0.3;
/// Knowledge economy: weight of the O*NET job zone, `(zone - 1) / 4`.
pub const KNOWLEDGE_W_JOB_ZONE: f64 = 0.3;
/// Infrastructure: weight of membership of a construction or engineering ISCO group.
pub const INFRA_W_ISCO: f64 = 0.6;
/// Infrastructure: weight of the ESCO S7 constructing share.
pub const INFRA_W_ESCO_S7: f64 = 0.4;

/// ISCO-08 prefixes of green-economy groups: environmental and agricultural professionals and
/// technicians, electricians, plumbers, waste and water workers, farmers and forestry.
pub const GREEN_ISCO_PREFIXES: &[&str] = &[
    "2133", "2143", "2132", "3132", "3143", "7126", "7411", "9612", "61", "62",
];
/// ISCO-08 prefixes of health and care groups.
pub const CARE_ISCO_PREFIXES: &[&str] = &["22", "32", "53", "2635", "3412"];
/// ISCO-08 prefixes of trade, logistics and tradable-production groups.
pub const GLOBAL_ISCO_PREFIXES: &[&str] =
    &["1324", "2433", "3324", "3331", "4321", "4323", "8", "932"];
/// ISCO-08 prefixes of construction, engineering and infrastructure groups.
pub const INFRA_ISCO_PREFIXES: &[&str] = &["71", "74", "93", "214", "216", "311", "312", "8342"];

/// Inputs of the six signals for one occupation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MegatrendInputs {
    /// 4-digit ISCO-08 unit group (`occupations_en.csv` `iscoGroup`).
    pub isco_code: String,
    /// Shares (0-1) of the occupation's ESCO skills in ESCO collections; `None` without skills.
    pub collections: Option<CollectionShares>,
    /// ESCO S3 assisting-and-caring skill share (0-1).
    pub esco_s3_share: Option<f64>,
    /// ESCO S7 constructing skill share (0-1).
    pub esco_s7_share: Option<f64>,
    /// AI exposure share, 0-1.
    pub ai_exposure: Option<f64>,
    /// Distinct O*NET technology-skill examples of the mapped codes.
    pub technology_skill_count: Option<u32>,
    /// In ESCO's `researchOccupationsCollection_en.csv`.
    pub in_research_occupations: bool,
    /// O*NET job zone (1-5), averaged over mapped codes.
    pub job_zone: Option<f64>,
    /// O*NET `Knowledge` importance (IM, 1-5) of 2.C.7.b Foreign Language.
    pub foreign_language_knowledge: Option<f64>,
    /// O*NET `Knowledge` importance (IM, 1-5) of 2.C.10 Transportation.
    pub transportation_knowledge: Option<f64>,
}

/// Shares (0-1) of an occupation's skills (essential and optional) in ESCO collections.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CollectionShares {
    /// `digitalSkillsCollection_en.csv`.
    pub digital: f64,
    /// `greenSkillsCollection_en.csv`.
    pub green: f64,
    /// `researchSkillsCollection_en.csv`.
    pub research: f64,
}

/// The six megatrends, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Megatrend {
    /// Digital transformation and AI.
    DigitalAi,
    /// Green transition.
    GreenTransition,
    /// Demographic ageing and care.
    AgeingCare,
    /// Globalisation and fragmentation.
    Globalisation,
    /// Knowledge economy and research.
    KnowledgeEconomy,
    /// Infrastructure and urbanisation.
    Infrastructure,
}

impl Megatrend {
    /// All megatrends in display order.
    pub const ALL: [Megatrend; 6] = [
        Megatrend::DigitalAi,
        Megatrend::GreenTransition,
        Megatrend::AgeingCare,
        Megatrend::Globalisation,
        Megatrend::KnowledgeEconomy,
        Megatrend::Infrastructure,
    ];

    /// Plain label for the page.
    pub fn label(self) -> &'static str {
        match self {
            Megatrend::DigitalAi => "Digital transformation and AI",
            Megatrend::GreenTransition => "Green transition",
            Megatrend::AgeingCare => "Demographic ageing and care",
            Megatrend::Globalisation => "Globalisation and fragmentation",
            Megatrend::KnowledgeEconomy => "Knowledge economy and research",
            Megatrend::Infrastructure => "Infrastructure and urbanisation",
        }
    }
}

/// 1 if the ISCO code starts with any prefix, else 0; `None` for an empty code.
pub fn isco_member(isco_code: &str, prefixes: &[&str]) -> Option<f64> {
    let code = isco_code.trim();
    if code.is_empty() {
        return None;
    }
    Some(if prefixes.iter().any(|p| code.starts_with(p)) {
        1.0
    } else {
        0.0
    })
}

/// The six signals (0-100, one decimal) in [`Megatrend::ALL`] order; `None` without inputs.
pub fn megatrend_signals(m: &MegatrendInputs, sat: &Saturations) -> [Option<f64>; 6] {
    let coll = |f: fn(&CollectionShares) -> f64, saturation| {
        m.collections.map(|c| saturate(f(&c), saturation))
    };
    let knowledge = |importance: Option<f64>, full_at: f64| {
        importance.map(|x| saturate(x - 1.0, full_at - 1.0))
    };
    let group = |s: Option<f64>, saturation| s.map(|v| saturate(v, saturation));
    let isco = |prefixes| isco_member(&m.isco_code, prefixes);
    let tech = m
        .technology_skill_count
        .map(|n| saturate(n as f64, sat.tech_skills));
    let zone = m.job_zone.map(|z| clamp01((z - 1.0) / 4.0));
    let research_occ = Some(if m.in_research_occupations { 1.0 } else { 0.0 });
    let signals = [
        blend_present(&[
            (
                DIGITAL_W_COLLECTION,
                coll(|c| c.digital, DIGITAL_SHARE_SATURATION),
            ),
            (DIGITAL_W_AI_EXPOSURE, m.ai_exposure.map(clamp01)),
            (DIGITAL_W_TECH, tech),
        ]),
        blend_present(&[
            (
                GREEN_W_COLLECTION,
                coll(|c| c.green, GREEN_SHARE_SATURATION),
            ),
            (GREEN_W_ISCO, isco(GREEN_ISCO_PREFIXES)),
        ]),
        blend_present(&[
            (CARE_W_ISCO, isco(CARE_ISCO_PREFIXES)),
            (CARE_W_ESCO_S3, group(m.esco_s3_share, sat.esco_s3)),
        ]),
        blend_present(&[
            (GLOBAL_W_ISCO, isco(GLOBAL_ISCO_PREFIXES)),
            (
                GLOBAL_W_FOREIGN_LANGUAGE,
                knowledge(m.foreign_language_knowledge, FOREIGN_LANGUAGE_FULL_AT),
            ),
            (
                GLOBAL_W_TRANSPORTATION,
                knowledge(m.transportation_knowledge, TRANSPORTATION_FULL_AT),
            ),
        ]),
        blend_present(&[
            (
                KNOWLEDGE_W_COLLECTION,
                coll(|c| c.research, RESEARCH_SHARE_SATURATION),
            ),
            (KNOWLEDGE_W_RESEARCH_OCCUPATION, research_occ),
            (KNOWLEDGE_W_JOB_ZONE, zone),
        ]),
        blend_present(&[
            (INFRA_W_ISCO, isco(INFRA_ISCO_PREFIXES)),
            (INFRA_W_ESCO_S7, group(m.esco_s7_share, sat.esco_s7)),
        ]),
    ];
    signals.map(|s| s.map(|v| round1(v * 100.0)))
}
