//! The project's commands, as a library so that tests drive them exactly as `cargo xtask` does.

pub mod bench;
pub mod corpus;
pub mod fastapi;
pub mod output;
pub mod reading;
pub mod rewrite31;
pub mod scaling;
pub mod semver;

use std::fmt;
use std::path::{Path, PathBuf};

pub use output::{Drift, WriteError};

/// The command that regenerates the default crate; generated headers and `--check` name it.
pub const REGENERATE: &str = "cargo xtask codegen";

/// A crate this workspace generates and commits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub spec: &'static str,
    pub out: &'static str,
    pub crate_name: &'static str,
}

/// Every committed generated crate: `cargo xtask codegen` regenerates them all, `--check` checks them all.
pub const TARGETS: &[Target] = &[
    Target { spec: "spec/instance-org.yaml", out: "generated-client", crate_name: "losant-instance-org" },
    Target { spec: "spec/instance-orgs.yaml", out: "generated-orgs-client", crate_name: "losant-instance-orgs" },
    Target { spec: "tests/fixtures/specs/wire.yaml", out: "tests/wire-client", crate_name: "wire-client" },
    Target {
        spec: "tests/fixtures/specs/constructs.yaml",
        out: "tests/constructs-client",
        crate_name: "constructs-client",
    },
    Target { spec: "tests/fixtures/specs/hostile.yaml", out: "tests/hostile-client", crate_name: "hostile-client" },
    Target { spec: "tests/fixtures/specs/refs/api.yaml", out: "tests/refs-client", crate_name: "refs-client" },
    Target {
        spec: "tests/fixtures/specs/recursion.yaml",
        out: "tests/recursion-client",
        crate_name: "recursion-client",
    },
    Target { spec: fastapi::SPEC, out: "tests/fastapi-client", crate_name: "fastapi-client" },
];

pub(crate) const DEFAULT_LICENSE: &str = "MIT OR Apache-2.0";

pub const USAGE: &str = "\
usage: cargo xtask codegen [--check] [--spec PATH --out DIR] [--crate-name NAME]
                           [--crate-version VERSION] [--license SPDX]

