//! `new-article <article.txt> <content-dir> [--force]`: proposes a whole content folder from an
//! article as the paper gives it (see `src/proposer`), writes it, and checks it as
//! `content-check --draft` does. Exit 0 when the draft folder builds, 1 when the check finds
//! problems (printed one a line) or the folder is not empty, 2 on a usage error.
//! `scripts/new-article.sh` runs it.

use hengyang_infographic::proposer;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let force = args.iter().any(|a| a == "--force");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let ([article, dir], true) = (
        paths.as_slice(),
        args.iter().all(|a| a == "--force" || !a.starts_with("--")),
    ) else {
        eprintln!("usage: new-article <article.txt> <content-dir> [--force]");
        return ExitCode::from(2);
    };
    let raw = match std::fs::read_to_string(article.as_str()) {
        Ok(raw) => raw,
        Err(e) => {
            eprintln!("{article}: {e}");
            return ExitCode::from(2);
        }
    };
    let proposal = proposer::propose(&raw);
    match proposer::write_folder(&proposal, Path::new(dir.as_str()), force) {
        Ok(()) => {
            let drafts = proposal.plain.iter().filter(|p| p.draft).count();
            // Written so that a closed pipe (`| head`) is no panic.
            let mut out = std::io::stdout();
            let _ = writeln!(
                out,
                "{dir}: {} figures, {} charts, {} numerals left plain ({drafts} of them guesses) \
                 proposed; every figure and chart is marked draft = true.",
                proposal.figures.len(),
                proposal.charts.len(),
                proposal.plain.len(),
            );
            let _ = writeln!(
                out,
                "Next: check each draft entry against the article, then \
                 `scripts/build.sh --content {dir} --draft` to see the page."
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprint!("{e}");
            if !e.to_string().ends_with('\n') {
                eprintln!();
            }
            ExitCode::from(1)
        }
    }
}
