//! Generates a Rust client crate from an OpenAPI 3.0 description.
//!
//! The stages run in one direction, one module each:
//! [`source`] reads and checks the spec (with [`bundle`] writing in place the references
//! OpenAPI allows nowhere), [`lower`] turns it into the [`ir`] (resolving `$ref`s
//! through [`refs`] and naming through [`naming`]), [`emit`] turns the model into tokens, and
//! [`render`] formats them. [`generate`] runs them all and returns the files in memory; it writes
//! nothing.

pub mod bundle;
pub mod diagnostics;
pub mod emit;
pub mod ir;
pub mod lower;
pub mod naming;
pub mod openapi31;
pub mod refs;
pub mod render;
pub mod source;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub use diagnostics::{Error, Location, Warning};

use diagnostics::Reporter;
use emit::Contents;

/// How to generate: the crate's identity and what the file headers say.
#[derive(Debug, Clone)]
pub struct Config {
    /// The package name of the generated crate, e.g. `losant-instance-org`.
    pub crate_name: String,
    /// The crate version; `None` takes the spec's `info.version`.
    pub crate_version: Option<String>,
    /// The SPDX license expression of the generated crate.
    pub license: String,
    /// The spec's path as the headers of generated files name it.
    pub spec_path: String,
    /// The command the headers tell readers to run to regenerate.
    pub regenerate_command: String,
    /// The spec's directory, where `$ref`s to other files are read from; `None` refuses them.
    pub base_dir: Option<std::path::PathBuf>,
}

/// The generated crate: file contents by path relative to the crate root, and what was
/// replaced by a fallback along the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    pub files: BTreeMap<String, String>,
    pub warnings: Vec<Warning>,
    /// Where in the spec each public item comes from, by Rust path (see [`ir::Api::origins`]).
    pub origins: BTreeMap<String, String>,
}

/// How long each stage of one generation took (wall time); benchmarks report them to show which
/// stage costs most. Modules are emitted and formatted side by side on every core, so the wall
/// time of that part is split between `emit` and `format` as the threads' time was.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Timings {
    /// Reading the text and checking it is an OpenAPI 3.0 document.
    pub parse: Duration,
    /// Resolving references and building the intermediate model.
    pub lower: Duration,
    /// Turning the model into tokens.
    pub emit: Duration,
    /// Formatting the tokens as source text.
    pub format: Duration,
}

/// Generates the crate from the spec's text (YAML or JSON).
pub fn generate(spec_text: &str, config: &Config) -> Result<Generated, Error> {
    generate_timed(spec_text, config).map(|(generated, _)| generated)
}

/// The stack of the threads that generate and format: specs nest and chain as deep as their
/// authors like, and lowering, emitting and formatting follow that depth. Only what is used of
/// it is ever committed to memory.
pub(crate) const STACK_SIZE: usize = 512 << 20;

/// [`generate`], also saying how long each stage took.
pub fn generate_timed(spec_text: &str, config: &Config) -> Result<(Generated, Timings), Error> {
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("codegen".to_owned())
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, || generate_here(spec_text, config))
            .map_err(|error| Error::Internal(format!("the generating thread could not start: {error}")))?;
        worker.join().unwrap_or_else(|_| Err(Error::Internal("the generator stopped unexpectedly".to_owned())))
    })
}

fn generate_here(spec_text: &str, config: &Config) -> Result<(Generated, Timings), Error> {
    let mut timings = Timings::default();
    let reporter = Reporter::new(&config.spec_path);
    let uses = emit::Uses::default();
    std::thread::scope(|scope| {
        // The runtime module does not depend on the spec until the other modules say what they
        // use of it, so its template is parsed while the spec is read (which gives lowering the
        // names the runtime reserves), and it is made while the crate root is.
        let (start_runtime, runtime_wanted) = mpsc::channel();
        let runtime = std::thread::Builder::new()
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, || emit::runtime(&uses, runtime_wanted))
            .map_err(|error| Error::Internal(format!("the runtime's thread could not start: {error}")))?;
        let source = timed(&mut timings.parse, || source::read(spec_text, &reporter, config.base_dir.as_deref()))?;
        let runtime = RuntimeThread { start: start_runtime, thread: runtime };
        let generated = generate_with(source, config, reporter, &uses, runtime, &mut timings)?;
        Ok((generated, timings))
    })
}

