//! Comparing and writing a generated crate's directory.
//!
//! The generator owns the files it writes, which carry its header; it leaves alone everything
//! else in the directory: hidden files and directories (`.git`), build output, and files a user
//! added. New contents are staged beside the directory first and moved into place only once all
//! of them are written, so a failed write (a full disk) changes nothing; a move into place that
//! fails is undone with the moves before it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Marks a generated file: it is on one of the first lines of every file the generator writes.
const GENERATED_MARKER: &str = "This file is generated from";

/// How a directory differs from what the generator would write there.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Drift {
    /// Files whose contents differ.
    pub stale: Vec<String>,
    /// Files the generator produces that are not there.
    pub missing: Vec<String>,
    /// Generated files there that the generator no longer produces.
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

/// Why writing stopped, and what it had changed by then.
#[derive(Debug)]
pub struct WriteError {
    pub error: io::Error,
    /// Files replaced, added or removed before the failure; empty when the directory is as it was.
    pub changed: Vec<String>,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.changed.is_empty() {
            write!(f, "{}; nothing was changed", self.error)
        } else {
            write!(f, "{}; these files had already changed: {}", self.error, self.changed.join(", "))
        }
    }
}

impl From<io::Error> for WriteError {
    fn from(error: io::Error) -> Self {
        Self { error, changed: Vec::new() }
    }
}

/// What is in `dir` compared with `files` (paths relative to `dir`, `/`-separated).
pub fn compare(dir: &Path, files: &BTreeMap<String, String>) -> io::Result<Drift> {
    let mut drift = Drift::default();
    for (path, contents) in files {
        match fs::read(dir.join(path)) {
            Ok(bytes) if bytes == contents.as_bytes() => {}
            Ok(_) => drift.stale.push(path.clone()),
            Err(error) if error.kind() == io::ErrorKind::NotFound => drift.missing.push(path.clone()),
            Err(error) => return Err(error),
        }
    }
    let existing = existing_files(dir)?;
    drift.extra =
        existing.into_iter().filter(|path| !files.contains_key(path) && is_generated(&dir.join(path))).collect();
    Ok(drift)
}

/// Makes `dir` hold `files`: writes what differs, removes generated files no longer produced,
/// and leaves unchanged files untouched so that builds stay incremental.
pub fn write(dir: &Path, files: &BTreeMap<String, String>) -> Result<Drift, WriteError> {
    write_with(dir, files, &mut |file, contents| {
        file.write_all(contents)?;
        file.sync_all()
    })
}

/// [`write`], putting each staged file's contents in with `put` (which tests make fail).
pub fn write_with(
    dir: &Path,
    files: &BTreeMap<String, String>,
    put: &mut dyn FnMut(&mut fs::File, &[u8]) -> io::Result<()>,
) -> Result<Drift, WriteError> {
    refuse_foreign_directory(dir)?;
    let drift = compare(dir, files)?;
    let to_write: Vec<&String> = drift.stale.iter().chain(&drift.missing).collect();
    fs::create_dir_all(dir)?;
    let staging = staging_directory(dir)?;
    for (index, path) in to_write.iter().enumerate() {
        let mut file = fs::File::create(staging.path().join(index.to_string()))?;
        put(&mut file, files[*path].as_bytes())?;
    }
    // Every new file is written; moving them into place cannot run out of space. A move can
    // still fail (a name the file system refuses), so what the moves replace or remove waits in
    // the staging directory until all are made, and goes back if one fails.
    let mut moves = Moves { dir, staging: staging.path(), done: Vec::new() };
    for (index, path) in to_write.iter().enumerate() {
        if let Err(error) = moves.place(path, &staging.path().join(index.to_string())) {
            return Err(moves.undo(error));
        }
    }
    for path in &drift.extra {
        if let Err(error) = moves.set_aside(path) {
            return Err(moves.undo(error));
        }
    }
    let changed = || moves.done.iter().map(|(path, _)| path.clone()).collect();
    remove_empty_directories(dir).map_err(|error| WriteError { error, changed: changed() })?;
    Ok(drift)
}

