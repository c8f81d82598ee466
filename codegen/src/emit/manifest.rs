//! The generated crate's `Cargo.toml`.

use std::collections::BTreeSet;

use crate::ir::{Api, Shape, TyKind};

/// Every dependency the generated crate may have, with the versions it is tested against, by the
/// name its code uses; a dependency is listed when the generated code names it.
/// `serde` 1.0.181 is the first with `#[serde(untagged)]` on single variants.
const DEPENDENCIES: &[(&str, &str, &str)] = &[
    ("bytes", "bytes", r#""1.5""#),
    ("chrono", "chrono", r#"{ version = "0.4.38", default-features = false, features = ["serde", "std"] }"#),
    ("form_urlencoded", "form_urlencoded", r#""1.2""#),
    ("futures_core", "futures-core", r#"{ version = "0.3.31", default-features = false }"#),
    ("httpdate", "httpdate", r#""1.0.3""#),
    ("percent_encoding", "percent-encoding", r#""2.3""#),
    ("regress", "regress", r#""0.12""#),
    ("reqwest", "reqwest", r#"{ version = "0.13", default-features = false }"#),
    ("serde", "serde", r#"{ version = "1.0.181", features = ["derive"] }"#),
    ("serde_json", "serde_json", r#""1.0.100""#),
    // reqwest runs on tokio already; its timer waits between retries.
    ("tokio", "tokio", r#"{ version = "1.38", default-features = false, features = ["time"] }"#),
    ("tracing", "tracing", r#"{ version = "0.1.40", default-features = false, features = ["std"], optional = true }"#),
];

/// The optional dependency behind the off-by-default feature of the same name.
const TRACING: &str = "tracing";

/// The crates the models need, by the name their code uses: known from the model, not from the
/// emitted code, so that no name in the spec can add or drop a dependency.
pub fn model_crates(api: &Api) -> BTreeSet<&'static str> {
    let mut crates = BTreeSet::new();
    if api.types.values().any(|def| !matches!(def.shape, Shape::Alias(_))) {
        crates.insert("serde");
    }
    // Tagged unions and structs deserialize through JSON values.
    let through_json = api.types.values().any(|def| matches!(def.shape, Shape::Tagged(_) | Shape::Struct(_)));
    if through_json || api.has_kind(|kind| *kind == TyKind::Json) {
        crates.insert("serde_json");
    }
    if api.has_kind(|kind| matches!(kind, TyKind::DateTime | TyKind::Date)) {
        crates.insert("chrono");
    }
    crates
}

/// The identifiers by which generated code names the crates it may depend on.
pub fn crate_idents() -> Vec<&'static str> {
    DEPENDENCIES.iter().map(|(ident, ..)| *ident).collect()
}

/// The Rust the generated crates are proven to build with: the toolchain CI runs. No other can
/// be installed where CI runs to prove an older one, so none is claimed.
const RUST_VERSION: &str = "1.95";

/// crates.io allows five keywords.
const MAX_KEYWORDS: usize = 5;

/// The manifest, with the dependencies `idents` (as code names them), and tokio for `examples`
/// when there are any.
pub fn manifest(api: &Api, preamble: &str, idents: &BTreeSet<&str>, examples: bool) -> String {
    let package = &api.package;
    let name = &package.name;
    let description = toml_string(&super::package_description(api));
    let dependencies: String = DEPENDENCIES
        .iter()
        .filter(|(ident, ..)| idents.contains(*ident))
        .map(|(_, name, requirement)| format!("{name} = {requirement}\n"))
        .collect();
    let mut text = format!(
        "{preamble}\n[package]\nname = {}\nversion = {}\nedition = \"2021\"\nrust-version = \"{RUST_VERSION}\"\n\
         description = {description}\nlicense = {}\nreadme = \"README.md\"\ndocumentation = {}\n\
         keywords = [{}]\ncategories = [\"api-bindings\", \"web-programming::http-client\"]\n",
        toml_string(name),
        toml_string(&package.version),
        toml_string(&package.license),
        toml_string(&format!("https://docs.rs/{name}")),
        keywords(&api.title).iter().map(|keyword| toml_string(keyword)).collect::<Vec<_>>().join(", "),
    );
    if idents.contains("reqwest") {
        // TLS is chosen by the crate's features so that users can swap rustls for native TLS.
        text.push_str(
            "\n[features]\ndefault = [\"rustls\"]\n# HTTPS through rustls, with the platform's certificate verifier.\n\
             rustls = [\"reqwest/rustls\"]\n# HTTPS through the platform's TLS library instead.\n\
             native-tls = [\"reqwest/native-tls\"]\n",
        );
    }
    if idents.contains(TRACING) {
        text.push_str(
            "# A `tracing` span for every attempt of every request: operation, method, path template,\n\
             # attempt and status, never credentials.\ntracing = [\"dep:tracing\"]\n",
        );
    }
    text.push_str(&format!("\n[dependencies]\n{dependencies}"));
    if examples {
        text.push_str(&format!("\n[dev-dependencies]\ntokio = {TOKIO}\n"));
    }
    text
}

/// The examples and doctests run on tokio, which `reqwest` needs anyway.
const TOKIO: &str = r#"{ version = "1.38", features = ["macros", "rt"] }"#;

/// `api`, `client` and `openapi`, then words of the API's title, as crates.io accepts them.
fn keywords(title: &str) -> Vec<String> {
    let mut keywords: Vec<String> = ["api", "client", "openapi"].map(str::to_owned).to_vec();
    let words = title.split(|c: char| !c.is_ascii_alphanumeric()).map(str::to_ascii_lowercase);
    for word in
        words.filter(|word| word.len() > 1 && word.len() <= 20 && word.starts_with(|c: char| c.is_ascii_alphabetic()))
    {
        if keywords.len() < MAX_KEYWORDS && !keywords.contains(&word) {
            keywords.push(word);
        }
    }
    keywords
}

/// A TOML basic string; JSON string escapes are valid TOML escapes.
fn toml_string(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}
