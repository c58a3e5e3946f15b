//! One call that computes every score of every occupation in the order they depend on each
//! other: exposure (which needs all occupations for scaling and group fallbacks), then the
//! vectors (fitted on all occupations, with ISCO group means where an occupation has no input
//! for one), resilience (shrunk toward its ISCO group as far as its own data falls short) and
//! megatrends. Databuild calls it once; the app can too.

use crate::exposure::{
    AiExposure, ExposureBasis, ExposureInputs, ExposureScales, exposure_for_all,
};
use crate::groups::{GroupBasis, GroupMeans};
use crate::megatrends::{CollectionShares, MegatrendInputs, megatrend_signals};
use crate::resilience::{
    HumanJudgementInputs, HumanJudgementScales, Resilience, ResilienceInputs, resilience,
};
use crate::stats::{clamp01, round1};
use crate::vectors::{
    ActivityRatings, ActivityShares, EscoGroupShares, ExposureVector, ExposureVectors, VectorFit,
    VectorInputs, exposure_vectors,
};

/// Everything the scores of one occupation need (see each field's type for its source).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OccupationScoreInputs {
    /// 4-digit ISCO-08 unit group (`occupations_en.csv` `iscoGroup`).
    pub isco_code: String,
    /// Eloundou labels and usage scores.
    pub exposure: ExposureInputs,
    /// O*NET work-activity importances per vector.
    pub activity_ratings: Option<ActivityRatings>,
    /// O*NET task shares per work activity (used without `activity_ratings`).
    pub activities: Option<ActivityShares>,
    /// Mean O*NET Finger and Manual Dexterity importance, 1-5.
    pub dexterity: Option<f64>,
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
    /// The vectors that are their ISCO group's mean, having no input of their own, and the
    /// group; empty and [`GroupBasis::Own`] when every vector rests on own data.
    pub fallback_vectors: (Vec<ExposureVector>, GroupBasis),
    /// Resilience and its band.
    pub resilience: Option<Resilience>,
    /// How far resilience rests on the occupation's own data ([`resilience_evidence`]), and the
    /// group it was shrunk toward where that is below 1.
    pub resilience_basis: (f64, GroupBasis),
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
    /// Saturation points and rating scales of the vectors.
    pub vector_fit: VectorFit,
}

/// Scores every occupation.
pub fn score_all(inputs: &[OccupationScoreInputs]) -> ScoredSet {
    let exposure_inputs: Vec<ExposureInputs> = inputs.iter().map(|i| i.exposure.clone()).collect();
    let codes: Vec<&str> = inputs.iter().map(|i| i.isco_code.as_str()).collect();
    let exposures = exposure_for_all(&exposure_inputs, &codes);
    let exposure_scales = ExposureScales::fit(&exposure_inputs);
    let human_inputs: Vec<HumanJudgementInputs> = inputs.iter().map(human_inputs).collect();
    let human_scales = HumanJudgementScales::fit(&human_inputs);
    let vector_inputs: Vec<VectorInputs> = inputs
        .iter()
        .zip(&exposures)
        .map(|(input, exposure)| VectorInputs {
            activity_ratings: input.activity_ratings,
            activities: input.activities,
            dexterity: input.dexterity,
            eloundou_beta: exposure.components.eloundou_beta,
            technology_skill_count: input.technology_skill_count,
            esco: input.esco_groups,
        })
        .collect();
    let vector_fit = VectorFit::fit(&vector_inputs);
    let own_vectors: Vec<ExposureVectors> = vector_inputs
        .iter()
        .map(|v| exposure_vectors(v, &vector_fit))
        .collect();
    let vectors = fill_vectors_from_groups(&own_vectors, &codes);
    let own_resilience: Vec<Option<Resilience>> = human_inputs
        .iter()
        .zip(&exposures)
        .zip(&own_vectors)
        .map(|((human, exposure), v)| {
            resilience(
                &ResilienceInputs {
                    human: *human,
                    ai_exposure: exposure.share,
                    physical_automation: v.physical_automation,
                },
                &human_scales,
            )
        })
        .collect();
    let evidence: Vec<f64> = human_inputs
        .iter()
        .zip(&exposures)
        .zip(&own_vectors)
        .map(|((h, e), v)| resilience_evidence(h, e.basis, v.physical_automation.is_some()))
        .collect();
    let resilience = shrink_resilience(&own_resilience, &evidence, &codes);
    let cards = inputs
        .iter()
        .zip(exposures)
        .zip(vectors)
        .zip(resilience)
        .map(
            |(((input, exposure), (vectors, fallback_vectors)), (resilience, resilience_basis))| {
                let megatrends = megatrend_signals(
                    &MegatrendInputs {
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
                    },
                    &vector_fit.saturations,
                );
                ScoreCard {
                    exposure,
                    vectors,
                    fallback_vectors,
                    resilience,
                    resilience_basis,
                    megatrends,
                }
            },
        )
        .collect();
    ScoredSet {
        cards,
        exposure_scales,
        human_scales,
        vector_fit,
    }
}

