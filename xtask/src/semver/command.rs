//! The arguments of `cargo xtask semver`, and running it.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Crate, Level, Report, changelog, compare, git};
use crate::{TARGETS, Target};

pub const USAGE: &str = "\
usage: cargo xtask semver OLD_SPEC NEW_SPEC [--crate-name NAME] [--changelog [--out DIR]]
       cargo xtask semver --since GIT_REF [SPEC] [--crate-name NAME] [--changelog [--out DIR]]
       cargo xtask semver --gate [--since GIT_REF]
       cargo xtask semver --ground-truth

Compares the crates generated from two versions of a spec and prints every change to the public
API, grouped as breaking, added, changed and documentation only, each with the Rust item and
where it comes from in the spec. The last line is `bump: major`, `bump: minor`, `bump: patch` or
`bump: none`, following Cargo's rules (a `0.x` crate's breaking change is `minor`).

  --since GIT_REF   take the old spec from git (with no SPEC: every committed crate's spec)
  --crate-name N    the package name (default: the committed crate's, or the spec's file name)
  --changelog       put the release on top of the crate's CHANGELOG.md, under its new version
                    (the spec's info.version when that is enough, else the smallest that is)
  --out DIR         the crate's directory, for --changelog with a spec that is not committed
  --gate            fail when a committed crate changed since GIT_REF (default HEAD~1) more than
                    its version says, naming the changes that need more
  --ground-truth    compare the classification of every case of the test table with
                    cargo-semver-checks' (installed, pinned, under target/tools)";

/// What `cargo xtask semver` was asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Specs { old: PathBuf, new: PathBuf },
    Since { rev: String, spec: Option<PathBuf> },
    Gate { rev: String },
    GroundTruth,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub mode: Mode,
    pub crate_name: Option<String>,
    pub changelog: bool,
    pub out: Option<PathBuf>,
}

impl Options {
    /// Reads the arguments after `semver`; paths are relative to `current_dir`.
    pub fn from_args(args: impl IntoIterator<Item = String>, current_dir: &Path) -> Result<Self, String> {
        let (mut since, mut crate_name, mut out) = (None, None, None);
        let (mut changelog, mut gate, mut ground_truth) = (false, false, false);
        let mut specs = Vec::new();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let mut value = |flag: &str| args.next().ok_or_else(|| format!("{flag} needs a value"));
            match arg.as_str() {
                "--since" => since = Some(value("--since")?),
                "--crate-name" => crate_name = Some(value("--crate-name")?),
                "--out" => out = Some(current_dir.join(value("--out")?)),
                "--changelog" => changelog = true,
                "--gate" => gate = true,
                "--ground-truth" => ground_truth = true,
                flag if flag.starts_with("--") => return Err(format!("unknown argument `{flag}`")),
                spec => specs.push(current_dir.join(spec)),
            }
        }
        let mode = match (gate, ground_truth, since, specs.as_slice()) {
            (true, false, since, []) => Mode::Gate { rev: since.unwrap_or_else(|| "HEAD~1".to_owned()) },
            (false, true, None, []) => Mode::GroundTruth,
            (false, false, Some(rev), [] | [_]) => Mode::Since { rev, spec: specs.pop() },
            (false, false, None, [old, new]) => Mode::Specs { old: old.clone(), new: new.clone() },
            _ => {
                return Err(
                    "give OLD_SPEC and NEW_SPEC, or --since GIT_REF [SPEC], or --gate, or --ground-truth".into()
                );
            }
        };
        if out.is_some() && !changelog {
            return Err("--out only says where --changelog writes".into());
        }
        Ok(Self { mode, crate_name, changelog, out })
    }
}

/// Two crates to compare, and what to tell about them.
struct Comparison {
    crate_name: String,
    /// What was compared with what, for the report's first line.
    title: String,
    old: Crate,
    new: Crate,
    /// The new spec's own `info.version`, which the release may already carry.
    spec_version: Option<semver::Version>,
    /// Where the crate's `CHANGELOG.md` is.
    crate_dir: Option<PathBuf>,
}