/// The thread that makes the runtime module (see [`emit::runtime`]), and how to start it.
struct RuntimeThread<'scope> {
    start: mpsc::Sender<String>,
    thread: std::thread::ScopedJoinHandle<'scope, Result<Option<emit::Runtime>, Error>>,
}

impl RuntimeThread<'_> {
    /// The runtime module headed by `preamble`, or `None` when the crate has no runtime.
    fn finish(self, preamble: Option<String>) -> Result<Option<emit::Runtime>, Error> {
        if let Some(preamble) = preamble {
            // A send fails only if the thread stopped, which joining reports.
            let _ = self.start.send(preamble);
        }
        // Without a preamble, the closed channel tells the thread there is no runtime to make.
        drop(self.start);
        self.thread
            .join()
            .unwrap_or_else(|_| Err(Error::Internal("the runtime's thread stopped unexpectedly".to_owned())))
    }
}

fn generate_with(
    source: source::Source,
    config: &Config,
    reporter: Reporter,
    uses: &emit::Uses,
    runtime: RuntimeThread<'_>,
    timings: &mut Timings,
) -> Result<Generated, Error> {
    let spec = &source.spec;
    check_crate_name(&config.crate_name)?;
    let package = ir::Package {
        name: config.crate_name.clone(),
        version: crate_version(config, &spec.info.version, &reporter)?,
        license: config.license.clone(),
        spec_path: config.spec_path.clone(),
        regenerate_command: config.regenerate_command.clone(),
    };
    let rust_preamble = emit::preamble("//", &package);
    let api = timed(&mut timings.lower, || lower::lower(spec, source.documents, package, &reporter))?;
    let origins = api.origins();
    let emitter = emit::Emitter::new(&api, uses);
    let modules = emitter.modules();
    // Each module is emitted and formatted on the same thread: tokens cannot cross threads, and
    // printing them as text only to parse that text again would cost as much as formatting.
    let started = Instant::now();
    let rendered = in_parallel(&modules, |(name, module)| {
        let path = format!("src/{name}.rs");
        let (mut emitting, mut formatting) = (Duration::ZERO, Duration::ZERO);
        let tokens = timed(&mut emitting, || emitter.module(module));
        let text = timed(&mut formatting, || render::rust(&path, tokens, &rust_preamble));
        (path, text, emitting, formatting)
    })?;
    let (emitting, formatting) =
        rendered.iter().fold((Duration::ZERO, Duration::ZERO), |(emit, format), (_, _, emitting, formatting)| {
            (emit + *emitting, format + *formatting)
        });
    apportion(started.elapsed(), emitting, formatting, timings);
    let mut files = BTreeMap::new();
    for (path, text, ..) in rendered {
        files.insert(path, text?);
    }
    let names: Vec<String> = modules.into_iter().map(|(name, _)| name).collect();
    // The runtime was trimmed and formatted on its own thread, which this waits for.
    let runtime = timed(&mut timings.format, || runtime.finish(emitter.has_runtime().then(|| rust_preamble.clone())))?;
    for (path, contents) in timed(&mut timings.emit, || emitter.finish(&names, runtime))? {
        let text = match contents {
            Contents::Rust(tokens) => timed(&mut timings.format, || render::rust(&path, tokens, &rust_preamble))?,
            Contents::Text(text) => text,
            Contents::Markdown(blocks) => timed(&mut timings.format, || render::markdown(&path, blocks))?,
        };
        files.insert(path, text);
    }
    Ok(Generated { files, warnings: reporter.into_warnings(), origins })
}

/// Splits the wall time of emitting and formatting side by side on several threads between the
/// two stages, in the proportion of the time the threads spent on each.
fn apportion(wall: Duration, emitting: Duration, formatting: Duration, timings: &mut Timings) {
    let busy = (emitting + formatting).as_secs_f64();
    let share = if busy > 0.0 { emitting.as_secs_f64() / busy } else { 0.0 };
    let emit = wall.mul_f64(share);
    timings.emit += emit;
    timings.format += wall.saturating_sub(emit);
}

