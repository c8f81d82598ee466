use std::process::ExitCode;

use xtask::{Codegen, USAGE, workspace_root};

// Generation allocates and frees many small token trees and strings from several threads, which
// the system allocator serves slowly: mimalloc makes a large spec's generation about a fifth
// faster. Without transparent huge pages (`no_thp`), which it would otherwise ask the kernel for,
// it also stays near the system allocator's peak memory rather than half as much again above it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("codegen") => run_codegen(args),
        Some("corpus") => run_corpus(args),
        Some("bench") => run_bench(args),
        Some("fastapi-spec") => run_fastapi_spec(),
        Some("semver") => run_semver(args),
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run_codegen(args: impl Iterator<Item = String>) -> ExitCode {
    let root = workspace_root();
    let current_dir = std::env::current_dir().unwrap_or_else(|_| root.clone());
    let commands = match Codegen::from_args(args, &current_dir, &root) {
        Ok(commands) => commands,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    for command in &commands {
        failed |= !run_one(command, &root);
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// Generates or checks one crate and reports on it; false when it failed or is stale.
fn run_one(command: &Codegen, root: &std::path::Path) -> bool {
    let out = command.out.strip_prefix(root).unwrap_or(&command.out).display();
    let outcome = match xtask::codegen(command, root) {
        Ok(outcome) => outcome,
        Err(failure) => {
            eprintln!("error: {failure}");
            if failure.left_untouched() {
                eprintln!("{out} was left as it was.");
            }
            return false;
        }
    };
    for warning in &outcome.warnings {
        eprintln!("warning: {warning}");
    }
    if command.check {
        if outcome.drift.is_empty() {
            println!("{out} is up to date ({} files).", outcome.files);
            return true;
        }
        eprintln!("{out} is out of date with its spec:");
        for line in outcome.drift.lines() {
            eprintln!("  {line}");
        }
        eprintln!("Run `{}` to regenerate it.", command.regenerate_command(root));
        return false;
    }
    let changed = outcome.drift.stale.len() + outcome.drift.missing.len();
    println!("{out}: {} files generated, {changed} written, {} removed.", outcome.files, outcome.drift.extra.len());
    true
}

/// `cargo xtask bench [...]`: measures and writes BENCHMARKS.md. Timings of a debug build would
/// say little, so a debug build runs the release build of itself.
fn run_bench(args: impl Iterator<Item = String>) -> ExitCode {
    let args: Vec<String> = args.collect();
    let root = workspace_root();
    if cfg!(debug_assertions) {
        let status = std::process::Command::new(env!("CARGO"))
            .args(["run", "--quiet", "--release", "--package", "xtask", "--", "bench"])
            .args(&args)
            .current_dir(&root)
            .status();
        return match status {
            Ok(status) if status.success() => ExitCode::SUCCESS,
            Ok(_) => ExitCode::FAILURE,
            Err(error) => {
                eprintln!("error: running the release build: {error}");
                ExitCode::FAILURE
            }
        };
    }
    let options = match xtask::bench::Options::from_args(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}\n\n{}", xtask::bench::USAGE);
            return ExitCode::from(2);
        }
    };
    if options.reading_only {
        let readings = xtask::bench::measure_readings(&root, options.rounds, &mut |step| eprintln!("bench: {step}"));
        return match readings {
            Ok(readings) => {
                print!("{}", xtask::reading::table(&readings));
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::FAILURE
            }
        };
    }
    if options.scaling_only {
        return match xtask::scaling::table(options.rounds, &mut |step| eprintln!("bench: {step}")) {
            Ok(table) => {
                print!("{table}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::FAILURE
            }
        };
    }
    let report = match xtask::bench::run(&root, &options, &mut |step| eprintln!("bench: {step}")) {
        Ok(report) => report,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    let path = root.join("BENCHMARKS.md");
    let report = xtask::bench::with_kept_notes(report, std::fs::read_to_string(&path).ok().as_deref());
    if let Err(error) = std::fs::write(&path, &report) {
        eprintln!("error: {}: {error}", path.display());
        return ExitCode::FAILURE;
    }
    print!("{report}");
    ExitCode::SUCCESS
}

/// `cargo xtask semver ...`: which release a change of the spec or the generator needs.
fn run_semver(args: impl Iterator<Item = String>) -> ExitCode {
    use xtask::semver::command::{Options, USAGE, run};
    let args: Vec<String> = args.collect();
    if args.iter().any(|arg| arg == "--help" || arg == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let root = workspace_root();
    let current_dir = std::env::current_dir().unwrap_or_else(|_| root.clone());
    let options = match Options::from_args(args, &current_dir) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options, &root, &mut std::io::stdout()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask fastapi-spec`: rewrites the FastAPI fixture's committed OpenAPI document from
/// the application, in its pinned Python environment.
fn run_fastapi_spec() -> ExitCode {
    match xtask::fastapi::write_spec(&workspace_root()) {
        Ok(path) => {
            println!("wrote {}; run `cargo xtask codegen` to regenerate its client", path.display());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

const CORPUS_USAGE: &str = "usage: cargo xtask corpus [--only TEXT | --sample COUNT [--seed NUMBER]]";

/// The specs the arguments ask for; `None` when they make no sense. A sample's seed is 1 unless
/// given, so that two runs of `--sample 100` check the same specs.
fn corpus_selection(args: impl Iterator<Item = String>) -> Option<xtask::corpus::Selection> {
    use xtask::corpus::Selection;
    let args: Vec<String> = args.collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let (count, seed) = match words.as_slice() {
        [] => return Some(Selection::Usual { only: None }),
        ["--only", text] => return Some(Selection::Usual { only: Some((*text).to_owned()) }),
        ["--sample", count] => (count, &"1"),
        ["--sample", count, "--seed", seed] | ["--seed", seed, "--sample", count] => (count, seed),
        _ => return None,
    };
    Some(Selection::Sample { count: count.parse().ok()?, seed: seed.parse().ok()? })
}

/// `cargo xtask corpus [--only TEXT | --sample COUNT [--seed NUMBER]]`: generates and checks a
/// crate for each real-world spec.
fn run_corpus(args: impl Iterator<Item = String>) -> ExitCode {
    let Some(selection) = corpus_selection(args) else {
        eprintln!("{CORPUS_USAGE}");
        return ExitCode::from(2);
    };
    let root = workspace_root();
    let started = std::time::Instant::now();
    let outcomes =
        xtask::corpus::run(&root, &root.join("target/corpus"), &selection, |outcome| println!("{}", outcome.line()));
    let outcomes = match outcomes {
        Ok(outcomes) => outcomes,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    let mut enough = true;
    for series in xtask::corpus::Series::ALL {
        let of_series: Vec<_> = outcomes.iter().filter(|outcome| outcome.series == series).collect();
        if of_series.is_empty() {
            continue;
        }
        let passed = of_series.iter().filter(|outcome| outcome.passed()).count();
        let required = (series.required_share() * of_series.len() as f64).ceil() as usize;
        enough &= passed >= required;
        println!(
            "corpus, {}: {passed} of {} specs generate crates that compile without warnings ({required} required)",
            series.title(),
            of_series.len()
        );
    }
    println!("corpus: {:.0} s", started.elapsed().as_secs_f64());
    if enough { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
