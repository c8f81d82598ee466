//! The `runtime` module every generated crate carries: what does not vary per operation.
//!
//! Its source is a plain Rust file, `templates/runtime.rs`. A spec uses only part of it, and an
//! unused crate-private helper would make the generated crate warn, so the module is trimmed to
//! its public items and whatever the generated code reaches from them, by name.

use std::collections::BTreeSet;

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::{ImplItem, Item, UseTree, Visibility};

use crate::diagnostics::Error;

const SOURCE: &str = include_str!("../../templates/runtime.rs");

/// Public methods that only some APIs need, each with the helper whose use shows the need: a
/// client for an API without Basic authentication should not offer to configure it.
const PUBLIC_ONLY_WHEN_USED: &[(&str, &str)] = &[("with_basic_auth", "authorize_basic")];

/// The runtime module, keeping what `generated` (the crate's other files) refers to.
pub fn module(generated: &[&TokenStream]) -> Result<TokenStream, Error> {
    let file = syn::parse_file(SOURCE)
        .map_err(|error| Error::Render { file: "templates/runtime.rs".to_owned(), message: error.to_string() })?;
    let mut reachable = BTreeSet::new();
    generated.iter().for_each(|tokens| collect_runtime_references((*tokens).clone(), &mut reachable));
    let (uses, items): (Vec<Item>, Vec<Item>) = file.items.into_iter().partition(|item| matches!(item, Item::Use(_)));
    let items = reachable_items(items, &mut reachable);
    // Imports serve the runtime's own items only.
    let mut used_here = BTreeSet::new();
    items.iter().for_each(|item| collect_idents(item.to_token_stream(), &mut used_here));
    let uses = uses.into_iter().filter_map(|item| match item {
        Item::Use(mut item) => prune_use(&mut item.tree, &used_here).then_some(Item::Use(item)),
        other => Some(other),
    });
    let attrs = file.attrs;
    let items: Vec<Item> = uses.chain(items).collect();
    Ok(quote::quote!(#(#attrs)* #(#items)*))
}

/// Keeps public items, and crate-private ones once something kept names them, until nothing changes.
fn reachable_items(items: Vec<Item>, reachable: &mut BTreeSet<String>) -> Vec<Item> {
    // Kept parts only grow, so a part whose size is unchanged has had its names collected.
    let mut collected: Vec<Option<usize>> = vec![None; items.len()];
    loop {
        let before = reachable.len();
        for (index, item) in items.iter().enumerate() {
            let Some(part) = kept_part(item, reachable) else { continue };
            let size = match &part {
                Item::Impl(block) => block.items.len(),
                _ => 0,
            };
            if collected[index] != Some(size) {
                collect_idents(part.to_token_stream(), reachable);
                collected[index] = Some(size);
            }
        }
        if reachable.len() == before {
            return items.iter().filter_map(|item| kept_part(item, reachable)).collect();
        }
    }
}

/// The part of `item` to keep: all of it, an impl block without its unreached private methods,
/// or nothing.
fn kept_part(item: &Item, reachable: &BTreeSet<String>) -> Option<Item> {
    let Item::Impl(block) = item else {
        let keep = visibility_and_name(item).is_none_or(|(visibility, name)| {
            matches!(visibility, Visibility::Public(_)) || reachable.contains(&name.to_string())
        });
        return keep.then(|| item.clone());
    };
    let self_type = last_ident(&block.self_ty.to_token_stream())?;
    if !reachable.contains(&self_type) {
        return None;
    }
    let mut block = block.clone();
    if block.trait_.is_none() {
        block.items.retain(|member| match member {
            ImplItem::Fn(function) => {
                let name = function.sig.ident.to_string();
                let needed = PUBLIC_ONLY_WHEN_USED
                    .iter()
                    .filter(|(method, _)| *method == name)
                    .all(|(_, helper)| reachable.contains(*helper));
                (matches!(function.vis, Visibility::Public(_)) && needed) || reachable.contains(&name)
            }
            ImplItem::Const(constant) => {
                matches!(constant.vis, Visibility::Public(_)) || reachable.contains(&constant.ident.to_string())
            }
            _ => true,
        });
    }
    Some(Item::Impl(block))
}

/// The visibility and name of an item that has both.
fn visibility_and_name(item: &Item) -> Option<(&Visibility, &syn::Ident)> {
    match item {
        Item::Fn(item) => Some((&item.vis, &item.sig.ident)),
        Item::Const(item) => Some((&item.vis, &item.ident)),
        Item::Static(item) => Some((&item.vis, &item.ident)),
        Item::Type(item) => Some((&item.vis, &item.ident)),
        Item::Struct(item) => Some((&item.vis, &item.ident)),
        Item::Enum(item) => Some((&item.vis, &item.ident)),
        Item::Trait(item) => Some((&item.vis, &item.ident)),
        _ => None,
    }
}

/// The type an impl block is for, e.g. `Response` for `impl<T> Response<T>`.
fn last_ident(tokens: &TokenStream) -> Option<String> {
    tokens.clone().into_iter().find_map(|token| match token {
        TokenTree::Ident(ident) => Some(ident.to_string()),
        _ => None,
    })
}

/// Drops the leaves of a `use` tree that nothing kept refers to; false when none are left.
fn prune_use(tree: &mut UseTree, reachable: &BTreeSet<String>) -> bool {
    match tree {
        UseTree::Path(path) => prune_use(&mut path.tree, reachable),
        UseTree::Name(name) => reachable.contains(&name.ident.to_string()),
        UseTree::Rename(rename) => reachable.contains(&rename.rename.to_string()),
        UseTree::Glob(_) => true,
        UseTree::Group(group) => {
            let trees = std::mem::take(&mut group.items);
            group.items =
                trees.into_iter().filter_map(|mut tree| prune_use(&mut tree, reachable).then_some(tree)).collect();
            !group.items.is_empty()
        }
    }
}

/// The names generated code can reach the runtime by: path segments after `runtime::`, and
/// method names (an identifier after `.` and before `(` or `::<`).
fn collect_runtime_references(tokens: TokenStream, into: &mut BTreeSet<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut in_runtime_path = false;
    for (index, token) in tokens.iter().enumerate() {
        let previous = index.checked_sub(1).map(|before| &tokens[before]);
        let next = tokens.get(index + 1);
        match token {
            TokenTree::Group(group) => collect_runtime_references(group.stream(), into),
            TokenTree::Ident(ident) => {
                let after_dot = matches!(previous, Some(TokenTree::Punct(punct)) if punct.as_char() == '.');
                let called = matches!(next, Some(TokenTree::Group(group)) if group.delimiter() == proc_macro2::Delimiter::Parenthesis)
                    || matches!(next, Some(TokenTree::Punct(punct)) if punct.as_char() == ':');
                if in_runtime_path || (after_dot && called) {
                    into.insert(ident.to_string());
                }
                let continues_path = matches!(next, Some(TokenTree::Punct(punct)) if punct.as_char() == ':');
                in_runtime_path = (in_runtime_path || ident == "runtime") && continues_path;
            }
            TokenTree::Punct(punct) if punct.as_char() == ':' => {}
            _ => in_runtime_path = false,
        }
    }
}

/// Which of `names` occur in `tokens` as identifiers; cheaper than collecting every identifier
/// of a large crate.
pub fn names_used<'n>(tokens: &[&TokenStream], names: &[&'n str]) -> BTreeSet<&'n str> {
    fn visit<'n>(tokens: TokenStream, names: &[&'n str], found: &mut BTreeSet<&'n str>) {
        for token in tokens {
            match token {
                TokenTree::Ident(ident) => found.extend(names.iter().filter(|name| ident == **name)),
                TokenTree::Group(group) => visit(group.stream(), names, found),
                TokenTree::Punct(_) | TokenTree::Literal(_) => {}
            }
        }
    }
    let mut found = BTreeSet::new();
    tokens.iter().for_each(|tokens| visit((*tokens).clone(), names, &mut found));
    found
}