/// `work` on every item, spread over the machine's cores, with the results in the order of
/// `items` whatever thread made them.
fn in_parallel<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Result<Vec<R>, Error> {
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, usize::from).min(items.len()).max(1);
    let work_through = || {
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(index) else { return done };
            done.push((index, work(item)));
        }
    };
    // This thread works too, so one fewer thread (and allocator arena) is started.
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..workers)
            .filter_map(|_| std::thread::Builder::new().stack_size(STACK_SIZE).spawn_scoped(scope, work_through).ok())
            .collect();
        let mut done = work_through();
        done.extend(helpers.into_iter().flat_map(|helper| helper.join().unwrap_or_default()));
        done
    });
    if done.len() != items.len() {
        return Err(Error::Internal("a generating thread stopped before finishing its files".to_owned()));
    }
    done.sort_by_key(|(index, _)| *index);
    Ok(done.into_iter().map(|(_, result)| result).collect())
}

/// Runs `stage`, adding the time it took to `total`.
fn timed<T>(total: &mut Duration, stage: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let result = stage();
    *total += start.elapsed();
    result
}

/// The longest package name Cargo takes.
pub const MAX_CRATE_NAME: usize = 64;

/// Names Cargo refuses for a package, or that no Rust code could name as a crate.
const RESERVED_CRATE_NAMES: &[&str] = &["std", "core", "alloc", "proc_macro", "proc-macro", "test", "self", "Self"];

/// Whether `name` can be a package's name and, with `_` for `-`, its library's, which rustc
/// warns about unless it is snake case: the check [`generate`] makes of [`Config::crate_name`].
pub fn check_crate_name(name: &str) -> Result<(), Error> {
    if name.len() > MAX_CRATE_NAME {
        return Err(Error::Config(format!(
            "`{name}` is not a valid crate name: it is {} characters long, and Cargo takes at most {MAX_CRATE_NAME}",
            name.len()
        )));
    }
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !valid {
        return Err(Error::Config(format!(
            "`{name}` is not a valid crate name: use ASCII letters, digits, `-` and `_`, starting with a letter"
        )));
    }
    let code_name = name.replace('-', "_");
    if code_name.contains(|c: char| c.is_ascii_uppercase()) || code_name.trim_end_matches('_').contains("__") {
        return Err(Error::Config(format!(
            "`{name}` cannot be a crate name: rustc warns about a library name with capital letters or two \
             separators in a row; use lower case words joined by single `-` or `_`"
        )));
    }
    if RESERVED_CRATE_NAMES.contains(&name) || naming::snake(&code_name, "crate").is_raw() {
        return Err(Error::Config(format!(
            "`{name}` cannot be a crate name: it is a Rust keyword or the name of a built-in crate"
        )));
    }
    Ok(())
}

/// The configured version, or the spec's when it is a valid Cargo version once completed (see
/// [`completed_version`]), else `0.1.0`.
fn crate_version(config: &Config, spec_version: &str, reporter: &Reporter) -> Result<String, Error> {
    if let Some(version) = &config.crate_version {
        return match semver::Version::parse(version) {
            Ok(_) => Ok(version.clone()),
            Err(error) => Err(Error::Config(format!(
                "crate version `{version}` is not a semantic version such as 1.2.3: {error}"
            ))),
        };
    }
    let completed = completed_version(spec_version);
    match semver::Version::parse(&completed) {
        Ok(_) => Ok(completed),
        Err(error) => {
            reporter.warn(
                "/info/version",
                format!("`{spec_version}` is not a semantic version ({error}); the crate is versioned 0.1.0"),
            );
            Ok("0.1.0".to_owned())
        }
    }
}

