//! `databuild validate`: how complete the scores are, how our AI exposure agrees with the three
//! published measures it is built from, and whether similar roles stay close to ISCO.

use careerlens_engine::blend::ActivityProfiles;
use careerlens_engine::exposure::ExposureBasis;
use careerlens_engine::model::Index;
use careerlens_engine::similarity::SimilarityIndex;

use crate::activities::WorkActivities;
use crate::ai::{AiSources, mean_of, soc_of};

/// Similar roles checked per occupation for the ISCO agreement.
pub const TOP_SIMILAR: usize = 10;

/// Ranks from 1, ties sharing the mean of their ranks.
pub fn average_ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut ranks = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        // Positions i..=j (0-based) hold ranks i+1..=j+1; their mean is (i+j)/2 + 1.
        let rank = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            ranks[k] = rank;
        }
        i = j + 1;
    }
    ranks
}

/// Spearman's rank correlation: Pearson's correlation of the average ranks. `None` for fewer
/// than two pairs or when either side is constant.
pub fn spearman(pairs: &[(f64, f64)]) -> Option<f64> {
    if pairs.len() < 2 {
        return None;
    }
    let a = average_ranks(&pairs.iter().map(|p| p.0).collect::<Vec<_>>());
    let b = average_ranks(&pairs.iter().map(|p| p.1).collect::<Vec<_>>());
    let n = a.len() as f64;
    let (ma, mb) = (a.iter().sum::<f64>() / n, b.iter().sum::<f64>() / n);
    let (mut cov, mut va, mut vb) = (0.0, 0.0, 0.0);
    for (x, y) in a.iter().zip(&b) {
        cov += (x - ma) * (y - mb);
        va += (x - ma) * (x - ma);
        vb += (y - mb) * (y - mb);
    }
    (va > 0.0 && vb > 0.0).then(|| cov / (va * vb).sqrt())
}

