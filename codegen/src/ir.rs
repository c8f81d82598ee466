//! The intermediate model: what the generated crate contains, with every name decided.
//!
//! Lowering fills it from the spec; emitting reads only this, never the spec.

use std::collections::BTreeMap;

use crate::diagnostics::pointer_child;

/// The spec's first server, its variables replaced by their defaults, without a trailing slash.
#[derive(Debug, Clone, PartialEq)]
pub enum BaseUrl {
    /// A URL a client can send requests to as it is.
    Absolute(String),
    /// A URL relative to where the spec is served (`/api/v2`), which a client cannot know.
    Relative(String),
    /// The spec names no server.
    Unknown,
}

impl BaseUrl {
    /// The URL as written in the crate: empty when there is none.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Absolute(url) | Self::Relative(url) => url,
            Self::Unknown => "",
        }
    }
}

/// Everything generated from one spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// The crate's identity and provenance, as the caller configured it.
    pub package: Package,
    pub title: String,
    /// What the client is for, as prose says it: "the VictorOps API".
    pub subject: String,
    pub description: Option<String>,
    pub version: String,
    /// The base URL a client uses unless told otherwise: the spec's first server.
    pub default_base_url: BaseUrl,
    /// Named types keyed by their Rust name, so output order never depends on the spec's order.
    pub types: BTreeMap<String, TypeDef>,
    /// Operations grouped by their first tag, in the order the tags are declared.
    pub groups: Vec<Group>,
    /// Optional parameters every operation takes alike, when there are any.
    pub shared: Option<Shared>,
    /// The recursion limit rustc needs for types nested this deep, when its default is not enough.
    pub recursion_limit: Option<usize>,
    /// What each alias among `types` stands for, every alias looked through.
    pub aliases: BTreeMap<String, Ty>,
}

impl Api {
    /// The type `ty` stands for once aliases are looked through.
    pub fn through_aliases<'a>(&'a self, ty: &'a Ty) -> &'a Ty {
        match &ty.kind {
            TyKind::Named(name) => self.aliases.get(name).unwrap_or(ty),
            _ => ty,
        }
    }

    /// Where in the spec each public item of the crate comes from, keyed by its Rust path
    /// (`models::InstanceOrg::icon_color`, `instance_org::InstanceOrgApi::get_instance_org`), so
    /// that what tells users about a change can name its source.
    pub fn origins(&self) -> BTreeMap<String, String> {
        let mut origins = BTreeMap::new();
        for def in self.types.values() {
            let path = format!("models::{}", def.name);
            match &def.shape {
                Shape::Struct(shape) => {
                    for field in &shape.fields {
                        let pointer = pointer_child(&format!("{}/properties", def.pointer), &field.wire_name);
                        origins.insert(format!("{path}::{}", field.rust_name), pointer);
                    }
                }
                Shape::Enum(shape) => {
                    for variant in &shape.variants {
                        origins.insert(format!("{path}::{}", variant.rust_name), format!("{}/enum", def.pointer));
                    }
                }
                _ => {}
            }
            origins.insert(path, def.pointer.clone());
        }
        for (group, operation) in self.operations() {
            let module = &group.module;
            let parameters = format!("{}/parameters", operation.pointer);
            for parameter in &operation.parameters {
                let setter = format!("{module}::{}::{}", operation.builder_name, parameter.rust_name);
                origins.insert(setter, parameters.clone());
            }
            for item in [format!("{}::{}", group.handle, operation.method_name), operation.builder_name.clone()] {
                origins.insert(format!("{module}::{item}"), operation.pointer.clone());
            }
        }
        origins
    }

    /// The parameters every operation shares, if any.
    pub fn shared_parameters(&self) -> &[Parameter] {
        self.shared.as_ref().map_or(&[], |shared| &shared.parameters)
    }

    /// The parameters every operation takes, each with the client's setter of it.
    pub fn shared_client_setters(&self) -> impl Iterator<Item = (&Parameter, &Ident)> {
        self.shared.iter().flat_map(|shared| shared.parameters.iter().zip(&shared.client_setters))
    }

    /// The name of `Client::new`'s token argument.
    pub fn token_argument(&self) -> Ident {
        self.shared.as_ref().map_or_else(|| Ident::new(TOKEN_ARGUMENT, false), |shared| shared.token_argument.clone())
    }

