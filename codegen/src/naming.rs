//! Rust identifiers for API names. Every identifier the generator emits comes from here.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use heck::{ToSnakeCase, ToUpperCamelCase};

use crate::ir::Ident;

/// Words that cannot be identifiers as they are (Rust 2024, including reserved words).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "override", "priv", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait",
    "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that `r#` cannot escape.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Names generated modules use unqualified (the prelude's, and what `models` imports): a type
/// of the same name, a model or an operation's, would shadow them, so none is given one.
const PRELUDE_TYPES: &[&str] = &[
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Into",
    "Serialize",
    "Deserialize",
    "From",
];

/// Modules at the crate root that a tag's module must not take: the crate's own, the files
/// Cargo treats specially, and the paths generated code starts from.
const RESERVED_MODULES: &[&str] = &[
    "models",
    "runtime",
    "validate",
    "shared",
    "reqwest",
    "lib",
    "main",
    "std",
    "core",
    "alloc",
    "serde",
    "serde_json",
];

/// What the generated handles derive; their methods are taken.
pub const HANDLE_DERIVES: &[&str] = &["Debug", "Clone", "Copy"];

/// The methods each derivable trait adds, which a generated method of the same name would shadow.
const DERIVED_METHODS: &[(&str, &[&str])] = &[
    ("Clone", &["clone", "clone_from"]),
    ("Copy", &[]),
    ("Debug", &["fmt"]),
    ("Default", &["default"]),
    ("PartialEq", &["eq", "ne"]),
    ("Eq", &[]),
    ("Hash", &["hash"]),
];

/// Methods every type has through blanket impls (`Into`, `Borrow`, `ToOwned`, `Any`, ...).
const BLANKET_METHODS: &[&str] = &["into", "try_into", "borrow", "borrow_mut", "to_owned", "clone_into", "type_id"];

/// Method names that mean a std trait's method (or a constructor) to every Rust reader, and to
/// clippy (`should_implement_trait`, `new_ret_no_self`): a generated method does not take them.
const CONVENTIONAL_METHODS: &[&str] = &[
    "new",
    "default",
    "from_str",
    "next",
    "cmp",
    "partial_cmp",
    "deref",
    "deref_mut",
    "drop",
    "index",
    "index_mut",
    "neg",
    "not",
    "as_ref",
    "as_mut",
    "into_iter",
    "from_iter",
    "add",
    "sub",
    "mul",
    "div",
    "rem",
    "shl",
    "shr",
    "bitand",
    "bitor",
    "bitxor",
];

/// The paged requests' streams of pages and of items (reserved on every request, so that a
/// setter's name does not depend on whether its operation pages).
pub const PAGES_METHOD: &str = "pages";
pub const ITEMS_METHOD: &str = "items";

/// The runtime every generated client carries, trimmed to what it uses; the methods of `Client`
/// and `Request` are read from it.
pub const RUNTIME_TEMPLATE: &str = include_str!("../templates/runtime.rs");

/// Symbols that carry meaning in names such as enum values (`+1`, `>=`), spelled as words.
const SYMBOL_WORDS: &[(char, &str)] = &[
    ('+', "plus"),
    ('*', "star"),
    ('@', "at"),
    ('#', "hash"),
    ('%', "percent"),
    ('&', "and"),
    ('=', "eq"),
    ('<', "lt"),
    ('>', "gt"),
    ('!', "not"),
    ('~', "tilde"),
];

/// An `UpperCamelCase` identifier for a type; never one that would shadow a prelude type.
pub fn type_name(raw: &str) -> String {
    unshadowing(camel(raw, "Type"), "Model")
}

/// The type of a tag's handle (`PetsApi`). A tag that starts with a digit gets the word its
/// module gets (`operations_16_day`, `Operations16DayApi`), not that of a model type.
pub fn handle_name(tag: &str) -> String {
    camel(&format!("{tag} Api"), OPERATIONS)
}

