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
    EncodedBody,
    PutEncodedBody,
    MultipartBody,
    FilePart,
    TextPart,
    JsonPart,
    RequestBuilder,
    Operation,
    RequestFor,
    RequestAt,
    Authenticated,
    Decoder,
    Decoders,
    JsonDecoders,
    UsualDescription,
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
        Self::EncodedBody,
        Self::PutEncodedBody,
        Self::MultipartBody,
        Self::FilePart,
        Self::TextPart,
        Self::JsonPart,
        Self::RequestBuilder,
        Self::Operation,
        Self::RequestFor,
        Self::RequestAt,
        Self::Authenticated,
        Self::Decoder,
        Self::Decoders,
        Self::JsonDecoders,
        Self::UsualDescription,
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
            Self::EncodedBody => "EncodedBody",
            Self::PutEncodedBody => "encoded_body",
            Self::MultipartBody => "multipart_body",
            Self::FilePart => "file_part",
            Self::TextPart => "text_part",
            Self::JsonPart => "json_part",
            Self::RequestBuilder => "Request",
            Self::Operation => "Operation",
            Self::RequestFor => "request_for",
            Self::RequestAt => "request_at",
            Self::Authenticated => "authenticated",
            Self::Decoder => "Decoder",
            Self::Decoders => "Decoders",
            Self::JsonDecoders => "JSON",
            Self::UsualDescription => "USUAL",
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

/// What the template's `Description::USUAL` accepts and counts as a success, which an
/// operation's description leaves to it when they are the operation's too.
pub const USUAL_ACCEPT: &str = "application/json";
pub const USUAL_SUCCESS: [u16; 1] = [200];

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
    ("EncodedBody", "EncodedBody"),
    // What operations are built from: public only to name the crate's own trait, which it does
    // not export; a crate of models alone has none.
    ("Request", "Request"),
    ("Operation", "Operation"),
    ("Outgoing", "Outgoing"),
    ("Options", "Options"),
    ("Description", "Description"),
    ("Decoder", "Decoder"),
    ("Decoders", "Decoders"),
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
    let file = syn::parse_file(crate::naming::RUNTIME_TEMPLATE).map_err(template_error)?;
    Ok(Template::new(file).trimmed(uses).file)
}

/// The runtime template as parsed, with the names each of its items mentions: what does not
/// depend on the crate, made while the crate's other modules are emitted.
pub struct Template {
    /// Everything but the items: the module's attributes.
    file: syn::File,
    imports: Vec<Item>,
    parts: Vec<Part>,
}

/// The runtime template trimmed to what a crate uses, and the names the kept items mention.
pub struct Trimmed {
    pub file: syn::File,
    /// Every name the kept items and imports mention (see [`collect_idents`]).
    pub mentioned: BTreeSet<String>,
}

impl Template {
    pub fn new(mut file: syn::File) -> Self {
        let (imports, items): (Vec<Item>, Vec<Item>) =
            std::mem::take(&mut file.items).into_iter().partition(|item| matches!(item, Item::Use(_)));
        Self { file, imports, parts: items.into_iter().map(Part::new).collect() }
    }

    /// The template without what the crate does not use: its public items and the helpers in
    /// `uses` are kept, with whatever they reach.
    pub fn trimmed(self, uses: &Uses) -> Trimmed {
        let mut reachable = uses.names();
        let mut mentioned = reach(&self.parts, &mut reachable);
        let items = self.parts.into_iter().filter_map(|part| part.kept(&reachable));
        // Imports serve the runtime's own items only; the crates they name are mentioned too.
        let imports: Vec<Item> = self
            .imports
            .into_iter()
            .filter_map(|item| match item {
                Item::Use(mut item) => prune_use(&mut item.tree, &mentioned).then_some(Item::Use(item)),
                other => Some(other),
            })
            .collect();
        imports.iter().for_each(|item| collect_idents(item.to_token_stream(), &mut mentioned));
        Trimmed { file: syn::File { items: imports.into_iter().chain(items).collect(), ..self.file }, mentioned }
    }
}

/// A top-level item of the template and the names it mentions, collected once: an inherent
/// impl block's members apart, since each of them is kept or dropped on its own.
struct Part {
    item: Item,
    /// What decides whether the item is kept: its visibility and name, or for an impl block the
    /// type it is for.
    key: Option<Key>,
    /// The names the item mentions, outside the members of an inherent impl block.
    names: BTreeSet<String>,
    /// The members of an inherent impl block: what decides whether each is kept, and its names.
    members: Vec<(Option<Key>, BTreeSet<String>)>,
}

/// An item or member that is kept when public (and needed, for a method), or once something
/// kept names it.
struct Key {
    name: String,
    public: bool,
    /// Whether being public is enough, or the item must also be [`needed`].
    always_when_public: bool,
}

impl Key {
    fn new(visibility: &Visibility, name: &syn::Ident, always_when_public: bool) -> Self {
        Self { name: name.to_string(), public: matches!(visibility, Visibility::Public(_)), always_when_public }
    }