/// Every identifier in `tokens`, without the `r#` of raw identifiers.
fn collect_idents(tokens: TokenStream, into: &mut BTreeSet<String>) {
    for token in tokens {
        match token {
            TokenTree::Ident(ident) => {
                let name = ident.to_string();
                into.insert(name.strip_prefix("r#").map(str::to_owned).unwrap_or(name));
            }
            TokenTree::Group(group) => collect_idents(group.stream(), into),
            TokenTree::Punct(_) | TokenTree::Literal(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    fn names(tokens: &TokenStream) -> BTreeSet<String> {
        let mut names = BTreeSet::new();
        collect_idents(tokens.clone(), &mut names);
        names
    }

    #[test]
    fn public_items_stay_and_unused_private_helpers_go() {
        let module = module(&[]).expect("the template parses");
        let names = names(&module);
        for public in ["Client", "Error", "Response", "ValidationError", "ConfigError", "with_base_url"] {
            assert!(names.contains(public), "{public}");
        }
        for helper in
            ["check_pattern", "path_segment", "decode_json", "Request", "Regex", "Expected", "send", "with_basic_auth"]
        {
            assert!(!names.contains(helper), "{helper} should be trimmed");
        }
    }

    #[test]
    fn helpers_named_by_generated_code_stay_with_what_they_need() {
        let generated = quote!(runtime::check_pattern(value, "^a$", &at)?;);
        let names = names(&module(&[&generated]).expect("the template parses"));
        for needed in ["check_pattern", "Regex", "OnceLock", "Mutex", "FieldPath"] {
            assert!(names.contains(needed), "{needed}");
        }
        assert!(!names.contains("decode_text"));
    }

    #[test]
    fn multipart_keeps_only_the_kinds_of_part_a_crate_sends() {
        let generated = quote! {
            let mut request = crate::runtime::Request::new(reqwest::Method::POST, path);
            let mut form = crate::runtime::Multipart::default();
            form.file_part("f", value);
            request.multipart_body(form);
        };
        let names = names(&module(&[&generated]).expect("the template parses"));
        assert!(names.contains("file_part") && names.contains("encode"));
        for unused in ["text_part", "json_part", "with_basic_auth"] {
            assert!(!names.contains(unused), "{unused} should be trimmed");
        }
    }
}