/// Runs the command, writing its report to `out`; `Ok(false)` when the gate or the ground truth
/// found a problem.
pub fn run(options: &Options, root: &Path, out: &mut dyn Write) -> Result<bool, String> {
    let comparisons = match &options.mode {
        Mode::Gate { rev } => return super::gate::check(root, rev, TARGETS, out),
        Mode::GroundTruth => return super::truth::run(root, out),
        Mode::Specs { old, new } => {
            let base = old.parent().map(Path::to_path_buf).unwrap_or_default();
            let shown = old.strip_prefix(root).unwrap_or(old).display().to_string();
            let spec = Old::Spec { text: read(old)?, base, shown };
            vec![comparison(root, new, spec, options, format!("{} -> {}", old.display(), new.display()))?]
        }
        Mode::Since { rev, spec } => since(root, rev, spec.as_deref(), options)?,
    };
    let written = |error: std::io::Error| error.to_string();
    for comparison in &comparisons {
        let report = compare(&comparison.old, &comparison.new)?;
        let version = comparison.old.version().ok_or("the old crate has no valid version")?;
        let next = super::next_version(report.level, &version);
        writeln!(out, "{}: {}", comparison.crate_name, comparison.title).map_err(written)?;
        if report.changes.is_empty() {
            writeln!(out, "the generated crate is the same, byte for byte").map_err(written)?;
        }
        write!(out, "{report}").map_err(written)?;
        writeln!(out, "{}", version_line(&version, &next, comparison.spec_version.as_ref())).map_err(written)?;
        if options.changelog {
            write_changelog(comparison, &report, &next, out)?;
        }
        writeln!(out, "bump: {}", super::bump(report.level, &version)).map_err(written)?;
    }
    Ok(true)
}

/// What the version must become, and whether the spec already says so.
fn version_line(version: &semver::Version, next: &semver::Version, spec: Option<&semver::Version>) -> String {
    match spec {
        _ if next == version => format!("version: {version} can stay"),
        Some(spec) if spec >= next => format!("version: {version} -> {next} or later; info.version {spec} is enough"),
        Some(spec) => format!("version: {version} -> {next} or later; info.version is {spec}: set it to {next}"),
        None => format!("version: {version} -> {next} or later"),
    }
}

fn write_changelog(
    comparison: &Comparison,
    report: &Report,
    next: &semver::Version,
    out: &mut dyn Write,
) -> Result<(), String> {
    let dir = comparison.crate_dir.as_ref().ok_or("--changelog needs --out DIR for a crate that is not committed")?;
    if report.level == Level::None {
        return writeln!(out, "changelog: nothing to add").map_err(|error| error.to_string());
    }
    let version = comparison.spec_version.clone().filter(|spec| spec >= next).unwrap_or_else(|| next.clone());
    let path = dir.join(changelog::FILE);
    changelog::prepend(&path, &comparison.crate_name, &version, &changelog::entry(&version, report))?;
    writeln!(out, "changelog: {} has an entry for {version}", path.display()).map_err(|error| error.to_string())
}

