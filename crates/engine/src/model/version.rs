//! Which release wrote a file: every file of the dataset carries the [`SCHEMA_VERSION`] of the
//! build that wrote it, so a reader of another release refuses it instead of misreading it.

use super::{Index, IndexPartFile, Manifest, OccupationDetail, SCHEMA_VERSION, SkillDictionary};

/// The schema version of the detail chunks and the skill dictionary written before those files
/// carried one: they are of the first schema.
pub(super) fn unversioned() -> u32 {
    1
}

/// A dataset file with the schema version of the build that wrote it.
pub trait Versioned {
    /// The [`SCHEMA_VERSION`] the file was written with.
    fn schema_version(&self) -> u32;

    /// Whether this build reads the file: it was written with this build's [`SCHEMA_VERSION`].
    /// A file of another version belongs to another release, so a reader asks for a reload
    /// rather than a retry.
    fn check_version(&self) -> Result<(), String> {
        match self.schema_version() {
            SCHEMA_VERSION => Ok(()),
            other => Err(format!(
                "schema version {other} where {SCHEMA_VERSION} is read"
            )),
        }
    }
}

macro_rules! versioned {
    ($($file:ty),*) => {$(
        impl Versioned for $file {
            fn schema_version(&self) -> u32 {
                self.schema_version
            }
        }
    )*};
}

versioned!(
    Index,
    IndexPartFile,
    Manifest,
    OccupationDetail,
    SkillDictionary
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_another_version_is_refused_with_both_versions_named() {
        let mut manifest = Manifest {
            schema_version: SCHEMA_VERSION,
            sources: Vec::new(),
            inputs: Default::default(),
            counts: Default::default(),
        };
        assert_eq!(manifest.check_version(), Ok(()));
        manifest.schema_version = SCHEMA_VERSION + 1;
        let refusal = manifest.check_version().unwrap_err();
        assert!(refusal.contains(&format!("schema version {}", SCHEMA_VERSION + 1)));
        assert!(refusal.contains(&format!("where {SCHEMA_VERSION} is read")));
    }

    #[test]
    fn chunks_and_skills_written_before_they_carried_a_version_are_of_the_first_schema() {
        let skills: SkillDictionary = serde_json::from_str(r#"{"groups":[],"skills":[]}"#).unwrap();
        assert_eq!(skills.schema_version, 1);
        let versioned: SkillDictionary =
            serde_json::from_str(r#"{"schema_version":7,"groups":[],"skills":[]}"#).unwrap();
        assert_eq!(
            versioned.check_version().unwrap_err(),
            format!("schema version 7 where {SCHEMA_VERSION} is read")
        );
    }
}
