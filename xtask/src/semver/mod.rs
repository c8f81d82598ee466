//! `cargo xtask semver`: what a change to the spec, or to the generator, does to the generated
//! crate's public API, and so which release it needs.
//!
//! Both crates are compared as Rust, item by item ([`surface`]), with the rules of the Cargo
//! book's SemVer chapter applied to what the generator writes; the spec only names where each
//! item comes from.

pub mod cases;
pub mod changelog;
pub mod command;
pub mod gate;
mod git;
pub mod surface;
pub mod truth;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use surface::{Entry, Kind, Surface};

/// How much a change asks of the crate's version, before Cargo's rule for `0.x` crates applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// The crate is byte for byte the same.
    None,
    /// Documentation or behaviour changed; no caller's code can stop compiling.
    Patch,
    /// Something was added that no caller's code can collide with.
    Minor,
    /// Some caller's code may stop compiling.
    Major,
}

/// What the report says about one change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    Breaking,
    Added,
    Changed,
    Documentation,
}

impl Group {
    fn level(self) -> Level {
        match self {
            Self::Breaking => Level::Major,
            Self::Added => Level::Minor,
            Self::Changed | Self::Documentation => Level::Patch,
        }
    }

    fn heading(self) -> &'static str {
        match self {
            Self::Breaking => "breaking",
            Self::Added => "added",
            Self::Changed => "changed",
            Self::Documentation => "documentation only",
        }
    }
}

/// One change to the public API, or to what the crate does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub group: Group,
    /// The Rust item, e.g. `models::InstanceOrg::icon_color`.
    pub item: String,
    /// What happened to it, in a user's words.
    pub what: String,
    /// Where in the spec the item comes from, when the generator said.
    pub origin: Option<String>,
}

/// A generated crate: its files, and where its items come from in the spec.
#[derive(Debug, Clone, Default)]
pub struct Crate {
    pub files: BTreeMap<String, String>,
    /// Rust path to a place in the spec (`spec/instance-org.yaml#/components/schemas/InstanceOrg`).
    pub origins: BTreeMap<String, String>,
}

impl Crate {
    /// The crate `codegen` generated from the spec at `spec_path`, its origins naming that file,
    /// or the file beside it that a reference led to.
    pub fn generated(generated: codegen::Generated, spec_path: &str) -> Self {
        let places = codegen::diagnostics::Reporter::new(spec_path);
        let origins = generated
            .origins
            .into_iter()
            .map(|(item, pointer)| (item, places.location(&pointer).to_string()))
            .collect();
        Self { files: generated.files, origins }
    }

    /// The crate's version, from its manifest.
    pub fn version(&self) -> Option<semver::Version> {
        let manifest = self.files.get("Cargo.toml")?;
        let package = manifest.split("[package]").nth(1)?.split("\n[").next()?;
        let line = package.lines().find(|line| line.trim_start().starts_with("version"))?;
        let quoted = line.split('"').nth(1)?;
        semver::Version::parse(quoted).ok()
    }

    /// Where `item` comes from: its own origin, or that of the nearest item it belongs to.
    fn origin_of(&self, item: &str) -> Option<String> {
        let mut path = item.split(": ").next().unwrap_or(item);
        loop {
            if let Some(origin) = self.origins.get(path) {
                return Some(origin.clone());
            }
            path = &path[..path.rfind("::")?];
        }
    }
}

/// How `cargo xtask codegen` configures the generator for `spec` as the crate `crate_name`.
fn config(root: &std::path::Path, spec: &std::path::Path, crate_name: &str) -> codegen::Config {
    let command = crate::Codegen {
        spec: spec.to_path_buf(),
        out: std::path::PathBuf::new(),
        crate_name: crate_name.to_owned(),
        crate_version: None,
        license: crate::DEFAULT_LICENSE.to_owned(),
        check: true,
    };
    command.config(root)
}

/// The crate generated from `text`, the spec shown as `shown` (`which` in errors).
fn generate(text: &str, config: &codegen::Config, shown: &str, which: &str) -> Result<Crate, String> {
    codegen::generate(text, config)
        .map(|generated| Crate::generated(generated, shown))
        .map_err(|error| format!("the {which} spec: {error}"))
}

/// Every change from `old` to `new`, and the level they ask for together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub changes: Vec<Change>,
    pub level: Level,
}

