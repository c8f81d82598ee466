//! `cargo xtask bench`: generation time, generated-crate compile time and request overhead,
//! each against the alternative measured in the same run, written to `BENCHMARKS.md`.
//!
//! The machines this runs on are noisy, so every number is a median with its spread over
//! interleaved rounds, and comparisons are ratios.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::{corpus, output};

/// The progenitor release compared against, installed from crates.io into the target directory.
const PROGENITOR_VERSION: &str = "0.15.1";

/// The large real-world spec, from the corpus package: 429 operations. It is the largest of the
/// package's OpenAPI 3.0 specs with 300 or more operations that progenitor 0.15 accepts (most
/// it refuses, zoom.us.json among them, with `TypeError(InvalidValue)`).
const LARGE_SPEC: &str = "bunq.com.json";

pub const USAGE: &str = "\
usage: cargo xtask bench [--rounds N] [--compile-rounds N] [--skip-compile]

Measures generation time (ours and progenitor's, per stage), the compile time of both generated
crates, and request overhead against hand-written reqwest code; writes BENCHMARKS.md.

  --rounds N          generation rounds per spec and tool (default 10)
  --compile-rounds N  timed rebuilds per crate and profile (default 1)
  --skip-compile      leave out the compile-time measurements (they take many minutes)
  --scaling-only      print only the scaling table (generation time against spec size); write nothing
  --reading-only      print only the table of reading specs as OpenAPI 3.1 against 3.0; write nothing";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub rounds: usize,
    pub compile_rounds: usize,
    pub compile: bool,
    pub scaling_only: bool,
    pub reading_only: bool,
}

impl Options {
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Self, String> {
        let mut options =
            Self { rounds: 10, compile_rounds: 1, compile: true, scaling_only: false, reading_only: false };
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let mut count = |name: &str| -> Result<usize, String> {
                let value = args.next().ok_or_else(|| format!("{name} needs a number"))?;
                value.parse().ok().filter(|count| *count > 0).ok_or_else(|| format!("{name} {value}: not a count"))
            };
            match arg.as_str() {
                "--rounds" => options.rounds = count("--rounds")?,
                "--compile-rounds" => options.compile_rounds = count("--compile-rounds")?,
                "--skip-compile" => options.compile = false,
                "--scaling-only" => options.scaling_only = true,
                "--reading-only" => options.reading_only = true,
                other => return Err(format!("unknown argument `{other}`")),
            }
        }
        Ok(options)
    }
}

/// The line after which `BENCHMARKS.md` holds notes written by hand (measurements no bench run
/// repeats, such as a compile-time breakdown), which a new report keeps.
pub const NOTES_MARKER: &str = "<!-- Notes below this line are kept by `cargo xtask bench`. -->";

/// `report`, followed by the notes of the `previous` report, if it had any.
pub fn with_kept_notes(report: String, previous: Option<&str>) -> String {
    match previous.and_then(|previous| previous.find(NOTES_MARKER).map(|at| &previous[at..])) {
        Some(notes) => format!(
            "{}

{notes}",
            report.trim_end()
        ),
        None => report,
    }
}

/// Measurements of one quantity over several rounds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Samples(Vec<f64>);

impl Samples {
    pub fn new(values: Vec<f64>) -> Self {
        Self(values)
    }

    pub fn push(&mut self, value: f64) {
        self.0.push(value);
    }

    fn sorted(&self) -> Vec<f64> {
        let mut values = self.0.clone();
        values.sort_by(f64::total_cmp);
        values
    }

