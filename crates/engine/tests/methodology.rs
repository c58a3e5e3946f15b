//! The methodology page is generated from the code's constants; these tests pin that link.

use careerlens_engine::exposure::{ExposureScales, WEIGHT_ELOUNDOU, WEIGHT_MICROSOFT};
use careerlens_engine::methodology::{FittedValues, num, sections};
use careerlens_engine::resilience::BAND_EXCEPTIONALLY_STABLE;
use careerlens_engine::stats::MinMaxScale;
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
            "pathways"
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
    assert!(all[2].paragraphs[2].contains(&format!(
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
    };
    let all = sections(&fitted);
    assert!(all[0].paragraphs[1].contains("Microsoft from 0 to 0.49, Anthropic not yet fitted"));
    assert!(
        all[5].paragraphs[1]
            .contains("(1234 pairs) that is 0.25 for highly viable and 0.125 for viable")
    );
}
