//! The runtime on the wire, through the crate generated from `tests/fixtures/specs/wire.yaml`,
//! which has what the Losant spec lacks: unconstrained path parameters, lists in the query,
//! cookies, text and byte bodies, `204`, `4XX` and `default` responses, and no-auth operations.

use serde_json::json;
use wire_client::models::{Item, Order};
use wire_client::{Client, Error};

use crate::server::{Reply, Server, closed_port_url};

const TOKEN: &str = "wire-token";

fn client(server: &Server) -> Client {
    Client::new(TOKEN).expect("token").with_base_url(&server.base_url).expect("base URL")
}

fn item() -> serde_json::Value {
    json!({"id": 7, "name": "seven", "tags": ["odd"]})
}

#[tokio::test]
async fn a_path_parameter_is_always_exactly_one_segment() {
    let cases = [
        ("a/../b", "/v1/items/a%2F..%2Fb"),
        ("x?y", "/v1/items/x%3Fy"),
        ("p#q", "/v1/items/p%23q"),
        ("50% off", "/v1/items/50%25%20off"),
        ("ünï", "/v1/items/%C3%BCn%C3%AF"),
        ("...", "/v1/items/..."),
        ("a.b-c_d~e", "/v1/items/a.b-c_d~e"),
    ];
    for (id, path) in cases {
        let server = Server::start_at("/v1", Reply::json(200, &item())).await;
        let fetched = client(&server).items().get_item(id).await.unwrap_or_else(|error| panic!("{id:?}: {error}"));
        assert_eq!(fetched.name, "seven");
        let request = server.request();
        assert_eq!((request.path.as_str(), request.query.as_deref()), (path, None), "{id:?}");
    }
}

