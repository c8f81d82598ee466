//! Example code for the generated crate's README and `examples/`, built from a showcase of the
//! API: a read, an optional parameter, an update of the same resource, and a documented 404.

use heck::ToShoutySnakeCase;
use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};
use serde_json::Value;

use super::syntax::{ident, snake};
use crate::ir::{
    Api, Group, HttpMethod, Ident, IntWidth, Operation, Outcome, Parameter, ParameterLocation, Shape, Status, TyKind,
};
use crate::naming::Scope;

/// The operations the examples show.
pub struct Showcase<'a> {
    pub group: &'a Group,
    pub read: &'a Operation,
    /// Required arguments of `read`, as (parameter name, value) in order.
    arguments: Vec<(Ident, TokenStream)>,
    /// `Client::new`'s arguments after the token: a value for each parameter every operation
    /// requires, as (parameter name, value).
    client_arguments: Vec<(Ident, TokenStream)>,
    /// An optional query parameter of `read` worth showing, and its example value.
    option: Option<(Ident, TokenStream)>,
    update: Option<Update<'a>>,
}

struct Update<'a> {
    operation: &'a Operation,
    body_type: String,
    /// A string field of the body to set.
    field: Ident,
}

impl<'a> Showcase<'a> {
    /// The first GET whose required values are all simple, preferring one whose resource can
    /// also be updated; `None` when the API has no such operation.
    pub fn find(api: &'a Api) -> Option<Self> {
        let client_arguments = required_arguments(api.shared_parameters(), api)?;
        let candidates: Vec<Self> = api
            .operations()
            // The README example matches on the body, which an enum of bodies by status is not; a
            // deprecated operation would make the example warn; and it sends no body.
            .filter(|(_, operation)| {
                operation.http_method == HttpMethod::Get
                    && !operation.deprecated
                    && operation.body.as_ref().is_none_or(|body| !body.required)
                    && matches!(operation.success, Outcome::Single(_))
            })
            .filter_map(|(group, read)| {
                let arguments = required_arguments(&read.parameters, api)?;
                let option = read
                    .parameters
                    .iter()
                    .filter(|parameter| !parameter.required && parameter.location == ParameterLocation::Query)
                    .find_map(|parameter| match (&parameter.example, &api.through_aliases(&parameter.ty).kind) {
                        (Some(Value::String(example)), TyKind::String) => {
                            Some((parameter.rust_name.clone(), quote!(#example)))
                        }
                        _ => None,
                    });
                let update = group.operations.iter().find_map(|operation| Update::of(operation, read, api));
                Some(Self { group, read, arguments, client_arguments: client_arguments.clone(), option, update })
            })
            .collect();
        let best = candidates.iter().position(|showcase| showcase.update.is_some()).unwrap_or(0);
        candidates.into_iter().nth(best)
    }

    fn handle(&self) -> TokenStream {
        let accessor = snake(&self.group.accessor);
        quote!(client.#accessor())
    }

    fn read_call(&self, arguments: &[TokenStream]) -> TokenStream {
        let handle = self.handle();
        let method = snake(&self.read.method_name);
        let option = self.option.as_ref().map(|(setter, value)| {
            let setter = snake(setter);
            quote!(.#setter(#value))
        });
        quote!(#handle.#method(#(#arguments),*) #option)
    }

    fn documents_not_found(&self) -> bool {
        self.read.responses.iter().any(|case| case.status == Status::Code(404))
    }

    /// The `use` path of the crate, e.g. `losant_instance_org`.
    fn crate_path(crate_name: &str) -> TokenStream {
        ident(&crate_name.replace('-', "_")).into_token_stream()
    }

    /// A complete program that reads, updates and handles a 404, for the README.
    pub fn usage(&self, crate_name: &str) -> TokenStream {
        let crate_path = Self::crate_path(crate_name);
        let literals: Vec<TokenStream> = self.arguments.iter().map(|(_, value)| value.clone()).collect();
        let client_literals = self.client_arguments.iter().map(|(_, value)| value);
        let read = self.read_call(&literals);
        let fetched = if self.documents_not_found() {
            quote! {
                let found = match #read.await {
                    Ok(response) => response.into_body(),
                    Err(Error::Api { status, body, .. }) if status.as_u16() == 404 => {
                        println!("not found: {body:?}");
                        return Ok(());
                    }
                    Err(error) => return Err(error.into()),
                };
            }
        } else {
            quote!(let found = #read.await?.into_body();)
        };
        let update = self.update.as_ref().map(|update| update.call(&self.handle(), &literals, &crate_path));
        let error_import = self.documents_not_found().then(|| quote!(, Error));
        quote! {
            use #crate_path::{Client #error_import};

            #[tokio::main(flavor = "current_thread")]
            async fn main() -> Result<(), Box<dyn std::error::Error>> {
                let client = Client::new("your-api-token", #(#client_literals),*)?;
                #fetched
                println!("{found:#?}");
                #update
                Ok(())
            }
        }
    }

    /// A program that reads the showcase's resource with values from the environment and prints it.
    pub fn program(&self, crate_name: &str, api: &Api) -> TokenStream {
        let crate_path = Self::crate_path(crate_name);
        // The program's own names, which the parameters' variables must not shadow.
        let mut locals = Scope::with_taken(["token", "required", "client", "response", "base_url", "run", "main"]);
        let mut variables = Scope::with_taken(["API_TOKEN", "API_BASE_URL"]);
        // The client's arguments first, then the method's.
        let arguments: Vec<(Ident, String, &Ident)> = self
            .client_arguments
            .iter()
            .chain(&self.arguments)
            .map(|(name, _)| {
                let binding = locals.claim_ident_or(name.clone(), "value");
                let variable = variables.claim(name.as_str().to_shouty_snake_case());
                (binding, variable, name)
            })
            .collect();
        let bindings = arguments.iter().map(|(binding, variable, name)| {
            let parameter = self
                .read
                .parameters
                .iter()
                .chain(api.shared_parameters())
                .find(|parameter| &parameter.rust_name == *name);
            let parse = parameter
                .filter(|parameter| api.through_aliases(&parameter.ty).kind != TyKind::String)
                .map(|_| quote!(.parse().map_err(|_| format!("{} is not a valid value", #variable))?));
            let binding = snake(binding);
            quote!(let #binding = required(#variable)? #parse;)
        });
        let mut argument_names = arguments.iter().map(|(binding, ..)| snake(binding));
        let client_argument_names: Vec<_> = argument_names.by_ref().take(self.client_arguments.len()).collect();
        let handle = self.handle();
        let method = snake(&self.read.method_name);
        let doc = super::docs::inner_attrs(&[
            format!("Fetches one resource with `{}` and prints it.", self.read.method_name.as_str()),
            format!(
                "Reads {} and, optionally, `API_BASE_URL` from the environment.",
                ["API_TOKEN"]
                    .into_iter()
                    .chain(arguments.iter().map(|(_, variable, _)| variable.as_str()))
                    .map(|variable| format!("`{variable}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ]);
        quote! {
            #doc

            use std::process::ExitCode;

            use #crate_path::Client;

            #[tokio::main(flavor = "current_thread")]
            async fn main() -> ExitCode {
                match run().await {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(message) => {
                        eprintln!("error: {message}");
                        ExitCode::FAILURE
                    }
                }
            }

            async fn run() -> Result<(), String> {
                let token = required("API_TOKEN")?;
                #(#bindings)*
                let mut client = Client::new(token, #(#client_argument_names),*).map_err(|error| error.to_string())?;
                if let Ok(base_url) = std::env::var("API_BASE_URL") {
                    client = client.with_base_url(&base_url).map_err(|error| error.to_string())?;
                }
                let response = #handle.#method(#(#argument_names),*).await.map_err(|error| error.to_string())?;
                println!("{:#?}", response.body());
                Ok(())
            }

            /// The value of the environment variable `name`, or a message saying it is missing.
            fn required(name: &str) -> Result<String, String> {
                std::env::var(name).map_err(|_| format!("the environment variable {name} is not set"))
            }
        }
    }

    /// A program that configures a client, and one that checks a token's scopes, both runnable.
    pub fn configuration(&self, crate_name: &str) -> TokenStream {
        let crate_path = Self::crate_path(crate_name);
        let client_literals = self.client_arguments.iter().map(|(_, value)| value);
        quote! {
            use std::time::Duration;

            use #crate_path::{Client, reqwest};

            fn main() -> Result<(), Box<dyn std::error::Error>> {
                let http = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
                let client = Client::new("your-api-token", #(#client_literals),*)?
                    .with_base_url("http://127.0.0.1:8080")?
                    .with_http_client(http);
                assert_eq!(client.base_url(), "http://127.0.0.1:8080");
                Ok(())
            }
        }
    }

    /// A runnable program checking a token's scopes against an operation's, if it has any.
    pub fn scopes(&self, crate_name: &str) -> Option<TokenStream> {
        let scope = self.read.scopes.last()?;
        let crate_path = Self::crate_path(crate_name);
        let module = ident(&self.group.module);
        let builder = ident(&self.read.builder_name);
        Some(quote! {
            use #crate_path::#module::#builder;

            fn main() {
                let token_scopes = [#scope];
                let allowed = #builder::ACCEPTED_SCOPES.iter().any(|scope| token_scopes.contains(scope));
                assert!(allowed);
            }
        })
    }
}

impl<'a> Update<'a> {
    /// A PATCH or PUT of the same path whose JSON body can be built from one string field and defaults.
    fn of(operation: &'a Operation, read: &Operation, api: &Api) -> Option<Self> {
        let same_resource =
            operation.path == read.path && matches!(operation.http_method, HttpMethod::Patch | HttpMethod::Put);
        let body = operation.body.as_ref().filter(|body| body.required && same_resource)?;
        let ty = body.payload.model()?;
        let TyKind::Named(body_type) = &ty.kind else { return None };
        let Some(Shape::Struct(shape)) = api.types.get(body_type).map(|def| &def.shape) else { return None };
        if shape.fields.iter().any(|field| field.required) {
            return None;
        }
        let field = shape
            .fields
            .iter()
            .find(|field| !field.nullable && api.through_aliases(&field.ty).kind == TyKind::String)?;
        let same_arguments = operation.parameters.iter().filter(|p| p.required).map(|p| &p.rust_name).eq(read
            .parameters
            .iter()
            .filter(|p| p.required)
            .map(|p| &p.rust_name));
        same_arguments.then(|| Self { operation, body_type: body_type.clone(), field: field.rust_name.clone() })
    }

    fn call(&self, handle: &TokenStream, arguments: &[TokenStream], crate_path: &TokenStream) -> TokenStream {
        let method = snake(&self.operation.method_name);
        let body_type = ident(&self.body_type);
        let field = snake(&self.field);
        quote! {
            let mut changes = #crate_path::models::#body_type::default();
            changes.#field = Some("New name".into());
            let updated = #handle.#method(#(#arguments,)* changes).await?.into_body();
            println!("{updated:#?}");
        }
    }
}

/// The required ones of `parameters` with a literal each, in order; `None` when one cannot be
/// written as a literal.
fn required_arguments(parameters: &[Parameter], api: &Api) -> Option<Vec<(Ident, TokenStream)>> {
    parameters
        .iter()
        .filter(|parameter| parameter.required)
        .map(|parameter| {
            let value = example_value(parameter.example.as_ref(), &parameter.ty.kind, api, &parameter.wire_name)?;
            Some((parameter.rust_name.clone(), value))
        })
        .collect()
}

/// A literal for a required value: the spec's example, or a placeholder of the right type.
fn example_value(example: Option<&Value>, kind: &TyKind, api: &Api, wire_name: &str) -> Option<TokenStream> {
    let kind = match kind {
        TyKind::Named(name) => match api.types.get(name).map(|def| &def.shape) {
            Some(Shape::Alias(target)) => &api.through_aliases(target).kind,
            _ => return None,
        },
        other => other,
    };
    Some(match (kind, example) {
        (TyKind::String, Some(Value::String(text))) => quote!(#text),
        (TyKind::String, _) => {
            let placeholder = format!("your-{}", heck::ToKebabCase::to_kebab_case(wire_name));
            quote!(#placeholder)
        }
        (TyKind::Integer(width), example) => {
            let fits = |value: &i64| *width == IntWidth::I64 || i32::try_from(*value).is_ok();
            Literal::i64_unsuffixed(example.and_then(Value::as_i64).filter(fits).unwrap_or(1)).into_token_stream()
        }
        (TyKind::Bool, example) => {
            let value = example.and_then(Value::as_bool).unwrap_or(true);
            quote!(#value)
        }
        _ => return None,
    })
}
