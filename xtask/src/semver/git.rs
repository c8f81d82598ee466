//! What the repository held at an earlier commit, read with `git`.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// Whether `rev` names a commit of the repository at `root`.
pub fn has_commit(root: &Path, rev: &str) -> bool {
    git(root, &["rev-parse", "--verify", "--quiet", &format!("{rev}^{{commit}}")]).is_ok()
}

/// Every file below `dir` (relative to `root`) at `rev`, by path relative to `dir`.
pub fn files_at(root: &Path, rev: &str, dir: &str) -> Result<BTreeMap<String, String>, String> {
    // The repository's root is `.`: `/` would name the file system's.
    let pathspec = if dir.is_empty() { ".".to_owned() } else { format!("{dir}/") };
    let listing = git(root, &["ls-tree", "-r", "--name-only", rev, "--", &pathspec])?;
    let mut files = BTreeMap::new();
    for path in listing.lines() {
        let text = git(root, &["show", &format!("{rev}:{path}")])?;
        let relative = path.strip_prefix(dir).unwrap_or(path).trim_start_matches('/');
        files.insert(relative.to_owned(), text);
    }
    Ok(files)
}

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let output =
        Command::new("git").args(args).current_dir(root).output().map_err(|error| format!("running git: {error}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!("git {}: {}", args.join(" "), stderr.trim()));
    }
    String::from_utf8(output.stdout).map_err(|_| format!("git {}: the output is not UTF-8", args.join(" ")))
}
