#![cfg(not(target_arch = "wasm32"))]
//! The decoders of untrusted text: the share link, the answers file, the saved state and the
//! dataset files. Share links and answers files come from anyone, the saved state from a
//! browser's storage and the dataset over the network, and a panic aborts the app in
//! WebAssembly. So every decoder must return `Ok` or `Err` for any input, refuse oversized,
//! deeply nested and hostile input quickly with a clear message, and return only values in the
//! ranges its format documents.
//!
//! The properties feed each decoder arbitrary text, arbitrary bytes and mutations of valid
//! inputs (cut short, a bit flipped, a character inserted, a span or a number replaced by
//! something hostile), and check that the encoders and decoders round-trip. The named tests pin
//! the exact refusal of hostile cases. The cargo-fuzz targets in `fuzz/` run the same decoders
//! for longer; a crash found there is kept here as a named test.

use std::time::{Duration, Instant};

use careerlens_engine::assessment::answers::{
    ANSWERS_FORMAT, ANSWERS_VERSION, MAX_ANSWERS_FILE_BYTES, MAX_SLUG_LEN,
};
use careerlens_engine::assessment::share::{self, MAX_SHARE_LEN};
use careerlens_engine::assessment::{
    Answers, AnswersError, BACKGROUND, ITEMS, SavedState, SavedStateError, ShareError,
};
use careerlens_engine::exposure::ExposureBasis;
use careerlens_engine::groups::GroupBasis;
use careerlens_engine::methodology::FittedValues;
use careerlens_engine::model::{
    AiAnalysis, AnchorKind, DetailSkill, Education, ExposedTask, Index, IndexOccupation, IndexPart,
    JobZone, OccupationDetail, OccupationScores, OnetOccupation, PeopleAnchorText, Rated,
    ReuseLevel, SCHEMA_VERSION, SimilarRole, SkillKind, Task, TechnologySkill,
};
use careerlens_engine::vectors::ExposureVector;
use careerlens_engine::viability::{Viability, ViabilityThresholds};
use proptest::prelude::*;
use proptest::sample::{Index as Position, select};
use serde_json::{Value, json};

/// How long refusing a 10 MB input may take, even in a debug build on a busy machine: reading
/// it takes milliseconds, so only a decoder that parses or copies it far more than once fails.
const QUICK: Duration = Duration::from_secs(2);
const TEN_MB: usize = 10 * 1024 * 1024;
/// The longest refusal message: a message quotes at most a few dozen characters of the input.
const MAX_MESSAGE_CHARS: usize = 300;

// ---------------------------------------------------------------------------------------------
// Valid values and the checks every decoded value must pass.

/// Occupation slugs as databuild makes them: runs of lowercase letters and digits joined by
/// single hyphens, up to 199 bytes.
fn slugs() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,24}(-[a-z0-9]{1,24}){0,7}"
}

/// Any valid answers, built through [`Answers::set`] with the ids of the item bank.
fn valid_answers() -> impl Strategy<Value = Answers> {
    (
        prop::collection::vec(prop::option::of(1u8..=5), ITEMS.len()),
        prop::option::of(1u8..=5),
        prop::option::of(slugs()),
    )
        .prop_map(|(ratings, job_zone, current)| {
            let mut answers = Answers {
                job_zone,
                current,
                ..Answers::default()
            };
            for (item, rating) in ITEMS.iter().zip(ratings) {
                if let Some(rating) = rating {
                    assert!(answers.set(item.id, rating), "{} = {rating}", item.id);
                }
            }
            answers
        })
}

fn valid_states() -> impl Strategy<Value = SavedState> {
    (
        valid_answers(),
        prop_oneof![0usize..60, any::<usize>()],
        any::<bool>(),
    )
        .prop_map(|(answers, screen, finished)| SavedState {
            answers,
            screen,
            finished,
        })
}

