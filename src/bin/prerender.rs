//! The site build's prerender step: renders the home, browse, assessment and methodology pages
//! and every occupation's profile to complete HTML with the app's own components (Leptos's
//! `ssr` feature), so each page shows, and reads, before any wasm runs; the app then hydrates
//! it (`careerlens::hydration`).
//!
//! Usage: `prerender --dist DIST --origin ORIGIN`, after `trunk build`. It reads the page trunk
//! wrote (`DIST/index.html`) and the dataset in `DIST/data`, keeps trunk's page as `app.html`
//! (what a host serves for any other address), and writes `index.html`, `browse/index.html`,
//! `assessment/index.html`, `methodology/index.html` and `occupation/<slug>/index.html`. The
//! same dataset always gives the same bytes.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use careerlens::data::{LoadedIndex, Preloaded};
use careerlens::prerender::{PageFrame, SHELL_FILE};
use careerlens_engine::model::{
    Index, IndexPart, Manifest, OccupationDetail, SkillDictionary, Versioned,
};
use serde::de::DeserializeOwned;

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(written) => {
            println!("prerender: wrote {written} pages");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<usize, String> {
    let (dist, origin) = parse_args(&args)?;
    let data = dist.join("data");
    let frame = PageFrame::new(read_text(&dist.join("index.html"))?)?;
    write(&dist.join(SHELL_FILE), frame.shell())?;

    let loaded = Arc::new(LoadedIndex::new(read_index(&data)?));
    let skills: Arc<SkillDictionary> = Arc::new(read_json(&data.join("skills.json"))?);
    let manifest: Arc<Manifest> = Arc::new(read_json(&data.join("manifest.json"))?);
    let preloaded = |details| Preloaded {
        index: loaded.clone(),
        skills: skills.clone(),
        manifest: manifest.clone(),
        details,
    };

    careerlens::prerender::init();
    let mut written = 0;
    for (path, file) in [
        ("/", "index.html"),
        ("/browse", "browse/index.html"),
        ("/assessment", "assessment/index.html"),
        ("/methodology", "methodology/index.html"),
    ] {
        write(
            &dist.join(file),
            &frame.render(path, &origin, preloaded(Vec::new())),
        )?;
        written += 1;
    }
    for occupation in &loaded.index.occupations {
        let chunk = data
            .join("occupations")
            .join(format!("{}.json", occupation.slug));
        let detail: OccupationDetail = read_json(&chunk)?;
        let path = format!("/occupation/{}", occupation.slug);
        let html = frame.render(&path, &origin, preloaded(vec![Arc::new(detail)]));
        write(
            &dist
                .join("occupation")
                .join(&occupation.slug)
                .join("index.html"),
            &html,
        )?;
        written += 1;
    }
    Ok(written)
}

/// The whole index: a prerendered page shows every part a view may ask for.
fn read_index(data: &Path) -> Result<Index, String> {
    Index::read_parts(&IndexPart::EXTRA, |part| read_text(&data.join(part.file())))
        .map_err(|message| format!("the index in {}: {message}", data.display()))
}

fn parse_args(args: &[String]) -> Result<(PathBuf, String), String> {
    let usage = "usage: prerender --dist DIST --origin ORIGIN";
    let mut dist = None;
    let mut origin = None;
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(usage)?;
        match flag.as_str() {
            "--dist" => dist = Some(PathBuf::from(value)),
            "--origin" => origin = Some(value.trim_end_matches('/').to_owned()),
            _ => return Err(usage.to_owned()),
        }
    }
    Ok((dist.ok_or(usage)?, origin.ok_or(usage)?))
}

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|error| format!("cannot read {}: {error}", path.display()))
}

/// The dataset file at `path`, which must be of the schema this build reads.
fn read_json<T: DeserializeOwned + Versioned>(path: &Path) -> Result<T, String> {
    let file: T = serde_json::from_str(&read_text(path)?)
        .map_err(|error| format!("{} is not valid data: {error}", path.display()))?;
    file.check_version()
        .map_err(|error| format!("{}: {error}", path.display()))?;
    Ok(file)
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
    }
    fs::write(path, contents).map_err(|error| format!("cannot write {}: {error}", path.display()))
}
