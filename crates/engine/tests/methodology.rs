//! The methodology page is generated from the code's constants; these tests pin that link.

use careerlens_engine::assessment::items::IPIP_SOURCES;
use careerlens_engine::exposure::{ExposureScales, WEIGHT_ELOUNDOU, WEIGHT_MICROSOFT};
use careerlens_engine::fit::{
    LITTLE_EXTENT, OFFERED_EXTENT, RELIED_ON_IMPORTANCE, WEIGHT_INTERESTS, WEIGHT_JOB_ZONE,
    WEIGHT_WORK_STYLES, WEIGHT_WORK_VALUES,
};
use careerlens_engine::methodology::{
    FittedValues, HOLLAND, IPIP_NEO_120, ONET_FIT_FILES, num, sections,
};
use careerlens_engine::resilience::{BAND_EXCEPTIONALLY_STABLE, HumanJudgementScales};
use careerlens_engine::saturation::Saturations;
use careerlens_engine::stats::MinMaxScale;
use careerlens_engine::vectors::VectorFit;
use careerlens_engine::viability::ViabilityThresholds;

#[test]
fn numbers_are_formatted_without_trailing_zeros() {
    assert_eq!(num(0.5), "0.5");
    assert_eq!(num(2.0), "2");
    assert_eq!(num(0.25), "0.25");
    assert_eq!(num(0.1 + 0.2), "0.3");
}

#[test]
fn every_section_is_complete_and_uses_the_constants() {
    let all = sections(&FittedValues::default());
    let ids: Vec<&str> = all.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "ai-exposure",
            "exposure-vectors",
            "resilience",
            "megatrends",
            "how-ai-may-change",
            "similar-roles",
            "pathways",
            "career-fit",
            "profile-texts"
        ]
    );
    for section in &all {
        assert!(
            !section.paragraphs.is_empty() && !section.formula.is_empty(),
            "{}",
            section.id
        );
        assert!(
            !section.constants.is_empty() && !section.sources.is_empty(),
            "{}",
            section.id
        );
        for p in &section.paragraphs {
            assert!(
                !p.contains("{}") && !p.contains("  "),
                "{}: {p}",
                section.id
            );
        }
    }
    let exposure = &all[0];
    let weight = exposure
        .constants
        .iter()
        .find(|c| c.name == "WEIGHT_ELOUNDOU")
        .unwrap();
    assert_eq!(weight.value, WEIGHT_ELOUNDOU);
    assert!(exposure.formula.contains(&format!(
        "{} beta + {} microsoft",
        num(WEIGHT_ELOUNDOU),
        num(WEIGHT_MICROSOFT)
    )));
    assert!(all[2].paragraphs[3].contains(&format!(
        "{} and above \"exceptionally stable\"",
        num(BAND_EXCEPTIONALLY_STABLE)
    )));
}

#[test]
fn fitted_values_appear_when_known() {
    let fitted = FittedValues {
        exposure_scales: ExposureScales {
            microsoft: Some(MinMaxScale {
                min: 0.0,
                max: 0.49,
            }),
            anthropic: None,
        },
        viability: Some(ViabilityThresholds {
            highly_viable: 0.25,
            viable: 0.125,
            pair_count: 1234,
        }),
        vector_fit: VectorFit {
            saturations: Saturations {
                esco_s5: 0.1204,
                esco_manual: 0.5291,
                tech_skills: 176.4,
                ..Saturations::default()
            },
            ..VectorFit::default()
        },
        human_scales: HumanJudgementScales {
            esco_share_saturation: 0.7219,
            ..HumanJudgementScales::default()
        },
    };
    let all = sections(&fitted);
    assert!(all[0].paragraphs[1].contains("Microsoft from 0 to 0.49, Anthropic not yet fitted"));
    assert!(
        all[5].paragraphs[2]
            .contains("(1234 pairs) that is 0.25 for highly viable and 0.125 for viable")
    );
    // The measured saturation points, rounded to two decimals, replace the typed-in defaults.
    assert!(all[1].paragraphs[0].contains("full at 176.4 (the measured 90th percentile)"));
    assert!(all[1].paragraphs[0].contains("full at 0.12 for S5 and 0.53 for S6 to S8"));
    assert!(all[2].paragraphs[1].contains("full at 0.72, its measured 95th percentile"));
    let resilience_constants: Vec<(&str, f64)> =
        all[2].constants.iter().map(|c| (c.name, c.value)).collect();
    assert!(resilience_constants.contains(&("fitted ESCO S1, S3, S4 share", 0.72)));
}

#[test]
fn the_career_fit_section_states_the_weights_thresholds_and_sources() {
    let all = sections(&FittedValues::default());
    let fit = all.iter().find(|s| s.id == "career-fit").unwrap();
    let text = fit.paragraphs.join("\n");
    assert!(fit.formula.starts_with(&format!(
        "fit = 100 x ({} interests + {} work styles + {} work values + {} preparation)",
        num(WEIGHT_INTERESTS),
        num(WEIGHT_WORK_STYLES),
        num(WEIGHT_WORK_VALUES),
        num(WEIGHT_JOB_ZONE)
    )));
    assert!(text.contains(&format!(
        "The weights are interests {}, work styles {}, work values {} and preparation {}. \
         Interests weigh most because",
        num(WEIGHT_INTERESTS),
        num(WEIGHT_WORK_STYLES),
        num(WEIGHT_WORK_VALUES),
        num(WEIGHT_JOB_ZONE)
    )));
    for (name, value) in [
        ("RELIED_ON_IMPORTANCE", RELIED_ON_IMPORTANCE),
        ("OFFERED_EXTENT", OFFERED_EXTENT),
        ("LITTLE_EXTENT", LITTLE_EXTENT),
    ] {
        let constant = fit.constants.iter().find(|c| c.name == name).unwrap();
        assert_eq!(constant.value, f64::from(value));
    }
    assert!(text.contains(&format!(
        "at O*NET importance {} or more: it is a strength if the person answered \
         \"Mostly like me\" or \"Very much like me\" and a mismatch if \"A little like me\" or \
         \"Not at all like me\"",
        num(f64::from(RELIED_ON_IMPORTANCE))
    )));
    assert!(text.contains(&format!(
        "counts as offered at O*NET extent {} or more, and as offered little below {}.",
        num(f64::from(OFFERED_EXTENT)),
        num(f64::from(LITTLE_EXTENT))
    )));
    assert!(text.contains("The Career DNA assessment has 58 rated items: 5 activities"));
    assert!(text.contains("is ranked on the ones it has and marked as a partial fit"));
    for (_, ipip, facet) in IPIP_SOURCES {
        assert!(text.contains(&format!("\"{ipip}\" ({facet})")), "{ipip}");
    }
    assert_eq!(
        fit.sources,
        [
            ONET_FIT_FILES,
            careerlens_engine::attribution::ONET.text,
            HOLLAND,
            IPIP_NEO_120
        ]
    );
}
