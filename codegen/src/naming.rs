//! Rust identifiers for API names. Every identifier the generator emits comes from here.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words that cannot be identifiers as they are (Rust 2024, including reserved words).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "override", "priv", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait",
    "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that `r#` cannot escape.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Type names the generated code uses unqualified; a model of the same name would shadow them.
const PRELUDE_TYPES: &[&str] =
    &["Option", "Result", "String", "Vec", "Box", "Some", "None", "Ok", "Err", "Serialize", "Deserialize"];

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
    let name = camel(raw, "Type");
    if PRELUDE_TYPES.contains(&name.as_str()) { format!("{name}Model") } else { name }
}

/// An `UpperCamelCase` identifier such as an enum variant; `fallback` names nameless input
/// and prefixes names that would start with a digit.
pub fn camel(raw: &str, fallback: &str) -> String {
    let name = words(raw).to_upper_camel_case();
    let name = prefix_if_needed(name, fallback);
    if name == "Self" { format!("{name}{fallback}") } else { name }
}

/// A `snake_case` identifier for a field, method, parameter or module, keyword-escaped.
pub fn snake(raw: &str, fallback: &str) -> String {
    let name = words(raw).to_snake_case();
    let name = prefix_if_needed(name, &fallback.to_snake_case());
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
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

/// Splits the raw name into ASCII words that the casing functions understand.
fn words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for (index, character) in raw.chars().enumerate() {
        if character.is_ascii_alphanumeric() {
            out.push(character);
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
}

impl Scope {
    /// Takes `candidate`, or the first free `candidate2`, `candidate3`, ... (`_2` for snake case).
    pub fn claim(&mut self, candidate: String) -> String {
        let bare = candidate.strip_prefix("r#").unwrap_or(&candidate).to_owned();
        if self.taken.insert(bare.clone()) {
            return candidate;
        }
        let separator = if bare.starts_with(|c: char| c.is_ascii_uppercase()) { "" } else { "_" };
        let name = (2..)
            .map(|n| format!("{bare}{separator}{n}"))
            .find(|name| !self.taken.contains(name))
            .expect("an unbounded counter always finds a free name");
        self.taken.insert(name.clone());
        name
    }

    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name.strip_prefix("r#").unwrap_or(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(camel("ünïcode name", "Type"), "NCodeName");
        assert_eq!(type_name("result"), "ResultModel");
        assert_eq!(type_name("self"), "SelfType");
        assert_eq!(type_name("3dSecure"), "Type3dSecure");
    }

    #[test]
    fn snake_case_names_escape_keywords() {
        assert_eq!(snake("creationDate", "field"), "creation_date");
        assert_eq!(snake("type", "field"), "r#type");
        assert_eq!(snake("self", "field"), "self_");
        assert_eq!(snake("2fa", "field"), "field_2fa");
        assert_eq!(snake("dataTTL", "field"), "data_ttl");
        assert_eq!(snake("_links", "field"), "links");
        assert_eq!(snake("$", "field"), "field");
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
            for name in [type_name(raw), camel(raw, "Value"), snake(raw, "field")] {
                assert!(syn::parse_str::<syn::Ident>(&name).is_ok(), "{raw:?} -> {name:?}");
            }
        }
    }

    #[test]
    fn collisions_resolve_in_claim_order() {
        let mut scope = Scope::default();
        assert_eq!(scope.claim(snake("links", "field")), "links");
        assert_eq!(scope.claim(snake("_links", "field")), "links_2");
        assert_eq!(scope.claim("r#type".to_owned()), "r#type");
        assert_eq!(scope.claim("type".to_owned()), "type_2");
        let mut types = Scope::default();
        assert_eq!(types.claim(type_name("user")), "User");
        assert_eq!(types.claim(type_name("User")), "User2");
        assert!(types.contains("User2"));
    }
}