    pub fn median(&self) -> f64 {
        let values = self.sorted();
        match values.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => values[n / 2],
            n => (values[n / 2 - 1] + values[n / 2]) / 2.0,
        }
    }

    /// The smallest and largest value.
    pub fn spread(&self) -> (f64, f64) {
        let values = self.sorted();
        (values.first().copied().unwrap_or(f64::NAN), values.last().copied().unwrap_or(f64::NAN))
    }

    pub fn max(&self) -> f64 {
        self.spread().1
    }

    /// The median of the ratios of values measured in the same round: drift between rounds
    /// (this machine's speed varies by a fifth) cancels out, which it does not in a ratio of medians.
    pub fn paired_ratio(&self, denominators: &Samples) -> f64 {
        self.paired_ratios(denominators).median()
    }

    /// The ratio of the values measured in each round.
    pub fn paired_ratios(&self, denominators: &Samples) -> Samples {
        Samples(self.0.iter().zip(&denominators.0).map(|(numerator, denominator)| numerator / denominator).collect())
    }

    /// `median (min–max)` of the rounds' ratios, for a ratio whose noise the reader must see.
    pub(crate) fn paired_ratio_text(&self, denominators: &Samples) -> String {
        let ratios = self.paired_ratios(denominators);
        let (min, max) = ratios.spread();
        format!("{:.2}x (rounds {min:.2}–{max:.2})", ratios.median())
    }

    /// `median (min–max)`, each value scaled and with `decimals` digits.
    pub(crate) fn text(&self, scale: f64, decimals: usize) -> String {
        let (min, max) = self.spread();
        format!("{:.*} ({:.*}–{:.*})", decimals, self.median() * scale, decimals, min * scale, decimals, max * scale)
    }
}

/// A command's wall time and its peak resident memory (of it or any process it waited for).
struct Run {
    seconds: f64,
    peak_mib: f64,
}