    /// Every operation, with the group it is in, in the order the crate declares them.
    pub fn operations(&self) -> impl Iterator<Item = (&Group, &Operation)> {
        self.groups.iter().flat_map(|group| group.operations.iter().map(move |operation| (group, operation)))
    }

    /// Whether any type expression of the model, at any depth, is of a kind `matches` accepts.
    pub fn has_kind(&self, matches: impl Fn(&TyKind) -> bool) -> bool {
        let shapes = self.types.values().flat_map(|def| shape_types(&def.shape));
        let operations = self.operations().flat_map(|(_, operation)| {
            let parameters = operation.parameters.iter().map(|parameter| &parameter.ty);
            let body = operation.body.iter().filter_map(|body| body.payload.model());
            let responses = operation.responses.iter().filter_map(|case| case.payload.model());
            parameters.chain(body).chain(responses)
        });
        let shared = self.shared_parameters().iter().map(|parameter| &parameter.ty);
        let mut pending: Vec<&Ty> = shapes.chain(operations).chain(shared).collect();
        while let Some(ty) = pending.pop() {
            if matches(&ty.kind) {
                return true;
            }
            pending.extend(ty.kind.inner());
        }
        false
    }
}

/// The type expressions a shape holds directly.
pub fn shape_types(shape: &Shape) -> Vec<&Ty> {
    match shape {
        Shape::Struct(shape) => {
            shape.fields.iter().map(|field| &field.ty).chain(shape.additional.as_ref().map(|a| &a.value)).collect()
        }
        Shape::Union(variants) => variants.iter().map(|variant| &variant.ty).collect(),
        Shape::Tagged(tagged) => tagged.variants.iter().map(|(variant, _)| &variant.ty).collect(),
        Shape::Alias(target) | Shape::Newtype(target) => vec![target],
        Shape::Enum(_) | Shape::IntEnum(_) => Vec::new(),
    }
}

/// The type expressions of `shape`, to change: [`shape_types`], mutably.
pub fn shape_types_mut(shape: &mut Shape) -> Vec<&mut Ty> {
    match shape {
        Shape::Struct(shape) => shape
            .fields
            .iter_mut()
            .map(|field| &mut field.ty)
            .chain(shape.additional.as_mut().map(|a| &mut a.value))
            .collect(),
        Shape::Union(variants) => variants.iter_mut().map(|variant| &mut variant.ty).collect(),
        Shape::Tagged(tagged) => tagged.variants.iter_mut().map(|(variant, _)| &mut variant.ty).collect(),
        Shape::Alias(target) | Shape::Newtype(target) => vec![target],
        Shape::Enum(_) | Shape::IntEnum(_) => Vec::new(),
    }
}

/// What each alias among `types` stands for, every alias looked through; each alias is followed
/// once, so long chains of aliases cost no more than short ones.
pub fn resolve_aliases(types: &BTreeMap<String, TypeDef>) -> BTreeMap<String, Ty> {
    let mut resolved: BTreeMap<String, Ty> = BTreeMap::new();
    for (name, def) in types {
        let Shape::Alias(_) = def.shape else { continue };
        let mut chain = vec![name.as_str()];
        let mut end = None;
        while let Some(Shape::Alias(target)) = chain.last().and_then(|name| types.get(*name)).map(|def| &def.shape) {
            match &target.kind {
                TyKind::Named(next) if resolved.contains_key(next) => {
                    end = resolved.get(next).cloned();
                    break;
                }
                TyKind::Named(next) if matches!(types.get(next).map(|def| &def.shape), Some(Shape::Alias(_))) => {
                    if chain.len() > types.len() {
                        break;
                    }
                    chain.push(next);
                }
                _ => {
                    end = Some(target.clone());
                    break;
                }
            }
        }
        let end = end.unwrap_or_default();
        for name in chain {
            resolved.entry(name.to_owned()).or_insert_with(|| end.clone());
        }
    }
    resolved
}

/// The type `ty` stands for once the aliases among `types` are looked through.
pub fn through_aliases<'a>(types: &'a BTreeMap<String, TypeDef>, ty: &'a Ty) -> &'a Ty {
    let mut current = ty;
    // Lowering refuses cyclic references, so aliases end; the bound only guards against a bug.
    for _ in 0..=types.len() {
        let TyKind::Named(name) = &current.kind else { break };
        match types.get(name).map(|def| &def.shape) {
            Some(Shape::Alias(target)) => current = target,
            _ => break,
        }
    }
    current
}

