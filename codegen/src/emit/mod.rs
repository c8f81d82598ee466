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

use proc_macro2::TokenStream;
use quote::quote;

use crate::diagnostics::Error;
use crate::ir::{Api, Package};

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

/// Every file of the crate, keyed by its path relative to the crate root.
pub fn emit(api: &Api) -> Result<Vec<(String, Contents)>, Error> {
    let package = &api.package;
    let mut modules: Vec<(String, TokenStream)> = Vec::new();
    if !api.types.is_empty() {
        modules.push(("models".to_owned(), models::module(api)));
    }
    let mut crates = manifest::model_crates(api);
    if !api.groups.is_empty() {
        let uses = runtime::Uses::default();
        let validation = validation::Validation::new(api, &uses);
        for group in &api.groups {
            modules.push((group.module.clone(), operations::module(group, api, &validation, &uses)));
        }
        // Every request carries the shared parameters, so the module is there even when empty.
        let shared = operations::shared_module(api.shared_parameters(), api, &validation, &uses);
        modules.push(("shared".to_owned(), shared));
        let impls = validation.impls();
        if !impls.is_empty() {
            modules.push((
                "validate".to_owned(),
                quote!(//! Checks of request values against the API description.
                #impls),
            ));
        }
        let runtime = runtime::module(&uses)?;
        crates.extend(runtime::names_used(&[&runtime], &manifest::crate_idents()));
        modules.push(("runtime".to_owned(), runtime));
    }
    let showcase = examples::Showcase::find(api);
    let manifest = manifest::manifest(api, &preamble("#", package), &crates, showcase.is_some());
    // The generator formats the crate (with prettyplease), so `cargo fmt` must leave it as it is.
    let rustfmt = format!("{}\ndisable_all_formatting = true\n", preamble("#", package));
    let mut files = vec![
        ("Cargo.toml".to_owned(), Contents::Text(manifest)),
        ("rustfmt.toml".to_owned(), Contents::Text(rustfmt)),
        ("README.md".to_owned(), Contents::Markdown(readme::readme(api, showcase.as_ref()))),
        ("src/lib.rs".to_owned(), Contents::Rust(crate_root(api, &modules))),
    ];
    if let Some(showcase) = &showcase {
        let program = showcase.program(&package.name, api);
        files.push((format!("examples/{}.rs", showcase.read.method_name.as_str()), Contents::Rust(program)));
    }
    files.extend(modules.into_iter().map(|(name, tokens)| (format!("src/{name}.rs"), Contents::Rust(tokens))));
    Ok(files)
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

fn crate_root(api: &Api, modules: &[(String, TokenStream)]) -> TokenStream {
    let declarations = modules.iter().map(|(name, _)| {
        let module = syntax::ident(name);
        if PRIVATE_MODULES.contains(&name.as_str()) { quote!(mod #module;) } else { quote!(pub mod #module;) }
    });
    let client = (!api.groups.is_empty()).then(|| {
        let (base_url, base_url_doc) = match &api.default_base_url {
            Some(url) => (
                url.clone(),
                "The base URL a [`Client`] sends requests to unless told otherwise: the spec's first server.",
            ),
            None => {
                (String::new(), "The spec names no server: give each [`Client`] one with [`Client::with_base_url`].")
            }
        };
        let base_url_doc = docs::attrs(&[base_url_doc.to_owned()]);
        let paged = api.operations().any(|(_, operation)| operation.pagination.is_some());
        let streams = paged.then(|| quote!(Items, Pages,));
        quote! {
            pub use reqwest;
            pub use runtime::{
                Attempt, Client, ConfigError, Error, Hooks, #streams Request, Response, RetryPolicy, Sending,
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
