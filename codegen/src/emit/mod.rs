//! Emitting: the intermediate model -> the generated crate's files, as tokens or text.

mod docs;
mod examples;
mod manifest;
mod models;
mod operations;
mod pagination;
mod readme;
mod runtime;
mod syntax;
mod validation;

use std::collections::BTreeSet;
use std::sync::mpsc::Receiver;

use proc_macro2::TokenStream;
use quote::quote;

use crate::diagnostics::Error;
use crate::ir::{Api, BaseUrl, Group, Package, Payload};
use crate::{naming, render};

/// What one generated file holds before formatting.
pub enum Contents {
    Rust(TokenStream),
    Text(String),
    /// Markdown whose code blocks are programs to format.
    Markdown(Vec<Block>),
}

/// A piece of a Markdown file.
pub enum Block {
    Text(String),
    /// A fenced code block with its info string (`rust,no_run`) and the program it shows.
    Code {
        info: &'static str,
        program: TokenStream,
    },
}

pub use runtime::Uses;

/// One of the crate's modules other than the runtime: each can be emitted on any thread, in any
/// order. The runtime keeps what they used of it, so it comes after them all.
pub enum Module<'a> {
    Models,
    Group(&'a Group),
    Shared,
    Validate,
}

/// Emits the crate: its [`Module`]s, on as many threads as the caller likes, then the files
/// that depend on them all ([`Emitter::finish`]).
pub struct Emitter<'a> {
    api: &'a Api,
    uses: &'a Uses,
    validation: validation::Validation<'a>,
    shared_docs: operations::SharedParameterDocs,
}

impl<'a> Emitter<'a> {
    /// An emitter for `api`, recording the runtime helpers its modules use in `uses`.
    pub fn new(api: &'a Api, uses: &'a Uses) -> Self {
        let shared_docs = operations::SharedParameterDocs::new(api);
        Self { api, uses, validation: validation::Validation::new(api, uses), shared_docs }
    }

    /// The modules other than the runtime, with their names, in the order the crate declares them.
    pub fn modules(&self) -> Vec<(String, Module<'a>)> {
        let mut modules = Vec::new();
        if !self.api.types.is_empty() {
            modules.push(("models".to_owned(), Module::Models));
        }
        if !self.api.groups.is_empty() {
            modules.extend(self.api.groups.iter().map(|group| (group.module.clone(), Module::Group(group))));
            // Every request carries the shared parameters, so the module is there even when empty.
            modules.push(("shared".to_owned(), Module::Shared));
            if !self.validation.validated_types().is_empty() {
                modules.push(("validate".to_owned(), Module::Validate));
            }
        }
        modules
    }

    /// The tokens of one module.
    pub fn module(&self, module: &Module<'_>) -> TokenStream {
        let (api, uses, validation) = (self.api, self.uses, &self.validation);
        match module {
            Module::Models => models::module(api),
            Module::Group(group) => operations::module(group, api, validation, uses, &self.shared_docs),
            Module::Shared => operations::shared_module(api.shared_parameters(), api, validation, uses),
            Module::Validate => validation.module(),
        }
    }

    /// Whether the crate has a runtime: a crate of models alone has none.
    pub fn has_runtime(&self) -> bool {
        !self.api.groups.is_empty()
    }

    /// The other files of the crate, once every module in `modules` (by name) is emitted and
    /// the `runtime` (see [`runtime`]) made: the crate root, the manifest, the README and the
    /// example, keyed by their paths relative to the crate root.
    pub fn finish(&self, modules: &[String], runtime: Option<Runtime>) -> Result<Vec<(String, Contents)>, Error> {
        let (api, package) = (self.api, &self.api.package);
        let mut crates = manifest::model_crates(api);
        let mut modules = modules.to_vec();
        let mut files = Vec::new();
        if let Some(runtime) = runtime {
            crates.extend(runtime.crates);
            modules.push("runtime".to_owned());
            files.push(("src/runtime.rs".to_owned(), Contents::Text(runtime.text)));
        }
        let showcase = examples::Showcase::find(api);
        let manifest = manifest::manifest(api, &preamble("#", package), &crates, showcase.is_some());
        // The generator formats the crate (with prettyplease), so `cargo fmt` must leave it as it is.
        let rustfmt = format!("{}\ndisable_all_formatting = true\n", preamble("#", package));
        files.extend([
            ("Cargo.toml".to_owned(), Contents::Text(manifest)),
            ("rustfmt.toml".to_owned(), Contents::Text(rustfmt)),
            ("README.md".to_owned(), Contents::Markdown(readme::readme(api, showcase.as_ref()))),
            ("src/lib.rs".to_owned(), Contents::Rust(crate_root(api, &modules))),
        ]);
        if let Some(showcase) = &showcase {
            let program = showcase.program(&package.name, api);
            let stem = naming::file_stem(showcase.read.method_name.as_str());
            files.push((format!("examples/{stem}.rs"), Contents::Rust(program)));
        }
        Ok(files)
    }
}

