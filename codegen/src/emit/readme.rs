//! The generated crate's `README.md`, which is also its crate-level documentation, so that its
//! examples are compiled (and, where they need no server, run) as doctests.

use super::examples::Showcase;
use super::{Block, docs};
use crate::ir::Api;

/// What the README says of the parameters every operation takes, if there are any.
fn shared_parameters(api: &Api) -> Option<String> {
    let first = api.shared_parameters().first()?;
    let code = |name: &str| format!("`{name}`");
    let names: Vec<String> =
        api.shared_parameters().iter().map(|parameter| code(parameter.rust_name.as_str())).collect();
    let setters: Vec<String> = api.shared_client_setters().map(|(_, setter)| code(setter.as_str())).collect();
    let required = api.shared_parameters().iter().any(|parameter| parameter.required);
    Some(format!(
        "## Parameters every operation takes\n\nEvery operation takes {}. The client gives every request its \
         values of them{}, and its setters {} change them; a request may set its own with the setter of the same \
         name, such as `.{}(..)`.",
        in_words(&names),
        if required { ": `Client::new` takes the required ones" } else { "" },
        in_words(&setters),
        first.rust_name.as_str()
    ))
}

/// `a`, `a and b`, `a, b and c`.
fn in_words(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The README as Markdown blocks, its examples as programs for rendering to format.
pub fn readme(api: &Api, showcase: Option<&Showcase<'_>>) -> Vec<Block> {
    let package = &api.package;
    let (name, version) = (&package.name, &package.version);
    let operations: usize = api.groups.iter().map(|group| group.operations.len()).sum();
    let mut sections = vec![Block::Text(format!(
        "<!--\n{}-->\n\n# {name}\n\n{}",
        super::preamble("", package).replace("\n ", "\n").trim_start(),
        docs::inline(&super::package_description(api))
    ))];
    sections.extend(api.description.as_deref().map(|description| Block::Text(docs::markdown(description))));
    sections.push(Block::Text(format!(
        "## Install\n\n```toml\n[dependencies]\n{name} = \"{version}\"\n```\n\n\
         HTTPS uses rustls. For the platform's TLS instead, use \
         `{name} = {{ version = \"{version}\", default-features = false, features = [\"native-tls\"] }}`."
    )));
    if let Some(showcase) = showcase {
        sections.push(Block::Text(
            "## Usage\n\nEach tag of the API is a handle on the `Client`, with one method per operation. Required \
             parameters are arguments; optional ones are set on the request, which is sent by `.await`:"
                .to_owned(),
        ));
        sections.push(Block::Code { info: "rust,no_run", program: showcase.usage(name) });
        sections.push(Block::Text(
            "The client sends requests through a `reqwest::Client` you may configure yourself:".to_owned(),
        ));
        sections.push(Block::Code { info: "rust", program: showcase.configuration(name) });
        if let Some(scopes) = showcase.scopes(name) {
            sections.push(Block::Text(
                "## Scopes\n\nThe documentation of each method says which API token scopes it accepts: \"requires an \
                 API token with at least one of these scopes\". The struct of each such operation carries the same \
                 list as `ACCEPTED_SCOPES`, so an application can check a token before calling:"
                    .to_owned(),
            ));
            sections.push(Block::Code { info: "rust", program: scopes });
        }
    }
    sections.extend(shared_parameters(api).map(Block::Text));
    if operations > 0 {
        sections.push(Block::Text(
            "## Errors\n\nEvery call returns `Result<Response<T>, Error<E>>`. Before a request is sent, its parameters \
             and body are checked against the constraints of the API description (`Error::Validation` names the \
             field, such as `tags[3].key`). A documented error status is `Error::Api` with the decoded body, any \
             other status is `Error::UnexpectedStatus` with the start of the body, an undecodable body is \
             `Error::Decode`, and a failed connection is `Error::Transport`. The token never appears in `Debug` \
             output or error messages."
                .to_owned(),
        ));
    }
    if operations > 0 {
        sections.push(Block::Text(
            "## Retries, timeouts and hooks\n\nA request that could not connect, or that the server answered `429` (or \
             `503` with `Retry-After`), is sent again, up to twice by default; so is an idempotent one (GET, HEAD, \
             OPTIONS, PUT, DELETE) that timed out or was answered `408`, `500`, `502`, `503` or `504`. The client \
             waits as `Retry-After` says, or backs off exponentially with jitter. `Client::with_retry_policy` and \
             each request's `retry_policy` change this (`RetryPolicy::NONE` turns it off); a request's `idempotent` \
             lets a POST or PATCH be retried too. Each attempt may take `Client::DEFAULT_TIMEOUT` (60 s), or what a \
             request's `timeout` sets; running out is `Error::Timeout`. `Client::with_hooks` runs your code before \
             every attempt is sent and on every response, and the `tracing` feature gives every attempt a span \
             (operation, method, path template, attempt, status; never credentials)."
                .to_owned(),
        ));
    }
    let paged: Vec<String> = api
        .operations()
        .filter(|(_, operation)| operation.pagination.is_some())
        .map(|(group, operation)| format!("`{}::{}`", group.handle, operation.method_name.as_str()))
        .collect();
    if !paged.is_empty() {
        sections.push(Block::Text(format!(
            "## Paging\n\nThe requests of {} also have `pages()` and `items()`: streams (`futures_core::Stream`, \
             or call their `next().await`) of the pages and of the items on them, fetched one page at a time, each \
             request retried as any other. A stream ends after the last page, and ends with `Error::Pagination` \
             rather than loop when the server pages inconsistently.",
            paged.join(", ")
        )));
    }
    sections.push(Block::Text(format!(
        "## Generated code\n\nThis crate is generated from {} ({operations} operations, {} types) by the `codegen` \
         crate; do not edit it by hand. To change it, change the spec or the generator and run `{}`.",
        docs::code(&package.spec_path),
        api.types.len(),
        package.regenerate_command
    )));
    sections
}