/// A spec version as specs write it, made a full semantic version: `v2` is 2.0.0, `1.0` is 1.0.0
/// and `72` is 72.0.0. Anything else is left as it is.
fn completed_version(spec_version: &str) -> String {
    let version = spec_version.strip_prefix(['v', 'V']).unwrap_or(spec_version);
    let parts: Vec<&str> = version.split('.').collect();
    let numeric = parts.iter().all(|part| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit()));
    match parts.len() {
        1 | 2 if numeric => format!("{version}{}", ".0".repeat(3 - parts.len())),
        3 if numeric => version.to_owned(),
        _ => spec_version.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config_with_version(version: &str) -> Config {
        Config {
            crate_name: "pets".into(),
            crate_version: Some(version.into()),
            license: "MIT".into(),
            spec_path: "pets.yaml".into(),
            regenerate_command: "cargo xtask codegen".into(),
            base_dir: None,
        }
    }

    #[test]
    fn crate_versions_are_valid_cargo_versions() {
        let reporter = Reporter::new("pets.yaml");
        for good in ["1.0.0", "0.12.3", "1.0.0-beta.1", "2.0.0+build"] {
            assert!(crate_version(&config_with_version(good), "", &reporter).is_ok(), "{good}");
        }
        let bad = ["1.0", "v1.0.0", "01.0.0", "2023-01-01", "", "1.0.0-", "1.0.0-01", "1.0.0+", "1.0.0-a..b"];
        for bad in bad.into_iter().chain(["99999999999999999999.0.0"]) {
            assert!(crate_version(&config_with_version(bad), "", &reporter).is_err(), "{bad}");
        }
    }

    #[test]
    fn spec_versions_are_completed_or_replaced() {
        let reporter = Reporter::new("pets.yaml");
        let from_spec = |version: &str| {
            crate_version(&Config { crate_version: None, ..config_with_version("1.0.0") }, version, &reporter)
                .expect("a spec version never fails")
        };
        let completed =
            [("1.0", "1.0.0"), ("72", "72.0.0"), ("v2", "2.0.0"), ("V1.0.0", "1.0.0"), ("1.2.3-beta", "1.2.3-beta")];
        for (written, version) in completed {
            assert_eq!(from_spec(written), version, "{written}");
        }
        assert!(reporter.into_warnings().is_empty());
        let reporter = Reporter::new("pets.yaml");
        let replaced = ["01.0", "2023-01-01", "", "1.", "v", "1.0.0.0", "1.0.0-", "99999999999999999999.0"];
        for written in replaced {
            let version =
                crate_version(&Config { crate_version: None, ..config_with_version("1.0.0") }, written, &reporter);
            assert_eq!(version.expect("falls back"), "0.1.0", "{written}");
        }
        assert_eq!(reporter.into_warnings().len(), replaced.len());
    }

    #[test]
    fn crate_names() {
        assert!(check_crate_name("losant-instance-org").is_ok());
        for bad in
            ["", "1abc", "a b", "ä", "async", "fn", "Self", "self", "std", "core", "type", "MyApi", "a--b", "a-_b"]
        {
            assert!(check_crate_name(bad).is_err(), "{bad}");
        }
        assert!(check_crate_name(&"a".repeat(64)).is_ok());
        let long = check_crate_name(&"a".repeat(65)).expect_err("too long").to_string();
        assert!(long.contains("it is 65 characters long, and Cargo takes at most 64"), "{long}");
    }
}

#[cfg(test)]
mod generation_tests {
    use super::*;

    fn config() -> Config {
        Config {
            crate_name: "pets".into(),
            crate_version: None,
            license: "MIT".into(),
            spec_path: "pets.yaml".into(),
            regenerate_command: "cargo xtask codegen".into(),
            base_dir: None,
        }
    }

    const SPEC: &str = "openapi: 3.0.3\ninfo: {title: Pets, version: 2.1.0}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      description: A pet.\n      type: object\n      required: [type]\n      properties:\n        type: {type: string, enum: [cat, dog]}\n        nickName: {type: string, description: 'What *we* call it: see <id> or <b>x</b>.'}\n";

    #[test]
    fn generates_a_headed_manifest_root_and_models() {
        let generated = generate(SPEC, &config()).expect("generates");
        assert_eq!(
            generated.files.keys().collect::<Vec<_>>(),
            ["Cargo.toml", "README.md", "rustfmt.toml", "src/lib.rs", "src/models.rs"]
        );
        for (path, text) in &generated.files {
            assert!(text.contains("generated from pets.yaml") && text.contains("cargo xtask codegen"), "{path}");
        }
        let manifest = &generated.files["Cargo.toml"];
        assert!(manifest.contains("name = \"pets\"\nversion = \"2.1.0\""), "{manifest}");
        let models = &generated.files["src/models.rs"];
        for expected in [
            "/// A pet.\n#[derive(Debug, Clone, PartialEq)]\n#[non_exhaustive]\npub struct Pet {",
            "    pub r#type: PetType,\n",
            "    /// What *we* call it: see &lt;id&gt; or **x**.\n    pub nick_name: Option<String>,",
            "        object.required(\"type\", &self.r#type);\n        object.optional(\"nickName\", &self.nick_name);",
            // Required properties first, with `?`; the optional ones' errors `finish` reports.
            "            r#type: object.required(\"type\")?,\n            nick_name: object.optional(\"nickName\"),\n        };\n        object.finish(value)",
            "    /// A value this version of the client does not know, kept as it was received.\n    Unknown(String),",
            "                \"cat\" => Self::Cat,\n                \"dog\" => Self::Dog,\n                _ => Self::Unknown(value),",
            "            Self::Dog => \"dog\",",
        ] {
            assert!(models.contains(expected), "missing {expected:?} in\n{models}");
        }
    }

