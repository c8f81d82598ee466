//! The generated crate's `README.md`, which is also its crate-level documentation, so that its
//! examples are compiled (and, where they need no server, run) as doctests.

use super::docs;
use super::examples::Showcase;
use crate::Config;
use crate::diagnostics::Error;
use crate::ir::Api;
use crate::render;

pub fn readme(api: &Api, config: &Config, version: &str, showcase: Option<&Showcase<'_>>) -> Result<String, Error> {
    let name = &config.crate_name;
    let operations: usize = api.groups.iter().map(|group| group.operations.len()).sum();
    let mut sections = vec![format!(
        "<!--\n{}-->\n\n# {name}\n\nA Rust client for the {}, generated from its OpenAPI description.",
        super::preamble("", config).replace("\n ", "\n").trim_start(),
        api.title
    )];
    sections.extend(api.description.as_deref().map(docs::markdown));
    sections.push(format!(
        "## Install\n\n```toml\n[dependencies]\n{name} = \"{version}\"\n```\n\n\
         HTTPS uses rustls. For the platform's TLS instead, use \
         `{name} = {{ version = \"{version}\", default-features = false, features = [\"native-tls\"] }}`."
    ));
    if let Some(showcase) = showcase {
        sections.push(format!(
            "## Usage\n\nEach tag of the API is a handle on the `Client`, with one method per operation. Required \
             parameters are arguments; optional ones are set on the request, which is sent by `.await`:\n\n{}",
            code_block("rust,no_run", &render::snippet(showcase.usage(name))?)
        ));
        sections.push(format!(
            "The client sends requests through a `reqwest::Client` you may configure yourself:\n\n{}",
            code_block("rust", &render::snippet(showcase.configuration(name))?)
        ));
        if let Some(scopes) = showcase.scopes(name) {
            sections.push(format!(
                "## Scopes\n\nThe documentation of each method says which API token scopes it accepts: \"requires an \
                 API token with at least one of these scopes\". Each request type carries the same list as \
                 `ACCEPTED_SCOPES`, so an application can check a token before calling:\n\n{}",
                code_block("rust", &render::snippet(scopes)?)
            ));
        }
    }
    if operations > 0 {
        sections.push(
            "## Errors\n\nEvery call returns `Result<Response<T>, Error<E>>`. Before a request is sent, its parameters \
             and body are checked against the constraints of the API description (`Error::Validation` names the \
             field, such as `tags[3].key`). A documented error status is `Error::Api` with the decoded body, any \
             other status is `Error::UnexpectedStatus` with the start of the body, an undecodable body is \
             `Error::Decode`, and a failed connection is `Error::Transport`. The token never appears in `Debug` \
             output or error messages."
                .to_owned(),
        );
    }
    sections.push(format!(
        "## Generated code\n\nThis crate is generated from {} ({operations} operations, {} types) by the `codegen` \
         crate; do not edit it by hand. To change it, change the spec or the generator and run `{}`.",
        docs::code(&config.spec_path),
        api.types.len(),
        config.regenerate_command
    ));
    Ok(sections.join("\n\n") + "\n")
}

fn code_block(info: &str, code: &str) -> String {
    format!("```{info}\n{}```", code)
}