    fn keeps(&self, reachable: &BTreeSet<String>) -> bool {
        (self.public && (self.always_when_public || needed(&self.name, reachable))) || reachable.contains(&self.name)
    }
}

impl Part {
    fn new(mut item: Item) -> Self {
        let mut names = BTreeSet::new();
        let Item::Impl(block) = &mut item else {
            collect_idents(item.to_token_stream(), &mut names);
            let key = visibility_and_name(&item).map(|(visibility, name)| Key::new(visibility, name, false));
            return Self { item, key, names, members: Vec::new() };
        };
        // An impl block is kept with the type it is for; one for no named type, never.
        let name = last_ident(&block.self_ty.to_token_stream()).unwrap_or_default();
        let key = Some(Key { name, public: false, always_when_public: false });
        if block.trait_.is_some() {
            collect_idents(block.to_token_stream(), &mut names);
            return Self { item, key, names, members: Vec::new() };
        }
        let members = std::mem::take(&mut block.items);
        collect_idents(block.to_token_stream(), &mut names);
        let keyed = members.iter().map(|member| {
            let key = match member {
                ImplItem::Fn(function) => Some(Key::new(&function.vis, &function.sig.ident, false)),
                ImplItem::Const(constant) => Some(Key::new(&constant.vis, &constant.ident, true)),
                _ => None,
            };
            let mut names = BTreeSet::new();
            collect_idents(member.to_token_stream(), &mut names);
            (key, names)
        });
        let keyed = keyed.collect();
        block.items = members;
        Self { item, key, names, members: keyed }
    }

    /// The part of the item to keep: all of it, an impl block without its unreached members,
    /// or nothing.
    fn kept(self, reachable: &BTreeSet<String>) -> Option<Item> {
        if !is_kept(self.key.as_ref(), reachable) {
            return None;
        }
        let mut item = self.item;
        if let Item::Impl(block) = &mut item
            && block.trait_.is_none()
        {
            let mut members = self.members.iter();
            block.items.retain(|_| members.next().is_some_and(|(key, _)| is_kept(key.as_ref(), reachable)));
        }
        Some(item)
    }
}

/// Whether an item or member with this key (or none: kept whatever is used) is kept.
fn is_kept(key: Option<&Key>, reachable: &BTreeSet<String>) -> bool {
    key.is_none_or(|key| key.keeps(reachable))
}

/// Adds to `reachable` the names of the parts kept, until nothing changes, and gives every name
/// the kept parts mention.
fn reach(parts: &[Part], reachable: &mut BTreeSet<String>) -> BTreeSet<String> {
    let mut mentioned = BTreeSet::new();
    // What is kept only grows, so each part's names are taken once.
    let mut taken: Vec<(bool, Vec<bool>)> = parts.iter().map(|part| (false, vec![false; part.members.len()])).collect();
    loop {
        let before = reachable.len();
        for (part, (item_taken, members_taken)) in parts.iter().zip(&mut taken) {
            if !is_kept(part.key.as_ref(), reachable) {
                continue;
            }
            let mut newly = Vec::new();
            if !*item_taken {
                *item_taken = true;
                newly.push(&part.names);
            }
            for ((key, names), member_taken) in part.members.iter().zip(members_taken.iter_mut()) {
                if !*member_taken && is_kept(key.as_ref(), reachable) {
                    *member_taken = true;
                    newly.push(names);
                }
            }
            for names in newly {
                reachable.extend(names.iter().cloned());
                mentioned.extend(names.iter().cloned());
            }
        }
        if reachable.len() == before {
            return mentioned;
        }
    }
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
    fn the_usual_description_is_what_descriptions_leave_out() {
        let template = crate::naming::RUNTIME_TEMPLATE;
        let start = template.find("const USUAL: Self = Self {").expect("Description::USUAL");
        let usual = &template[start..start + template[start..].find("};").expect("its end")];
        let success: Vec<String> = USUAL_SUCCESS.iter().map(u16::to_string).collect();
        for field in [
            format!("accept: Some({USUAL_ACCEPT:?}),"),
            format!("success: &[{}],", success.join(", ")),
            "errors: &[],".to_owned(),
        ] {
            assert!(usual.contains(&field), "`Description::USUAL` lacks `{field}`:\n{usual}");
        }
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
    fn the_names_mentioned_include_the_crates_only_kept_imports_name() {
        let template = || Template::new(syn::parse_file(crate::naming::RUNTIME_TEMPLATE).expect("the template parses"));
        let uses = Uses::default();
        assert!(!template().trimmed(&uses).mentioned.contains("regress"));
        uses.path(Helper::CheckPattern);
        let checked = template().trimmed(&uses);
        assert!(checked.mentioned.contains("regress") && checked.mentioned.contains("check_pattern"));
        assert_eq!(checked.mentioned, names(&checked.file.to_token_stream()));
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
