//! The build on hand-written fixtures: parsing, joins, the crosswalk fallback, the quirks,
//! determinism and atomic output. Expected values are worked out by hand from the fixtures.

mod common;

use std::path::Path;

use careerlens_engine::model::{
    Index, IndexPart, Manifest, OccupationDetail, SCHEMA_VERSION, SkillDictionary, SkillKind,
};

fn read<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn build_fixture() -> (tempfile::TempDir, std::path::PathBuf, databuild::Report) {
    let (tmp, sources) = common::sources();
    let out = tmp.path().join("public/data");
    let report = databuild::build(&sources, &out).unwrap();
    (tmp, out, report)
}

#[test]
fn index_joins_occupations_skills_and_onet() {
    let (_tmp, out, _) = build_fixture();
    let index: Index = databuild::export::read_index(&out).unwrap();
    let titles: Vec<&str> = index.occupations.iter().map(|o| o.title.as_str()).collect();
    // Sorted by title, case-insensitively.
    assert_eq!(
        titles,
        [
            "biomedical scientist",
            "chief ICT security officer",
            "dance répétiteur",
            "technical director"
        ]
    );
    let ciso = &index.occupations[1];
    assert_eq!(ciso.id, "c1000000-0000-4000-8000-000000000001");
    assert_eq!(ciso.slug, "chief-ict-security-officer");
    assert_eq!(ciso.isco, "2529");
    assert_eq!(ciso.category, "Digital Technology");
    // Skill ids: used by two occupations (s1, s2) first, then by URI.
    assert_eq!(ciso.essential, [0, 1]);
    assert_eq!(ciso.optional, [2]);
    // "ciso" duplicates "CISO"; the last two alternatives add no new word.
    assert_eq!(
        ciso.alt_labels,
        ["CISO", "chief information security officer"]
    );
    assert_eq!(ciso.onet, ["11-3021.00", "15-1212.00"]);
    // Means of the two O*NET codes.
    assert_eq!(ciso.riasec, Some(vec![1.0, 5.0, 1.5, 2.5, 5.0, 4.5]));
    assert_eq!(index.work_styles, ["Integrity", "Analytical Thinking"]);
    assert_eq!(ciso.work_styles, Some(vec![4.25, 4.55]));
    assert_eq!(index.work_values, ["Achievement", "Independence"]);
    assert_eq!(ciso.work_values, Some(vec![6.0, 5.0]));
    assert_eq!(ciso.job_zone, Some(4.5));
    // The scores themselves are checked by hand in tests/scores.rs.
    assert!(ciso.scores.is_some());
    // One line per top-level field and per occupation column, so rebuilds diff by column. The
    // core: 6 header fields, "occupations", its 5 columns, then "fitted".
    let core = std::fs::read_to_string(out.join("index/core.json")).unwrap();
    assert_eq!(core.lines().count(), 13);
    assert!(core.lines().any(|l| l.starts_with(r#""fitted":{"#)));
    assert!(!core.contains(r#""ess":"#));
    // The postings: the schema version, the part, "occupations" and its 2 columns.
    let postings = std::fs::read_to_string(out.join("index/postings.json")).unwrap();
    assert_eq!(
        postings.lines().take(4).collect::<Vec<_>>(),
        [
            r#"{"schema_version":1,"#,
            r#""part":"postings","#,
            r#""occupations":{"#,
            r#""ess":[[3],[0,1],[4],[0]],"#
        ]
    );
    assert_eq!(postings.lines().count(), 5);

    let dance = &index.occupations[2];
    assert_eq!(dance.slug, "dance-repetiteur");
    assert_eq!(dance.category, "Arts, Culture & Media");
    assert!(dance.onet.is_empty() && dance.riasec.is_none() && dance.job_zone.is_none());

    // Listed as both optional and essential: kept as essential only.
    let director = &index.occupations[3];
    assert_eq!(
        (director.essential.as_slice(), director.optional.len()),
        (&[0][..], 0)
    );
    assert_eq!(
        index.isco_groups["2654"],
        "Film, stage and related directors and producers"
    );
}

#[test]
fn crosswalk_falls_back_to_label_when_esco_code_moved() {
    // The crosswalk has biomedical scientist as 3212.1; ESCO v1.1.1 has it as 2131.8.
    let (_tmp, out, report) = build_fixture();
    let index: Index = databuild::export::read_index(&out).unwrap();
    let bio = &index.occupations[0];
    assert_eq!(bio.onet, ["19-1029.00", "29-2011.00"]);
    // 19-1029.00 ("All Other") has no ratings, so the vectors are those of 29-2011.00 alone.
    assert_eq!(bio.riasec, Some(vec![3.0, 6.5, 1.5, 2.0, 1.0, 4.25]));
    assert_eq!(bio.job_zone, Some(4.0));
    assert!(report.lines.iter().any(|l| l.contains(
        "ESCO code 3212.1 not in v1.1.1, matched \"biomedical scientist\" by label (now 2131.8)"
    )));
    assert!(
        report
            .lines
            .iter()
            .any(|l| l.contains("dropped ESCO code 9999.1"))
    );
    let manifest: Manifest = read(&out.join("manifest.json"));
    assert_eq!(manifest.counts["crosswalk_label_fallback_codes"], 1);
    assert_eq!(manifest.counts["crosswalk_unmatched_codes"], 1);
    assert_eq!(manifest.counts["crosswalk_isco_only_rows"], 1);
    assert_eq!(manifest.counts["crosswalk_unknown_onet_rows"], 1);
    assert_eq!(manifest.counts["onet_coverage_any_code"], 2);
    assert_eq!(manifest.counts["onet_coverage_education"], 1);
}

#[test]
fn orphan_and_unknown_relations_are_dropped_and_reported() {
    let (_tmp, out, report) = build_fixture();
    assert!(report.lines.iter().any(|l| l.starts_with(
        "dropped 2 relation rows of occupation \
         http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e"
    )));
    assert!(
        report
            .lines
            .iter()
            .any(|l| l.contains("dropped 1 duplicate relation rows"))
    );
    let manifest: Manifest = read(&out.join("manifest.json"));
    assert_eq!(manifest.counts["esco_relation_rows"], 12);
    assert_eq!(manifest.counts["dropped_relations_unknown_occupation"], 2);
    assert_eq!(manifest.counts["dropped_relations_unknown_skill"], 1);
    assert_eq!(manifest.counts["dropped_relations_duplicate"], 1);
    // 12 rows - 2 orphan - 1 unknown skill - 1 duplicate - 1 optional duplicate of an essential.
    assert_eq!(manifest.counts["relations"], 7);
}

#[test]
fn skill_dictionary_has_types_reuse_and_group_paths() {
    let (_tmp, out, _) = build_fixture();
    let dict: SkillDictionary = read(&out.join("skills.json"));
    // Written, not defaulted: a reader of another release must see which schema this is.
    let text = std::fs::read_to_string(out.join("skills.json")).unwrap();
    assert!(text.starts_with(&format!("{{\"schema_version\":{SCHEMA_VERSION},")));
    let labels: Vec<&str> = dict.groups.iter().map(|g| g.label.as_str()).collect();
    // Groups ordered by URI: isced-f/06, then skill/a0.., a5.., b0...
    assert_eq!(
        labels,
        [
            "information and communication technologies (icts)",
            "skills",
            "working with computers",
            "knowledge"
        ]
    );
    assert_eq!(dict.skills.len(), 6);
    assert_eq!(dict.skills[0].label, "manage IT security compliances");
    assert_eq!(dict.skills[0].path, [1, 2]);
    assert_eq!(dict.skills[1].kind, Some(SkillKind::Knowledge));
    assert_eq!(dict.skills[1].path, [3, 0]);
    // "ICT safety": empty skillType and reuseLevel upstream; its broader concept is a skill,
    // so its path is that skill's path.
    assert_eq!(dict.skills[2].label, "ICT safety");
    assert_eq!((dict.skills[2].kind, dict.skills[2].reuse), (None, None));
    assert_eq!(dict.skills[2].path, [1, 2]);
    assert!(
        dict.skills
            .iter()
            .enumerate()
            .all(|(i, s)| s.id == i as u32)
    );
}

#[test]
fn detail_chunk_has_tasks_core_first_technology_and_education() {
    let (_tmp, out, _) = build_fixture();
    let d: OccupationDetail = read(&out.join("occupations/chief-ict-security-officer.json"));
    assert_eq!(
        d.isco_label,
        "Database and network professionals not elsewhere classified"
    );
    assert!(
        d.description
            .starts_with("Chief ICT security officers protect")
    );
    assert_eq!(d.alt_labels.len(), 4);
    let essential: Vec<&str> = d.essential.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        essential,
        ["cyber security", "manage IT security compliances"]
    );
    assert!(
        d.essential[0]
            .description
            .as_deref()
            .unwrap()
            .starts_with("The methods")
    );
    let analysts = &d.onet[1];
    assert_eq!(analysts.code, "15-1212.00");
    let tasks: Vec<(&str, bool)> = analysts
        .tasks
        .iter()
        .map(|t| (&t.text[..6], t.core))
        .collect();
    // Core tasks by task id (903, 905), then the supplemental one (901).
    assert_eq!(
        tasks,
        [("Encryp", true), ("Monito", true), ("Docume", false)]
    );
    assert_eq!(analysts.tasks_total, 3);
    let tech: Vec<(&str, bool, bool)> = d
        .technology
        .iter()
        .map(|t| (t.name.as_str(), t.hot, t.in_demand))
        .collect();
    // Python: hot for one code, in demand for the other.
    assert_eq!(
        tech,
        [
            ("Python", true, true),
            ("Splunk Enterprise", true, true),
            ("Microsoft Excel", false, false),
            ("Wireshark", false, false)
        ]
    );
    // Bachelor's: (60 + 30) / 2 = 45; Master's: (40 + 50) / 2 = 45; a tie goes to the lower.
    let edu = d.education.unwrap();
    assert_eq!(
        (edu.category, edu.label.as_str(), edu.percent),
        (6, "Bachelor's Degree", 45.0)
    );
    let zone = d.job_zone.unwrap();
    assert_eq!((zone.value, zone.zone), (4.5, 5));
    assert_eq!(zone.name, "Job Zone Five: Extensive Preparation Needed");
    assert_eq!(d.work_styles[1].name, "Analytical Thinking");
    assert_eq!(d.work_styles[1].value, 4.55);
}

#[test]
fn manifest_lists_every_input_with_its_sha256() {
    let (_tmp, out, _) = build_fixture();
    let manifest: Manifest = read(&out.join("manifest.json"));
    // 17 ESCO and O*NET files, 4 AI-exposure files, 4 more O*NET files (task activities,
    // skills, knowledge), 4 ESCO collections, O*NET 28.2 Work Activities and 30.0 Abilities,
    // and Nesta's crosswalk with the SOC 2010 to 2018 crosswalk it needs.
    assert_eq!(manifest.inputs.len(), 33);
    for file in [
        "onet-28.2/tsv-from-xlsx/Work Activities.txt",
        "onet-30.0/tsv-from-parquet/Abilities.txt",
        "nesta-mapping-career-causeways/esco_onet_crosswalk_Nov2020.csv",
    ] {
        assert!(manifest.inputs.contains_key(file), "{file}");
    }
    assert!(
        manifest
            .inputs
            .contains_key("gpts-are-gpts/full_labelset.tsv")
    );
    assert!(
        manifest
            .inputs
            .contains_key("esco-v1.1.1/classification-en/researchOccupationsCollection_en.csv")
    );
    let (tmp2, sources) = common::sources();
    let bytes = std::fs::read(sources.join("onet-29.3/tsv-from-xlsx/Job Zones.txt")).unwrap();
    use sha2::Digest;
    let expected = format!("{:x}", sha2::Sha256::digest(&bytes));
    assert_eq!(
        manifest.inputs["onet-29.3/tsv-from-xlsx/Job Zones.txt"],
        expected
    );
    drop(tmp2);
    let names: Vec<&str> = manifest.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names[..4],
        ["ESCO", "O*NET", "O*NET Work Activities", "O*NET Abilities"]
    );
    // The O*NET releases are named in their credit lines.
    for (source, release) in manifest.sources[1..4].iter().zip(["29.3", "28.2", "30.0"]) {
        assert!(
            source
                .attribution
                .contains(&format!("O*NET {release} Database")),
            "{}",
            source.name
        );
    }
    assert_eq!(names.len(), 9, "{names:?}");
    assert!(
        manifest.sources[0]
            .attribution
            .contains("ESCO classification")
    );
}

#[test]
fn two_builds_are_byte_identical() {
    let (tmp, sources) = common::sources();
    let a = tmp.path().join("a/data");
    let b = tmp.path().join("b/data");
    databuild::build(&sources, &a).unwrap();
    databuild::build(&sources, &b).unwrap();
    let (ta, tb) = (common::tree(&a), common::tree(&b));
    // The manifest, the skill dictionary, the index's parts and the 4 fixture chunks.
    assert_eq!(ta.len(), 2 + IndexPart::ALL.len() + 4);
    assert!(ta == tb, "two builds differ");
    // Rebuilding over an existing dataset replaces it and leaves no temporary directories.
    databuild::build(&sources, &a).unwrap();
    assert!(common::tree(&a) == tb);
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path().join("a"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["data"]);
}

#[test]
fn detail_chunk_has_one_line_per_top_level_field() {
    let (_tmp, out, _) = build_fixture();
    let text =
        std::fs::read_to_string(out.join("occupations/chief-ict-security-officer.json")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(text.ends_with("}\n"));
    assert_eq!((lines[0], lines[lines.len() - 1]), ("{", "}"));
    let fields = &lines[1..lines.len() - 1];
    // Each line is one `"key":value`: wrapped in braces it parses as a one-key object.
    let keys: Vec<String> = fields
        .iter()
        .map(|line| {
            let field = line.strip_suffix(',').unwrap_or(line);
            let one: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&format!("{{{field}}}")).unwrap();
            assert_eq!(one.len(), 1, "{line}");
            one.keys().next().unwrap().clone()
        })
        .collect();
    // In the struct's order; fields without a value (e.g. no `education`) are left out.
    assert_eq!(
        keys[..5],
        ["schema_version", "id", "slug", "title", "description"]
    );
    assert!(keys.contains(&"ai".to_string()));
    let whole: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(whole.len(), keys.len());
    let detail: OccupationDetail = serde_json::from_str(&text).unwrap();
    assert_eq!(detail.slug, "chief-ict-security-officer");
    assert_eq!(detail.schema_version, SCHEMA_VERSION);
}

#[test]
fn detail_chunk_carries_the_index_scores_and_the_similar_roles() {
    let (_tmp, out, _) = build_fixture();
    let index: Index = databuild::export::read_index(&out).unwrap();
    let chunk =
        |slug: &str| -> OccupationDetail { read(&out.join(format!("occupations/{slug}.json"))) };
    for o in &index.occupations {
        let d = chunk(&o.slug);
        assert!(d.scores.is_some(), "{} has no scores", o.slug);
        assert_eq!(d.scores, o.scores, "{}", o.slug);
        assert!(d.similar.len() <= 8);
        assert!(d.similar.iter().all(|r| r.slug != o.slug));
        assert!(
            d.similar
                .windows(2)
                .all(|w| w[0].similarity >= w[1].similarity)
        );
    }
    // By hand (as in cli.rs `export_similar_prints_ranked_neighbours`): officer~director = 1/3,
    // officer~biomedical = 0.1, and no other pair shares a skill. The skills to learn are the
    // target's essential skills the origin lists neither way. The fixture has no unit group
    // with two occupations, so no thresholds are fitted and no viability is given.
    let similar = |slug: &str| -> Vec<(String, f32, Vec<String>)> {
        chunk(slug)
            .similar
            .into_iter()
            .inspect(|r| assert_eq!(r.viability, None))
            .map(|r| (r.slug, r.similarity, r.skills_to_learn))
            .collect()
    };
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let officer = similar("chief-ict-security-officer");
    // Director's one essential skill the officer has; biomedical's "perform laboratory tests"
    // the officer lacks.
    assert_eq!(
        officer
            .iter()
            .map(|(s, _, learn)| (s.as_str(), learn.clone()))
            .collect::<Vec<_>>(),
        [
            ("technical-director", vec![]),
            (
                "biomedical-scientist",
                strings(&["perform laboratory tests"])
            )
        ]
    );
    assert!((officer[0].1 - 1.0 / 3.0).abs() < 1e-6);
    assert!((officer[1].1 - 0.1).abs() < 1e-6);
    // Biomedical lists "cyber security" as optional, so only the other essential is to learn.
    let bio = similar("biomedical-scientist");
    assert_eq!(bio.len(), 1);
    assert_eq!(
        (bio[0].0.as_str(), &bio[0].2),
        (
            "chief-ict-security-officer",
            &strings(&["manage IT security compliances"])
        )
    );
    let director = similar("technical-director");
    assert_eq!(director.len(), 1);
    assert_eq!(
        (director[0].0.as_str(), &director[0].2),
        ("chief-ict-security-officer", &strings(&["cyber security"]))
    );
    assert!(similar("dance-repetiteur").is_empty());
    let title = &chunk("technical-director").similar[0].title;
    assert_eq!(title, "chief ICT security officer");
}