/// Runs `command` under GNU time for its peak memory; fails unless it succeeds.
fn measured(command: &mut Command, what: &str) -> Result<Run, String> {
    let report = tempfile::NamedTempFile::new().map_err(|error| format!("a temporary file: {error}"))?;
    let program = command.get_program().to_owned();
    let args: Vec<_> = command.get_args().map(ToOwned::to_owned).collect();
    let mut timed = Command::new("/usr/bin/time");
    timed.arg("-f").arg("%M").arg("-o").arg(report.path()).arg(program).args(args);
    for (key, value) in command.get_envs() {
        match value {
            Some(value) => timed.env(key, value),
            None => timed.env_remove(key),
        };
    }
    if let Some(dir) = command.get_current_dir() {
        timed.current_dir(dir);
    }
    let started = Instant::now();
    let result = timed.output().map_err(|error| format!("{what}: running /usr/bin/time: {error}"))?;
    let seconds = started.elapsed().as_secs_f64();
    if !result.status.success() {
        let stderr = String::from_utf8_lossy(&result.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(15).collect();
        return Err(format!("{what} failed:\n{}", tail.into_iter().rev().collect::<Vec<_>>().join("\n")));
    }
    let kib: f64 = fs::read_to_string(report.path())
        .ok()
        .and_then(|text| text.lines().last().and_then(|line| line.trim().parse().ok()))
        .ok_or_else(|| format!("{what}: /usr/bin/time reported no peak memory"))?;
    Ok(Run { seconds, peak_mib: kib / 1024.0 })
}

/// A spec both generators read, and where each writes its crate.
struct Subject {
    label: String,
    spec: PathBuf,
    operations: usize,
    ours: PathBuf,
    theirs: PathBuf,
}

/// Generation measured for one spec.
struct Generation {
    subject: Subject,
    parse_floor: Samples,
    stages: [Samples; 5],
    ours_wall: Samples,
    theirs_wall: Samples,
    ours_peak: Samples,
    theirs_peak: Samples,
    ours_lines: Lines,
    theirs_lines: Lines,
}

const STAGES: [&str; 5] = ["parse", "lower", "emit", "format", "write"];

/// Builds of one crate in one profile.
struct Build {
    seconds: Samples,
    peak_mib: Samples,
}

struct Compile {
    profile: &'static str,
    ours: Build,
    theirs: Build,
}

struct Overhead {
    ours: Samples,
    theirs: Samples,
    /// The generated client with retries off.
    once: Samples,
    ours_allocations: f64,
    theirs_allocations: f64,
    once_allocations: f64,
}

/// Runs every measurement and returns the Markdown report.
pub fn run(root: &Path, options: &Options, progress: &mut dyn FnMut(&str)) -> Result<String, String> {
    let work = root.join("target/bench");
    let progenitor = install_progenitor(&work, progress)?;
    let large_spec = corpus::fetch(&root.join("target/corpus"))?.join(LARGE_SPEC);
    let compile_dir = work.join("compile");
    let subjects = [
        subject("Instance Org (`spec/instance-org.yaml`)", &root.join("spec/instance-org.yaml"), &work.join("small"))?,
        subject(&format!("{LARGE_SPEC} (APIs.guru)"), &large_spec, &compile_dir)?,
    ];
    let mut generations = Vec::new();
    for subject in subjects {
        progress(&format!("generating from {} ({} rounds per tool)", subject.label, options.rounds));
        generations.push(measure_generation(subject, &progenitor, options.rounds)?);
    }
    let mut compiles = Vec::new();
    if options.compile {
        let large = &generations[1].subject;
        write_workspace(root, &compile_dir, &[&large.ours, &large.theirs])?;
        for profile in ["debug", "release"] {
            progress(&format!("compiling both crates for {LARGE_SPEC} ({profile})"));
            compiles.push(measure_compile(&compile_dir, large, profile, options.compile_rounds)?);
        }
    }
    progress("measuring request overhead");
    let overhead = measure_overhead(root)?;
    let readings = measure_readings(root, options.rounds, progress)?;
    let scaling = crate::scaling::table(options.rounds.min(3), progress)?;
    let report = report(options, &generations, &compiles, &overhead, &readings);
    Ok(report + "\n" + &crate::reading::table(&readings) + "\n" + &scaling)
}

/// Reading the small and the large spec as OpenAPI 3.1 against 3.0.
pub fn measure_readings(
    root: &Path,
    rounds: usize,
    progress: &mut dyn FnMut(&str),
) -> Result<Vec<crate::reading::Reading>, String> {
    progress("reading specs as OpenAPI 3.1 and 3.0");
    let large_spec = corpus::fetch(&root.join("target/corpus"))?.join(LARGE_SPEC);
    Ok(vec![
        crate::reading::measure("Instance Org", &root.join("spec/instance-org.yaml"), rounds * 3)?,
        crate::reading::measure(LARGE_SPEC, &large_spec, rounds * 3)?,
    ])
}

fn subject(label: &str, spec: &Path, out: &Path) -> Result<Subject, String> {
    let text = fs::read_to_string(spec).map_err(|error| format!("{}: {error}", spec.display()))?;
    let document: serde_json::Value = if spec.extension().is_some_and(|extension| extension == "json") {
        serde_json::from_str(&text).map_err(|error| format!("{}: {error}", spec.display()))?
    } else {
        serde_yaml::from_str(&text).map_err(|error| format!("{}: {error}", spec.display()))?
    };
    Ok(Subject {
        label: label.to_owned(),
        spec: spec.to_owned(),
        operations: corpus::count_operations(&document),
        ours: out.join("ours"),
        theirs: out.join("progenitor"),
    })
}

/// `cargo-progenitor` from crates.io, built once into the bench directory.
fn install_progenitor(work: &Path, progress: &mut dyn FnMut(&str)) -> Result<PathBuf, String> {
    let tools = work.join("tools");
    let binary = tools.join("bin/cargo-progenitor");
    if binary.is_file() {
        return Ok(binary);
    }
    progress(&format!("installing cargo-progenitor {PROGENITOR_VERSION} (once)"));
    let status = Command::new(env!("CARGO"))
        .args(["install", "cargo-progenitor", "--locked", "--version", PROGENITOR_VERSION, "--root"])
        .arg(&tools)
        .env("CARGO_TARGET_DIR", work.join("tools-build"))
        .status()
        .map_err(|error| format!("running cargo install: {error}"))?;
    if status.success() { Ok(binary) } else { Err("cargo install cargo-progenitor failed".to_owned()) }
}

fn measure_generation(subject: Subject, progenitor: &Path, rounds: usize) -> Result<Generation, String> {
    let text = fs::read_to_string(&subject.spec).map_err(|error| format!("{}: {error}", subject.spec.display()))?;
    let json = text.trim_start().starts_with('{');
    let config = codegen::Config {
        crate_name: "bench-ours".to_owned(),
        crate_version: Some("0.1.0".to_owned()),
        license: "MIT".to_owned(),
        spec_path: subject.spec.display().to_string(),
        regenerate_command: "cargo xtask bench".to_owned(),
        base_dir: None,
    };
    let ours_binary = std::env::current_exe().map_err(|error| format!("this program's path: {error}"))?;
    let mut generation = Generation {
        parse_floor: Samples::default(),
        stages: Default::default(),
        ours_wall: Samples::default(),
        theirs_wall: Samples::default(),
        ours_peak: Samples::default(),
        theirs_peak: Samples::default(),
        ours_lines: Lines::default(),
        theirs_lines: Lines::default(),
        subject,
    };
    let subject = &generation.subject;
    let in_process = subject.ours.with_extension("in-process");
    for round in 0..rounds {
        let started = Instant::now();
        let parsed = if json {
            serde_json::from_str::<openapiv3::OpenAPI>(&text).map(drop).map_err(|error| error.to_string())
        } else {
            serde_yaml::from_str::<openapiv3::OpenAPI>(&text).map(drop).map_err(|error| error.to_string())
        };
        generation.parse_floor.push(started.elapsed().as_secs_f64());
        parsed.map_err(|error| format!("parsing {}: {error}", subject.spec.display()))?;

        let (generated, timings) = codegen::generate_timed(&text, &config).map_err(|error| error.to_string())?;
        let started = Instant::now();
        output::write(&in_process, &generated.files).map_err(|error| format!("{}: {error}", in_process.display()))?;
        let write = started.elapsed();
        for (samples, duration) in
            generation.stages.iter_mut().zip([timings.parse, timings.lower, timings.emit, timings.format, write])
        {
            samples.push(duration.as_secs_f64());
        }

        // Whole processes, alternating which goes first.
        let mut ours = Command::new(&ours_binary);
        ours.arg("codegen").arg("--spec").arg(&subject.spec).arg("--out").arg(&subject.ours);
        ours.args(["--crate-name", "bench-ours", "--crate-version", "0.1.0"]);
        let mut theirs = Command::new(progenitor);
        theirs.arg("progenitor").arg("-i").arg(&subject.spec).arg("-o").arg(&subject.theirs);
        theirs.args(["-n", "bench-progenitor", "-v", "0.1.0"]);
        let (ours_run, theirs_run) = if round % 2 == 0 {
            let ours_run = measured(&mut ours, "our generator")?;
            (ours_run, measured(&mut theirs, "cargo-progenitor")?)
        } else {
            let theirs_run = measured(&mut theirs, "cargo-progenitor")?;
            (measured(&mut ours, "our generator")?, theirs_run)
        };
        generation.ours_wall.push(ours_run.seconds);
        generation.ours_peak.push(ours_run.peak_mib);
        generation.theirs_wall.push(theirs_run.seconds);
        generation.theirs_peak.push(theirs_run.peak_mib);
    }
    generation.ours_lines = rust_lines(&subject.ours.join("src"));
    generation.theirs_lines = rust_lines(&subject.theirs.join("src"));
    Ok(generation)
}

/// Lines of Rust source under `dir`: all of them, and those that are neither blank nor comments.
fn rust_lines(dir: &Path) -> Lines {
    let Ok(entries) = fs::read_dir(dir) else { return Lines::default() };
    entries.flatten().map(|entry| entry.path()).fold(Lines::default(), |total, path| {
        let lines = if path.is_dir() {
            rust_lines(&path)
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            let text = fs::read_to_string(&path).unwrap_or_default();
            let code = text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with("//")).count();
            Lines { all: text.lines().count(), code }
        } else {
            Lines::default()
        };
        Lines { all: total.all + lines.all, code: total.code + lines.code }
    })
}