/// The generated package: its name, version and license, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Package {
    /// The package name, e.g. `losant-instance-org`.
    pub name: String,
    /// A valid Cargo version.
    pub version: String,
    pub license: String,
    /// The spec's path as file headers name it.
    pub spec_path: String,
    /// The command file headers tell readers to run to regenerate.
    pub regenerate_command: String,
}

/// A snake-case Rust identifier: the name, and whether it is a keyword written `r#name`.
///
/// Docs and wire names use [`Ident::as_str`], code uses the raw form; nobody strips `r#`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ident {
    name: String,
    raw: bool,
}

impl Ident {
    /// `name` as an identifier; `raw` when it is a keyword that `r#` makes usable.
    pub fn new(name: impl Into<String>, raw: bool) -> Self {
        Self { name: name.into(), raw }
    }

    /// The name without `r#`, as docs show it.
    pub fn as_str(&self) -> &str {
        &self.name
    }

    pub fn is_raw(&self) -> bool {
        self.raw
    }
}

/// The identifier as code spells it, `r#type` for a keyword.
impl std::fmt::Display for Ident {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.raw { write!(f, "r#{}", self.name) } else { f.write_str(&self.name) }
    }
}

impl PartialEq<&str> for Ident {
    fn eq(&self, other: &&str) -> bool {
        match other.strip_prefix("r#") {
            Some(bare) => self.raw && self.name == bare,
            None => !self.raw && self.name == *other,
        }
    }
}

/// The operations that share a tag; each group becomes a module with a handle on the client.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub tag: String,
    pub description: Option<String>,
    /// The module, e.g. `instance_org`: never a keyword nor a name the crate root uses.
    pub module: String,
    /// The client's method that returns the handle; the module's name unless that is one of
    /// `Client`'s own methods.
    pub accessor: Ident,
    /// The handle type the accessor returns, e.g. `InstanceOrgApi`.
    pub handle: String,
    pub operations: Vec<Operation>,
}

/// What `Client::new` calls its token, unless a parameter it takes has that name.
pub const TOKEN_ARGUMENT: &str = "token";

/// Parameters that every operation takes alike (bunq's seven headers, Losant's four flags): one
/// struct and one set of setters serve every request, instead of a field and a setter each in
/// every operation. The required ones (headers only) are given once, to the client.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub parameters: Vec<Parameter>,
    /// The name of `Client::new`'s token argument: `token`, unless a required parameter, which
    /// `Client::new` takes too, has that name.
    pub token_argument: Ident,
    /// The client's setter of each parameter, in the order of `parameters`: `with_` and its
    /// name, so that a value every request should send is given once.
    pub client_setters: Vec<Ident>,
}

/// One HTTP operation, which becomes a method on its group's handle and the struct of its
/// parameters; the method returns the runtime's `Request` with them.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The `operationId`, or the name made up for an operation without one.
    pub id: String,
    /// Where the spec defines it, e.g. `#/paths/~1orgs/get`.
    pub pointer: String,
    pub method_name: Ident,
    /// The struct of the parameters, which implements the runtime's `Operation`: the method
    /// returns a `Request<'a, builder_name>`, whose setters the operation adds.
    pub builder_name: String,
    pub http_method: HttpMethod,
    pub path: PathTemplate,
    /// The `Accept` header: the media types the documented responses carry, if any.
    pub accept: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub parameters: Vec<Parameter>,
    /// Required parameters that allow one value, which every request carries.
    pub constants: Vec<Constant>,
    pub body: Option<RequestBody>,
    pub responses: Vec<ResponseCase>,
    /// Where the request carries the client's token.
    pub auth: Auth,
    /// Token scopes the operation accepts; any one of them suffices.
    pub scopes: Vec<String>,
    /// The body of a successful response.
    pub success: Outcome,
    /// The body of a documented error response.
    pub error: Outcome,
    /// The header, in lower case, that the operation documents for an idempotency key.
    pub idempotency_key: Option<String>,
    /// How the operation's results are paged, when its `x-pagination` says.
    pub pagination: Option<Pagination>,
}

