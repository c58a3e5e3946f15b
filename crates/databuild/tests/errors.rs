//! Bad input stops the build with an error naming the file, the line and the column, and
//! leaves the output directory as it was.

mod common;

use std::path::Path;

const OCCUPATIONS: &str = "esco-v1.1.1/classification-en/occupations_en.csv";
const SKILLS: &str = "esco-v1.1.1/classification-en/skills_en.csv";

/// Builds from `sources` over an existing dataset and returns the error message; checks that
/// the old dataset survived and no temporary directory is left.
fn fail(tmp: &Path, sources: &Path) -> databuild::Error {
    let out = tmp.join("public/data");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("index.json"), "old").unwrap();
    let err = databuild::build(sources, &out).unwrap_err();
    assert_eq!(
        std::fs::read_to_string(out.join("index.json")).unwrap(),
        "old"
    );
    let entries: Vec<_> = std::fs::read_dir(tmp.join("public"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(entries, ["data"], "partial output left behind");
    err
}

#[test]
fn missing_file_names_the_file() {
    let (tmp, sources) = common::sources();
    std::fs::remove_file(sources.join("onet-29.3/tsv-from-xlsx/Job Zones.txt")).unwrap();
    let err = fail(tmp.path(), &sources);
    assert_eq!(err.file, "onet-29.3/tsv-from-xlsx/Job Zones.txt");
    assert!(
        err.to_string()
            .starts_with("onet-29.3/tsv-from-xlsx/Job Zones.txt: cannot read input file:"),
        "{err}"
    );
}

#[test]
fn missing_column_names_the_file_and_the_column() {
    let (tmp, sources) = common::sources();
    common::edit(&sources, OCCUPATIONS, ",iscoGroup,", ",iscoGrp,");
    let err = fail(tmp.path(), &sources);
    assert_eq!(
        err.to_string(),
        format!("{OCCUPATIONS}:1: column 'iscoGroup': missing column in header")
    );
}

#[test]
fn bad_number_names_file_line_and_column() {
    let (tmp, sources) = common::sources();
    let file = "onet-29.3/tsv-from-xlsx/Work Values.txt";
    common::edit(&sources, file, "Extent\t6.5\t", "Extent\tsix\t");
    let err = fail(tmp.path(), &sources);
    assert_eq!(
        err.to_string(),
        format!("{file}:2:7: column 'Data Value': expected a number, got \"six\"")
    );
}

#[test]
fn bad_code_after_quoted_newlines_reports_the_record_start_line() {
    // The first two records span lines 2-9 and 10-11 (quoted newlines), so "dance
    // répétiteur" starts on line 12; iscoGroup is the third column.
    let (tmp, sources) = common::sources();
    common::edit(&sources, OCCUPATIONS, ",2653,dance", ",26x3,dance");
    let err = fail(tmp.path(), &sources);
    assert_eq!(
        err.to_string(),
        format!(
            "{OCCUPATIONS}:12:3: column 'iscoGroup': expected a 4-digit ISCO code, got \"26x3\""
        )
    );
    assert_eq!((err.line, err.column), (Some(12), Some(3)));
}

#[test]
fn row_with_a_missing_field_is_malformed() {
    let (tmp, sources) = common::sources();
    common::edit(
        &sources,
        SKILLS,
        "sector-specific,dance,,,released",
        "sector-specific,dance,,released",
    );
    let err = fail(tmp.path(), &sources);
    assert_eq!(
        err.to_string(),
        format!("{SKILLS}:6:13: malformed row: expected 13 fields, found 12")
    );
}

#[test]
fn bad_flag_and_bad_relation_type_are_rejected() {
    let (tmp, sources) = common::sources();
    let file = "onet-29.3/tsv-from-xlsx/Technology Skills.txt";
    common::edit(&sources, file, "software\tN\tN", "software\tno\tN");
    let err = fail(tmp.path(), &sources);
    assert_eq!(
        err.to_string(),
        format!("{file}:2:6: column 'Hot Technology': expected \"Y\" or \"N\", got \"no\"")
    );

    let (tmp, sources) = common::sources();
    let rel = sources.join("esco-v1.1.1/relations/occupationSkillRelations.csv.gz");
    let mut text = String::new();
    std::io::Read::read_to_string(
        &mut flate2::read::GzDecoder::new(&std::fs::read(&rel).unwrap()[..]),
        &mut text,
    )
    .unwrap();
    let text = text.replacen(",optional,", ",sometimes,", 1);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, text.as_bytes()).unwrap();
    std::fs::write(&rel, gz.finish().unwrap()).unwrap();
    let err = fail(tmp.path(), &sources);
    assert_eq!(
        err.to_string(),
        "esco-v1.1.1/relations/occupationSkillRelations.csv.gz:4:2: column 'relationType': \
         expected \"essential\" or \"optional\", got \"sometimes\""
    );
}

#[test]
fn corrupt_gzip_names_the_file() {
    let (tmp, sources) = common::sources();
    let rel = "esco-v1.1.1/relations/occupationSkillRelations.csv.gz";
    std::fs::write(sources.join(rel), b"not gzip").unwrap();
    let err = fail(tmp.path(), &sources);
    assert!(
        err.to_string()
            .starts_with(&format!("{rel}: cannot decompress gzip")),
        "{err}"
    );
}
