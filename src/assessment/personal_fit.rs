//! One person's fit with one occupation: the score, each component, the reasons and the main
//! mismatch, and what the fit could not compare. Router-free and without a heading of its own,
//! so the profile's Career DNA section and the roadmap can both place it under theirs.

use std::sync::Arc;

use careerlens_engine::IndexOccupation;
use careerlens_engine::assessment::UserProfile;
use careerlens_engine::fit::{self, Component, Fit, FitBasis, OccupationVectors};
use leptos::either::Either;
use leptos::prelude::*;

use crate::data::LoadedIndex;
use crate::format::score;
use careerlens_engine::text::join;

/// Which components O*NET rates this occupation on, in [`Component::ALL`] order.
fn onet_has(occupation: OccupationVectors<'_>) -> [bool; 4] {
    [
        occupation.riasec.is_some(),
        occupation.work_styles.is_some(),
        occupation.work_values.is_some(),
        occupation.job_zone.is_some(),
    ]
}

/// One component's value as shown, or why it was not compared.
fn component_text(value: Option<f64>, answered: bool, onet_has: bool) -> String {
    match value {
        Some(value) => format!("{} / 100", score((value * 100.0) as f32)),
        None if !answered => "not answered yet".to_owned(),
        None if !onet_has => "no O*NET rating for this role".to_owned(),
        // Both sides have it, but one is a flat line that no shape can be compared with.
        None => "not compared".to_owned(),
    }
}

/// What O*NET lacks for this role among the parts the person answered, and what the fit uses
/// instead, in one sentence; `None` unless the fit is [`FitBasis::Partial`]. `with_prior`: the
/// score shown counts the missing components at the person's mean, as the ranking does.
fn partial_note(
    user: &UserProfile,
    occupation: OccupationVectors<'_>,
    fit: &Fit,
    with_prior: bool,
) -> Option<String> {
    if fit.basis != FitBasis::Partial {
        return None;
    }
    let (answered, onet_has) = (fit::answered_components(user), onet_has(occupation));
    const MISSING_NAMES: [&str; 4] = [
        "interest profile",
        "work-style ratings",
        "work-value ratings",
        "job zone",
    ];
    let missing: Vec<&str> = (0..4)
        .filter(|&i| answered[i] && !onet_has[i])
        .map(|i| MISSING_NAMES[i])
        .collect();
    let used: Vec<String> = Component::ALL
        .iter()
        .zip(fit.components)
        .filter(|(_, value)| value.is_some())
        .map(|(component, _)| component.label().to_lowercase())
        .collect();
    let used: Vec<&str> = used.iter().map(String::as_str).collect();
    let lacking = if missing.is_empty() {
        "O*NET lacks some ratings for this role".to_owned()
    } else {
        format!("O*NET has no {} for this role", join(&missing, "or"))
    };
    Some(format!(
        "{lacking}, so the fit uses only your {}{}.",
        join(&used, "and"),
        if with_prior {
            ", with the missing part counted at your average over the roles that have it, as in \
             your ranked results"
        } else {
            ""
        }
    ))
}

/// Why there is no fit at all, in one sentence.
fn no_fit_reason(user: &UserProfile) -> &'static str {
    if user.is_empty() {
        "You have not answered any questions yet, so there is no fit to show."
    } else {
        "O*NET has none of the ratings for this role that your answers can be compared with, so \
         it has no fit score."
    }
}

