//! The `databuild` command line: exit codes, error messages and the CSV exports.

mod common;

use std::process::Command;

fn databuild(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_databuild"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn bad_input_exits_non_zero_with_file_line_and_column() {
    let (tmp, sources) = common::sources();
    common::edit(
        &sources,
        "esco-v1.1.1/classification-en/occupations_en.csv",
        ",iscoGroup,",
        ",iscoGrp,",
    );
    let out = tmp.path().join("data");
    let o = databuild(&[
        "build",
        "--sources",
        sources.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert_eq!(
        stderr,
        "databuild: error: esco-v1.1.1/classification-en/occupations_en.csv:1: \
         column 'iscoGroup': missing column in header\n"
    );
    assert!(!out.exists());
}

#[test]
fn usage_error_exits_non_zero() {
    let o = databuild(&["frobnicate"]);
    assert!(!o.status.success());
    assert!(String::from_utf8(o.stderr).unwrap().contains("usage:"));
}

#[test]
fn build_then_export_prints_the_specified_csv() {
    let (tmp, sources) = common::sources();
    let data = tmp.path().join("data");
    let data = data.to_str().unwrap();
    let o = databuild(&[
        "build",
        "--sources",
        sources.to_str().unwrap(),
        "--out",
        data,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let report = String::from_utf8(o.stderr).unwrap();
    assert!(report.contains("O*NET coverage of 4 occupations: any_code 2, tasks 2,"));
    assert!(report.contains("sizes: index.json"));

    let o = databuild(&["export", "scores", "--data", data]);
    assert!(o.status.success());
    let csv = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "esco_uri,slug,title,isco_group,job_zone,ai_exposure,resilience,analytical_ai,\
         generative_ai,workflow_automation,physical_automation"
    );
    assert_eq!(lines.len(), 5);
    assert_eq!(
        lines[2],
        "http://data.europa.eu/esco/occupation/c1000000-0000-4000-8000-000000000001,\
         chief-ict-security-officer,chief ICT security officer,2529,4.5,,,,,,"
    );
    assert_eq!(
        lines[3],
        "http://data.europa.eu/esco/occupation/d3000000-0000-4000-8000-000000000003,\
         dance-repetiteur,dance répétiteur,2653,,,,,,,"
    );

    let o = databuild(&["export", "occupations", "--data", data]);
    assert!(o.status.success());
    let csv = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "esco_uri,slug,title,isco_group,category,n_essential,n_optional,onet_codes"
    );
    assert_eq!(
        lines[2],
        "http://data.europa.eu/esco/occupation/c1000000-0000-4000-8000-000000000001,\
         chief-ict-security-officer,chief ICT security officer,2529,Digital Technology,2,1,\
         11-3021.00;15-1212.00"
    );
    // A category with a comma is quoted.
    assert_eq!(
        lines[3],
        "http://data.europa.eu/esco/occupation/d3000000-0000-4000-8000-000000000003,\
         dance-repetiteur,dance répétiteur,2653,\"Arts, Culture & Media\",1,0,"
    );
}

#[test]
fn export_of_a_missing_dataset_fails_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let o = databuild(&["export", "scores", "--data", tmp.path().to_str().unwrap()]);
    assert!(!o.status.success());
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains("index.json: cannot read"), "{stderr}");
}
