//! Comparing and writing a generated crate's directory, which the generator owns whole.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::Path;

/// Marks a directory as generated output; every generated manifest starts with a line holding it.
const GENERATED_MARKER: &str = "This file is generated from";

/// How a directory differs from what the generator would write there.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Drift {
    /// Files whose contents differ.
    pub stale: Vec<String>,
    /// Files the generator produces that are not there.
    pub missing: Vec<String>,
    /// Files there that the generator no longer produces.
    pub extra: Vec<String>,
}

impl Drift {
    pub fn is_empty(&self) -> bool {
        self.stale.is_empty() && self.missing.is_empty() && self.extra.is_empty()
    }

    /// One line per differing file, e.g. `stale: src/models.rs`.
    pub fn lines(&self) -> Vec<String> {
        let label =
            |kind: &str, paths: &[String]| paths.iter().map(|path| format!("{kind}: {path}")).collect::<Vec<_>>();
        [label("stale", &self.stale), label("missing", &self.missing), label("extra", &self.extra)].concat()
    }
}

/// What is in `dir` compared with `files` (paths relative to `dir`, `/`-separated).
pub fn compare(dir: &Path, files: &BTreeMap<String, String>) -> io::Result<Drift> {
    let existing = existing_files(dir)?;
    let mut drift = Drift::default();
    for (path, contents) in files {
        match fs::read(dir.join(path)) {
            Ok(bytes) if bytes == contents.as_bytes() => {}
            Ok(_) => drift.stale.push(path.clone()),
            Err(error) if error.kind() == io::ErrorKind::NotFound => drift.missing.push(path.clone()),
            Err(error) => return Err(error),
        }
    }
    drift.extra = existing.into_iter().filter(|path| !files.contains_key(path)).collect();
    Ok(drift)
}

/// Makes `dir` hold exactly `files`: writes what differs, removes what is no longer generated,
/// and leaves unchanged files untouched so that builds stay incremental.
pub fn write(dir: &Path, files: &BTreeMap<String, String>) -> io::Result<Drift> {
    refuse_foreign_directory(dir)?;
    let drift = compare(dir, files)?;
    for path in drift.stale.iter().chain(&drift.missing) {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&target, &files[path])?;
    }
    for path in &drift.extra {
        fs::remove_file(dir.join(path))?;
    }
    remove_empty_directories(dir)?;
    Ok(drift)
}

/// Protects a directory the user pointed at by mistake: only an empty directory or an earlier
/// generated crate may be overwritten.
fn refuse_foreign_directory(dir: &Path) -> io::Result<()> {
    if existing_files(dir)?.is_empty() {
        return Ok(());
    }
    let manifest = fs::read_to_string(dir.join("Cargo.toml")).unwrap_or_default();
    if manifest.lines().next().is_some_and(|line| line.contains(GENERATED_MARKER)) {
        return Ok(());
    }
    Err(io::Error::other(format!(
        "refusing to write into {}: it is not empty and not a generated crate (its Cargo.toml has no generated header)",
        dir.display()
    )))
}

/// Every file below `dir` as a `/`-separated relative path, leaving out build output.
fn existing_files(dir: &Path) -> io::Result<BTreeSet<String>> {
    let mut found = BTreeSet::new();
    if dir.exists() {
        collect_files(dir, "", &mut found)?;
    }
    Ok(found)
}

fn collect_files(dir: &Path, prefix: &str, found: &mut BTreeSet<String>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let relative = format!("{prefix}{name}");
        if prefix.is_empty() && (name == "target" || name == "Cargo.lock") {
            continue;
        }
        if entry.file_type()?.is_dir() {
            collect_files(&entry.path(), &format!("{relative}/"), found)?;
        } else {
            found.insert(relative);
        }
    }
    Ok(())
}

fn remove_empty_directories(dir: &Path) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() && entry.file_name() != "target" {
            remove_empty_directories(&entry.path())?;
            if fs::read_dir(entry.path())?.next().is_none() {
                fs::remove_dir(entry.path())?;
            }
        }
    }
    Ok(())
}
