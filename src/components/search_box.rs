//! The occupation search: an ARIA combobox over the index, typo-tolerant and instant.
//!
//! Arrow keys move through the results, Enter opens the highlighted (or first) result, Escape
//! closes the list and, pressed again, clears the box. When no occupation matches every word, the
//! list shows the closest partial matches under a note that says so.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::data::{Dataset, IndexResult};
use crate::routes::Page;

/// How many results the list shows.
const RESULT_LIMIT: usize = 8;

/// One row of the result list, derived from a search hit.
#[derive(Clone, Debug, PartialEq)]
struct ResultRow {
    slug: String,
    title: String,
    category: String,
    /// The alternative label that matched, when it was not the title.
    matched_alt_label: Option<String>,
}

/// What the box found for the current query.
#[derive(Clone, Debug, Default, PartialEq)]
struct Found {
    rows: Vec<ResultRow>,
    /// No occupation matched every word: the rows are the closest partial matches.
    partial: bool,
}

/// The query as the notes quote it: trimmed, with single spaces.
fn quoted(query: &str) -> String {
    query.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The visible line above partial matches.
fn partial_note(query: &str) -> String {
    format!(
        "No occupation matches all of “{}”; closest matches:",
        quoted(query)
    )
}

/// What the live status announces once the index has loaded.
fn results_status(query: &str, count: usize, partial: bool) -> String {
    match (count, partial) {
        (0, _) => "No occupation matches. Try another word or a shorter one.".to_owned(),
        (1, true) => format!(
            "No occupation matches all of “{}”; 1 closest match.",
            quoted(query)
        ),
        (n, true) => format!(
            "No occupation matches all of “{}”; {n} closest matches. Use the arrow keys to choose.",
            quoted(query)
        ),
        (1, false) => "1 occupation found.".to_owned(),
        (n, false) => format!("{n} occupations found. Use the arrow keys to choose."),
    }
}

/// Moves the highlighted row by `step` through `count` rows, wrapping around; from no highlight,
/// down starts at the first row and up at the last.
fn move_highlight(current: Option<usize>, step: isize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    let count = count as isize;
    let next = match current {
        None if step > 0 => 0,
        None => count - 1,
        Some(position) => (position as isize + step).rem_euclid(count),
    };
    Some(next as usize)
}

/// The search box with its result list.
#[component]
pub fn SearchBox(
    /// The index with its search labels (`data::SEARCH`), `None` while it loads. Read only once
    /// the box has focus, so a page loads the labels only when someone searches.
    #[prop(into)]
    index: Signal<Option<IndexResult>>,
    /// The id of the text input, unique on the page.
    #[prop(into)]
    input_id: String,
    /// The input's accessible name.
    #[prop(into, default = "Search occupations".into())]
    label: String,
    /// Called with the chosen occupation's slug; without it, choosing opens the profile.
    #[prop(optional)]
    on_choose: Option<Callback<String>>,
) -> impl IntoView {
    let (query, set_query) = signal(String::new());
    let (open, set_open) = signal(false);
    let (highlight, set_highlight) = signal(None::<usize>);
    let listbox_id = format!("{input_id}-results");
    let status_id = format!("{input_id}-status");
    let note_id = format!("{input_id}-note");
    let option_id = {
        let input_id = input_id.clone();
        move |position: usize| format!("{input_id}-option-{position}")
    };

    let found = Memo::new(move |_| {
        let query = query.get();
        if query.trim().is_empty() {
            return Found::default();
        }
        let Some(Ok(loaded)) = index.get() else {
            return Found::default();
        };
        let results = loaded.search(&query, RESULT_LIMIT);
        let partial = results.partial;
        let rows = results
            .into_iter()
            .map(|hit| {
                let occupation = &loaded.index.occupations[hit.occupation];
                ResultRow {
                    slug: occupation.slug.clone(),
                    title: occupation.title.clone(),
                    category: occupation.category.clone(),
                    matched_alt_label: (hit.matched_label > 0)
                        .then(|| loaded.matched_label(&hit).to_owned()),
                }
            })
            .collect();
        Found { rows, partial }
    });
    let count = move || found.with(|found| found.rows.len());
    let partial = move || found.with(|found| found.partial && !found.rows.is_empty());

    // Nothing at all for an empty query, not an empty text: the prerenderer writes an empty text
    // as a space, which would differ from the app's page.
    let status = move || {
        if query.get().trim().is_empty() {
            return None;
        }
        Some(match index.get() {
            None => "Loading occupations…".to_owned(),
            Some(Err(error)) => format!("Search is unavailable: {error}"),
            Some(Ok(_)) => {
                found.with(|found| results_status(&query.get(), found.rows.len(), found.partial))
            }
        })
    };

    // Only a box that opens profiles needs the router, so a planner can live outside one.
    let choose: Callback<String> = on_choose.unwrap_or_else(|| {
        let navigate = use_navigate();
        Callback::new(move |slug: String| {
            navigate(&Page::Occupation { slug }.path(), Default::default())
        })
    });
    let keep_choice = on_choose.is_some();
    let open_row = move |row: &ResultRow| {
        set_open.set(false);
        set_highlight.set(None);
        set_query.set(if keep_choice {
            row.title.clone()
        } else {
            String::new()
        });
        choose.run(row.slug.clone());
    };

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let count = count();
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" => {
                ev.prevent_default();
                set_open.set(true);
                let step = if ev.key() == "ArrowDown" { 1 } else { -1 };
                set_highlight.update(|current| *current = move_highlight(*current, step, count));
            }
            "Enter" => {
                ev.prevent_default();
                let chosen = highlight.get().unwrap_or(0);
                if let Some(row) = found.with(|found| found.rows.get(chosen).cloned()) {
                    open_row(&row);
                }
            }
            "Escape" => {
                if open.get() && count > 0 {
                    set_open.set(false);
                } else {
                    set_query.set(String::new());
                }
                set_highlight.set(None);
            }
            _ => {}
        }
    };

    let expanded = move || open.get() && count() > 0;
    let active_descendant = {
        let option_id = option_id.clone();
        move || {
            expanded()
                .then(|| highlight.get().map(&option_id))
                .flatten()
        }
    };

    // Why the index failed, once someone has searched. The error stays in view while the
    // retry button has focus; an index of another release gets no retry, as its status asks
    // for a reload.
    let failure = move || {
        if query.get().trim().is_empty() {
            return None;
        }
        index.get()?.err()
    };
    let failed = move || failure().is_some();
    let retryable = move || failure().is_some_and(|error| error.can_retry());
    let input = NodeRef::<leptos::html::Input>::new();
    let retry = move |_| {
        if let Some(dataset) = use_context::<Dataset>() {
            dataset.retry_index();
        }
        // The button goes away while the index loads again: the search keeps the focus.
        if let Some(input) = input.get_untracked() {
            _ = input.focus();
        }
    };

    let region_label = label.clone();
    let visible_label = label.clone();
    view! {
        <div class="search-box" role="search" aria-label=region_label>
            <label class="visually-hidden" for=input_id.clone()>{visible_label}</label>
            <input
                node_ref=input
                id=input_id.clone()
                class="search-box__input"
                type="text"
                role="combobox"
                placeholder=label
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=listbox_id.clone()
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=active_descendant
                aria-describedby=status_id.clone()
                prop:value=query
                on:input=move |ev| {
                    set_query.set(event_target_value(&ev));
                    set_open.set(true);
                    set_highlight.set(None);
                }
                on:keydown=on_keydown
                on:blur=move |_| set_open.set(false)
                on:focus=move |_| {
                    set_open.set(true);
                    // Starts loading the labels before the first keystroke needs them.
                    _ = index.get_untracked();
                }
            />
            <div class="search-box__popup" hidden=move || !expanded()>
                // Pressing on the note must not blur the box and close the list.
                <p
                    id=note_id.clone()
                    class="search-box__note"
                    data-testid="search-partial-note"
                    hidden=move || !partial()
                    on:mousedown=|ev| ev.prevent_default()
                >
                    {move || partial_note(&query.get())}
                </p>
                <ul
                    id=listbox_id
                    class="search-box__results"
                    role="listbox"
                    aria-label="Matching occupations"
                    aria-describedby=move || partial().then(|| note_id.clone())
                >
                    {move || {
                        found.with(|found| found.rows.clone())
                            .into_iter()
                            .enumerate()
                            .map(|(position, row)| {
                                let chosen = row.clone();
                                view! {
                                    <li
                                        id=option_id(position)
                                        class="search-box__option"
                                        role="option"
                                        aria-selected=move || (highlight.get() == Some(position)).to_string()
                                        on:mousedown=move |ev| {
                                            ev.prevent_default();
                                            open_row(&chosen);
                                        }
                                    >
                                        <span class="search-box__title">{row.title}</span>
                                        <span class="search-box__meta">
                                            {row.category}
                                            {row.matched_alt_label.map(|label| format!(" · also called “{label}”"))}
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
            // Counts are for screen readers; an empty result or an error is shown to everyone.
            <p
                id=status_id
                class="search-box__status"
                class:visually-hidden=move || {
                    !failed() && (found.with(|found| !found.rows.is_empty()) || !open.get())
                }
                aria-live="polite"
            >
                {status}
                {move || retryable().then(|| view! {
                    " "
                    <button type="button" class="button search-box__retry" on:click=retry>
                        "Try again"
                    </button>
                })}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::{move_highlight, partial_note, results_status};

    #[test]
    fn partial_matches_are_announced_with_the_query_as_typed() {
        assert_eq!(
            partial_note("  uber   driver "),
            "No occupation matches all of “uber driver”; closest matches:"
        );
        assert_eq!(
            results_status("uber driver", 8, true),
            "No occupation matches all of “uber driver”; 8 closest matches. Use the arrow keys to \
             choose."
        );
        assert_eq!(
            results_status("uber driver", 1, true),
            "No occupation matches all of “uber driver”; 1 closest match."
        );
    }

    #[test]
    fn full_matches_and_no_matches_keep_their_status() {
        assert_eq!(results_status("ciso", 1, false), "1 occupation found.");
        assert_eq!(
            results_status("security", 3, false),
            "3 occupations found. Use the arrow keys to choose."
        );
        assert_eq!(
            results_status("xylophone", 0, false),
            "No occupation matches. Try another word or a shorter one."
        );
    }

    #[test]
    fn highlight_starts_at_the_first_row_going_down_and_the_last_going_up() {
        assert_eq!(move_highlight(None, 1, 5), Some(0));
        assert_eq!(move_highlight(None, -1, 5), Some(4));
    }

    #[test]
    fn highlight_wraps_around_both_ends() {
        assert_eq!(move_highlight(Some(4), 1, 5), Some(0));
        assert_eq!(move_highlight(Some(0), -1, 5), Some(4));
        assert_eq!(move_highlight(Some(2), 1, 5), Some(3));
    }

    #[test]
    fn no_rows_means_no_highlight() {
        assert_eq!(move_highlight(Some(2), 1, 0), None);
        assert_eq!(move_highlight(None, -1, 0), None);
    }
}
