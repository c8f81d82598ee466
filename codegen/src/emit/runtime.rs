//! The `runtime` module every generated crate carries: what does not vary per operation.
//!
//! Its source is a plain Rust file, `templates/runtime.rs`. A spec uses only part of it, and an
//! unused crate-private helper would make the generated crate warn, so the module is trimmed to
//! its public items and the helpers that emitting recorded as used ([`Uses`]), with whatever
//! those reach in the template.

use std::collections::BTreeSet;
use std::sync::{Mutex, MutexGuard, PoisonError};

use proc_macro2::{TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::{ImplItem, Item, UseTree, Visibility};

use super::syntax::ident;
use crate::diagnostics::Error;

/// A crate-private item of the runtime that generated code calls or names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Helper {
    Request,
    Description,
    FieldPath,
    Root,
    WithField,
    WithIndex,
    Multipart,
    Validate,
    ValidationError,
    FillPath,
    JsonText,
    CheckLength,
    CheckPattern,
    CheckRange,
    CheckItems,
    CheckAllowed,
    DecodeJson,
    DecodeEmpty,
    DecodeText,
    DecodeBytes,
    AuthorizeBearer,
    AuthorizeHeader,
    AuthorizeQuery,
    AuthorizeCookie,
    AuthorizeBasic,
    AddQuery,
    AddQueryList,
    AddQueryObject,
    AddHeader,
    AddCookie,
    JsonBody,
    FormBody,
    TextBody,
    BytesBody,
    MultipartBody,
    FilePart,
    TextPart,
    JsonPart,
    RequestBuilder,
    Operation,
    RequestFor,
    Authenticated,
    Decoder,
    Planned,
    IdempotencyKey,
    Pages,
    Items,
    PageFacts,
    Step,
    ByNumber,
    ByOffset,
    ByCursor,
    IndexValue,
    CursorValue,
}

impl Helper {
    #[cfg(test)]
    const ALL: &[Self] = &[
        Self::Request,
        Self::Description,
        Self::FieldPath,
        Self::Root,
        Self::WithField,
        Self::WithIndex,
        Self::Multipart,
        Self::Validate,
        Self::ValidationError,
        Self::FillPath,
        Self::JsonText,
        Self::CheckLength,
        Self::CheckPattern,
        Self::CheckRange,
        Self::CheckItems,
        Self::CheckAllowed,
        Self::DecodeJson,
        Self::DecodeEmpty,
        Self::DecodeText,
        Self::DecodeBytes,
        Self::AuthorizeBearer,
        Self::AuthorizeHeader,
        Self::AuthorizeQuery,
        Self::AuthorizeCookie,
        Self::AuthorizeBasic,
        Self::AddQuery,
        Self::AddQueryList,
        Self::AddQueryObject,
        Self::AddHeader,
        Self::AddCookie,
        Self::JsonBody,
        Self::FormBody,
        Self::TextBody,
        Self::BytesBody,
        Self::MultipartBody,
        Self::FilePart,
        Self::TextPart,
        Self::JsonPart,
        Self::RequestBuilder,
        Self::Operation,
        Self::RequestFor,
        Self::Authenticated,
        Self::Decoder,
        Self::Planned,
        Self::IdempotencyKey,
        Self::Pages,
        Self::Items,
        Self::PageFacts,
        Self::Step,
        Self::ByNumber,
        Self::ByOffset,
        Self::ByCursor,
        Self::IndexValue,
        Self::CursorValue,
    ];

