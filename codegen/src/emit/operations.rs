//! One module per group of operations: a handle on the client, a method per operation, and per
//! operation the struct of its parameters, which says how its request is put together and its
//! answers read: the method returns the runtime's `Request` with them, and the operation adds
//! that request's setters.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};

use super::runtime::{Helper, USUAL_ACCEPT, USUAL_SUCCESS, Uses};
use super::syntax::{ident, option, qualified_ty, snake};
use super::validation::Validation;
use super::{docs, pagination};
use crate::ir::{
    Api, Argument, Auth, Constant, ConstantLocation, Encoding, Group, Ident, Operation, Outcome, Parameter,
    ParameterLocation, PartForm, PathFill, PathSegment, Payload, RequestBody, ResponseCase, Role, Status, StatusEnum,
    StatusVariant, TextForm,
};
use crate::naming::HANDLE_DERIVES;

/// The lines of every operation's docs that list the parameters every operation takes: the same
/// for each, so written once for the API.
pub struct SharedParameterDocs(Vec<String>);

impl SharedParameterDocs {
    pub fn new(api: &Api) -> Self {
        // Every request has the shared parameters' setters, through the runtime's generic
        // `Request`, and the client a setter of the value each starts with.
        let lines = api.shared_client_setters().map(|(parameter, client_setter)| {
            let every_request = setter_link("crate::Client", client_setter.as_str());
            let one_request = setter_link("crate::Request", parameter.rust_name.as_str());
            let requirement = if parameter.required {
                format!(
                    "required: given to [`Client::new`](crate::Client::new) or {every_request} for every \
                     request, or set with {one_request} for one"
                )
            } else {
                format!("optional; set with {every_request} for every request, or {one_request} for one")
            };
            parameter_line(parameter, &requirement, api)
        });
        Self(lines.collect())
    }
}

pub fn module(
    group: &Group,
    api: &Api,
    validation: &Validation,
    uses: &Uses,
    shared_docs: &SharedParameterDocs,
) -> TokenStream {
    let mut module_docs = vec![format!("Operations on {}.", docs::code(&group.tag))];
    module_docs.extend(group.description.as_deref().map(docs::markdown));
    let module_docs = docs::inner_attrs(&module_docs);
    let handle = ident(&group.handle);
    let accessor = snake(&group.accessor);
    let accessor_docs = docs::attrs(&[format!("Operations on {}: see [`{}`].", docs::code(&group.tag), group.handle)]);
    let handle_docs = docs::attrs(&[format!(
        "The operations on {}, borrowed from a [`Client`](crate::Client) by [`Client::{}`](crate::Client::{}).",
        docs::code(&group.tag),
        group.accessor.as_str(),
        group.accessor.as_str()
    )]);
    let methods = group.operations.iter().map(|operation| method(operation, api, uses, shared_docs));
    let builders = group.operations.iter().map(|operation| builder(operation, group, api, validation, uses));
    let derives = HANDLE_DERIVES.iter().map(|derive| ident(derive));
    quote! {
        #module_docs

        impl crate::Client {
            #accessor_docs
            pub fn #accessor(&self) -> #handle<'_> {
                #handle { client: self }
            }
        }

        #handle_docs
        #[derive(#(#derives),*)]
        pub struct #handle<'a> {
            client: &'a crate::Client,
        }

        impl<'a> #handle<'a> {
            #(#methods)*
        }

        #(#builders)*
    }
}

