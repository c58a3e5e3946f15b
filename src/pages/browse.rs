//! Browse every occupation by display category and ISCO-08 unit group.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::components::{LoadFailed, Loading, PageHead};
use crate::data::{Dataset, LoadedIndex};
use crate::format::{count, count_noun};
use crate::routes::Page;

/// Occupations of one category, grouped by ISCO unit group code, each list sorted by title.
fn occupations_by_group(
    loaded: &LoadedIndex,
    category: &str,
) -> BTreeMap<String, Vec<(String, String)>> {
    let mut groups: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for occupation in loaded
        .index
        .occupations
        .iter()
        .filter(|o| o.category == category)
    {
        groups
            .entry(occupation.isco.clone())
            .or_default()
            .push((occupation.slug.clone(), occupation.title.clone()));
    }
    for list in groups.values_mut() {
        list.sort_by_cached_key(|(_, title)| title.to_lowercase());
    }
    groups
}

/// The category cards, each with its number of occupations.
#[component]
pub fn CategoryGrid(loaded: Arc<LoadedIndex>) -> impl IntoView {
    let counts = loaded.index.categories.iter().map(|category| {
        let count = loaded
            .index
            .occupations
            .iter()
            .filter(|o| &o.category == category)
            .count();
        (category.clone(), count)
    });
    view! {
        <ul class="category-grid">
            {counts
                .map(|(category, count)| {
                    let href = Page::Browse {
                        category: Some(category.clone()),
                    }
                    .path();
                    view! {
                        <li>
                            <a class="category-grid__link" href=href>
                                <span class="category-grid__name">{category}</span>
                                <span class="category-grid__count">{count_noun(count, "occupation", "occupations")}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// One category's occupations by ISCO unit group.
#[component]
fn CategoryListing(loaded: Arc<LoadedIndex>, category: String) -> impl IntoView {
    let groups = occupations_by_group(&loaded, &category);
    if groups.is_empty() {
        return view! {
            <h1>"Category not found"</h1>
            <p>"There is no category of that name. Choose one of these:"</p>
            <CategoryGrid loaded />
        }
        .into_any();
    }
    let total: usize = groups.values().map(Vec::len).sum();
    view! {
        <Title text=category.clone() />
        <p><a href=Page::Browse { category: None }.path()>"All categories"</a></p>
        <h1>{category.clone()}</h1>
        <p class="muted">{format!(
            "{} in {}.",
            count_noun(total, "occupation", "occupations"),
            count_noun(groups.len(), "ISCO-08 unit group", "ISCO-08 unit groups")
        )}</p>
        {groups
            .into_iter()
            .map(|(code, occupations)| {
                let label = loaded.index.isco_groups.get(&code).cloned().unwrap_or_default();
                let heading_id = format!("isco-{code}");
                let labelled_by = heading_id.clone();
                view! {
                    <section class="isco-group" aria-labelledby=labelled_by>
                        <h2 id=heading_id class="isco-group__title">
                            <span class="muted">{code}</span> " " {label}
                        </h2>
                        <ul class="isco-group__list">
                            {occupations
                                .into_iter()
                                .map(|(slug, title)| {
                                    view! { <li><a href=Page::Occupation { slug }.path()>{title}</a></li> }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()}
    }
    .into_any()
}

/// `/browse`, or `/browse?category=…` for one category.
#[component]
pub fn BrowsePage() -> impl IntoView {
    let dataset = Dataset::expect();
    let query = use_query_map();
    view! {
        <PageHead
            title="Browse occupations"
            description="Browse every ESCO occupation by category and ISCO-08 unit group."
            path=Page::Browse { category: None }.path()
        />
        {move || match dataset.index() {
            None => view! { <Loading what="the occupations" /> }.into_any(),
            Some(Err(error)) => view! {
                <h1>"Browse occupations"</h1>
                <LoadFailed what="the occupations" error retry=move || dataset.retry_index() />
            }
            .into_any(),
            Some(Ok(loaded)) => match query.read().get("category") {
                Some(category) => view! { <CategoryListing loaded category /> }.into_any(),
                None => view! {
                    <h1>"Browse occupations"</h1>
                    <p class="muted">
                        {format!(
                            "All {} ESCO occupations, in categories derived from the ISCO-08 classification.",
                            count(loaded.index.occupations.len())
                        )}
                    </p>
                    <CategoryGrid loaded />
                }
                .into_any(),
            },
        }}
    }
}
