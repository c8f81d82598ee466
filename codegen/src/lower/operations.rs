//! Lowering operations: paths and methods -> groups of operations with typed parameters,
//! bodies, responses and scopes.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    APIKeyLocation, MediaType, OpenAPI, Operation as SpecOperation, Parameter as SpecParameter,
    ParameterSchemaOrContent, PathItem, QueryStyle, ReferenceOr, RequestBody as SpecRequestBody, Response, Schema,
    SchemaKind, SecurityRequirement, SecurityScheme, StatusCode, StringFormat, Type, VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::pagination::{self, Declared};
use super::types::{SchemaAt, TypeLowering};
use crate::diagnostics::{Error, Reporter, pointer_child};
use crate::ir::{
    Argument, Auth, Constant, ConstantLocation, Docs, Encoding, Group, HttpMethod, Ident, Operation, Outcome,
    Parameter, ParameterLocation, PartForm, PathFill, PathSegment, PathTemplate, Payload, RequestBody, ResponseCase,
    Role, Shape, Status, StatusEnum, StatusVariant, TextForm, Ty, TyKind, TypeDef, said, through_aliases,
};
use crate::naming::{self, Scope};
use crate::refs::{Refs, Resolved};

/// The vendor extension listing the token scopes an operation accepts, any one of which suffices.
const SCOPES_EXTENSION: &str = "x-scopes";

/// The header through which a server tells attempts of one request from distinct requests.
const IDEMPOTENCY_KEY: &str = "idempotency-key";

const UNTAGGED: &str = "default";

const FORM: &str = "application/x-www-form-urlencoded";

const MULTIPART: &str = "multipart/form-data";

pub struct OperationLowering<'a, 'b> {
    spec: &'a OpenAPI,
    refs: Refs<'a>,
    reporter: &'a Reporter,
    types: &'b mut TypeLowering<'a>,
    /// Unsupported security schemes already warned about, so each is named once.
    warned_schemes: BTreeSet<&'a str>,
    /// Header parameters OpenAPI ignores already warned about (lowercased), so that a spec that
    /// declares `Authorization` on each of its operations gets one warning, not hundreds.
    ignored_headers: BTreeSet<String>,
}

/// An operation with where it is in the spec, before it is named.
struct Found<'a> {
    path: &'a str,
    method: HttpMethod,
    item: &'a PathItem,
    operation: &'a SpecOperation,
    item_pointer: String,
    pointer: String,
}

impl<'a, 'b> OperationLowering<'a, 'b> {
    pub fn new(spec: &'a OpenAPI, refs: Refs<'a>, reporter: &'a Reporter, types: &'b mut TypeLowering<'a>) -> Self {
        Self { spec, refs, reporter, types, warned_schemes: BTreeSet::new(), ignored_headers: BTreeSet::new() }
    }

