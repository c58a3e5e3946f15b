//! Writing the dataset: every file into a fresh temporary directory beside the output, then a
//! swap, so a failed build never leaves a partial dataset behind.

use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::Compression;
use flate2::write::GzEncoder;
use serde::Serialize;

use careerlens_engine::model::{Index, IndexPart};

use crate::build::{Dataset, Report};
use crate::error::{Error, Result};

/// Sizes measured while writing.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Sizes {
    /// Each index part's file (core first, as [`IndexPart::ALL`]): bytes and gzip -9 bytes.
    pub index_parts: Vec<(IndexPart, usize, usize)>,
    /// `skills.json` bytes.
    pub skills_raw: usize,
    /// `skills.json` gzip -9 bytes.
    pub skills_gzip: usize,
    /// Largest detail chunk, gzip -9 bytes, and its slug.
    pub largest_chunk_gzip: (usize, String),
    /// Sum of all detail chunks' raw bytes.
    pub chunks_raw_total: usize,
}

/// gzip -9 size of `bytes`.
pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().expect("writing to memory").len()
}

fn io_err(path: &Path, what: &str, e: std::io::Error) -> Error {
    Error::file(path.display().to_string(), format!("cannot {what}: {e}"))
}

/// Compact JSON with one array element per line after `},{"<first_key>":`, so that a rebuild
/// shows up in `git diff` as changed lines rather than one changed giant line. The marker
/// cannot occur inside a JSON string, where `"` is always escaped.
fn json_lines<T: Serialize>(value: &T, first_key: &str) -> Vec<u8> {
    let s = serde_json::to_string(value).expect("dataset types always serialize");
    let marker = format!("}},{{\"{first_key}\":");
    let mut out = s.replace(&marker, &format!("}},\n{{\"{first_key}\":"));
    out.push('\n');
    out.into_bytes()
}

/// `index/core.json` with each top-level field and each occupation column on its own line, so
/// a rebuild that changes one column (say, new scores) changes one line. Each marker below is
/// `],"<column>":[` or a top-level key, which cannot occur inside a JSON string.
fn index_lines(index: &Index) -> Vec<u8> {
    let s = serde_json::to_string(index).expect("index serializes");
    let mut s = column_lines(s, IndexPart::Core);
    for key in [
        "riasec",
        "work_styles",
        "work_values",
        "isco_groups",
        "categories",
    ] {
        s = s.replacen(&format!(",\"{key}\":"), &format!(",\n\"{key}\":"), 1);
    }
    s = s.replacen(",\"fitted\":{", ",\n\"fitted\":{", 1);
    s.push('\n');
    s.into_bytes()
}

/// A part's file beside the core, laid out like it: one line per top-level field and column.
fn part_lines(index: &Index, part: IndexPart) -> Vec<u8> {
    let s = serde_json::to_string(&index.part_file(part)).expect("index part serializes");
    let mut s = column_lines(s, part).replacen(",\"part\":", ",\n\"part\":", 1);
    s.push('\n');
    s.into_bytes()
}

/// Puts the `occupations` object and each of `part`'s columns on lines of their own.
fn column_lines(json: String, part: IndexPart) -> String {
    let mut s = json.replacen(",\"occupations\":{", ",\n\"occupations\":{\n", 1);
    for column in part.columns().iter().skip(1) {
        s = s.replacen(
            &format!("],\"{column}\":["),
            &format!("],\n\"{column}\":["),
            1,
        );
    }
    s
}

/// A compact JSON formatter that puts each key of the outermost object on a line of its own,
/// and the closing brace too. Nested values stay compact, so a detail chunk reads as one line
/// per top-level field and a rebuild that changes one field changes one line of `git diff`.
/// The layout is driven by the serializer's structure, not by text, so string contents
/// (braces, quotes, newlines, which JSON escapes anyway) cannot disturb it.
#[derive(Default)]
struct FieldLines {
    /// Objects and arrays currently open; 1 inside the outermost object.
    depth: usize,
}

impl serde_json::ser::Formatter for FieldLines {
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        writer.write_all(b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        if self.depth == 0 {
            writer.write_all(b"\n}")
        } else {
            writer.write_all(b"}")
        }
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        writer.write_all(b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        writer.write_all(b"]")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if !first {
            writer.write_all(b",")?;
        }
        if self.depth == 1 {
            writer.write_all(b"\n")?;
        }
        Ok(())
    }
}

/// `value` as JSON with one line per top-level field ([`FieldLines`]) and a final newline.
fn field_lines<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, FieldLines::default());
    value
        .serialize(&mut ser)
        .expect("dataset types always serialize");
    out.push(b'\n');
    out
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|e| io_err(path, "write", e))
}

