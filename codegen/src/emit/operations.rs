//! One module per group of operations: a handle on the client, a method per operation, and the
//! request builder each method returns.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, format_ident, quote};

use super::docs;
use super::syntax::{ident, qualified_ty};
use super::validation::Validation;
use crate::ir::{
    Api, Auth, Group, Operation, Outcome, Parameter, ParameterLocation, Payload, ResponseCase, Shape, Status,
    StatusEnum, StatusVariant, Ty, TyKind,
};

pub fn module(group: &Group, api: &Api, validation: &Validation) -> TokenStream {
    let mut module_docs = vec![format!("Operations on {}.", docs::code(&group.tag))];
    module_docs.extend(group.description.as_deref().map(docs::markdown));
    let module_docs = docs::inner_attrs(&module_docs);
    let handle = ident(&group.handle);
    let accessor = ident(&group.module);
    let accessor_docs = docs::attrs(&[format!("Operations on {}: see [`{}`].", docs::code(&group.tag), group.handle)]);
    let handle_docs = docs::attrs(&[format!(
        "The operations on {}, borrowed from a [`Client`](crate::Client) by [`Client::{}`](crate::Client::{}).",
        docs::code(&group.tag),
        group.module,
        group.module
    )]);
    let methods = group.operations.iter().map(|operation| method(operation, api));
    let builders = group.operations.iter().map(|operation| builder(operation, group, api, validation));
    quote! {
        #module_docs

        impl crate::Client {
            #accessor_docs
            pub fn #accessor(&self) -> #handle<'_> {
                #handle { client: self }
            }
        }

        #handle_docs
        #[derive(Debug, Clone, Copy)]
        pub struct #handle<'a> {
            client: &'a crate::Client,
        }

        impl<'a> #handle<'a> {
            #(#methods)*
        }

        #(#builders)*
    }
}

