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
    std::fs::write(out.join("manifest.json"), "old").unwrap();
    let err = databuild::build(sources, &out).unwrap_err();
    assert_eq!(
        std::fs::read_to_string(out.join("manifest.json")).unwrap(),
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

/// The error message of a build after one edit to one source file.
fn fail_after_edit(rel: &str, from: &str, to: &str) -> String {
    let (tmp, sources) = common::sources();
    common::edit(&sources, rel, from, to);
    fail(tmp.path(), &sources).to_string()
}

const LABELS: &str = "gpts-are-gpts/full_labelset.tsv";

#[test]
fn unknown_exposure_label_names_file_line_and_column() {
    // Task 903 is on line 4 (after the quoted task of line 3); gpt4_exposure is column 8.
    let err = fail_after_edit(LABELS, "Analysts\tE2\tE2\t", "Analysts\tE2\tE5\t");
    assert_eq!(
        err,
        format!(
            "{LABELS}:4:8: column 'gpt4_exposure': expected an exposure label E0-E3, got \"E5\""
        )
    );
}

#[test]
fn bad_task_id_and_automation_in_the_labels_are_reported() {
    let err = fail_after_edit(LABELS, "\t905.0\t", "\t90x.0\t");
    assert_eq!(
        err,
        format!("{LABELS}:5:3: column 'Task ID': expected a task id, got \"90x.0\"")
    );
    // Task 905 (line 5) is the one with gamma 0.0 and automation 0.25.
    let err = fail_after_edit(LABELS, "0.0\t0.25\tE0\n", "0.0\t1.25\tE0\n");
    assert_eq!(
        err,
        format!("{LABELS}:5:15: column 'automation': expected a number in 0-1, got 1.25")
    );
}

#[test]
fn bad_codes_and_values_in_the_occupation_level_sources_are_reported() {
    let file = "gpts-are-gpts/occ_level.csv";
    let err = fail_after_edit(file, "29-2011.00,", "29-2011,");
    assert_eq!(
        err,
        format!(
            "{file}:3:1: column 'O*NET-SOC Code': expected an O*NET-SOC code like 15-1252.00, got \"29-2011\""
        )
    );
    let file = "microsoft-working-with-ai/soc_ai_applicability_scores.csv";
    let err = fail_after_edit(file, "Analysts,0.3", "Analysts,high");
    assert_eq!(
        err,
        format!("{file}:3:3: column 'ai_applicability_score': expected a number, got \"high\"")
    );
    let file = "anthropic-economic-index/labor_market_impacts/job_exposure.csv";
    let err = fail_after_edit(file, "29-2011,", "15-1212,");
    assert_eq!(
        err,
        format!("{file}:3:1: column 'occ_code': duplicate SOC code")
    );
    let err = fail_after_edit(file, "15-1212,", "151212,");
    assert_eq!(
        err,
        format!("{file}:2:1: column 'occ_code': expected a SOC code like 15-1252, got \"151212\"")
    );
}

#[test]
fn task_activity_outside_the_dwa_reference_is_reported() {
    let file = "onet-29.3/tsv-from-xlsx/Tasks to DWAs.txt";
    let err = fail_after_edit(file, "4.A.1.a.2.I01.D01", "4.A.1.a.2.I01.D99");
    assert_eq!(
        err,
        format!(
            "{file}:5:5: column 'DWA ID': DWA \"4.A.1.a.2.I01.D99\" is not in \
             onet-29.3/tsv-from-xlsx/DWA Reference.txt"
        )
    );
}

#[test]
fn importance_outside_1_to_5_is_reported() {
    let file = "onet-29.3/tsv-from-xlsx/Knowledge.txt";
    let err = fail_after_edit(
        file,
        "Foreign Language\tIM\tImportance\t3\t",
        "Foreign Language\tIM\tImportance\t7\t",
    );
    assert_eq!(
        err,
        format!("{file}:4:7: column 'Data Value': expected an importance in 1-5, got 7")
    );
    let file = "onet-29.3/tsv-from-xlsx/Skills.txt";
    let err = fail_after_edit(file, "\tScale ID\t", "\tScale\t");
    assert_eq!(
        err,
        format!("{file}:1: column 'Scale ID': missing column in header")
    );
}

#[test]
fn collection_row_that_is_not_an_esco_concept_is_reported() {
    let file = "esco-v1.1.1/classification-en/researchOccupationsCollection_en.csv";
    let err = fail_after_edit(
        file,
        "http://data.europa.eu/esco/occupation/c1",
        "https://example.org/c1",
    );
    assert!(
        err.starts_with(&format!(
            "{file}:2:2: column 'conceptUri': expected a URI starting with http://data.europa.eu/esco/"
        )),
        "{err}"
    );
}

const WORK_ACTIVITIES: &str = "onet-28.2/tsv-from-xlsx/Work Activities.txt";
const ABILITIES: &str = "onet-30.0/tsv-from-parquet/Abilities.txt";

#[test]
fn a_missing_work_activities_or_abilities_file_is_named() {
    for file in [WORK_ACTIVITIES, ABILITIES] {
        let (tmp, sources) = common::sources();
        std::fs::remove_file(sources.join(file)).unwrap();
        let err = fail(tmp.path(), &sources);
        assert_eq!(err.file, file);
        assert!(
            err.to_string()
                .starts_with(&format!("{file}: cannot read input file:")),
            "{err}"
        );
    }
}

#[test]
fn a_malformed_work_activity_rating_names_file_line_and_column() {
    // Line 2 is 11-3021.00's Analyzing Data importance, 4.2; Data Value is the 7th column.
    let (tmp, sources) = common::sources();
    common::edit(
        &sources,
        WORK_ACTIVITIES,
        "Importance\t4.2\t",
        "Importance\t4,2\t",
    );
    let err = fail(tmp.path(), &sources);
    assert_eq!(
        err.to_string(),
        format!("{WORK_ACTIVITIES}:2:7: column 'Data Value': expected a number, got \"4,2\"")
    );
}

#[test]
fn an_ability_importance_out_of_range_or_a_bad_code_names_file_line_and_column() {
    // Line 4 is 15-1212.00's Manual Dexterity importance, 1.2.
    let (tmp, sources) = common::sources();
    common::edit(&sources, ABILITIES, "Importance\t1.2\t", "Importance\t7\t");
    let err = fail(tmp.path(), &sources);
    assert_eq!(
        err.to_string(),
        format!("{ABILITIES}:4:7: column 'Data Value': expected an importance in 1-5, got 7")
    );

    let (tmp, sources) = common::sources();
    common::edit(&sources, ABILITIES, "\n15-1212.00\t", "\n15-1212\t");
    let err = fail(tmp.path(), &sources);
    assert_eq!(
        err.to_string(),
        format!(
            "{ABILITIES}:2:1: column 'O*NET-SOC Code': expected an O*NET-SOC code like \
             15-1252.00, got \"15-1212\""
        )
    );
}

#[test]
fn a_missing_column_in_the_abilities_file_is_named() {
    let (tmp, sources) = common::sources();
    common::edit(&sources, ABILITIES, "\tScale ID\t", "\tScale\t");
    let err = fail(tmp.path(), &sources);
    assert_eq!(
        err.to_string(),
        format!("{ABILITIES}:1: column 'Scale ID': missing column in header")
    );
}