impl Operation {
    /// The parameters the request keeps until it is sent: all but path parameters the method
    /// writes into the path as it makes the request.
    pub fn kept_parameters(&self) -> impl Iterator<Item = &Parameter> {
        let at_call = self.path.fill == PathFill::AtCall;
        self.parameters.iter().filter(move |parameter| !(at_call && parameter.location == ParameterLocation::Path))
    }
}

/// How an operation pages through its results (its `x-pagination`), checked against its
/// parameters and its success body.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    pub position: PagePosition,
    /// Where the page's items are in the success body.
    pub items: FieldPath,
    /// The type of one item.
    pub item: Ty,
    /// Where the number of items in all pages is, when the body says.
    pub total: Option<FieldPath>,
    /// Where the number of items on the page is, when the body says.
    pub count: Option<FieldPath>,
}

/// The parameter that says which page to fetch.
#[derive(Debug, Clone, PartialEq)]
pub enum PagePosition {
    /// Page numbers counted from `base`, and the parameter with the page size.
    Number { parameter: PageParameter, base: i64, size: Option<PageParameter> },
    /// Offsets into the results, counted in items, and the parameter with the page size.
    Offset { parameter: PageParameter, size: Option<PageParameter> },
    /// An opaque cursor, and where the body gives the next one.
    Cursor { parameter: PageParameter, next: FieldPath },
}

impl PagePosition {
    /// The fields of the parameters paging sets or reads.
    pub fn fields(&self) -> Vec<&Ident> {
        let (parameter, size) = match self {
            Self::Number { parameter, size, .. } | Self::Offset { parameter, size } => (parameter, size.as_ref()),
            Self::Cursor { parameter, .. } => (parameter, None),
        };
        std::iter::once(parameter).chain(size).map(|parameter| &parameter.field).collect()
    }
}

/// A query parameter that paging sets or reads, by its field among the operation's parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct PageParameter {
    pub field: Ident,
    pub required: bool,
    /// The value the parameter has when the caller sets none: its spec default.
    pub default: Option<i64>,
}

/// A path of fields from a body to a value in it.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldPath {
    pub steps: Vec<FieldStep>,
}

/// One field on a [`FieldPath`], with how many `Option`s wrap its value.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldStep {
    pub field: Ident,
    pub options: u8,
}

/// An HTTP method an OpenAPI operation can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl HttpMethod {
    /// The method as a path item's key names it (`get`); `None` for anything else.
    pub fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "get" => Self::Get,
            "put" => Self::Put,
            "post" => Self::Post,
            "delete" => Self::Delete,
            "options" => Self::Options,
            "head" => Self::Head,
            "patch" => Self::Patch,
            "trace" => Self::Trace,
            _ => return None,
        })
    }

    /// The method as HTTP writes it, e.g. `GET`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Put => "PUT",
            Self::Post => "POST",
            Self::Delete => "DELETE",
            Self::Options => "OPTIONS",
            Self::Head => "HEAD",
            Self::Patch => "PATCH",
            Self::Trace => "TRACE",
        }
    }
}

/// A path as the spec writes it (`/pets/{petId}`), and its pieces.
#[derive(Debug, Clone, PartialEq)]
pub struct PathTemplate {
    pub text: String,
    pub segments: Vec<PathSegment>,
    pub fill: PathFill,
}

/// When the path parameters' values go into the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathFill {
    /// As the handle's method makes the request, from its arguments: there are some, and none
    /// has a constraint to check or can fail to encode, so the request need not keep them.
    AtCall,
    /// As the request is sent, from its fields, once their constraints are checked; or never,
    /// for a path without parameters.
    WhenSent,
}

impl PathTemplate {
    /// Whether any parameter fills a variable of the path.
    pub fn has_parameters(&self) -> bool {
        self.segments.iter().any(|segment| matches!(segment, PathSegment::Parameter { .. }))
    }

