//! The `databuild items` and `databuild fit` commands on the committed dataset: the item bank
//! as CSV, the ranking of an answers file, and the exit status 2 of a refused answers file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use careerlens_engine::assessment::{Answers, UserProfile};
use careerlens_engine::fit;
use careerlens_engine::model::Index;

fn databuild(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_databuild"))
        .args(args)
        .output()
        .unwrap()
}

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn data() -> String {
    data_dir().to_str().unwrap().to_string()
}

fn index() -> Index {
    databuild::export::read_index(&data_dir()).unwrap()
}

fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn items_prints_the_whole_item_bank_as_csv() {
    let csv = stdout(&databuild(&["items", "--data", &data()]));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "id,part,scale,text");
    assert_eq!(lines.len(), 1 + 60);
    assert_eq!(
        lines[1],
        "r1,interests,R,Repair a bicycle or a small engine"
    );
    // A text with a comma is quoted.
    assert_eq!(
        lines[3],
        "a1,interests,A,\"Design a poster, a logo or a book cover\""
    );
    assert!(
        lines.contains(&"ws-stress,work_styles,Stress Tolerance,I remain calm under pressure.")
    );
    assert!(
        lines.contains(&"wv-support-2,work_values,Support,An employer that treats people fairly")
    );
    assert_eq!(
        &lines[59..],
        [
            "job-zone,background,job_zone,\
             What is the highest level of education or work experience you have?",
            "current,background,current,What is your current or most recent occupation?",
        ]
    );
    // The work-style scales are spelt as the dataset spells them, in its order.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let styles: Vec<String> = reader
        .records()
        .map(Result::unwrap)
        .filter(|r| &r[1] == "work_styles")
        .map(|r| r[2].to_string())
        .collect();
    assert_eq!(styles, index().work_styles);
}

#[test]
fn items_refuses_a_dataset_with_other_scales() {
    let tmp = tempfile::tempdir().unwrap();
    let core = data_dir().join("index/core.json");
    let text = std::fs::read_to_string(&core).unwrap();
    let renamed = text.replacen("\"Stress Tolerance\"", "\"Composure\"", 1);
    assert_ne!(renamed, text);
    std::fs::create_dir(tmp.path().join("index")).unwrap();
    for part in careerlens_engine::model::IndexPart::EXTRA {
        std::fs::copy(data_dir().join(part.file()), tmp.path().join(part.file())).unwrap();
    }
    std::fs::write(tmp.path().join("index/core.json"), renamed).unwrap();
    let o = databuild(&["items", "--data", tmp.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(o.stderr).unwrap(),
        format!(
            "databuild: error: {}: the dataset's work styles are not the ones the assessment \
             asks about\n",
            tmp.path().join("index/core.json").display()
        )
    );
}

/// Writes `json` as an answers file in `dir`.
fn answers_file(dir: &Path, json: &str) -> String {
    let path = dir.join("answers.json");
    std::fs::write(&path, json).unwrap();
    path.to_str().unwrap().to_string()
}

/// Someone who likes every investigative activity and little else, analytical and
/// independent, with a doctorate.
const INVESTIGATIVE: &str = r#"{"format": "careerlens-answers", "version": 1,
  "answers": {"r1": 1, "r2": 2, "r3": 1, "r4": 1, "r5": 2,
              "i1": 5, "i2": 5, "i3": 5, "i4": 5, "i5": 5,
              "a1": 2, "a2": 1, "a3": 1, "a4": 2, "a5": 1,
              "s1": 1, "s2": 1, "s3": 1, "s4": 1, "s5": 2,
              "e1": 1, "e2": 1, "e3": 1, "e4": 1, "e5": 1,
              "c1": 2, "c2": 2, "c3": 1, "c4": 2, "c5": 1,
              "ws-analytical": 5, "ws-innovation": 5, "ws-independence": 5, "ws-social": 2,
              "wv-achievement-1": 5, "wv-independence-2": 5, "wv-recognition-2": 2},
  "job_zone": 5, "current": null}"#;