/// The comparisons for `--since`: the given spec, or every committed crate's. A committed
/// crate is compared as it was committed at `rev`, so that what the generator changed since
/// counts as much as what the spec changed; another spec is generated as it was at `rev`.
fn since(root: &Path, rev: &str, spec: Option<&Path>, options: &Options) -> Result<Vec<Comparison>, String> {
    if !git::has_commit(root, rev) {
        return Err(format!("`{rev}` is not a commit of this repository"));
    }
    let specs: Vec<PathBuf> = match spec {
        Some(spec) => vec![spec.to_path_buf()],
        None => TARGETS.iter().map(|target| root.join(target.spec)).collect(),
    };
    let staging = tempfile::tempdir().map_err(|error| format!("a temporary directory: {error}"))?;
    let mut comparisons = Vec::new();
    for (index, spec) in specs.iter().enumerate() {
        let relative = spec.strip_prefix(root).map_err(|_| format!("{} is not in this repository", spec.display()))?;
        let relative = relative.to_string_lossy().replace('\\', "/");
        let title = format!("{relative} at {rev} -> as it is now");
        let target = TARGETS.iter().find(|target| target.spec == relative);
        let committed = match target {
            Some(target) => committed_crate(root, rev, target)?,
            None => None,
        };
        let old = match committed {
            Some(committed) => Old::Crate(committed),
            None => {
                let base = staging.path().join(index.to_string());
                Old::Spec { text: spec_at(root, rev, &relative, &base)?, base, shown: format!("{rev}:{relative}") }
            }
        };
        comparisons.push(comparison(root, spec, old, options, title)?);
    }
    Ok(comparisons)
}

/// A committed crate's files at `rev`, without its changelog; `None` when it was not there yet.
pub(super) fn committed_crate(root: &Path, rev: &str, target: &Target) -> Result<Option<Crate>, String> {
    let mut files = git::files_at(root, rev, target.out)?;
    files.remove(changelog::FILE);
    Ok((!files.is_empty()).then(|| Crate { files, origins: Default::default() }))
}

/// The text of the spec at `relative` as it was at `rev`, with the files beside it written
/// below `base` for its references.
fn spec_at(root: &Path, rev: &str, relative: &str, base: &Path) -> Result<String, String> {
    let (dir, file) = relative.rsplit_once('/').unwrap_or(("", relative));
    let files = git::files_at(root, rev, dir)?;
    for (path, text) in &files {
        let target = base.join(path);
        std::fs::create_dir_all(target.parent().unwrap_or(base)).map_err(|error| error.to_string())?;
        std::fs::write(&target, text).map_err(|error| format!("{}: {error}", target.display()))?;
    }
    files.get(file).cloned().ok_or_else(|| format!("{relative} is not in {rev}"))
}

/// The old side of a comparison: a crate as committed, or a spec to generate it from.
enum Old {
    Crate(Crate),
    /// The spec's text, the directory its other files are in, and how to name it.
    Spec {
        text: String,
        base: PathBuf,
        shown: String,
    },
}

/// Generates what is needed of the old crate and the new one from `new_spec`, configured alike
/// so that only the spec (and the generator, for a committed crate) makes them differ; the new
/// one keeps the old version, which is what is being decided.
fn comparison(root: &Path, new_spec: &Path, old: Old, options: &Options, title: String) -> Result<Comparison, String> {
    let target = TARGETS.iter().find(|target| root.join(target.spec) == new_spec);
    let crate_name = options
        .crate_name
        .clone()
        .or_else(|| target.map(|target| target.crate_name.to_owned()))
        .unwrap_or_else(|| crate::default_crate_name(new_spec));
    let config = super::config(root, new_spec, &crate_name);
    let old = match old {
        Old::Crate(committed) => committed,
        Old::Spec { text, base, shown } => {
            super::generate(&text, &codegen::Config { base_dir: Some(base), ..config.clone() }, &shown, "old")?
        }
    };
    let new_text = read(new_spec)?;
    let keep_version = codegen::Config { crate_version: old.version().map(|version| version.to_string()), ..config };
    let new = super::generate(&new_text, &keep_version, &keep_version.spec_path, "new")?;
    let crate_dir = options.out.clone().or_else(|| target.map(|target| root.join(target.out)));
    Ok(Comparison { crate_name, title, old, new, spec_version: spec_version(&new_text), crate_dir })
}

/// The spec's `info.version`, when it is a semantic version.
fn spec_version(text: &str) -> Option<semver::Version> {
    let document: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    semver::Version::parse(document.get("info")?.get("version")?.as_str()?).ok()
}

fn read(path: &Path) -> Result<String, String> {
    codegen::source::read_file(path).map_err(|error| format!("{}: {error}", path.display()))
}