    /// The path with each parameter's name in braces where its value goes: the spec's text,
    /// less any variable no parameter declares.
    pub fn filled_in_order(&self) -> String {
        self.segments
            .iter()
            .map(|segment| match segment {
                PathSegment::Literal(text) => text.clone(),
                PathSegment::Parameter { wire_name, .. } => format!("{{{wire_name}}}"),
            })
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum PathSegment {
    Literal(String),
    /// A parameter's value as one percent-encoded segment.
    Parameter {
        field: Ident,
        wire_name: String,
        form: TextForm,
    },
}

/// How a single value becomes text on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextForm {
    /// A string, sent as it is.
    Str,
    /// A number, boolean or date, by its `Display`.
    Display,
    /// A string enum, by its wire value.
    EnumValue,
    /// An integer enum, by its number.
    IntEnumValue,
    /// A date and time, as RFC 3339.
    Rfc3339,
    /// Anything else, as JSON (which OpenAPI 3.0's default styles leave undefined).
    Json,
}

/// How a parameter is put into the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Path(TextForm),
    Query(TextForm),
    /// A list in the query: a pair per item when exploded, else one comma-joined pair.
    QueryList {
        item: TextForm,
        explode: bool,
    },
    /// An object in the query as `name[key]=value` (`style: deepObject`).
    QueryObject,
    Header(TextForm),
    Cookie(TextForm),
    /// A field of a `multipart/form-data` body.
    Part(PartForm),
    /// A list field of a `multipart/form-data` body, a part per item.
    PartList(PartForm),
}

/// How one value of a multipart body is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartForm {
    File,
    Text(TextForm),
    Json,
}

/// What a method or setter takes for a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Argument {
    /// Anything that converts into a `String`.
    IntoString,
    /// Anything that reads as a `str`: a value only written into the path as the request is
    /// made, which the request need not own.
    AsStr,
    /// Anything that converts into `Vec<u8>`.
    IntoBytes,
    /// The value's own type.
    Value,
}

/// The body type of one side of an operation's responses (its successes, or its errors).
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Every response on this side has the same body type.
    Single(Payload),
    /// Bodies differ by status: an enum with one variant per documented status.
    ByStatus(StatusEnum),
}

/// An enum of response bodies, declared beside the operation's request.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusEnum {
    pub name: String,
    pub variants: Vec<StatusVariant>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatusVariant {
    pub name: String,
    pub status: Status,
    pub description: String,
    pub payload: Payload,
}

/// Where a request carries the client's token, as the operation's security scheme says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    None,
    /// `Authorization: Bearer <token>` (HTTP bearer, OAuth2, OpenID Connect).
    Bearer,
    /// An API key in the header of this (lowercase) name.
    Header(String),
    /// An API key in the query parameter of this name.
    Query(String),
    /// An API key in the cookie of this name.
    Cookie(String),
    /// HTTP Basic authentication with the client's user name and password.
    Basic,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    pub rust_name: Ident,
    pub wire_name: String,
    pub location: ParameterLocation,
    pub required: bool,
    pub ty: Ty,
    pub encoding: Encoding,
    pub argument: Argument,
    /// A value the spec gives as an example, for generated examples.
    pub example: Option<serde_json::Value>,
    pub docs: Docs,
}

/// A required query, header or cookie parameter whose schema allows one string (AWS's
/// `X-Amz-Target`, `Action` and `Version`): sent with it on every request, never asked of the
/// caller.
#[derive(Debug, Clone, PartialEq)]
pub struct Constant {
    pub wire_name: String,
    pub location: ConstantLocation,
    pub value: String,
}

/// Where a [`Constant`] goes: a path parameter's one value is left in its template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConstantLocation {
    Query,
    Header,
    Cookie,
}

impl ConstantLocation {
    /// Where a parameter at `location` would go as a constant; `None` for a path parameter or a
    /// multipart field.
    pub fn of(location: ParameterLocation) -> Option<Self> {
        match location {
            ParameterLocation::Query => Some(Self::Query),
            ParameterLocation::Header => Some(Self::Header),
            ParameterLocation::Cookie => Some(Self::Cookie),
            ParameterLocation::Path | ParameterLocation::Part => None,
        }
    }

