//! The build's error type: every input problem names the file, the line and the column.

use std::fmt;

/// Where in which input file a problem is, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Input path relative to the sources directory (or an output path).
    pub file: String,
    /// 1-based line where the offending record starts, if known.
    pub line: Option<u64>,
    /// 1-based column (field) number, if known.
    pub column: Option<usize>,
    /// Column name, if known.
    pub column_name: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl Error {
    /// A problem with a whole file (cannot read it, cannot write it).
    pub fn file(file: impl Into<String>, message: impl Into<String>) -> Self {
        Error {
            file: file.into(),
            line: None,
            column: None,
            column_name: None,
            message: message.into(),
        }
    }

    /// A problem at a line, not tied to one column.
    pub fn at_line(file: impl Into<String>, line: u64, message: impl Into<String>) -> Self {
        Error {
            line: Some(line),
            ..Error::file(file, message)
        }
    }

    /// A problem with one cell.
    pub fn at_cell(
        file: impl Into<String>,
        line: u64,
        column: usize,
        column_name: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Error {
            line: Some(line),
            column: Some(column),
            column_name: Some(column_name.into()),
            ..Error::file(file, message)
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": ")?;
        if let Some(name) = &self.column_name {
            write!(f, "column '{name}': ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for Error {}

/// Result with the build's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