#[derive(Debug, Clone, Copy, Default)]
struct Lines {
    all: usize,
    code: usize,
}

impl Lines {
    fn text(self) -> String {
        format!("{} ({} code)", self.all, self.code)
    }
}

/// A workspace of both generated crates, so that they share resolved dependencies where they
/// can and one target directory.
fn write_workspace(root: &Path, dir: &Path, members: &[&Path]) -> Result<(), String> {
    let names: Vec<String> = members
        .iter()
        .filter_map(|member| member.file_name())
        .map(|name| format!("\"{}\"", name.to_string_lossy()))
        .collect();
    let manifest = format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", names.join(", "));
    let io = |error: std::io::Error| format!("{}: {error}", dir.display());
    fs::write(dir.join("Cargo.toml"), manifest).map_err(io)?;
    if !dir.join("Cargo.lock").exists() {
        fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).map_err(io)?;
    }
    Ok(())
}

fn measure_compile(dir: &Path, subject: &Subject, profile: &'static str, rounds: usize) -> Result<Compile, String> {
    let build = |crate_dir: &Path| -> Result<Build, String> {
        let name = package_name(crate_dir)?;
        let mut command = Command::new(env!("CARGO"));
        command.args(["build", "--quiet", "--package", &name]).current_dir(dir);
        command.env("CARGO_TARGET_DIR", dir.join("target")).env("CARGO_INCREMENTAL", "0");
        if profile == "release" {
            command.arg("--release");
        }
        // The first build compiles the dependencies; the timed ones rebuild the crate alone.
        measured(&mut command, &format!("building {name}"))?;
        let mut build = Build { seconds: Samples::default(), peak_mib: Samples::default() };
        for _ in 0..rounds {
            touch(&crate_dir.join("src/lib.rs"))?;
            let run = measured(&mut command, &format!("rebuilding {name}"))?;
            build.seconds.push(run.seconds);
            build.peak_mib.push(run.peak_mib);
        }
        Ok(build)
    };
    Ok(Compile { profile, ours: build(&subject.ours)?, theirs: build(&subject.theirs)? })
}