/// The moves that put a crate's files in place, each of which can be undone until the staging
/// directory is gone.
struct Moves<'a> {
    dir: &'a Path,
    staging: &'a Path,
    /// Each path moved into or out of `dir`, with where the file it held waits, if it held one.
    done: Vec<(String, Option<PathBuf>)>,
}

impl Moves<'_> {
    /// Moves `staged` to `path`, setting aside the file there.
    fn place(&mut self, path: &str, staged: &Path) -> io::Result<()> {
        let target = self.dir.join(path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        self.set_aside(path)?;
        fs::rename(staged, target)
    }

    /// Moves the file at `path`, if any, into the staging directory (where it is removed with the
    /// directory unless the moves are undone), and records the move.
    fn set_aside(&mut self, path: &str) -> io::Result<()> {
        let kept = self.staging.join(format!("previous-{}", self.done.len()));
        let kept = match fs::rename(self.dir.join(path), &kept) {
            Ok(()) => Some(kept),
            Err(error) if error.kind() == io::ErrorKind::NotFound => None,
            Err(error) => return Err(error),
        };
        self.done.push((path.to_owned(), kept));
        Ok(())
    }

    /// Undoes every move, latest first, and reports `error` with the paths that could not be put
    /// back as they were.
    fn undo(self, error: io::Error) -> WriteError {
        let restore = |path: &str, kept: Option<&PathBuf>| -> io::Result<()> {
            let target = self.dir.join(path);
            if let Err(error) = fs::remove_file(&target)
                && error.kind() != io::ErrorKind::NotFound
            {
                return Err(error);
            }
            kept.map_or(Ok(()), |kept| fs::rename(kept, target))
        };
        let changed = self.done.iter().rev().filter(|(path, kept)| restore(path, kept.as_ref()).is_err());
        let changed = changed.map(|(path, _)| path.clone()).collect();
        // Directories made for the new files are empty again, and go as they do after a write.
        let _ = remove_empty_directories(self.dir);
        WriteError { error, changed }
    }
}

/// A directory beside `dir`, on the same filesystem so that renames out of it are atomic.
fn staging_directory(dir: &Path) -> io::Result<tempfile::TempDir> {
    let parent = dir.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    tempfile::Builder::new().prefix(".codegen-staging-").tempdir_in(parent)
}

/// Protects a directory the user pointed at by mistake: only an empty directory or an earlier
/// generated crate may be written into.
fn refuse_foreign_directory(dir: &Path) -> io::Result<()> {
    if existing_files(dir)?.is_empty() || is_generated(&dir.join("Cargo.toml")) {
        return Ok(());
    }
    Err(io::Error::other(format!(
        "refusing to write into {}: it is not empty and not a generated crate (its Cargo.toml has no generated header)",
        dir.display()
    )))
}

/// Whether the file carries the generator's header on one of its first lines.
fn is_generated(path: &Path) -> bool {
    let Ok(text) = fs::read(path) else { return false };
    let head = String::from_utf8_lossy(&text[..text.len().min(512)]).into_owned();
    head.lines().take(3).any(|line| line.contains(GENERATED_MARKER))
}

/// Every file below `dir` as a `/`-separated relative path, leaving out hidden files and
/// directories and build output.
fn existing_files(dir: &Path) -> io::Result<BTreeSet<String>> {
    let mut found = BTreeSet::new();
    if !dir.exists() {
        return Ok(found);
    }
    let mut pending = vec![(dir.to_path_buf(), String::new())];
    while let Some((directory, prefix)) = pending.pop() {
        for entry in fs::read_dir(&directory)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || (prefix.is_empty() && (name == "target" || name == "Cargo.lock")) {
                continue;
            }
            let relative = format!("{prefix}{name}");
            if entry.file_type()?.is_dir() {
                pending.push((entry.path(), format!("{relative}/")));
            } else {
                found.insert(relative);
            }
        }
    }
    Ok(found)
}

/// Removes directories left empty, except hidden ones and build output.
fn remove_empty_directories(dir: &Path) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if entry.file_type()?.is_dir() && name != "target" && !name.to_string_lossy().starts_with('.') {
            remove_empty_directories(&entry.path())?;
            if fs::read_dir(entry.path())?.next().is_none() {
                fs::remove_dir(entry.path())?;
            }
        }
    }
    Ok(())
}
