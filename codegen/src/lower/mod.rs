//! Lowering: the parsed spec -> the intermediate model, with every name decided.

mod callers;
mod cycles;
mod operations;
mod pagination;
mod paths;
mod shared;
mod sharing;
mod types;

use openapiv3::OpenAPI;

use crate::diagnostics::{Error, Reporter};
use crate::ir::{Api, BaseUrl, Operation, Package, Ty};
use crate::refs::{Refs, Store};
use crate::source::Documents;

/// How deep types may nest before rustc's default recursion limit (128) needs raising: a level
/// of nesting can take up to four steps of rustc's recursion (a `Vec` is a `RawVec` of a
/// pointer), and generated code adds a few.
const RUSTC_DEFAULT_NESTING: usize = 24;

/// The model of `spec`, whose references may lead into `documents`, generated as `package`.
pub fn lower(spec: &OpenAPI, documents: Documents, package: Package, reporter: &Reporter) -> Result<Api, Error> {
    let store = Store::new(documents);
    let refs = Refs::new(spec, &store, reporter);
    let mut types = types::TypeLowering::new(spec, refs, reporter);
    types.lower_components()?;
    // Before operations are planned, which look through aliases to decide their encodings.
    types.break_alias_cycles();
    let (mut groups, paging) = operations::OperationLowering::new(spec, refs, reporter, &mut types).lower()?;
    let mut types = types.finish();
    // Components of other files that operations referred to may close cycles of their own.
    cycles::break_alias_cycles(&mut types, reporter);
    cycles::box_recursive_members(&mut types, reporter);
    sharing::share_identical_types(&mut types);
    paths::fill_at_call(&mut groups, &types);
    pagination::plan(&mut groups, paging, &types, reporter);
    // After paging is planned, so that the parameters paging sets stay with their operations.
    let shared = shared::share_parameters(&mut groups);
    let operations = groups.iter().flat_map(|group| &group.operations);
    let shared_types = shared.iter().flat_map(|shared| &shared.parameters).map(|parameter| &parameter.ty);
    let outside = operations.clone().flat_map(|operation| {
        let responses = operation.responses.iter().filter_map(|case| case.payload.model());
        request_types(operation).chain(responses)
    });
    let depth = cycles::nesting_depth(&types, outside.chain(shared_types.clone()));
    callers::mark_built_by_callers(&mut types, operations.flat_map(request_types).chain(shared_types));
    Ok(Api {
        package,
        title: spec.info.title.clone(),
        subject: subject(&spec.info.title),
        description: crate::ir::said(spec.info.description.clone()),
        version: spec.info.version.clone(),
        default_base_url: base_url(spec.servers.first(), reporter),
        groups,
        shared,
        recursion_limit: (depth > RUSTC_DEFAULT_NESTING).then(|| 4 * depth + 128),
        aliases: crate::ir::resolve_aliases(&types),
        types,
    })
}

/// The types a request of `operation` carries: its parameters' and its body's.
fn request_types(operation: &Operation) -> impl Iterator<Item = &Ty> {
    let parameters = operation.parameters.iter().map(|parameter| &parameter.ty);
    parameters.chain(operation.body.iter().filter_map(|body| body.payload.model()))
}

/// The first server's URL with its variables replaced by their defaults, without a trailing
/// slash; a relative one is warned about, since requests cannot go to it as it is.
fn base_url(server: Option<&openapiv3::Server>, reporter: &Reporter) -> BaseUrl {
    let Some(server) = server else { return BaseUrl::Unknown };
    let mut url = server.url.clone();
    for (name, variable) in server.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &variable.default);
    }
    let url = url.trim_end_matches('/').to_owned();
    let scheme = url.split_once("://").map(|(scheme, _)| scheme);
    if scheme.is_some_and(|scheme| scheme.starts_with(|c: char| c.is_ascii_alphabetic())) {
        return BaseUrl::Absolute(url);
    }
    if let Some(host) = url.strip_prefix("//").filter(|host| !host.is_empty()) {
        let message = format!(
            "server URL `{}` takes the scheme the spec is served with, which a client cannot know; https is assumed",
            server.url
        );
        reporter.warn("/servers/0/url", message);
        return BaseUrl::Absolute(format!("https://{host}"));
    }
    let message = format!(
        "server URL `{}` is relative to where the spec is served, which a client cannot know; clients need `with_base_url`",
        server.url
    );
    reporter.warn("/servers/0/url", message);
    BaseUrl::Relative(url)
}

/// What a client of the API titled `title` is for: "the VictorOps API" for `VictorOps`. A
/// title that already calls itself an API (`Stripe API`, `GitHub REST APIs`, `Petstore -
/// OpenAPI 3.0`) keeps its words, and a leading "The" is not doubled.
fn subject(title: &str) -> String {
    let title = title.trim();
    let title = title.strip_prefix("The ").or_else(|| title.strip_prefix("the ")).unwrap_or(title);
    let says_api = title.split(|c: char| !c.is_alphanumeric()).any(|word| {
        let word = word.to_ascii_uppercase();
        word.ends_with("API") || word.ends_with("APIS")
    });
    match (title.is_empty(), says_api) {
        (true, _) => "the API".to_owned(),
        (false, true) => format!("the {title}"),
        (false, false) => format!("the {title} API"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_becomes_what_the_client_is_for_saying_api_once() {
        let subjects =
            ["VictorOps", "Stripe API", "GitHub v3 REST APIs", "Petstore - OpenAPI 3.0", "The Foo service", " "]
                .map(subject);
        assert_eq!(
            subjects,
            [
                "the VictorOps API",
                "the Stripe API",
                "the GitHub v3 REST APIs",
                "the Petstore - OpenAPI 3.0",
                "the Foo service API",
                "the API"
            ]
        );
    }

    fn base_url_of(servers: &str) -> (BaseUrl, Vec<String>) {
        let text = format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nservers: {servers}\npaths: {{}}\n");
        let reporter = Reporter::new("api.yaml");
        let source = crate::source::read(&text, &reporter, None).expect("reads");
        let api = lower(&source.spec, source.documents, Package::default(), &reporter).expect("lowers");
        (api.default_base_url, reporter.into_warnings().iter().map(ToString::to_string).collect())
    }

    #[test]
    fn the_first_server_is_the_base_url_and_a_relative_one_is_warned_about() {
        let templated = "[{url: 'https://{region}.example.com/v1/', variables: {region: {default: eu}}}]";
        assert_eq!(base_url_of(templated), (BaseUrl::Absolute("https://eu.example.com/v1".into()), vec![]));
        assert_eq!(base_url_of("[]"), (BaseUrl::Unknown, vec![]));
        let (scheme_relative, warnings) = base_url_of("[{url: '//api.example.com/v1'}]");
        assert_eq!(scheme_relative, BaseUrl::Absolute("https://api.example.com/v1".into()));
        assert_eq!(
            warnings,
            [
                "api.yaml#/servers/0/url: server URL `//api.example.com/v1` takes the scheme the spec is served with, which a client cannot know; https is assumed"
            ]
        );
        let (relative, warnings) = base_url_of("[{url: /api/v2/}, {url: 'https://example.com'}]");
        assert_eq!(relative, BaseUrl::Relative("/api/v2".into()));
        assert_eq!(
            warnings,
            [
                "api.yaml#/servers/0/url: server URL `/api/v2/` is relative to where the spec is served, which a client cannot know; clients need `with_base_url`"
            ]
        );
    }
}
