//! `databuild`: turns the raw ESCO, O*NET and AI-exposure sources into the dataset CareerLens ships.

use std::path::PathBuf;
use std::process::ExitCode;

use databuild::export::{self, Export};

const USAGE: &str = "usage:
  databuild build --sources <raw data dir> --out <dataset dir>
  databuild export scores --data <dataset dir>
  databuild export occupations --data <dataset dir>
  databuild export similar --data <dataset dir> [--top <n, default 10>]
  databuild validate --data <dataset dir> --sources <raw data dir>";

/// Value of `--name` in `args`.
fn flag(args: &[String], name: &str) -> Option<PathBuf> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
}

fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("build") => {
            let (Some(sources), Some(out)) = (flag(args, "--sources"), flag(args, "--out")) else {
                return Err(format!("build needs --sources and --out\n{USAGE}"));
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
                Some("similar") => {
                    let top = match args.iter().position(|a| a == "--top") {
                        None => 10,
                        Some(i) => args
                            .get(i + 1)
                            .and_then(|n| n.parse::<usize>().ok())
                            .ok_or_else(|| format!("--top needs a whole number\n{USAGE}"))?,
                    };
                    Export::Similar { top }
                }
                _ => {
                    return Err(format!(
                        "export needs 'scores', 'occupations' or 'similar'\n{USAGE}"
                    ));
                }
            };
            let Some(data) = flag(args, "--data") else {
                return Err(format!("export needs --data\n{USAGE}"));
            };
            let index = export::read_index(&data).map_err(|e| e.to_string())?;
            export::export(&index, which, std::io::stdout().lock()).map_err(|e| e.to_string())
        }
        Some("validate") => {
            let (Some(data), Some(sources)) = (flag(args, "--data"), flag(args, "--sources"))
            else {
                return Err(format!("validate needs --data and --sources\n{USAGE}"));
            };
            let index = export::read_index(&data).map_err(|e| e.to_string())?;
            let ai = databuild::ai::load(&mut databuild::table::Sources::new(&sources))
                .map_err(|e| e.to_string())?;
            for line in databuild::validate::report(&index, &ai) {
                println!("{line}");
            }
            Ok(())
        }
        _ => Err(USAGE.to_string()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("databuild: error: {msg}");
            ExitCode::FAILURE
        }
    }
}