/// What goes in front of a tag's module and handle names that would start with a digit.
pub const OPERATIONS: &str = "Operations";

/// The type name of each schema component, from its key. A dotted key is a namespace and a name
/// (`microsoft.graph.user`, `io.k8s.api.core.v1.Pod`, .NET's `Billbee.Model.Order`), and the
/// namespace is mostly the same for every type: a type takes the fewest last segments of its key
/// that no other key could also give, so `Pod`, or `V1Pod` where a `v1beta1.Pod` is also there.
pub fn component_type_names(keys: &[&str]) -> Vec<String> {
    let candidates: Vec<Vec<String>> = keys.iter().map(|key| dotted_suffixes(key)).collect();
    let mut givers: BTreeMap<String, usize> = BTreeMap::new();
    for name in candidates.iter().flat_map(|names| names.iter().collect::<BTreeSet<_>>()) {
        *givers.entry(name.clone()).or_default() += 1;
    }
    let first_unique = |names: &Vec<String>| names.iter().find(|name| givers[*name] == 1).cloned();
    candidates
        .iter()
        .map(|names| first_unique(names).unwrap_or_else(|| names.last().cloned().unwrap_or_default()))
        .collect()
}

/// The type names the last one, two, ... segments of a dotted key make, shortest first, ending
/// with the whole key's. Dots inside brackets are a type argument's (.NET's
/// `Api.Paged[Billbee.Model.Order]` is a `Paged`, not an `Order`). A key whose last segment is not
/// a name (`api.v1.2`) is only itself, and parts that start with a digit (`2.Pod`) are left out.
fn dotted_suffixes(key: &str) -> Vec<String> {
    let mut depth = 0_usize;
    let mut starts = Vec::new();
    for (index, c) in key.char_indices() {
        match c {
            '[' | '<' | '(' | '{' => depth += 1,
            ']' | '>' | ')' | '}' => depth = depth.saturating_sub(1),
            '.' if depth == 0 => starts.push(index + 1),
            _ => {}
        }
    }
    let is_name = |part: &str| part.starts_with(char::is_alphabetic);
    let last = starts.last().map_or(key, |start| &key[*start..]);
    let parts = starts.iter().rev().map(|start| &key[*start..]).filter(|part| is_name(last) && is_name(part));
    parts.chain(std::iter::once(key)).map(type_name).collect()
}

/// An `UpperCamelCase` identifier for an operation's request; never one that would shadow a
/// prelude type.
pub fn operation_type_name(raw: &str) -> String {
    unshadowing(camel(raw, "Operation"), "Operation")
}

/// `name`, with `suffix` added when it is a prelude type's.
fn unshadowing(name: String, suffix: &str) -> String {
    if PRELUDE_TYPES.contains(&name.as_str()) { format!("{name}{suffix}") } else { name }
}

/// An `UpperCamelCase` identifier such as an enum variant; `fallback` names nameless input
/// and prefixes names that would start with a digit.
pub fn camel(raw: &str, fallback: &str) -> String {
    let name = words(raw).to_upper_camel_case();
    let name = prefix_if_needed(name, fallback);
    if name == "Self" { format!("{name}{fallback}") } else { name }
}

/// A `snake_case` identifier for a field, method or parameter, keyword-escaped.
pub fn snake(raw: &str, fallback: &str) -> Ident {
    let name = words(raw).to_snake_case();
    let name = prefix_if_needed(name, &fallback.to_snake_case());
    if NOT_RAW.contains(&name.as_str()) {
        Ident::new(format!("{name}_"), false)
    } else {
        let raw = KEYWORDS.contains(&name.as_str());
        Ident::new(name, raw)
    }
}

