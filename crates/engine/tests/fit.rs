//! Career fit: every component, the weighted mean and the ranking, with the expected values
//! worked out by hand in the comments.

use careerlens_engine::assessment::UserProfile;
use careerlens_engine::assessment::items::{RIASEC, WORK_STYLES, WORK_VALUES};
use careerlens_engine::fit::{
    Component, FitBasis, FitFilter, OccupationVectors, WEIGHTS, check_index_scales, fit,
    interest_congruence, job_zone_closeness, pearson, rank, work_style_similarity,
    work_value_similarity,
};
use careerlens_engine::model::{Index, IndexOccupation, OccupationScores};

fn close(got: f64, expected: f64) {
    assert!(
        (got - expected).abs() < 1e-9,
        "got {got}, expected {expected}"
    );
}

#[test]
fn interest_congruence_is_pearson_mapped_to_zero_one() {
    // [2, 4, ..., 12] = 2 x [1, ..., 6]: a perfect linear relation, r = 1 -> (1 + 1) / 2 = 1.
    let user = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
    close(
        interest_congruence(&user, &[2.0, 4.0, 6.0, 8.0, 10.0, 12.0]).unwrap(),
        1.0,
    );
    // Reversed: r = -1 -> 0.
    close(
        interest_congruence(&user, &[6.0, 5.0, 4.0, 3.0, 2.0, 1.0]).unwrap(),
        0.0,
    );
    // u = [5, 3, 1, 1, 1, 1], mean 2, deviations [3, 1, -1, -1, -1, -1];
    // o = [7, 1, 4, 1, 1, 1], mean 2.5, deviations [4.5, -1.5, 1.5, -1.5, -1.5, -1.5].
    // cov = 13.5 - 1.5 - 1.5 + 1.5 + 1.5 + 1.5 = 15; var u = 9 + 5 = 14; var o = 20.25 +
    // 5 x 2.25 = 31.5; r = 15 / sqrt(14 x 31.5) = 15 / 21 = 5/7 -> (5/7 + 1) / 2 = 6/7.
    let (u, o) = (
        [5.0, 3.0, 1.0, 1.0, 1.0, 1.0],
        [7.0, 1.0, 4.0, 1.0, 1.0, 1.0],
    );
    close(
        pearson(&u, &[7.0, 1.0, 4.0, 1.0, 1.0, 1.0]).unwrap(),
        5.0 / 7.0,
    );
    close(interest_congruence(&u, &o).unwrap(), 6.0 / 7.0);
    // Shape only: any positive affine image of the person's means fits the same.
    let stretched = u.map(|v| 0.5 * v + 2.0);
    close(interest_congruence(&stretched, &o).unwrap(), 6.0 / 7.0);
}

