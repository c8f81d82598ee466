//! Parameters every operation takes alike become one shared struct: bunq.com's five optional
//! headers were a field, an initializer, a setter and a placing each in all 429 operations, and
//! its two required ones (`User-Agent`, the session token) an argument of every method too.

use crate::ir::{Group, Ident, Operation, Parameter, ParameterLocation, Shared, TOKEN_ARGUMENT};
use crate::naming::{self, Scope};

/// Takes the parameters that every operation has, identically (name, place, type, encoding and
/// docs; the example may differ), out of the operations: every request carries them. Parameters
/// paging sets stay with their operation, whose streams set them.
pub fn share_parameters(groups: &mut [Group]) -> Option<Shared> {
    let operations: Vec<&Operation> = groups.iter().flat_map(|group| &group.operations).collect();
    // With one operation there is nothing to share with.
    let [first, _, ..] = operations.as_slice() else { return None };
    let shared: Vec<Parameter> = first
        .parameters
        .iter()
        .filter(|parameter| sharable(parameter))
        .filter(|parameter| operations.iter().all(|operation| takes(operation, parameter)))
        .cloned()
        .collect();
    if shared.is_empty() {
        return None;
    }
    for operation in groups.iter_mut().flat_map(|group| &mut group.operations) {
        operation.parameters.retain(|parameter| !shared.iter().any(|shared| alike(shared, parameter)));
    }
    // `Client::new` takes the token, then the required parameters.
    let required: Vec<&str> =
        shared.iter().filter(|parameter| parameter.required).map(|parameter| parameter.rust_name.as_str()).collect();
    let token = if required.contains(&TOKEN_ARGUMENT) { "api_token" } else { TOKEN_ARGUMENT };
    let token_argument = Scope::with_taken(required).claim_ident(Ident::new(token, false));
    let client_setters = client_setters(&shared, groups);
    Some(Shared { parameters: shared, token_argument, client_setters })
}

/// `with_` and each parameter's name, clear of the client's other methods: the runtime's and
/// the groups' accessors.
fn client_setters(parameters: &[Parameter], groups: &[Group]) -> Vec<Ident> {
    let reserved = naming::reserved().client_methods.iter().map(String::as_str);
    let mut methods = Scope::with_taken(reserved.chain(groups.iter().map(|group| group.accessor.as_str())));
    parameters
        .iter()
        .map(|parameter| methods.claim_ident(Ident::new(format!("with_{}", parameter.rust_name.as_str()), false)))
        .collect()
}

/// An optional parameter outside the path and the body, a required header, or a required query
/// or cookie parameter named as the API's version. A header every operation requires says who
/// calls (a user agent, a session or an API version), and Azure's `api-version` query parameter,
/// on every operation of its 500-odd specs, which version of the API the caller speaks: the
/// client's to give once. Any other required query or cookie value may be the request's own
/// subject (a search's `q`), so each call still gives it.
fn sharable(parameter: &Parameter) -> bool {
    match parameter.location {
        ParameterLocation::Path | ParameterLocation::Part => false,
        ParameterLocation::Header => true,
        ParameterLocation::Query | ParameterLocation::Cookie => {
            !parameter.required || names_an_api_version(&parameter.wire_name)
        }
    }
}

/// `api-version`, `apiVersion`, `Version` and the like.
fn names_an_api_version(wire_name: &str) -> bool {
    let letters: String =
        wire_name.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect();
    matches!(letters.as_str(), "apiversion" | "version")
}

/// Whether `operation` takes `parameter` as it is, and not for paging.
fn takes(operation: &Operation, parameter: &Parameter) -> bool {
    let paged = operation
        .pagination
        .as_ref()
        .is_some_and(|pagination| pagination.position.fields().contains(&&parameter.rust_name));
    !paged && operation.parameters.iter().any(|taken| alike(taken, parameter))
}