    /// The parameter location it is.
    pub fn parameter_location(self) -> ParameterLocation {
        match self {
            Self::Query => ParameterLocation::Query,
            Self::Header => ParameterLocation::Header,
            Self::Cookie => ParameterLocation::Cookie,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParameterLocation {
    Path,
    Query,
    Header,
    Cookie,
    /// A field of a `multipart/form-data` body, sent as one part (one per item for lists).
    Part,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    pub rust_name: Ident,
    pub payload: Payload,
    /// The `Content-Type` it is sent with: the media type the spec documents.
    pub content_type: String,
    pub required: bool,
    pub docs: Docs,
}

/// What a request or response body holds and how it is encoded.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    Empty,
    Json(Ty),
    /// `application/x-www-form-urlencoded`, for request bodies.
    Form(Ty),
    Text,
    Bytes,
    /// Bytes the caller encodes and gives with their media type (the runtime's `EncodedBody`),
    /// for request bodies: a `multipart/*` body whose parts the spec does not describe, since
    /// only the body's author knows its boundary.
    Encoded,
}

impl Payload {
    /// The model a structured body holds.
    pub fn model(&self) -> Option<&Ty> {
        match self {
            Self::Json(ty) | Self::Form(ty) => Some(ty),
            Self::Empty | Self::Text | Self::Bytes | Self::Encoded => None,
        }
    }
}

/// A documented response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseCase {
    pub status: Status,
    pub role: Role,
    pub description: String,
    pub payload: Payload,
    /// The media type the payload was read from, if the response has a body.
    pub media_type: Option<String>,
}

/// Whether a documented response is a success or an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Success,
    Error,
    /// `default` of an operation that documents no 2xx response: a 2xx status is a success with
    /// this body, any other an error with it.
    Either,
}

impl Role {
    pub fn covers_success(self) -> bool {
        matches!(self, Self::Success | Self::Either)
    }

    pub fn covers_error(self) -> bool {
        matches!(self, Self::Error | Self::Either)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Code(u16),
    /// A class such as `4XX`, by its first digit.
    Class(u16),
    Default,
}

impl Status {
    /// The status as the spec writes it: `200`, `4XX` or `default`.
    pub fn key(self) -> String {
        match self {
            Self::Code(code) => code.to_string(),
            Self::Class(class) => format!("{class}XX"),
            Self::Default => "default".to_owned(),
        }
    }

    /// Whether the status is a 2xx one; `default` is not.
    pub fn is_2xx(self) -> bool {
        match self {
            Self::Code(code) => (200..300).contains(&code),
            Self::Class(class) => class == 2,
            Self::Default => false,
        }
    }
}

/// A named Rust type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    /// Where the spec defines it, for messages.
    pub pointer: String,
    pub docs: Docs,
    pub shape: Shape,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Struct(Struct),
    Enum(Enum),
    /// An enum of integer values, keeping values it does not know.
    IntEnum(IntEnum),
    /// Exactly one of several shapes, told apart by trying each in order.
    Union(Vec<UnionVariant>),
    /// One of several objects, told apart by the value of one property (a `discriminator`).
    Tagged(Tagged),
    /// A name for another type, kept because the spec gives it a meaning of its own.
    Alias(Ty),
    /// A struct wrapping another type, for a type that contains itself through a list or map
    /// (`A = Vec<A>`), which an alias cannot express.
    Newtype(Ty),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Properties the spec does not name, collected into a map (`additionalProperties`).
    pub additional: Option<AdditionalProperties>,
    /// Whether callers build it, because a request carries it. Only such a struct gets a way to
    /// build it (`new` or `Default`), so that a property a response gains, optional or
    /// required, is a minor release of the crate.
    pub built_by_callers: bool,
}

/// The map field that holds an object's unnamed properties.
#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalProperties {
    pub rust_name: Ident,
    pub value: Ty,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub rust_name: Ident,
    pub wire_name: String,
    pub ty: Ty,
    pub required: bool,
    /// Whether `null` is a value of its own; an optional nullable field tells absent from `null`.
    pub nullable: bool,
    /// Held in a `Box` because the field's type contains this struct again.
    pub boxed: bool,
    pub docs: Docs,
}