/// The person's fit with one occupation.
#[component]
pub fn PersonalFit(
    /// The occupation's index entry, with its O*NET interests, work styles, values and job zone.
    occupation: IndexOccupation,
    /// The person's scale scores.
    #[prop(into)]
    profile: Signal<UserProfile>,
    /// The whole index, so that a partial fit scores as the results rank it (each missing
    /// component at the person's mean over the occupations that have it). Without it, a partial
    /// fit scores on its own components only.
    #[prop(optional)]
    among: Option<Arc<LoadedIndex>>,
) -> impl IntoView {
    let prior = among.map(|loaded| {
        Memo::new(move |_| profile.with(|user| fit::component_prior(user, &loaded.index)))
    });
    move || {
        let vectors = OccupationVectors::from(&occupation);
        profile.with(|user| {
            let Some(fit) = fit::fit(user, vectors) else {
                return Either::Left(view! {
                    <div class="personal-fit" data-testid="personal-fit">
                        <p>{no_fit_reason(user)}</p>
                    </div>
                });
            };
            let explanation = fit::explain(user, vectors);
            let note = partial_note(user, vectors, &fit, prior.is_some());
            let shown_score = match (fit.basis, prior) {
                (FitBasis::Partial, Some(prior)) => {
                    fit::score_with_prior(&fit.components, fit::answered_components(user), prior.get())
                }
                _ => fit.score,
            };
            Either::Right(view! {
                <div class="personal-fit" data-testid="personal-fit">
                    <p class="personal-fit__score">
                        "Your fit: "
                        <strong data-testid="fit-score">{score(shown_score as f32)}</strong>
                        " out of 100"
                    </p>
                    <dl class="personal-fit__components">
                        {Component::ALL
                            .iter()
                            .zip(fit.components)
                            .zip(fit::answered_components(user).into_iter().zip(onet_has(vectors)))
                            .map(|((component, value), (answered, onet_has))| {
                                let shown = component_text(value, answered, onet_has);
                                view! {
                                    <div>
                                        <dt>{component.label()}</dt>
                                        <dd>{shown}</dd>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </dl>
                    {if explanation.reasons.is_empty() {
                        Either::Left(view! {
                            <p>"No single answer stands out as a strong match with this role."</p>
                        })
                    } else {
                        Either::Right(view! {
                            <p>"Why it fits:"</p>
                            <ul class="personal-fit__reasons">
                                {explanation.reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                            </ul>
                        })
                    }}
                    {explanation.mismatch.map(|m| view! {
                        <p class="personal-fit__mismatch"><strong>"Main mismatch: "</strong>{m}</p>
                    })}
                    {note.map(|note| view! { <p class="muted small">{note}</p> })}
                </div>
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user() -> UserProfile {
        UserProfile {
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
        }
    }

    #[test]
    fn a_partial_fit_names_what_onet_lacks_and_what_it_uses() {
        let user = user();
        let riasec = [6.0, 5.0, 1.0, 2.0, 3.0, 1.0];
        let occupation = OccupationVectors {
            riasec: Some(&riasec),
            job_zone: Some(3.0),
            ..Default::default()
        };
        let fit = fit::fit(&user, occupation).unwrap();
        assert_eq!(
            partial_note(&user, occupation, &fit, false).as_deref(),
            Some(
                "O*NET has no work-style ratings or work-value ratings for this role, so the fit \
                 uses only your interests and preparation."
            )
        );
        assert!(
            partial_note(&user, occupation, &fit, true)
                .unwrap()
                .ends_with("preparation, with the missing part counted at your average over the roles that have it, as in your ranked results.")
        );
    }

    #[test]
    fn a_full_fit_has_no_note() {
        let user = user();
        let (riasec, styles, values) = ([6.0, 5.0, 1.0, 2.0, 3.0, 1.0], [3.0; 16], [4.0; 6]);
        let occupation = OccupationVectors {
            riasec: Some(&riasec),
            work_styles: Some(&styles),
            work_values: Some(&values),
            job_zone: Some(3.0),
        };
        let fit = fit::fit(&user, occupation).unwrap();
        assert_eq!(partial_note(&user, occupation, &fit, true), None);
    }

    #[test]
    fn no_fit_says_whether_the_person_or_the_role_lacks_data() {
        assert!(no_fit_reason(&UserProfile::default()).starts_with("You have not answered"));
        assert!(no_fit_reason(&user()).starts_with("O*NET has none"));
    }

    #[test]
    fn a_component_not_compared_says_which_side_lacks_it() {
        assert_eq!(component_text(Some(0.8125), true, true), "81.3 / 100");
        assert_eq!(component_text(None, false, true), "not answered yet");
        assert_eq!(
            component_text(None, true, false),
            "no O*NET rating for this role"
        );
    }
}
