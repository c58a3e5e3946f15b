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
    assert!(report.contains("sizes: index/core.json"));

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
    // The scores computed by hand in tests/scores.rs, with one decimal.
    assert_eq!(
        lines[2],
        "http://data.europa.eu/esco/occupation/c1000000-0000-4000-8000-000000000001,\
         chief-ict-security-officer,chief ICT security officer,2529,4.5,46.4,47.9,60.6,58.9,\
         70.0,6.8"
    );
    // No AI data and no O*NET code: only the ESCO-based scores. Its one skill sits under no
    // S group, so human judgement is 0 and automation pressure 0 (physical 0 only):
    // resilience = 0.6·0 + 0.4·(1-0) = 40.
    assert_eq!(
        lines[3],
        "http://data.europa.eu/esco/occupation/d3000000-0000-4000-8000-000000000003,\
         dance-repetiteur,dance répétiteur,2653,,,40.0,,,0.0,0.0"
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

/// Builds the fixture dataset; returns (guard, dataset dir, sources dir).
fn built() -> (tempfile::TempDir, String, String) {
    let (tmp, sources) = common::sources();
    let data = tmp.path().join("data").to_str().unwrap().to_string();
    let sources = sources.to_str().unwrap().to_string();
    let o = databuild(&["build", "--sources", &sources, "--out", &data]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    (tmp, data, sources)
}

#[test]
fn export_similar_prints_ranked_neighbours() {
    let (_tmp, data, _) = built();
    let o = databuild(&["export", "similar", "--data", &data, "--top", "2"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let csv = String::from_utf8(o.stdout).unwrap();
    // Four occupations, skill ids 0-4. df: s0 2 (officer, director), s1 2 (officer,
    // biomedical), s2, s3, s4 1 → idf ln 2, ln 2, ln 4, ln 4, ln 4. Officer: s0 ln 2, s1 ln 2,
    // s2 0.5·ln 4 = ln 2. Director: s0 ln 2. Biomedical: s3 ln 4 = 2 ln 2, s1 0.5·ln 2.
    // officer~director = ln 2 / 3 ln 2 = 1/3; officer~biomedical = 0.5 ln 2 / (ln 2 + ln 2 +
    // ln 2 + 2 ln 2) = 0.1; biomedical~director share nothing; dance shares nothing.
    let uri = |u: &str| format!("http://data.europa.eu/esco/occupation/{u}");
    let (bio, ciso, director) = (
        uri("b2000000-0000-4000-8000-000000000002"),
        uri("c1000000-0000-4000-8000-000000000001"),
        uri("a4000000-0000-4000-8000-000000000004"),
    );
    let expected = [
        "origin_uri,rank,target_uri,score".to_string(),
        format!("{bio},1,{ciso},0.100000"),
        format!("{ciso},1,{director},0.333333"),
        format!("{ciso},2,{bio},0.100000"),
        format!("{director},1,{ciso},0.333333"),
    ];
    assert_eq!(csv.lines().collect::<Vec<_>>(), expected);

    let o = databuild(&["export", "similar", "--data", &data, "--top", "many"]);
    assert!(!o.status.success());
}

#[test]
fn validate_prints_coverage_correlations_and_isco_agreement() {
    let (_tmp, data, sources) = built();
    let o = databuild(&["validate", "--data", &data, "--sources", &sources]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8(o.stdout).unwrap();
    for line in [
        "  ai_exposure: 2 of 4",
        "  resilience: 4 of 4",
        "  analytical_ai: 2 of 4",
        "  ai_exposure basis: no_data 2, occupation_beta 1, task_labels 1",
        // Officer 46.4 vs biomedical 40.0. References: Eloundou beta 0.9 (15-1212.00) vs 0.3,
        // same order; Microsoft 0.2 vs 0.5, reversed; Anthropic 0.4 vs 0.1, same order.
        "  Eloundou et al. occupation beta (dv_rating_beta): 1.000 (n = 2)",
        "  Microsoft AI applicability score: -1.000 (n = 2)",
        "  Anthropic observed exposure: 1.000 (n = 2)",
        // Every fixture occupation is alone in its unit group.
        "top-10 similar roles include one from the same ISCO unit group: 0 of 4 occupations \
         (0.0 %); 0 occupations have another occupation in their unit group, 0.0 % of them",
    ] {
        assert!(out.lines().any(|l| l == line), "missing {line:?} in\n{out}");
    }
}

#[test]
fn export_of_a_missing_dataset_fails_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let o = databuild(&["export", "scores", "--data", tmp.path().to_str().unwrap()]);
    assert!(!o.status.success());
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(
        stderr.contains("cannot read") && stderr.contains("index/core.json"),
        "{stderr}"
    );
}
