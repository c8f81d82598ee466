//! The page and item streams of operations that declare `x-pagination`: by page number (the
//! Losant organizations list), by cursor and by offset (the wire fixture), against servers that
//! page correctly and servers that would make a naive client loop.

use std::pin::Pin;

use futures_core::Stream;
use serde_json::{Value, json};

use crate::server::{Recorded, Reply, Server};
use crate::support::QUICK_BACKOFF;

const INSTANCE: &str = "575ec8687ae143cd83dc4a97";

fn orgs_client(server: &Server) -> losant_instance_orgs::Client {
    let quick = losant_instance_orgs::RetryPolicy::DEFAULT.with_backoff(QUICK_BACKOFF.0, QUICK_BACKOFF.1);
    losant_instance_orgs::Client::new("token")
        .expect("token")
        .with_base_url(&server.base_url)
        .expect("base URL")
        .with_retry_policy(quick)
}

fn wire_client(server: &Server) -> wire_client::Client {
    wire_client::Client::new("token").expect("token").with_base_url(&server.base_url).expect("base URL")
}

fn org(name: &str) -> Value {
    json!({"id": "575ed6e87ae143cd83dc4aa8", "name": name})
}

/// A page of organizations with `names`, announcing `total`.
fn orgs_page(names: &[&str], total: Option<u64>) -> Reply {
    let items: Vec<Value> = names.iter().map(|name| org(name)).collect();
    let mut page = json!({"items": items, "count": names.len()});
    if let Some(total) = total {
        page["totalCount"] = json!(total);
    }
    Reply::json(200, &page)
}

fn page_number(request: &Recorded) -> usize {
    request.query_value("page").and_then(|page| page.parse().ok()).expect("every page asks for a number")
}

fn queries(server: &Server) -> Vec<String> {
    server.requests().iter().map(|request| request.query.clone().unwrap_or_default()).collect()
}

#[tokio::test]
async fn items_of_three_pages_arrive_in_order_one_request_a_page() {
    let pages = [vec!["a", "b"], vec!["c", "d"], vec!["e"]];
    let server = Server::start_with(move |request, _| orgs_page(&pages[page_number(request)], Some(5))).await;
    let client = orgs_client(&server);
    let mut items = client.instance_orgs().get_instance_orgs(INSTANCE).per_page(2).items();
    let mut names = Vec::new();
    while let Some(org) = items.next().await {
        names.push(org.expect("an organization").name);
    }
    assert_eq!(names, ["a", "b", "c", "d", "e"]);
    assert_eq!(queries(&server), ["page=0&perPage=2", "page=1&perPage=2", "page=2&perPage=2"]);
}

#[tokio::test]
async fn pages_are_a_stream_that_starts_where_the_request_says() {
    let server = Server::start_with(|request, _| match page_number(request) {
        3 => orgs_page(&["x"], None),
        _ => orgs_page(&[], None),
    })
    .await;
    let client = orgs_client(&server);
    let mut pages = client.instance_orgs().get_instance_orgs(INSTANCE).page(3).pages();
    let mut sizes = Vec::new();
    while let Some(page) = std::future::poll_fn(|context| Pin::new(&mut pages).poll_next(context)).await {
        sizes.push(page.expect("a page").items.as_ref().map_or(0, Vec::len));
    }
    // Page 3 is shorter than the default page size (100) and no total is given: it is the last.
    assert_eq!(sizes, [1]);
    assert_eq!(queries(&server), ["page=3"]);
}

