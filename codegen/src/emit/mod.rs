//! Emitting: the intermediate model -> the generated crate's files, as tokens or text.

mod docs;
mod manifest;
mod models;
mod syntax;

use proc_macro2::TokenStream;
use quote::quote;

use crate::Config;
use crate::ir::Api;

/// What one generated file holds before formatting.
pub enum Contents {
    Rust(TokenStream),
    Toml(String),
}

/// Every file of the crate, keyed by its path relative to the crate root.
pub fn emit(api: &Api, config: &Config, version: &str) -> Vec<(&'static str, Contents)> {
    let mut files = vec![
        ("Cargo.toml", Contents::Toml(manifest::manifest(api, config, version, &preamble("#", config)))),
        ("src/lib.rs", Contents::Rust(crate_root(api, config))),
    ];
    if !api.types.is_empty() {
        files.push(("src/models.rs", Contents::Rust(models::module(api))));
    }
    files
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

fn crate_root(api: &Api, config: &Config) -> TokenStream {
    let mut paragraphs = vec![format!("A client for the {}.", api.title)];
    paragraphs.extend(api.description.as_deref().map(docs::markdown));
    paragraphs.push(format!(
        "This crate is generated from the OpenAPI description {}; do not edit it by hand.",
        docs::code(&config.spec_path)
    ));
    let doc = docs::inner_attrs(&paragraphs);
    // Generated files are formatted by prettyplease alone, so `cargo fmt` must leave them be.
    let models = (!api.types.is_empty()).then(|| {
        quote! {
            #[rustfmt::skip]
            pub mod models;
        }
    });
    quote! {
        #doc
        #![deny(missing_docs)]
        #models
    }
}