/// The method name of each of one tag's operations, from their ids (see [`snake`]), each with a
/// shorter one when its id starts with the tag: the tag's handle already says it, so GitHub's
/// `repos/list-for-org` under `repos` reads `client.repos().list_for_org(..)`. There is no
/// shorter name when what is left is not a plain identifier, or names another operation too.
pub fn operation_methods(tag: &str, ids: &[String]) -> Vec<(Ident, Option<Ident>)> {
    let full: Vec<Ident> = ids.iter().map(|id| snake(id, "operation")).collect();
    let prefix = format!("{}_", words(tag).to_snake_case());
    let short: Vec<Option<Ident>> = full
        .iter()
        .map(|name| {
            let rest = name.as_str().strip_prefix(&prefix)?;
            let ident = snake(rest, "operation");
            (ident.as_str() == rest && !ident.is_raw()).then_some(ident)
        })
        .collect();
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    for name in full.iter().chain(short.iter().flatten()) {
        *uses.entry(name.as_str()).or_default() += 1;
    }
    let unique = |name: &Ident| uses[name.as_str()] == 1;
    let short: Vec<Option<Ident>> = short.iter().map(|name| name.clone().filter(unique)).collect();
    full.into_iter().zip(short).collect()
}

/// The namespace every operation id starts with, dot included, when they all have one: Google's
/// ids are `storage.buckets.list`, and `storage.` says nothing in a crate that is all storage,
/// so `buckets.list` names the method and builder. Only a dotted first segment counts: an id
/// such as `get_users` starts with a verb, however many others share it.
pub fn shared_namespace<'a>(ids: &[Option<&'a str>]) -> Option<&'a str> {
    let mut namespaces = ids.iter().map(|id| {
        let id = (*id)?;
        let dot = id.find('.')?;
        (dot > 0 && dot + 1 < id.len()).then(|| &id[..=dot])
    });
    let first = namespaces.next()??;
    (ids.len() > 1 && namespaces.all(|namespace| namespace == Some(first))).then_some(first)
}

/// The function name FastAPI made an operation id from, when the id is FastAPI's default:
/// `read_item_items__item_id__get` for `read_item` at `GET /items/{item_id}` (the name and path
/// with each non-word character made `_`, then the method). The path and method repeat what the
/// method's docs say, and make every name in such a crate several words too long.
pub fn fastapi_route_name<'a>(id: &'a str, path: &str, method: &str) -> Option<&'a str> {
    let path: String = path.chars().map(|c| if c.is_alphanumeric() || c == '_' { c } else { '_' }).collect();
    let name = id.strip_suffix(method)?.strip_suffix('_')?.strip_suffix(path.as_str())?;
    (!name.is_empty()).then_some(name)
}

/// A module name: `snake_case`, never raw and at most [`MAX_FILE_STEM`] bytes, since a module
/// is also a file name (`type_`).
pub fn module(raw: &str, fallback: &str) -> String {
    let mut name = snake(raw, fallback);
    if name.as_str().len() > MAX_FILE_STEM {
        name = snake(file_stem(name.as_str()), fallback);
    }
    if name.is_raw() { format!("{}_", name.as_str()) } else { name.as_str().to_owned() }
}

/// The longest file name, without its extension, that a generated crate takes from the spec:
/// file systems refuse names over 255 bytes, and a tag or an operation id can be longer.
pub const MAX_FILE_STEM: usize = 64;

/// `name` cut to at most [`MAX_FILE_STEM`] bytes, at a character boundary and without a
/// trailing `_`, to name a file.
pub fn file_stem(name: &str) -> &str {
    name[..name.floor_char_boundary(MAX_FILE_STEM)].trim_end_matches('_')
}

/// Names taken in the namespaces generated names go into, derived from what takes them.
#[derive(Debug)]
pub struct Reserved {
    /// Modules at the crate root.
    pub modules: BTreeSet<&'static str>,
    /// `Client`'s methods, whatever their visibility, with what its traits and blanket impls add:
    /// a tag's accessor method must not take one.
    pub client_methods: BTreeSet<String>,
    /// A request's methods besides its parameters' setters: those of the runtime's `Request`,
    /// and the streams of paged operations.
    pub builder_methods: BTreeSet<String>,
    /// A handle's methods besides its operations'.
    pub handle_methods: BTreeSet<String>,
}

