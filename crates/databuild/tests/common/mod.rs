//! Shared helpers: a writable copy of the hand-written fixture sources.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};

/// The fixture tree as committed (relations file in plain CSV, for readability).
pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/raw")
}

/// A temporary copy of the fixtures laid out like the real sources, with the relations file
/// gzipped as upstream ships it. Returns (guard, sources path).
pub fn sources() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dst = tmp.path().join("raw");
    copy_dir(&fixture_dir(), &dst);
    let rel = dst.join("esco-v1.1.1/relations/occupationSkillRelations.csv");
    let csv = std::fs::read(&rel).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&csv).unwrap();
    std::fs::write(rel.with_extension("csv.gz"), gz.finish().unwrap()).unwrap();
    std::fs::remove_file(rel).unwrap();
    (tmp, dst)
}

fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let to = dst.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), to).unwrap();
        }
    }
}

/// Replaces the first occurrence of `from` with `to` in the source file `rel`.
pub fn edit(sources: &Path, rel: &str, from: &str, to: &str) {
    let path = sources.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} does not contain {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// Every file under `dir`, as (relative path, bytes), sorted.
pub fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(root, &path, out);
        } else {
            let rel = path.strip_prefix(root).unwrap().display().to_string();
            out.push((rel, std::fs::read(&path).unwrap()));
        }
    }
}