Generates a Rust client crate from an OpenAPI 3.0 or 3.1 spec (YAML or JSON).
Without --spec, regenerates every crate the workspace commits: generated-client/ from
spec/instance-org.yaml, generated-orgs-client/ from spec/instance-orgs.yaml, and the test
fixture crates under tests/.

  --check            compare instead of writing; fail and name each stale, missing or extra file
  --spec PATH        the spec to read (then --out is required)
  --out DIR          the directory of the generated crate; it is owned by the generator
  --crate-name NAME  the package name (default: the spec's file name)
  --crate-version V  the package version (default: the spec's info.version)
  --license SPDX     the package license (default: MIT OR Apache-2.0)

Other commands: `cargo xtask corpus [--only TEXT | --sample N [--seed S]]` generates and checks
crates for real-world specs (chosen ones, or N drawn at random); `cargo xtask bench` measures and
writes BENCHMARKS.md; `cargo xtask fastapi-spec` rewrites tests/fixtures/fastapi/openapi.json from
the FastAPI application; `cargo xtask semver` says which release a spec change needs (`cargo xtask
semver --help`).";

/// The root of this workspace, where the default spec and output live.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// The package name a crate generated from `spec` takes unless told otherwise: the spec's file
/// name in lower case, with one `-` for each run of other characters than ASCII letters and
/// digits. When that is no usable name (`1forge-com`, `match`, nothing), `api-` goes in front.
pub fn default_crate_name(spec: &Path) -> String {
    /// Leaves room for the prefix within Cargo's limit.
    const LONGEST_STEM: usize = codegen::MAX_CRATE_NAME - "api-".len();
    let stem = spec.file_stem().map(|stem| stem.to_string_lossy()).unwrap_or_default();
    let mut name = kebab_words(&stem);
    name.truncate(LONGEST_STEM);
    let name = name.trim_end_matches('-');
    if codegen::check_crate_name(name).is_ok() {
        name.to_owned()
    } else {
        format!("api-{name}").trim_end_matches('-').to_owned()
    }
}

/// `text`'s runs of ASCII letters and digits in lower case, joined by single `-`: what a crate
/// name made from a path is built of, since rustc warns about a library name with `__` in it.
pub fn kebab_words(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|word| !word.is_empty()).collect::<Vec<_>>().join("-")
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
    /// Reads the arguments after `codegen`: one command per crate to generate. Paths given are
    /// relative to `current_dir`; the committed targets are in the workspace at `root`.
    pub fn from_args(
        args: impl IntoIterator<Item = String>,
        current_dir: &Path,
        root: &Path,
    ) -> Result<Vec<Self>, String> {
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
        let license = license.unwrap_or_else(|| DEFAULT_LICENSE.to_owned());
        let command = |spec: PathBuf, out: PathBuf, crate_name: String| Self {
            spec,
            out,
            crate_name,
            crate_version: crate_version.clone(),
            license: license.clone(),
            check,
        };
        match (spec, out) {
            (None, None) if crate_name.is_none() && crate_version.is_none() => Ok(TARGETS
                .iter()
                .map(|target| command(root.join(target.spec), root.join(target.out), target.crate_name.to_owned()))
                .collect()),
            (None, None) => Err("--crate-name and --crate-version need --spec and --out".into()),
            (Some(spec), Some(out)) => {
                let crate_name = crate_name.unwrap_or_else(|| default_crate_name(&spec));
                Ok(vec![command(spec, out, crate_name)])
            }
            (Some(_), None) => {
                Err("--spec needs --out, so that another spec never overwrites generated-client/".into())
            }
            (None, Some(_)) => Err("--out needs --spec".into()),
        }
    }

    /// The command that regenerates this crate, as its file headers name it.
    pub fn regenerate_command(&self, root: &Path) -> String {
        self.config(root).regenerate_command
    }

    /// How the generator is configured for this crate.
    pub fn config(&self, root: &Path) -> codegen::Config {
        let shown = self.spec.strip_prefix(root).unwrap_or(&self.spec);
        let spec_path = shown.to_string_lossy().replace('\\', "/");
        // Headers must not depend on where the crate is written, or output would differ by directory.
        let committed =
            TARGETS.iter().any(|target| self.spec == root.join(target.spec) && self.crate_name == target.crate_name);
        let regenerate_command = if committed {
            REGENERATE.to_owned()
        } else {
            format!("{REGENERATE} --spec {spec_path} --out <this directory> --crate-name {}", self.crate_name)
        };
        codegen::Config {
            crate_name: self.crate_name.clone(),
            crate_version: self.crate_version.clone(),
            license: self.license.clone(),
            spec_path,
            regenerate_command,
            base_dir: self.spec.parent().map(Path::to_path_buf),
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
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// Writing failed after these files of the directory were changed.
    Partial {
        path: PathBuf,
        error: std::io::Error,
        changed: Vec<String>,
    },
}

impl Failure {
    /// Whether the output directory is exactly as it was before the run.
    pub fn left_untouched(&self) -> bool {
        !matches!(self, Self::Partial { .. })
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Generate(error) => write!(f, "{error}"),
            Self::Io { path, error } => write!(f, "{}: {error}", path.display()),
            Self::Partial { path, error, changed } => {
                write!(f, "{}: {error}; these files had already changed: {}", path.display(), changed.join(", "))
            }
        }
    }
}

/// Generates the crate in memory, then compares it with `out` (`--check`) or writes it there.
/// Nothing is written unless generation succeeded as a whole.
pub fn codegen(command: &Codegen, root: &Path) -> Result<Outcome, Failure> {
    let text =
        codegen::source::read_file(&command.spec).map_err(|error| Failure::Io { path: command.spec.clone(), error })?;
    let generated = codegen::generate(&text, &command.config(root)).map_err(Failure::Generate)?;
    let drift = if command.check {
        output::compare(&command.out, &generated.files)
            .map_err(|error| Failure::Io { path: command.out.clone(), error })?
    } else {
        output::write(&command.out, &generated.files).map_err(|WriteError { error, changed }| {
            let path = command.out.clone();
            if changed.is_empty() { Failure::Io { path, error } } else { Failure::Partial { path, error, changed } }
        })?
    };
    Ok(Outcome { warnings: generated.warnings, drift, files: generated.files.len() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_crate_names_are_usable() {
        let cases = [
            ("specs/bunq.com.json", "bunq-com"),
            ("Instance_Org v2.yaml", "instance-org-v2"),
            ("1forge.com.json", "api-1forge-com"),
            ("amadeus-airport-&-city-search.json", "amadeus-airport-city-search"),
            ("MATCH.json", "api-match"),
            ("std.yaml", "api-std"),
            ("äöü.yaml", "api"),
        ];
        for (spec, expected) in cases {
            let name = default_crate_name(Path::new(spec));
            assert_eq!(name, expected, "{spec}");
            assert!(codegen::check_crate_name(&name).is_ok(), "{spec}");
        }
        let long = default_crate_name(Path::new(&format!("{}.json", "a-".repeat(50))));
        assert!(long.len() <= 64 && codegen::check_crate_name(&long).is_ok(), "{long}");
    }
}