/// Compares two generated crates.
pub fn compare(old: &Crate, new: &Crate) -> Result<Report, String> {
    let before = Surface::of(&old.files).map_err(|error| format!("the old crate: {error}"))?;
    let after = Surface::of(&new.files).map_err(|error| format!("the new crate: {error}"))?;
    let mut changes = Vec::new();
    for (path, entry) in &before.entries {
        let (change, origin) = match after.entries.get(path) {
            None if is_within_removed(entry, &after) => continue,
            None => (Some((Group::Breaking, format!("{} removed", entry.kind.noun()))), old.origin_of(path)),
            Some(now) => (changed(entry, now), new.origin_of(path)),
        };
        if let Some((group, what)) = change {
            let origin = origin.or_else(|| new.origin_of(path));
            changes.push(Change { group, item: path.clone(), what, origin });
        }
    }
    for (path, entry) in after.entries.iter().filter(|(path, _)| !before.entries.contains_key(*path)) {
        let parent = entry.parent.as_ref().and_then(|parent| before.entries.get(parent));
        if entry.parent.is_some() && parent.is_none() {
            continue;
        }
        let (group, what) = added(entry, parent.map(|parent| &parent.kind));
        changes.push(Change { group, item: path.clone(), what, origin: new.origin_of(path) });
    }
    if changes.is_empty() && old.files != new.files {
        // Both crates' files, each once, in order.
        let files: BTreeSet<&str> = old.files.keys().chain(new.files.keys()).map(String::as_str).collect();
        let files: Vec<&str> = files.into_iter().filter(|file| old.files.get(*file) != new.files.get(*file)).collect();
        let what = format!("generated code changed without changing the public API: {}", files.join(", "));
        changes.push(Change { group: Group::Changed, item: "crate".to_owned(), what, origin: None });
    }
    changes.sort_by(|a, b| (a.group, &a.item).cmp(&(b.group, &b.item)));
    let level = changes.iter().map(|change| change.group.level()).max().unwrap_or(Level::None);
    Ok(Report { changes, level })
}

/// Whether `entry` went away with the item it belonged to, which the report names instead.
fn is_within_removed(entry: &Entry, after: &Surface) -> bool {
    entry.parent.as_ref().is_some_and(|parent| !after.entries.contains_key(parent))
}

/// How an item new in a parent that already existed counts.
fn added(entry: &Entry, parent: Option<&Kind>) -> (Group, String) {
    let noun = entry.kind.noun();
    match (&entry.kind, parent) {
        (Kind::Field, Some(parent)) if parent.is_constructible_struct() => {
            (Group::Breaking, format!("{noun} added to a struct callers may write as a literal"))
        }
        (Kind::Variant, Some(parent)) if parent.is_exhaustive_enum() => {
            (Group::Breaking, format!("{noun} added to an enum callers may match exhaustively"))
        }
        (Kind::TraitItem { has_default: false }, Some(_)) => {
            (Group::Breaking, format!("{noun} without a default added to a trait callers may implement"))
        }
        _ => (Group::Added, format!("{noun} added")),
    }
}

/// How an item present on both sides changed, if it did.
fn changed(old: &Entry, new: &Entry) -> Option<(Group, String)> {
    let noun = new.kind.noun();
    if old.signature != new.signature || std::mem::discriminant(&old.kind) != std::mem::discriminant(&new.kind) {
        let what = format!("{} changed: `{}` is now `{}`", old.kind.noun(), old.signature, new.signature);
        return Some((Group::Breaking, what));
    }
    if old.kind.is_constructible_struct() && !new.kind.is_constructible_struct() {
        return Some((Group::Breaking, format!("{noun} can no longer be written as a literal")));
    }
    if old.kind.is_exhaustive_enum() && !new.kind.is_exhaustive_enum() {
        return Some((Group::Breaking, format!("{noun} became `#[non_exhaustive]`")));
    }
    if old.kind != new.kind {
        return Some((Group::Added, format!("{noun} relaxed: callers may now do more with it")));
    }
    if old.value != new.value {
        let value = |value: &Option<String>| value.clone().unwrap_or_default();
        return Some((
            Group::Changed,
            format!("value changed: `{}` is now `{}`", value(&old.value), value(&new.value)),
        ));
    }
    (old.docs != new.docs).then(|| (Group::Documentation, "documentation changed".to_owned()))
}