/// Writes `data` to `out`, replacing any previous dataset there, and measures sizes.
pub fn write_dataset(out: &Path, data: &Dataset, report: &mut Report) -> Result<Sizes> {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "data".to_string());
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| io_err(&parent, "create directory", e))?;
    let pid = std::process::id();
    let tmp = parent.join(format!(".{name}.tmp-{pid}"));
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp).map_err(|e| io_err(&tmp, "remove", e))?;
    }
    let result = write_all(&tmp, data).and_then(|sizes| {
        swap(&tmp, out, &parent.join(format!(".{name}.old-{pid}")))?;
        Ok(sizes)
    });
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    let sizes = result?;
    let index_sizes: Vec<String> = sizes
        .index_parts
        .iter()
        .map(|(part, raw, gzip)| format!("{} {raw} bytes, {gzip} gzip", part.file()))
        .collect();
    report.lines.push(format!(
        "sizes: {}; skills.json {} bytes, {} gzip; {} detail chunks, \
         {} bytes in all, largest {} bytes gzip ({})",
        index_sizes.join("; "),
        sizes.skills_raw,
        sizes.skills_gzip,
        data.details.len(),
        sizes.chunks_raw_total,
        sizes.largest_chunk_gzip.0,
        sizes.largest_chunk_gzip.1
    ));
    Ok(sizes)
}

fn write_all(dir: &Path, data: &Dataset) -> Result<Sizes> {
    let chunks = dir.join("occupations");
    std::fs::create_dir_all(&chunks).map_err(|e| io_err(&chunks, "create directory", e))?;
    let mut sizes = Sizes::default();

    let mut manifest = serde_json::to_vec_pretty(&data.manifest).expect("manifest serializes");
    manifest.push(b'\n');
    write(&dir.join("manifest.json"), &manifest)?;

    let index_dir = dir.join("index");
    std::fs::create_dir_all(&index_dir).map_err(|e| io_err(&index_dir, "create directory", e))?;
    for part in IndexPart::ALL {
        let bytes = match part {
            IndexPart::Core => index_lines(&data.index),
            _ => part_lines(&data.index, part),
        };
        sizes
            .index_parts
            .push((part, bytes.len(), gzip_len(&bytes)));
        write(&dir.join(part.file()), &bytes)?;
    }

    let skills = json_lines(&data.skills, "id");
    sizes.skills_raw = skills.len();
    sizes.skills_gzip = gzip_len(&skills);
    write(&dir.join("skills.json"), &skills)?;

    for detail in &data.details {
        let bytes = field_lines(detail);
        let gz = gzip_len(&bytes);
        if gz > sizes.largest_chunk_gzip.0 {
            sizes.largest_chunk_gzip = (gz, detail.slug.clone());
        }
        sizes.chunks_raw_total += bytes.len();
        write(&chunks.join(format!("{}.json", detail.slug)), &bytes)?;
    }
    Ok(sizes)
}

/// Puts `tmp` in place of `out`: the old dataset is renamed away first and deleted last.
fn swap(tmp: &Path, out: &Path, old: &Path) -> Result<()> {
    if old.exists() {
        std::fs::remove_dir_all(old).map_err(|e| io_err(old, "remove", e))?;
    }
    let had_old = out.exists();
    if had_old {
        std::fs::rename(out, old).map_err(|e| io_err(out, "move away", e))?;
    }
    if let Err(e) = std::fs::rename(tmp, out) {
        if had_old {
            let _ = std::fs::rename(old, out);
        }
        return Err(io_err(out, "move the new dataset into place", e));
    }
    if had_old {
        std::fs::remove_dir_all(old).map_err(|e| io_err(old, "remove", e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    use super::field_lines;

    #[derive(Serialize)]
    struct Inner {
        text: String,
        list: Vec<u32>,
    }

    #[derive(Serialize)]
    struct Chunk {
        slug: String,
        tricky: String,
        nested: Inner,
        rows: Vec<Inner>,
        empty: Vec<u32>,
        none: Option<u32>,
    }

    fn chunk() -> Chunk {
        Chunk {
            slug: "a-b".to_string(),
            tricky: "a {\"b\":1}\n},\n\"c\":[".to_string(),
            nested: Inner {
                text: "x".to_string(),
                list: vec![1, 2],
            },
            rows: vec![
                Inner {
                    text: "{".to_string(),
                    list: vec![],
                },
                Inner {
                    text: "\"".to_string(),
                    list: vec![3],
                },
            ],
            empty: vec![],
            none: None,
        }
    }

    #[test]
    fn each_top_level_field_is_on_its_own_line() {
        let text = String::from_utf8(field_lines(&chunk())).unwrap();
        // Written out by hand: JSON escapes the quotes and the newlines inside `tricky`, and
        // only the outermost object's keys start a line.
        let expected = [
            "{",
            r#""slug":"a-b","#,
            r#""tricky":"a {\"b\":1}\n},\n\"c\":[","#,
            r#""nested":{"text":"x","list":[1,2]},"#,
            r#""rows":[{"text":"{","list":[]},{"text":"\"","list":[3]}],"#,
            r#""empty":[],"#,
            r#""none":null"#,
            "}",
        ];
        assert_eq!(text, expected.join("\n") + "\n");
    }

    #[test]
    fn the_layout_parses_back_to_the_compact_value() {
        let bytes = field_lines(&chunk());
        let parsed: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(parsed, serde_json::to_value(chunk()).unwrap());
        // Only whitespace between tokens differs from compact JSON.
        let compact = serde_json::to_vec(&chunk()).unwrap();
        let without_breaks: Vec<u8> = {
            let text = String::from_utf8(bytes).unwrap();
            text.lines().collect::<String>().into_bytes()
        };
        assert_eq!(without_breaks, compact);
    }
}
