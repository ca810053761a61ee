//! `content-check [--draft] DIR`: reads and validates a content folder exactly as the build
//! does (the same `src/content` code), and prints its problems alone, one per line, as
//! `file:line: entry: problem`. Exit 0 when the folder builds, 1 when it does not, 2 on a
//! usage error. `scripts/build.sh` runs it before compiling anything.

#[path = "../../src/model.rs"]
#[allow(dead_code)]
mod model;

#[path = "../../src/content/mod.rs"]
#[allow(dead_code)]
mod content;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let draft = args.iter().any(|a| a == "--draft");
    let dirs: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let ([dir], true) = (
        dirs.as_slice(),
        args.iter().all(|a| a == "--draft" || !a.starts_with("--")),
    ) else {
        eprintln!("usage: content-check [--draft] CONTENT_DIR");
        return ExitCode::from(2);
    };
    match content::folder::load(Path::new(dir.as_str()), draft) {
        Ok(folder) => {
            let a = &folder.content.article;
            println!(
                "{dir}: {} figures, {} charts, {} numerals left plain",
                a.figures.len(),
                a.charts.len(),
                folder.content.not_statistics.len(),
            );
            if !folder.drafts.is_empty() {
                println!(
                    "{} entries still to check (draft = true):",
                    folder.drafts.len()
                );
                for d in &folder.drafts {
                    println!("{d}");
                }
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            eprintln!(
                "{dir}: {} problem(s) to fix before it builds:",
                problems.len()
            );
            for p in problems {
                eprintln!("{p}");
            }
            ExitCode::FAILURE
        }
    }
}
