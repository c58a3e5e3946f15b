//! Reading the raw input files: checksums, gzip, and CSV/TSV records that know their position,
//! so every bad cell is reported with its file, line and column.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// The sources directory, plus the SHA-256 of every file read from it so far.
pub struct Sources {
    root: PathBuf,
    /// Relative path → lowercase hex SHA-256 of the file's bytes as stored.
    pub hashes: BTreeMap<String, String>,
}

/// How a table file is delimited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated, RFC 4180 quoting (ESCO and the crosswalks; fields may hold newlines).
    Csv,
    /// Tab-separated, no quoting at all (the O*NET export; a `"` is an ordinary character).
    Tsv,
    /// Tab-separated with CSV quoting (pandas' `to_csv(sep="\t")`, as in GPTs-are-GPTs: a
    /// field holding a `"` is quoted and the quote doubled).
    QuotedTsv,
}

impl Sources {
    /// Sources rooted at `root`.
    pub fn new(root: &Path) -> Self {
        Sources {
            root: root.to_path_buf(),
            hashes: BTreeMap::new(),
        }
    }

    /// Reads `rel`, records its checksum and, for `.gz` files, returns the decompressed bytes.
    pub fn read(&mut self, rel: &str) -> Result<Vec<u8>> {
        let bytes = std::fs::read(self.root.join(rel))
            .map_err(|e| Error::file(rel, format!("cannot read input file: {e}")))?;
        self.hashes
            .insert(rel.to_string(), format!("{:x}", Sha256::digest(&bytes)));
        if rel.ends_with(".gz") {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&bytes[..])
                .read_to_end(&mut out)
                .map_err(|e| Error::file(rel, format!("cannot decompress gzip: {e}")))?;
            Ok(out)
        } else {
            Ok(bytes)
        }
    }

    /// Reads and parses the table `rel`; every record must have as many fields as the header.
    pub fn table(&mut self, rel: &str, format: Format) -> Result<Table> {
        let bytes = self.read(rel)?;
        Table::parse(rel, &bytes, format)
    }
}

/// A parsed table: its header and its records with their starting line numbers.
pub struct Table {
    /// Input path, for messages.
    pub file: String,
    headers: Vec<String>,
    rows: Vec<(u64, csv::StringRecord)>,
}

/// A column of a [`Table`], found by name.
#[derive(Clone, Copy, Debug)]
pub struct Col {
    idx: usize,
    name: &'static str,
}

impl Table {
    /// Parses `bytes` as a table named `file`.
    pub fn parse(file: &str, bytes: &[u8], format: Format) -> Result<Table> {
        let mut builder = csv::ReaderBuilder::new();
        builder.has_headers(true).flexible(false);
        match format {
            Format::Csv => {}
            Format::Tsv => {
                builder.delimiter(b'\t').quoting(false);
            }
            Format::QuotedTsv => {
                builder.delimiter(b'\t');
            }
        }
        let mut reader = builder.from_reader(bytes);
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| csv_error(file, e))?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
            .collect();
        if headers.iter().all(|h| h.is_empty()) {
            return Err(Error::at_line(file, 1, "empty file or header"));
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| csv_error(file, e))?;
            let line = record.position().map_or(0, |p| p.line());
            rows.push((line, record));
        }
        Ok(Table {
            file: file.to_string(),
            headers,
            rows,
        })
    }

    /// The column called `name`, or an error naming the file and the column.
    pub fn col(&self, name: &'static str) -> Result<Col> {
        self.headers
            .iter()
            .position(|h| h == name)
            .map(|idx| Col { idx, name })
            .ok_or_else(|| Error {
                column_name: Some(name.to_string()),
                ..Error::at_line(&self.file, 1, "missing column in header")
            })
    }

    /// The records, in file order.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(|(line, rec)| Row {
            file: &self.file,
            line: *line,
            rec,
        })
    }

    /// Number of records (not lines).
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True if the table has no records.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// One record of a [`Table`].
pub struct Row<'a> {
    file: &'a str,
    /// 1-based line where the record starts.
    pub line: u64,
    rec: &'a csv::StringRecord,
}

impl Row<'_> {
    /// The raw cell (fields are never missing: record lengths are checked while parsing).
    pub fn get(&self, col: Col) -> &str {
        self.rec.get(col.idx).unwrap_or("")
    }

    /// The cell, trimmed; an error if it is empty.
    pub fn required(&self, col: Col) -> Result<&str> {
        let v = self.get(col).trim();
        if v.is_empty() {
            Err(self.error(col, "expected a value, got an empty cell"))
        } else {
            Ok(v)
        }
    }

    /// The cell as a finite number.
    pub fn number(&self, col: Col) -> Result<f64> {
        let raw = self.get(col).trim();
        match raw.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(v),
            _ => Err(self.error(col, format!("expected a number, got {raw:?}"))),
        }
    }

    /// An error about this record's cell in `col`.
    pub fn error(&self, col: Col, message: impl Into<String>) -> Error {
        Error::at_cell(self.file, self.line, col.idx + 1, col.name, message)
    }
}

fn csv_error(file: &str, err: csv::Error) -> Error {
    match err.kind() {
        csv::ErrorKind::UnequalLengths {
            pos,
            expected_len,
            len,
        } => {
            let line = pos.as_ref().map_or(0, |p| p.line());
            // The first column that is missing, or the first one too many.
            let column = (*len).min(*expected_len) as usize + 1;
            Error {
                column: Some(column),
                ..Error::at_line(
                    file,
                    line,
                    format!("malformed row: expected {expected_len} fields, found {len}"),
                )
            }
        }
        csv::ErrorKind::Utf8 { pos, err } => Error {
            column: Some(err.field() + 1),
            ..Error::at_line(
                file,
                pos.as_ref().map_or(0, |p| p.line()),
                "malformed row: invalid UTF-8",
            )
        },
        _ => Error::file(file, format!("malformed table: {err}")),
    }
}