/// An enum of string values that keeps values it does not know in a catch-all variant.
#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    pub variants: Vec<EnumVariant>,
    pub catch_all: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant {
    pub rust_name: String,
    pub wire_value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IntEnum {
    /// Variant names and their values.
    pub variants: Vec<(String, i64)>,
    pub catch_all: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tagged {
    /// The property whose value names the variant, e.g. `petType`.
    pub property: String,
    /// Each variant with the property values that select it.
    pub variants: Vec<(UnionVariant, Vec<String>)>,
    /// The variant that keeps, as JSON, an object whose kind this version does not know.
    pub catch_all: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    pub rust_name: String,
    pub ty: Ty,
    /// Held in a `Box` because the variant's type contains this union again.
    pub boxed: bool,
    pub docs: Docs,
}

/// A type expression at one place of use, with the constraints the spec puts on values there.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ty {
    pub kind: TyKind,
    /// Boxed and absent when empty: most places have no constraints, and large specs have many places.
    constraints: Option<Box<Constraints>>,
}

static NO_CONSTRAINTS: Constraints = Constraints {
    min_length: None,
    max_length: None,
    pattern: None,
    pattern_supported: false,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
    format: None,
    allowed: Vec::new(),
    default: None,
};

impl Ty {
    pub fn new(kind: TyKind) -> Self {
        Self { kind, constraints: None }
    }

    pub fn constrained(kind: TyKind, constraints: Constraints) -> Self {
        let constraints = (constraints != NO_CONSTRAINTS).then(|| Box::new(constraints));
        Self { kind, constraints }
    }

    pub fn constraints(&self) -> &Constraints {
        self.constraints.as_deref().unwrap_or(&NO_CONSTRAINTS)
    }
}

impl TyKind {
    /// The type expressions this one holds: a list's item, a map's value, a tuple's members.
    pub fn inner(&self) -> &[Ty] {
        match self {
            Self::Array(inner) | Self::Map(inner) => std::slice::from_ref(inner),
            Self::Tuple(members) => members,
            _ => &[],
        }
    }

    pub fn inner_mut(&mut self) -> &mut [Ty] {
        match self {
            Self::Array(inner) | Self::Map(inner) => std::slice::from_mut(inner),
            Self::Tuple(members) => members,
            _ => &mut [],
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum TyKind {
    String,
    Bool,
    Integer(IntWidth),
    Float(FloatWidth),
    DateTime,
    Date,
    /// Any JSON value: free-form input and the fallback for what cannot be expressed.
    #[default]
    Json,
    Named(String),
    Array(Box<Ty>),
    /// A JSON object used as a map from its keys to values of one type.
    Map(Box<Ty>),
    /// A JSON array of fixed length whose items each have a type of their own (`prefixItems`).
    Tuple(Vec<Ty>),
    /// Raw bytes: a file in a `multipart/form-data` body (`format: binary`).
    Bytes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntWidth {
    I32,
    I64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatWidth {
    F32,
    F64,
}

/// The spec's validation keywords that apply at one place.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Constraints {
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub pattern: Option<String>,
    /// Whether the pattern is a valid ECMA-262 regular expression, so the client can check it.
    pub pattern_supported: bool,
    pub minimum: Option<Bound>,
    pub maximum: Option<Bound>,
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    pub format: Option<String>,
    /// The only values allowed, for enums that are not strings (those become Rust enums).
    pub allowed: Vec<serde_json::Value>,
    pub default: Option<serde_json::Value>,
}

impl Constraints {
    /// Whether a value could break one: what the client checks before it sends (a format or a
    /// default restricts nothing).
    pub fn restrict_values(&self) -> bool {
        let bounds = [self.min_length, self.max_length, self.min_items, self.max_items];
        bounds.iter().any(Option::is_some)
            || self.pattern.is_some()
            || self.minimum.is_some()
            || self.maximum.is_some()
            || !self.allowed.is_empty()
    }
}

/// A numeric bound, exclusive or inclusive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    pub value: f64,
    pub exclusive: bool,
}

/// Text from the spec, unless it is blank: specs write `""` where they have nothing to say.
pub fn said(text: Option<String>) -> Option<String> {
    text.filter(|text| !text.trim().is_empty())
}

/// Documentation taken from the spec, kept as prose; rendering decides how it is written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Docs {
    pub title: Option<String>,
    pub description: Option<String>,
}

impl Docs {
    /// The spec's title and description, each kept only if it is not blank ([`said`]): a blank
    /// one would stand in for a fallback, or leave a dangling `:` after a parameter's name.
    pub fn new(title: Option<String>, description: Option<String>) -> Self {
        Self { title: said(title), description: said(description) }
    }

    /// Only a description (parameters and bodies have no title).
    pub fn described(description: Option<String>) -> Self {
        Self::new(None, description)
    }
}