fn package_name(crate_dir: &Path) -> Result<String, String> {
    let manifest = crate_dir.join("Cargo.toml");
    let text = fs::read_to_string(&manifest).map_err(|error| format!("{}: {error}", manifest.display()))?;
    text.lines()
        .find_map(|line| line.strip_prefix("name = ").map(|name| name.trim_matches('"').to_owned()))
        .ok_or_else(|| format!("{}: no package name", manifest.display()))
}

fn touch(path: &Path) -> Result<(), String> {
    fs::File::options()
        .append(true)
        .open(path)
        .and_then(|file| file.set_modified(std::time::SystemTime::now()))
        .map_err(|error| format!("{}: {error}", path.display()))
}

/// Runs the `overhead` bench of the tests crate and reads its lines.
fn measure_overhead(root: &Path) -> Result<Overhead, String> {
    let output = Command::new(env!("CARGO"))
        .args(["bench", "--quiet", "--package", "tests", "--bench", "overhead"])
        .current_dir(root)
        .output()
        .map_err(|error| format!("running cargo bench: {error}"))?;
    if !output.status.success() {
        return Err(format!("the overhead bench failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = |client: &str| -> Result<(Samples, f64), String> {
        let fields: Vec<&str> = stdout
            .lines()
            .find_map(|line| line.strip_prefix(&format!("overhead {client} ")))
            .ok_or_else(|| format!("the overhead bench printed nothing for {client}:\n{stdout}"))?
            .split(' ')
            .collect();
        let rates = fields.first().map(|rates| rates.split(',').filter_map(|rate| rate.parse().ok()).collect());
        let allocations = fields.get(1).and_then(|text| text.parse().ok());
        match (rates, allocations) {
            (Some(rates), Some(allocations)) => Ok((Samples::new(rates), allocations)),
            _ => Err(format!("unreadable overhead line for {client}:\n{stdout}")),
        }
    };
    let (ours, ours_allocations) = line("generated")?;
    let (theirs, theirs_allocations) = line("hand-written")?;
    let (once, once_allocations) = line("generated-without-retries")?;
    Ok(Overhead { ours, theirs, once, ours_allocations, theirs_allocations, once_allocations })
}

fn ratio(numerator: f64, denominator: f64) -> String {
    format!("{:.2}x", numerator / denominator)
}

fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "**missed**" }
}

