//! `databuild`: turns the raw ESCO, O*NET and AI-exposure sources into the dataset CareerLens ships.

fn main() {
    eprintln!("databuild: not built yet");
    std::process::exit(2);
}