/// The runtime module as it is written, and the crates its code names.
pub struct Runtime {
    text: String,
    crates: BTreeSet<&'static str>,
}

/// The runtime module, made on a thread of its own: its template is parsed as the run starts,
/// which gives lowering the names the runtime reserves ([`naming::reserved`]) as early as it
/// can, and the names its items mention are collected while the other modules are emitted.
/// The module is trimmed to what the other modules `uses` and formatted once `wanted`
/// gives the preamble to head it with; nothing if it gives none (a crate of models alone, or a
/// run that failed).
pub fn runtime(uses: &Uses, wanted: Receiver<String>) -> Result<Option<Runtime>, Error> {
    let template = naming::parse_runtime_reserving().map(runtime::Template::new);
    let Ok(preamble) = wanted.recv() else { return Ok(None) };
    let trimmed = template.map_err(runtime::template_error)?.trimmed(uses);
    let crates = manifest::crate_idents().into_iter().filter(|name| trimmed.mentioned.contains(*name)).collect();
    Ok(Some(Runtime { text: render::parsed(trimmed.file, &preamble), crates }))
}

/// The one sentence that says what the crate is, in its manifest and atop its README.
fn package_description(api: &Api) -> String {
    format!("A Rust client for {}, generated from its OpenAPI description.", api.subject)
}

/// The header of every generated file: where it comes from and how to regenerate it.
pub fn preamble(comment: &str, package: &Package) -> String {
    format!(
        "{comment} This file is generated from {spec} by the `codegen` crate.\n\
         {comment} Do not edit it by hand: change the spec or the generator, then run `{command}`.\n",
        spec = package.spec_path,
        command = package.regenerate_command,
    )
}

/// Modules that are part of the crate's API; the others are its machinery.
const PRIVATE_MODULES: &[&str] = &["runtime", "validate", "shared"];

fn crate_root(api: &Api, modules: &[String]) -> TokenStream {
    let declarations = modules.iter().map(|name| {
        let module = syntax::ident(name);
        if PRIVATE_MODULES.contains(&name.as_str()) { quote!(mod #module;) } else { quote!(pub mod #module;) }
    });
    let client = (!api.groups.is_empty()).then(|| {
        let base_url = api.default_base_url.as_str();
        let base_url_doc = match &api.default_base_url {
            BaseUrl::Absolute(_) => {
                "The base URL a [`Client`] sends requests to unless told otherwise: the spec's first server."
            }
            BaseUrl::Relative(_) => {
                "The spec's first server, relative to where the spec is served: give each [`Client`] the \
                 absolute URL with [`Client::with_base_url`]."
            }
            BaseUrl::Unknown => "The spec names no server: give each [`Client`] one with [`Client::with_base_url`].",
        };
        let base_url_doc = docs::attrs(&[base_url_doc.to_owned()]);
        let paged = api.operations().any(|(_, operation)| operation.pagination.is_some());
        let streams = paged.then(|| quote!(Items, Pages,));
        let encoded = api
            .operations()
            .any(|(_, operation)| operation.body.as_ref().is_some_and(|body| body.payload == Payload::Encoded));
        let encoded = encoded.then(|| quote!(EncodedBody,));
        quote! {
            pub use reqwest;
            pub use runtime::{
                Attempt, Client, ConfigError, #encoded Error, Hooks, #streams Request, Response, RetryPolicy, Sending,
                ValidationError,
            };

            #base_url_doc
            pub const DEFAULT_BASE_URL: &str = #base_url;
        }
    });
    let recursion_limit = api.recursion_limit.map(|limit| {
        let limit = limit.to_string();
        quote!(#![recursion_limit = #limit])
    });
    quote! {
        #![doc = include_str!("../README.md")]
        #![deny(missing_docs)]
        #recursion_limit
        #(#declarations)*
        #client
    }
}
