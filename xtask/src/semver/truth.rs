//! The classification checked against cargo-semver-checks: every case of the test table is
//! generated as two crates, documented as rustdoc JSON, and compared by cargo-semver-checks;
//! ours must never be weaker than what it finds.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Crate, Level, cases, compare};

/// The cargo-semver-checks release the comparison is pinned to.
pub const VERSION: &str = "0.51.0";

/// Where it is installed, once, below the workspace's target directory.
const TOOLS: &str = "target/tools";

/// Compares every case; `Ok(false)` when ours is weaker than cargo-semver-checks' on one.
pub fn run(root: &Path, out: &mut dyn Write) -> Result<bool, String> {
    let checker = install(root, out)?;
    let dir = root.join("target/semver-cases");
    // Only the cases go; the build directory stays, so that later runs reuse the dependencies.
    for stale in ["old", "new", "json"] {
        let _ = std::fs::remove_dir_all(dir.join(stale));
    }
    let all = cases::all();
    let mut ours = Vec::new();
    for (index, case) in all.iter().enumerate() {
        let name = format!("case-{index:02}");
        let (old, new) = generate_case(case, &name)?;
        ours.push(compare(&old, &new)?.level);
        write_crate(&dir.join("old").join(&name), &old)?;
        write_crate(&dir.join("new").join(&name), &new)?;
    }
    for side in ["old", "new"] {
        rustdoc_json(root, &dir, side, all.len())?;
    }
    let mut passed = true;
    writeln!(out, "| case | expected | ours | cargo-semver-checks {VERSION} |\n| --- | --- | --- | --- |")
        .map_err(text)?;
    for (index, (case, ours)) in all.iter().zip(ours).enumerate() {
        let json = |side: &str| dir.join("json").join(side).join(format!("case_{index:02}.json"));
        let theirs = semver_checks(&checker, &json("old"), &json("new"))?;
        let weaker = ours < theirs;
        passed &= !weaker && ours == case.expected;
        let flag = if weaker { " **weaker**" } else { "" };
        writeln!(out, "| {} | {} | {} | {}{flag} |", case.name, word(case.expected), word(ours), word(theirs))
            .map_err(text)?;
    }
    Ok(passed)
}

fn word(level: Level) -> &'static str {
    match level {
        Level::None => "none",
        Level::Patch => "patch",
        Level::Minor => "minor",
        Level::Major => "major",
    }
}

fn text(error: std::io::Error) -> String {
    error.to_string()
}

/// The base spec's crate and the changed one, both at version 1.0.0.
pub fn generate_case(case: &cases::Case, crate_name: &str) -> Result<(Crate, Crate), String> {
    let config = codegen::Config {
        crate_name: crate_name.to_owned(),
        crate_version: Some("1.0.0".to_owned()),
        license: crate::DEFAULT_LICENSE.to_owned(),
        spec_path: "pets.json".to_owned(),
        regenerate_command: crate::REGENERATE.to_owned(),
        base_dir: None,
    };
    let generate = |document: serde_json::Value, which: &str| {
        let text = serde_json::to_string(&document).map_err(|error| error.to_string())?;
        super::generate(&text, &config, &config.spec_path, which).map_err(|error| format!("{}: {error}", case.name))
    };
    Ok((generate(cases::base(), "old")?, generate(cases::changed(case)?, "new")?))
}

fn write_crate(dir: &Path, generated: &Crate) -> Result<(), String> {
    for (path, contents) in &generated.files {
        let target = dir.join(path);
        std::fs::create_dir_all(target.parent().unwrap_or(dir)).map_err(|error| error.to_string())?;
        std::fs::write(&target, contents).map_err(|error| format!("{}: {error}", target.display()))?;
    }
    Ok(())
}

/// The pinned cargo-semver-checks, installed first if it is not there yet.
fn install(root: &Path, out: &mut dyn Write) -> Result<PathBuf, String> {
    let binary = root.join(TOOLS).join("bin/cargo-semver-checks");
    let installed = Command::new(&binary)
        .args(["semver-checks", "--version"])
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).contains(VERSION));
    if installed {
        return Ok(binary);
    }
    writeln!(out, "installing cargo-semver-checks {VERSION} into {TOOLS} (once; it takes minutes)").map_err(text)?;
    let status = Command::new(env!("CARGO"))
        .args(["install", "--locked", "--quiet", "cargo-semver-checks", "--version", VERSION, "--root", TOOLS])
        // Its release profile asks for fat LTO in one codegen unit: on two cores that took 13 of
        // CI's minutes, against 9 without, for a tool that runs on a few small crates.
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
        .current_dir(root)
        .status()
        .map_err(|error| format!("running cargo install: {error}"))?;
    if !status.success() {
        return Err(format!("cargo install cargo-semver-checks {VERSION} failed"));
    }
    Ok(binary)
}

/// Documents every case crate of one side as rustdoc JSON, in one workspace and one build,
/// into `json/<side>/`.
fn rustdoc_json(root: &Path, dir: &Path, side: &str, count: usize) -> Result<(), String> {
    let workspace = dir.join(side);
    let members: Vec<String> = (0..count).map(|index| format!("\"case-{index:02}\"")).collect();
    let manifest = format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", "));
    std::fs::write(workspace.join("Cargo.toml"), manifest).map_err(|error| error.to_string())?;
    // The project's lock file, so that the cases build with the dependencies CI already has.
    std::fs::copy(root.join("Cargo.lock"), workspace.join("Cargo.lock")).map_err(|error| error.to_string())?;
    let target = dir.join("target");
    let status = Command::new(env!("CARGO"))
        .args(["doc", "--no-deps", "--workspace", "--quiet"])
        .env("CARGO_TARGET_DIR", &target)
        // Rustdoc's JSON output is unstable; this is how cargo-semver-checks itself asks for it.
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUSTDOCFLAGS", "-Z unstable-options --output-format json")
        .current_dir(&workspace)
        .status()
        .map_err(|error| format!("running cargo doc: {error}"))?;
    if !status.success() {
        return Err(format!("cargo doc of the {side} cases failed"));
    }
    let json = dir.join("json").join(side);
    std::fs::create_dir_all(&json).map_err(|error| error.to_string())?;
    for index in 0..count {
        let name = format!("case_{index:02}.json");
        std::fs::rename(target.join("doc").join(&name), json.join(&name))
            .map_err(|error| format!("{name}: {error}"))?;
    }
    Ok(())
}

/// The level cargo-semver-checks finds between two rustdoc JSON files.
fn semver_checks(checker: &Path, old: &Path, new: &Path) -> Result<Level, String> {
    let output = Command::new(checker)
        .args(["semver-checks", "check-release", "--baseline-rustdoc"])
        .arg(old)
        .arg("--current-rustdoc")
        .arg(new)
        .output()
        .map_err(|error| format!("running cargo-semver-checks: {error}"))?;
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if said.contains("requires new major version") {
        Ok(Level::Major)
    } else if said.contains("requires new minor version") {
        Ok(Level::Minor)
    } else if output.status.success() {
        Ok(Level::None)
    } else {
        Err(format!("cargo-semver-checks on {}: {said}", new.display()))
    }
}
