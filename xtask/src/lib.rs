//! The project's commands, as a library so that tests drive them exactly as `cargo xtask` does.

pub mod output;

use std::fmt;
use std::path::{Path, PathBuf};

pub use output::Drift;

/// The command that regenerates the default crate; generated headers and `--check` name it.
pub const REGENERATE: &str = "cargo xtask codegen";

const DEFAULT_SPEC: &str = "spec/instance-org.yaml";
const DEFAULT_OUT: &str = "generated-client";
const DEFAULT_CRATE_NAME: &str = "losant-instance-org";
const DEFAULT_LICENSE: &str = "MIT OR Apache-2.0";

pub const USAGE: &str = "\
usage: cargo xtask codegen [--check] [--spec PATH --out DIR] [--crate-name NAME]
                           [--crate-version VERSION] [--license SPDX]

Generates a Rust client crate from an OpenAPI 3.0 spec (YAML or JSON).
Without --spec, regenerates generated-client/ from spec/instance-org.yaml.

  --check            compare instead of writing; fail and name each stale, missing or extra file
  --spec PATH        the spec to read (then --out is required)
  --out DIR          the directory of the generated crate; it is owned by the generator
  --crate-name NAME  the package name (default: losant-instance-org, or the spec's file name)
  --crate-version V  the package version (default: the spec's info.version)
  --license SPDX     the package license (default: MIT OR Apache-2.0)";

/// The root of this workspace, where the default spec and output live.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// What `cargo xtask codegen` was asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Codegen {
    pub spec: PathBuf,
    pub out: PathBuf,
    pub crate_name: String,
    pub crate_version: Option<String>,
    pub license: String,
    pub check: bool,
}

impl Codegen {
    /// Reads the arguments after `codegen`. Paths given are relative to `current_dir`; the
    /// defaults are in the workspace at `root`.
    pub fn from_args(args: impl IntoIterator<Item = String>, current_dir: &Path, root: &Path) -> Result<Self, String> {
        let mut check = false;
        let (mut spec, mut out, mut crate_name, mut crate_version, mut license) = (None, None, None, None, None);
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let mut value = |flag: &str| args.next().ok_or_else(|| format!("{flag} needs a value"));
            match arg.as_str() {
                "--check" => check = true,
                "--spec" => spec = Some(current_dir.join(value("--spec")?)),
                "--out" => out = Some(current_dir.join(value("--out")?)),
                "--crate-name" => crate_name = Some(value("--crate-name")?),
                "--crate-version" => crate_version = Some(value("--crate-version")?),
                "--license" => license = Some(value("--license")?),
                other => return Err(format!("unknown argument `{other}`")),
            }
        }
        let (spec, out, default_name) = match (spec, out) {
            (None, None) => (root.join(DEFAULT_SPEC), root.join(DEFAULT_OUT), DEFAULT_CRATE_NAME.to_owned()),
            (Some(spec), Some(out)) => {
                let stem = spec.file_stem().map(|stem| stem.to_string_lossy().replace(['_', '.', ' '], "-"));
                (spec, out, stem.unwrap_or_default().to_lowercase())
            }
            (Some(_), None) => {
                return Err("--spec needs --out, so that another spec never overwrites generated-client/".into());
            }
            (None, Some(_)) => return Err("--out needs --spec".into()),
        };
        Ok(Self {
            spec,
            out,
            crate_name: crate_name.unwrap_or(default_name),
            crate_version,
            license: license.unwrap_or_else(|| DEFAULT_LICENSE.to_owned()),
            check,
        })
    }

    fn config(&self, root: &Path) -> codegen::Config {
        let shown = self.spec.strip_prefix(root).unwrap_or(&self.spec);
        let spec_path = shown.to_string_lossy().replace('\\', "/");
        let regenerate_command = if self.spec == root.join(DEFAULT_SPEC) {
            REGENERATE.to_owned()
        } else {
            let out = self.out.strip_prefix(root).unwrap_or(&self.out).to_string_lossy().replace('\\', "/");
            format!("{REGENERATE} --spec {spec_path} --out {out} --crate-name {}", self.crate_name)
        };
        codegen::Config {
            crate_name: self.crate_name.clone(),
            crate_version: self.crate_version.clone(),
            license: self.license.clone(),
            spec_path,
            regenerate_command,
        }
    }
}

/// What a successful run did.
#[derive(Debug)]
pub struct Outcome {
    pub warnings: Vec<codegen::Warning>,
    /// With `--check`, how the directory differs; otherwise what was written and removed.
    pub drift: Drift,
    pub files: usize,
}

#[derive(Debug)]
pub enum Failure {
    Generate(codegen::Error),
    Io { path: PathBuf, error: std::io::Error },
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Generate(error) => write!(f, "{error}"),
            Self::Io { path, error } => write!(f, "{}: {error}", path.display()),
        }
    }
}

/// Generates the crate in memory, then compares it with `out` (`--check`) or writes it there.
/// Nothing is written unless generation succeeded as a whole.
pub fn codegen(command: &Codegen, root: &Path) -> Result<Outcome, Failure> {
    let text =
        std::fs::read_to_string(&command.spec).map_err(|error| Failure::Io { path: command.spec.clone(), error })?;
    let generated = codegen::generate(&text, &command.config(root)).map_err(Failure::Generate)?;
    let io_failure = |error| Failure::Io { path: command.out.clone(), error };
    let drift = if command.check {
        output::compare(&command.out, &generated.files).map_err(io_failure)?
    } else {
        output::write(&command.out, &generated.files).map_err(io_failure)?
    };
    Ok(Outcome { warnings: generated.warnings, drift, files: generated.files.len() })
}
