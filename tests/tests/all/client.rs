//! The generated Instance Org client against a real HTTP server on 127.0.0.1.

use std::future::Future;
use std::pin::Pin;

use losant_instance_org::instance_org::{
    DeleteInstanceOrg, GetInstanceOrg, GetInstanceOrgDeviceCounts, GetInstanceOrgNotebookMinuteCounts,
    GetInstanceOrgPayloadCounts, GetInstanceOrgPayloadCountsBreakdown, PatchInstanceOrg,
};
use losant_instance_org::models::{
    self, InstanceOrgPatch, InstanceOrgPatchDisabledAt, MfaMode, OrgBanner, OrgBannerLevel, OrgLimits, OrgTag,
    PayloadResolution,
};
use losant_instance_org::{Client, ConfigError, Error, Response, RetryPolicy};
use serde::Serialize;
use serde_json::{Value, json};

use crate::server::{Reply, Server, closed_port_url};
use crate::support::{QUICK_BACKOFF, built, fixture, losant_schema, numbers_as_floats, read_json, spec_document};

const INSTANCE: &str = "575ec8687ae143cd83dc4a97";
const ORG: &str = "575ed6e87ae143cd83dc4aa8";
const TOKEN: &str = "test-token-Zq8vX";

type Outcome = Result<Value, Error<models::Error>>;
type Call = for<'a> fn(&'a Client) -> Pin<Box<dyn Future<Output = Outcome> + 'a>>;

/// Every operation of the spec: how to call it with only its required values, and a body it may answer.
struct Operation {
    id: &'static str,
    method: &'static str,
    suffix: &'static str,
    call: Call,
    sample: fn() -> Value,
}

fn encode<T: Serialize>(result: Result<Response<T>, Error<models::Error>>) -> Outcome {
    result.map(|response| serde_json::to_value(response.body()).expect("the model encodes"))
}

fn client(server: &Server) -> Client {
    Client::new(TOKEN)
        .expect("a valid token")
        .with_base_url(&server.base_url)
        .expect("a valid base URL")
        .with_retry_policy(RetryPolicy::DEFAULT.with_backoff(QUICK_BACKOFF.0, QUICK_BACKOFF.1))
}

fn complete_org() -> Value {
    read_json(&fixture("instance-org-complete.json"))
}

fn small_patch() -> InstanceOrgPatch {
    built(|patch: &mut InstanceOrgPatch| patch.name = Some("Renamed".into()))
}

fn operations() -> Vec<Operation> {
    vec![
        Operation {
            id: "getInstanceOrg",
            method: "GET",
            suffix: "",
            call: |client| Box::pin(async move { encode(client.instance_org().get_instance_org(INSTANCE, ORG).await) }),
            sample: complete_org,
        },
        Operation {
            id: "patchInstanceOrg",
            method: "PATCH",
            suffix: "",
            call: |client| {
                Box::pin(
                    async move { encode(client.instance_org().patch_instance_org(INSTANCE, ORG, small_patch()).await) },
                )
            },
            sample: complete_org,
        },
        Operation {
            id: "deleteInstanceOrg",
            method: "DELETE",
            suffix: "",
            call: |client| {
                Box::pin(async move { encode(client.instance_org().delete_instance_org(INSTANCE, ORG).await) })
            },
            sample: || json!({"success": true}),
        },
        Operation {
            id: "getInstanceOrgDeviceCounts",
            method: "GET",
            suffix: "/deviceCounts",
            call: |client| {
                Box::pin(
                    async move { encode(client.instance_org().get_instance_org_device_counts(INSTANCE, ORG).await) },
                )
            },
            sample: || {
                json!({"start": "2026-06-01T00:00:00Z", "end": "2026-06-02T00:00:00Z",
                       "counts": [{"date": "2026-06-01T00:00:00Z", "created": 3, "deleted": 1, "total": 42}]})
            },
        },
        Operation {
            id: "getInstanceOrgNotebookMinuteCounts",
            method: "GET",
            suffix: "/notebookMinuteCounts",
            call: |client| {
                Box::pin(async move {
                    encode(client.instance_org().get_instance_org_notebook_minute_counts(INSTANCE, ORG).await)
                })
            },
            sample: || {
                json!({"start": "2026-06-01T00:00:00Z", "end": "2026-06-02T00:00:00Z",
                       "counts": [{"date": "2026-06-01T00:00:00Z", "minutes": 14, "completed": 3, "canceled": 0, "errored": 1, "timeout": 0}]})
            },
        },
        Operation {
            id: "getInstanceOrgPayloadCounts",
            method: "GET",
            suffix: "/payloadCounts",
            call: |client| {
                Box::pin(
                    async move { encode(client.instance_org().get_instance_org_payload_counts(INSTANCE, ORG).await) },
                )
            },
            sample: || json!({"mqttIn": {"total": 12.0, "mqtt": 12.0}, "webhook": {"total": 1.5}}),
        },
        Operation {
            id: "getInstanceOrgPayloadCountsBreakdown",
            method: "GET",
            suffix: "/payloadCountsBreakdown",
            call: |client| {
                Box::pin(async move {
                    encode(client.instance_org().get_instance_org_payload_counts_breakdown(INSTANCE, ORG).await)
                })
            },
            sample: || {
                json!({"start": "2026-06-01T00:00:00Z", "end": "2026-06-02T00:00:00Z",
                       "counts": [{"date": "2026-06-01T00:00:00Z", "value": 7}]})
            },
        },
    ]
}