fn machine() -> String {
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines().find_map(|line| {
                line.strip_prefix("model name").map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_owned())
            })
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let memory_gib = fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|text| {
            text.lines().find_map(|line| {
                line.strip_prefix("MemTotal:")
                    .map(str::trim)
                    .and_then(|rest| rest.trim_end_matches(" kB").parse::<f64>().ok())
            })
        })
        .map_or_else(String::new, |kib| format!(", {:.0} GiB", kib / 1024.0 / 1024.0));
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .unwrap_or_default();
    format!("{cpu}, {cores} cores{memory_gib}; {rustc}")
}

fn today() -> String {
    Command::new("date")
        .args(["-u", "+%Y-%m-%d"])
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .unwrap_or_default()
}

fn report(
    options: &Options,
    generations: &[Generation],
    compiles: &[Compile],
    overhead: &Overhead,
    readings: &[crate::reading::Reading],
) -> String {
    let mut text = String::new();
    let command = format!(
        "cargo xtask bench --rounds {} --compile-rounds {}{}",
        options.rounds,
        options.compile_rounds,
        if options.compile { "" } else { " --skip-compile" }
    );
    let _ = writeln!(text, "# Benchmarks\n");
    let _ = writeln!(
        text,
        "Written by `{command}` on {}.\n\nMachine: {}.\n\nEach number is the median over interleaved rounds, \
         with the smallest and largest in parentheses. Speed-ups and the throughput ratio are medians of \
         the ratios within each round (the two sides of a round run back to back, so the machine's drift \
         cancels); the compile ratios, from one round, compare medians. Progenitor is \
         `cargo-progenitor` {PROGENITOR_VERSION} from crates.io.\n",
        today(),
        machine()
    );
    let _ = writeln!(text, "## Generation\n");
    let _ = writeln!(
        text,
        "Whole processes, spec file to a formatted crate on disk (wall time, ms), and their peak memory (MiB).\n"
    );
    let _ = writeln!(
        text,
        "| spec | operations | ours | progenitor | speed-up | ours, peak MiB | progenitor, peak MiB | ours, lines | progenitor, lines |"
    );
    let _ = writeln!(text, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for generation in generations {
        let _ = writeln!(
            text,
            "| {} | {} | {} | {} | {:.2}x | {} | {} | {} | {} |",
            generation.subject.label,
            generation.subject.operations,
            generation.ours_wall.text(1000.0, 1),
            generation.theirs_wall.text(1000.0, 1),
            generation.theirs_wall.paired_ratio(&generation.ours_wall),
            generation.ours_peak.text(1.0, 0),
            generation.theirs_peak.text(1.0, 0),
            generation.ours_lines.text(),
            generation.theirs_lines.text(),
        );
    }
    let _ = writeln!(
        text,
        "\nOur stages in-process (ms), and the floor: deserializing the spec into `openapiv3` types and nothing else.\n"
    );
    let _ = writeln!(text, "| spec | parse floor | {} | total | total / floor |", STAGES.join(" | "));
    let _ = writeln!(text, "| --- | ---: |{} ---: | ---: |", " ---: |".repeat(STAGES.len()));
    for generation in generations {
        let total: f64 = generation.stages.iter().map(Samples::median).sum();
        let shares: Vec<String> = generation
            .stages
            .iter()
            .map(|stage| format!("{} · {:.0}%", stage.text(1000.0, 2), 100.0 * stage.median() / total))
            .collect();
        let _ = writeln!(
            text,
            "| {} | {} | {} | {:.2} | {} |",
            generation.subject.label,
            generation.parse_floor.text(1000.0, 2),
            shares.join(" | "),
            total * 1000.0,
            ratio(total, generation.parse_floor.median())
        );
    }
    if !compiles.is_empty() {
        let _ = writeln!(
            text,
            "\n## Compiling the generated crate\n\nA rebuild of the crate for {LARGE_SPEC} alone, its dependencies already built \
             (`CARGO_INCREMENTAL=0`): wall time in seconds and the peak memory of the build (MiB).\n"
        );
        let _ = writeln!(text, "| profile | ours | progenitor | speed-up | ours, peak MiB | progenitor, peak MiB |");
        let _ = writeln!(text, "| --- | ---: | ---: | ---: | ---: | ---: |");
        for compile in compiles {
            let _ = writeln!(
                text,
                "| {} | {} | {} | {} | {} | {} |",
                compile.profile,
                compile.ours.seconds.text(1.0, 1),
                compile.theirs.seconds.text(1.0, 1),
                ratio(compile.theirs.seconds.median(), compile.ours.seconds.median()),
                compile.ours.peak_mib.text(1.0, 0),
                compile.theirs.peak_mib.text(1.0, 0),
            );
        }
    }
    let _ = writeln!(
        text,
        "\n## Request overhead\n\nSequential GET + PATCH pairs of the Instance Org resource against an axum server on \
         127.0.0.1, through the generated client (its default retry policy on: no request fails, so it must cost \
         nothing) and through hand-written `reqwest` + `serde_json` code decoding into the same model, in alternating \
         rounds (`cargo bench -p tests --bench overhead`). Allocations are counted on the client's thread only.\n"
    );
    let _ = writeln!(text, "| client | requests/s | allocations per request |");
    let _ = writeln!(text, "| --- | ---: | ---: |");
    let _ = writeln!(text, "| generated | {} | {:.1} |", overhead.ours.text(1.0, 0), overhead.ours_allocations);
    let _ = writeln!(text, "| hand-written | {} | {:.1} |", overhead.theirs.text(1.0, 0), overhead.theirs_allocations);
    let _ = writeln!(
        text,
        "| generated, retries off | {} | {:.1} |",
        overhead.once.text(1.0, 0),
        overhead.once_allocations
    );
    let _ = writeln!(
        text,
        "\nThroughput ratio, generated / hand-written: {}; generated / generated with retries off: {}. The median \
         is of the ratios within each round; the range shows how far one round strays on this machine.\n",
        overhead.ours.paired_ratio_text(&overhead.theirs),
        overhead.ours.paired_ratio_text(&overhead.once)
    );
    text.push_str(&targets(generations, compiles, overhead, readings));
    text
}

/// The targets, each with the measured value and whether it was met.
fn targets(
    generations: &[Generation],
    compiles: &[Compile],
    overhead: &Overhead,
    readings: &[crate::reading::Reading],
) -> String {
    let mut rows: Vec<(String, String, bool)> = Vec::new();
    for (generation, wanted) in generations.iter().zip([3.0, 10.0]) {
        let speedup = generation.theirs_wall.paired_ratio(&generation.ours_wall);
        rows.push((
            format!("generation at least {wanted}x faster than progenitor, {}", generation.subject.label),
            format!("{speedup:.1}x"),
            speedup >= wanted,
        ));
        let total: f64 = generation.stages.iter().map(Samples::median).sum();
        let floor = total / generation.parse_floor.median();
        rows.push((
            format!("generation within 2x of the parse floor, {}", generation.subject.label),
            format!("{floor:.1}x"),
            floor <= 2.0,
        ));
    }
    if let Some(large) = generations.get(1) {
        let peak = large.ours_peak.max();
        rows.push((
            "peak memory of the generator under 100 MiB, large spec".to_owned(),
            format!("{peak:.0} MiB"),
            peak < 100.0,
        ));
        let share = large.ours_lines.code as f64 / large.theirs_lines.code as f64;
        rows.push((
            "generated code lines (not blank, not comments) at most 0.6x progenitor's, large spec".to_owned(),
            format!("{share:.2}x"),
            share <= 0.6,
        ));
    }
    for compile in compiles {
        let speedup = compile.theirs.seconds.median() / compile.ours.seconds.median();
        rows.push((
            format!("the crate rebuilds at least 2x faster than progenitor's ({})", compile.profile),
            format!("{speedup:.1}x"),
            speedup >= 2.0,
        ));
        let (ours, theirs) = (compile.ours.peak_mib.max(), compile.theirs.peak_mib.max());
        rows.push((
            format!("in less peak memory than progenitor's ({})", compile.profile),
            format!("{ours:.0} MiB / {theirs:.0} MiB"),
            ours < theirs,
        ));
    }
    let throughput = overhead.ours.paired_ratio(&overhead.theirs);
    rows.push((
        "client throughput at least 0.95x hand-written reqwest".to_owned(),
        overhead.ours.paired_ratio_text(&overhead.theirs),
        throughput >= 0.95,
    ));
    for reading in readings {
        let ratio = reading.ratio();
        rows.push((
            format!(
                "reading OpenAPI 3.1 costs no more than 3.0, within noise ({:.2}x), {}",
                crate::reading::NOISE,
                reading.label
            ),
            format!("{ratio:.2}x"),
            ratio <= crate::reading::NOISE,
        ));
    }
    let mut text = String::from("## Targets\n\n| target | measured | |\n| --- | ---: | --- |\n");
    for (target, measured, met) in rows {
        let _ = writeln!(text, "| {target} | {measured} | {} |", verdict(met));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_report_keeps_the_notes_of_the_last_and_nothing_else() {
        let previous = format!("# Benchmarks\nold numbers\n\n{NOTES_MARKER}\n\n## Breakdown\nby hand\n");
        let report = with_kept_notes("# Benchmarks\nnew numbers\n".to_owned(), Some(&previous));
        assert_eq!(report, format!("# Benchmarks\nnew numbers\n\n{NOTES_MARKER}\n\n## Breakdown\nby hand\n"));
        assert_eq!(with_kept_notes("new\n".to_owned(), Some("old, no notes\n")), "new\n");
        assert_eq!(with_kept_notes("new\n".to_owned(), None), "new\n");
    }

    #[test]
    fn medians_and_spreads() {
        let samples = Samples::new(vec![3.0, 1.0, 2.0, 10.0]);
        assert_eq!(samples.median(), 2.5);
        assert_eq!(samples.spread(), (1.0, 10.0));
        assert_eq!(Samples::new(vec![0.004, 0.002, 0.003]).text(1000.0, 1), "3.0 (2.0–4.0)");
        let theirs = Samples::new(vec![4.0, 9.0, 30.0]);
        assert_eq!(theirs.paired_ratio(&Samples::new(vec![2.0, 3.0, 10.0])), 3.0);
        assert_eq!(theirs.paired_ratio_text(&Samples::new(vec![2.0, 3.0, 10.0])), "3.00x (rounds 2.00–3.00)");
    }

    #[test]
    fn options_parse_and_refuse_nonsense() {
        let parse = |args: &[&str]| Options::from_args(args.iter().map(|arg| (*arg).to_owned()));
        assert_eq!(
            parse(&[]),
            Ok(Options { rounds: 10, compile_rounds: 1, compile: true, scaling_only: false, reading_only: false })
        );
        assert_eq!(
            parse(&["--rounds", "3", "--skip-compile"]),
            Ok(Options { rounds: 3, compile_rounds: 1, compile: false, scaling_only: false, reading_only: false })
        );
        assert!(parse(&["--rounds", "0"]).is_err());
        assert!(parse(&["--rounds"]).is_err());
        assert!(parse(&["--fast"]).is_err());
    }
}
