//! Future outlook: the resilience score with its band, the AI-exposure share, and how both are
//! calculated.

use careerlens_engine::exposure::ExposureBasis;
use std::sync::Arc;

use careerlens_engine::model::{AiAnalysis, OccupationDetail, OccupationScores};
use careerlens_engine::narrative::basis;
use careerlens_engine::resilience::ResilienceBand;
use leptos::prelude::*;

use super::ProfileSection;
use crate::components::SiteLink;
use crate::format::score;

/// One sentence on what the AI exposure rests on.
pub fn basis_sentence(basis: ExposureBasis, labelled_tasks: u32) -> String {
    match basis {
        ExposureBasis::TaskLabels => format!(
            "Based on {labelled_tasks} O*NET tasks labelled by Eloundou et al., blended with \
             Microsoft and Anthropic usage data where they cover this role."
        ),
        ExposureBasis::OccupationBeta => "No task-level labels match this role, so it uses the \
             occupation-level rating of Eloundou et al. for its O*NET occupations."
            .to_owned(),
        ExposureBasis::UsageOnly => "Based only on Microsoft and Anthropic usage data: no \
             Eloundou rating covers this role."
            .to_owned(),
        ExposureBasis::IscoUnitGroupMean => "This role has no AI data of its own; the score is \
             the mean of the other occupations in its ISCO unit group."
            .to_owned(),
        ExposureBasis::IscoMinorGroupMean => "This role and its ISCO unit group have no AI data; \
             the score is the mean of its wider ISCO minor group."
            .to_owned(),
        ExposureBasis::NoData => {
            "No AI-exposure data covers this role or its ISCO groups.".to_owned()
        }
    }
}

/// The headline scores.
#[component]
pub fn FutureOutlook(
    /// The occupation's precomputed scores, if the dataset has them.
    scores: Option<OccupationScores>,
    /// The occupation's detail chunk: the analysis behind the scores and its O*NET matches.
    detail: Arc<OccupationDetail>,
) -> impl IntoView {
    let ai: Option<AiAnalysis> = detail.ai.clone();
    // What the numbers rest on, where it is less than the occupation's own data.
    let notes: Vec<String> = [
        basis::weak_match_sentence(&detail),
        scores
            .as_ref()
            .and_then(|s| basis::resilience_sentence(s, &detail.isco)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let resilience = scores.as_ref().and_then(|s| s.resilience);
    let exposure = scores.as_ref().and_then(|s| s.ai_exposure);
    let basis = scores
        .as_ref()
        .map_or(ExposureBasis::NoData, |s| s.exposure_basis);
    let labelled_tasks = ai.as_ref().map_or(0, |ai| ai.labelled_tasks);
    view! {
        <ProfileSection id="outlook" unchanging=true title="Future outlook">
            <div class="outlook">
                <div class="metric" data-testid="resilience">
                    <p class="metric__label">"Resilience score"</p>
                    {match resilience {
                        Some(value) => view! {
                            <p class="metric__value">
                                <span class="metric__number">{score(value)}</span>
                                <span class="metric__unit">" / 100"</span>
                            </p>
                            <p class="metric__band">{ResilienceBand::of(f64::from(value)).label()}</p>
                        }
                        .into_any(),
                        None => view! {
                            <p class="metric__missing">"Not enough O*NET data to score this role."</p>
                        }
                        .into_any(),
                    }}
                </div>
                <div class="metric" data-testid="ai-exposure">
                    <p class="metric__label">"AI exposure"</p>
                    {match exposure {
                        Some(value) => view! {
                            <p class="metric__value">
                                <span class="metric__number">{score(value)}</span>
                                <span class="metric__unit">" %"</span>
                            </p>
                            <p class="metric__band">"of the role's weighted tasks current AI could affect"</p>
                        }
                        .into_any(),
                        None => view! {
                            <p class="metric__missing">"No AI-exposure data for this role."</p>
                        }
                        .into_any(),
                    }}
                </div>
            </div>
            <p class="muted">{basis_sentence(basis, labelled_tasks)}</p>
            {notes
                .into_iter()
                .map(|note| view! { <p class="muted" data-testid="basis-note">{note}</p> })
                .collect_view()}
            <details class="disclosure">
                <summary>"How are these scores calculated?"</summary>
                <p>
                    "The resilience score estimates how structurally protected this occupation is \
                     from automation. It rises with work that needs human judgement (social, \
                     caring, leadership and creative work, from O*NET ratings and ESCO skills) and \
                     falls with AI exposure and physical automation. Higher means more of the work \
                     depends on people."
                </p>
                <p>
                    "AI exposure is the share of the role's O*NET tasks, core tasks counting double, \
                     that large language models could do much faster according to Eloundou et al. \
                     (2024), blended with observed AI use from Microsoft and Anthropic."
                </p>
                <p>
                    "Both are structural indicators built from task-level data, not predictions \
                     about any one person's job. "
                    <SiteLink path="/methodology#resilience">"Read the full method"</SiteLink>
                    "."
                </p>
            </details>
        </ProfileSection>
    }
}