static RESERVED: OnceLock<Reserved> = OnceLock::new();

/// The reserved names, read once from the runtime template.
pub fn reserved() -> &'static Reserved {
    RESERVED.get_or_init(|| reserved_in(&parsed_runtime().map(|file| file.items).unwrap_or_default()))
}

/// The runtime template, parsed; the reserved names are read from this parse unless they
/// already were.
pub fn parse_runtime_reserving() -> syn::Result<syn::File> {
    let mut parsed = None;
    RESERVED.get_or_init(|| {
        let file = parsed_runtime();
        let reserved = reserved_in(file.as_ref().map_or(&[][..], |file| &file.items));
        parsed = Some(file);
        reserved
    });
    parsed.unwrap_or_else(parsed_runtime)
}

fn parsed_runtime() -> syn::Result<syn::File> {
    syn::parse_file(RUNTIME_TEMPLATE)
}

fn reserved_in(runtime: &[syn::Item]) -> Reserved {
    let conventional = || CONVENTIONAL_METHODS.iter().map(|name| (*name).to_owned());
    let handle_methods = derived_methods(HANDLE_DERIVES.iter().copied())
        .chain(BLANKET_METHODS.iter().copied())
        .map(str::to_owned)
        .chain(conventional())
        .collect();
    let mut builder_methods = runtime_methods(runtime, "Request");
    builder_methods.extend(conventional().chain([PAGES_METHOD, ITEMS_METHOD].map(str::to_owned)));
    let mut client_methods = runtime_methods(runtime, "Client");
    client_methods.extend(conventional());
    Reserved { modules: RESERVED_MODULES.iter().copied().collect(), client_methods, builder_methods, handle_methods }
}

fn derived_methods<'a>(derives: impl Iterator<Item = &'a str>) -> impl Iterator<Item = &'static str> {
    derives.flat_map(|derive| {
        DERIVED_METHODS.iter().filter(move |(name, _)| *name == derive).flat_map(|(_, methods)| methods.iter().copied())
    })
}

/// Every method of the runtime's type `type_name`, among the template's items: its impls'
/// functions, whether inherent or of a trait, those of its derives, and those every type has.
fn runtime_methods(runtime: &[syn::Item], type_name: &str) -> BTreeSet<String> {
    let mut methods: BTreeSet<String> = BLANKET_METHODS.iter().map(|name| (*name).to_owned()).collect();
    for item in runtime {
        match item {
            syn::Item::Impl(block) if is_type(&block.self_ty, type_name) => {
                methods.extend(block.items.iter().filter_map(|member| match member {
                    syn::ImplItem::Fn(function) => Some(function.sig.ident.to_string()),
                    _ => None,
                }));
            }
            syn::Item::Struct(item) if item.ident == type_name => {
                let derives = derives(&item.attrs);
                methods.extend(derived_methods(derives.iter().map(String::as_str)).map(str::to_owned));
            }
            _ => {}
        }
    }
    methods
}

fn is_type(ty: &syn::Type, name: &str) -> bool {
    matches!(ty, syn::Type::Path(path) if path.path.segments.last().is_some_and(|segment| segment.ident == name))
}

/// The traits a `#[derive(...)]` among `attrs` names.
fn derives(attrs: &[syn::Attribute]) -> Vec<String> {
    let mut derives = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            derives.extend(meta.path.get_ident().map(ToString::to_string));
            Ok(())
        });
    }
    derives
}

/// A variant name for a response status key (`200`, `4XX`, `default`): the status's reason
/// phrase, so that an enum of responses reads `Created(Pet)` or `NotFound(Problem)`.
pub fn status_variant(key: &str) -> String {
    let reason = match key.to_ascii_uppercase().as_str() {
        "DEFAULT" => "Other",
        "1XX" => "Informational",
        "2XX" => "Success",
        "3XX" => "Redirection",
        "4XX" => "ClientError",
        "5XX" => "ServerError",
        code => match code.parse::<u16>().ok().and_then(reason_phrase) {
            Some(reason) => reason,
            None => return camel(key, "Status"),
        },
    };
    reason.to_owned()
}

