//! The CI gate: every committed crate whose public API changed since an earlier commit must
//! have had its version raised at least as far as the change requires.

use std::io::Write;
use std::path::Path;

use super::{Crate, Level, allows, bump, compare, git, next_version};
use crate::Target;

/// Checks each of `targets` (relative to `root`) against `rev`; `Ok(false)` when one needs a larger version.
pub fn check(root: &Path, rev: &str, targets: &[Target], out: &mut dyn Write) -> Result<bool, String> {
    let written = |error: std::io::Error| error.to_string();
    if !git::has_commit(root, rev) {
        writeln!(out, "semver gate: there is no commit `{rev}` to compare with, so nothing to check")
            .map_err(written)?;
        return Ok(true);
    }
    let mut passed = true;
    for target in targets {
        let Some(old) = super::command::committed_crate(root, rev, target)? else {
            writeln!(out, "{}: new since {rev}", target.crate_name).map_err(written)?;
            continue;
        };
        let (Some(from), Some(to)) = (old.version(), generated(root, target, None)?.version()) else {
            return Err(format!("{}: a manifest without a valid version", target.crate_name));
        };
        // At the old version, so that the version itself is not counted as a change.
        let report = compare(&old, &generated(root, target, Some(&from))?)?;
        let needed = bump(report.level, &from);
        if report.level == Level::None {
            writeln!(out, "{}: {to}, the same crate", target.crate_name).map_err(written)?;
            continue;
        }
        if allows(report.level, &from, &to) {
            writeln!(out, "{}: {from} -> {to}, enough for a {needed} change", target.crate_name).map_err(written)?;
            continue;
        }
        // Docs and code behind an unchanged API need a release only when one is published;
        // commits in between may gather them.
        if report.level < Level::Minor {
            let note = format!("its public API is the same; publishing it needs a {needed} release");
            writeln!(out, "{}: {from} -> {to}, {note}", target.crate_name).map_err(written)?;
            continue;
        }
        passed = false;
        let least = next_version(report.level, &from);
        writeln!(
            out,
            "error: {}: the crate changed since {rev} in a way that needs a {needed} release, but its version went \
             from {from} to {to}; make it at least {least} (the spec's info.version), and run `cargo xtask semver \
             --since {rev} --changelog`. The changes that need it:",
            target.crate_name
        )
        .map_err(written)?;
        for change in report.changes.iter().filter(|change| change.group.level() == report.level) {
            writeln!(out, "  {}: {}", change.item, change.what).map_err(written)?;
        }
    }
    Ok(passed)
}

/// The crate as `cargo xtask codegen` generates it now (`--check` has made sure that is what is
/// committed), at `version` if given.
fn generated(root: &Path, target: &Target, version: Option<&semver::Version>) -> Result<Crate, String> {
    let config = super::config(root, &root.join(target.spec), target.crate_name);
    let config = codegen::Config { crate_version: version.map(ToString::to_string), ..config };
    let text = std::fs::read_to_string(root.join(target.spec)).map_err(|error| format!("{}: {error}", target.spec))?;
    super::generate(&text, &config, &config.spec_path, "committed")
}