/// Each occupation's vectors, with every vector it has no input for set to the mean of that
/// vector over its ISCO group ([`GroupMeans`]), and which vectors those are.
fn fill_vectors_from_groups(
    own: &[ExposureVectors],
    codes: &[&str],
) -> Vec<(ExposureVectors, (Vec<ExposureVector>, GroupBasis))> {
    let means: Vec<GroupMeans> = ExposureVector::ALL
        .iter()
        .map(|&v| GroupMeans::fit(codes.iter().copied().zip(own.iter().map(|o| o.get(v)))))
        .collect();
    own.iter()
        .zip(codes)
        .map(|(vectors, code)| {
            let mut filled = *vectors;
            let mut fallback = (Vec::new(), GroupBasis::Own);
            for (i, &v) in ExposureVector::ALL.iter().enumerate() {
                if vectors.get(v).is_some() {
                    continue;
                }
                if let Some((mean, basis)) = means[i].lookup(code) {
                    filled.set(v, round1(mean));
                    fallback.0.push(v);
                    // The widest group any vector needed is the one named.
                    fallback.1 = fallback.1.max(basis);
                }
            }
            (filled, fallback)
        })
        .collect()
}

/// How much of resilience's weight rests on the occupation's own data, 0-1: the human side's
/// families with own ratings ([`HumanJudgementInputs::evidence`]), plus the pressure side's AI
/// exposure unless it is a group mean, and its physical automation.
pub fn resilience_evidence(
    human: &HumanJudgementInputs,
    exposure_basis: ExposureBasis,
    own_physical: bool,
) -> f64 {
    use crate::resilience::{
        PRESSURE_W_AI_EXPOSURE, PRESSURE_W_PHYSICAL, WEIGHT_HUMAN_JUDGEMENT, WEIGHT_LOW_PRESSURE,
    };
    let pressure = PRESSURE_W_AI_EXPOSURE * f64::from(u8::from(exposure_basis.is_own()))
        + PRESSURE_W_PHYSICAL * f64::from(u8::from(own_physical));
    clamp01(WEIGHT_HUMAN_JUDGEMENT * human.evidence() + WEIGHT_LOW_PRESSURE * pressure)
}

/// Below this evidence, resilience is shrunk toward its group; above, it rests on own data
/// (the margin only absorbs rounding in the weight sums).
const FULL_EVIDENCE: f64 = 1.0 - 1e-9;

/// Resilience shrunk toward the mean of the fully evidenced occupations of its ISCO group:
/// `evidence x own + (1 - evidence) x group mean`, so a score resting on a quarter of the data
/// moves three quarters of the way to what its neighbours score. Why: an occupation without
/// O*NET ratings is scored on its ESCO skill share alone, which put four occupations without
/// any O*NET data among the five most resilient; its group knows more than that one share.
fn shrink_resilience(
    own: &[Option<Resilience>],
    evidence: &[f64],
    codes: &[&str],
) -> Vec<(Option<Resilience>, (f64, GroupBasis))> {
    let means = GroupMeans::fit(
        codes
            .iter()
            .zip(own)
            .zip(evidence)
            .map(|((code, r), e)| (*code, r.filter(|_| *e >= FULL_EVIDENCE).map(|r| r.score))),
    );
    own.iter()
        .zip(evidence)
        .zip(codes)
        .map(|((r, &e), code)| {
            let Some(r) = r else {
                return (None, (e, GroupBasis::Own));
            };
            if e >= FULL_EVIDENCE {
                return (Some(*r), (1.0, GroupBasis::Own));
            }
            match means.lookup(code) {
                Some((mean, basis)) => {
                    let score = round1(e * r.score + (1.0 - e) * mean);
                    let shrunk = Resilience {
                        score,
                        band: crate::resilience::ResilienceBand::of(score),
                        ..*r
                    };
                    (Some(shrunk), (e, basis))
                }
                None => (Some(*r), (e, GroupBasis::Own)),
            }
        })
        .collect()
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