    /// The item's name in the template.
    pub fn name(self) -> &'static str {
        match self {
            Self::Request => "Outgoing",
            Self::Description => "Description",
            Self::FieldPath => "FieldPath",
            Self::Root => "ROOT",
            Self::WithField => "with_field",
            Self::WithIndex => "with_index",
            Self::Multipart => "Multipart",
            Self::Validate => "Validate",
            Self::ValidationError => "ValidationError",
            Self::FillPath => "fill_path",
            Self::JsonText => "json_text",
            Self::CheckLength => "check_length",
            Self::CheckPattern => "check_pattern",
            Self::CheckRange => "check_range",
            Self::CheckItems => "check_items",
            Self::CheckAllowed => "check_allowed",
            Self::DecodeJson => "decode_json",
            Self::DecodeEmpty => "decode_empty",
            Self::DecodeText => "decode_text",
            Self::DecodeBytes => "decode_bytes",
            Self::AuthorizeBearer => "authorize_bearer",
            Self::AuthorizeHeader => "authorize_header",
            Self::AuthorizeQuery => "authorize_query",
            Self::AuthorizeCookie => "authorize_cookie",
            Self::AuthorizeBasic => "authorize_basic",
            Self::AddQuery => "add_query",
            Self::AddQueryList => "add_query_list",
            Self::AddQueryObject => "add_query_object",
            Self::AddHeader => "add_header",
            Self::AddCookie => "add_cookie",
            Self::JsonBody => "json_body",
            Self::FormBody => "form_body",
            Self::TextBody => "text_body",
            Self::BytesBody => "bytes_body",
            Self::MultipartBody => "multipart_body",
            Self::FilePart => "file_part",
            Self::TextPart => "text_part",
            Self::JsonPart => "json_part",
            Self::RequestBuilder => "Request",
            Self::Operation => "Operation",
            Self::RequestFor => "request_for",
            Self::Authenticated => "authenticated",
            Self::Decoder => "Decoder",
            Self::Planned => "Planned",
            Self::IdempotencyKey => "mark_idempotency_key",
            Self::Pages => "Pages",
            Self::Items => "Items",
            Self::PageFacts => "PageFacts",
            Self::Step => "Step",
            Self::ByNumber => "by_number",
            Self::ByOffset => "by_offset",
            Self::ByCursor => "by_cursor",
            Self::IndexValue => "index_value",
            Self::CursorValue => "cursor_value",
        }
    }
}

/// The runtime helpers the generated code uses, recorded as it is emitted (by any of the threads
/// that emit modules), so the runtime keeps exactly those: nothing is learned by reading the
/// emitted tokens back.
#[derive(Debug, Default)]
pub struct Uses(Mutex<BTreeSet<Helper>>);