/// Whether two operations' parameters are one: equal but for their examples, since Azure gives
/// each operation's `api-version` an example of its own.
fn alike(one: &Parameter, other: &Parameter) -> bool {
    let Parameter { rust_name, wire_name, location, required, ty, encoding, argument, example: _, docs } = one;
    (rust_name, wire_name, location, required, ty, encoding, argument, docs)
        == (
            &other.rust_name,
            &other.wire_name,
            &other.location,
            &other.required,
            &other.ty,
            &other.encoding,
            &other.argument,
            &other.docs,
        )
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Reporter;
    use crate::ir::{Api, Package};
    use crate::source::Documents;

    fn api(paths: &str) -> Api {
        let text = format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n{paths}");
        let spec = serde_yaml::from_str(&text).expect("test spec parses");
        crate::lower::lower(&spec, Documents::default(), Package::default(), &Reporter::new("api.yaml"))
            .expect("lowers")
    }

    fn names(parameters: &[crate::ir::Parameter]) -> Vec<&str> {
        parameters.iter().map(|parameter| parameter.rust_name.as_str()).collect()
    }

    #[test]
    fn optional_parameters_every_operation_takes_alike_are_shared() {
        let region = "{name: X-Region, in: header, schema: {type: string}, description: r}";
        let api = api(&format!(
            "  /a/{{id}}:\n    get:\n      parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}, {region}, {{name: q, in: query, schema: {{type: string}}}}]\n      responses: {{'204': {{description: ok}}}}\n  /b:\n    post:\n      parameters: [{region}, {{name: q, in: query, schema: {{type: integer}}}}, {{name: shared, in: query, schema: {{type: string}}}}]\n      responses: {{'204': {{description: ok}}}}\n"
        ));
        assert_eq!(names(api.shared_parameters()), ["x_region"]);
        let operations: Vec<_> = api.operations().map(|(_, operation)| operation).collect();
        // `q` differs in type, and a path parameter is required: both stay with their operations.
        assert_eq!(names(&operations[0].parameters), ["id", "q"]);
        assert_eq!(names(&operations[1].parameters), ["q", "shared"]);
    }

    #[test]
    fn required_headers_every_operation_takes_are_shared_and_required_queries_are_not() {
        let agent = "{name: User-Agent, in: header, required: true, schema: {type: string}}";
        let search = "{name: q, in: query, required: true, schema: {type: string}}";
        let api = api(&format!(
            "  /a:\n    get:\n      parameters: [{agent}, {search}]\n      responses: {{'204': {{description: ok}}}}\n  /b:\n    get:\n      parameters: [{search}, {agent}]\n      responses: {{'204': {{description: ok}}}}\n"
        ));
        assert_eq!(names(api.shared_parameters()), ["user_agent"]);
        assert!(api.shared_parameters()[0].required);
        assert_eq!(api.token_argument().as_str(), "token");
        for (_, operation) in api.operations() {
            assert_eq!(names(&operation.parameters), ["q"]);
        }
    }

    #[test]
    fn a_required_api_version_query_parameter_every_operation_takes_is_shared() {
        let version = |example: &str| {
            format!(
                "{{name: api-version, in: query, required: true, schema: {{type: string}}, examples: {{e: {{value: '{example}'}}}}}}"
            )
        };
        let (version, older) = (version("2019-10-17"), version("2018-06-17"));
        let search = "{name: q, in: query, required: true, schema: {type: string}}";
        let api = api(&format!(
            "  /a:\n    get:\n      parameters: [{version}, {search}]\n      responses: {{'204': {{description: ok}}}}\n  /b:\n    get:\n      parameters: [{search}, {older}]\n      responses: {{'204': {{description: ok}}}}\n"
        ));
        // Each operation's example differs, as in Azure's specs; the first one's is kept.
        assert_eq!(names(api.shared_parameters()), ["api_version"]);
        assert_eq!(api.shared_parameters()[0].example, Some(serde_json::json!("2019-10-17")));
        assert!(api.shared_parameters()[0].required);
        for (_, operation) in api.operations() {
            assert_eq!(names(&operation.parameters), ["q"]);
        }
        for (name, version) in [("apiVersion", true), ("Version", true), ("x-version-id", false), ("versions", false)] {
            assert_eq!(super::names_an_api_version(name), version, "{name}");
        }
    }

    #[test]
    fn the_token_argument_makes_way_for_a_required_header_named_token() {
        let token = "{name: Token, in: header, required: true, schema: {type: string}}";
        let api = api(&format!(
            "  /a:\n    get:\n      parameters: [{token}]\n      responses: {{'204': {{description: ok}}}}\n  /b:\n    get:\n      parameters: [{token}]\n      responses: {{'204': {{description: ok}}}}\n"
        ));
        assert_eq!(names(api.shared_parameters()), ["token"]);
        assert_eq!(api.token_argument().as_str(), "api_token");
    }

    #[test]
    fn the_clients_setters_are_named_clear_of_its_other_methods() {
        let shared = "[{name: base_url, in: query, schema: {type: string}}, {name: Region, in: header, schema: {type: string}}, {name: Zone, in: header, schema: {type: string}}]";
        let api = api(&format!(
            "  /a:
    get:
      tags: [with-region]
      parameters: {shared}
      responses: {{'204': {{description: ok}}}}
  /b:
    get:
      tags: [with-region]
      parameters: {shared}
      responses: {{'204': {{description: ok}}}}
"
        ));
        let setters: Vec<&str> = api.shared_client_setters().map(|(_, setter)| setter.as_str()).collect();
        assert_eq!(setters[2], "with_zone");
        let client_methods = &crate::naming::reserved().client_methods;
        assert!(client_methods.contains("with_base_url"));
        for setter in &setters[..2] {
            assert!(setter.starts_with("with_"), "{setter}");
            assert!(!client_methods.contains(*setter) && *setter != "with_region", "{setter}");
        }
    }

    #[test]
    fn nothing_is_shared_when_one_operation_lacks_it_or_documents_it_otherwise() {
        let differently = api(
            "  /a:\n    get:\n      parameters: [{name: x, in: query, schema: {type: string}, description: one}]\n      responses: {'204': {description: ok}}\n  /b:\n    get:\n      parameters: [{name: x, in: query, schema: {type: string}, description: two}]\n      responses: {'204': {description: ok}}\n",
        );
        assert!(differently.shared.is_none());
        let alone = api(
            "  /a:\n    get:\n      parameters: [{name: x, in: query, schema: {type: string}}]\n      responses: {'204': {description: ok}}\n",
        );
        assert!(alone.shared.is_none(), "one operation shares with nobody");
    }
}
