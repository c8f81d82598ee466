//! The crates generated from `tests/fixtures/specs/hostile.yaml` (names that collide with the
//! crate's own items and with std's, `default`-only operations, path parameters of every type)
//! and from `tests/fixtures/specs/refs/` (components in another file, references into `paths`),
//! on the wire. That they build at all, under `clippy -D warnings`, is the first half of the proof.

use chrono::{TimeZone, Utc};
use hostile_client::models::{Kind, OptionModel};
use hostile_client::{Client, Error, RetryPolicy};
use serde_json::json;

use crate::server::{Reply, Server};
use crate::support::QUICK_BACKOFF;

fn client(server: &Server) -> Client {
    Client::new("token")
        .expect("token")
        .with_base_url(&server.base_url)
        .expect("base URL")
        .with_retry_policy(RetryPolicy::DEFAULT.with_backoff(QUICK_BACKOFF.0, QUICK_BACKOFF.1))
}

fn result() -> serde_json::Value {
    json!({"value": "v", "fooBar": "a", "foo_bar": "b", "FooBar": "c", "foo-bar": "d", "self": "e"})
}

#[tokio::test]
async fn a_default_only_operation_succeeds_on_2xx_and_fails_with_its_body_otherwise() {
    let server = Server::start(Reply::json(200, &result())).await;
    let ok = client(&server).new_api().new_operation(Kind::Fancy).await.expect("a 200 is a success");
    assert_eq!((ok.status().as_u16(), ok.value.as_str(), ok.foo_bar_4.as_deref()), (200, "v", Some("d")));

    let server = Server::start(Reply::json(500, &json!({"value": "broken"}))).await;
    match client(&server).new_api().new_operation(Kind::Plain).await {
        Err(Error::Api { status, body, .. }) => assert_eq!((status.as_u16(), body.value.as_str()), (500, "broken")),
        other => panic!("expected the documented error body, got {other:?}"),
    }

    let server = Server::start(Reply::json(201, &json!({"some": "x"}))).await;
    let stored = client(&server).clone_api().with_base_url(OptionModel::default()).await.expect("201 is a success");
    assert_eq!(stored.some.as_deref(), Some("x"));
}

#[tokio::test]
async fn path_parameters_of_every_type_are_one_segment_each() {
    let server = Server::start(Reply::json(200, &result())).await;
    client(&server).start_api().send(-42).await.expect("200");
    assert_eq!(server.request().path, "/send/-42");

    let server = Server::start(Reply::json(200, &result())).await;
    client(&server).new_api().new_operation(Kind::Fancy).await.expect("200");
    assert_eq!(server.request().path, "/new/fancy");

    let server = Server::start(Reply::raw(200, "text/plain", "fine")).await;
    let when = Utc.with_ymd_and_hms(2024, 1, 2, 3, 4, 5).single().expect("a valid time");
    let text = client(&server)
        .type_()
        .into_operation(when, "0b5c9d8e-3f0a-4c1e-9b7d-2a6f8e4c1d3b")
        .await
        .expect("a text default is a success on 200");
    assert_eq!(text.as_str(), "fine");
    assert_eq!(server.request().path, "/at/2024-01-02T03%3A04%3A05%2B00%3A00/0b5c9d8e-3f0a-4c1e-9b7d-2a6f8e4c1d3b");
}

#[tokio::test]
async fn an_enum_value_the_client_does_not_know_can_be_sent_back() {
    let server = Server::start(Reply::json(200, &result())).await;
    client(&server).new_api().new_operation(Kind::Unknown("added-later".into())).await.expect("sent as it is");
    assert_eq!(server.request().path, "/new/added-later");
}

#[tokio::test]
async fn parameters_named_like_the_builders_own_members_are_renamed_and_sent_by_their_names() {
    let server = Server::start(Reply::json(200, &result())).await;
    client(&server)
        .start_api()
        .send(1)
        .client("c")
        .self_("s")
        .r#type("t")
        .send_value("v")
        .into_future_value("f")
        .await
        .expect("200");
    assert_eq!(server.request().query.as_deref(), Some("client=c&self=s&type=t&send=v&into_future=f"));
}

#[tokio::test]
async fn accept_names_what_the_operation_documents() {
    let server = Server::start(Reply::raw(200, "text/plain", "x")).await;
    let when = Utc.with_ymd_and_hms(2024, 1, 2, 3, 4, 5).single().expect("a valid time");
    client(&server).type_().into_operation(when, "id").await.expect("200");
    assert_eq!(server.request().header("accept"), Some("text/plain"));

    let server = Server::start(Reply::empty(204)).await;
    client(&server).clone_api().into_future().await.expect("204");
    assert_eq!(server.request().header("accept"), Some("*/*"), "no response has a body: reqwest's default");
}

#[tokio::test]
async fn a_body_is_sent_as_the_media_type_the_operation_documents() {
    let server = Server::start(Reply::empty(204)).await;
    let mut body = OptionModel::default();
    body.some = Some("s".into());
    client(&server).clone_api().merge_item(body).await.expect("204");
    let request = server.request();
    assert_eq!(request.header("content-type"), Some("application/merge-patch+json"));
    assert_eq!(request.json(), json!({"some": "s"}));
}

/// The refs fixture's client for `server`, for tenant `acme`, speaking the API's version of
/// 2026-11-30.
fn refs_client(server: &Server) -> refs_client::Client {
    let client = refs_client::Client::new("token", "acme", "2026-11-30").expect("token");
    client.with_base_url(&server.base_url).expect("base URL")
}