#[tokio::test]
async fn an_empty_page_ends_the_stream() {
    let pages = [vec!["a"], vec!["b"], vec![]];
    let server = Server::start_with(move |request, _| orgs_page(&pages[page_number(request)], None)).await;
    let client = orgs_client(&server);
    let mut items = client.instance_orgs().get_instance_orgs(INSTANCE).per_page(1).items();
    let mut count = 0;
    while let Some(item) = items.next().await {
        item.expect("an organization");
        count += 1;
    }
    assert_eq!(count, 2);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn more_pages_than_the_total_announced_end_with_an_error() {
    // Four items in pages of two is two pages, but this server sends one item a page, forever.
    let server = Server::start(orgs_page(&["again"], Some(4))).await;
    let client = orgs_client(&server);
    let mut items = client.instance_orgs().get_instance_orgs(INSTANCE).per_page(2).items();
    let mut results = Vec::new();
    while let Some(item) = items.next().await {
        results.push(item);
    }
    assert_eq!(results.len(), 3, "two items, then the error: {results:?}");
    match &results[2] {
        Err(losant_instance_orgs::Error::Pagination { operation, message, .. }) => {
            assert_eq!(*operation, "getInstanceOrgs");
            assert!(message.contains("4 items"), "{message}");
        }
        other => panic!("expected a pagination error, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_page_that_fails_once_is_retried_and_the_stream_goes_on() {
    let pages = [vec!["a"], vec!["b"]];
    let server = Server::start_with(move |request, index| match index {
        1 => Reply::json(503, &json!({"message": "busy"})),
        _ => orgs_page(&pages[page_number(request)], Some(2)),
    })
    .await;
    let client = orgs_client(&server);
    let mut items = client.instance_orgs().get_instance_orgs(INSTANCE).per_page(1).items();
    let mut names = Vec::new();
    while let Some(org) = items.next().await {
        names.push(org.expect("an organization").name);
    }
    assert_eq!(names, ["a", "b"]);
    assert_eq!(queries(&server), ["page=0&perPage=1", "page=1&perPage=1", "page=1&perPage=1"]);
}

fn events_page(ids: &[&str], next: Option<&str>) -> Reply {
    let data: Vec<Value> = ids.iter().map(|id| json!({"id": id})).collect();
    Reply::json(200, &json!({"data": data, "meta": {"next": next}}))
}

#[tokio::test]
async fn cursors_are_followed_until_the_server_gives_none() {
    let server = Server::start_with(|request, _| match request.query_value("after").as_deref() {
        None => events_page(&["1", "2"], Some("c1")),
        Some("c1") => events_page(&["3"], Some("c2")),
        _ => events_page(&["4"], None),
    })
    .await;
    let client = wire_client(&server);
    let mut events = client.items().list_events().limit(2).items();
    let mut ids = Vec::new();
    while let Some(event) = events.next().await {
        ids.push(event.expect("an event").id);
    }
    assert_eq!(ids, ["1", "2", "3", "4"]);
    assert_eq!(queries(&server), ["limit=2", "after=c1&limit=2", "after=c2&limit=2"]);
}

#[tokio::test]
async fn a_cursor_returned_twice_ends_the_stream_with_an_error() {
    let server = Server::start_with(|request, _| match request.query_value("after").as_deref() {
        None => events_page(&["1"], Some("c1")),
        _ => events_page(&["2"], Some("c1")),
    })
    .await;
    let client = wire_client(&server);
    let mut pages = client.items().list_events().pages();
    assert!(pages.next().await.expect("a first page").is_ok());
    assert!(pages.next().await.expect("a second page").is_ok());
    match pages.next().await {
        Some(Err(wire_client::Error::Pagination { message, .. })) => assert!(message.contains("\"c1\""), "{message}"),
        other => panic!("expected a pagination error, got {other:?}"),
    }
    assert!(pages.next().await.is_none(), "the stream has ended");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn offsets_advance_past_each_pages_items_until_the_total() {
    let lines = ["a", "b", "c", "d", "e"];
    let server = Server::start_with(move |request, _| {
        let skip: usize = request.query_value("skip").and_then(|skip| skip.parse().ok()).expect("an offset");
        let take: usize = request.query_value("take").and_then(|take| take.parse().ok()).unwrap_or(2);
        let page: Vec<&str> = lines.iter().skip(skip).take(take).copied().collect();
        Reply::json(200, &json!({"lines": page, "total": lines.len()}))
    })
    .await;
    let client = wire_client(&server);
    let mut items = client.items().list_logs(0).items();
    let mut seen = Vec::new();
    while let Some(line) = items.next().await {
        seen.push(line.expect("a line"));
    }
    assert_eq!(seen, lines);
    assert_eq!(queries(&server), ["skip=0", "skip=2", "skip=4"]);
}
