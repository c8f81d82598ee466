//! The client generated from a real FastAPI application's OpenAPI 3.1 document
//! (`tests/fixtures/fastapi/`), against that application served by uvicorn on 127.0.0.1:
//! Pydantic v2's optional fields, `Literal`s, enums, nested models, tuples, discriminated
//! unions, file uploads, query lists and FastAPI's own 422 errors, through every operation.

use std::collections::BTreeMap;

use fastapi_client::items::GetItemError;
use fastapi_client::models::{
    BoxModel, Colour, Container, Dimensions, ItemIn, Kind, Priority, Shape, Shape2, Shelf, Tube, ValidationErrorLocItem,
};
use fastapi_client::{Client, Error};
use xtask::fastapi::{self, Server};

/// The application, started for one test: each gets its own, with an empty store.
fn server() -> Server {
    Server::start(&xtask::workspace_root()).unwrap_or_else(|error| panic!("the FastAPI application: {error}"))
}

fn client(server: &Server) -> Client {
    // The application asks for no credentials; the client sends its token all the same.
    Client::new("unused").expect("token").with_base_url(&server.base_url()).expect("base URL")
}

fn item(name: &str, colour: Colour) -> ItemIn {
    let mut item = ItemIn::new(name.to_owned(), colour);
    item.priority = Some(Priority::Value3);
    item.tags = Some(vec!["fragile".to_owned()]);
    item.attributes = Some(BTreeMap::from([("weight_g".to_owned(), 250)]));
    item.dimensions = Some(Some(Dimensions::new(2.5, 4.0)));
    item.note = Some(None);
    item.position = Some((3, -4));
    item
}

#[test]
fn the_committed_spec_is_what_the_application_serves() {
    let root = xtask::workspace_root();
    let served = fastapi::openapi(&root).unwrap_or_else(|error| panic!("{error}"));
    let committed = std::fs::read_to_string(root.join(fastapi::SPEC)).expect("the committed spec");
    assert!(
        served == committed,
        "{} is stale: run `cargo xtask fastapi-spec`, then `cargo xtask codegen`",
        fastapi::SPEC
    );
}

#[tokio::test]
async fn items_are_created_found_listed_and_deleted() {
    let server = server();
    let client = client(&server);
    let created = client.items().create_item(item("lamp", Colour::Red)).await.expect("201");
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(created.id, "6f1c1d6e-8a4b-4d7e-9f00-000000000001");
    assert_eq!(created.kind, Some(Kind::Item));
    assert_eq!(created.created_at.to_rfc3339(), "2026-01-02T03:04:05+00:00");
    assert_eq!((created.priority, created.position), (Some(Priority::Value3), Some((3, -4))));
    assert_eq!(created.dimensions, Some(Some(Dimensions::new(2.5, 4.0))));
    assert_eq!(created.note, Some(None), "an explicit null comes back as one");

    let found = client.items().get_item(created.id.clone()).await.expect("200");
    assert_eq!(*found, *created);

    let listed = client.items().list_items().colour(vec![Colour::Blue, Colour::Red]).limit(5).name_prefix("la").await;
    assert_eq!(listed.expect("200").iter().map(|item| item.name.as_str()).collect::<Vec<_>>(), ["lamp"]);
    let none = client.items().list_items().colour(vec![Colour::Green]).await.expect("200");
    assert!(none.is_empty(), "{none:?}");

    client.items().delete_item(created.id.clone()).await.expect("204");
    match client.items().get_item(created.id.clone()).await {
        Err(Error::Api { status, body: GetItemError::NotFound, .. }) => assert_eq!(status.as_u16(), 404),
        other => panic!("expected the documented 404, got {other:?}"),
    }
}

#[tokio::test]
async fn a_request_the_server_refuses_is_decoded_into_its_422_error() {
    let server = server();
    match client(&server).items().get_item("not-a-uuid").await {
        Err(Error::Api { status, body: GetItemError::UnprocessableContent(error), .. }) => {
            assert_eq!(status.as_u16(), 422);
            let detail = error.detail.expect("FastAPI lists what it refused");
            assert_eq!(
                detail[0].loc,
                [ValidationErrorLocItem::String("path".into()), ValidationErrorLocItem::String("item_id".into())]
            );
            assert_eq!(detail[0].r#type, "uuid_parsing");
        }
        other => panic!("expected FastAPI's 422, got {other:?}"),
    }
}

#[tokio::test]
async fn discriminated_unions_go_out_and_come_back_as_the_same_variant() {
    let server = server();
    let client = client(&server);
    for container in
        [Container::Tube(Tube::new(Shape2::Tube, 1.5, 30.0)), Container::BoxModel(BoxModel::new(Shape::Box, 12.0))]
    {
        let mut shelf = Shelf::new("top".to_owned(), container);
        shelf.item_ids = Some(vec![]);
        let stored = client.shelves().put_shelf(7, shelf.clone()).await.expect("200");
        assert_eq!(*stored, shelf);
    }
}

#[tokio::test]
async fn files_upload_as_multipart_parts() {
    let server = server();
    let scan = client(&server).scans().upload_scan(vec![0_u8, 159, 146, 150], "receipt").await.expect("200");
    assert_eq!((scan.size, scan.label.as_str()), (4, "receipt"));
    assert_eq!(scan.content_type.as_deref(), Some("application/octet-stream"));
}