/// Whether `text` has the shape the answers format documents for `current`: lowercase ASCII
/// letters and digits in runs joined by single hyphens, at most `MAX_SLUG_LEN` bytes.
fn documented_slug(text: &str) -> bool {
    text.len() <= MAX_SLUG_LEN
        && text.split('-').all(|run| {
            !run.is_empty()
                && run
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// What every decoder of answers promises: ratings and job zone 1–5, `current` a slug, and a
/// value the encoders write and read back unchanged.
fn check_answers(answers: &Answers) -> Result<(), TestCaseError> {
    for (item, rating) in ITEMS.iter().zip(answers.ratings) {
        if let Some(rating) = rating {
            prop_assert!((1..=5).contains(&rating), "{} = {rating}", item.id);
        }
    }
    if let Some(zone) = answers.job_zone {
        prop_assert!((1..=5).contains(&zone), "job zone {zone}");
    }
    if let Some(slug) = &answers.current {
        prop_assert!(documented_slug(slug), "current {slug:?}");
    }
    prop_assert_eq!(Answers::from_json(&answers.to_json()), Ok(answers.clone()));
    prop_assert_eq!(share::decode(&share::encode(answers)), Ok(answers.clone()));
    Ok(())
}

/// A refusal is a short sentence: it never echoes a hostile input at length.
fn check_message(message: &str) -> Result<(), TestCaseError> {
    prop_assert!(message.ends_with('.'), "{message}");
    prop_assert!(
        message.chars().count() <= MAX_MESSAGE_CHARS,
        "{} characters: {message}",
        message.chars().count()
    );
    Ok(())
}

/// Decodes `text` as a share link. Whatever it reads is exactly the link its answers encode to
/// (after the optional `#` and surrounding white space): a link has one spelling, so a changed
/// link is never read as other answers.
fn check_share(text: &str) -> Result<Result<Answers, ShareError>, TestCaseError> {
    let decoded = share::decode(text);
    match &decoded {
        Ok(answers) => {
            check_answers(answers)?;
            let link = text.strip_prefix('#').unwrap_or(text).trim();
            prop_assert_eq!(share::encode(answers), link);
        }
        Err(error) => check_message(&error.to_string())?,
    }
    Ok(decoded)
}

fn check_answers_file(text: &str) -> Result<Result<Answers, AnswersError>, TestCaseError> {
    let decoded = Answers::from_json(text);
    match &decoded {
        Ok(answers) => check_answers(answers)?,
        Err(error) => check_message(&error.to_string())?,
    }
    Ok(decoded)
}

fn check_saved_state(text: &str) -> Result<Result<SavedState, SavedStateError>, TestCaseError> {
    let decoded = SavedState::from_json(text);
    match &decoded {
        Ok(state) => {
            check_answers(&state.answers)?;
            prop_assert_eq!(SavedState::from_json(&state.to_json()), Ok(state.clone()));
        }
        Err(error) => check_message(&error.to_string())?,
    }
    Ok(decoded)
}

/// Reads the index from its five files, `text` standing for `replaced` (or every file).
fn read_index(
    files: &[(IndexPart, String)],
    replaced: Option<IndexPart>,
    text: &str,
) -> Result<Index, String> {
    Index::read_parts(&IndexPart::EXTRA, |part| {
        Ok(if replaced.is_none_or(|replaced| replaced == part) {
            text.to_owned()
        } else {
            files
                .iter()
                .find(|(file, _)| *file == part)
                .map(|(_, text)| text.clone())
                .expect("every part has a file")
        })
    })
}

/// Reads `text` as each dataset file. What reads is a whole index (every column one value per
/// occupation) of this schema version; a refusal names the file it is about.
fn check_dataset(text: &str) -> Result<(), TestCaseError> {
    if let Ok(detail) = serde_json::from_str::<OccupationDetail>(text) {
        prop_assert!(serde_json::to_string(&detail).is_ok());
    }
    if let Ok(index) = serde_json::from_str::<Index>(text) {
        prop_assert!(serde_json::to_string(&index).is_ok());
    }
    let files = index_files(&small_index());
    for replaced in [None].into_iter().chain(IndexPart::ALL.map(Some)) {
        check_read_index(read_index(&files, replaced, text), replaced)?;
    }
    Ok(())
}

/// `replaced` is the one file that is not valid (`None`: all of them may be invalid).
fn check_read_index(
    read: Result<Index, String>,
    replaced: Option<IndexPart>,
) -> Result<(), TestCaseError> {
    match read {
        Ok(index) => {
            prop_assert_eq!(index.schema_version, SCHEMA_VERSION);
            // Each part file names its part, so one text cannot stand for all of them; and each
            // column must fit the valid files' two occupations.
            prop_assert!(replaced.is_some());
            prop_assert_eq!(index.occupations.len(), 2);
        }
        Err(error) => {
            // The valid parts read after an invalid core may be the ones that no longer fit.
            let named = match replaced {
                Some(part) if part != IndexPart::Core => vec![part],
                _ => IndexPart::ALL.to_vec(),
            };
            prop_assert!(
                named
                    .iter()
                    .any(|part| error.starts_with(&format!("{}: ", part.file()))),
                "{error}"
            );
        }
    }
    Ok(())
}

/// Every decoder, on the same text.
fn check_every_decoder(text: &str) -> Result<(), TestCaseError> {
    let _ = check_share(text)?;
    let _ = check_answers_file(text)?;
    let _ = check_saved_state(text)?;
    check_dataset(text)
}

// ---------------------------------------------------------------------------------------------
// Small valid dataset files.

fn small_index() -> Index {
    let occupation =
        |slug: &str, essential: Vec<u32>, scores: Option<OccupationScores>| IndexOccupation {
            id: format!("{slug}-0000"),
            slug: slug.into(),
            title: slug.replace('-', " "),
            alt_labels: vec![format!("{slug} lead")],
            isco: "2529".into(),
            category: "Digital Technology".into(),
            essential,
            optional: vec![7, 40],
            onet: vec!["15-1212.00".into()],
            riasec: Some(vec![1.5, 4.33, 2.0, 1.0, 3.5, 6.0]),
            work_styles: Some(vec![3.25; 16]),
            work_values: Some(vec![4.0; 6]),
            job_zone: Some(4.5),
            scores,
        };
    let scores = OccupationScores {
        ai_exposure: Some(50.5),
        exposure_basis: ExposureBasis::TaskLabels,
        resilience: Some(61.2),
        analytical_ai: Some(30.0),
        generative_ai: Some(20.0),
        workflow_automation: None,
        physical_automation: Some(0.0),
        megatrends: [Some(1.5), None, Some(0.0), None, None, Some(100.0)],
        fallback_vectors: vec![ExposureVector::WorkflowAutomation],
        vector_basis: GroupBasis::IscoUnitGroup,
        resilience_basis: GroupBasis::IscoMinorGroup,
        resilience_evidence: Some(0.27),
        weak_match: true,
    };
    Index {
        schema_version: SCHEMA_VERSION,
        riasec: ["Realistic", "Investigative", "Artistic", "Social"]
            .map(String::from)
            .to_vec(),
        work_styles: vec!["Attention to Detail".into()],
        work_values: vec!["Achievement".into()],
        isco_groups: [("2529".to_string(), "Database specialists".to_string())].into(),
        categories: vec!["Digital Technology".into()],
        occupations: vec![
            occupation("chief-ict-security-officer", vec![3, 10, 12], Some(scores)),
            occupation("ict-security-technician", vec![], None),
        ],
        fitted: FittedValues {
            viability: Some(ViabilityThresholds {
                highly_viable: 0.25,
                viable: 0.125,
                pair_count: 3,
            }),
            ..FittedValues::default()
        },
    }
}

/// The index's core file and its four part files, as databuild writes them.
fn index_files(index: &Index) -> Vec<(IndexPart, String)> {
    IndexPart::ALL
        .map(|part| {
            let text = match part {
                IndexPart::Core => serde_json::to_string(index),
                part => serde_json::to_string(&index.part_file(part)),
            };
            (part, text.expect("the index serializes"))
        })
        .to_vec()
}

fn small_detail() -> OccupationDetail {
    let skill = |id: u32, label: &str| DetailSkill {
        id,
        label: label.into(),
        kind: Some(SkillKind::Skill),
        reuse: Some(ReuseLevel::CrossSector),
        description: Some(format!("{label}, described.")),
    };
    let rated = |name: &str, value: f32| Rated {
        name: name.into(),
        value,
    };
    let similar = SimilarRole {
        slug: "ict-security-technician".into(),
        title: "ICT security technician".into(),
        similarity: 0.42,
        viability: Some(Viability::Viable),
        skills_to_learn: vec!["incident response".into()],
    };
    OccupationDetail {
        id: "c1f2d7a4-0000".into(),
        slug: "chief-ict-security-officer".into(),
        title: "chief ICT security officer".into(),
        description: "Chief ICT security officers protect company and employee information.".into(),
        alt_labels: vec!["CISO".into()],
        isco: "1330".into(),
        isco_label: "ICT service managers".into(),
        category: "Digital Technology".into(),
        essential: vec![skill(3, "information security"), skill(10, "risk")],
        optional: vec![skill(7, "cloud security")],
        onet: vec![OnetOccupation {
            code: "11-3021.00".into(),
            title: "Computer and Information Systems Managers".into(),
            tasks: vec![Task {
                text: "Review project plans.".into(),
                core: true,
            }],
            tasks_total: 30,
            confirmed: true,
        }],
        interests: vec![rated("Enterprising", 6.33)],
        work_styles: vec![rated("Integrity", 4.5)],
        work_values: vec![rated("Independence", 5.67)],
        job_zone: Some(JobZone {
            value: 4.5,
            zone: 5,
            name: "Job Zone Five: Extensive Preparation Needed".into(),
            education: "A graduate degree.".into(),
            experience: "Over five years.".into(),
            training: "Some.".into(),
        }),
        education: Some(Education {
            category: 8,
            label: "Master's Degree".into(),
            percent: 51.2,
        }),
        technology: vec![TechnologySkill {
            name: "Python".into(),
            hot: true,
            in_demand: false,
        }],
        technology_total: 120,
        ai: Some(AiAnalysis {
            basis: ExposureBasis::TaskLabels,
            eloundou: Some(44.1),
            microsoft: None,
            anthropic: Some(12.0),
            labelled_tasks: 29,
            people_anchor: Some(PeopleAnchorText {
                kind: AnchorKind::Task,
                text: "Negotiate with vendors.".into(),
            }),
            copilot_tasks: vec!["Draft security policies.".into()],
            most_exposed_tasks: vec![ExposedTask {
                text: "Summarise incident reports.".into(),
                beta: 1.0,
            }],
            strongest_vector: Some((ExposureVector::GenerativeAi, 48.0)),
            activity_shares: Some([10.0, 20.0, 30.0, 40.0]),
            technology_skills: Some(120),
            human_judgement: Some(70.0),
            automation_pressure: Some(35.5),
        }),
        scores: Some(small_index().occupations[0].scores.clone().unwrap()),
        closest_lacks: vec!["leadership".into()],
        progression: vec![similar.clone()],
        lateral: vec![],
        similar: vec![similar],
    }
}

// ---------------------------------------------------------------------------------------------
// Mutations of valid input.

/// Spans that replace part of a valid input: hostile numbers, markup, JSON punctuation,
/// control and non-ASCII characters, and pieces of the formats themselves.
const SPLICES: &[&str] = &[
    "NaN",
    "-1",
    "1e309",
    "18446744073709551616",
    "0",
    "6",
    "2.5",
    "null",
    "true",
    "\"\"",
    "[]",
    "{}",
    "[[[[[[[[",
    "<script>alert(1)</script>",
    "\\u0000",
    "\\ud800",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "é",
    "\u{10ffff}",
    "\"",
    "\\",
    ",",
    ":",
    ".",
    "#",
    "-",
    "--",
    " ",
    "\n",
    "cl1.",
    "cl2.",
    "careerlens-answers",
    "\"r1\":4",
    "\"answers\":{}",
];

/// Replacements for a number of a valid JSON file, none of them a valid version, rating or job
/// zone (those are whole numbers, 1 for the version and 1–5 for the others).
const NUMBERS: &[&str] = &[
    "NaN",
    "Infinity",
    "-Infinity",
    "-1",
    "-0",
    "0",
    "6",
    "2.5",
    "4.0",
    "4e0",
    "1e309",
    "-1e309",
    "1e20",
    "18446744073709551616",
    "99999999999999999999999999999999",
    "00004",
    "0x4",
    "+4",
    "4 4",
    "",
];

#[derive(Clone, Debug)]
enum Mutation {
    /// Keep the bytes before this position (possibly inside a character).
    Truncate(Position),
    /// Flip one bit of one byte.
    FlipBit(Position, u8),
    /// Insert a character before this byte.
    Insert(Position, char),
    /// Replace up to this many bytes from a position by a span.
    Splice(Position, usize, &'static str),
    /// Replace one number (a run of ASCII digits in a share link) by another.
    Number(Position, &'static str),
}

fn mutations() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<Position>().prop_map(Mutation::Truncate),
        (any::<Position>(), 0u8..8).prop_map(|(at, bit)| Mutation::FlipBit(at, bit)),
        (any::<Position>(), any::<char>()).prop_map(|(at, c)| Mutation::Insert(at, c)),
        (any::<Position>(), 0usize..5, select(SPLICES))
            .prop_map(|(at, n, span)| Mutation::Splice(at, n, span)),
        (any::<Position>(), select(NUMBERS)).prop_map(|(at, n)| Mutation::Number(at, n)),
    ]
}

/// The byte ranges of the numbers of a JSON text (outside its strings), or of the runs of
/// digits of any other text.
fn number_spans(text: &str) -> Vec<(usize, usize)> {
    let json = text.starts_with('{');
    let bytes = text.as_bytes();
    let (mut spans, mut in_string, mut escaped, mut at) = (Vec::new(), false, false, 0);
    while at < bytes.len() {
        let byte = bytes[at];
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            at += 1;
        } else if json && byte == b'"' {
            in_string = true;
            at += 1;
        } else if byte.is_ascii_digit() || (json && byte == b'-') {
            let start = at;
            let number = |b: u8| b.is_ascii_digit() || (json && b"-+.eE".contains(&b));
            while at < bytes.len() && number(bytes[at]) {
                at += 1;
            }
            spans.push((start, at));
        } else {
            at += 1;
        }
    }
    spans
}

impl Mutation {
    fn apply(&self, text: &str) -> String {
        let bytes = text.as_bytes();
        let len = bytes.len();
        let replace = |start: usize, end: usize, with: &[u8]| -> Vec<u8> {
            [&bytes[..start], with, &bytes[end..]].concat()
        };
        let mutated = match *self {
            Mutation::Truncate(at) => bytes[..at.index(len + 1)].to_vec(),
            Mutation::FlipBit(at, bit) => {
                let at = at.index(len);
                replace(at, at + 1, &[bytes[at] ^ (1 << bit)])
            }
            Mutation::Insert(at, c) => {
                let at = at.index(len + 1);
                replace(at, at, c.encode_utf8(&mut [0; 4]).as_bytes())
            }
            Mutation::Splice(at, n, span) => {
                let start = at.index(len + 1);
                replace(start, (start + n).min(len), span.as_bytes())
            }
            Mutation::Number(which, number) => {
                let spans = number_spans(text);
                match spans.get(which.index(spans.len().max(1))) {
                    Some(&(start, end)) => replace(start, end, number.as_bytes()),
                    None => bytes.to_vec(),
                }
            }
        };
        String::from_utf8_lossy(&mutated).into_owned()
    }
}

// ---------------------------------------------------------------------------------------------
// Structured answers files, and what the format's documentation says they hold.

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
fn answers_files() -> impl Strategy<Value = Value> {
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
fn documented_reading(file: &Value) -> Option<Answers> {
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

// ---------------------------------------------------------------------------------------------
// Properties.

/// Starts that take arbitrary text past the decoders' first checks.
const PREFIXES: &[&str] = &[
    "",
    "#",
    "cl1.",
    "#cl1.",
    "cl2.",
    "cl",
    "{",
    "[",
    r#"{"format":"careerlens-answers","version":1,"#,
    r#"{"format":"careerlens-assessment-state","version":1,"screen":0,"answers":"#,
    r#"{"schema_version":1,"part":"postings","occupations":"#,
    r#"{"schema_version":1,"riasec":[],"work_styles":[],"work_values":[],"isco_groups":{},"#,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn arbitrary_text_never_panics_a_decoder(
        prefix in select(PREFIXES),
        text in "(?s).{0,600}",
    ) {
        check_every_decoder(&format!("{prefix}{text}"))?;
    }

    #[test]
    fn arbitrary_bytes_never_panic_a_decoder(
        prefix in select(PREFIXES),
        bytes in prop::collection::vec(any::<u8>(), 0..1024),
    ) {
        check_every_decoder(&format!("{prefix}{}", String::from_utf8_lossy(&bytes)))?;
    }

    #[test]
    fn answers_files_read_as_their_format_documents(file in answers_files()) {
        let expected = documented_reading(&file);
        let text = file.to_string();
        prop_assert_eq!(check_answers_file(&text)?.ok(), expected.clone(), "{}", text);
        let pretty = serde_json::to_string_pretty(&file).unwrap();
        prop_assert_eq!(Answers::from_json(&pretty).ok(), expected.clone());
        // The same answers inside a saved state: read alike, or refused for them.
        let state = json!({
            "format": "careerlens-assessment-state", "version": 1, "screen": 2, "answers": file
        });
        match (check_saved_state(&state.to_string())?, expected) {
            (Ok(state), Some(answers)) => prop_assert_eq!(state.answers, answers),
            (Err(SavedStateError::Answers(_)), None) => {}
            (got, expected) => prop_assert!(false, "{got:?} where {expected:?}"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(800))]

    #[test]
    fn encoded_answers_decode_to_themselves(answers in valid_answers()) {
        let link = share::encode(&answers);
        prop_assert!(link.len() <= MAX_SHARE_LEN, "{}", link);
        prop_assert_eq!(share::decode(&link), Ok(answers.clone()));
        prop_assert_eq!(share::decode(&format!("#{link}")), Ok(answers.clone()));
        prop_assert_eq!(Answers::from_json(&answers.to_json()), Ok(answers.clone()));
    }

    #[test]
    fn saved_states_decode_to_themselves(state in valid_states()) {
        prop_assert_eq!(SavedState::from_json(&state.to_json()), Ok(state));
    }

    #[test]
    fn a_mutated_share_link_is_refused_or_read_as_its_answers(
        answers in valid_answers(),
        mutation in mutations(),
    ) {
        let link = share::encode(&answers);
        let mutated = mutation.apply(&link);
        let decoded = check_share(&mutated)?;
        match (&mutation, decoded) {
            // Only white space around the link or a leading '#' leave it readable.
            (_, Ok(read)) => prop_assert_eq!(read, answers),
            (Mutation::Truncate(_), Err(error)) if mutated.len() >= "cl1".len() => prop_assert!(
                matches!(error, ShareError::Truncated | ShareError::Damaged),
                "{mutated}: {error:?}"
            ),
            (_, Err(_)) => {}
        }
        if matches!(mutation, Mutation::FlipBit(..)) {
            prop_assert!(share::decode(&mutated).is_err(), "{}", mutated);
        }
    }

    #[test]
    fn a_mutated_answers_file_is_refused_or_read_as_valid_answers(
        answers in valid_answers(),
        mutation in mutations(),
    ) {
        let file = answers.to_json();
        let mutated = mutation.apply(&file);
        let decoded = check_answers_file(&mutated)?;
        match mutation {
            Mutation::Truncate(_) if mutated != file => prop_assert!(
                matches!(decoded, Err(AnswersError::NotJson { .. })),
                "{mutated}: {decoded:?}"
            ),
            // Every number of an answers file is its version, a rating or the job zone.
            Mutation::Number(..) if mutated != file => prop_assert!(
                decoded.is_err(),
                "{mutated}: {decoded:?}"
            ),
            _ => {}
        }
    }

    #[test]
    fn a_mutated_saved_state_is_refused_or_read_as_a_valid_state(
        state in valid_states(),
        mutation in mutations(),
    ) {
        let stored = state.to_json();
        let mutated = mutation.apply(&stored);
        let decoded = check_saved_state(&mutated)?;
        match mutation {
            Mutation::Truncate(_) if mutated != stored => {
                prop_assert_eq!(decoded, Err(SavedStateError::Damaged), "{}", mutated)
            }
            // Only the screen may take another number ("0" or "6").
            Mutation::Number(..) => {
                if let Ok(read) = decoded {
                    prop_assert_eq!(read.answers, state.answers);
                    prop_assert_eq!(read.finished, state.finished);
                }
            }
            _ => {}
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn a_mutated_occupation_detail_is_refused_or_read_without_panicking(mutation in mutations()) {
        let file = serde_json::to_string_pretty(&small_detail()).unwrap();
        let mutated = mutation.apply(&file);
        check_dataset(&mutated)?;
        if let Mutation::Truncate(_) = mutation {
            prop_assert_eq!(
                serde_json::from_str::<OccupationDetail>(&mutated).is_ok(),
                mutated == file
            );
        }
    }

    #[test]
    fn a_mutated_index_file_is_refused_by_name_or_read_whole(
        which in select(IndexPart::ALL.to_vec()),
        mutation in mutations(),
    ) {
        let files = index_files(&small_index());
        let (_, valid) = files.iter().find(|(part, _)| *part == which).unwrap();
        let mutated = mutation.apply(valid);
        check_read_index(read_index(&files, Some(which), &mutated), Some(which))?;
        if let (IndexPart::Core, Ok(core)) = (which, serde_json::from_str::<Index>(&mutated)) {
            // One change cannot take an occupation out of all four core columns.
            prop_assert_eq!(core.occupations.len(), 2, "{}", mutated);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Named hostile cases.

/// FNV-1a (32 bits) as seven base-36 digits: the check of a share link, written out again so a
/// test can forge a link whose check is right.
fn check_of(body: &str) -> String {
    let mut hash: u32 = 2_166_136_261;
    for byte in body.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(16_777_619);
    }
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = [b'0'; 7];
    for slot in out.iter_mut().rev() {
        *slot = digits[(hash % 36) as usize];
        hash /= 36;
    }
    String::from_utf8(out.to_vec()).unwrap()
}

/// A version-1 link with no ratings, job zone 3 and this `current`, with a right check.
fn forged_link(current: &str) -> String {
    let body = format!("cl1.{}3.{current}", "0".repeat(29));
    format!("{body}.{}", check_of(&body))
}

/// An answers file with these fields after its format and version.
fn answers_file(fields: &str) -> String {
    format!(r#"{{"format":"careerlens-answers","version":1{fields}}}"#)
}

fn refused(text: &str) -> AnswersError {
    Answers::from_json(text).expect_err(text)
}

/// Runs `decode` and checks it took less than [`QUICK`].
fn quickly<T>(decode: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let decoded = decode();
    let took = start.elapsed();
    assert!(took < QUICK, "took {took:?}");
    decoded
}

#[test]
fn a_ten_megabyte_share_fragment_is_refused_at_once() {
    let link = share::encode(&Answers::default());
    for fragment in [
        format!("{link}{}", "a".repeat(TEN_MB)),
        format!("#cl1.{}", "\u{e9}".repeat(TEN_MB / 2)),
        format!(
            "{}{link}{}",
            " x".repeat(TEN_MB / 4),
            " ".repeat(TEN_MB / 2)
        ),
    ] {
        let error = quickly(|| share::decode(&fragment)).unwrap_err();
        assert_eq!(error, ShareError::TooLong);
        assert_eq!(
            error.to_string(),
            "This link is far longer than a CareerLens share link, so it was not read."
        );
    }
    // Only the surrounding white space is long: the link inside is read.
    let padded = format!(
        "{}{link}{}",
        " ".repeat(TEN_MB / 2),
        "\n".repeat(TEN_MB / 2)
    );
    assert_eq!(quickly(|| share::decode(&padded)), Ok(Answers::default()));
}

#[test]
fn a_ten_megabyte_answers_file_or_saved_state_is_refused_before_parsing() {
    let one_answer = r#""r1":4,"#;
    let file = answers_file(&format!(
        r#","answers":{{{}"r2":5}}"#,
        one_answer.repeat(TEN_MB / one_answer.len())
    ));
    assert!(file.len() > TEN_MB);
    let error = quickly(|| Answers::from_json(&file)).unwrap_err();
    assert_eq!(error, AnswersError::TooLarge { bytes: file.len() });
    assert_eq!(
        error.to_string(),
        format!(
            "This file is {} bytes, far larger than a CareerLens answers file.",
            file.len()
        )
    );
    let garbage = "\u{0}".repeat(TEN_MB);
    assert_eq!(
        quickly(|| Answers::from_json(&garbage)),
        Err(AnswersError::TooLarge { bytes: TEN_MB })
    );
    let state = format!(
        r#"{{"format":"careerlens-assessment-state","version":1,"screen":0,"answers":{file}}}"#
    );
    let error = quickly(|| SavedState::from_json(&state)).unwrap_err();
    assert_eq!(error, SavedStateError::Damaged);
    assert_eq!(
        error.to_string(),
        "Your saved answers in this browser are damaged and cannot be read."
    );
    // The limit is the documented one: a file of exactly that size is parsed.
    let under = format!(
        "{}{}",
        answers_file(""),
        " ".repeat(MAX_ANSWERS_FILE_BYTES - answers_file("").len())
    );
    assert_eq!(Answers::from_json(&under), Ok(Answers::default()));
    let over = format!("{under} ");
    assert_eq!(
        Answers::from_json(&over),
        Err(AnswersError::TooLarge {
            bytes: MAX_ANSWERS_FILE_BYTES + 1
        })
    );
}

#[test]
fn deeply_nested_json_is_refused_without_exhausting_the_stack() {
    let deep = "[".repeat(100_000);
    assert_eq!(refused(&deep), AnswersError::TooLarge { bytes: 100_000 });
    assert_eq!(SavedState::from_json(&deep), Err(SavedStateError::Damaged));
    // Under the size limit, the JSON parser's nesting limit refuses it.
    let nested = answers_file(&format!(r#","answers":{}"#, "[".repeat(30_000)));
    match refused(&nested) {
        AnswersError::NotJson { reason } => {
            // serde_json stops at its limit of 128 levels, 127 brackets into "answers".
            assert_eq!(reason, "recursion limit exceeded at line 1 column 180");
        }
        other => panic!("{other:?}"),
    }
    let state = format!(
        r#"{{"format":"careerlens-assessment-state","version":1,"screen":0,"answers":{}}}"#,
        "{\"a\":".repeat(10_000)
    );
    assert_eq!(SavedState::from_json(&state), Err(SavedStateError::Damaged));

    let error = serde_json::from_str::<OccupationDetail>(&deep).unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid type: sequence, expected a string at line 1 column 1"
    );
    assert!(serde_json::from_str::<Index>(&deep).is_err());
    let files = index_files(&small_index());
    for part in IndexPart::ALL {
        let error = read_index(&files, Some(part), &deep).unwrap_err();
        assert!(error.starts_with(&format!("{}: ", part.file())), "{error}");
    }
    // Nesting in a field the dataset does not have is skipped without recursion: the detail
    // reads as it was.
    let detail = small_detail();
    let valid = serde_json::to_string(&detail).unwrap();
    let padded = format!(
        r#"{{"unknown":{}{}{}"#,
        "[".repeat(100_000),
        "]".repeat(100_000),
        valid.replacen('{', ",", 1)
    );
    assert_eq!(
        serde_json::from_str::<OccupationDetail>(&padded).unwrap(),
        detail
    );
}

#[test]
fn nan_negative_and_out_of_range_numbers_are_refused_by_name() {
    let not_json = |text: &str| match refused(text) {
        AnswersError::NotJson { reason } => reason,
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(
        not_json(&answers_file(r#","answers":{"r1":NaN}"#)),
        "expected value at line 1 column 60"
    );
    assert_eq!(
        not_json(&answers_file(r#","answers":{"r1":1e309}"#)),
        "number out of range at line 1 column 64"
    );
    for (value, quoted) in [
        ("-1", "-1"),
        ("0", "0"),
        ("-0", "-0.0"),
        ("6", "6"),
        ("4.0", "4.0"),
        // Beyond 64 bits, a float, quoted to 20 characters.
        ("18446744073709551616", "1.8446744073709552e+…"),
        ("-9223372036854775809", "-9.223372036854776e+…"),
        ("1e300", "1e+300"),
    ] {
        assert_eq!(
            refused(&answers_file(&format!(
                r#","answers":{{"ws-detail":{value}}}"#
            ))),
            AnswersError::OutOfRange {
                id: "ws-detail".into(),
                value: quoted.into()
            },
            "{value}"
        );
    }
    let error = refused(&answers_file(r#","answers":{"r1":-1}"#));
    assert_eq!(
        error.to_string(),
        "The answer to \"r1\" is -1; answers are whole numbers from 1 to 5."
    );
    let error = refused(&answers_file(r#","job_zone":-3"#));
    assert_eq!(error, AnswersError::BadJobZone { value: "-3".into() });
    assert_eq!(
        error.to_string(),
        "\"job_zone\" is -3; it must be a whole number from 1 to 5, or null."
    );
    assert_eq!(
        refused(&answers_file(r#","job_zone":1e300"#)),
        AnswersError::BadJobZone {
            value: "1e+300".into()
        }
    );

    // The saved state's screen is a whole number too; the app clamps it to its last screen.
    let state = |screen: &str| {
        SavedState::from_json(&format!(
            r#"{{"format":"careerlens-assessment-state","version":1,"screen":{screen},"answers":{}}}"#,
            answers_file("")
        ))
    };
    for screen in ["-1", "2.5", "1e309", "NaN", "\"3\"", "null"] {
        assert_eq!(state(screen), Err(SavedStateError::Damaged), "{screen}");
    }
    assert_eq!(state("18446744073709551615").unwrap().screen, usize::MAX);

    // Dataset numbers are typed: a negative count or a NaN does not read.
    let detail = serde_json::to_string(&small_detail()).unwrap();
    let with = |from: &str, to: &str| {
        assert!(detail.contains(from), "{from}");
        serde_json::from_str::<OccupationDetail>(&detail.replacen(from, to, 1))
            .unwrap_err()
            .to_string()
    };
    let negative = with(r#""technology_total":120"#, r#""technology_total":-120"#);
    assert!(
        negative.starts_with("invalid value: integer `-120`, expected u32"),
        "{negative}"
    );
    let nan = with(r#""similarity":0.42"#, r#""similarity":NaN"#);
    assert!(nan.starts_with("expected value"), "{nan}");
    let zone = with(r#""zone":5"#, r#""zone":256"#);
    assert!(
        zone.starts_with("invalid value: integer `256`, expected u8"),
        "{zone}"
    );
}

#[test]
fn an_unknown_format_version_is_named() {
    for version in [2, u64::MAX] {
        let error = refused(&format!(
            r#"{{"format":"careerlens-answers","version":{version}}}"#
        ));
        assert_eq!(error, AnswersError::UnknownVersion { version });
        assert_eq!(
            error.to_string(),
            format!("This answers file is version {version}; this CareerLens reads version 1.")
        );
    }
    let link = share::encode(&Answers::default());
    for newer in [
        link.replacen("cl1.", "cl2.", 1),
        link.replacen("cl1.", "cl99999999999999999999999.", 1),
    ] {
        let error = share::decode(&newer).unwrap_err();
        assert_eq!(error, ShareError::UnknownVersion);
        assert_eq!(
            error.to_string(),
            "This share link was made by a newer version of CareerLens and cannot be read here."
        );
    }
    let mut state: Value = serde_json::from_str(&SavedState::default().to_json()).unwrap();
    state["version"] = json!(2);
    let error = SavedState::from_json(&state.to_string()).unwrap_err();
    assert_eq!(error, SavedStateError::OtherVersion);
    assert_eq!(
        error.to_string(),
        "Your saved answers come from a different version of the assessment and cannot be used."
    );

    let files = index_files(&small_index());
    let core = &files[0].1;
    let newer_core = core.replacen(r#""schema_version":1"#, r#""schema_version":2"#, 1);
    assert_eq!(
        read_index(&files, Some(IndexPart::Core), &newer_core).unwrap_err(),
        "index/core.json: schema version 2 where 1 is read"
    );
    let huge_core = core.replacen(r#""schema_version":1"#, r#""schema_version":4294967296"#, 1);
    let error = read_index(&files, Some(IndexPart::Core), &huge_core).unwrap_err();
    assert!(
        error.starts_with(
            "index/core.json: invalid value: integer `4294967296`, expected u32 at line 1"
        ),
        "{error}"
    );
    let labels = &files
        .iter()
        .find(|(p, _)| *p == IndexPart::Labels)
        .unwrap()
        .1;
    let newer_labels = labels.replacen(r#""schema_version":1"#, r#""schema_version":2"#, 1);
    assert_eq!(
        read_index(&files, Some(IndexPart::Labels), &newer_labels).unwrap_err(),
        "index/labels.json: schema version 2 where 1 is read"
    );
}

#[test]
fn markup_in_strings_is_refused_or_kept_as_inert_text() {
    let markup = "<script>alert(1)</script>";
    let quoted = serde_json::to_string(markup).unwrap();

    // Answers files: markup is never a slug, an item id or the format.
    let error = refused(&answers_file(&format!(r#","current":{quoted}"#)));
    assert_eq!(
        error,
        AnswersError::BadCurrent {
            value: quoted.clone()
        }
    );
    assert_eq!(
        error.to_string(),
        "\"current\" is \"<script>alert(1)</script>\"; it must be an occupation slug such as \
         \"chief-ict-security-officer\", or null."
    );
    assert_eq!(
        refused(&answers_file(&format!(r#","answers":{{{quoted}:4}}"#))),
        AnswersError::UnknownItem { id: markup.into() }
    );
    assert_eq!(
        refused(&format!(r#"{{"format":{quoted},"version":1}}"#)),
        AnswersError::WrongFormat {
            found: Some(markup.into())
        }
    );
    // A long hostile value is quoted only in part.
    let long = format!("<img src=x onerror=alert(1)>{}", "A".repeat(1000));
    let error = refused(&answers_file(&format!(r#","answers":{{"{long}":4}}"#)));
    assert_eq!(
        error.to_string(),
        format!("\"{}…\" is not an item of the assessment.", &long[..40])
    );

    // The share link: a right check does not make markup a slug.
    assert_eq!(
        share::decode(&forged_link(markup)),
        Err(ShareError::Damaged)
    );
    assert_eq!(
        share::decode(&forged_link("chief-ict-security-officer"))
            .unwrap()
            .current
            .as_deref(),
        Some("chief-ict-security-officer")
    );

    // The saved state: markup as its format is not a saved state.
    let state = SavedState::default()
        .to_json()
        .replacen("careerlens-assessment-state", markup, 1);
    assert_eq!(SavedState::from_json(&state), Err(SavedStateError::Damaged));

    // The dataset: markup in a text field reads as exactly that text, escaped or not, to be
    // shown as text.
    let detail = serde_json::to_string(&small_detail()).unwrap();
    for spelled in [
        quoted.clone(),
        r#""\u003cscript\u003ealert(1)\u003c/script\u003e""#.to_owned(),
    ] {
        let read: OccupationDetail =
            serde_json::from_str(&detail.replacen(r#""chief ICT security officer""#, &spelled, 1))
                .unwrap();
        assert_eq!(read.title, markup);
    }
    let mut index = small_index();
    index.occupations[1].title = markup.into();
    index.occupations[1].alt_labels = vec![format!("\"{markup}\\")];
    let files = index_files(&index);
    let read = read_index(&files, Some(IndexPart::Ids), &files[1].1).unwrap();
    assert_eq!(read, index);
}

// Regression, found by `answers_files_read_as_their_format_documents` (shrunk to
// `"current": "a--0"`): the slug check let runs of hyphens through, though `is_slug` documents
// single hyphens and databuild never writes a slug with two in a row.
#[test]
fn a_slug_with_a_run_of_hyphens_is_refused() {
    for slug in ["a--0", "chief--officer", "a---b"] {
        assert_eq!(
            refused(&answers_file(&format!(r#","current":"{slug}""#))),
            AnswersError::BadCurrent {
                value: format!("\"{slug}\"")
            }
        );
        assert_eq!(share::decode(&forged_link(slug)), Err(ShareError::Damaged));
    }
    assert!(Answers::from_json(&answers_file(r#","current":"chief-officer""#)).is_ok());
}

// Regression, found while writing the hostile-number cases: a version that was there but not a
// whole number (-1, 1.5, "1") was refused as missing ("This answers file has no version
// number.").
#[test]
fn a_version_that_is_not_a_whole_number_is_named() {
    for (version, quoted) in [("-1", "-1"), ("1.5", "1.5"), (r#""1""#, r#""1""#)] {
        let error = refused(&format!(
            r#"{{"format":"careerlens-answers","version":{version}}}"#
        ));
        assert_eq!(
            error,
            AnswersError::BadVersion {
                value: quoted.into()
            }
        );
        assert_eq!(
            error.to_string(),
            format!("This answers file's version is {quoted}; this CareerLens reads version 1.")
        );
    }
    assert_eq!(
        refused(r#"{"format":"careerlens-answers","version":null}"#),
        AnswersError::MissingVersion
    );
}