#[tokio::test]
async fn segments_a_url_would_resolve_away_are_refused() {
    let server = Server::start_at("/v1", Reply::json(200, &item())).await;
    for id in ["", ".", ".."] {
        match client(&server).items().get_item(id).await {
            Err(Error::Validation(error)) => assert_eq!(error.path(), "itemId", "{id:?}"),
            other => panic!("{id:?}: expected a validation error, got {other:?}"),
        }
    }
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn query_lists_headers_and_cookies_follow_their_styles() {
    let server = Server::start(Reply::json(200, &json!([item()]))).await;
    let items = client(&server)
        .items()
        .list_items()
        .tags(vec!["red".into(), "big blue".into()])
        .fields(vec!["id".into(), "name".into()])
        .limit(5)
        .order(Order::Desc)
        .x_trace_id("trace-1")
        .session("s 1;x")
        .await
        .expect("200")
        .into_body();
    assert_eq!(items.len(), 1);
    let request = server.request();
    assert_eq!(request.query.as_deref(), Some("tags=red&tags=big+blue&fields=id%2Cname&limit=5&order=desc"));
    assert_eq!(request.header("x-trace-id"), Some("trace-1"));
    assert_eq!(request.header("cookie"), Some("session=s%201%3Bx"));
}

#[tokio::test]
async fn a_parameter_out_of_range_is_refused() {
    let server = Server::start(Reply::json(200, &json!([]))).await;
    for limit in [0, 101] {
        match client(&server).items().list_items().limit(limit).await {
            Err(Error::Validation(error)) => assert_eq!(error.path(), "limit"),
            other => panic!("{limit}: expected a validation error, got {other:?}"),
        }
    }
    let error = client(&server).items().list_items().x_trace_id("line\nbreak").await.expect_err("not a header value");
    assert!(matches!(&error, Error::Validation(error) if error.path() == "x-trace-id"), "{error:?}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn text_bodies_and_no_content_responses() {
    let server = Server::start(Reply::empty(204)).await;
    let response = client(&server).items().put_note("7", "remember the milk").await.expect("204");
    assert_eq!(response.status().as_u16(), 204);
    let request = server.request();
    assert_eq!(request.method, "PUT");
    assert_eq!(request.header("content-type"), Some("text/plain; charset=utf-8"));
    assert_eq!(request.body, b"remember the milk");
}

#[tokio::test]
async fn byte_responses_are_returned_as_sent() {
    let bytes = vec![0_u8, 159, 146, 150, 255];
    let server = Server::start(Reply::raw(200, "application/octet-stream", bytes.clone())).await;
    let body = client(&server).items().get_raw("7").await.expect("200").into_body();
    assert_eq!(body, bytes);
}

#[tokio::test]
async fn status_classes_and_default_responses_are_documented_errors() {
    let problem = json!({"title": "nope"});
    for status in [400, 422, 500, 502] {
        let server = Server::start(Reply::json(status, &problem)).await;
        let new_item = Item { id: None, name: "n".into(), tags: None };
        match client(&server).items().create_item(new_item).await {
            Err(Error::Api { status: got, body }) => {
                assert_eq!(got.as_u16(), status);
                assert_eq!(body.title.as_deref(), Some("nope"));
            }
            other => panic!("{status}: expected Error::Api, got {other:?}"),
        }
    }
    let server = Server::start(Reply::json(201, &item())).await;
    let created =
        client(&server).items().create_item(Item { id: None, name: "n".into(), tags: None }).await.expect("201");
    assert_eq!((created.status().as_u16(), created.id), (201, Some(7)));
    assert_eq!(server.request().json(), json!({"name": "n"}));
}

#[tokio::test]
async fn operations_without_security_send_no_token() {
    let server = Server::start(Reply::empty(204)).await;
    client(&server).items().delete_item("7").await.expect("204");
    let request = server.request();
    assert_eq!(request.header("authorization"), None);
    assert_eq!(request.header_names(), ["accept"]);
}

#[tokio::test]
async fn a_required_body_is_validated_too() {
    let server = Server::start(Reply::json(201, &item())).await;
    let error = client(&server)
        .items()
        .create_item(Item { id: None, name: String::new(), tags: None })
        .await
        .expect_err("empty name");
    assert!(matches!(&error, Error::Validation(error) if error.path() == "name"), "{error:?}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn form_bodies_nest_objects_and_lists_in_brackets() {
    let server = Server::start(Reply::empty(204)).await;
    let body = wire_client::models::SubmitFormBody {
        name: "n a".into(),
        tags: Some(vec!["x".into(), "y".into()]),
        meta: Some([("k".to_owned(), "v&w".to_owned())].into()),
        count: Some(3),
    };
    client(&server).items().submit_form(body).await.expect("204");
    let request = server.request();
    assert_eq!(request.header("content-type"), Some("application/x-www-form-urlencoded"));
    // Field order follows serde_json's maps, which depends on its features; a form's order is immaterial.
    let body = String::from_utf8(request.body).expect("text");
    let mut pairs: Vec<&str> = body.split('&').collect();
    pairs.sort_unstable();
    assert_eq!(pairs, ["count=3", "meta%5Bk%5D=v%26w", "name=n+a", "tags%5B0%5D=x", "tags%5B1%5D=y"]);
    let invalid = wire_client::models::SubmitFormBody { name: String::new(), tags: None, meta: None, count: None };
    let error = client(&server).items().submit_form(invalid).await.expect_err("empty name");
    assert!(matches!(&error, Error::Validation(error) if error.path() == "name"), "{error:?}");
}

#[tokio::test]
async fn api_keys_go_where_the_security_scheme_says() {
    let server = Server::start(Reply::empty(204)).await;
    client(&server).items().get_with_header_key().await.expect("204");
    client(&server).items().get_with_query_key().page(2).await.expect("204");
    let requests = server.requests();
    assert_eq!((requests[0].header("x-api-key"), requests[0].header("authorization")), (Some(TOKEN), None));
    assert_eq!(requests[0].header_names(), ["accept", "x-api-key"]);
    assert_eq!(
        (requests[1].query.as_deref(), requests[1].header("authorization")),
        (Some("page=2&api_key=wire-token"), None)
    );
}

#[tokio::test]
async fn a_token_in_the_query_never_shows_in_a_transport_error() {
    let client = Client::new(TOKEN).expect("token").with_base_url(&closed_port_url().await).expect("base URL");
    let error = client.items().get_with_query_key().await.expect_err("nothing listens");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    for text in [error.to_string(), format!("{error:?}")] {
        assert!(!text.contains(TOKEN), "{text}");
    }
}

#[tokio::test]
async fn deep_object_parameters_are_written_in_brackets() {
    let server = Server::start(Reply::json(200, &json!([]))).await;
    let filter = wire_client::models::ListItemsFilter { min: Some(1), tag: Some("x y".into()) };
    client(&server).items().list_items().filter(filter).limit(3).await.expect("200");
    assert_eq!(server.request().query.as_deref(), Some("limit=3&filter%5Bmin%5D=1&filter%5Btag%5D=x+y"));
}