/// The handle's method: required parameters as arguments, returning the request.
fn method(operation: &Operation, api: &Api, uses: &Uses, shared_docs: &SharedParameterDocs) -> TokenStream {
    let doc = docs::attrs(&method_docs(operation, api, shared_docs));
    let name = snake(&operation.method_name);
    let parameters = ident(&operation.builder_name);
    let request_type = uses.name(Helper::RequestBuilder);
    let required: Vec<&Parameter> = operation.parameters.iter().filter(|parameter| parameter.required).collect();
    let arguments = required.iter().map(|parameter| argument(parameter));
    let body = operation.body.as_ref().filter(|body| body.required);
    let body_argument = body.map(|body| {
        let argument = snake(&body.rust_name);
        let ty = payload_argument_type(&body.payload);
        quote!(#argument: #ty)
    });
    let mut initializers: Vec<TokenStream> = operation.kept_parameters().map(initializer).collect();
    initializers.extend(operation.body.as_ref().map(|body| {
        let field = snake(&body.rust_name);
        match (body.required, converts(&body.payload)) {
            (false, _) => quote!(#field: None),
            (true, false) => quote!(#field),
            (true, true) => quote!(#field: #field.into()),
        }
    }));
    let value = if initializers.is_empty() { quote!(#parameters) } else { quote!(#parameters { #(#initializers),* }) };
    let make = match operation.path.fill {
        PathFill::AtCall => {
            let request_at = uses.name(Helper::RequestAt);
            let values = path_values(operation, &quote!(), uses);
            quote!(self.client.#request_at([#(#values),*], #value))
        }
        PathFill::WhenSent => {
            let request_for = uses.name(Helper::RequestFor);
            quote!(self.client.#request_for(#value))
        }
    };
    let deprecated = operation.deprecated.then(|| quote!(#[deprecated]));
    quote! {
        #doc
        #deprecated
        pub fn #name(&self, #(#arguments,)* #body_argument) -> crate::#request_type<'a, #parameters> {
            #make
        }
    }
}

/// Summary, description, `METHOD /path`, parameters, scopes, responses: always in this order.
fn method_docs(operation: &Operation, api: &Api, shared_docs: &SharedParameterDocs) -> Vec<String> {
    let mut paragraphs: Vec<String> =
        operation.summary.iter().chain(&operation.description).map(|text| docs::markdown(text)).collect();
    paragraphs.push(docs::code(&request_line(operation)));
    let own = operation.parameters.iter().map(|parameter| {
        let requirement = requirement(parameter.required, parameter.rust_name.as_str());
        parameter_line(parameter, &requirement, api)
    });
    let constants = operation.constants.iter().map(|constant| {
        let kind = location_name(constant.location.parameter_location());
        format!("- {kind} {}: always {}", docs::code(&constant.wire_name), docs::code(&constant.value))
    });
    let mut parameters: Vec<String> = own.chain(constants).chain(shared_docs.0.iter().cloned()).collect();
    if let Some(body) = &operation.body {
        let requirement = requirement(body.required, body.rust_name.as_str());
        let description =
            body.docs.description.as_deref().map(|text| format!(": {}", docs::sentence(text))).unwrap_or_default();
        let encoding = match body.payload {
            Payload::Encoded => format!(
                ", {} that the caller encodes: see [`EncodedBody`](crate::EncodedBody)",
                docs::code(&body.content_type)
            ),
            _ => String::new(),
        };
        parameters
            .push(format!("- `{}` (request body, {requirement}{encoding}){description}", body.rust_name.as_str()));
    }
    if !parameters.is_empty() {
        paragraphs.push(format!("# Parameters\n\n{}", parameters.join("\n")));
    }
    match &operation.auth {
        Auth::None | Auth::Bearer => {}
        Auth::Header(name) => {
            paragraphs.push(format!("The client sends its token in the {} header.", docs::code(name)))
        }
        Auth::Query(name) => {
            paragraphs.push(format!("The client sends its token in the {} query parameter.", docs::code(name)));
        }
        Auth::Cookie(name) => {
            paragraphs.push(format!("The client sends its token in the {} cookie.", docs::code(name)));
        }
        Auth::Basic => paragraphs.push(
            "The client authenticates with the user name and password given to \
             [`Client::with_basic_auth`](crate::Client::with_basic_auth) (HTTP Basic)."
                .to_owned(),
        ),
    }
    if operation.scopes.is_empty() {
        if operation.auth != Auth::None {
            paragraphs.push("# Scopes\n\nRequires an API token; the spec names no scopes.".to_owned());
        }
    } else {
        let scopes: Vec<String> = operation.scopes.iter().map(|scope| format!("- {}", docs::code(scope))).collect();
        paragraphs.push(format!(
            "# Scopes\n\nRequires an API token with at least one of these scopes:\n\n{}\n\nThe same list is [`{}::ACCEPTED_SCOPES`].",
            scopes.join("\n"),
            operation.builder_name
        ));
    }
    let responses: Vec<String> = operation.responses.iter().map(response_line).collect();
    if !responses.is_empty() {
        paragraphs.push(format!(
            "# Responses\n\n{}\n\nAny other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).",
            responses.join("\n")
        ));
    }
    paragraphs
}

/// `METHOD /path`, as the spec writes the path.
fn request_line(operation: &Operation) -> String {
    format!("{} {}", operation.http_method.as_str(), operation.path.text)
}

/// "required", or where to set an optional value: the request's setter of that name.
fn requirement(required: bool, rust_name: &str) -> String {
    if required {
        "required".to_owned()
    } else {
        format!("optional; set with {}", setter_link("crate::Request", rust_name))
    }
}

/// A link to the method `name` of the type at path `request`, shown as `Type::name`.
fn setter_link(request: &str, name: &str) -> String {
    let shown = request.rsplit("::").next().unwrap_or(request);
    format!("[`{shown}::{name}`]({request}::{name})")
}

fn parameter_line(parameter: &Parameter, requirement: &str, api: &Api) -> String {
    let kind = location_name(parameter.location);
    let mut text =
        format!("- `{}` ({kind} {}, {requirement})", parameter.rust_name.as_str(), docs::code(&parameter.wire_name));
    let description = parameter.docs.description.as_deref().map(docs::sentence);
    let constraints = docs::constraints(api.through_aliases(&parameter.ty).constraints());
    let details: Vec<String> = description.into_iter().chain(constraints).collect();
    if !details.is_empty() {
        text.push_str(": ");
        text.push_str(&details.join(" ").replace('\n', " "));
    }
    text
}

/// What a parameter at `location` is called in docs: "header parameter".
fn location_name(location: ParameterLocation) -> &'static str {
    match location {
        ParameterLocation::Path => "path parameter",
        ParameterLocation::Query => "query parameter",
        ParameterLocation::Header => "header parameter",
        ParameterLocation::Cookie => "cookie parameter",
        ParameterLocation::Part => "multipart field",
    }
}

fn response_line(case: &ResponseCase) -> String {
    let status = match case.status {
        Status::Default => "any other status (`default`)".to_owned(),
        status => docs::code(&status.key()),
    };
    let description = docs::sentence(&case.description).replace('\n', " ");
    let body = match &case.payload {
        Payload::Json(ty) => format!(" Body: {}.", type_link(ty)),
        Payload::Form(ty) => format!(" Body: {}, as a form.", type_link(ty)),
        Payload::Text => " Body: text.".to_owned(),
        Payload::Bytes | Payload::Encoded => " Body: bytes.".to_owned(),
        Payload::Empty => String::new(),
    };
    let outcome = match case.role {
        Role::Success => "",
        Role::Error => " Returned as [`Error::Api`](crate::Error::Api).",
        Role::Either => {
            " The operation documents no 2xx response, so a 2xx status is a success with this body; \
             any other is returned as [`Error::Api`](crate::Error::Api)."
        }
    };
    format!("- {status}: {description}{body}{outcome}")
}

/// A rustdoc link to a named type, or the type in code.
fn type_link(ty: &crate::ir::Ty) -> String {
    match &ty.kind {
        crate::ir::TyKind::Named(name) => format!("[`{name}`](crate::models::{name})"),
        _ => docs::code(&super::syntax::ty(ty).to_string().replace(' ', "")),
    }
}

/// The operation: the struct of its parameters (required ones set by the handle's method,
/// optional ones by its request's setters), the setters, and their `Operation` impl.
fn builder(operation: &Operation, group: &Group, api: &Api, validation: &Validation, uses: &Uses) -> TokenStream {
    let name = ident(&operation.builder_name);
    let summary =
        operation.summary.as_deref().map(|summary| format!(": {}", docs::markdown(summary))).unwrap_or_default();
    let doc = docs::attrs(&[
        format!("The operation {}{summary}", docs::code(&request_line(operation))),
        format!(
            "[`{}::{}`] makes a [`Request`](crate::Request) of it. Set optional parameters with the \
             request's methods, then `.await` it or call [`send`](crate::Request::send).",
            group.handle,
            operation.method_name.as_str()
        ),
    ]);
    let mut fields: Vec<TokenStream> = operation
        .kept_parameters()
        .map(|parameter| {
            let field = snake(&parameter.rust_name);
            let ty = qualified_ty(&parameter.ty);
            if parameter.required {
                quote!(#field: #ty)
            } else {
                let ty = option(&ty);
                quote!(#field: #ty)
            }
        })
        .collect();
    fields.extend(operation.body.as_ref().map(|body| {
        let field = snake(&body.rust_name);
        let ty = payload_type(&body.payload);
        let ty = if body.required { ty } else { option(&ty) };
        quote!(#field: #ty)
    }));
    // A struct the method fills wholly is a unit one, which only the crate may make, so that a
    // parameter the API adds later is a field added, not a breaking change.
    let (exhaustive, fields) =
        if fields.is_empty() { (Some(quote!(#[non_exhaustive])), quote!(;)) } else { (None, quote!({ #(#fields),* })) };
    let own_parameters = quote!(self.parameters);
    let setters: Vec<TokenStream> = operation
        .parameters
        .iter()
        .filter(|parameter| !parameter.required)
        .map(|parameter| setter(parameter, api, &own_parameters))
        .collect();
    let body_setter = operation.body.as_ref().filter(|body| !body.required).map(|body| {
        let field = snake(&body.rust_name);
        let ty = payload_argument_type(&body.payload);
        let value = if converts(&body.payload) { quote!(value.into()) } else { quote!(value) };
        let doc = docs::attrs(&docs::prose(&body.docs, || "The request body.".to_owned()));
        quote! {
            #doc
            pub fn #field(mut self, value: #ty) -> Self {
                self.parameters.#field = Some(#value);
                self
            }
        }
    });
    let status_enums = [(&operation.success, "successful"), (&operation.error, "documented error")]
        .into_iter()
        .filter_map(|(outcome, side)| match outcome {
            Outcome::ByStatus(by_status) => Some(status_enum(by_status, operation, side, uses)),
            Outcome::Single(_) => None,
        });
    let operation_impl = operation_impl(operation, validation, uses);
    let streams = operation.pagination.as_ref().map(|pagination| pagination::streams(operation, pagination, uses));
    let methods = (!setters.is_empty() || body_setter.is_some() || streams.is_some()).then(|| {
        let request = uses.name(Helper::RequestBuilder);
        quote! {
            impl<'a> crate::#request<'a, #name> {
                #(#setters)*
                #body_setter
                #streams
            }
        }
    });
    let scopes = &operation.scopes;
    let accepted_scopes = (!scopes.is_empty()).then(|| {
        quote! {
            impl #name {
                /// The token scopes this operation accepts; a token needs at least one of them.
                pub const ACCEPTED_SCOPES: &'static [&'static str] = &[#(#scopes),*];
            }
        }
    });
    quote! {
        #doc
        #[derive(Debug, Clone)]
        #exhaustive
        pub struct #name #fields

        #accepted_scopes

        #methods

        #operation_impl

        #(#status_enums)*
    }
}

/// The setter of a parameter, a field of `parameters`: an optional one, or a shared required one
/// whose value replaces the client's.
fn setter(parameter: &Parameter, api: &Api, parameters: &TokenStream) -> TokenStream {
    let paragraphs = docs::prose(&parameter.docs, || format!("The {} parameter.", docs::code(&parameter.wire_name)));
    assignment_method(parameter, &snake(&parameter.rust_name), paragraphs, api, parameters)
}

/// The client's setter of a parameter every operation takes: the value every request starts with.
fn client_setter(parameter: &Parameter, method: &Ident, api: &Api) -> TokenStream {
    let mut paragraphs = vec![format!(
        "The same client, giving every request `value` as the {} {}, unless the request sets its \
         own with {}.",
        location_name(parameter.location),
        docs::code(&parameter.wire_name),
        setter_link("crate::Request", parameter.rust_name.as_str())
    )];
    paragraphs.extend(parameter.docs.description.as_deref().map(docs::sentence));
    assignment_method(parameter, &snake(method), paragraphs, api, &quote!(self.shared))
}

/// `pub fn method(mut self, value) -> Self` that sets the parameter's field of `parameters`,
/// documented with `paragraphs` and the parameter's constraints.
fn assignment_method(
    parameter: &Parameter,
    method: &proc_macro2::Ident,
    mut paragraphs: Vec<String>,
    api: &Api,
    parameters: &TokenStream,
) -> TokenStream {
    let field = snake(&parameter.rust_name);
    paragraphs.extend(docs::constraints(api.through_aliases(&parameter.ty).constraints()));
    let doc = docs::attrs(&paragraphs);
    let ty = argument_type(parameter);
    let value = match parameter.argument {
        Argument::IntoString | Argument::IntoBytes => quote!(value.into()),
        Argument::AsStr => quote!(value.as_ref().to_owned()),
        Argument::Value => quote!(value),
    };
    let value = if parameter.required { value } else { quote!(Some(#value)) };
    quote! {
        #doc
        pub fn #method(mut self, value: #ty) -> Self {
            #parameters.#field = #value;
            self
        }
    }
}

/// The operation's parameters as the runtime's `Operation`: what the answers are and how they
/// are decoded, what does not vary between requests, and the `plan` that checks the parameters
/// and puts them on the request. The runtime's `Request` sends it through its one exchange
/// future, so no operation has a state machine of its own.
fn operation_impl(operation: &Operation, validation: &Validation, uses: &Uses) -> TokenStream {
    let body_checks = operation.body.as_ref().and_then(|body| {
        let ty = body.payload.model()?;
        let checks = validation.checks(&quote!(value), ty, &quote!(&root));
        Some(bind_if_set(&checks, &snake(&body.rust_name), body.required))
    });
    let mut checks = parameter_checks(&operation.parameters, validation, uses);
    checks.extend(body_checks.filter(|checks| !checks.is_empty()));
    let root = root_path(!checks.is_empty(), uses);

    let path = fill_path(operation, uses);
    let authorize = match &operation.auth {
        Auth::None => None,
        Auth::Bearer => Some(request_call(uses, Helper::AuthorizeBearer, quote!())),
        Auth::Header(name) => Some(request_call(uses, Helper::AuthorizeHeader, quote!(#name))),
        Auth::Query(name) => Some(request_call(uses, Helper::AuthorizeQuery, quote!(#name))),
        Auth::Cookie(name) => Some(request_call(uses, Helper::AuthorizeCookie, quote!(#name))),
        Auth::Basic => Some(request_call(uses, Helper::AuthorizeBasic, quote!())),
    };
    // Path parameters fill the path; the others go on the request or in the form.
    let mut placed: Vec<TokenStream> =
        operation.constants.iter().map(|constant| place_constant(constant, uses)).collect();
    let mut parts = Vec::new();
    for parameter in &operation.parameters {
        match parameter.encoding {
            Encoding::Path(_) => {}
            Encoding::Part(form) => parts.push(place_part(parameter, form, false, uses)),
            Encoding::PartList(form) => parts.push(place_part(parameter, form, true, uses)),
            _ => placed.push(place_parameter(parameter, uses)),
        }
    }
    let multipart = (!parts.is_empty()).then(|| {
        let multipart = uses.path(Helper::Multipart);
        let multipart_body = request_call(uses, Helper::MultipartBody, quote!(form));
        quote! {
            let mut form = #multipart::default();
            #(#parts)*
            #multipart_body
        }
    });
    let body = operation.body.as_ref().map(|body| place_body(body, uses));
    let (success_type, success_decoder) = const_decoding(&operation.success, uses);
    let (error_type, error_decoder) = const_decoding(&operation.error, uses);
    let decoders = decoders(operation, success_decoder, error_decoder, uses);
    let operation_trait = uses.path(Helper::Operation);
    let decoders_type = uses.path(Helper::Decoders);
    let description = description(operation, uses);
    let idempotency_key = operation.idempotency_key.as_deref().map(|header| {
        let mark = uses.name(Helper::IdempotencyKey);
        quote!(req.#mark(#header);)
    });
    let parameters = ident(&operation.builder_name);
    let checks = checks.into_iter().map(Step::Statement);
    let before = [authorize, idempotency_key].into_iter().flatten().chain(placed).chain(multipart);
    let steps: Vec<Step> = checks.chain(path).chain(before.map(Step::Statement)).chain(body).collect();
    // A request with nothing to put on it is left as the description and path made it, which
    // is the trait's own `plan`. The request is `req` because prettyplease keeps a short
    // receiver's call on one line: a long one makes every call that does not fit two lines longer.
    let plan = (!steps.is_empty()).then(|| {
        let request_type = uses.path(Helper::Request);
        let planned = uses.path(Helper::Planned);
        let plan = plan_body(steps);
        quote! {
            fn plan(self, req: &mut #request_type) -> #planned {
                #root
                #plan
            }
        }
    });
    quote! {
        impl #operation_trait for #parameters {
            type Output = #success_type;
            type Error = #error_type;
            const DESCRIPTION: &'static #description;
            const DECODE: #decoders_type<Self::Output, Self::Error> = #decoders;
            #plan
        }
    }
}

/// A statement of `plan`.
enum Step {
    /// A call that returns the plan's `Result`, without its `?`.
    Fallible(TokenStream),
    /// Any other statement, whole.
    Statement(TokenStream),
}

/// The steps in order, the last one the plan's value when it is a call that returns the plan's
/// `Result`, so that no `Ok(())` follows it.
fn plan_body(mut steps: Vec<Step>) -> TokenStream {
    let last = match steps.pop() {
        Some(Step::Fallible(call)) => call,
        Some(Step::Statement(statement)) => quote!(#statement Ok(())),
        None => quote!(Ok(())),
    };
    let statements = steps.into_iter().map(|step| match step {
        Step::Fallible(call) => quote!(#call?;),
        Step::Statement(statement) => statement,
    });
    quote!(#(#statements)* #last)
}

/// Puts the request body on `req`: a call that can fail when the body is serialized, or a
/// statement that places it only when it is set.
fn place_body(body: &RequestBody, uses: &Uses) -> Step {
    let field = snake(&body.rust_name);
    let (helper, by_reference) = match &body.payload {
        Payload::Json(_) => (Helper::JsonBody, true),
        Payload::Form(_) => (Helper::FormBody, true),
        Payload::Text => (Helper::TextBody, false),
        Payload::Bytes | Payload::Empty => (Helper::BytesBody, false),
        Payload::Encoded => return place_encoded_body(body.required, &field, uses),
    };
    let put = uses.name(helper);
    let content_type = &body.content_type;
    match (body.required, by_reference) {
        (true, true) => Step::Fallible(quote!(req.#put(&self.#field, #content_type))),
        (true, false) => Step::Statement(quote!(req.#put(self.#field, #content_type);)),
        (false, true) => Step::Statement(quote!(if let Some(body) = &self.#field { req.#put(body, #content_type)?; })),
        (false, false) => Step::Statement(quote!(if let Some(body) = self.#field { req.#put(body, #content_type); })),
    }
}

/// Puts a body the caller encoded on `req`, with the media type they gave; the crate exports
/// `EncodedBody` for it.
fn place_encoded_body(required: bool, field: &proc_macro2::Ident, uses: &Uses) -> Step {
    uses.name(Helper::EncodedBody);
    let put = uses.name(Helper::PutEncodedBody);
    if required {
        Step::Fallible(quote!(req.#put(self.#field)))
    } else {
        Step::Statement(quote!(if let Some(body) = self.#field { req.#put(body)?; }))
    }
}

/// How the operation's answers are read: `Decoders::JSON` when both sides are JSON, as most are.
fn decoders(
    operation: &Operation,
    success_decoder: TokenStream,
    error_decoder: TokenStream,
    uses: &Uses,
) -> TokenStream {
    let decoders = uses.path(Helper::Decoders);
    if decodes_json(&operation.success) && decodes_json(&operation.error) {
        let both_json = uses.name(Helper::JsonDecoders);
        quote!(#decoders::#both_json)
    } else {
        quote!(#decoders { output: #success_decoder, error: #error_decoder })
    }
}

/// The type and value of the operation's `Description`: what does not vary between requests.
/// A field the runtime's `Description::USUAL` has as the operation needs it is left to it.
fn description(operation: &Operation, uses: &Uses) -> TokenStream {
    let description = uses.path(Helper::Description);
    let id = &operation.id;
    let method = ident(operation.http_method.as_str());
    let template = operation.path.filled_in_order();
    let accept = match operation.accept.as_deref() {
        Some(USUAL_ACCEPT) => None,
        Some(accept) => Some(quote!(accept: Some(#accept),)),
        None => Some(quote!(accept: None,)),
    };
    let success = (status_codes(operation, Role::covers_success) != USUAL_SUCCESS).then(|| {
        let success = status_literals(operation, Role::covers_success);
        quote!(success: &[#(#success),*],)
    });
    let errors = status_literals(operation, Role::covers_error);
    let errors = (!errors.is_empty()).then(|| quote!(errors: &[#(#errors),*],));
    let usual = [&accept, &success, &errors].iter().any(|field| field.is_none()).then(|| {
        let usual = uses.name(Helper::UsualDescription);
        quote!(..#description::#usual)
    });
    quote! {
        #description = &#description {
            id: #id,
            method: ::reqwest::Method::#method,
            template: #template,
            #accept
            #success
            #errors
            #usual
        }
    }
}

/// The checks of the parameters that have constraints, each run when the parameter is set.
fn parameter_checks(parameters: &[Parameter], validation: &Validation, uses: &Uses) -> Vec<TokenStream> {
    let checks = parameters.iter().map(|parameter| {
        let field = snake(&parameter.rust_name);
        let wire = &parameter.wire_name;
        let with_field = Uses::tentative(Helper::WithField);
        let at = quote!(&root.#with_field(#wire));
        let checks = validation.checks(&quote!(value), &parameter.ty, &at);
        if !checks.is_empty() {
            uses.name(Helper::WithField);
        }
        bind_if_set(&checks, &field, parameter.required)
    });
    checks.filter(|checks| !checks.is_empty()).collect()
}

/// `let root = FieldPath::ROOT;`, where checks name the fields they check from it.
fn root_path(needed: bool, uses: &Uses) -> Option<TokenStream> {
    needed.then(|| {
        let field_path = uses.path(Helper::FieldPath);
        let root = uses.name(Helper::Root);
        quote!(let root = #field_path::#root;)
    })
}

/// The module of the parameters every operation takes, which every request carries: their
/// struct, `Client::new` that takes the required ones, the client's setters of the values every
/// request starts with, the setters every request has for them, and the placing of them on the
/// request, each written once. An API without such parameters has an empty struct.
pub fn shared_module(parameters: &[Parameter], api: &Api, validation: &Validation, uses: &Uses) -> TokenStream {
    let fields = parameters.iter().map(|parameter| {
        let field = snake(&parameter.rust_name);
        let ty = qualified_ty(&parameter.ty);
        let ty = if parameter.required { ty } else { option(&ty) };
        quote!(#field: #ty)
    });
    let derives = if parameters.iter().any(|parameter| parameter.required) {
        quote!(#[derive(Debug, Clone)])
    } else {
        quote!(#[derive(Debug, Clone, Default)])
    };
    let constructor = client_constructor(parameters, &api.token_argument(), uses);
    let client_setters = api.shared_client_setters().map(|(parameter, method)| client_setter(parameter, method, api));
    let setters: Vec<TokenStream> =
        parameters.iter().map(|parameter| setter(parameter, api, &quote!(self.shared))).collect();
    let setters = (!setters.is_empty()).then(|| {
        let request = uses.name(Helper::RequestBuilder);
        quote! {
            impl<P> crate::#request<'_, P> {
                #(#setters)*
            }
        }
    });
    let checks = parameter_checks(parameters, validation, uses);
    let root = root_path(!checks.is_empty(), uses);
    let placed: Vec<TokenStream> = parameters.iter().map(|parameter| place_parameter(parameter, uses)).collect();
    let request = if placed.is_empty() { quote!(_req) } else { quote!(req) };
    let request_type = uses.path(Helper::Request);
    let planned = uses.path(Helper::Planned);
    let doc = docs::attrs(&[if parameters.is_empty() {
        "The parameters every operation takes: none, for this API.".to_owned()
    } else {
        "The parameters every operation takes.".to_owned()
    }]);
    quote! {
        //! The parameters every operation of the API takes: every request starts with the client's
        //! values of them, and has the same setters for them.

        #doc
        #derives
        pub struct SharedParameters {
            #(#fields,)*
        }

        impl crate::Client {
            #constructor
            #(#client_setters)*
        }

        #setters

        impl SharedParameters {
            /// Checks the parameters that are set and puts them on the request.
            pub(crate) fn place(self, #request: &mut #request_type) -> #planned {
                #root
                #(#checks)*
                #(#placed)*
                Ok(())
            }
        }
    }
}

/// `Client::new`: the token, and a value for each parameter every operation requires, which
/// every request then sends unless it sets its own.
fn client_constructor(parameters: &[Parameter], token: &Ident, uses: &Uses) -> TokenStream {
    let required: Vec<&Parameter> = parameters.iter().filter(|parameter| parameter.required).collect();
    let arguments = required.iter().map(|parameter| argument(parameter));
    let shared = if required.is_empty() {
        quote!(SharedParameters::default())
    } else {
        let initializers = parameters.iter().map(initializer);
        quote!(SharedParameters { #(#initializers),* })
    };
    let token_name = token.as_str();
    let token = snake(token);
    let mut paragraphs = vec![format!(
        "A client for [`DEFAULT_BASE_URL`](crate::DEFAULT_BASE_URL) that authenticates with the API token \
         `{token_name}`, sent as `Authorization: Bearer <token>`, gives up on a request after \
         [`Client::DEFAULT_TIMEOUT`](crate::Client::DEFAULT_TIMEOUT), and retries as \
         [`RetryPolicy::DEFAULT`](crate::RetryPolicy::DEFAULT) says."
    )];
    if !required.is_empty() {
        let sent: Vec<String> = required
            .iter()
            .map(|parameter| {
                let name = parameter.rust_name.as_str();
                format!(
                    "- `{name}` as the {} {}, unless the request sets its own with {}",
                    location_name(parameter.location),
                    docs::code(&parameter.wire_name),
                    setter_link("crate::Request", name)
                )
            })
            .collect();
        paragraphs
            .push(format!("Every operation requires these parameters, so every request sends:\n\n{}", sent.join("\n")));
    }
    paragraphs
        .push("Fails when the token cannot be sent in an HTTP header, or the HTTP client cannot be built.".to_owned());
    let doc = docs::attrs(&paragraphs);
    let authenticated = uses.name(Helper::Authenticated);
    quote! {
        #doc
        pub fn new(#token: impl AsRef<str>, #(#arguments),*) -> Result<Self, crate::ConfigError> {
            Self::#authenticated(#token.as_ref(), #shared)
        }
    }
}

/// `name: Type`, the argument a required parameter is given as.
fn argument(parameter: &Parameter) -> TokenStream {
    let name = snake(&parameter.rust_name);
    let ty = argument_type(parameter);
    quote!(#name: #ty)
}

/// The field initializer of `parameter` in the struct the method or constructor taking its
/// required arguments builds: the argument, converted, or nothing yet.
fn initializer(parameter: &Parameter) -> TokenStream {
    let field = snake(&parameter.rust_name);
    match (parameter.required, parameter.argument) {
        (true, Argument::IntoString | Argument::IntoBytes) => quote!(#field: #field.into()),
        (true, Argument::AsStr) => quote!(#field: #field.as_ref().to_owned()),
        (true, Argument::Value) => quote!(#field),
        (false, _) => quote!(#field: None),
    }
}

/// `req.<helper>(arguments);`
fn request_call(uses: &Uses, helper: Helper, arguments: TokenStream) -> TokenStream {
    let method = uses.name(helper);
    quote!(req.#method(#arguments);)
}

/// Runs `statements` with `value` bound to a reference to the field's value, if it is set;
/// nothing when there are no statements.
fn bind_if_set(statements: &TokenStream, field: &proc_macro2::Ident, required: bool) -> TokenStream {
    match (statements.is_empty(), required) {
        (true, _) => TokenStream::new(),
        (false, true) => quote!({ let value = &self.#field; #statements }),
        (false, false) => quote!(if let Some(value) = &self.#field { #statements }),
    }
}

/// The statement that moves the value of `parameter` out of `self` into what `put` makes of
/// it, if it is set.
fn with_value(parameter: &Parameter, put: impl FnOnce(TokenStream) -> TokenStream) -> TokenStream {
    let field = snake(&parameter.rust_name);
    if parameter.required {
        put(quote!(self.#field))
    } else {
        let put = put(quote!(value));
        quote!(if let Some(value) = self.#field { #put })
    }
}

/// Fills the path template with the path parameters' values, each as one segment, as the
/// request is sent; nothing for a path without parameters, which the request starts with, or
/// one the method filled.
fn fill_path(operation: &Operation, uses: &Uses) -> Option<Step> {
    (operation.path.fill == PathFill::WhenSent && operation.path.has_parameters()).then(|| {
        let values = path_values(operation, &quote!(self.), uses);
        let fill = uses.name(Helper::FillPath);
        Step::Fallible(quote!(req.#fill([#(#values),*])))
    })
}

/// The path parameters' values in the template's order, each as what `fill_path` writes as its
/// text (`Display`), borrowed where it already displays as it goes on the wire: the fields of
/// `owner` (`self.`), or the method's arguments.
fn path_values(operation: &Operation, owner: &TokenStream, uses: &Uses) -> Vec<TokenStream> {
    let argument = |name: &Ident| {
        let parameter = operation.parameters.iter().find(|parameter| &parameter.rust_name == name);
        parameter.map_or(Argument::Value, |parameter| parameter.argument)
    };
    operation
        .path
        .segments
        .iter()
        .filter_map(|segment| match segment {
            PathSegment::Literal(_) => None,
            PathSegment::Parameter { field, wire_name, form } => {
                let name = snake(field);
                let value = quote!(#owner #name);
                Some(path_value(&value, *form, argument(field), wire_name, uses))
            }
        })
        .collect()
}

fn path_value(value: &TokenStream, form: TextForm, argument: Argument, wire: &str, uses: &Uses) -> TokenStream {
    match (form, argument) {
        (_, Argument::AsStr) => quote!(&#value.as_ref()),
        (TextForm::Str | TextForm::Display, _) => quote!(&#value),
        (TextForm::EnumValue, _) => quote!(&#value.as_str()),
        (TextForm::IntEnumValue, _) => quote!(&i64::from(#value)),
        (TextForm::Rfc3339, _) => quote!(&#value.to_rfc3339()),
        (TextForm::Json, _) => {
            let json_text = uses.path(Helper::JsonText);
            quote!(&#json_text(#wire, &#value)?)
        }
    }
}

/// An expression turning `value`, a place it may move out of, into the `String` sent on the wire.
fn text_of(value: &TokenStream, form: TextForm, wire: &str, uses: &Uses) -> TokenStream {
    match form {
        TextForm::Str => value.clone(),
        TextForm::Display => quote!(#value.to_string()),
        TextForm::EnumValue => quote!(#value.as_str().to_owned()),
        TextForm::IntEnumValue => quote!(i64::from(#value).to_string()),
        TextForm::Rfc3339 => quote!(#value.to_rfc3339()),
        TextForm::Json => {
            let json_text = uses.path(Helper::JsonText);
            quote!(#json_text(#wire, &#value)?)
        }
    }
}

/// Adds a query, header or cookie parameter to `req`, if it is set.
fn place_parameter(parameter: &Parameter, uses: &Uses) -> TokenStream {
    let wire = wire_name(parameter.location, &parameter.wire_name);
    let put = |value: TokenStream| match parameter.encoding {
        Encoding::QueryObject => {
            let add = uses.name(Helper::AddQueryObject);
            quote!(req.#add(#wire, &#value)?;)
        }
        Encoding::QueryList { item, explode } => {
            let add = uses.name(Helper::AddQueryList);
            match item {
                TextForm::Str => quote!(req.#add(#wire, #value.into_iter(), #explode);),
                // JSON text can fail, and `?` cannot leave the closure that maps the items.
                TextForm::Json => {
                    let json_text = uses.path(Helper::JsonText);
                    quote! {
                        let texts = #value
                            .iter()
                            .map(|item| #json_text(#wire, item))
                            .collect::<Result<Vec<_>, _>>()?;
                        req.#add(#wire, texts.into_iter(), #explode);
                    }
                }
                form => {
                    let text = text_of(&quote!(item), form, &wire, uses);
                    quote!(req.#add(#wire, #value.into_iter().map(|item| #text), #explode);)
                }
            }
        }
        Encoding::Header(form) => {
            let add = uses.name(Helper::AddHeader);
            let text = text_of(&value, form, &wire, uses);
            quote!(req.#add(#wire, #text)?;)
        }
        Encoding::Cookie(form) => {
            let add = uses.name(Helper::AddCookie);
            let text = text_of(&value, form, &wire, uses);
            quote!(req.#add(#wire, #text);)
        }
        Encoding::Query(form) => {
            let add = uses.name(Helper::AddQuery);
            let text = text_of(&value, form, &wire, uses);
            quote!(req.#add(#wire, #text);)
        }
        Encoding::Path(_) | Encoding::Part(_) | Encoding::PartList(_) => TokenStream::new(),
    };
    with_value(parameter, put)
}

/// Adds a parameter that always has the same value to `req`.
fn place_constant(constant: &Constant, uses: &Uses) -> TokenStream {
    let value = &constant.value;
    let wire = wire_name(constant.location.parameter_location(), &constant.wire_name);
    let (helper, fallible) = match constant.location {
        ConstantLocation::Header => (Helper::AddHeader, true),
        ConstantLocation::Cookie => (Helper::AddCookie, false),
        ConstantLocation::Query => (Helper::AddQuery, false),
    };
    let add = uses.name(helper);
    let call = quote!(req.#add(#wire, #value.to_owned()));
    if fallible { quote!(#call?;) } else { quote!(#call;) }
}

/// The name a parameter goes by on the request: a header's in lower case, which the runtime's
/// `HeaderName::from_static` requires.
fn wire_name(location: ParameterLocation, name: &str) -> String {
    match location {
        ParameterLocation::Header => name.to_ascii_lowercase(),
        _ => name.to_owned(),
    }
}

/// Adds a field of a multipart body to `form`, if it is set: a list as one part per item.
fn place_part(parameter: &Parameter, form: PartForm, list: bool, uses: &Uses) -> TokenStream {
    let wire = &parameter.wire_name;
    let add = |value: TokenStream| match form {
        PartForm::File => {
            let add = uses.name(Helper::FilePart);
            quote!(form.#add(#wire, #value);)
        }
        PartForm::Json => {
            let add = uses.name(Helper::JsonPart);
            quote!(form.#add(#wire, &#value)?;)
        }
        PartForm::Text(text_form) => {
            let add = uses.name(Helper::TextPart);
            let text = text_of(&value, text_form, wire, uses);
            quote!(form.#add(#wire, #text);)
        }
    };
    let put = |value: TokenStream| {
        if list {
            let add = add(quote!(item));
            quote!(for item in #value { #add })
        } else {
            add(value)
        }
    };
    with_value(parameter, put)
}

/// The statuses on one side of the responses, as the runtime's `Description` lists them.
fn status_literals(operation: &Operation, side: fn(Role) -> bool) -> Vec<Literal> {
    status_codes(operation, side).into_iter().map(Literal::u16_unsuffixed).collect()
}

/// The statuses of one side as `Description` lists them: a code, a class by its first digit, or
/// `0` for `default`.
fn status_codes(operation: &Operation, side: fn(Role) -> bool) -> Vec<u16> {
    let code = |case: &ResponseCase| match case.status {
        Status::Code(code) => code,
        Status::Class(class) => class,
        Status::Default => 0,
    };
    operation.responses.iter().filter(|case| side(case.role)).map(code).collect()
}

/// An enum of the bodies an operation's responses carry when their types differ by status, and
/// the decoder that picks the variant by status: exact codes first, then classes, then `default`.
fn status_enum(by_status: &StatusEnum, operation: &Operation, side: &str, uses: &Uses) -> TokenStream {
    let name = ident(&by_status.name);
    let request = docs::code(&request_line(operation));
    let doc = docs::attrs(&[format!("The body of a {side} response to {request}, by status.")]);
    let variants = by_status.variants.iter().map(|variant| {
        let name = ident(&variant.name);
        let doc =
            docs::attrs(&[format!("{}: {}", docs::code(&variant.status.key()), docs::sentence(&variant.description))]);
        match &variant.payload {
            Payload::Empty => quote!(#doc #name),
            payload => {
                let ty = payload_type(payload);
                quote!(#doc #name(#ty))
            }
        }
    });
    let mut ordered: Vec<&StatusVariant> = by_status.variants.iter().collect();
    ordered.sort_by_key(|variant| variant.status);
    let arms = ordered.iter().map(|variant| {
        let pattern = match variant.status {
            Status::Code(code) => Literal::u16_unsuffixed(code).into_token_stream(),
            Status::Class(class) => {
                let class = Literal::u16_unsuffixed(class);
                quote!(code if code / 100 == #class)
            }
            Status::Default => quote!(_),
        };
        let name = ident(&variant.name);
        let (_, decoder) = decoding(&variant.payload, uses);
        let wrap = match variant.payload {
            Payload::Empty => quote!(|()| Self::#name),
            _ => quote!(Self::#name),
        };
        quote!(#pattern => #decoder(status, bytes).map(#wrap),)
    });
    let undocumented = (!by_status.variants.iter().any(|variant| variant.status == Status::Default))
        .then(|| quote!(_ => Err(::std::format!("the API documents no body for status {status}")),));
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants,)*
        }

        impl #name {
            fn decode(
                status: ::reqwest::StatusCode,
                bytes: &[u8],
            ) -> Result<Self, String> {
                match status.as_u16() {
                    #(#arms)*
                    #undocumented
                }
            }
        }
    }
}

/// Whether one side of the answers is read by the runtime's generic `decode_json`.
fn decodes_json(outcome: &Outcome) -> bool {
    matches!(outcome, Outcome::Single(Payload::Json(_) | Payload::Form(_)))
}

/// [`outcome_decoding`] for the `Operation` impl's constants, whose type says what a generic
/// decoder decodes: `decode_json`, not `decode_json::<crate::models::Item>`.
fn const_decoding(outcome: &Outcome, uses: &Uses) -> (TokenStream, TokenStream) {
    if decodes_json(outcome) {
        let (ty, _) = outcome_decoding(outcome, uses);
        (ty, uses.path(Helper::DecodeJson))
    } else {
        outcome_decoding(outcome, uses)
    }
}

/// The body type of one side of the responses, and the function that decodes it.
pub(super) fn outcome_decoding(outcome: &Outcome, uses: &Uses) -> (TokenStream, TokenStream) {
    match outcome {
        Outcome::Single(payload) => decoding(payload, uses),
        Outcome::ByStatus(by_status) => {
            let name = ident(&by_status.name);
            (name.to_token_stream(), quote!(#name::decode))
        }
    }
}

fn decoding(payload: &Payload, uses: &Uses) -> (TokenStream, TokenStream) {
    let (ty, helper) = match payload {
        Payload::Empty => (quote!(()), Helper::DecodeEmpty),
        // Forms are request bodies only; lowering never gives one to a response.
        Payload::Json(ty) | Payload::Form(ty) => {
            let ty = qualified_ty(ty);
            let decode = uses.path(Helper::DecodeJson);
            return (ty.clone(), quote!(#decode::<#ty>));
        }
        Payload::Text => (quote!(String), Helper::DecodeText),
        Payload::Bytes | Payload::Encoded => (quote!(Vec<u8>), Helper::DecodeBytes),
    };
    (ty, uses.path(helper))
}

/// The Rust type of a body.
fn payload_type(payload: &Payload) -> TokenStream {
    match payload {
        Payload::Empty => quote!(()),
        Payload::Json(ty) | Payload::Form(ty) => qualified_ty(ty),
        Payload::Text => quote!(String),
        Payload::Bytes => quote!(Vec<u8>),
        Payload::Encoded => quote!(crate::EncodedBody),
    }
}

/// Whether a method or setter takes a body as anything that converts to it.
fn converts(payload: &Payload) -> bool {
    matches!(payload, Payload::Text | Payload::Bytes | Payload::Empty)
}

/// What a method or setter takes for a body: text and bytes as anything that converts.
fn payload_argument_type(payload: &Payload) -> TokenStream {
    match payload {
        Payload::Text => quote!(impl Into<String>),
        Payload::Bytes | Payload::Empty => quote!(impl Into<Vec<u8>>),
        Payload::Encoded => quote!(crate::EncodedBody),
        Payload::Json(ty) | Payload::Form(ty) => qualified_ty(ty),
    }
}

/// What a method or setter takes for a parameter.
fn argument_type(parameter: &Parameter) -> TokenStream {
    match parameter.argument {
        Argument::IntoString => quote!(impl Into<String>),
        Argument::AsStr => quote!(impl AsRef<str>),
        Argument::IntoBytes => quote!(impl Into<Vec<u8>>),
        Argument::Value => qualified_ty(&parameter.ty),
    }
}