#[tokio::test]
async fn shared_components_in_another_file_and_refs_into_paths_work_on_the_wire() {
    let client = refs_client;
    let server = Server::start(Reply::json(200, &json!({"id": "a-1", "parts": [{"id": "b-2"}]}))).await;
    let thing = client(&server).default_api().get_thing("a-1").await.expect("200");
    assert_eq!(thing.parts.as_ref().map(|parts| parts[0].id.as_str()), Some("b-2"));

    let server = Server::start(Reply::json(404, &json!({"message": "no such thing"}))).await;
    match client(&server).default_api().get_thing("a-2").await {
        Err(refs_client::Error::Api { body, .. }) => assert_eq!(body.message.as_deref(), Some("no such thing")),
        other => panic!("expected the 404 body that a $ref into paths describes, got {other:?}"),
    }
}

#[tokio::test]
async fn a_header_every_operation_requires_is_given_to_the_client_and_may_be_set_per_request() {
    let server = Server::start(Reply::json(200, &json!({"id": "a-1"}))).await;
    let client = refs_client(&server);
    client.default_api().get_thing("a-1").await.expect("200");
    client.default_api().get_thing("a-1").x_tenant("other:eu").await.expect("200");
    client.default_api().get_thing("a-1").await.expect("200");
    let tenants: Vec<Option<String>> =
        server.requests().iter().map(|request| request.header("x-tenant").map(str::to_owned)).collect();
    assert_eq!(tenants, [Some("acme".into()), Some("other:eu".into()), Some("acme".into())]);

    // The pattern, `^[a-z\:]+$`, is only valid in the legacy syntax, and still checked.
    match client.default_api().get_thing("a-1").x_tenant("Not A Tenant").await {
        Err(refs_client::Error::Validation(error)) => assert_eq!(error.path(), "X-Tenant"),
        other => panic!("expected the shared header's pattern to be checked, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 3, "an invalid request is not sent");
}

#[tokio::test]
async fn the_clients_value_of_a_required_header_can_change_and_is_checked_when_sent() {
    let server = Server::start(Reply::json(200, &json!({"id": "a-1"}))).await;
    let client = refs_client(&server);
    let moved = client.clone().with_x_tenant("globex");
    moved.default_api().get_thing("a-1").await.expect("200");
    client.default_api().get_thing("a-1").await.expect("200");
    moved.default_api().get_thing("a-1").x_tenant("initech").await.expect("200");
    let tenants: Vec<Option<String>> =
        server.requests().iter().map(|request| request.header("x-tenant").map(str::to_owned)).collect();
    assert_eq!(tenants, [Some("globex".into()), Some("acme".into()), Some("initech".into())]);

    match client.with_x_tenant("Not A Tenant").default_api().get_thing("a-1").await {
        Err(refs_client::Error::Validation(error)) => assert_eq!(error.path(), "X-Tenant"),
        other => panic!("expected the client's value to be checked like a request's, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 3, "an invalid request is not sent");
}

#[tokio::test]
async fn a_query_parameter_every_operation_requires_as_the_apis_version_is_the_clients() {
    let server = Server::start(Reply::json(200, &json!({"id": "a-1"}))).await;
    let client = refs_client(&server);
    client.default_api().get_thing("a-1").await.expect("200");
    client.default_api().get_thing("a-1").api_version("2025-01-01").await.expect("200");
    client.with_api_version("2027-01-01").default_api().get_thing("a-1").await.expect("200");
    let queries: Vec<Option<String>> = server.requests().into_iter().map(|request| request.query).collect();
    let expected = ["2026-11-30", "2025-01-01", "2027-01-01"].map(|version| Some(format!("api-version={version}")));
    assert_eq!(queries, expected);
}

#[tokio::test]
async fn a_path_item_in_a_file_of_its_own_returns_a_schema_that_is_a_whole_file() {
    let parts = json!([{"name": "wheel", "parts": [{"name": "spoke"}]}]);
    let server = Server::start(Reply::json(200, &parts)).await;
    let client = refs_client(&server);
    let parts: Vec<refs_client::models::Part> = client.default_api().list_parts("a-1").await.expect("200").into_body();
    let spokes = parts[0].parts.as_deref().unwrap_or_default();
    assert_eq!((parts[0].name.as_str(), spokes[0].name.as_str()), ("wheel", "spoke"));
    assert_eq!(server.requests()[0].path, "/things/a-1/parts");
}

#[tokio::test]
async fn an_operation_in_a_file_of_its_own_sends_its_body_and_checks_its_limits() {
    use refs_client::models::PutLabelBody;
    let server = Server::start(Reply::empty(204)).await;
    let client = refs_client(&server);
    client.default_api().put_label("a-1", PutLabelBody::new("fragile".into())).await.expect("204");
    let sent = &server.requests()[0];
    assert_eq!((sent.method.as_str(), sent.path.as_str()), ("PUT", "/things/a-1/label"));
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&sent.body).expect("JSON"), json!({"text": "fragile"}));

    let too_long = PutLabelBody::new("x".repeat(41));
    match client.default_api().put_label("a-1", too_long).await {
        Err(refs_client::Error::Validation(error)) => assert_eq!(error.path(), "text"),
        other => panic!("expected the limit of the properties given by reference, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn patterns_with_lookahead_are_checked_before_sending() {
    let server = Server::start(Reply::json(200, &json!({"id": "none"}))).await;
    let client = refs_client(&server);
    match client.default_api().get_thing("none").await {
        Err(refs_client::Error::Validation(error)) => {
            assert_eq!(error.path(), "id");
            assert!(error.message().contains("(?!none$)"), "{error}");
        }
        other => panic!("expected a validation error, got {other:?}"),
    }
    assert!(server.requests().is_empty());
}
