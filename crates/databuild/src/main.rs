//! `databuild`: turns the raw ESCO, O*NET and AI-exposure sources into the dataset CareerLens ships.

use std::path::PathBuf;
use std::process::ExitCode;

use databuild::assess::{self, AnswersFileError};
use databuild::export::{self, Export};

const USAGE: &str = "usage:
  databuild build --sources <raw data dir> --out <dataset dir>
  databuild export scores --data <dataset dir>
  databuild export occupations --data <dataset dir>
  databuild export similar --data <dataset dir> [--top <n, default 10>]
  databuild validate --data <dataset dir> --sources <raw data dir>
  databuild site --data <dataset dir> --out <site dir> --origin <https://host>
  databuild items --data <dataset dir>
  databuild fit --data <dataset dir> --answers <answers file> [--top <n, default 20>]";

/// Exit status of an answers file the decoder refused: the input is wrong, not the command.
const REFUSED_ANSWERS: u8 = 2;

/// Why a command failed, and the exit status that tells the caller which kind of failure.
struct Failure {
    status: u8,
    message: String,
}

impl From<String> for Failure {
    /// Usage, I/O and dataset errors: status 1.
    fn from(message: String) -> Self {
        Failure { status: 1, message }
    }
}

/// Value of `--name` in `args`.
fn flag(args: &[String], name: &str) -> Option<PathBuf> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
}

/// Value of `--top`, or `default` when absent.
fn top(args: &[String], default: usize) -> Result<usize, String> {
    match args.iter().position(|a| a == "--top") {
        None => Ok(default),
        Some(i) => args
            .get(i + 1)
            .and_then(|n| n.parse::<usize>().ok())
            .ok_or_else(|| format!("--top needs a whole number\n{USAGE}")),
    }
}

fn run(args: &[String]) -> Result<(), Failure> {
    match args.first().map(String::as_str) {
        Some("build") => {
            let (Some(sources), Some(out)) = (flag(args, "--sources"), flag(args, "--out")) else {
                return Err(format!("build needs --sources and --out\n{USAGE}").into());
            };
            let report = databuild::build(&sources, &out).map_err(|e| e.to_string())?;
            for line in &report.lines {
                eprintln!("{line}");
            }
            eprintln!("wrote {}", out.display());
            Ok(())
        }
        Some("export") => {
            let which = match args.get(1).map(String::as_str) {
                Some("scores") => Export::Scores,
                Some("occupations") => Export::Occupations,
                Some("similar") => Export::Similar {
                    top: top(args, 10)?,
                },
                _ => {
                    return Err(format!(
                        "export needs 'scores', 'occupations' or 'similar'\n{USAGE}"
                    )
                    .into());
                }
            };
            let Some(data) = flag(args, "--data") else {
                return Err(format!("export needs --data\n{USAGE}").into());
            };
            let index = export::read_index(&data).map_err(|e| e.to_string())?;
            export::export(&index, which, std::io::stdout().lock()).map_err(|e| e.to_string())?;
            Ok(())
        }
        Some("validate") => {
            let (Some(data), Some(sources)) = (flag(args, "--data"), flag(args, "--sources"))
            else {
                return Err(format!("validate needs --data and --sources\n{USAGE}").into());
            };
            let index = export::read_index(&data).map_err(|e| e.to_string())?;
            let mut src = databuild::table::Sources::new(&sources);
            let ai = databuild::ai::load(&mut src).map_err(|e| e.to_string())?;
            let activities =
                databuild::onet::load_work_activities(&mut src).map_err(|e| e.to_string())?;
            for line in databuild::validate::report(&index, &ai, &activities) {
                println!("{line}");
            }
            Ok(())
        }
        Some("site") => {
            let (Some(data), Some(out), Some(origin)) = (
                flag(args, "--data"),
                flag(args, "--out"),
                args.iter()
                    .position(|a| a == "--origin")
                    .and_then(|i| args.get(i + 1)),
            ) else {
                return Err(format!("site needs --data, --out and --origin\n{USAGE}").into());
            };
            let index = export::read_index(&data).map_err(|e| e.to_string())?;
            let n = databuild::site::write(&index, origin, &out).map_err(|e| e.to_string())?;
            eprintln!(
                "wrote sitemap.xml, robots.txt and {n} oEmbed files to {}",
                out.display()
            );
            Ok(())
        }
        Some("items") => {
            let Some(data) = flag(args, "--data") else {
                return Err(format!("items needs --data\n{USAGE}").into());
            };
            let index = export::read_index(&data).map_err(|e| e.to_string())?;
            assess::check_scales(&index, &data).map_err(|e| e.to_string())?;
            assess::write_items(std::io::stdout().lock()).map_err(|e| e.to_string())?;
            Ok(())
        }
        Some("fit") => {
            let (Some(data), Some(answers)) = (flag(args, "--data"), flag(args, "--answers"))
            else {
                return Err(format!("fit needs --data and --answers\n{USAGE}").into());
            };
            let top = top(args, 20)?;
            let answers = assess::read_answers(&answers).map_err(|e| match e {
                AnswersFileError::Refused(e) => Failure {
                    status: REFUSED_ANSWERS,
                    message: e.to_string(),
                },
                AnswersFileError::Unreadable(e) => e.to_string().into(),
            })?;
            let index = export::read_index(&data).map_err(|e| e.to_string())?;
            assess::check_scales(&index, &data).map_err(|e| e.to_string())?;
            assess::write_fit(&index, &answers, top, std::io::stdout().lock())
                .map_err(|e| e.to_string())?;
            Ok(())
        }
        _ => Err(USAGE.to_string().into()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure { status, message }) => {
            eprintln!("databuild: error: {message}");
            ExitCode::from(status)
        }
    }
}