#[test]
fn the_table_covers_every_operation_of_the_spec() {
    let document = spec_document();
    let mut ids: Vec<String> = Vec::new();
    for item in document["paths"].as_object().expect("paths").values() {
        for operation in item.as_object().expect("a path item").values() {
            if let Some(id) = operation.get("operationId").and_then(Value::as_str) {
                ids.push(id.to_owned());
            }
        }
    }
    ids.sort();
    let mut covered: Vec<String> = operations().iter().map(|operation| operation.id.to_owned()).collect();
    covered.sort();
    assert_eq!(ids, covered);
}

#[tokio::test]
async fn every_operation_sends_its_method_path_and_headers_and_decodes_its_success() {
    for operation in operations() {
        let sample = (operation.sample)();
        let server = Server::start(Reply::json(200, &sample)).await;
        let body = (operation.call)(&client(&server)).await.unwrap_or_else(|error| panic!("{}: {error}", operation.id));
        assert_eq!(numbers_as_floats(body), numbers_as_floats(sample), "{}", operation.id);

        let request = server.request();
        assert_eq!(request.method, operation.method, "{}", operation.id);
        assert_eq!(request.path, format!("/instances/{INSTANCE}/orgs/{ORG}{}", operation.suffix), "{}", operation.id);
        assert_eq!(request.query, None, "{}: nothing optional was set", operation.id);
        assert_eq!(request.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()), "{}", operation.id);
        assert_eq!(request.header("accept"), Some("application/json"), "{}", operation.id);
        let expected_headers: &[&str] = if operation.method == "PATCH" {
            &["accept", "authorization", "content-type"]
        } else {
            &["accept", "authorization"]
        };
        assert_eq!(request.header_names(), expected_headers, "{}: no header the spec does not ask for", operation.id);
    }
}

