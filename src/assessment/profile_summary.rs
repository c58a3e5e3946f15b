//! The person's profile at the top of the results: the RIASEC hexagon, and the work styles and
//! values they rated highest.

use careerlens_engine::assessment::UserProfile;
use careerlens_engine::assessment::items::{RIASEC, WORK_STYLES, WORK_VALUES};
use leptos::prelude::*;

use super::hexagon::RiasecHexagon;
use crate::format::one_decimal;

/// How many work styles and values the summary names.
const TOP_SHOWN: usize = 5;

/// The names with the highest ratings, highest first, ties in list order.
fn highest(names: &[&'static str], ratings: &[Option<f64>], n: usize) -> Vec<(&'static str, f64)> {
    let mut rated: Vec<(&'static str, f64)> = names
        .iter()
        .zip(ratings)
        .filter_map(|(&name, &r)| Some((name, r?)))
        .collect();
    rated.sort_by(|a, b| b.1.total_cmp(&a.1));
    rated.truncate(n);
    rated
}

/// The interests, styles and values of one profile.
#[component]
pub fn ProfileSummary(profile: Signal<UserProfile>) -> impl IntoView {
    move || {
        let profile = profile.get();
        let code = profile.holland_code();
        let order = profile.riasec_order();
        let styles = highest(&WORK_STYLES, &profile.work_styles, TOP_SHOWN);
        let values = highest(&WORK_VALUES, &profile.work_values, TOP_SHOWN);
        view! {
            <section class="results-section profile-summary" aria-labelledby="profile-heading">
                <h2 id="profile-heading">"Your profile"</h2>
                <div class="profile-summary__grid">
                    <div>
                        <h3>"Interests"</h3>
                        {(!code.is_empty()).then(|| view! {
                            <p data-testid="holland-code">
                                "Your Holland code is " <strong>{code.clone()}</strong> ": "
                                {order.iter().take(3).map(|&i| RIASEC[i]).collect::<Vec<_>>().join(", ")} "."
                            </p>
                        })}
                        <RiasecHexagon scores=profile.riasec />
                    </div>
                    <div>
                        <h3>"Work styles you rated highest"</h3>
                        <RatedList rated=styles empty="You skipped the work-style questions." />
                        <h3>"What matters most to you"</h3>
                        <RatedList rated=values empty="You skipped the work-value questions." />
                    </div>
                </div>
            </section>
        }
    }
}

/// Names with their mean rating of 5.
#[component]
fn RatedList(rated: Vec<(&'static str, f64)>, empty: &'static str) -> impl IntoView {
    if rated.is_empty() {
        return view! { <p class="muted">{empty}</p> }.into_any();
    }
    view! {
        <ul class="rated-list">
            {rated
                .into_iter()
                .map(|(name, rating)| view! {
                    <li><span>{name}</span> <span class="muted">{format!("{} / 5", one_decimal(rating as f32))}</span></li>
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::highest;

    #[test]
    fn highest_ratings_come_first_and_unanswered_are_left_out() {
        let names = ["a", "b", "c", "d"];
        let ratings = [Some(2.0), None, Some(5.0), Some(3.5)];
        assert_eq!(highest(&names, &ratings, 2), [("c", 5.0), ("d", 3.5)]);
    }
}
