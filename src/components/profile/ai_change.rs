//! How AI may change this role: what still depends on people, where AI may become a co-pilot,
//! the most exposed tasks and the strongest driver.

use careerlens_engine::model::{AiAnalysis, AnchorKind};
use leptos::prelude::*;

use super::ProfileSection;
use crate::components::SiteLink;
use crate::format::score;

/// The task-level picture of AI in the role.
#[component]
pub fn HowAiMayChange(
    /// The analysis from the detail chunk, if the dataset has it.
    ai: Option<AiAnalysis>,
) -> impl IntoView {
    let content = match ai {
        None => view! {
            <p>"The data holds no task-level AI analysis for this role."</p>
        }
        .into_any(),
        Some(ai) => view! {
            <dl class="ai-change">
                <div class="ai-change__row">
                    <dt>"What still depends on people"</dt>
                    <dd>
                        {match ai.people_anchor {
                            Some(anchor) => {
                                let source = match anchor.kind {
                                    AnchorKind::Task => "an O*NET task rated not exposed to language models",
                                    AnchorKind::Skill => "an essential ESCO skill in social, leadership or attitude groups",
                                };
                                view! { {anchor.text} <span class="muted small">{format!(" ({source})")}</span> }.into_any()
                            }
                            None => view! { "No task or skill of this role stands out as people-dependent in the data." }.into_any(),
                        }}
                    </dd>
                </div>
                <div class="ai-change__row">
                    <dt>"Where AI may become a co-pilot"</dt>
                    <dd>
                        {if ai.copilot_tasks.is_empty() {
                            view! { "No task is rated as exposed only with extra tools." }.into_any()
                        } else {
                            view! {
                                <ul>{ai.copilot_tasks.into_iter().map(|task| view! { <li>{task}</li> }).collect_view()}</ul>
                            }
                            .into_any()
                        }}
                    </dd>
                </div>
                <div class="ai-change__row">
                    <dt>"Tasks most exposed to automation"</dt>
                    <dd>
                        {if ai.most_exposed_tasks.is_empty() {
                            view! { "No task is rated as directly exposed." }.into_any()
                        } else {
                            view! {
                                <ul>
                                    {ai.most_exposed_tasks
                                        .into_iter()
                                        .map(|task| {
                                            let how = if task.beta >= 1.0 {
                                                "directly exposed"
                                            } else {
                                                "exposed with extra tools"
                                            };
                                            view! { <li>{task.text} <span class="muted small">{format!(" ({how})")}</span></li> }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                            .into_any()
                        }}
                    </dd>
                </div>
                <div class="ai-change__row">
                    <dt>"Strongest driver"</dt>
                    <dd>
                        {match ai.strongest_vector {
                            Some((vector, value)) => format!("{} ({} / 100)", vector.label(), score(value)),
                            None => "Not enough data to name one.".to_owned(),
                        }}
                    </dd>
                </div>
            </dl>
        }
        .into_any(),
    };
    view! {
        <ProfileSection id="ai-change" unchanging=true title="How AI may change this role">
            {content}
            <p class="muted small">
                "Each line follows a stated rule on the Eloundou et al. task labels and ESCO skill groups: "
                <SiteLink path="/methodology#how-ai-may-change">"see the method"</SiteLink>
                "."
            </p>
        </ProfileSection>
    }
}
