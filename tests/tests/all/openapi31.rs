//! OpenAPI 3.1 read as the same API as 3.0: the Instance Org spec rewritten the 3.1 way
//! generates the same public Rust API as the original, and 3.1's own constructs come out as the
//! types a Rust user expects.

use std::collections::BTreeMap;

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::ToTokens;
use serde_json::Value;
use syn::{ImplItem, Item, Visibility};

use crate::support::spec_document;

fn config() -> codegen::Config {
    codegen::Config {
        crate_name: "losant-instance-org".into(),
        crate_version: None,
        license: "MIT OR Apache-2.0".into(),
        spec_path: "spec/instance-org.yaml".into(),
        regenerate_command: "cargo xtask codegen".into(),
        base_dir: None,
    }
}

fn generate(document: &Value) -> codegen::Generated {
    let text = serde_json::to_string(document).expect("documents serialize");
    codegen::generate(&text, &config()).unwrap_or_else(|error| panic!("{error}"))
}

/// The public API of a generated Rust file: public items and every impl, with signatures but
/// neither bodies nor docs.
fn public_api(source: &str) -> Vec<String> {
    let file = syn::parse_file(source).expect("generated code parses");
    file.items.into_iter().filter_map(surface).map(|tokens| without_docs(tokens).to_string()).collect()
}

fn surface(item: Item) -> Option<TokenStream> {
    let public = |visibility: &Visibility| matches!(visibility, Visibility::Public(_));
    match item {
        Item::Fn(mut function) if public(&function.vis) => {
            function.block.stmts.clear();
            Some(function.into_token_stream())
        }
        Item::Impl(mut block) => {
            let inherent = block.trait_.is_none();
            block.items.retain(|item| match item {
                ImplItem::Fn(function) => !inherent || public(&function.vis),
                ImplItem::Const(constant) => !inherent || public(&constant.vis),
                _ => true,
            });
            block.items.iter_mut().for_each(|item| {
                if let ImplItem::Fn(function) = item {
                    function.block.stmts.clear();
                }
            });
            Some(block.into_token_stream())
        }
        Item::Struct(item) if public(&item.vis) => Some(item.into_token_stream()),
        Item::Enum(item) if public(&item.vis) => Some(item.into_token_stream()),
        Item::Const(item) if public(&item.vis) => Some(item.into_token_stream()),
        Item::Type(item) if public(&item.vis) => Some(item.into_token_stream()),
        Item::Trait(item) if public(&item.vis) => Some(item.into_token_stream()),
        Item::Use(item) if public(&item.vis) => Some(item.into_token_stream()),
        Item::Mod(item) if public(&item.vis) => Some(item.into_token_stream()),
        _ => None,
    }
}

/// `tokens` without `#[doc = ...]` attributes, at any depth.
fn without_docs(tokens: TokenStream) -> TokenStream {
    let mut kept = Vec::new();
    let mut trees = tokens.into_iter().peekable();
    while let Some(tree) = trees.next() {
        if let TokenTree::Punct(punct) = &tree
            && punct.as_char() == '#'
            && let Some(TokenTree::Group(group)) = trees.peek()
            && group.delimiter() == Delimiter::Bracket
            && group.stream().into_iter().next().is_some_and(|first| first.to_string() == "doc")
        {
            trees.next();
            continue;
        }
        kept.push(match tree {
            TokenTree::Group(group) => TokenTree::Group(Group::new(group.delimiter(), without_docs(group.stream()))),
            other => other,
        });
    }
    kept.into_iter().collect()
}

fn rust_api(generated: &codegen::Generated) -> BTreeMap<&str, Vec<String>> {
    generated
        .files
        .iter()
        .filter(|(path, _)| path.ends_with(".rs"))
        .map(|(path, text)| (path.as_str(), public_api(text)))
        .collect()
}

#[test]
fn the_instance_org_spec_written_the_3_1_way_has_the_same_public_api() {
    let original = spec_document();
    let rewritten = xtask::rewrite31::rewrite(&original);
    for kind in ["type as a list", "const", "exclusive bound as a number"] {
        assert!(rewritten.counts.get(kind).is_some_and(|count| *count > 0), "no {kind} in {:?}", rewritten.counts);
    }
    let (from_3_0, from_3_1) = (generate(&original), generate(&rewritten.document));
    assert!(from_3_1.warnings.is_empty(), "{:?}", from_3_1.warnings);
    assert_eq!(from_3_0.files.keys().collect::<Vec<_>>(), from_3_1.files.keys().collect::<Vec<_>>());
    let (api_3_0, api_3_1) = (rust_api(&from_3_0), rust_api(&from_3_1));
    assert!(api_3_0["src/models.rs"].len() > 30, "the comparison sees the models");
    for (path, items) in &api_3_0 {
        assert_eq!(items, &api_3_1[path], "{path} differs");
    }
    // Exclusive integer bounds one step out are the same values; what differs is how they read.
    let validation = |generated: &codegen::Generated| generated.files["src/validate.rs"].clone();
    assert_ne!(validation(&from_3_0), validation(&from_3_1), "the rewrite reached the validation");
}

#[test]
fn a_nullable_property_written_both_ways_is_the_same_field() {
    let document = |property: &str| {
        let text = format!(
            r##"{{"openapi": "3.0.3", "info": {{"title": "t", "version": "1"}}, "paths": {{}}, "components": {{"schemas": {{
                "B": {{"type": "object", "properties": {{"x": {{"type": "string"}}}}}},
                "A": {{"type": "object", "properties": {{"b": {property}, "n": {{"type": "integer", "nullable": true, "minimum": 1}}}}}}
            }}}}}}"##
        );
        serde_json::from_str::<Value>(&text).expect("valid JSON")
    };
    let original =
        document(r##"{"allOf": [{"$ref": "#/components/schemas/B"}], "nullable": true, "description": "d"}"##);
    let rewritten = xtask::rewrite31::rewrite(&original);
    assert_eq!(rewritten.counts.get("nullable as anyOf"), Some(&1), "{:?}", rewritten.counts);
    assert_eq!(rewritten.counts.get("nullable as a type"), Some(&1), "{:?}", rewritten.counts);
    let (from_3_0, from_3_1) = (generate(&original), generate(&rewritten.document));
    assert_eq!(rust_api(&from_3_0), rust_api(&from_3_1));
    for generated in [&from_3_0, &from_3_1] {
        assert!(generated.files["src/models.rs"].contains("    /// d\n"), "the description documents the field");
    }
}