/// The word `cargo xtask semver` prints for what a report asks of a crate at `version`: Cargo
/// treats `0.y.z` as incompatible with `0.(y+1).0`, so there a breaking change is `minor` and
/// anything else `patch`; every change of a `0.0.z` crate is breaking, and `patch` is all there is to bump.
pub fn bump(level: Level, version: &semver::Version) -> &'static str {
    match (level, version.major, version.minor) {
        (Level::None, _, _) => "none",
        (Level::Major, 0, 1..) => "minor",
        (_, 0, _) | (Level::Patch, _, _) => "patch",
        (Level::Minor, _, _) => "minor",
        (Level::Major, _, _) => "major",
    }
}

/// The smallest version after `version` that a change of `level` allows.
pub fn next_version(level: Level, version: &semver::Version) -> semver::Version {
    let (major, minor, patch) = (version.major, version.minor, version.patch);
    match bump(level, version) {
        "major" => semver::Version::new(major + 1, 0, 0),
        "minor" => semver::Version::new(major, minor + 1, 0),
        "patch" => semver::Version::new(major, minor, patch + 1),
        _ => version.clone(),
    }
}

/// Whether moving from `old` to `new` is a large enough step for a change of `level`.
pub fn allows(level: Level, old: &semver::Version, new: &semver::Version) -> bool {
    level == Level::None || *new >= next_version(level, old)
}

impl fmt::Display for Report {
    /// The changes grouped, each naming its item and where in the spec it comes from.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for group in [Group::Breaking, Group::Added, Group::Changed, Group::Documentation] {
            let changes: Vec<&Change> = self.changes.iter().filter(|change| change.group == group).collect();
            if changes.is_empty() {
                continue;
            }
            writeln!(f, "{} ({}):", group.heading(), changes.len())?;
            for change in changes {
                write!(f, "  {}: {}", change.item, change.what)?;
                match &change.origin {
                    Some(origin) => writeln!(f, " [{origin}]")?,
                    None => writeln!(f)?,
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(text: &str) -> semver::Version {
        semver::Version::parse(text).expect("a version")
    }

    #[test]
    fn origins_name_the_file_each_item_is_written_in() {
        let origins = [("models::Thing", "/components/schemas/Thing"), ("models::Part", "schemas/part.yaml#")];
        let generated = codegen::Generated {
            files: Default::default(),
            warnings: Vec::new(),
            origins: origins.iter().map(|(item, pointer)| (item.to_string(), pointer.to_string())).collect(),
        };
        let generated = Crate::generated(generated, "specs/api.yaml");
        assert_eq!(generated.origin_of("models::Thing").as_deref(), Some("specs/api.yaml#/components/schemas/Thing"));
        assert_eq!(generated.origin_of("models::Part").as_deref(), Some("specs/schemas/part.yaml"));
    }

    #[test]
    fn zero_versions_follow_cargos_rule() {
        assert_eq!(bump(Level::Major, &version("1.2.3")), "major");
        assert_eq!(bump(Level::Major, &version("0.2.3")), "minor");
        assert_eq!(bump(Level::Minor, &version("0.2.3")), "patch");
        assert_eq!(bump(Level::Major, &version("0.0.3")), "patch");
        assert_eq!(next_version(Level::Major, &version("0.2.3")), version("0.3.0"));
        assert_eq!(next_version(Level::Minor, &version("1.2.3")), version("1.3.0"));
        assert_eq!(next_version(Level::None, &version("1.2.3")), version("1.2.3"));
    }

    #[test]
    fn a_version_allows_what_its_step_covers() {
        assert!(allows(Level::Major, &version("2.1.0"), &version("3.0.0")));
        assert!(!allows(Level::Major, &version("2.1.0"), &version("2.2.0")));
        assert!(allows(Level::Minor, &version("2.1.0"), &version("3.0.0")));
        assert!(!allows(Level::Patch, &version("2.1.0"), &version("2.1.0")));
        assert!(allows(Level::Major, &version("0.1.0"), &version("0.2.0")));
        assert!(!allows(Level::Major, &version("0.1.0"), &version("0.1.1")));
        assert!(allows(Level::Minor, &version("0.1.0"), &version("0.1.1")));
        assert!(allows(Level::None, &version("1.0.0"), &version("1.0.0")));
    }
}
