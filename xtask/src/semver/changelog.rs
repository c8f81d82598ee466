//! `CHANGELOG.md` beside each generated crate: `cargo xtask semver --changelog` puts the newest
//! release on top, and never touches the entries below it. The generator does not read it.

use std::path::Path;

use super::{Group, Report};

/// The file's name in the crate's directory.
pub const FILE: &str = "CHANGELOG.md";

/// The entry for `version`: each change of `report`, grouped, in a user's words.
pub fn entry(version: &semver::Version, report: &Report) -> String {
    let mut text = format!("## {version}\n");
    for (group, heading) in [
        (Group::Breaking, "Breaking changes"),
        (Group::Added, "Added"),
        (Group::Changed, "Changed"),
        (Group::Documentation, "Documentation"),
    ] {
        let lines: Vec<String> = report
            .changes
            .iter()
            .filter(|change| change.group == group)
            .map(|change| {
                let origin = change.origin.as_ref().map(|origin| format!(" (from `{origin}`)")).unwrap_or_default();
                format!("- `{}`: {}{origin}\n", change.item, change.what)
            })
            .collect();
        if !lines.is_empty() {
            text.push_str(&format!("\n### {heading}\n\n{}", lines.concat()));
        }
    }
    text
}

/// Puts `entry` for `version` on top of the changelog at `path`, creating it for `crate_name`
/// if there is none; refuses when the newest entry already is for `version`.
pub fn prepend(path: &Path, crate_name: &str, version: &semver::Version, entry: &str) -> Result<(), String> {
    let existing = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => format!(
            "# Changelog\n\nEvery release of `{crate_name}`, newest first, as `cargo xtask semver --changelog` wrote it.\n"
        ),
        Err(error) => return Err(format!("{}: {error}", path.display())),
    };
    let (head, older) = match existing.find("\n## ") {
        Some(index) => existing.split_at(index + 1),
        None => (existing.as_str(), ""),
    };
    if older.lines().next().is_some_and(|line| line.trim() == format!("## {version}")) {
        return Err(format!(
            "{} already has an entry for {version}; older entries are never rewritten",
            path.display()
        ));
    }
    let separator = if older.is_empty() { "" } else { "\n" };
    let text = format!("{}\n\n{entry}{separator}{older}", head.trim_end());
    std::fs::write(path, text).map_err(|error| format!("{}: {error}", path.display()))
}