/// The IANA reason phrase of a registered status code, in `UpperCamelCase`.
fn reason_phrase(code: u16) -> Option<&'static str> {
    const PHRASES: &[(u16, &str)] = &[
        (100, "Continue"),
        (101, "SwitchingProtocols"),
        (102, "Processing"),
        (103, "EarlyHints"),
        (200, "Ok"),
        (201, "Created"),
        (202, "Accepted"),
        (203, "NonAuthoritativeInformation"),
        (204, "NoContent"),
        (205, "ResetContent"),
        (206, "PartialContent"),
        (207, "MultiStatus"),
        (208, "AlreadyReported"),
        (226, "ImUsed"),
        (300, "MultipleChoices"),
        (301, "MovedPermanently"),
        (302, "Found"),
        (303, "SeeOther"),
        (304, "NotModified"),
        (305, "UseProxy"),
        (307, "TemporaryRedirect"),
        (308, "PermanentRedirect"),
        (400, "BadRequest"),
        (401, "Unauthorized"),
        (402, "PaymentRequired"),
        (403, "Forbidden"),
        (404, "NotFound"),
        (405, "MethodNotAllowed"),
        (406, "NotAcceptable"),
        (407, "ProxyAuthenticationRequired"),
        (408, "RequestTimeout"),
        (409, "Conflict"),
        (410, "Gone"),
        (411, "LengthRequired"),
        (412, "PreconditionFailed"),
        (413, "ContentTooLarge"),
        (414, "UriTooLong"),
        (415, "UnsupportedMediaType"),
        (416, "RangeNotSatisfiable"),
        (417, "ExpectationFailed"),
        (421, "MisdirectedRequest"),
        (422, "UnprocessableContent"),
        (423, "Locked"),
        (424, "FailedDependency"),
        (425, "TooEarly"),
        (426, "UpgradeRequired"),
        (428, "PreconditionRequired"),
        (429, "TooManyRequests"),
        (431, "RequestHeaderFieldsTooLarge"),
        (451, "UnavailableForLegalReasons"),
        (500, "InternalServerError"),
        (501, "NotImplemented"),
        (502, "BadGateway"),
        (503, "ServiceUnavailable"),
        (504, "GatewayTimeout"),
        (505, "HttpVersionNotSupported"),
        (506, "VariantAlsoNegotiates"),
        (507, "InsufficientStorage"),
        (508, "LoopDetected"),
        (511, "NetworkAuthenticationRequired"),
    ];
    PHRASES.iter().find(|(known, _)| *known == code).map(|(_, phrase)| *phrase)
}

/// Splits the raw name into ASCII words that the casing functions understand. Other scripts
/// are transliterated (`größe` reads `grosse`, `用户` reads `Yong Hu`), so that names in them
/// still say what they name.
fn words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for (index, character) in raw.chars().enumerate() {
        if character.is_ascii_alphanumeric() {
            out.push(character);
        } else if let Some(ascii) = transliterated(character) {
            out.push_str(ascii);
        } else if let Some((_, word)) = SYMBOL_WORDS.iter().find(|(symbol, _)| *symbol == character) {
            out.push_str(&format!(" {word} "));
        } else if character == '-' && index == 0 {
            out.push_str("minus ");
        } else {
            out.push(' ');
        }
    }
    out
}

/// The ASCII letters a non-ASCII letter or digit reads as, if it has any; symbols and emoji
/// are left to the symbol table, and are spaces otherwise.
fn transliterated(character: char) -> Option<&'static str> {
    if character.is_ascii() || !character.is_alphanumeric() {
        return None;
    }
    deunicode::deunicode_char(character).filter(|ascii| ascii.chars().any(|c| c.is_ascii_alphanumeric()))
}

