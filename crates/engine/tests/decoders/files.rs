//! Small valid dataset files: an index of two occupations (one with scores, one without) and the
//! core and part files databuild would write for it, and the detail file of one occupation with
//! every optional field filled in. The properties mutate them and the named cases edit them.

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

pub(crate) fn small_index() -> Index {
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
pub(crate) fn index_files(index: &Index) -> Vec<(IndexPart, String)> {
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

pub(crate) fn small_detail() -> OccupationDetail {
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
        schema_version: SCHEMA_VERSION,
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