    const API: &str = "openapi: 3.0.3\ninfo: {title: Pet Store, version: 1.2.0}\nservers: [{url: 'https://pets.example/v1/'}]\npaths:\n  /pets/{id}:\n    get:\n      operationId: getPet\n      parameters: [{name: id, in: path, required: true, example: 7, schema: {type: integer}}]\n      responses: {'200': {description: ok, content: {application/json: {schema: {type: object, properties: {name: {type: string}}}}}}}\n";

    #[test]
    fn a_tag_or_an_operation_id_longer_than_a_file_name_can_be_names_a_file_that_fits() {
        let long = "word ".repeat(60);
        let spec = API.replace("operationId: getPet", &format!("operationId: '{long}'\n      tags: ['{long}']"));
        let generated = generate(&spec, &config()).expect("generates");
        let longest = generated.files.keys().flat_map(|path| path.split('/')).map(str::len).max();
        assert_eq!(longest, Some(naming::MAX_FILE_STEM + ".rs".len()), "{:?}", generated.files.keys());
        assert!(generated.files.contains_key(&format!("src/{}.rs", "word_".repeat(13).trim_end_matches('_'))));
    }

    #[test]
    fn a_client_crate_is_ready_to_publish() {
        let generated = generate(API, &config()).expect("generates");
        let paths: Vec<&str> = generated.files.keys().map(String::as_str).collect();
        assert_eq!(
            paths,
            [
                "Cargo.toml",
                "README.md",
                "examples/get_pet.rs",
                "rustfmt.toml",
                "src/default.rs",
                "src/lib.rs",
                "src/models.rs",
                "src/runtime.rs",
                "src/shared.rs"
            ]
        );
        let manifest = &generated.files["Cargo.toml"];
        for expected in [
            "version = \"1.2.0\"",
            "readme = \"README.md\"",
            "documentation = \"https://docs.rs/pets\"",
            "keywords = [\"api\", \"client\", \"openapi\", \"pet\", \"store\"]",
            "categories = [\"api-bindings\", \"web-programming::http-client\"]",
            "default = [\"rustls\"]",
            "native-tls = [\"reqwest/native-tls\"]",
            "[dev-dependencies]\ntokio",
        ] {
            assert!(manifest.contains(expected), "missing {expected:?} in\n{manifest}");
        }
        assert!(!manifest.contains("regex") && !manifest.contains("chrono"), "only what the code uses:\n{manifest}");
        assert!(generated.files["src/lib.rs"].contains("#![doc = include_str!(\"../README.md\")]"));
        let readme = &generated.files["README.md"];
        assert!(readme.contains("pets = \"1.2.0\"") && readme.contains(".get_pet(7)"), "{readme}");
        assert!(
            generated.files["src/lib.rs"].contains("pub const DEFAULT_BASE_URL: &str = \"https://pets.example/v1\";")
        );
        let example = &generated.files["examples/get_pet.rs"];
        assert!(example.contains("let id = required(\"ID\")?") && example.contains(".parse()"), "{example}");
    }

    #[test]
    fn a_models_only_crate_has_no_client_machinery() {
        let generated = generate(SPEC, &config()).expect("generates");
        let manifest = &generated.files["Cargo.toml"];
        assert!(!manifest.contains("reqwest") && !manifest.contains("[features]") && !manifest.contains("tokio"));
        assert!(!generated.files.keys().any(|path| path.starts_with("examples/")));
    }

    #[test]
    fn the_same_spec_gives_the_same_bytes() {
        assert_eq!(generate(SPEC, &config()).expect("generates"), generate(SPEC, &config()).expect("generates"));
    }

    #[test]
    fn a_version_that_is_not_semver_falls_back_with_a_warning() {
        let spec = SPEC.replace("version: 2.1.0", "version: 2023-01-01");
        let generated = generate(&spec, &config()).expect("generates");
        assert!(generated.files["Cargo.toml"].contains("version = \"0.1.0\""));
        assert_eq!(generated.warnings.len(), 1);
        assert_eq!(generated.warnings[0].location.pointer, "/info/version");
        let bad = Config { crate_version: Some("1".into()), ..config() };
        assert!(matches!(generate(SPEC, &bad), Err(Error::Config(_))));
    }
}
