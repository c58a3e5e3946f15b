//! Structured answers files, and what the format's documentation says they hold: a strategy for
//! JSON objects with each field of the answers format absent, right or wrong (nested values,
//! hostile numbers, unknown keys), and [`documented_reading`], the answers such a file holds by
//! the documented rules alone, written independently of the decoder it checks.

use careerlens_engine::assessment::answers::{ANSWERS_FORMAT, ANSWERS_VERSION};
use careerlens_engine::assessment::{Answers, BACKGROUND, ITEMS};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;

use crate::valid::{documented_slug, slugs};

fn json_numbers() -> impl Strategy<Value = Value> {
    prop_oneof![
        (0u64..8).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        select(vec![2.5, 4.0, -0.0, 1e20]).prop_map(Value::from),
    ]
}

fn json_leaves() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        json_numbers(),
        "[a-z0-9-]{0,8}".prop_map(Value::from),
        "(?s).{0,12}".prop_map(Value::from),
        Just(Value::from(ANSWERS_FORMAT)),
    ]
}

const FIELDS: &[&str] = &["format", "version", "answers", "job_zone", "current"];

/// Keys an answers file might hold: item ids, background ids, its fields, and others.
fn keys() -> impl Strategy<Value = String> {
    let ids: Vec<&str> = ITEMS
        .iter()
        .chain(&BACKGROUND)
        .map(|item| item.id)
        .collect();
    prop_oneof![
        3 => select(ids).prop_map(String::from),
        1 => select(FIELDS).prop_map(String::from),
        1 => "(?s).{0,6}",
    ]
}

fn json_values() -> impl Strategy<Value = Value> {
    json_leaves().prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map(keys(), inner, 0..4)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Objects with each field of the answers format absent, right or wrong.
pub(crate) fn answers_files() -> impl Strategy<Value = Value> {
    let ratings = prop_oneof![
        4 => (1u64..=5).prop_map(Value::from),
        1 => json_leaves(),
    ];
    (
        prop::option::of(prop_oneof![4 => Just(Value::from(ANSWERS_FORMAT)), 1 => json_leaves()]),
        prop::option::of(prop_oneof![
            4 => Just(Value::from(ANSWERS_VERSION)),
            1 => json_numbers(),
            1 => json_leaves(),
        ]),
        prop::option::of(prop_oneof![
            4 => prop::collection::btree_map(keys(), ratings, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
            1 => json_values(),
        ]),
        prop::option::of(prop_oneof![3 => (1u64..=5).prop_map(Value::from), 1 => json_leaves()]),
        prop::option::of(prop_oneof![
            2 => slugs().prop_map(Value::from),
            2 => "[a-z0-9-]{0,8}".prop_map(Value::from),
            1 => json_leaves(),
        ]),
        prop::collection::btree_map("(?s).{0,6}", json_values(), 0..2),
    )
        .prop_map(|(format, version, answers, job_zone, current, others)| {
            let mut file: serde_json::Map<String, Value> = others.into_iter().collect();
            for (key, value) in [
                ("format", format),
                ("version", version),
                ("answers", answers),
                ("job_zone", job_zone),
                ("current", current),
            ] {
                if let Some(value) = value {
                    file.insert(key.to_owned(), value);
                }
            }
            Value::Object(file)
        })
}

/// A whole number 1–5.
fn whole_one_to_five(value: &Value) -> Option<u8> {
    let value = value.as_u64().filter(|v| (1..=5).contains(v))?;
    Some(value as u8)
}

/// The answers a file holds by the rules the answers format documents, or `None` when it
/// breaks one: `format` and `version` right, every answer a whole number 1–5 for an item of
/// the bank, `job_zone` 1–5 and `current` a slug, each of the last three null or absent when
/// not given.
pub(crate) fn documented_reading(file: &Value) -> Option<Answers> {
    let object = file.as_object()?;
    if object.get("format")?.as_str()? != ANSWERS_FORMAT
        || object.get("version")?.as_u64()? != u64::from(ANSWERS_VERSION)
    {
        return None;
    }
    let given = |field: &str| object.get(field).filter(|value| !value.is_null());
    let mut answers = Answers::default();
    if let Some(ratings) = given("answers") {
        for (id, rating) in ratings.as_object()? {
            let at = ITEMS.iter().position(|item| item.id == id)?;
            answers.ratings[at] = Some(whole_one_to_five(rating)?);
        }
    }
    if let Some(zone) = given("job_zone") {
        answers.job_zone = Some(whole_one_to_five(zone)?);
    }
    if let Some(current) = given("current") {
        let slug = current.as_str().filter(|slug| documented_slug(slug))?;
        answers.current = Some(slug.to_owned());
    }
    Some(answers)
}