fn prefix_if_needed(name: String, fallback: &str) -> String {
    match name.chars().next() {
        None => fallback.to_owned(),
        Some(first) if first.is_ascii_digit() => {
            let separator = if fallback.starts_with(|c: char| c.is_ascii_lowercase()) { "_" } else { "" };
            format!("{fallback}{separator}{name}")
        }
        Some(_) => name,
    }
}

/// Identifiers already used in one namespace (a module's types, a struct's fields, an enum's
/// variants). Claims are resolved in the order they are made, so the same spec always yields
/// the same names.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: BTreeSet<String>,
    /// Names taken before any claim, by what the generated code itself defines.
    reserved: BTreeSet<String>,
    /// The next number to try after each name, so that many claims of one name stay linear.
    next_number: BTreeMap<String, usize>,
}

impl Scope {
    /// A scope in which `names` are already taken.
    pub fn with_taken<'n>(names: impl IntoIterator<Item = &'n str>) -> Self {
        let reserved: BTreeSet<String> = names.into_iter().map(str::to_owned).collect();
        Self { taken: reserved.clone(), reserved, next_number: BTreeMap::new() }
    }

    /// Takes `candidate`, or the first free `candidate2`, `candidate3`, ... (`_2` for snake case).
    pub fn claim(&mut self, candidate: String) -> String {
        if self.taken.insert(candidate.clone()) {
            return candidate;
        }
        let camel = candidate.starts_with(|c: char| c.is_ascii_uppercase());
        let separator = if camel || candidate.ends_with('_') { "" } else { "_" };
        let next = self.next_number.entry(candidate.clone()).or_insert(2);
        let name = (*next..)
            .map(|n| format!("{candidate}{separator}{n}"))
            .find(|name| !self.taken.contains(name))
            .unwrap_or_default();
        *next = name[candidate.len() + separator.len()..].parse::<usize>().map_or(*next, |n| n + 1);
        self.taken.insert(name.clone());
        name
    }

    /// Takes `candidate`, or the first free `candidate_2`, ...; a renamed keyword is no longer raw.
    pub fn claim_ident(&mut self, candidate: Ident) -> Ident {
        if self.taken.insert(candidate.as_str().to_owned()) {
            return candidate;
        }
        Ident::new(self.claim(candidate.as_str().to_owned()), false)
    }

    /// Takes `candidate`, or, when it is reserved, `candidate_{suffix}`, named for what it is,
    /// before any numbered name.
    pub fn claim_ident_or(&mut self, candidate: Ident, suffix: &str) -> Ident {
        if self.reserved.contains(candidate.as_str()) {
            return self.claim_ident(Ident::new(format!("{}_{suffix}", candidate.as_str()), false));
        }
        self.claim_ident(candidate)
    }

    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_component_keys_name_types_by_their_fewest_distinguishing_segments() {
        let keys = [
            "io.k8s.api.core.v1.Pod",
            "io.k8s.api.core.v1beta1.Pod",
            "io.k8s.api.core.v1.Node",
            "microsoft.graph.user",
            "User",
            "api.v1.2",
            "Plain",
            "Web.Api.Paged[Billbee.Model.Order]",
        ];
        assert_eq!(
            component_type_names(&keys),
            ["V1Pod", "V1beta1Pod", "Node", "GraphUser", "User", "ApiV12", "Plain", "PagedBillbeeModelOrder"]
        );
    }

    #[test]
    fn fastapi_default_ids_give_back_their_route_names() {
        let route = |id, path| fastapi_route_name(id, path, "get");
        assert_eq!(route("read_item_items__item_id__get", "/items/{item_id}"), Some("read_item"));
        assert_eq!(route("root__get", "/"), Some("root"));
        let long = "horse_times_v1_horses__horse_id__distance_times_get";
        assert_eq!(route(long, "/v1/horses/{horse_id}/distance-times"), Some("horse_times"));
        assert_eq!(route("read_item_items__item_id__post", "/items/{item_id}"), None, "another method");
        assert_eq!(route("_items__item_id__get", "/items/{item_id}"), None, "no name before the path");
        assert_eq!(route("getItem", "/items/{item_id}"), None);
    }

    #[test]
    fn a_dotted_namespace_all_operation_ids_share_is_dropped_and_nothing_else() {
        let google = [Some("storage.buckets.list"), Some("storage.objects.get")];
        assert_eq!(shared_namespace(&google), Some("storage."));
        let mixed = [Some("storage.buckets.list"), Some("compute.disks.get")];
        let missing = [Some("storage.buckets.list"), None];
        let verbs = [Some("get_users"), Some("get_orders")];
        let bare = [Some("storage.buckets.list"), Some("storage.")];
        for ids in [&mixed[..], &missing, &verbs, &bare, &google[..1]] {
            assert_eq!(shared_namespace(ids), None, "{ids:?}");
        }
    }

    #[test]
    fn an_operation_method_drops_the_tag_it_starts_with_when_that_names_it_alone() {
        let ids: Vec<String> =
            ["repos/list-for-org", "repos/get", "get", "Repos_Delete", "repos/2fa", "repos/type", "list"]
                .map(str::to_owned)
                .into();
        let methods = operation_methods("Repos", &ids);
        let shown: Vec<(&str, Option<&str>)> =
            methods.iter().map(|(full, short)| (full.as_str(), short.as_ref().map(Ident::as_str))).collect();
        assert_eq!(
            shown,
            [
                ("repos_list_for_org", Some("list_for_org")),
                ("repos_get", None),
                ("get", None),
                ("repos_delete", Some("delete")),
                ("repos_2fa", None),
                ("repos_type", None),
                ("list", None),
            ]
        );
    }

    #[test]
    fn camel_case_names() {
        assert_eq!(camel("instanceOrg", "Type"), "InstanceOrg");
        assert_eq!(camel("payload stats", "Type"), "PayloadStats");
        assert_eq!(camel("past_due", "Value"), "PastDue");
        assert_eq!(camel("86400000", "Value"), "Value86400000");
        assert_eq!(camel("", "Value"), "Value");
        assert_eq!(camel("+1", "Value"), "Plus1");
        assert_eq!(camel("-1", "Value"), "Minus1");
        assert_eq!(camel("self", "Value"), "SelfValue");
        assert_eq!(camel("String", "Value"), "String");
        assert_eq!(camel("ünïcode name", "Type"), "UnicodeName");
        assert_eq!(camel("用户", "Type"), "YongHu");
        assert_eq!(camel("😀", "Type"), "Type");
        assert_eq!(type_name("result"), "ResultModel");
        assert_eq!(operation_type_name("into"), "IntoOperation");
        assert_eq!(operation_type_name("getItem"), "GetItem");
        assert_eq!(type_name("self"), "SelfType");
        assert_eq!(type_name("3dSecure"), "Type3dSecure");
    }

    #[test]
    fn a_tag_names_its_module_and_handle_alike() {
        assert_eq!(module("16 day / daily Forecast", OPERATIONS), "operations_16_day_daily_forecast");
        let long = module(&"very long words ".repeat(20), OPERATIONS);
        assert!(long.len() <= MAX_FILE_STEM && long.starts_with("very_long_words_") && !long.ends_with('_'), "{long}");
        assert_eq!(file_stem(&format!("x{}", "é".repeat(40))).len(), 63);
        assert_eq!(module(&format!("type {}", "x".repeat(70)), OPERATIONS).len(), MAX_FILE_STEM);
        assert_eq!(handle_name("16 day / daily Forecast"), "Operations16DayDailyForecastApi");
        assert_eq!(
            (module("Instance Org", OPERATIONS), handle_name("Instance Org")),
            ("instance_org".into(), "InstanceOrgApi".into())
        );
    }

    #[test]
    fn snake_case_names_escape_keywords() {
        assert_eq!(module("type", "operations"), "type_");
        assert_eq!(module("Self", "operations"), "self_");
        assert_eq!(snake("creationDate", "field"), "creation_date");
        assert_eq!(snake("type", "field"), "r#type");
        assert_eq!(snake("self", "field"), "self_");
        assert_eq!(snake("2fa", "field"), "field_2fa");
        assert_eq!(snake("dataTTL", "field"), "data_ttl");
        assert_eq!(snake("_links", "field"), "links");
        assert_eq!(snake("$", "field"), "field");
        assert_eq!(snake("Größe", "field"), "grosse");
        assert_eq!(snake("ñandú", "field"), "nandu");
    }

    #[test]
    fn statuses_are_named_by_their_reason_phrase() {
        assert_eq!(status_variant("201"), "Created");
        assert_eq!(status_variant("404"), "NotFound");
        assert_eq!(status_variant("4xx"), "ClientError");
        assert_eq!(status_variant("default"), "Other");
        assert_eq!(status_variant("299"), "Status299");
    }

    #[test]
    fn names_are_valid_identifiers() {
        for raw in ["a-b", "x.y.z", "9", "*", "$ref", "crate", "Self", "gen", "__", "ÄÖ", "a  b"] {
            for name in [type_name(raw), camel(raw, "Value"), snake(raw, "field").to_string(), module(raw, "m")] {
                assert!(syn::parse_str::<syn::Ident>(&name).is_ok(), "{raw:?} -> {name:?}");
            }
        }
    }

    #[test]
    fn collisions_resolve_in_claim_order() {
        let mut scope = Scope::default();
        assert_eq!(scope.claim_ident(snake("links", "field")), "links");
        assert_eq!(scope.claim_ident(snake("_links", "field")), "links_2");
        assert_eq!(scope.claim_ident(snake("type", "field")), "r#type");
        assert_eq!(scope.claim_ident(snake("Type", "field")), "type_2");
        let mut members = Scope::with_taken(["send"]);
        assert_eq!(members.claim_ident_or(snake("send", "p"), "value"), "send_value");
        assert_eq!(members.claim_ident_or(snake("sendValue", "p"), "value"), "send_value_2");
        assert_eq!(scope.claim_ident(snake("self", "field")), "self_");
        assert_eq!(scope.claim_ident(snake("Self", "field")), "self_2", "never a double underscore");
        let mut types = Scope::default();
        assert_eq!(types.claim(type_name("user")), "User");
        assert_eq!(types.claim(type_name("User")), "User2");
        assert!(types.contains("User2"));
    }

    #[test]
    fn reserved_names_come_from_the_runtime_and_the_derives() {
        let reserved = reserved();
        for method in [
            "new",
            "start",
            "exchange",
            "with_basic_auth",
            "with_base_url",
            "with_retry_policy",
            "with_hooks",
            "clone",
            "into",
        ] {
            assert!(reserved.client_methods.contains(method), "{method}");
        }
        for method in ["send", "into_future", "timeout", "retry_policy", "idempotent", "pages", "items", "clone", "fmt"]
        {
            assert!(reserved.builder_methods.contains(method), "{method}");
        }
        assert!(reserved.modules.contains("lib") && reserved.modules.contains("models"));
    }

    #[test]
    fn every_derive_of_the_runtime_client_adds_known_methods() {
        let file = syn::parse_file(RUNTIME_TEMPLATE).expect("the runtime template parses");
        for item in &file.items {
            let syn::Item::Struct(item) = item else { continue };
            for derive in derives(&item.attrs) {
                let known = DERIVED_METHODS.iter().any(|(name, _)| *name == derive);
                assert!(known, "`{}` derives `{derive}`: add its methods to DERIVED_METHODS", item.ident);
            }
        }
        for derive in HANDLE_DERIVES {
            assert!(DERIVED_METHODS.iter().any(|(name, _)| name == derive), "{derive}");
        }
    }
}