#[tokio::test]
async fn every_operation_returns_its_documented_errors_typed() {
    for operation in operations() {
        for status in [400, 404] {
            let reply = json!({"type": "NotFound", "message": format!("status {status}")});
            let server = Server::start(Reply::json(status, &reply)).await;
            match (operation.call)(&client(&server)).await {
                Err(Error::Api { status: got, body, .. }) => {
                    assert_eq!(got.as_u16(), status, "{}", operation.id);
                    assert_eq!(body.r#type.as_deref(), Some("NotFound"), "{}", operation.id);
                    assert_eq!(body.message, Some(format!("status {status}")), "{}", operation.id);
                }
                other => panic!("{} {status}: expected Error::Api, got {other:?}", operation.id),
            }
        }
    }
}

#[tokio::test]
async fn every_operation_reports_an_undocumented_status_with_its_body() {
    for operation in operations() {
        let server = Server::start(Reply::raw(500, "text/plain", "database on fire")).await;
        match (operation.call)(&client(&server)).await {
            Err(Error::UnexpectedStatus { status, body, .. }) => {
                assert_eq!(status.as_u16(), 500, "{}", operation.id);
                assert_eq!(body, "database on fire", "{}", operation.id);
            }
            other => panic!("{}: expected Error::UnexpectedStatus, got {other:?}", operation.id),
        }
    }
}

#[tokio::test]
async fn an_unexpected_body_is_kept_only_up_to_a_bound() {
    let server = Server::start(Reply::raw(503, "text/plain", "x".repeat(100_000))).await;
    let error =
        client(&server).instance_org().get_instance_org(INSTANCE, ORG).await.expect_err("503 is not documented");
    let Error::UnexpectedStatus { body, .. } = error else { panic!("expected UnexpectedStatus, got {error:?}") };
    assert_eq!(body.chars().count(), 4097, "4096 bytes and an ellipsis");
    assert!(body.ends_with('…'));
}

#[tokio::test]
async fn malformed_and_empty_bodies_are_decode_errors_with_an_excerpt() {
    for operation in operations() {
        for (status, body, hint) in
            [(200, "{not json", "key must be a string"), (200, "", "empty"), (404, "<html>", "expected value")]
        {
            let server = Server::start(Reply::raw(status, "application/json", body)).await;
            match (operation.call)(&client(&server)).await {
                Err(Error::Decode { status: got, message, excerpt, .. }) => {
                    assert_eq!(got.as_u16(), status, "{}", operation.id);
                    assert_eq!(excerpt, body, "{}", operation.id);
                    assert!(message.contains(hint), "{}: {message}", operation.id);
                }
                other => panic!("{} {status} {body:?}: expected Error::Decode, got {other:?}", operation.id),
            }
        }
    }
}

#[tokio::test]
async fn optional_query_parameters_and_headers_are_sent_as_the_spec_says() {
    let server = Server::start(Reply::json(200, &complete_org())).await;
    let client = client(&server);
    let org = client
        .instance_org()
        .get_instance_org(INSTANCE, ORG)
        .summary_include("payloadCount,deviceCount")
        .losantdomain("example.com")
        .actions(true)
        .links(false)
        .embedded(true)
        .send()
        .await
        .expect("200");
    assert_eq!(org.status().as_u16(), 200);
    assert_eq!(org.name, "Example Org");
    let request = server.request();
    assert_eq!(
        request.query.as_deref(),
        Some("_actions=true&_links=false&_embedded=true&summaryInclude=payloadCount%2CdeviceCount")
    );
    assert_eq!(request.header("losantdomain"), Some("example.com"));
    assert_eq!(request.header_names(), ["accept", "authorization", "losantdomain"]);
}

#[tokio::test]
async fn the_clients_values_of_optional_shared_parameters_go_with_every_request_that_sets_none() {
    let server = Server::start(Reply::json(200, &complete_org())).await;
    let client = client(&server).with_losantdomain("example.com").with_links(false);
    let api = client.instance_org();
    api.get_instance_org(INSTANCE, ORG).await.expect("200");
    api.get_instance_org(INSTANCE, ORG).losantdomain("other.example.com").links(true).actions(true).await.expect("200");
    api.get_instance_org(INSTANCE, ORG).await.expect("200");
    let sent: Vec<(Option<String>, Option<String>)> = server
        .requests()
        .iter()
        .map(|request| (request.header("losantdomain").map(str::to_owned), request.query.clone()))
        .collect();
    let expected = |domain: &str, query: &str| (Some(domain.to_owned()), Some(query.to_owned()));
    assert_eq!(
        sent,
        [
            expected("example.com", "_links=false"),
            expected("other.example.com", "_actions=true&_links=true"),
            expected("example.com", "_links=false"),
        ]
    );
}

#[tokio::test]
async fn count_operations_send_their_query_parameters() {
    let server = Server::start(Reply::json(200, &json!({}))).await;
    let client = client(&server);
    let api = client.instance_org();
    api.get_instance_org_device_counts(INSTANCE, ORG).start("0").end("1465790400000").await.expect("200");
    api.get_instance_org_notebook_minute_counts(INSTANCE, ORG).start("1").await.expect("200");
    api.get_instance_org_payload_counts(INSTANCE, ORG).as_bytes(true).await.expect("200");
    api.get_instance_org_payload_counts_breakdown(INSTANCE, ORG)
        .end("9")
        .resolution(PayloadResolution::Hour)
        .as_bytes(false)
        .include_non_billable(true)
        .await
        .expect("200");
    let queries: Vec<Option<String>> = server.requests().into_iter().map(|request| request.query).collect();
    assert_eq!(
        queries,
        [
            Some("start=0&end=1465790400000".to_owned()),
            Some("start=1".to_owned()),
            Some("asBytes=true".to_owned()),
            Some("end=9&resolution=3600000&asBytes=false&includeNonBillable=true".to_owned()),
        ]
    );
}

fn full_patch() -> InstanceOrgPatch {
    built(|patch: &mut InstanceOrgPatch| {
        patch.name = Some("Renamed".into());
        patch.description = Some("A description with \"quotes\" and ünïcode".into());
        patch.icon_color = Some("#ff0000".into());
        patch.limits = Some(built(|limits: &mut OrgLimits| {
            limits.device = Some(500);
            limits.storage = Some(10_737_418_240);
            limits.system_interval = Some(60);
        }));
        patch.whitelisted_email_domains = Some(vec!["example.com".into()]);
        patch.audit_log_enabled = Some(true);
        patch.disabled_at = Some(InstanceOrgPatchDisabledAt::Disabled(false));
        patch.is_read_only = Some(false);
        patch.tags = Some(vec![OrgTag::new("region".into(), "eu-west".into())]);
        patch.referral_id = Some("partner-1".into());
        patch.mfa_mode = Some(MfaMode::AdminRequired);
        patch.banner = Some(built(|banner: &mut OrgBanner| {
            banner.message = Some("Hello".into());
            banner.level = Some(OrgBannerLevel::Info);
        }));
    })
}

#[tokio::test]
async fn patch_bodies_are_json_that_losants_own_schema_accepts() {
    let schema = losant_schema("instanceOrgPatch");
    let at = chrono::DateTime::parse_from_rfc3339("2026-01-02T03:04:05Z").expect("a date").to_utc();
    let patches = [
        small_patch(),
        full_patch(),
        built(|patch: &mut InstanceOrgPatch| patch.disabled_at = Some(InstanceOrgPatchDisabledAt::DisableFrom(at))),
        InstanceOrgPatch::default(),
    ];
    for patch in patches {
        let server = Server::start(Reply::json(200, &complete_org())).await;
        let expected = serde_json::to_value(&patch).expect("encodes");
        client(&server)
            .instance_org()
            .patch_instance_org(INSTANCE, ORG, patch)
            .summary_include("memberCount")
            .await
            .expect("200");
        let request = server.request();
        assert_eq!(request.header("content-type"), Some("application/json"));
        assert_eq!(request.query.as_deref(), Some("summaryInclude=memberCount"));
        let body = request.json();
        assert_eq!(body, expected);
        let errors: Vec<String> = schema.iter_errors(&body).map(|error| error.to_string()).collect();
        assert!(errors.is_empty(), "{body} breaks instanceOrgPatch.json: {errors:?}");
    }
}

#[tokio::test]
async fn a_complete_organization_from_the_server_decodes_without_loss() {
    let sample = complete_org();
    let errors: Vec<String> =
        losant_schema("instanceOrg").iter_errors(&sample).map(|error| error.to_string()).collect();
    assert!(errors.is_empty(), "the sample breaks instanceOrg.json: {errors:?}");
    let server = Server::start(Reply::json(200, &sample)).await;
    let org = client(&server).instance_org().get_instance_org(INSTANCE, ORG).await.expect("200").into_body();
    let encoded = serde_json::to_value(&org).expect("encodes");
    assert_eq!(numbers_as_floats(encoded), numbers_as_floats(sample));
}

#[tokio::test]
async fn unknown_fields_and_enum_values_from_the_server_are_tolerated() {
    let mut sample = complete_org();
    sample["subscriptionStatus"] = json!("paused");
    sample["aFieldFromTheFuture"] = json!([1, 2]);
    let server = Server::start(Reply::json(200, &sample)).await;
    let org = client(&server).instance_org().get_instance_org(INSTANCE, ORG).await.expect("200");
    assert_eq!(org.subscription_status.as_ref().map(|status| status.as_str()), Some("paused"));
}

/// A patch that breaks one constraint, and where the error must say it is.
fn invalid_patches() -> Vec<(InstanceOrgPatch, &'static str, &'static str)> {
    let tag = |key: &str| OrgTag::new(key.into(), "v".into());
    vec![
        (
            built(|patch: &mut InstanceOrgPatch| {
                patch.tags = Some(vec![tag("a"), tag("b"), tag("c"), tag("bad key!")])
            }),
            "tags[3].key",
            "must match the pattern `^[0-9a-zA-Z_-]{1,255}$`",
        ),
        (
            built(|patch: &mut InstanceOrgPatch| patch.tags = Some((0..101).map(|n| tag(&format!("k{n}"))).collect())),
            "tags",
            "has 101 items",
        ),
        (built(|patch: &mut InstanceOrgPatch| patch.name = Some(String::new())), "name", "has 0 characters"),
        (
            built(|patch: &mut InstanceOrgPatch| patch.name = Some("n".repeat(256))),
            "name",
            "it must have 1 to 255 characters",
        ),
        (
            built(|patch: &mut InstanceOrgPatch| {
                patch.limits = Some(built(|limits: &mut OrgLimits| limits.system_interval = Some(1)))
            }),
            "limits.systemInterval",
            "it must be at least 5",
        ),
        (
            built(|patch: &mut InstanceOrgPatch| {
                patch.limits = Some(built(|limits: &mut OrgLimits| limits.data_ttl = Some(86_399)))
            }),
            "limits.dataTTL",
            "it must be at least 86400",
        ),
        (
            built(|patch: &mut InstanceOrgPatch| {
                patch.whitelisted_email_domains = Some(vec!["example.com".into(), "ab".into()])
            }),
            "whitelistedEmailDomains[1]",
            "has 2 characters",
        ),
        (
            built(|patch: &mut InstanceOrgPatch| {
                patch.banner = Some(built(|banner: &mut OrgBanner| banner.message = Some("m".repeat(2049))))
            }),
            "banner.message",
            "has 2049 characters",
        ),
    ]
}

#[tokio::test]
async fn a_request_that_breaks_a_constraint_is_never_sent() {
    let server = Server::start(Reply::json(200, &complete_org())).await;
    let client = client(&server);
    for (patch, path, message) in invalid_patches() {
        match client.instance_org().patch_instance_org(INSTANCE, ORG, patch).await {
            Err(Error::Validation(error)) => {
                assert_eq!(error.path(), path);
                assert!(error.message().contains(message), "{path}: {}", error.message());
            }
            other => panic!("{path}: expected a validation error, got {other:?}"),
        }
    }
    for hostile in ["a/../b", "x?y", "p#q", "..", ""] {
        match client.instance_org().get_instance_org(hostile, ORG).await {
            Err(Error::Validation(error)) => assert_eq!(error.path(), "instanceId"),
            other => panic!("{hostile:?}: expected a validation error, got {other:?}"),
        }
        match client.instance_org().delete_instance_org(INSTANCE, hostile).await {
            Err(Error::Validation(error)) => assert_eq!(error.path(), "orgId"),
            other => panic!("{hostile:?}: expected a validation error, got {other:?}"),
        }
    }
    assert_eq!(server.requests().len(), 0, "nothing may reach the server");
}

#[tokio::test]
async fn the_token_never_appears_in_debug_output_or_errors() {
    let server = Server::start(Reply::json(404, &json!({"message": "gone"}))).await;
    let client = client(&server);
    let debug = format!("{client:?}");
    assert!(!debug.contains(TOKEN) && debug.contains("<redacted>"), "{debug}");
    let error = client.instance_org().get_instance_org(INSTANCE, ORG).await.expect_err("404");
    for text in [error.to_string(), format!("{error:?}")] {
        assert!(!text.contains(TOKEN), "{text}");
    }
    let unreachable = Client::new(TOKEN).expect("token").with_base_url(&closed_port_url().await).expect("url");
    let error = unreachable.instance_org().get_instance_org(INSTANCE, ORG).await.expect_err("nothing listens");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    for text in [error.to_string(), format!("{error:?}")] {
        assert!(!text.contains(TOKEN), "{text}");
    }
}

#[tokio::test]
async fn the_callers_http_client_is_the_one_that_sends() {
    let server = Server::start(Reply::json(200, &json!({"success": true}))).await;
    let http = reqwest_client_with_agent("custom-agent/1.0");
    let client = client(&server).with_http_client(http);
    client.instance_org().delete_instance_org(INSTANCE, ORG).await.expect("200");
    assert_eq!(server.request().header("user-agent"), Some("custom-agent/1.0"));
}

fn reqwest_client_with_agent(agent: &str) -> losant_instance_org::reqwest::Client {
    losant_instance_org::reqwest::Client::builder().user_agent(agent).build().expect("a client")
}

#[test]
fn bad_configuration_is_refused_up_front() {
    assert_eq!(Client::new("line\nbreak").expect_err("newline"), ConfigError::InvalidToken);
    let client = Client::new(TOKEN).expect("token");
    assert_eq!(client.base_url(), "https://api.losant.com");
    for bad in ["ftp://example.com", "not a url", "http://example.com/?q=1", "http://example.com/#f"] {
        let error = client.clone().with_base_url(bad).expect_err(bad);
        assert!(matches!(error, ConfigError::InvalidBaseUrl { .. }), "{bad}: {error:?}");
    }
    let prefixed = client.with_base_url("http://127.0.0.1:9/api/").expect("valid");
    assert_eq!(prefixed.base_url(), "http://127.0.0.1:9/api");
}

#[test]
fn each_operation_exposes_the_scopes_of_the_spec() {
    let document = spec_document();
    let scopes_of = |id: &str| -> Vec<String> {
        for item in document["paths"].as_object().expect("paths").values() {
            for operation in item.as_object().expect("item").values() {
                if operation.get("operationId").and_then(Value::as_str) == Some(id) {
                    return serde_json::from_value(operation["x-scopes"].clone()).expect("strings");
                }
            }
        }
        panic!("no operation {id}")
    };
    let constants: [(&str, &[&str]); 7] = [
        ("getInstanceOrg", GetInstanceOrg::ACCEPTED_SCOPES),
        ("patchInstanceOrg", PatchInstanceOrg::ACCEPTED_SCOPES),
        ("deleteInstanceOrg", DeleteInstanceOrg::ACCEPTED_SCOPES),
        ("getInstanceOrgDeviceCounts", GetInstanceOrgDeviceCounts::ACCEPTED_SCOPES),
        ("getInstanceOrgNotebookMinuteCounts", GetInstanceOrgNotebookMinuteCounts::ACCEPTED_SCOPES),
        ("getInstanceOrgPayloadCounts", GetInstanceOrgPayloadCounts::ACCEPTED_SCOPES),
        ("getInstanceOrgPayloadCountsBreakdown", GetInstanceOrgPayloadCountsBreakdown::ACCEPTED_SCOPES),
    ];
    for (id, constant) in constants {
        assert_eq!(constant, scopes_of(id), "{id}");
    }
    assert_eq!(
        GetInstanceOrg::ACCEPTED_SCOPES,
        ["all.Instance", "all.Instance.read", "all.User", "all.User.read", "instanceOrg.*", "instanceOrg.get"]
    );
}

/// The rustdoc right above `pub fn {name}(` in the generated source, without the `///`.
fn method_docs(source: &str, name: &str) -> String {
    let signature = source.find(&format!("pub fn {name}(")).unwrap_or_else(|| panic!("no method {name}"));
    let before: Vec<&str> =
        source[..signature].lines().rev().skip(1).take_while(|line| line.trim_start().starts_with("///")).collect();
    before
        .into_iter()
        .rev()
        .map(|line| line.trim_start().trim_start_matches("///").trim())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_method_documents_path_scopes_parameters_and_responses_in_order() {
    let source = std::fs::read_to_string(crate::support::root().join("generated-client/src/instance_org.rs"))
        .expect("generated");
    let document = spec_document();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("item").iter().filter(|(key, _)| *key != "parameters") {
            let id = operation["operationId"].as_str().expect("an id");
            let name: String = id
                .chars()
                .flat_map(|c| if c.is_uppercase() { vec!['_', c.to_ascii_lowercase()] } else { vec![c] })
                .collect();
            let docs = method_docs(&source, &name);
            let scopes: Vec<String> = operation["x-scopes"]
                .as_array()
                .expect("scopes")
                .iter()
                .map(|s| format!("- `{}`", s.as_str().expect("a scope")))
                .collect();
            let mut expected = vec![
                operation["summary"].as_str().expect("summary").to_owned(),
                format!("`{} {path}`", method.to_uppercase()),
                "# Parameters".to_owned(),
                "- `instance_id` (path parameter `instanceId`, required)".to_owned(),
                "Requires an API token with at least one of these scopes:".to_owned(),
            ];
            expected.push(scopes.join("\n"));
            expected.extend(
                [
                    "- `200`:",
                    "- `400`: Error if malformed request.",
                    "- `404`: Error if instance or organization was not found.",
                ]
                .map(str::to_owned),
            );
            let mut rest = docs.as_str();
            for piece in &expected {
                let at = rest
                    .find(piece.as_str())
                    .unwrap_or_else(|| panic!("{id}: {piece:?} missing or out of order in\n{docs}"));
                rest = &rest[at + piece.len()..];
            }
        }
    }
}