impl Uses {
    /// `crate::runtime::<helper>`, for items named by path.
    pub fn path(&self, helper: Helper) -> TokenStream {
        let name = self.name(helper);
        quote!(crate::runtime::#name)
    }

    /// The helper's bare name, for methods and associated items.
    pub fn name(&self, helper: Helper) -> proc_macro2::Ident {
        self.recorded().insert(helper);
        ident(helper.name())
    }

    /// The helper's bare name for tokens that may yet be thrown away: it is not recorded as used
    /// until [`Uses::name`] is called for the tokens kept.
    pub fn tentative(helper: Helper) -> proc_macro2::Ident {
        ident(helper.name())
    }

    fn names(&self) -> BTreeSet<String> {
        self.recorded().iter().map(|helper| helper.name().to_owned()).collect()
    }

    /// The set, even if a thread that held it stopped: it only ever grows, so it stays whole.
    fn recorded(&self) -> MutexGuard<'_, BTreeSet<Helper>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Public items and methods that only some APIs need, each with the helper whose use shows the
/// need: a client for an API without Basic authentication should not offer to configure it,
/// nor one without paged operations carry page streams.
const PUBLIC_ONLY_WHEN_USED: &[(&str, &str)] = &[
    ("with_basic_auth", "authorize_basic"),
    ("Pages", "Pages"),
    ("Items", "Items"),
    // What operations are built from: public only to name the crate's own trait, which it does
    // not export; a crate of models alone has none.
    ("Request", "Request"),
    ("Operation", "Operation"),
    ("Outgoing", "Outgoing"),
    ("Options", "Options"),
    ("Description", "Description"),
    ("Decoder", "Decoder"),
    ("Planned", "Planned"),
];

/// Whether a public item or method named `name` is kept: unless it is listed among those only
/// some APIs need, or an API needs it.
fn needed(name: &str, reachable: &BTreeSet<String>) -> bool {
    PUBLIC_ONLY_WHEN_USED.iter().filter(|(item, _)| *item == name).all(|(_, helper)| reachable.contains(*helper))
}

/// The error for a runtime template that does not parse (which tests rule out).
pub fn template_error(error: syn::Error) -> Error {
    Error::Render { file: "templates/runtime.rs".to_owned(), message: error.to_string() }
}

/// The runtime module, keeping the public items and the helpers in `uses`: as syntax, which is
/// what it is trimmed as, so that formatting it needs no second parse.
#[cfg(test)]
pub fn module(uses: &Uses) -> Result<syn::File, Error> {
    syn::parse_file(crate::naming::RUNTIME_TEMPLATE).map(|file| trimmed(file, uses)).map_err(template_error)
}

/// The runtime template without what the crate does not use: its public items and
/// the helpers in `uses` are kept, with whatever they reach.
pub fn trimmed(file: syn::File, uses: &Uses) -> syn::File {
    let mut reachable = uses.names();
    let (uses, items): (Vec<Item>, Vec<Item>) = file.items.into_iter().partition(|item| matches!(item, Item::Use(_)));
    let items = reachable_items(items, &mut reachable);
    // Imports serve the runtime's own items only.
    let mut used_here = BTreeSet::new();
    items.iter().for_each(|item| collect_idents(item.to_token_stream(), &mut used_here));
    let uses = uses.into_iter().filter_map(|item| match item {
        Item::Use(mut item) => prune_use(&mut item.tree, &used_here).then_some(Item::Use(item)),
        other => Some(other),
    });
    let items: Vec<Item> = uses.chain(items).collect();
    syn::File { items, ..file }
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
            let name = name.to_string();
            (matches!(visibility, Visibility::Public(_)) && needed(&name, reachable)) || reachable.contains(&name)
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
                (matches!(function.vis, Visibility::Public(_)) && needed(&name, reachable)) || reachable.contains(&name)
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

/// Every identifier in `tokens` that can name an item of the runtime, without the `r#` of raw
/// identifiers: not those reached through a module path (`reqwest::Request`, `fmt::Result`),
/// which name other crates' items, while `Self::new` and `Step::new` still count.
fn collect_idents(tokens: TokenStream, into: &mut BTreeSet<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (index, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Ident(ident) if !after_module_path(&tokens[..index]) => {
                let name = ident.to_string();
                into.insert(name.strip_prefix("r#").map(str::to_owned).unwrap_or(name));
            }
            TokenTree::Group(group) => collect_idents(group.stream(), into),
            TokenTree::Ident(_) | TokenTree::Punct(_) | TokenTree::Literal(_) => {}
        }
    }
}

/// Whether `before` ends with `module::`, a lower-case path segment other than `self`, `super`
/// and `crate`.
fn after_module_path(before: &[TokenTree]) -> bool {
    let [.., TokenTree::Ident(segment), TokenTree::Punct(first), TokenTree::Punct(second)] = before else {
        return false;
    };
    let segment = segment.to_string();
    first.as_char() == ':'
        && second.as_char() == ':'
        && segment.starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(segment.as_str(), "self" | "super" | "crate")
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
        let module = module(&Uses::default()).expect("the template parses");
        let names = names(&module.to_token_stream());
        for public in ["Client", "Error", "Response", "ValidationError", "ConfigError", "with_base_url"] {
            assert!(names.contains(public), "{public}");
        }
        for helper in ["check_pattern", "path_segment", "decode_json", "Outgoing", "Regex", "start", "with_basic_auth"]
        {
            assert!(!names.contains(helper), "{helper} should be trimmed");
        }
    }

    #[test]
    fn helpers_used_stay_with_what_they_need() {
        let uses = Uses::default();
        uses.path(Helper::CheckPattern);
        let names = names(&module(&uses).expect("the template parses").to_token_stream());
        for needed in ["check_pattern", "Regex", "OnceLock", "Mutex", "FieldPath"] {
            assert!(names.contains(needed), "{needed}");
        }
        assert!(!names.contains("decode_text"));
    }

    #[test]
    fn multipart_keeps_only_the_kinds_of_part_a_crate_sends() {
        let uses = Uses::default();
        for helper in [Helper::Request, Helper::Multipart, Helper::FilePart, Helper::MultipartBody] {
            uses.name(helper);
        }
        let names = names(&module(&uses).expect("the template parses").to_token_stream());
        assert!(names.contains("file_part") && names.contains("encode"));
        for unused in ["text_part", "json_part", "with_basic_auth"] {
            assert!(!names.contains(unused), "{unused} should be trimmed");
        }
    }

    #[test]
    fn every_helper_names_an_item_of_the_template() {
        let template = syn::parse_file(crate::naming::RUNTIME_TEMPLATE).expect("the template parses");
        let defined = names(&quote!(#template));
        for helper in Helper::ALL {
            assert!(defined.contains(helper.name()), "{helper:?}: no `{}` in the runtime template", helper.name());
        }
    }
}