#[test]
fn fit_prints_the_engine_ranking_of_an_answers_file() {
    let tmp = tempfile::tempdir().unwrap();
    let file = answers_file(tmp.path(), INVESTIGATIVE);
    let csv = stdout(&databuild(&[
        "fit",
        "--data",
        &data(),
        "--answers",
        &file,
        "--top",
        "5",
    ]));

    let index = index();
    let answers = Answers::from_json(INVESTIGATIVE).unwrap();
    let ranked = fit::rank(&UserProfile::from_answers(&answers), &index);
    let expected: Vec<Vec<String>> = ranked
        .iter()
        .take(5)
        .enumerate()
        .map(|(i, r)| {
            let o = &index.occupations[r.occupation];
            vec![
                (i + 1).to_string(),
                o.esco_uri(),
                o.title.clone(),
                format!("{:.1}", r.fit.score),
            ]
        })
        .collect();
    assert_eq!(csv.lines().next(), Some("rank,esco_uri,title,fit"));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows, expected);

    // Read from the dataset: the best fit's strongest O*NET interest is Investigative.
    let first = &rows[0];
    let top = index
        .occupations
        .iter()
        .find(|o| o.esco_uri() == first[1])
        .unwrap();
    let riasec = top.riasec.as_deref().unwrap();
    let strongest = (0..6)
        .max_by(|&a, &b| riasec[a].total_cmp(&riasec[b]))
        .unwrap();
    assert_eq!(index.riasec[strongest], "Investigative", "{}", top.title);
    assert!(first[3].parse::<f64>().unwrap() > 80.0, "{:?}", first);

    // Twenty rows unless told otherwise.
    let csv = stdout(&databuild(&["fit", "--data", &data(), "--answers", &file]));
    assert_eq!(csv.lines().count(), 1 + 20);
}

#[test]
fn a_refused_answers_file_exits_2_with_the_decoders_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let file = |answers: &str| {
        format!(r#"{{"format":"careerlens-answers","version":1,"answers":{answers}}}"#)
    };
    for (json, reason) in [
        (
            file(r#"{"r9": 3}"#),
            "\"r9\" is not an item of the assessment.",
        ),
        (
            file(r#"{"r1": 6}"#),
            "The answer to \"r1\" is 6; answers are whole numbers from 1 to 5.",
        ),
        (
            file(r#"{"r1": 0}"#),
            "The answer to \"r1\" is 0; answers are whole numbers from 1 to 5.",
        ),
        (
            file(r#"{"r1": 2.5}"#),
            "The answer to \"r1\" is 2.5; answers are whole numbers from 1 to 5.",
        ),
        (
            r#"{"format":"careerlens-notes","version":1}"#.to_string(),
            "This is not a CareerLens answers file: its format is \"careerlens-notes\", not \
             \"careerlens-answers\".",
        ),
        (
            r#"{"format":"careerlens-answers","version":2,"answers":{}}"#.to_string(),
            "This answers file is version 2; this CareerLens reads version 1.",
        ),
    ] {
        let path = answers_file(tmp.path(), &json);
        let o = databuild(&["fit", "--data", &data(), "--answers", &path]);
        assert_eq!(o.status.code(), Some(2), "{json}");
        assert_eq!(
            String::from_utf8(o.stderr).unwrap(),
            format!("databuild: error: {path}: {reason}\n")
        );
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn usage_and_io_errors_of_fit_exit_1() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("none.json");
    let o = databuild(&[
        "fit",
        "--data",
        &data(),
        "--answers",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains("none.json: cannot read"), "{stderr}");

    let o = databuild(&["fit", "--data", &data()]);
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(
        stderr.contains("fit needs --data and --answers"),
        "{stderr}"
    );
    assert!(stderr.contains("databuild fit --data <dataset dir> --answers <answers file>"));

    let file = answers_file(tmp.path(), INVESTIGATIVE);
    let o = databuild(&["fit", "--data", &data(), "--answers", &file, "--top", "x"]);
    assert_eq!(o.status.code(), Some(1));
}
