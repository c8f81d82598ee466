use std::process::ExitCode;

use xtask::{Codegen, USAGE, workspace_root};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("codegen") => run_codegen(args),
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
    let command = match Codegen::from_args(args, &current_dir, &root) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let outcome = match xtask::codegen(&command, &root) {
        Ok(outcome) => outcome,
        Err(failure) => {
            eprintln!("error: {failure}");
            eprintln!("{} was left as it was.", command.out.display());
            return ExitCode::FAILURE;
        }
    };
    for warning in &outcome.warnings {
        eprintln!("warning: {warning}");
    }
    let out = command.out.display();
    if command.check {
        if outcome.drift.is_empty() {
            println!("{out} is up to date ({} files).", outcome.files);
            return ExitCode::SUCCESS;
        }
        eprintln!("{out} is out of date with its spec:");
        for line in outcome.drift.lines() {
            eprintln!("  {line}");
        }
        eprintln!("Run `{}` to regenerate it.", regenerate_hint(&command));
        return ExitCode::FAILURE;
    }
    let changed = outcome.drift.stale.len() + outcome.drift.missing.len();
    println!("{out}: {} files generated, {changed} written, {} removed.", outcome.files, outcome.drift.extra.len());
    ExitCode::SUCCESS
}

fn regenerate_hint(command: &Codegen) -> String {
    let root = workspace_root();
    let default = Codegen::from_args(Vec::new(), &root, &root);
    if default.as_ref().is_ok_and(|default| default.spec == command.spec && default.out == command.out) {
        xtask::REGENERATE.to_owned()
    } else {
        format!("{} --spec {} --out {}", xtask::REGENERATE, command.spec.display(), command.out.display())
    }
}
