//! One call that computes every score of every occupation in the order they depend on each
//! other: exposure (which needs all occupations for scaling and group fallbacks), then the
//! vectors, resilience and megatrends. Databuild calls it once; the app can too.

use crate::exposure::{AiExposure, ExposureInputs, ExposureScales, exposure_for_all};
use crate::megatrends::{CollectionShares, MegatrendInputs, megatrend_signals};
use crate::resilience::{
    HumanJudgementInputs, HumanJudgementScales, Resilience, ResilienceInputs, resilience,
};
use crate::vectors::{
    ActivityShares, EscoGroupShares, ExposureVectors, VectorInputs, exposure_vectors,
};

/// Everything the scores of one occupation need (see each field's type for its source).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OccupationScoreInputs {
    /// 4-digit ISCO-08 unit group (`occupations_en.csv` `iscoGroup`).
    pub isco_code: String,
    /// Eloundou labels and usage scores.
    pub exposure: ExposureInputs,
    /// O*NET task shares per work activity.
    pub activities: Option<ActivityShares>,
    /// Distinct O*NET technology-skill examples.
    pub technology_skill_count: Option<u32>,
    /// ESCO skill-group shares; also supply the S1 + S3 + S4 share for resilience when
    /// `human.esco_s1_s3_s4_share` is `None`.
    pub esco_groups: Option<EscoGroupShares>,
    /// O*NET work-style and skill importances.
    pub human: HumanJudgementInputs,
    /// ESCO collection shares.
    pub collections: Option<CollectionShares>,
    /// In ESCO's research occupations collection.
    pub in_research_occupations: bool,
    /// O*NET job zone, 1-5.
    pub job_zone: Option<f64>,
    /// O*NET Foreign Language knowledge importance, 1-5.
    pub foreign_language_knowledge: Option<f64>,
    /// O*NET Transportation knowledge importance, 1-5.
    pub transportation_knowledge: Option<f64>,
}

/// All scores of one occupation.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreCard {
    /// AI exposure with its basis.
    pub exposure: AiExposure,
    /// The four exposure vectors.
    pub vectors: ExposureVectors,
    /// Resilience and its band.
    pub resilience: Option<Resilience>,
    /// The six megatrend signals in [`crate::megatrends::Megatrend::ALL`] order.
    pub megatrends: [Option<f64>; 6],
}

/// Every occupation's scores, plus the scales fitted on the whole set (for /methodology).
#[derive(Clone, Debug, PartialEq)]
pub struct ScoredSet {
    /// One card per input occupation, in input order.
    pub cards: Vec<ScoreCard>,
    /// Min-max scales of the usage sources.
    pub exposure_scales: ExposureScales,
    /// Percentile scales of the human-judgement ratings.
    pub human_scales: HumanJudgementScales,
}

/// Scores every occupation.
pub fn score_all(inputs: &[OccupationScoreInputs]) -> ScoredSet {
    let exposure_inputs: Vec<ExposureInputs> = inputs.iter().map(|i| i.exposure.clone()).collect();
    let codes: Vec<&str> = inputs.iter().map(|i| i.isco_code.as_str()).collect();
    let exposures = exposure_for_all(&exposure_inputs, &codes);
    let exposure_scales = ExposureScales::fit(&exposure_inputs);
    let human_inputs: Vec<HumanJudgementInputs> = inputs.iter().map(human_inputs).collect();
    let human_scales = HumanJudgementScales::fit(&human_inputs);
    let cards = inputs
        .iter()
        .zip(exposures)
        .zip(human_inputs)
        .map(|((input, exposure), human)| {
            let vectors = exposure_vectors(&VectorInputs {
                activities: input.activities,
                eloundou_beta: exposure.components.eloundou_beta,
                technology_skill_count: input.technology_skill_count,
                esco: input.esco_groups,
            });
            let resilience = resilience(
                &ResilienceInputs {
                    human,
                    ai_exposure: exposure.share,
                    physical_automation: vectors.physical_automation,
                },
                &human_scales,
            );
            let megatrends = megatrend_signals(&MegatrendInputs {
                isco_code: input.isco_code.clone(),
                collections: input.collections,
                esco_s3_share: input.esco_groups.map(|g| g.s3_assisting_caring),
                esco_s7_share: input.esco_groups.map(|g| g.s7_constructing),
                ai_exposure: exposure.share,
                technology_skill_count: input.technology_skill_count,
                in_research_occupations: input.in_research_occupations,
                job_zone: input.job_zone,
                foreign_language_knowledge: input.foreign_language_knowledge,
                transportation_knowledge: input.transportation_knowledge,
            });
            ScoreCard {
                exposure,
                vectors,
                resilience,
                megatrends,
            }
        })
        .collect();
    ScoredSet {
        cards,
        exposure_scales,
        human_scales,
    }
}

/// The occupation's human-judgement ratings, with the ESCO S1 + S3 + S4 share derived from its
/// skill-group shares when not given.
fn human_inputs(input: &OccupationScoreInputs) -> HumanJudgementInputs {
    let derived = input.esco_groups.map(|g| {
        g.s1_communication_collaboration_creativity + g.s3_assisting_caring + g.s4_management
    });
    HumanJudgementInputs {
        esco_s1_s3_s4_share: input.human.esco_s1_s3_s4_share.or(derived),
        ..input.human
    }
}