/// The handle's method: required parameters as arguments, returning the request builder.
fn method(operation: &Operation, api: &Api) -> TokenStream {
    let doc = docs::attrs(&method_docs(operation, api));
    let name = ident(&operation.method_name);
    let builder = ident(&operation.builder_name);
    let required: Vec<&Parameter> = operation.parameters.iter().filter(|parameter| parameter.required).collect();
    let arguments = required.iter().map(|parameter| {
        let argument = ident(&parameter.rust_name);
        let ty = argument_type(&parameter.ty, api);
        quote!(#argument: #ty)
    });
    let body = operation.body.as_ref().filter(|body| body.required);
    let body_argument = body.map(|body| {
        let argument = ident(&body.rust_name);
        let ty = payload_argument_type(&body.payload);
        quote!(#argument: #ty)
    });
    let initializers = operation.parameters.iter().map(|parameter| {
        let field = ident(&parameter.rust_name);
        match (parameter.required, converts_into(&parameter.ty, api)) {
            (true, true) => quote!(#field: #field.into()),
            (true, false) => quote!(#field),
            (false, _) => quote!(#field: None),
        }
    });
    let body_initializer = operation.body.as_ref().map(|body| match (body.required, &body.payload) {
        (false, _) => {
            let field = ident(&body.rust_name);
            quote!(#field: None)
        }
        (true, Payload::Json(_) | Payload::Form(_)) => ident(&body.rust_name).into_token_stream(),
        (true, _) => {
            let field = ident(&body.rust_name);
            quote!(#field: #field.into())
        }
    });
    let deprecated = operation.deprecated.then(|| quote!(#[deprecated]));
    quote! {
        #doc
        #deprecated
        pub fn #name(&self, #(#arguments,)* #body_argument) -> #builder<'a> {
            #builder {
                client: self.client,
                #(#initializers,)*
                #body_initializer
            }
        }
    }
}

/// Summary, description, `METHOD /path`, parameters, scopes, responses: always in this order.
fn method_docs(operation: &Operation, api: &Api) -> Vec<String> {
    let mut paragraphs: Vec<String> =
        operation.summary.iter().chain(&operation.description).map(|text| docs::markdown(text)).collect();
    paragraphs.push(docs::code(&format!("{} {}", operation.http_method, operation.path)));
    let mut parameters: Vec<String> =
        operation.parameters.iter().map(|parameter| parameter_line(parameter, operation, api)).collect();
    if let Some(body) = &operation.body {
        let requirement = requirement(body.required, &body.rust_name, operation);
        let description =
            body.docs.description.as_deref().map(|text| format!(": {}", docs::sentence(text))).unwrap_or_default();
        parameters.push(format!(
            "- `{}` (request body, {requirement}){description}",
            body.rust_name.trim_start_matches("r#")
        ));
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

/// "required", or where to set an optional value.
fn requirement(required: bool, rust_name: &str, operation: &Operation) -> String {
    if required {
        "required".to_owned()
    } else {
        format!("optional; set with [`{}::{}`]", operation.builder_name, rust_name.trim_start_matches("r#"))
    }
}

fn parameter_line(parameter: &Parameter, operation: &Operation, api: &Api) -> String {
    let kind = match parameter.location {
        ParameterLocation::Path => "path parameter",
        ParameterLocation::Query => "query parameter",
        ParameterLocation::Header => "header parameter",
        ParameterLocation::Cookie => "cookie parameter",
        ParameterLocation::Part => "multipart field",
    };
    let requirement = requirement(parameter.required, &parameter.rust_name, operation);
    let mut text = format!(
        "- `{}` ({kind} {}, {requirement})",
        parameter.rust_name.trim_start_matches("r#"),
        docs::code(&parameter.wire_name)
    );
    let description = parameter.docs.description.as_deref().map(docs::sentence);
    let constraints = docs::constraints(api.through_aliases(&parameter.ty).constraints());
    let details: Vec<String> = description.into_iter().chain(constraints).collect();
    if !details.is_empty() {
        text.push_str(": ");
        text.push_str(&details.join(" ").replace('\n', " "));
    }
    text
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
        Payload::Bytes => " Body: bytes.".to_owned(),
        Payload::Empty => String::new(),
    };
    let outcome = if case.status.is_success() {
        String::new()
    } else {
        " Returned as [`Error::Api`](crate::Error::Api).".to_owned()
    };
    format!("- {status}: {description}{body}{outcome}")
}

/// A rustdoc link to a named type, or the type in code.
fn type_link(ty: &Ty) -> String {
    match &ty.kind {
        TyKind::Named(name) => format!("[`{name}`](crate::models::{name})"),
        _ => docs::code(&qualified_ty(ty).to_string().replace(' ', "")),
    }
}

/// The request builder: required values set by the method, optional ones by setters.
fn builder(operation: &Operation, group: &Group, api: &Api, validation: &Validation) -> TokenStream {
    let name = ident(&operation.builder_name);
    let summary =
        operation.summary.as_deref().map(|summary| format!(": {}", docs::markdown(summary))).unwrap_or_default();
    let doc = docs::attrs(&[
        format!("A request to {}{summary}", docs::code(&format!("{} {}", operation.http_method, operation.path))),
        format!(
            "Made by [`{}::{}`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).",
            group.handle,
            operation.method_name.trim_start_matches("r#")
        ),
    ]);
    let fields = operation.parameters.iter().map(|parameter| {
        let field = ident(&parameter.rust_name);
        let ty = qualified_ty(&parameter.ty);
        if parameter.required { quote!(#field: #ty) } else { quote!(#field: Option<#ty>) }
    });
    let body_field = operation.body.as_ref().map(|body| {
        let field = ident(&body.rust_name);
        let ty = payload_type(&body.payload);
        if body.required { quote!(#field: #ty,) } else { quote!(#field: Option<#ty>,) }
    });
    let setters =
        operation.parameters.iter().filter(|parameter| !parameter.required).map(|parameter| setter(parameter, api));
    let body_setter = operation.body.as_ref().filter(|body| !body.required).map(|body| {
        let field = ident(&body.rust_name);
        let ty = payload_argument_type(&body.payload);
        let value = if body.payload.model().is_some() { quote!(value) } else { quote!(value.into()) };
        let doc = docs::attrs(&docs::prose(&body.docs, || "The request body.".to_owned()));
        quote! {
            #doc
            pub fn #field(mut self, value: #ty) -> Self {
                self.#field = Some(#value);
                self
            }
        }
    });
    let scopes = &operation.scopes;
    let (output, send_body) = send(operation, api, validation);
    let status_enums = [(&operation.success, "successful"), (&operation.error, "documented error")]
        .into_iter()
        .filter_map(|(outcome, side)| match outcome {
            Outcome::ByStatus(by_status) => Some(status_enum(by_status, operation, side)),
            Outcome::Single(_) => None,
        });
    quote! {
        #doc
        #[derive(Debug, Clone)]
        #[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
        pub struct #name<'a> {
            client: &'a crate::Client,
            #(#fields,)*
            #body_field
        }

        impl<'a> #name<'a> {
            /// The token scopes this operation accepts; a token needs at least one of them.
            pub const ACCEPTED_SCOPES: &'static [&'static str] = &[#(#scopes),*];

            #(#setters)*
            #body_setter

            /// Checks the request against the API description, sends it, and decodes the response.
            pub async fn send(self) -> #output {
                #send_body
            }
        }

        impl<'a> std::future::IntoFuture for #name<'a> {
            type Output = #output;
            type IntoFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Self::Output> + Send + 'a>>;

            fn into_future(self) -> Self::IntoFuture {
                Box::pin(self.send())
            }
        }

        #(#status_enums)*
    }
}

fn setter(parameter: &Parameter, api: &Api) -> TokenStream {
    let field = ident(&parameter.rust_name);
    let mut paragraphs =
        docs::prose(&parameter.docs, || format!("The {} parameter.", docs::code(&parameter.wire_name)));
    paragraphs.extend(docs::constraints(api.through_aliases(&parameter.ty).constraints()));
    let doc = docs::attrs(&paragraphs);
    let ty = argument_type(&parameter.ty, api);
    let value = if converts_into(&parameter.ty, api) { quote!(value.into()) } else { quote!(value) };
    quote! {
        #doc
        pub fn #field(mut self, value: #ty) -> Self {
            self.#field = Some(#value);
            self
        }
    }
}

/// The statements of `send`: validate, build the request, send it, decode the answer.
fn send(operation: &Operation, api: &Api, validation: &Validation) -> (TokenStream, TokenStream) {
    let checks = operation.parameters.iter().map(|parameter| {
        let field = ident(&parameter.rust_name);
        let wire = &parameter.wire_name;
        let at = quote!(&root.with_field(#wire));
        let checks = validation.checks(&quote!(value), &parameter.ty, &at);
        match (checks.is_empty(), parameter.required) {
            (true, _) => checks,
            (false, true) => quote!({ let value = &self.#field; #checks }),
            (false, false) => quote!(if let Some(value) = &self.#field { #checks }),
        }
    });
    let body_checks = operation.body.as_ref().and_then(|body| {
        let ty = body.payload.model()?;
        let field = ident(&body.rust_name);
        let checks = validation.checks(&quote!(value), ty, &quote!(&root));
        Some(match (checks.is_empty(), body.required) {
            (true, _) => checks,
            (false, true) => quote!({ let value = &self.#field; #checks }),
            (false, false) => quote!(if let Some(value) = &self.#field { #checks }),
        })
    });
    let checks: Vec<TokenStream> = checks.chain(body_checks).filter(|checks| !checks.is_empty()).collect();
    let root = (!checks.is_empty()).then(|| quote!(let root = crate::runtime::FieldPath::ROOT;));

    let path = path_expression(operation, api);
    let method = format_ident!("{}", operation.http_method);
    let authorize = match &operation.auth {
        Auth::None => None,
        Auth::Bearer => Some(quote!(request.authorize_bearer();)),
        Auth::Header(name) => Some(quote!(request.authorize_header(#name);)),
        Auth::Query(name) => Some(quote!(request.authorize_query(#name);)),
        Auth::Cookie(name) => Some(quote!(request.authorize_cookie(#name);)),
        Auth::Basic => Some(quote!(request.authorize_basic();)),
    };
    let placed: Vec<TokenStream> = operation
        .parameters
        .iter()
        .filter(|parameter| !matches!(parameter.location, ParameterLocation::Path | ParameterLocation::Part))
        .map(|parameter| place_parameter(parameter, api))
        .collect();
    let parts: Vec<TokenStream> = operation
        .parameters
        .iter()
        .filter(|parameter| parameter.location == ParameterLocation::Part)
        .map(|parameter| place_part(parameter, api))
        .collect();
    let multipart = (!parts.is_empty()).then(|| {
        quote! {
            let mut form = crate::runtime::Multipart::default();
            #(#parts)*
            request.multipart_body(form);
        }
    });
    let request_binding = if placed.is_empty() && multipart.is_none() && operation.body.is_none() && authorize.is_none()
    {
        quote!(let request)
    } else {
        quote!(let mut request)
    };
    let body = operation.body.as_ref().map(|body| {
        let field = ident(&body.rust_name);
        match (&body.payload, body.required) {
            (Payload::Json(_), true) => quote!(request.json_body(&self.#field)?;),
            (Payload::Form(_), true) => quote!(request.form_body(&self.#field)?;),
            (Payload::Form(_), false) => quote!(if let Some(body) = &self.#field { request.form_body(body)?; }),
            (Payload::Json(_), false) => quote!(if let Some(body) = &self.#field { request.json_body(body)?; }),
            (Payload::Text, true) => quote!(request.text_body(self.#field);),
            (Payload::Text, false) => quote!(if let Some(body) = self.#field { request.text_body(body); }),
            (_, true) => quote!(request.bytes_body(self.#field);),
            (_, false) => quote!(if let Some(body) = self.#field { request.bytes_body(body); }),
        }
    });
    let success: Vec<TokenStream> = status_literals(operation, true);
    let errors: Vec<TokenStream> = status_literals(operation, false);
    let (success_type, success_decoder) = outcome_decoding(&operation.success);
    let (error_type, error_decoder) = outcome_decoding(&operation.error);
    let output = quote!(Result<crate::Response<#success_type>, crate::Error<#error_type>>);
    let body = quote! {
        #root
        #(#checks)*
        let path = #path;
        #request_binding = crate::runtime::Request::new(reqwest::Method::#method, path);
        #authorize
        #(#placed)*
        #multipart
        #body
        let expected = crate::runtime::Expected { success: &[#(#success),*], errors: &[#(#errors),*] };
        self.client.send(request, &expected, #success_decoder, #error_decoder).await
    };
    (output, body)
}

/// The request path with each parameter encoded as one segment.
fn path_expression(operation: &Operation, api: &Api) -> TokenStream {
    let mut pieces = Vec::new();
    let mut rest = operation.path.as_str();
    while let Some(start) = rest.find('{') {
        let Some(length) = rest[start..].find('}') else { break };
        let name = &rest[start + 1..start + length];
        let literal = &rest[..start];
        if !literal.is_empty() {
            pieces.push(quote!(#literal));
        }
        if let Some(parameter) =
            operation.parameters.iter().find(|p| p.location == ParameterLocation::Path && p.wire_name == name)
        {
            let field = ident(&parameter.rust_name);
            let wire = &parameter.wire_name;
            let text = if is_string(&parameter.ty, api) {
                quote!(&self.#field)
            } else {
                let text = text_of(&quote!(&self.#field), &parameter.ty, api);
                quote!(&#text)
            };
            pieces.push(quote!(&crate::runtime::path_segment(#wire, #text)?));
        }
        rest = &rest[start + length + 1..];
    }
    if !rest.is_empty() {
        pieces.push(quote!(#rest));
    }
    match pieces.as_slice() {
        [] => quote!(String::new()),
        [single] => quote!(String::from(#single)),
        _ => quote!([#(#pieces),*].concat()),
    }
}

/// Adds a query, header or cookie parameter to `request`, if it is set.
fn place_parameter(parameter: &Parameter, api: &Api) -> TokenStream {
    let wire = match parameter.location {
        ParameterLocation::Header => parameter.wire_name.to_ascii_lowercase(),
        _ => parameter.wire_name.clone(),
    };
    let value = quote!(value);
    let put = match (&api.through_aliases(&parameter.ty).kind, parameter.location) {
        (_, ParameterLocation::Query) if parameter.deep_object => quote!(request.add_query_object(#wire, #value)?;),
        (TyKind::Array(item), ParameterLocation::Query) => {
            let explode = parameter.explode;
            let texts = if is_string(item, api) {
                quote!(#value.iter().cloned())
            } else {
                let text = text_of(&quote!(item), item, api);
                quote!(#value.iter().map(|item| #text))
            };
            quote!(request.add_query_list(#wire, #texts, #explode);)
        }
        (_, location) => {
            let text = text_of(&value, &parameter.ty, api);
            match location {
                ParameterLocation::Header => quote!(request.add_header(#wire, #text)?;),
                ParameterLocation::Cookie => quote!(request.add_cookie(#wire, #text);),
                _ => quote!(request.add_query(#wire, #text);),
            }
        }
    };
    with_value(parameter, &put)
}

/// Adds a field of a multipart body to `form`, if it is set: files as they are, scalars as text,
/// anything else as JSON, and a list as one part per item.
fn place_part(parameter: &Parameter, api: &Api) -> TokenStream {
    let wire = &parameter.wire_name;
    let add = |ty: &Ty| match &api.through_aliases(ty).kind {
        TyKind::Bytes => quote!(form.file_part(#wire, value);),
        TyKind::Named(name)
            if !matches!(api.types.get(name).map(|def| &def.shape), Some(Shape::Enum(_) | Shape::IntEnum(_))) =>
        {
            quote!(form.json_part(#wire, value)?;)
        }
        TyKind::Array(_) | TyKind::Map(_) | TyKind::Json => quote!(form.json_part(#wire, value)?;),
        _ => {
            let text = text_of(&quote!(value), ty, api);
            quote!(form.text_part(#wire, #text);)
        }
    };
    let put = match &api.through_aliases(&parameter.ty).kind {
        TyKind::Array(item) => {
            let add = add(item);
            quote!(for value in value { #add })
        }
        _ => add(&parameter.ty),
    };
    with_value(parameter, &put)
}

/// Runs `put` with `value` bound to a reference to the parameter's value, if it is set.
fn with_value(parameter: &Parameter, put: &TokenStream) -> TokenStream {
    let field = ident(&parameter.rust_name);
    if parameter.required {
        quote!({ let value = &self.#field; #put })
    } else {
        quote!(if let Some(value) = &self.#field { #put })
    }
}

/// An expression turning `value` (a `&T`) into the text sent on the wire.
fn text_of(value: &TokenStream, ty: &Ty, api: &Api) -> TokenStream {
    match &api.through_aliases(ty).kind {
        TyKind::String => quote!(#value.clone()),
        TyKind::DateTime => quote!(#value.to_rfc3339()),
        TyKind::Named(name) if matches!(api.types.get(name).map(|def| &def.shape), Some(Shape::Enum(_))) => {
            quote!(#value.as_str().to_owned())
        }
        TyKind::Named(name) if matches!(api.types.get(name).map(|def| &def.shape), Some(Shape::IntEnum(_))) => {
            quote!(i64::from(*#value).to_string())
        }
        TyKind::Bool | TyKind::Integer(_) | TyKind::Float(_) | TyKind::Date | TyKind::Json => {
            quote!(#value.to_string())
        }
        // Objects and lists outside the query have no single text form in OpenAPI 3.0's
        // default styles; JSON is what servers most often accept.
        _ => quote!(serde_json::to_string(#value).unwrap_or_default()),
    }
}

fn status_literals(operation: &Operation, success: bool) -> Vec<TokenStream> {
    operation
        .responses
        .iter()
        .filter(|case| case.status.is_success() == success)
        .map(|case| {
            let value = match case.status {
                Status::Code(code) => code,
                Status::Class(class) => class,
                Status::Default => 0,
            };
            let literal = Literal::u16_unsuffixed(value);
            quote!(#literal)
        })
        .collect()
}

/// An enum of the bodies an operation's responses carry when their types differ by status, and
/// the decoder that picks the variant by status: exact codes first, then classes, then `default`.
fn status_enum(by_status: &StatusEnum, operation: &Operation, side: &str) -> TokenStream {
    let name = ident(&by_status.name);
    let request = docs::code(&format!("{} {}", operation.http_method, operation.path));
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
        let (_, decoder) = decoding(&variant.payload);
        let wrap = match variant.payload {
            Payload::Empty => quote!(|()| Self::#name),
            _ => quote!(Self::#name),
        };
        quote!(#pattern => #decoder(status, bytes).map(#wrap),)
    });
    let undocumented = (!by_status.variants.iter().any(|variant| variant.status == Status::Default))
        .then(|| quote!(_ => Err(format!("the API documents no body for status {status}")),));
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants,)*
        }

        impl #name {
            fn decode(status: reqwest::StatusCode, bytes: &[u8]) -> Result<Self, String> {
                match status.as_u16() {
                    #(#arms)*
                    #undocumented
                }
            }
        }
    }
}

/// The body type of one side of the responses, and the function that decodes it.
fn outcome_decoding(outcome: &Outcome) -> (TokenStream, TokenStream) {
    match outcome {
        Outcome::Single(payload) => decoding(payload),
        Outcome::ByStatus(by_status) => {
            let name = ident(&by_status.name);
            (name.to_token_stream(), quote!(#name::decode))
        }
    }
}

fn decoding(payload: &Payload) -> (TokenStream, TokenStream) {
    match payload {
        Payload::Empty => (quote!(()), quote!(crate::runtime::decode_empty)),
        // Forms are request bodies only; lowering never gives one to a response.
        Payload::Json(ty) | Payload::Form(ty) => {
            let ty = qualified_ty(ty);
            (ty.clone(), quote!(crate::runtime::decode_json::<#ty>))
        }
        Payload::Text => (quote!(String), quote!(crate::runtime::decode_text)),
        Payload::Bytes => (quote!(Vec<u8>), quote!(crate::runtime::decode_bytes)),
    }
}

fn payload_type(payload: &Payload) -> TokenStream {
    decoding(payload).0
}

/// What a method or setter takes for a body: text and bytes as anything that converts.
fn payload_argument_type(payload: &Payload) -> TokenStream {
    match payload {
        Payload::Text => quote!(impl Into<String>),
        Payload::Bytes | Payload::Empty => quote!(impl Into<Vec<u8>>),
        Payload::Json(ty) | Payload::Form(ty) => qualified_ty(ty),
    }
}

fn is_string(ty: &Ty, api: &Api) -> bool {
    api.through_aliases(ty).kind == TyKind::String
}

/// Whether values of `ty` are taken as anything that converts into them: strings and bytes.
fn converts_into(ty: &Ty, api: &Api) -> bool {
    matches!(api.through_aliases(ty).kind, TyKind::String | TyKind::Bytes)
}

/// What a method or setter takes for a value of `ty`: strings and bytes as anything that converts.
fn argument_type(ty: &Ty, api: &Api) -> TokenStream {
    match api.through_aliases(ty).kind {
        TyKind::String => quote!(impl Into<String>),
        TyKind::Bytes => quote!(impl Into<Vec<u8>>),
        _ => qualified_ty(ty),
    }
}