#[test]
fn interest_congruence_is_undefined_for_a_flat_or_misshapen_profile() {
    let user = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
    assert_eq!(
        interest_congruence(&[3.0; 6], &[7.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
        None
    );
    assert_eq!(interest_congruence(&user, &[4.0; 6]), None);
    assert_eq!(interest_congruence(&user, &[1.0, 2.0, 3.0]), None);
}

#[test]
fn work_style_similarity_compares_answered_styles_on_zero_one() {
    // Three answered styles, both sides 1-5 -> (v - 1) / 4:
    //   user 5, 1, 3 -> 1, 0, 0.5; occupation 4, 2, 3 -> 0.75, 0.25, 0.5.
    //   |differences| 0.25, 0.25, 0 -> mean 0.5 / 3 = 1/6 -> similarity 1 - 1/6 = 5/6.
    // The fourth style (importance 5) is unanswered and does not count.
    let mut user = [None; 16];
    user[0] = Some(5.0);
    user[1] = Some(1.0);
    user[2] = Some(3.0);
    let mut occupation = [3.0f32; 16];
    occupation[0] = 4.0;
    occupation[1] = 2.0;
    occupation[3] = 5.0;
    close(
        work_style_similarity(&user, &occupation).unwrap(),
        5.0 / 6.0,
    );
    // Opposite ends on the one answered style: 1 - |1 - 0| = 0.
    let mut one = [None; 16];
    one[3] = Some(1.0);
    close(work_style_similarity(&one, &occupation).unwrap(), 0.0);
    assert_eq!(work_style_similarity(&[None; 16], &occupation), None);
}

#[test]
fn work_value_similarity_rescales_one_to_five_against_one_to_seven() {
    // user (v - 1) / 4: 5, 3, 1 -> 1, 0.5, 0; occupation (x - 1) / 6: 7, 4, 2.5 -> 1, 0.5, 0.25.
    // |differences| 0, 0, 0.25 -> mean 1/12 -> 11/12.
    let user = [Some(5.0), Some(3.0), None, None, None, Some(1.0)];
    let occupation = [7.0, 4.0, 1.0, 1.0, 1.0, 2.5];
    close(
        work_value_similarity(&user, &occupation).unwrap(),
        11.0 / 12.0,
    );
    // The same number means different things on the two scales: user 3 -> 0.5, O*NET 3 -> 1/3,
    // so 1 - 1/6 = 5/6, not 1.
    let three = [Some(3.0), None, None, None, None, None];
    close(
        work_value_similarity(&three, &[3.0, 1.0, 1.0, 1.0, 1.0, 1.0]).unwrap(),
        5.0 / 6.0,
    );
    assert_eq!(work_value_similarity(&[None; 6], &occupation), None);
}

#[test]
fn job_zone_closeness_falls_by_a_quarter_per_zone() {
    // 1 - |3 - 4.5| / 4 = 1 - 1.5 / 4 = 0.625.
    close(job_zone_closeness(3, 4.5), 0.625);
    close(job_zone_closeness(2, 2.0), 1.0);
    close(job_zone_closeness(5, 1.0), 0.0);
    close(job_zone_closeness(4, 3.0), 0.75);
}

/// The person of the worked example: interests [5, 3, 1, 1, 1, 1], styles 5, 1, 3 on the first
/// three, values 5, 3, 1 on achievement, working conditions and independence, job zone 3.
fn example_user() -> UserProfile {
    let mut work_styles = [None; 16];
    work_styles[0] = Some(5.0);
    work_styles[1] = Some(1.0);
    work_styles[2] = Some(3.0);
    UserProfile {
        riasec: [5.0, 3.0, 1.0, 1.0, 1.0, 1.0].map(Some),
        work_styles,
        work_values: [Some(5.0), Some(3.0), None, None, None, Some(1.0)],
        job_zone: Some(3),
    }
}

struct Vectors {
    riasec: Vec<f32>,
    work_styles: Vec<f32>,
    work_values: Vec<f32>,
}

/// The occupation of the worked example, matching the component tests above.
fn example_vectors() -> Vectors {
    let mut work_styles = vec![3.0f32; 16];
    work_styles[0] = 4.0;
    work_styles[1] = 2.0;
    work_styles[3] = 5.0;
    Vectors {
        riasec: vec![7.0, 1.0, 4.0, 1.0, 1.0, 1.0],
        work_styles,
        work_values: vec![7.0, 4.0, 1.0, 1.0, 1.0, 2.5],
    }
}

#[test]
fn fit_is_the_weighted_mean_of_the_components_times_100() {
    let v = example_vectors();
    let occupation = OccupationVectors {
        riasec: Some(&v.riasec),
        work_styles: Some(&v.work_styles),
        work_values: Some(&v.work_values),
        job_zone: Some(4.5),
    };
    let got = fit(&example_user(), occupation).unwrap();
    // Components from the tests above: 6/7, 5/6, 11/12, 0.625.
    let expected = [6.0 / 7.0, 5.0 / 6.0, 11.0 / 12.0, 0.625];
    for (c, e) in got.components.iter().zip(expected) {
        close(c.unwrap(), e);
    }
    // 0.5 x 6/7 + 0.2 x 5/6 + 0.2 x 11/12 + 0.1 x 0.625 = 3/7 + 1/6 + 11/60 + 1/16
    // = (720 + 280 + 308 + 105) / 1680 = 1413/1680, over weights summing to 1.
    close(got.score, 100.0 * 1413.0 / 1680.0);
    assert_eq!(got.basis, FitBasis::Full);
    assert_eq!(WEIGHTS, Component::ALL.map(Component::weight));
    close(WEIGHTS.iter().sum(), 1.0);
}

#[test]
fn a_missing_occupation_vector_renormalises_the_weights_and_marks_the_fit_partial() {
    let v = example_vectors();
    let occupation = OccupationVectors {
        riasec: Some(&v.riasec),
        work_styles: Some(&v.work_styles),
        work_values: None,
        job_zone: Some(4.5),
    };
    let got = fit(&example_user(), occupation).unwrap();
    assert_eq!(got.components[2], None);
    // (3/7 + 1/6 + 1/16) / (0.5 + 0.2 + 0.1) = (1105/1680) / 0.8.
    close(got.score, 100.0 * 1105.0 / 1680.0 / 0.8);
    assert_eq!(got.basis, FitBasis::Partial);

    // The occupation lacks interests the person answered in full: partial too.
    let no_riasec = OccupationVectors {
        riasec: None,
        ..occupation
    };
    assert_eq!(
        fit(&example_user(), no_riasec).unwrap().basis,
        FitBasis::Partial
    );
}

#[test]
fn a_component_the_person_skipped_leaves_the_fit_full() {
    let v = example_vectors();
    let occupation = OccupationVectors {
        riasec: Some(&v.riasec),
        work_styles: Some(&v.work_styles),
        work_values: None,
        job_zone: Some(4.5),
    };
    let user = UserProfile {
        work_values: [None; 6],
        ..example_user()
    };
    let got = fit(&user, occupation).unwrap();
    assert_eq!(got.basis, FitBasis::Full);
    close(got.score, 100.0 * 1105.0 / 1680.0 / 0.8);

    // Interests rated all alike have no shape to compare: that is the person's answer, not
    // missing data, so the fit rests on the rest and stays full.
    let flat = UserProfile {
        riasec: [Some(3.0); 6],
        ..user
    };
    let got = fit(&flat, occupation).unwrap();
    assert_eq!(got.components[0], None);
    assert_eq!(got.basis, FitBasis::Full);
    // (0.2 x 5/6 + 0.1 x 0.625) / 0.3 = (1/6 + 1/16) / 0.3 = (11/48) / 0.3.
    close(got.score, 100.0 * (11.0 / 48.0) / 0.3);

    // Five of six interest areas answered: interests are left out of the fit.
    let mut partial = example_user();
    partial.riasec[5] = None;
    assert_eq!(fit(&partial, occupation).unwrap().components[0], None);
}

#[test]
fn nothing_in_common_gives_no_fit() {
    let only_zone = UserProfile {
        job_zone: Some(3),
        ..UserProfile::default()
    };
    assert_eq!(fit(&only_zone, OccupationVectors::default()), None);
    let v = example_vectors();
    let everything = OccupationVectors {
        riasec: Some(&v.riasec),
        work_styles: Some(&v.work_styles),
        work_values: Some(&v.work_values),
        job_zone: Some(2.0),
    };
    assert_eq!(fit(&UserProfile::default(), everything), None);
    // Only the job zone in common: 1 - |3 - 2| / 4 = 0.75 -> 75.
    close(fit(&only_zone, everything).unwrap().score, 75.0);
}

fn occupation(slug: &str, job_zone: Option<f32>) -> IndexOccupation {
    IndexOccupation {
        slug: slug.to_string(),
        title: slug.replace('-', " "),
        job_zone,
        ..IndexOccupation::default()
    }
}

#[test]
fn rank_orders_by_fit_keeps_ties_in_index_order_and_leaves_out_the_incomparable() {
    let index = Index {
        occupations: vec![
            occupation("far", Some(5.0)),    // 1 - 2/4 = 0.5
            occupation("unknown", None),     // nothing to compare
            occupation("same-a", Some(3.0)), // 1
            occupation("near", Some(3.5)),   // 0.875
            occupation("same-b", Some(3.0)), // 1, after same-a
        ],
        ..Index::default()
    };
    let user = UserProfile {
        job_zone: Some(3),
        ..UserProfile::default()
    };
    let ranked = rank(&user, &index);
    let order: Vec<(&str, f64)> = ranked
        .iter()
        .map(|r| (index.occupations[r.occupation].slug.as_str(), r.fit.score))
        .collect();
    assert_eq!(
        order,
        [
            ("same-a", 100.0),
            ("same-b", 100.0),
            ("near", 87.5),
            ("far", 50.0)
        ]
    );
}

#[test]
fn index_scales_must_be_the_ones_the_items_ask_about() {
    let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let mut index = Index {
        riasec: names(&RIASEC),
        work_styles: names(&WORK_STYLES),
        work_values: names(&WORK_VALUES),
        ..Index::default()
    };
    assert_eq!(check_index_scales(&index), Ok(()));
    index.work_values.swap(0, 1);
    assert_eq!(
        check_index_scales(&index),
        Err("the dataset's work values are not the ones the assessment asks about".to_string())
    );
    assert!(check_index_scales(&Index::default()).is_err());
}

#[test]
fn filters_pass_only_occupations_that_meet_every_bound() {
    let mut ciso = occupation("chief-ict-security-officer", Some(4.5));
    ciso.title = "chief ICT security officer".to_string();
    ciso.alt_labels = vec!["CISO".to_string(), "sécurité informatique".to_string()];
    ciso.category = "Digital Technology".to_string();
    ciso.scores = Some(OccupationScores {
        resilience: Some(54.0),
        ai_exposure: Some(46.4),
        ..OccupationScores::default()
    });
    let unscored = occupation("dance-repetiteur", Some(3.0));

    assert!(FitFilter::default().matches(&ciso) && FitFilter::default().matches(&unscored));
    let category = |c: &str| FitFilter {
        category: Some(c.to_string()),
        ..FitFilter::default()
    };
    assert!(category("Digital Technology").matches(&ciso));
    assert!(!category("Digital").matches(&ciso));
    // 4.5 rounds half away from zero to 5.
    let zone = |z: u8| FitFilter {
        job_zone: Some(z),
        ..FitFilter::default()
    };
    assert!(zone(5).matches(&ciso) && !zone(4).matches(&ciso));
    let resilience = |r: f32| FitFilter {
        min_resilience: Some(r),
        ..FitFilter::default()
    };
    assert!(resilience(54.0).matches(&ciso) && !resilience(54.1).matches(&ciso));
    // No score is no pass.
    assert!(!resilience(0.0).matches(&unscored));
    let exposure = |a: f32| FitFilter {
        max_ai_exposure: Some(a),
        ..FitFilter::default()
    };
    assert!(exposure(46.4).matches(&ciso) && !exposure(46.0).matches(&ciso));
    // Word prefixes, in any order, all in one label; case and accents ignored.
    let text = |t: &str| FitFilter {
        text: t.to_string(),
        ..FitFilter::default()
    };
    assert!(text("Secur chief").matches(&ciso));
    assert!(text("securite inform").matches(&ciso));
    assert!(text("ciso").matches(&ciso));
    assert!(!text("ciso chief").matches(&ciso));
    assert!(!text("officer").matches(&unscored));
}

/// A partial fit's missing components count at the person's mean over other occupations, so
/// missing data neither lifts nor sinks it in the ranking.
#[test]
fn a_missing_component_counts_at_its_prior_only_where_the_person_answered_it() {
    use careerlens_engine::fit::score_with_prior;
    let components = [Some(0.8), None, Some(0.6), Some(1.0)];
    let prior = [Some(0.7), Some(0.5), Some(0.55), Some(0.9)];
    // 0.5·0.8 + 0.2·0.5 + 0.2·0.6 + 0.1·1.0 = 0.72 over weights 1.0.
    let answered_all = score_with_prior(&components, [true; 4], prior);
    assert!((answered_all - 72.0).abs() < 1e-9, "{answered_all}");
    // Without work styles answered: (0.4 + 0.12 + 0.1) / 0.8 = 0.775.
    let styles_skipped = score_with_prior(&components, [true, false, true, true], prior);
    assert!((styles_skipped - 77.5).abs() < 1e-9, "{styles_skipped}");
}

/// The prior a profile page shows a partial fit with is the ranking's: the person's mean of
/// each component over the occupations that have it.
#[test]
fn the_prior_is_the_mean_over_the_occupations_that_have_each_component() {
    use careerlens_engine::assessment::UserProfile;
    use careerlens_engine::fit::component_prior;
    use careerlens_engine::{Index, IndexOccupation};
    let user = UserProfile {
        riasec: [
            Some(5.0),
            Some(4.0),
            Some(1.0),
            Some(2.0),
            Some(3.0),
            Some(1.0),
        ],
        work_styles: [Some(4.0); 16],
        work_values: [Some(4.0); 6],
        job_zone: Some(3),
    };
    let index = Index {
        occupations: vec![
            IndexOccupation {
                job_zone: Some(3.0),
                ..Default::default()
            },
            IndexOccupation {
                job_zone: Some(5.0),
                ..Default::default()
            },
            IndexOccupation::default(),
        ],
        ..Default::default()
    };
    // Job-zone closeness 1 and 0.5; nothing else is rated, and the third has no fit.
    assert_eq!(
        component_prior(&user, &index),
        [None, None, None, Some(0.75)]
    );
}