fn basis_name(b: ExposureBasis) -> String {
    serde_json::to_value(b)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A reference measure of an occupation, from its mapped O*NET-SOC codes.
type Reference<'a> = Box<dyn Fn(&[String]) -> Option<f64> + 'a>;

/// The report, one line per metric.
pub fn report(index: &Index, ai: &AiSources, work_activities: &WorkActivities) -> Vec<String> {
    let occs = &index.occupations;
    let n = occs.len();
    let mut lines = vec![format!("occupations: {n}")];

    let scores: Vec<_> = occs.iter().map(|o| o.scores.as_ref()).collect();
    let with = |f: &dyn Fn(&careerlens_engine::OccupationScores) -> bool| {
        scores.iter().flatten().filter(|s| f(s)).count()
    };
    lines.push("coverage (occupations with each score):".to_string());
    let parts: [(&str, usize); 7] = [
        ("ai_exposure", with(&|s| s.ai_exposure.is_some())),
        ("resilience", with(&|s| s.resilience.is_some())),
        ("analytical_ai", with(&|s| s.analytical_ai.is_some())),
        ("generative_ai", with(&|s| s.generative_ai.is_some())),
        (
            "workflow_automation",
            with(&|s| s.workflow_automation.is_some()),
        ),
        (
            "physical_automation",
            with(&|s| s.physical_automation.is_some()),
        ),
        (
            "all six megatrends",
            with(&|s| s.megatrends.iter().all(Option::is_some)),
        ),
    ];
    for (name, k) in parts {
        lines.push(format!("  {name}: {k} of {n}"));
    }
    let mut bases = std::collections::BTreeMap::new();
    for s in scores.iter().flatten() {
        *bases.entry(basis_name(s.exposure_basis)).or_insert(0usize) += 1;
    }
    lines.push(format!(
        "  vectors from an ISCO group mean (no input of their own): {} occupations; resilience \
         shrunk toward its ISCO group: {}; weak O*NET matches: {}; every score on own data from \
         a sound match: {}",
        with(&|s| !s.fallback_vectors.is_empty()),
        with(&|s| !s.resilience_basis.is_own()),
        with(&|s| s.weak_match),
        with(&|s| s.rests_on_own_data())
    ));
    lines.push(format!(
        "  ai_exposure basis: {}",
        bases
            .iter()
            .map(|(b, k)| format!("{b} {k}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));

    lines.push(
        "Spearman correlation of ai_exposure with (occupations having both; reference = mean over \
         the mapped O*NET-SOC / SOC codes):"
            .to_string(),
    );
    let references: [(&str, Reference<'_>); 3] = [
        (
            "Eloundou et al. occupation beta (dv_rating_beta)",
            Box::new(|codes: &[String]| {
                mean_of(&ai.occupation_beta, codes.iter().map(String::as_str))
            }),
        ),
        (
            "Microsoft AI applicability score",
            Box::new(|codes: &[String]| mean_of(&ai.microsoft, codes.iter().map(|c| soc_of(c)))),
        ),
        (
            "Anthropic observed exposure",
            Box::new(|codes: &[String]| mean_of(&ai.anthropic, codes.iter().map(|c| soc_of(c)))),
        ),
    ];
    for (name, reference) in &references {
        let pairs: Vec<(f64, f64)> = occs
            .iter()
            .filter_map(|o| {
                let ours = o.scores.as_ref()?.ai_exposure?;
                Some((f64::from(ours), reference(&o.onet)?))
            })
            .collect();
        let rho = spearman(&pairs).map_or_else(|| "n/a".to_string(), |r| format!("{r:.3}"));
        lines.push(format!("  {name}: {rho} (n = {})", pairs.len()));
    }

    lines.extend(fitted_lines(index));

    let similarity = SimilarityIndex::build(&index.skill_profiles());
    let activities = ActivityProfiles::new(&crate::activities::profiles(work_activities, index));
    let (hits, blended) =
        crate::build::same_group_top(index, &similarity, &activities, TOP_SIMILAR);
    let mut group_size = std::collections::BTreeMap::new();
    for o in occs {
        *group_size.entry(o.isco.as_str()).or_insert(0usize) += 1;
    }
    let with_peer = occs
        .iter()
        .filter(|o| group_size[o.isco.as_str()] > 1)
        .count();
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    lines.push(format!(
        "top-{TOP_SIMILAR} similar roles include one from the same ISCO unit group: {hits} of {n} \
         occupations ({:.1} %); {with_peer} occupations have another occupation in their unit \
         group, {:.1} % of them",
        pct(hits, n),
        pct(hits, with_peer)
    ));
    lines.push(format!(
        "similarity report, share of occupations whose top {TOP_SIMILAR} holds a same-unit-group \
         occupation: before (skills alone) {hits} of {n} ({:.1} %), after (blended with \
         O*NET work activities, as the similar roles are) {blended} of {n} ({:.1} %)",
        pct(hits, n),
        pct(blended, n)
    ));
    if let Some(t) = index.fitted.viability {
        lines.push(format!(
            "viability thresholds: highly viable >= {}, viable >= {} (from {} same-unit-group pairs)",
            t.highly_viable, t.viable, t.pair_count
        ));
    }
    lines
}

/// The saturation points and scale the build measured, as /methodology shows them.
fn fitted_lines(index: &Index) -> Vec<String> {
    let s = index.fitted.vector_fit.saturations;
    let p95 = careerlens_engine::saturation::SATURATION_PERCENTILE;
    let p90 = careerlens_engine::saturation::TECH_SKILLS_PERCENTILE;
    vec![
        format!(
            "refitted saturation points (the measured {p95}th percentile of occupations, the \
             technology count's {p90}th):"
        ),
        format!(
            "  task shares: analytical {:.3}, generative {:.3}, workflow {:.3}, physical {:.3}",
            s.analytical_share, s.generative_share, s.workflow_share, s.physical_share
        ),
        format!(
            "  ESCO shares: S5 {:.3}, S6-S8 {:.3}, S1+S3+S4 {:.3}, S3 {:.3}, S7 {:.3}; \
             technology skills {:.1}",
            s.esco_s5,
            s.esco_manual,
            index.fitted.human_scales.esco_share_saturation,
            s.esco_s3,
            s.esco_s7,
            s.tech_skills
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_share_their_mean_rank() {
        assert_eq!(
            average_ranks(&[10.0, 20.0, 10.0, 5.0]),
            [2.5, 4.0, 2.5, 1.0]
        );
    }

    #[test]
    fn spearman_by_hand() {
        // Same order: 1; reversed: -1; constant side: undefined.
        assert_eq!(
            spearman(&[(1.0, 10.0), (2.0, 20.0), (3.0, 35.0)]),
            Some(1.0)
        );
        assert_eq!(spearman(&[(1.0, 3.0), (2.0, 2.0), (3.0, 1.0)]), Some(-1.0));
        assert_eq!(spearman(&[(1.0, 3.0), (2.0, 3.0)]), None);
        // Ranks a = 1,2,3,4; b = 2,1,4,3. Means 2.5; deviations a: -1.5,-0.5,0.5,1.5;
        // b: -0.5,-1.5,1.5,0.5. cov = 0.75+0.75+0.75+0.75 = 3; var = 5 each → 3/5 = 0.6.
        let rho = spearman(&[(1.0, 2.0), (2.0, 1.0), (3.0, 4.0), (4.0, 3.0)]).unwrap();
        assert!((rho - 0.6).abs() < 1e-12, "{rho}");
    }
}
