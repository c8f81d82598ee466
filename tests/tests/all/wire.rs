//! The runtime on the wire, through the crate generated from `tests/fixtures/specs/wire.yaml`,
//! which has what the Losant spec lacks: unconstrained path parameters, lists in the query,
//! cookies, text, byte and multipart bodies, `204`, `4XX` and `default` responses, bodies that
//! differ by status, and every way of carrying credentials.

use axum::extract::FromRequest;
use serde_json::json;
use wire_client::items::{CopyItemError, CopyItemResponse};
use wire_client::models::{Item, Order};
use wire_client::{Client, EncodedBody, Error, RetryPolicy};

use crate::server::{Recorded, Reply, Server, closed_port_url};
use crate::support::{QUICK_BACKOFF, built};

const TOKEN: &str = "wire-token";

fn client(server: &Server) -> Client {
    Client::new(TOKEN)
        .expect("token")
        .with_base_url(&server.base_url)
        .expect("base URL")
        .with_retry_policy(RetryPolicy::DEFAULT.with_backoff(QUICK_BACKOFF.0, QUICK_BACKOFF.1))
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
        let new_item = Item::new("n".into());
        match client(&server).items().create_item(new_item).await {
            Err(Error::Api { status: got, body, .. }) => {
                assert_eq!(got.as_u16(), status);
                assert_eq!(body.title.as_deref(), Some("nope"));
            }
            other => panic!("{status}: expected Error::Api, got {other:?}"),
        }
    }
    let server = Server::start(Reply::json(201, &item())).await;
    let created = client(&server).items().create_item(Item::new("n".into())).await.expect("201");
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
    let error = client(&server).items().create_item(Item::new(String::new())).await.expect_err("empty name");
    assert!(matches!(&error, Error::Validation(error) if error.path() == "name"), "{error:?}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn form_bodies_nest_objects_and_lists_in_brackets() {
    let server = Server::start(Reply::empty(204)).await;
    let mut body = wire_client::models::SubmitFormBody::new("n a".into());
    body.tags = Some(vec!["x".into(), "y".into()]);
    body.meta = Some([("k".to_owned(), "v&w".to_owned())].into());
    body.count = Some(3);
    client(&server).items().submit_form(body).await.expect("204");
    let request = server.request();
    assert_eq!(request.header("content-type"), Some("application/x-www-form-urlencoded"));
    // Field order follows serde_json's maps, which depends on its features; a form's order is immaterial.
    let body = String::from_utf8(request.body).expect("text");
    let mut pairs: Vec<&str> = body.split('&').collect();
    pairs.sort_unstable();
    assert_eq!(pairs, ["count=3", "meta%5Bk%5D=v%26w", "name=n+a", "tags%5B0%5D=x", "tags%5B1%5D=y"]);
    let invalid = wire_client::models::SubmitFormBody::new(String::new());
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
    let filter = built(|filter: &mut wire_client::models::ListItemsFilter| {
        filter.min = Some(1);
        filter.tag = Some("x y".into());
    });
    client(&server).items().list_items().filter(filter).limit(3).await.expect("200");
    assert_eq!(server.request().query.as_deref(), Some("limit=3&filter%5Bmin%5D=1&filter%5Btag%5D=x+y"));
}

#[tokio::test]
async fn a_parameter_given_by_json_content_is_sent_as_its_json_text() {
    let server = Server::start(Reply::json(200, &json!([]))).await;
    let search = built(|search: &mut wire_client::models::ListItemsSearch| search.name = Some("a&b c".into()));
    client(&server).items().list_items().search(search).await.expect("200");
    // `{"name":"a&b c"}`, form-encoded.
    assert_eq!(server.request().query.as_deref(), Some("search=%7B%22name%22%3A%22a%26b+c%22%7D"));
}

