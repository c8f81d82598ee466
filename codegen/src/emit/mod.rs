//! Emitting: the intermediate model -> the generated crate's files, as tokens or text.

mod docs;
mod manifest;
mod models;
mod operations;
mod runtime;
mod syntax;
mod validation;

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use crate::Config;
use crate::diagnostics::Error;
use crate::ir::Api;

/// What one generated file holds before formatting.
pub enum Contents {
    Rust(TokenStream),
    Toml(String),
}

/// Every file of the crate, keyed by its path relative to the crate root.
pub fn emit(api: &Api, config: &Config, version: &str) -> Result<Vec<(String, Contents)>, Error> {
    let mut modules: Vec<(String, TokenStream)> = Vec::new();
    if !api.types.is_empty() {
        modules.push(("models".to_owned(), models::module(api)));
    }
    if !api.groups.is_empty() {
        let validation = validation::Validation::new(api);
        for group in &api.groups {
            modules.push((group.module.clone(), operations::module(group, api, &validation)));
        }
        let impls = validation.impls();
        if !impls.is_empty() {
            modules.push((
                "validate".to_owned(),
                quote!(//! Checks of request values against the API description.
                #impls),
            ));
        }
        let generated: Vec<&TokenStream> = modules.iter().map(|(_, tokens)| tokens).collect();
        let runtime = runtime::module(&generated)?;
        modules.push(("runtime".to_owned(), runtime));
    }
    let mut idents = BTreeSet::new();
    modules.iter().for_each(|(_, tokens)| runtime::collect_idents(tokens.clone(), &mut idents));
    let manifest = manifest::manifest(api, config, version, &preamble("#", config), &idents);
    let mut files = vec![
        ("Cargo.toml".to_owned(), Contents::Toml(manifest)),
        ("src/lib.rs".to_owned(), Contents::Rust(crate_root(api, config, &modules))),
    ];
    files.extend(modules.into_iter().map(|(name, tokens)| (format!("src/{name}.rs"), Contents::Rust(tokens))));
    Ok(files)
}

/// The header of every generated file: where it comes from and how to regenerate it.
pub fn preamble(comment: &str, config: &Config) -> String {
    format!(
        "{comment} This file is generated from {spec} by the `codegen` crate.\n\
         {comment} Do not edit it by hand: change the spec or the generator, then run `{command}`.\n",
        spec = config.spec_path,
        command = config.regenerate_command,
    )
}

/// Modules that are part of the crate's API; the others are its machinery.
const PRIVATE_MODULES: &[&str] = &["runtime", "validate"];

fn crate_root(api: &Api, config: &Config, modules: &[(String, TokenStream)]) -> TokenStream {
    let mut paragraphs = vec![format!("A client for the {}.", api.title)];
    paragraphs.extend(api.description.as_deref().map(docs::markdown));
    paragraphs.push(format!(
        "This crate is generated from the OpenAPI description {}; do not edit it by hand.",
        docs::code(&config.spec_path)
    ));
    let doc = docs::inner_attrs(&paragraphs);
    // Generated files are formatted by prettyplease alone, so `cargo fmt` must leave them be.
    let declarations = modules.iter().map(|(name, _)| {
        let module = syntax::ident(name);
        if PRIVATE_MODULES.contains(&name.as_str()) {
            quote! {
                #[rustfmt::skip]
                mod #module;
            }
        } else {
            quote! {
                #[rustfmt::skip]
                pub mod #module;
            }
        }
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
        quote! {
            pub use reqwest;
            pub use runtime::{Client, ConfigError, Error, Response, ValidationError};

            #base_url_doc
            pub const DEFAULT_BASE_URL: &str = #base_url;
        }
    });
    quote! {
        #doc
        #![deny(missing_docs)]
        #(#declarations)*
        #client
    }
}