    /// The groups of operations, and the operations' paging declarations.
    pub fn lower(mut self) -> Result<(Vec<Group>, Vec<Declared>), Error> {
        let found = self.find_operations()?;
        self.warn_about_duplicate_ids(&found);
        let reserved = naming::reserved();
        let mut module_names = Scope::with_taken(reserved.modules.iter().copied());
        let mut accessors = Scope::with_taken(reserved.client_methods.iter().map(String::as_str));
        let sources = naming_sources(&found);
        let mut groups = Vec::new();
        let mut declared = Vec::new();
        for tag in self.tag_order(&found) {
            let module =
                module_names.claim_ident_or(Ident::new(naming::module(&tag, naming::OPERATIONS), false), "api");
            let module = module.as_str().to_owned();
            let accessor = accessors.claim_ident_or(Ident::new(module.clone(), false), "api");
            let handle = naming::handle_name(&tag);
            let mut method_names = Scope::with_taken(reserved.handle_methods.iter().map(String::as_str));
            let mut builder_names = Scope::default();
            builder_names.claim(handle.clone());
            // Builders are named before the response enums, which take what names are left.
            let (entries, names): (Vec<&Found<'a>>, Vec<String>) = found
                .iter()
                .zip(&sources)
                .filter(|(entry, _)| first_tag(entry.operation) == tag)
                .map(|(entry, name)| (entry, name.clone()))
                .unzip();
            let ids: Vec<String> = entries.iter().map(|entry| operation_id(entry)).collect();
            let methods = naming::operation_methods(&tag, &names);
            let named: Vec<(&Found<'a>, String, Ident, String)> = entries
                .into_iter()
                .zip(ids)
                .zip(names.iter().zip(methods))
                .map(|((entry, id), (name, (full, short)))| {
                    let candidate = short.filter(|short| !method_names.contains(short.as_str())).unwrap_or(full);
                    let method_name = method_names.claim_ident_or(candidate, "operation");
                    let builder_name = builder_names.claim(naming::operation_type_name(name));
                    (entry, id, method_name, builder_name)
                })
                .collect();
            let mut operations = Vec::with_capacity(named.len());
            for (entry, id, method_name, builder_name) in named {
                if let Some(value) = entry.operation.extensions.get(pagination::EXTENSION) {
                    let pointer = pointer_child(&entry.pointer, pagination::EXTENSION);
                    let (group, operation) = (groups.len(), operations.len());
                    declared.push(Declared { group, operation, value: value.clone(), pointer });
                }
                operations.push(self.operation(entry, id, method_name, builder_name, &mut builder_names)?);
            }
            let description = said(self.declared_tag(&tag).and_then(|declared| declared.description.clone()));
            groups.push(Group { tag, description, module, accessor, handle, operations });
        }
        Ok((groups, declared))
    }

    fn find_operations(&self) -> Result<Vec<Found<'a>>, Error> {
        let mut found = Vec::new();
        for (path, item) in &self.spec.paths.paths {
            let pointer = pointer_child("/paths", path);
            if !is_template(path) {
                let message = format!(
                    "`{path}` is not a path template (each `{{` must close with `}}` around a name); the path is skipped"
                );
                self.reporter.warn(&pointer, message);
                continue;
            }
            // A path item given by `$ref` (often a file of its own) is read where it is, so that
            // the references inside it are relative to that place.
            let Resolved { item, pointer } = self.refs.resolve(item, &pointer)?;
            for (method, operation) in item.iter() {
                let Some(method) = HttpMethod::from_key(method) else { continue };
                let operation_pointer = pointer_child(&pointer, &method.as_str().to_ascii_lowercase());
                found.push(Found {
                    path,
                    method,
                    item,
                    operation,
                    item_pointer: pointer.clone(),
                    pointer: operation_pointer,
                });
            }
        }
        Ok(found)
    }

    /// Two operations with one `operationId` still get a method each, but the spec is wrong,
    /// and the second one's name is not what its author wrote.
    fn warn_about_duplicate_ids(&self, found: &[Found<'a>]) {
        let mut first_use: BTreeMap<&str, &str> = BTreeMap::new();
        for entry in found {
            let Some(id) = entry.operation.operation_id.as_deref() else { continue };
            match first_use.get(id) {
                Some(first) => {
                    let message = format!(
                        "operationId `{id}` is also used at {}; this operation's method gets a numbered name",
                        self.reporter.location(first)
                    );
                    self.reporter.warn(&pointer_child(&entry.pointer, "operationId"), message);
                }
                None => {
                    first_use.insert(id, &entry.pointer);
                }
            }
        }
    }

    /// Tags in the order the spec declares them, then undeclared ones as first used, then untagged.
    fn tag_order(&self, found: &[Found<'_>]) -> Vec<String> {
        let used: Vec<String> = found.iter().map(|entry| first_tag(entry.operation)).collect();
        let mut order: Vec<String> =
            self.spec.tags.iter().map(|tag| tag.name.clone()).filter(|tag| used.contains(tag)).collect();
        for tag in used {
            if !order.contains(&tag) && tag != UNTAGGED {
                order.push(tag);
            }
        }
        if found.iter().any(|entry| first_tag(entry.operation) == UNTAGGED) {
            order.push(UNTAGGED.to_owned());
        }
        order
    }

    fn declared_tag(&self, name: &str) -> Option<&'a openapiv3::Tag> {
        self.spec.tags.iter().find(|tag| tag.name == name)
    }

    fn operation(
        &mut self,
        entry: &Found<'a>,
        id: String,
        method_name: Ident,
        builder_name: String,
        module_types: &mut Scope,
    ) -> Result<Operation, Error> {
        let mut member_names = Scope::with_taken(naming::reserved().builder_methods.iter().map(String::as_str));
        let (mut parameters, constants) = self.parameters(entry, &builder_name, &mut member_names)?;
        let body = match &entry.operation.request_body {
            Some(body) => self.request_body(
                body,
                &pointer_child(&entry.pointer, "requestBody"),
                &builder_name,
                &mut member_names,
                &mut parameters,
            )?,
            None => None,
        };
        let idempotency_key = parameters
            .iter()
            .find(|parameter| {
                parameter.location == ParameterLocation::Header
                    && parameter.wire_name.eq_ignore_ascii_case(IDEMPOTENCY_KEY)
            })
            .map(|parameter| parameter.wire_name.to_ascii_lowercase());
        let responses = self.responses(entry, &builder_name)?;
        let success =
            outcome(&responses, Role::covers_success, || module_types.claim(format!("{builder_name}Response")));
        let error = outcome(&responses, Role::covers_error, || module_types.claim(format!("{builder_name}Error")));
        let (auth, scopes) = self.security(entry.operation, &entry.pointer);
        Ok(Operation {
            id,
            pointer: entry.pointer.clone(),
            method_name,
            builder_name,
            http_method: entry.method,
            path: path_template(entry.path, &parameters),
            accept: accept(&responses),
            summary: said(entry.operation.summary.clone()),
            description: said(entry.operation.description.clone()),
            deprecated: entry.operation.deprecated,
            parameters,
            constants,
            body,
            responses,
            auth,
            scopes,
            success,
            error,
            idempotency_key,
            pagination: None,
        })
    }

    /// Path-level parameters, overridden by the operation's own, with every path template
    /// variable declared.
    fn parameters(
        &mut self,
        entry: &Found<'a>,
        builder: &str,
        names: &mut Scope,
    ) -> Result<(Vec<Parameter>, Vec<Constant>), Error> {
        let path_level = entry.item.parameters.iter().enumerate().map(|(index, parameter)| {
            (parameter, pointer_child(&pointer_child(&entry.item_pointer, "parameters"), &index.to_string()))
        });
        let operation_level = entry.operation.parameters.iter().enumerate().map(|(index, parameter)| {
            (parameter, pointer_child(&pointer_child(&entry.pointer, "parameters"), &index.to_string()))
        });
        let mut resolved: Vec<Resolved<'a, SpecParameter>> = Vec::new();
        for (parameter, pointer) in path_level.chain(operation_level) {
            let parameter = self.refs.resolve(parameter, &pointer)?;
            let data = parameter.item.parameter_data_ref();
            resolved.retain(|existing| {
                let existing_data = existing.item.parameter_data_ref();
                existing_data.name != data.name || location(existing.item) != location(parameter.item)
            });
            resolved.push(parameter);
        }
        let (mut parameters, mut constants) = (Vec::with_capacity(resolved.len()), Vec::new());
        for variable in template_variables(entry.path) {
            let declared = resolved.iter().any(|found| {
                location(found.item) == ParameterLocation::Path && found.item.parameter_data_ref().name == variable
            });
            if !declared {
                let message = format!(
                    "path parameter `{variable}` of `{}` is not declared; it is taken as a required string",
                    entry.path
                );
                self.reporter.warn(&entry.pointer, message);
                let ty = Ty::new(TyKind::String);
                parameters.push(Parameter {
                    rust_name: names.claim_ident_or(naming::snake(variable, "parameter"), "value"),
                    wire_name: variable.to_owned(),
                    location: ParameterLocation::Path,
                    required: true,
                    encoding: Encoding::Path(TextForm::Str),
                    argument: Argument::IntoString,
                    ty,
                    example: None,
                    docs: Docs::default(),
                });
            }
        }
        for found in resolved {
            let hint = found.component_name();
            let Resolved { item: parameter, pointer } = found;
            let data = parameter.parameter_data_ref();
            let location = location(parameter);
            if location == ParameterLocation::Header && !is_header_name(&data.name) {
                self.reporter
                    .warn(&pointer, format!("`{}` cannot be an HTTP header name; the parameter is ignored", data.name));
                continue;
            }
            if location == ParameterLocation::Header && is_set_by_the_client(&data.name) {
                if self.ignored_headers.insert(data.name.to_ascii_lowercase()) {
                    let message = format!(
                        "OpenAPI ignores a header parameter named `{}`: the client sets that header (named once)",
                        data.name
                    );
                    self.reporter.warn(&pointer, message);
                }
                continue;
            }
            if location == ParameterLocation::Path && !template_variables(entry.path).any(|name| name == data.name) {
                self.reporter
                    .warn(&pointer, format!("path parameter `{}` is not in the path; it is ignored", data.name));
                continue;
            }
            if let (Some(location), Some(value)) =
                (ConstantLocation::of(location), self.constant_value(parameter, &pointer))
            {
                constants.push(Constant { wire_name: data.name.clone(), location, value });
                continue;
            }
            let hint = hint.unwrap_or_else(|| format!("{builder}{}", naming::camel(&data.name, "Parameter")));
            let (ty, json) = match &data.format {
                ParameterSchemaOrContent::Schema(schema) => {
                    (self.types.ty(SchemaAt::from(schema), &pointer_child(&pointer, "schema"), &hint)?, false)
                }
                ParameterSchemaOrContent::Content(content) => self.content_parameter(content, &pointer, &hint)?,
            };
            let deep_object = matches!(parameter, SpecParameter::Query { style: QueryStyle::DeepObject, .. });
            let types = self.types.defined();
            let encoding = if json {
                json_encoding(location)
            } else {
                encoding(types, &ty, location, data.explode.unwrap_or(true), deep_object)
            };
            parameters.push(Parameter {
                rust_name: names.claim_ident_or(naming::snake(&data.name, "parameter"), "value"),
                wire_name: data.name.clone(),
                location,
                required: data.required || location == ParameterLocation::Path,
                encoding,
                argument: argument(types, &ty),
                ty,
                example: data.example.clone().or_else(|| first_example(data.examples.values())),
                docs: Docs::described(data.description.clone()),
            });
        }
        // Required parameters first, path ones in path order, so method arguments read like the URL.
        let order = |parameter: &Parameter| {
            let path_position = template_variables(entry.path).position(|name| name == parameter.wire_name);
            (!parameter.required, path_position.unwrap_or(usize::MAX))
        };
        parameters.sort_by_key(order);
        Ok((parameters, constants))
    }

    /// The one string a required parameter allows, when its schema is an enumeration of one
    /// (and, for a header, one a header can carry).
    fn constant_value(&self, parameter: &'a SpecParameter, pointer: &str) -> Option<String> {
        let data = parameter.parameter_data_ref();
        let ParameterSchemaOrContent::Schema(schema) = &data.format else { return None };
        if !data.required {
            return None;
        }
        let SchemaKind::Type(Type::String(string)) =
            &self.schema_item(SchemaAt::from(schema), &pointer_child(pointer, "schema"))?.schema_kind
        else {
            return None;
        };
        let [Some(value)] = string.enumeration.as_slice() else { return None };
        (location(parameter) != ParameterLocation::Header || is_header_value(value)).then(|| value.clone())
    }

    /// The type of a parameter given by `content`, and whether it is sent as JSON text: the
    /// schema of a JSON media type is, and anything else is sent as a plain string.
    fn content_parameter(
        &mut self,
        content: &'a indexmap::IndexMap<String, MediaType>,
        pointer: &str,
        hint: &str,
    ) -> Result<(Ty, bool), Error> {
        let content_pointer = pointer_child(pointer, "content");
        match content.iter().next() {
            Some((media_type, MediaType { schema: Some(schema), .. })) if is_json(media_type) => {
                let schema_pointer = pointer_child(&pointer_child(&content_pointer, media_type), "schema");
                Ok((self.types.ty(SchemaAt::from(schema), &schema_pointer, hint)?, true))
            }
            first => {
                let media_type = first.map_or("no media type", |(media_type, _)| media_type.as_str());
                let message = format!("a parameter given by `content` of `{media_type}` is sent as a plain string");
                self.reporter.warn(&content_pointer, message);
                Ok((Ty::new(TyKind::String), false))
            }
        }
    }

    fn request_body(
        &mut self,
        body: &'a ReferenceOr<SpecRequestBody>,
        pointer: &str,
        builder: &str,
        names: &mut Scope,
        parameters: &mut Vec<Parameter>,
    ) -> Result<Option<RequestBody>, Error> {
        let body = self.refs.resolve(body, pointer)?;
        if let Some(parts) = self.multipart_parts(&body.item.content, &body.pointer, builder, names)? {
            parameters.extend(
                parts.into_iter().map(|part| Parameter { required: part.required && body.item.required, ..part }),
            );
            return Ok(None);
        }
        let hint = body.component_name().unwrap_or_else(|| format!("{builder}Body"));
        let (payload, media_type) = self.payload(&body.item.content, &body.pointer, &hint, true)?;
        Ok(Some(RequestBody {
            rust_name: names.claim_ident_or(Ident::new("body", false), "value"),
            content_type: content_type(&payload, media_type.as_deref()),
            payload,
            required: body.item.required,
            docs: Docs::described(body.item.description.clone()),
        }))
    }

    /// The fields of a `multipart/form-data` body as parts the builder sets one by one, files
    /// as bytes; `None` unless the body is only multipart and its schema an object with properties.
    fn multipart_parts(
        &mut self,
        content: &'a indexmap::IndexMap<String, MediaType>,
        pointer: &str,
        builder: &str,
        names: &mut Scope,
    ) -> Result<Option<Vec<Parameter>>, Error> {
        if content.keys().any(|media_type| is_json(media_type) || media_type.starts_with(FORM)) {
            return Ok(None);
        }
        let Some((media_type, media)) = content.iter().find(|(media_type, _)| media_type.starts_with(MULTIPART)) else {
            return Ok(None);
        };
        let Some(schema) = &media.schema else { return Ok(None) };
        let schema_pointer = pointer_child(&pointer_child(&pointer_child(pointer, "content"), media_type), "schema");
        let schema = self.refs.resolve(schema, &schema_pointer)?;
        let Some(object) = self.types.object_parts(schema.item, &schema.pointer)? else { return Ok(None) };
        if object.properties.is_empty() {
            return Ok(None);
        }
        let mut parts = Vec::with_capacity(object.properties.len());
        for (name, property, property_pointer) in object.properties {
            let ty = match self.binary_kind(property, &property_pointer) {
                Some(kind) => Ty::new(kind),
                None => {
                    let hint = format!("{builder}{}", naming::camel(name, "Part"));
                    self.types.ty(property, &property_pointer, &hint)?
                }
            };
            let description =
                self.schema_item(property, &property_pointer).and_then(|item| item.schema_data.description.clone());
            let types = self.types.defined();
            parts.push(Parameter {
                rust_name: names.claim_ident_or(naming::snake(name, "part"), "value"),
                wire_name: name.to_owned(),
                location: ParameterLocation::Part,
                required: object.required.contains(name),
                encoding: encoding(types, &ty, ParameterLocation::Part, true, false),
                argument: argument(types, &ty),
                ty,
                example: None,
                docs: Docs::described(description),
            });
        }
        parts.sort_by_key(|part| !part.required);
        Ok(Some(parts))
    }

    /// `Bytes` for a file (`format: binary`), a list of them for a list of files.
    fn binary_kind(&self, schema: SchemaAt<'a>, pointer: &str) -> Option<TyKind> {
        match &self.schema_item(schema, pointer)?.schema_kind {
            SchemaKind::Type(Type::String(string))
                if string.format == VariantOrUnknownOrEmpty::Item(StringFormat::Binary) =>
            {
                Some(TyKind::Bytes)
            }
            SchemaKind::Type(Type::Array(array)) => {
                let item = array.items.as_ref()?;
                matches!(self.binary_kind(SchemaAt::from(item), &pointer_child(pointer, "items"))?, TyKind::Bytes)
                    .then(|| TyKind::Array(Box::new(Ty::new(TyKind::Bytes))))
            }
            _ => None,
        }
    }

    /// The schema itself, following a reference; `None` when it does not resolve (lowering the
    /// type reports why).
    fn schema_item(&self, schema: SchemaAt<'a>, pointer: &str) -> Option<&'a Schema> {
        match schema {
            SchemaAt::Inline(schema) => Some(schema),
            SchemaAt::Reference(reference) => {
                self.refs.resolve_reference::<Schema>(reference, pointer).ok().map(|resolved| resolved.item)
            }
        }
    }

    /// The documented responses; `default` covers successes too when no 2xx is documented.
    fn responses(&mut self, entry: &Found<'a>, builder: &str) -> Result<Vec<ResponseCase>, Error> {
        let responses = &entry.operation.responses;
        let pointer = pointer_child(&entry.pointer, "responses");
        let mut cases = Vec::new();
        let statuses = responses.responses.iter().map(|(code, response)| (status_of(code), code.to_string(), response));
        let default = responses.default.as_ref().map(|response| (Status::Default, "default".to_owned(), response));
        let successes = responses.responses.keys().filter(|code| status_of(code).is_2xx()).count();
        for (status, key, response) in statuses.chain(default) {
            let response_pointer = pointer_child(&pointer, &key);
            let response = self.refs.resolve::<Response>(response, &response_pointer)?;
            let role = match status {
                Status::Default if successes == 0 => Role::Either,
                status if status.is_2xx() => Role::Success,
                _ => Role::Error,
            };
            let suffix = if successes > 1 || role != Role::Success { key.clone() } else { String::new() };
            let hint = response.component_name().unwrap_or_else(|| format!("{builder}Response{suffix}"));
            let (payload, media_type) = self.payload(&response.item.content, &response.pointer, &hint, false)?;
            let description = response.item.description.clone();
            cases.push(ResponseCase { status, role, description, payload, media_type });
        }
        Ok(cases)
    }

    /// The body type of a set of media types and the media type it was read from: JSON when
    /// offered, then a form (for requests), else text or bytes.
    fn payload(
        &mut self,
        content: &'a indexmap::IndexMap<String, MediaType>,
        pointer: &str,
        hint: &str,
        request: bool,
    ) -> Result<(Payload, Option<String>), Error> {
        let content_pointer = pointer_child(pointer, "content");
        let structured = content
            .iter()
            .find(|(media_type, _)| is_json(media_type))
            .or_else(|| content.iter().find(|(media_type, _)| request && media_type.starts_with(FORM)));
        if let Some((media_type, media)) = structured {
            let schema_pointer = pointer_child(&pointer_child(&content_pointer, media_type), "schema");
            let ty = match &media.schema {
                Some(schema) => self.types.ty(SchemaAt::from(schema), &schema_pointer, hint)?,
                None => Ty::default(),
            };
            let payload = if is_json(media_type) { Payload::Json(ty) } else { Payload::Form(ty) };
            return Ok((payload, Some(media_type.clone())));
        }
        let Some((media_type, _)) = content.first() else { return Ok((Payload::Empty, None)) };
        if media_type.starts_with("text/") {
            return Ok((Payload::Text, Some(media_type.clone())));
        }
        let at = pointer_child(&content_pointer, media_type);
        if request && media_type.starts_with("multipart/") {
            let message = format!(
                "`{media_type}` bodies whose parts are not described are sent as the caller encodes them (`EncodedBody`)"
            );
            self.reporter.warn(&at, message);
            return Ok((Payload::Encoded, Some(media_type.clone())));
        }
        if is_unread_structure(media_type) {
            let message = format!("`{media_type}` bodies are not supported yet; they are handled as raw bytes");
            self.reporter.warn(&at, message);
        }
        Ok((Payload::Bytes, Some(media_type.clone())))
    }

    /// Where requests carry the token (the first supported scheme of the requirements, in
    /// order), and the scopes that allow the operation.
    fn security(&mut self, operation: &'a SpecOperation, pointer: &str) -> (Auth, Vec<String>) {
        let requirements: &[SecurityRequirement] =
            operation.security.as_deref().or(self.spec.security.as_deref()).unwrap_or_default();
        let schemes = self.spec.components.as_ref().map(|components| &components.security_schemes);
        let mut auth = Auth::None;
        let mut scopes: Vec<String> = Vec::new();
        for (name, requirement_scopes) in requirements.iter().flatten() {
            let scheme = schemes.and_then(|schemes| schemes.get(name)).and_then(ReferenceOr::as_item);
            let found = match scheme {
                Some(SecurityScheme::HTTP { scheme, .. }) if scheme.eq_ignore_ascii_case("bearer") => {
                    Some(Auth::Bearer)
                }
                Some(SecurityScheme::OAuth2 { .. } | SecurityScheme::OpenIDConnect { .. }) => {
                    scopes.extend(
                        requirement_scopes.iter().filter(|scope| !scopes.contains(scope)).cloned().collect::<Vec<_>>(),
                    );
                    Some(Auth::Bearer)
                }
                Some(SecurityScheme::APIKey { location: APIKeyLocation::Header, name: header, .. })
                    if is_header_name(header) =>
                {
                    Some(Auth::Header(header.to_ascii_lowercase()))
                }
                Some(SecurityScheme::APIKey { location: APIKeyLocation::Query, name: parameter, .. }) => {
                    Some(Auth::Query(parameter.clone()))
                }
                Some(SecurityScheme::APIKey { location: APIKeyLocation::Cookie, name: cookie, .. })
                    if is_header_name(cookie) =>
                {
                    Some(Auth::Cookie(cookie.clone()))
                }
                Some(SecurityScheme::HTTP { scheme, .. }) if scheme.eq_ignore_ascii_case("basic") => Some(Auth::Basic),
                _ => {
                    if self.warned_schemes.insert(name.as_str()) {
                        let message =
                            format!("security scheme `{name}` is not supported; requests are sent without it");
                        self.reporter.warn(&pointer_child("/components/securitySchemes", name), message);
                    }
                    None
                }
            };
            if auth == Auth::None {
                auth = found.unwrap_or(Auth::None);
            }
        }
        match operation.extensions.get(SCOPES_EXTENSION) {
            Some(Value::Array(listed)) => {
                scopes = listed.iter().filter_map(Value::as_str).map(str::to_owned).collect();
            }
            Some(_) => {
                let message = format!("`{SCOPES_EXTENSION}` must be a list of scope names; it is ignored");
                self.reporter.warn(&pointer_child(pointer, SCOPES_EXTENSION), message);
            }
            None => {}
        }
        (auth, scopes)
    }
}

/// The body of the successes (or the errors), those responses whose role `side` covers: their
/// one shared type, or an enum named by `name` with a variant per status when their types differ.
fn outcome(responses: &[ResponseCase], side: fn(Role) -> bool, name: impl FnOnce() -> String) -> Outcome {
    let cases: Vec<&ResponseCase> = responses.iter().filter(|case| side(case.role)).collect();
    let Some(first) = cases.first() else { return Outcome::Single(Payload::Empty) };
    if cases.iter().all(|case| case.payload == first.payload) {
        return Outcome::Single(first.payload.clone());
    }
    let mut variant_names = Scope::default();
    let variants = cases
        .iter()
        .map(|case| StatusVariant {
            name: variant_names.claim(naming::status_variant(&case.status.key())),
            status: case.status,
            description: case.description.clone(),
            payload: case.payload.clone(),
        })
        .collect();
    Outcome::ByStatus(StatusEnum { name: name(), variants })
}

/// What each operation's method and builder are named from: its id, less what ids repeat of
/// what the crate already says. A FastAPI route name that two operations share names neither
/// clearly, so those keep their whole id.
fn naming_sources(found: &[Found<'_>]) -> Vec<String> {
    let written_ids: Vec<Option<&str>> = found.iter().map(|entry| entry.operation.operation_id.as_deref()).collect();
    let namespace = naming::shared_namespace(&written_ids).unwrap_or_default();
    let ids: Vec<String> = found
        .iter()
        .map(|entry| {
            let id = operation_id(entry);
            id.strip_prefix(namespace).map_or(id.clone(), str::to_owned)
        })
        .collect();
    let route_names: Vec<Option<&str>> = found
        .iter()
        .zip(&ids)
        .map(|(entry, id)| naming::fastapi_route_name(id, entry.path, &entry.method.as_str().to_ascii_lowercase()))
        .collect();
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    for name in route_names.iter().flatten() {
        *uses.entry(name).or_default() += 1;
    }
    let unique = |name: &&str| uses[name] == 1;
    ids.iter().zip(route_names).map(|(id, route)| route.filter(unique).unwrap_or(id).to_owned()).collect()
}

/// The operation's `operationId`, or a name made from its method and path.
fn operation_id(entry: &Found<'_>) -> String {
    let made_up = || format!("{} {}", entry.method.as_str().to_ascii_lowercase(), entry.path);
    entry.operation.operation_id.clone().unwrap_or_else(made_up)
}

/// The path template as literal pieces and the path parameters that fill its variables.
fn path_template(path: &str, parameters: &[Parameter]) -> PathTemplate {
    let mut segments = Vec::new();
    let mut rest = path;
    while let Some((literal, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else { break };
        if !literal.is_empty() {
            segments.push(PathSegment::Literal(literal.to_owned()));
        }
        let parameter = parameters.iter().find(|p| p.location == ParameterLocation::Path && p.wire_name == name);
        if let Some(Parameter { rust_name, wire_name, encoding: Encoding::Path(form), .. }) = parameter {
            segments.push(PathSegment::Parameter {
                field: rust_name.clone(),
                wire_name: wire_name.clone(),
                form: *form,
            });
        }
        rest = tail;
    }
    if !rest.is_empty() {
        segments.push(PathSegment::Literal(rest.to_owned()));
    }
    PathTemplate { text: path.to_owned(), segments, fill: PathFill::WhenSent }
}

/// Whether a value, such as a media type, can be sent in a header as it is.
fn is_header_value(value: &str) -> bool {
    !value.is_empty() && value.bytes().all(|byte| (b' '..=b'~').contains(&byte))
}

/// The `Content-Type` of a request body: the documented media type (text declared UTF-8, which
/// is what a Rust `String` is), or the usual one for the kind of body when the spec's cannot be
/// sent (`*/*`, or characters a header cannot hold).
fn content_type(payload: &Payload, documented: Option<&str>) -> String {
    let usual = match payload {
        Payload::Json(_) => "application/json",
        Payload::Form(_) => FORM,
        Payload::Text => "text/plain",
        Payload::Bytes | Payload::Empty => "application/octet-stream",
        Payload::Encoded => MULTIPART,
    };
    let media_type = documented.filter(|media_type| is_header_value(media_type) && !media_type.contains('*'));
    let media_type = media_type.unwrap_or(usual);
    if *payload == Payload::Text && !media_type.contains("charset") {
        format!("{media_type}; charset=utf-8")
    } else {
        media_type.to_owned()
    }
}

/// The media types the documented responses carry, for `Accept`; those that cannot be sent in
/// a header are left out.
fn accept(responses: &[ResponseCase]) -> Option<String> {
    let mut media_types: Vec<&str> = Vec::new();
    for media_type in responses.iter().filter_map(|case| case.media_type.as_deref()) {
        let sendable = is_header_value(media_type) && !media_type.contains(',');
        if sendable && !media_types.contains(&media_type) {
            media_types.push(media_type);
        }
    }
    (!media_types.is_empty()).then(|| media_types.join(", "))
}

/// How a value of `ty` in `location` is put into the request.
fn encoding(
    types: &BTreeMap<String, TypeDef>,
    ty: &Ty,
    location: ParameterLocation,
    explode: bool,
    deep_object: bool,
) -> Encoding {
    let item = match &through_aliases(types, ty).kind {
        TyKind::Array(item) => Some(item.as_ref()),
        _ => None,
    };
    match (location, item) {
        (ParameterLocation::Path, _) => Encoding::Path(text_form(types, ty)),
        (ParameterLocation::Query, _) if deep_object => Encoding::QueryObject,
        (ParameterLocation::Query, Some(item)) => Encoding::QueryList { item: text_form(types, item), explode },
        (ParameterLocation::Query, None) => Encoding::Query(text_form(types, ty)),
        (ParameterLocation::Header, _) => Encoding::Header(text_form(types, ty)),
        (ParameterLocation::Cookie, _) => Encoding::Cookie(text_form(types, ty)),
        (ParameterLocation::Part, Some(item)) => Encoding::PartList(part_form(types, item)),
        (ParameterLocation::Part, None) => Encoding::Part(part_form(types, ty)),
    }
}

/// How a parameter given by a JSON media type is put into the request: as the JSON text of
/// its value, whatever its type.
fn json_encoding(location: ParameterLocation) -> Encoding {
    match location {
        ParameterLocation::Path => Encoding::Path(TextForm::Json),
        ParameterLocation::Query => Encoding::Query(TextForm::Json),
        ParameterLocation::Header => Encoding::Header(TextForm::Json),
        ParameterLocation::Cookie => Encoding::Cookie(TextForm::Json),
        ParameterLocation::Part => Encoding::Part(PartForm::Json),
    }
}

/// How a single value of `ty` is written as text.
fn text_form(types: &BTreeMap<String, TypeDef>, ty: &Ty) -> TextForm {
    match &through_aliases(types, ty).kind {
        TyKind::String => TextForm::Str,
        TyKind::DateTime => TextForm::Rfc3339,
        TyKind::Bool | TyKind::Integer(_) | TyKind::Float(_) | TyKind::Date => TextForm::Display,
        TyKind::Named(name) => match types.get(name).map(|def| &def.shape) {
            Some(Shape::Enum(_)) => TextForm::EnumValue,
            Some(Shape::IntEnum(_)) => TextForm::IntEnumValue,
            _ => TextForm::Json,
        },
        TyKind::Json | TyKind::Array(_) | TyKind::Map(_) | TyKind::Tuple(_) | TyKind::Bytes => TextForm::Json,
    }
}

/// How one value of a multipart field is sent: files as they are, scalars as text, anything else as JSON.
fn part_form(types: &BTreeMap<String, TypeDef>, ty: &Ty) -> PartForm {
    match (&through_aliases(types, ty).kind, text_form(types, ty)) {
        (TyKind::Bytes, _) => PartForm::File,
        (_, TextForm::Json) => PartForm::Json,
        (_, form) => PartForm::Text(form),
    }
}

/// The value of the first of a parameter's named `examples` written in place, for when it has
/// no single `example` (Azure gives its `api-version` that way).
fn first_example<'a>(examples: impl IntoIterator<Item = &'a ReferenceOr<openapiv3::Example>>) -> Option<Value> {
    examples.into_iter().find_map(|example| example.as_item()?.value.clone())
}

/// What methods take for values of `ty`: strings and bytes as anything that converts.
fn argument(types: &BTreeMap<String, TypeDef>, ty: &Ty) -> Argument {
    match through_aliases(types, ty).kind {
        TyKind::String => Argument::IntoString,
        TyKind::Bytes => Argument::IntoBytes,
        _ => Argument::Value,
    }
}

/// Whether `name` can be sent as an HTTP header name (RFC 9110 token characters).
fn is_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
}

/// The headers OpenAPI says a parameter cannot describe ("the parameter definition SHALL be
/// ignored"): the client sets them from the operation's media types and security.
fn is_set_by_the_client(name: &str) -> bool {
    ["accept", "content-type", "authorization"].iter().any(|header| name.eq_ignore_ascii_case(header))
}

fn first_tag(operation: &SpecOperation) -> String {
    operation.tags.first().cloned().unwrap_or_else(|| UNTAGGED.to_owned())
}

fn location(parameter: &SpecParameter) -> ParameterLocation {
    match parameter {
        SpecParameter::Path { .. } => ParameterLocation::Path,
        SpecParameter::Query { .. } => ParameterLocation::Query,
        SpecParameter::Header { .. } => ParameterLocation::Header,
        SpecParameter::Cookie { .. } => ParameterLocation::Cookie,
    }
}

/// Whether each `{` of a path opens a variable name that a `}` closes, with no brace inside.
fn is_template(path: &str) -> bool {
    let mut rest = path;
    while let Some(start) = rest.find(['{', '}']) {
        let after = &rest[start + 1..];
        if rest[start..].starts_with('}') {
            return false;
        }
        match after.find(['{', '}']) {
            Some(end) if after[end..].starts_with('}') && end > 0 => rest = &after[end + 1..],
            _ => return false,
        }
    }
    true
}

/// The `{name}`s of a path template, in order.
fn template_variables(path: &str) -> impl Iterator<Item = &str> {
    path.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}

fn status_of(code: &StatusCode) -> Status {
    match code {
        StatusCode::Code(code) => Status::Code(*code),
        StatusCode::Range(class) => Status::Class(*class),
    }
}

fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    essence == "application/json" || essence.ends_with("+json") || essence == "*/*"
}

/// Whether a media type is structured data that the client could read but does not yet (XML,
/// YAML, JSON lines, multipart), so that bytes are a fallback; for a PDF, an archive, an image or a
/// type nobody knows, bytes are the body.
fn is_unread_structure(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let subtype = essence.split_once('/').map_or("", |(_, subtype)| subtype);
    essence.starts_with("multipart/")
        || subtype == "xml"
        || subtype.ends_with("+xml")
        || subtype.contains("yaml")
        || ["x-ndjson", "ndjson", "jsonl", "x-jsonlines", "json-seq", "x-www-form-urlencoded"].contains(&subtype)
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Reporter;
    use crate::ir::Package;
    use crate::ir::{
        Argument, Auth, ConstantLocation, Docs, Encoding, Group, Operation, Outcome, ParameterLocation, PathFill,
        Payload, Role, Status, TextForm, Ty, TyKind,
    };
    use crate::lower::lower;
    use crate::source::Documents;

    const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    fn groups(text: &str) -> (Vec<Group>, Vec<String>) {
        let spec = serde_yaml::from_str(&format!("{HEAD}{text}")).expect("test spec parses");
        let reporter = Reporter::new("api.yaml");
        let groups = lower(&spec, Documents::default(), Package::default(), &reporter).expect("lowers").groups;
        (groups, reporter.into_warnings().iter().map(ToString::to_string).collect())
    }

    fn only(groups: &[Group]) -> &Operation {
        &groups[0].operations[0]
    }

    const OAUTH: &str = "components:\n  securitySchemes:\n    oauth:\n      type: oauth2\n      flows: {clientCredentials: {tokenUrl: 'https://x/token', scopes: {read: r, write: w}}}\n    bearer: {type: http, scheme: bearer}\n    key: {type: apiKey, in: header, name: X-Key}\n";

    #[test]
    fn oauth2_scopes_come_from_security_and_x_scopes_overrides_them() {
        let text = format!(
            "{OAUTH}security: [{{oauth: [read]}}]\npaths:\n  /a:\n    get: {{responses: {{'200': {{description: ok}}}}}}\n    put: {{security: [{{oauth: [read, write]}}, {{bearer: []}}], responses: {{'200': {{description: ok}}}}}}\n    post: {{x-scopes: [special], responses: {{'200': {{description: ok}}}}}}\n    delete: {{security: [], responses: {{'204': {{description: gone}}}}}}\n"
        );
        let (groups, warnings) = groups(&text);
        let scopes: Vec<(&str, Vec<String>, bool)> = groups[0]
            .operations
            .iter()
            .map(|op| (op.http_method.as_str(), op.scopes.clone(), op.auth != Auth::None))
            .collect();
        let expected = [
            ("GET", vec!["read".to_owned()], true),
            ("PUT", vec!["read".to_owned(), "write".to_owned()], true),
            ("POST", vec!["special".to_owned()], true),
            ("DELETE", vec![], false),
        ];
        assert_eq!(scopes, expected);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn api_keys_and_basic_auth_are_placed_and_other_schemes_are_warned_about_once() {
        let schemes = "components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n    query: {type: apiKey, in: query, name: api_key}\n    jar: {type: apiKey, in: cookie, name: c}\n    basic: {type: http, scheme: basic}\n    digest: {type: http, scheme: digest}\n";
        let operations = "paths:\n  /a:\n    get: {security: [{key: []}], responses: {'200': {description: ok}}}\n    put: {security: [{digest: []}, {query: []}], responses: {'200': {description: ok}}}\n    post: {security: [{jar: []}], responses: {'200': {description: ok}}}\n    delete: {security: [{basic: []}], responses: {'200': {description: ok}}}\n    patch: {security: [{digest: []}], responses: {'200': {description: ok}}}\n";
        let (groups, warnings) = groups(&format!("{schemes}{operations}"));
        let auths: Vec<&Auth> = groups[0].operations.iter().map(|operation| &operation.auth).collect();
        let expected =
            [Auth::Header("x-key".into()), Auth::Query("api_key".into()), Auth::Cookie("c".into()), Auth::Basic];
        assert_eq!(auths[..4], expected.iter().collect::<Vec<_>>());
        assert_eq!(auths[4], &Auth::None);
        assert_eq!(
            warnings,
            [
                "api.yaml#/components/securitySchemes/digest: security scheme `digest` is not supported; requests are sent without it",
            ]
        );
    }

    #[test]
    fn header_parameters_openapi_ignores_are_left_out_with_a_warning() {
        let text = "paths:\n  /a:\n    get:\n      parameters:\n        - {name: Authorization, in: header, required: true, schema: {type: string}}\n        - {name: accept, in: header, schema: {type: string}}\n        - {name: Content-Type, in: header, schema: {type: string}}\n        - {name: X-Tenant, in: header, schema: {type: string}}\n      responses: {'204': {description: ok}}\n    put:\n      parameters: [{name: authorization, in: header, schema: {type: string}}]\n      responses: {'204': {description: ok}}\n";
        let (groups, warnings) = groups(text);
        let names: Vec<&str> = only(&groups).parameters.iter().map(|parameter| parameter.wire_name.as_str()).collect();
        assert_eq!(names, ["X-Tenant"]);
        assert_eq!(
            warnings,
            ["Authorization", "accept", "Content-Type"].iter().enumerate().map(|(index, name)| format!(
                "api.yaml#/paths/~1a/get/parameters/{index}: OpenAPI ignores a header parameter named `{name}`: the client sets that header (named once)"
            )).collect::<Vec<_>>(),
            "the second operation's `authorization` is not named again"
        );
    }

    #[test]
    fn blank_descriptions_and_summaries_say_nothing() {
        let text = "paths:\n  /a/{id}:\n    post:\n      summary: ' '\n      description: ''\n      parameters: [{name: id, in: path, required: true, description: '', schema: {type: integer}}]\n      requestBody: {description: '  ', content: {text/plain: {schema: {type: string}}}}\n      responses: {'204': {description: ok}}\n";
        let (groups, _) = groups(text);
        let operation = only(&groups);
        assert_eq!((&operation.summary, &operation.description), (&None, &None));
        assert_eq!(operation.parameters[0].docs, Docs::default());
        assert_eq!(operation.body.as_ref().map(|body| &body.docs), Some(&Docs::default()));
    }

    #[test]
    fn operations_without_an_id_are_named_from_method_and_path() {
        let text = "paths:\n  /pets/{petId}/toys:\n    get:\n      parameters: [{name: petId, in: path, required: true, schema: {type: string}}]\n      responses: {'200': {description: ok}}\n";
        let (groups, _) = groups(text);
        let operation = only(&groups);
        assert_eq!(
            (operation.method_name.as_str(), operation.builder_name.as_str()),
            ("get_pets_pet_id_toys", "GetPetsPetIdToys")
        );
        assert_eq!((groups[0].module.as_str(), groups[0].handle.as_str()), ("default", "DefaultApi"));
    }

    #[test]
    fn operation_parameters_override_path_parameters_and_required_ones_come_first() {
        let text = "paths:\n  /a/{id}:\n    parameters:\n      - {name: id, in: path, required: true, schema: {type: integer}}\n      - {name: q, in: query, schema: {type: string}}\n    get:\n      operationId: getA\n      parameters:\n        - {name: q, in: query, required: true, description: overridden, schema: {type: string}}\n        - {name: send, in: header, schema: {type: string}}\n      responses: {'200': {description: ok}}\n";
        let (groups, _) = groups(text);
        let parameters: Vec<(&str, &str, ParameterLocation, bool)> = only(&groups)
            .parameters
            .iter()
            .map(|p| (p.rust_name.as_str(), p.wire_name.as_str(), p.location, p.required))
            .collect();
        let expected = [
            ("id", "id", ParameterLocation::Path, true),
            ("q", "q", ParameterLocation::Query, true),
            ("send_value", "send", ParameterLocation::Header, false),
        ];
        assert_eq!(parameters, expected);
    }

    #[test]
    fn an_undeclared_path_parameter_is_taken_as_a_string_with_a_warning() {
        let text = "paths:\n  /a/{id}:\n    get: {responses: {'200': {description: ok}}}\n";
        let (groups, warnings) = groups(text);
        let parameter = &only(&groups).parameters[0];
        assert_eq!(
            (parameter.rust_name.as_str(), parameter.location, parameter.required),
            ("id", ParameterLocation::Path, true)
        );
        assert_eq!(
            warnings,
            [
                "api.yaml#/paths/~1a~1{id}/get: path parameter `id` of `/a/{id}` is not declared; it is taken as a required string"
            ]
        );
    }

    #[test]
    fn form_request_bodies_are_typed_and_json_is_preferred_when_offered() {
        let form = "{application/x-www-form-urlencoded: {schema: {type: object, properties: {a: {type: string}}}}}";
        let both = "{application/x-www-form-urlencoded: {schema: {type: string}}, application/json: {schema: {type: integer}}}";
        for (content, expected_form) in [(form, true), (both, false)] {
            let text = format!(
                "paths:\n  /a:\n    post:\n      requestBody: {{content: {content}}}\n      responses: {{'204': {{description: ok}}}}\n"
            );
            let (groups, warnings) = groups(&text);
            let payload = only(&groups).body.as_ref().map(|body| body.payload.clone()).expect("a body");
            assert_eq!(matches!(payload, Payload::Form(_)), expected_form, "{payload:?}");
            assert!(warnings.is_empty(), "{warnings:?}");
        }
    }

    #[test]
    fn responses_are_classified_and_bodies_typed_by_media_type() {
        let text = "paths:\n  /a:\n    post:\n      operationId: postA\n      requestBody: {content: {text/plain: {schema: {type: string}}}}\n      responses:\n        '201': {description: made, content: {application/json: {schema: {type: integer}}}}\n        4XX: {description: bad, content: {application/problem+json: {schema: {type: object}}}}\n        default: {description: other}\n";
        let (groups, _) = groups(text);
        let operation = only(&groups);
        let statuses: Vec<Status> = operation.responses.iter().map(|case| case.status).collect();
        assert_eq!(statuses, [Status::Code(201), Status::Class(4), Status::Default]);
        assert_eq!(operation.body.as_ref().map(|body| &body.payload), Some(&Payload::Text));
        assert!(matches!(operation.success, Outcome::Single(Payload::Json(_))));
        let Outcome::ByStatus(errors) = &operation.error else { panic!("mixed error bodies: {:?}", operation.error) };
        let variants: Vec<(&str, Status)> =
            errors.variants.iter().map(|variant| (variant.name.as_str(), variant.status)).collect();
        assert_eq!(
            (errors.name.as_str(), variants),
            ("PostAError", vec![("ClientError", Status::Class(4)), ("Other", Status::Default)])
        );
    }

    #[test]
    fn success_bodies_that_differ_by_status_become_an_enum_named_clear_of_builders() {
        let text = "paths:\n  /a:\n    post:\n      operationId: postA\n      responses:\n        '200': {description: same, content: {application/json: {schema: {type: integer}}}}\n        '202': {description: later, content: {text/plain: {schema: {type: string}}}}\n        '204': {description: none}\n  /b:\n    get:\n      operationId: postAResponse\n      responses: {'200': {description: ok}}\n";
        let (groups, warnings) = groups(text);
        let operation = &groups[0].operations[0];
        let Outcome::ByStatus(successes) = &operation.success else { panic!("{:?}", operation.success) };
        let names: Vec<&str> = successes.variants.iter().map(|variant| variant.name.as_str()).collect();
        assert_eq!(names, ["Ok", "Accepted", "NoContent"]);
        assert_eq!(successes.variants[1].payload, Payload::Text);
        assert_eq!(successes.name, "PostAResponse2", "the builder of `postAResponse` was named first");
        assert_eq!(operation.error, Outcome::Single(Payload::Empty));
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn types_inside_shared_components_are_named_after_the_component_not_the_first_operation() {
        let object = "{type: object, properties: {message: {type: string}}}";
        let text = format!(
            "paths:\n  /a:\n    post:\n      operationId: first\n      parameters: [{{$ref: '#/components/parameters/order'}}]\n      requestBody: {{$ref: '#/components/requestBodies/NewThing'}}\n      responses: {{'200': {{description: ok}}, '400': {{$ref: '#/components/responses/GenericError'}}}}\n  /b:\n    get:\n      operationId: second\n      parameters: [{{name: inline, in: query, schema: {{type: string, enum: [x, y]}}}}]\n      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {object}}}}}}}, '400': {{$ref: '#/components/responses/GenericError'}}}}\ncomponents:\n  parameters:\n    order: {{name: sort, in: query, schema: {{type: string, enum: [asc, desc]}}}}\n  requestBodies:\n    NewThing: {{content: {{application/json: {{schema: {{type: object, properties: {{name: {{type: string}}}}}}}}}}}}\n  responses:\n    GenericError: {{description: failed, content: {{application/json: {{schema: {object}}}}}}}\n"
        );
        let (groups, warnings) = groups(&text);
        let [first, second] = &groups[0].operations[..] else { panic!("two operations") };
        let named = |ty: &Ty| match &ty.kind {
            TyKind::Named(name) => name.clone(),
            other => panic!("not a named type: {other:?}"),
        };
        let payload_name = |payload: &Payload| match payload {
            Payload::Json(ty) => named(ty),
            other => panic!("not JSON: {other:?}"),
        };
        assert_eq!(named(&first.parameters[0].ty), "Order");
        assert_eq!(payload_name(&first.body.as_ref().expect("a body").payload), "NewThing");
        for operation in [first, second] {
            let Outcome::Single(error) = &operation.error else { panic!("{:?}", operation.error) };
            assert_eq!(payload_name(error), "GenericError");
        }
        assert_eq!(named(&second.parameters[0].ty), "SecondInline", "an operation's own keep its name");
        let Outcome::Single(success) = &second.success else { panic!("{:?}", second.success) };
        assert_eq!(payload_name(success), "GenericError", "the same shape is one type");
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn multipart_fields_become_parts_with_files_as_bytes() {
        let text = "paths:\n  /a:\n    post:\n      requestBody:\n        required: true\n        content:\n          multipart/form-data:\n            schema:\n              type: object\n              required: [file]\n              properties:\n                note: {type: string}\n                file: {type: string, format: binary}\n                pages: {type: array, items: {type: string, format: binary}}\n                meta: {type: object, properties: {a: {type: integer}}}\n      responses: {'204': {description: ok}}\n";
        let (groups, warnings) = groups(text);
        let operation = only(&groups);
        assert!(operation.body.is_none());
        let parts: Vec<(&str, bool, &TyKind)> =
            operation.parameters.iter().map(|part| (part.wire_name.as_str(), part.required, &part.ty.kind)).collect();
        assert_eq!(parts[0], ("file", true, &TyKind::Bytes));
        assert_eq!(parts[1], ("note", false, &TyKind::String));
        assert_eq!(parts[2], ("pages", false, &TyKind::Array(Box::new(Ty::new(TyKind::Bytes)))));
        assert!(matches!(parts[3], ("meta", false, TyKind::Named(_))));
        assert!(operation.parameters.iter().all(|part| part.location == ParameterLocation::Part));
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn untyped_and_all_of_multipart_schemas_become_parts_too() {
        let untyped = "properties:\n                file: {type: string, format: binary}\n                size: {type: integer}\n              required: [file]";
        let merged = "allOf:\n                - $ref: '#/components/schemas/Common'\n                - {type: object, required: [file], properties: {file: {type: string, format: binary}}}";
        for schema in [untyped, merged] {
            let text = format!(
                "paths:\n  /a:\n    post:\n      requestBody:\n        required: true\n        content:\n          multipart/form-data:\n            schema:\n              {schema}\n      responses: {{'204': {{description: ok}}}}\ncomponents:\n  schemas:\n    Common: {{type: object, properties: {{size: {{type: integer}}}}}}\n"
            );
            let (groups, warnings) = groups(&text);
            let operation = only(&groups);
            assert!(operation.body.is_none(), "{schema}");
            let parts: Vec<(&str, bool, &TyKind)> = operation
                .parameters
                .iter()
                .map(|part| (part.wire_name.as_str(), part.required, &part.ty.kind))
                .collect();
            assert_eq!(
                parts,
                [("file", true, &TyKind::Bytes), ("size", false, &TyKind::Integer(crate::ir::IntWidth::I64))],
                "{schema}"
            );
            assert!(warnings.is_empty(), "{warnings:?}");
        }
    }

    #[test]
    fn parameters_given_by_json_content_are_typed_and_sent_as_json_text() {
        let text = "paths:\n  /a:\n    get:\n      parameters:\n        - {name: filter, in: query, content: {application/json: {schema: {type: object, properties: {a: {type: integer}}}}}}\n        - {name: X-Meta, in: header, content: {application/json: {schema: {type: string}}}}\n        - {name: q, in: query, content: {text/plain: {schema: {type: string}}}}\n      responses: {'204': {description: ok}}\n";
        let (groups, warnings) = groups(text);
        let operation = only(&groups);
        let filter = &operation.parameters[0];
        assert!(matches!(filter.ty.kind, TyKind::Named(_)), "{:?}", filter.ty);
        assert_eq!(filter.encoding, Encoding::Query(TextForm::Json));
        assert_eq!(operation.parameters[1].encoding, Encoding::Header(TextForm::Json));
        assert_eq!(operation.parameters[2].encoding, Encoding::Query(TextForm::Str));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].ends_with("a parameter given by `content` of `text/plain` is sent as a plain string"),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_multipart_body_without_described_parts_is_encoded_by_the_caller() {
        let text = "paths:\n  /a:\n    post:\n      requestBody:\n        content:\n          multipart/form-data:\n            schema: {type: string, format: binary}\n      responses: {'204': {description: ok}}\n";
        let (groups, warnings) = groups(text);
        let body = only(&groups).body.as_ref().expect("a body");
        assert_eq!((&body.payload, body.content_type.as_str()), (&Payload::Encoded, "multipart/form-data"));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("sent as the caller encodes them (`EncodedBody`)"), "{warnings:?}");
    }

    #[test]
    fn required_parameters_that_allow_one_string_are_constants() {
        let text = "paths:\n  /a/{kind}:\n    post:\n      parameters:\n        - {name: kind, in: path, required: true, schema: {type: string, enum: [only]}}\n        - {name: X-Amz-Target, in: header, required: true, schema: {type: string, enum: [Svc.Put]}}\n        - {name: Version, in: query, required: true, schema: {$ref: '#/components/schemas/Version'}}\n        - {name: mode, in: query, schema: {type: string, enum: [fast]}}\n        - {name: X-Bad, in: header, required: true, schema: {type: string, enum: [\"a\\nb\"]}}\n      responses: {'204': {description: ok}}\ncomponents:\n  schemas:\n    Version: {type: string, enum: ['2015-12-01']}\n";
        let (groups, warnings) = groups(text);
        let operation = only(&groups);
        let constants: Vec<(&str, ConstantLocation, &str)> = operation
            .constants
            .iter()
            .map(|constant| (constant.wire_name.as_str(), constant.location, constant.value.as_str()))
            .collect();
        assert_eq!(
            constants,
            [("X-Amz-Target", ConstantLocation::Header, "Svc.Put"), ("Version", ConstantLocation::Query, "2015-12-01")]
        );
        let parameters: Vec<&str> = operation.parameters.iter().map(|parameter| parameter.wire_name.as_str()).collect();
        assert_eq!(
            parameters,
            ["kind", "X-Bad", "mode"],
            "a path parameter, a header no header can carry and an optional one stay"
        );
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn paths_are_filled_at_call_unless_a_path_parameter_needs_a_check_first() {
        let ok = "responses: {'204': {description: ok}}";
        let text = format!(
            "paths:\n  /a/{{id}}/{{n}}:\n    get: {{parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}, {{name: n, in: path, required: true, schema: {{type: integer}}}}], {ok}}}\n  /b/{{id}}:\n    get: {{parameters: [{{name: id, in: path, required: true, schema: {{$ref: '#/components/schemas/Id'}}}}], {ok}}}\n  /c/{{filter}}:\n    get: {{parameters: [{{name: filter, in: path, required: true, content: {{application/json: {{schema: {{type: array, items: {{type: string}}}}}}}}}}], {ok}}}\ncomponents:\n  schemas:\n    Id: {{type: string, pattern: '^[a-f0-9]+$'}}\n"
        );
        let (groups, warnings) = groups(&text);
        let fills: Vec<(&str, PathFill, Vec<Argument>)> = groups
            .iter()
            .flat_map(|group| &group.operations)
            .map(|operation| {
                let arguments = operation.parameters.iter().map(|parameter| parameter.argument).collect();
                (operation.path.text.as_str(), operation.path.fill, arguments)
            })
            .collect();
        assert_eq!(
            fills,
            [
                ("/a/{id}/{n}", PathFill::AtCall, vec![Argument::AsStr, Argument::Value]),
                ("/b/{id}", PathFill::WhenSent, vec![Argument::IntoString]),
                ("/c/{filter}", PathFill::WhenSent, vec![Argument::Value]),
            ],
            "a pattern to check, or JSON text that can fail, waits for the request to be sent"
        );
        assert_eq!(groups[0].operations[0].kept_parameters().count(), 0);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn malformed_path_templates_are_skipped_with_a_warning() {
        let text = "paths:\n  /c/{{x}}:\n    get: {responses: {'204': {description: ok}}}\n  /d/{}:\n    get: {responses: {'204': {description: ok}}}\n  /e/{id}:\n    get: {parameters: [{name: id, in: path, required: true, schema: {type: string}}], responses: {'204': {description: ok}}}\n";
        let (groups, warnings) = groups(text);
        let paths: Vec<&str> = groups[0].operations.iter().map(|op| op.path.text.as_str()).collect();
        assert_eq!(paths, ["/e/{id}"]);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(
            warnings[0].starts_with("api.yaml#/paths/~1c~1{{x}}: `/c/{{x}}` is not a path template"),
            "{warnings:?}"
        );
        assert!(super::is_template("/a/{b}/c{d}.json") && !super::is_template("/a/}b{"));
    }

    #[test]
    fn fastapi_default_ids_name_methods_by_route_unless_two_routes_share_it() {
        let ok = "responses: {'204': {description: ok}}";
        let text = format!(
            "paths:\n  /a:\n    get: {{operationId: read_a_get, {ok}}}\n  /b:\n    get: {{operationId: read_b_get, {ok}}}\n  /c/{{id}}:\n    get: {{operationId: show_c__id__get, parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}], {ok}}}\n"
        );
        let (groups, warnings) = groups(&text);
        let names: Vec<(String, &str)> =
            groups[0].operations.iter().map(|op| (op.method_name.to_string(), op.builder_name.as_str())).collect();
        let expected = [("read_a_get", "ReadAGet"), ("read_b_get", "ReadBGet"), ("show", "Show")];
        assert_eq!(names, expected.map(|(method, builder)| (method.to_owned(), builder)));
        assert_eq!(groups[0].operations[2].id, "show_c__id__get", "the id itself is kept");
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn duplicate_operation_ids_are_warned_about_naming_both_places() {
        let text = "paths:\n  /a:\n    get: {operationId: same, responses: {'204': {description: ok}}}\n  /b:\n    get: {operationId: same, responses: {'204': {description: ok}}}\n";
        let (groups, warnings) = groups(text);
        let names: Vec<String> = groups[0].operations.iter().map(|op| op.method_name.to_string()).collect();
        assert_eq!(names, ["same", "same_2"]);
        assert_eq!(
            warnings,
            [
                "api.yaml#/paths/~1b/get/operationId: operationId `same` is also used at api.yaml#/paths/~1a/get; this operation's method gets a numbered name"
            ]
        );
    }

    #[test]
    fn a_method_left_with_a_name_the_handle_has_keeps_the_tag() {
        let text = "paths:\n  /a:\n    get: {operationId: items_clone, tags: [Items], responses: {'204': {description: ok}}}\n  /b:\n    get: {operationId: items_list, tags: [Items], responses: {'204': {description: ok}}}\n";
        let (groups, warnings) = groups(text);
        let names: Vec<String> = groups[0].operations.iter().map(|op| op.method_name.to_string()).collect();
        assert_eq!(names, ["items_clone", "list"], "the handle is `Clone`");
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn tags_and_operations_named_like_the_crates_own_items_are_renamed() {
        // Every method `Client` has, read from the template independently of `naming`.
        let template = syn::parse_file(include_str!("../../templates/runtime.rs")).expect("the template parses");
        let mut client_methods: Vec<String> = vec!["clone".into(), "fmt".into(), "into".into()];
        for item in &template.items {
            let syn::Item::Impl(block) = item else { continue };
            if !matches!(block.self_ty.as_ref(), syn::Type::Path(path) if path.path.is_ident("Client")) {
                continue;
            }
            client_methods.extend(block.items.iter().filter_map(|member| match member {
                syn::ImplItem::Fn(function) => Some(function.sig.ident.to_string()),
                _ => None,
            }));
        }
        client_methods.sort();
        client_methods.dedup();
        assert!(client_methods.iter().any(|name| name == "exchange"), "private methods count too");
        let paths: String = client_methods
            .iter()
            .enumerate()
            .map(|(index, tag)| {
                format!("  /p{index}:\n    get: {{operationId: {tag}, tags: [{tag}], parameters: [{{name: client, in: query, required: true, schema: {{type: string}}}}, {{name: send, in: query, required: true, schema: {{type: string}}}}], responses: {{'204': {{description: ok}}}}}}\n")
            })
            .collect();
        let (groups, _) = groups(&format!("paths:\n{paths}"));
        assert_eq!(groups.len(), client_methods.len());
        for group in &groups {
            assert!(!client_methods.contains(&group.accessor.to_string()), "accessor {}", group.accessor);
            let operation = &group.operations[0];
            let members: Vec<String> = operation.parameters.iter().map(|p| p.rust_name.to_string()).collect();
            assert_eq!(members, ["client", "send_value"], "{}", group.tag);
        }
        let start = groups.iter().find(|group| group.tag == "start").expect("a start tag");
        assert_eq!((start.module.as_str(), start.accessor.to_string().as_str()), ("start", "start_api"));
    }

    #[test]
    fn modules_are_never_keywords_nor_the_crates_own_files() {
        let text = "paths:\n  /a:\n    get: {tags: [type], responses: {'204': {description: ok}}}\n    put: {tags: [lib], responses: {'204': {description: ok}}}\n    post: {tags: [main], responses: {'204': {description: ok}}}\n";
        let (groups, _) = groups(text);
        let modules: Vec<&str> = groups.iter().map(|group| group.module.as_str()).collect();
        assert_eq!(modules, ["type_", "lib_api", "main_api"]);
    }

    #[test]
    fn default_is_a_success_only_when_no_2xx_is_documented() {
        let text = "paths:\n  /a:\n    get: {responses: {default: {description: any}}}\n    put: {responses: {'200': {description: ok}, default: {description: error}}}\n";
        let (groups, _) = groups(text);
        let roles: Vec<Role> =
            groups[0].operations.iter().map(|op| op.responses.last().expect("a response").role).collect();
        assert_eq!(roles, [Role::Either, Role::Error]);
    }

    #[test]
    fn bodies_are_sent_as_documented_unless_that_cannot_be_a_header() {
        use super::content_type;
        let json = Payload::Json(Ty::default());
        assert_eq!(content_type(&json, Some("application/merge-patch+json")), "application/merge-patch+json");
        assert_eq!(content_type(&json, Some("*/*")), "application/json");
        assert_eq!(content_type(&Payload::Text, Some("text/csv")), "text/csv; charset=utf-8");
        assert_eq!(content_type(&Payload::Text, Some("text/plain; charset=latin1")), "text/plain; charset=latin1");
        assert_eq!(content_type(&Payload::Bytes, Some("application/pdf\n")), "application/octet-stream");
    }

    #[test]
    fn bytes_are_a_fallback_only_for_structured_data() {
        use super::is_unread_structure;
        let structured = [
            "application/xml",
            "application/atom+xml; charset=utf-8",
            "application/x-yaml",
            "application/x-ndjson",
            "multipart/mixed",
            "Application/XML",
        ];
        assert!(structured.into_iter().all(is_unread_structure), "{structured:?}");
        let bytes = [
            "application/pdf",
            "application/zip",
            "application/octet-stream",
            "image/png",
            "audio/mpeg",
            "application/vnd.ms-excel",
            "application/octocat-stream",
        ];
        assert!(!bytes.into_iter().any(is_unread_structure), "{bytes:?}");
    }
}