#[tokio::test]
async fn bodies_that_differ_by_status_decode_into_their_variant() {
    let cases = [
        (Reply::json(201, &item()), "Created"),
        (Reply::json(202, &json!({"id": "job-1"})), "Accepted"),
        (Reply::empty(204), "NoContent"),
    ];
    for (reply, expected) in cases {
        let server = Server::start(reply).await;
        let body = client(&server).items().copy_item("7").await.expect("a documented success").into_body();
        let variant = match &body {
            CopyItemResponse::Created(copy) if copy.id == Some(7) => "Created",
            CopyItemResponse::Accepted(job) if job.id == "job-1" => "Accepted",
            CopyItemResponse::NoContent => "NoContent",
            other => panic!("{expected}: {other:?}"),
        };
        assert_eq!(variant, expected);
    }
    let server = Server::start(Reply::raw(409, "text/plain", "copying since noon")).await;
    match client(&server).items().copy_item("7").await {
        Err(Error::Api { body: CopyItemError::Conflict(text), .. }) => assert_eq!(text, "copying since noon"),
        other => panic!("expected the 409 text, got {other:?}"),
    }
    let server = Server::start(Reply::json(404, &json!({"title": "gone"}))).await;
    match client(&server).items().copy_item("7").await {
        Err(Error::Api { body: CopyItemError::NotFound(problem), .. }) => {
            assert_eq!(problem.title.as_deref(), Some("gone"))
        }
        other => panic!("expected the 404 problem, got {other:?}"),
    }
    let server = Server::start(Reply::json(202, &json!({"no": "id"}))).await;
    let error = client(&server).items().copy_item("7").await.expect_err("a 202 body without its id");
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
}

/// The parts of a multipart body as a real multipart parser reads them: (name, file name,
/// content type, content).
async fn multipart_parts(request: &Recorded) -> Vec<(String, Option<String>, Option<String>, Vec<u8>)> {
    let content_type = request.header("content-type").expect("a content type").to_owned();
    let http_request = axum::http::Request::builder()
        .header("content-type", content_type)
        .body(axum::body::Body::from(request.body.clone()))
        .expect("a request");
    let mut form = axum::extract::Multipart::from_request(http_request, &()).await.expect("a multipart body");
    let mut parts = Vec::new();
    while let Some(field) = form.next_field().await.expect("well-formed parts") {
        let name = field.name().map(str::to_owned).expect("a name");
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(str::to_owned);
        parts.push((name, file_name, content_type, field.bytes().await.expect("content").to_vec()));
    }
    parts
}

#[tokio::test]
async fn multipart_bodies_carry_files_as_bytes_and_fields_as_text_or_json() {
    let server = Server::start(Reply::empty(204)).await;
    // The boundary the client picks first occurs in this file, so it has to pick another.
    let file = b"\x00\xffbinary\r\n--client-boundary-0000000000000000\r\n".to_vec();
    client(&server)
        .items()
        .upload_file(file.clone())
        .note("first \"draft\"")
        .tags(vec!["a".into(), "b".into()])
        .order(Order::Asc)
        .item({
            let mut item = Item::new("one".into());
            item.id = Some(1);
            item
        })
        .pages_value(vec![b"p1".to_vec(), b"p2".to_vec()])
        .await
        .expect("204");
    let request = server.request();
    assert!(request.header("content-type").is_some_and(|value| value.starts_with("multipart/form-data; boundary=")));
    let text = |name: &str, value: &str| (name.to_owned(), None, None, value.as_bytes().to_vec());
    let file_part = |name: &str, bytes: &[u8]| {
        (name.to_owned(), Some(name.to_owned()), Some("application/octet-stream".to_owned()), bytes.to_vec())
    };
    assert_eq!(
        multipart_parts(&request).await,
        [
            file_part("file", &file),
            text("note", "first \"draft\""),
            text("tags", "a"),
            text("tags", "b"),
            text("order", "asc"),
            ("item".to_owned(), None, Some("application/json".to_owned()), br#"{"id":1,"name":"one"}"#.to_vec()),
            file_part("pages", b"p1"),
            file_part("pages", b"p2"),
        ]
    );
    let error = client(&server).items().upload_file(b"x".to_vec()).note("far too long for the limit").await;
    assert!(matches!(&error, Err(Error::Validation(error)) if error.path() == "note"), "{error:?}");
    assert_eq!(server.requests().len(), 1, "an invalid part is never sent");
}

#[tokio::test]
async fn a_body_the_caller_encodes_goes_with_the_content_type_they_give() {
    let server = Server::start(Reply::empty(204)).await;
    let body = b"--XYZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nzip\r\n--XYZ--\r\n".to_vec();
    let encoded = EncodedBody::new("multipart/form-data; boundary=XYZ", body.clone());
    client(&server).items().upload_archive(encoded).await.expect("204");
    let request = server.request();
    assert_eq!(request.header("content-type"), Some("multipart/form-data; boundary=XYZ"));
    assert_eq!(request.body, body);
    let unsendable = EncodedBody::new("multipart/form-data;\nboundary=XYZ", body);
    let error = client(&server).items().upload_archive(unsendable).await;
    assert!(matches!(&error, Err(Error::Validation(error)) if error.path() == "body"), "{error:?}");
    assert_eq!(server.requests().len(), 1, "a body with a content type no header can carry is never sent");
}

#[tokio::test]
async fn required_parameters_that_allow_one_value_are_always_sent_with_it() {
    let server = Server::start(Reply::empty(204)).await;
    let encoded = EncodedBody::new("multipart/form-data; boundary=XYZ", b"--XYZ--\r\n".to_vec());
    client(&server).items().upload_archive(encoded).await.expect("204");
    let request = server.request();
    assert_eq!(request.query.as_deref(), Some("Action=StoreArchive"));
    assert_eq!(request.header("x-archive-format"), Some("zip"));
}

#[tokio::test]
async fn cookie_keys_and_basic_credentials_go_where_the_scheme_says() {
    let server = Server::start(Reply::empty(204)).await;
    client(&server).items().get_with_cookie_key().session("s1").await.expect("204");
    let basic = client(&server).with_basic_auth("ada", "pa:ss");
    basic.items().get_with_basic_auth().await.expect("204");
    basic.items().get_item("7").await.expect_err("a 204 has no item body");
    let requests = server.requests();
    assert_eq!(requests[0].header("cookie"), Some("session=s1; token=wire-token"));
    assert_eq!(requests[0].header("authorization"), None);
    // base64("ada:pa:ss")
    assert_eq!(requests[1].header("authorization"), Some("Basic YWRhOnBhOnNz"));
    assert_eq!(requests[2].header("authorization"), Some("Bearer wire-token"), "other operations keep the token");
    assert!(!format!("{basic:?}").contains("pa:ss"));
}

#[tokio::test]
async fn errors_keep_the_response_headers() {
    let reply = Reply::json(404, &json!({"code": "gone"})).with_header("x-request-id", "req-7");
    let server = Server::start_at("/v1", reply).await;
    let error = client(&server).items().get_item("7").await.expect_err("a 404");
    let headers = error.headers().expect("a response came");
    assert_eq!(headers.get("x-request-id").and_then(|value| value.to_str().ok()), Some("req-7"));
    assert_eq!(error.status().map(|status| status.as_u16()), Some(404));
}

#[tokio::test]
async fn a_request_times_out_after_its_own_timeout_as_a_timeout_error() {
    let server = Server::start_at("/v1", Reply::json(200, &item()).after(std::time::Duration::from_secs(30))).await;
    let timeout = std::time::Duration::from_millis(200);
    // One attempt: retries of timeouts are tested with the other retries.
    let client = client(&server).with_retry_policy(wire_client::RetryPolicy::NONE);
    match client.items().get_item("7").timeout(timeout).await {
        Err(Error::Timeout { operation, after, .. }) => {
            assert_eq!((operation, after), ("getItem", Some(timeout)));
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    let message = client.items().get_item("7").timeout(timeout).await.expect_err("times out").to_string();
    assert_eq!(message, "`getItem` timed out after 200 ms");
}
