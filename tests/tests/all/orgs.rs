//! The crate generated from the second hand-written spec, `spec/instance-orgs.yaml`, on the wire.

use losant_instance_orgs::instance_orgs::{CreateInstanceOrg, GetInstanceOrgs};
use losant_instance_orgs::models::{InstanceOrgPost, OrgFilterField, OrgSortField, SortDirection};
use losant_instance_orgs::{Client, Error, RetryPolicy};
use serde_json::{Value, json};

use crate::server::{Reply, Server};
use crate::support::QUICK_BACKOFF;

const INSTANCE: &str = "575ec8687ae143cd83dc4a97";
const TOKEN: &str = "orgs-token";

fn client(server: &Server) -> Client {
    Client::new(TOKEN)
        .expect("token")
        .with_base_url(&server.base_url)
        .expect("base URL")
        .with_retry_policy(RetryPolicy::DEFAULT.with_backoff(QUICK_BACKOFF.0, QUICK_BACKOFF.1))
}

fn page() -> Value {
    json!({
        "items": [{"id": "575ed6e87ae143cd83dc4aa8", "name": "First", "creationDate": "2026-01-02T03:04:05Z"}],
        "count": 1, "totalCount": 41, "perPage": 25, "page": 1,
        "filter": "my*org", "filterField": "name", "sortField": "creationDate", "sortDirection": "desc",
        "instanceId": INSTANCE
    })
}

#[tokio::test]
async fn listing_sends_paging_sorting_and_filtering_as_query_parameters() {
    let server = Server::start(Reply::json(200, &page())).await;
    let orgs = client(&server)
        .instance_orgs()
        .get_instance_orgs(INSTANCE)
        .sort_field(OrgSortField::CreationDate)
        .sort_direction(SortDirection::Desc)
        .page(1)
        .per_page(25)
        .filter_field(OrgFilterField::Name)
        .filter("my*org")
        .summary_include("payloadCount")
        .await
        .expect("200")
        .into_body();
    assert_eq!((orgs.total_count, orgs.items.as_ref().map(Vec::len)), (Some(41), Some(1)));
    let request = server.request();
    assert_eq!((request.method.as_str(), request.path.as_str()), ("GET", "/instances/575ec8687ae143cd83dc4a97/orgs"));
    assert_eq!(
        request.query.as_deref(),
        Some(
            "sortField=creationDate&sortDirection=desc&page=1&perPage=25&filterField=name&filter=my*org&summaryInclude=payloadCount"
        )
    );
    assert_eq!(request.header("authorization"), Some("Bearer orgs-token"));
    assert_eq!(request.header_names(), ["accept", "authorization"]);
}

#[tokio::test]
async fn creating_posts_a_json_body_and_decodes_the_201() {
    let created = json!({"id": "575ed6e87ae143cd83dc4aa8", "name": "New Org", "instanceId": INSTANCE});
    let server = Server::start(Reply::json(201, &created)).await;
    let mut body = InstanceOrgPost::new("New Org".into());
    body.description = Some("Made by a test".into());
    body.whitelisted_email_domains = Some(vec!["example.com".into()]);
    let response = client(&server)
        .instance_orgs()
        .create_instance_org(INSTANCE, body)
        .losantdomain("example.com")
        .await
        .expect("201");
    assert_eq!((response.status().as_u16(), response.name.as_str()), (201, "New Org"));
    let request = server.request();
    assert_eq!((request.method.as_str(), request.header("content-type")), ("POST", Some("application/json")));
    assert_eq!(request.header("losantdomain"), Some("example.com"));
    assert_eq!(
        request.json(),
        json!({"name": "New Org", "description": "Made by a test", "whitelistedEmailDomains": ["example.com"]})
    );
}

#[tokio::test]
async fn both_operations_return_documented_errors_typed_and_others_with_their_body() {
    for status in [400, 404, 500] {
        let server = Server::start(Reply::json(status, &json!({"type": "Oops", "message": "no"}))).await;
        let client = client(&server);
        let listed = client.instance_orgs().get_instance_orgs(INSTANCE).await.map(|_| ());
        let created =
            client.instance_orgs().create_instance_org(INSTANCE, InstanceOrgPost::new("n".into())).await.map(|_| ());
        for result in [listed, created] {
            match (status, result) {
                (400 | 404, Err(Error::Api { status: got, body, .. })) => {
                    assert_eq!((got.as_u16(), body.message.as_deref()), (status, Some("no")));
                }
                (500, Err(Error::UnexpectedStatus { status: got, body, .. })) => {
                    assert_eq!(got.as_u16(), 500);
                    assert!(body.contains("Oops"), "{body}");
                }
                (_, other) => panic!("{status}: unexpected {other:?}"),
            }
        }
    }
}

/// A post of an organization named `Org`, with `edit` applied.
fn post(edit: impl FnOnce(&mut InstanceOrgPost)) -> InstanceOrgPost {
    let mut post = InstanceOrgPost::new("Org".into());
    edit(&mut post);
    post
}

#[tokio::test]
async fn out_of_range_paging_and_invalid_bodies_are_never_sent() {
    let server = Server::start(Reply::json(200, &page())).await;
    let client = client(&server);
    let api = client.instance_orgs();
    let failures = [
        api.get_instance_orgs(INSTANCE).per_page(0).await.map(|_| ()),
        api.get_instance_orgs(INSTANCE).per_page(1001).await.map(|_| ()),
        api.get_instance_orgs(INSTANCE).page(-1).await.map(|_| ()),
        api.get_instance_orgs("not-an-id").await.map(|_| ()),
        api.create_instance_org(INSTANCE, post(|post| post.name = String::new())).await.map(|_| ()),
        api.create_instance_org(INSTANCE, post(|post| post.whitelisted_email_domains = Some(vec!["a".into()])))
            .await
            .map(|_| ()),
    ];
    let paths: Vec<String> = failures
        .into_iter()
        .map(|result| match result {
            Err(Error::Validation(error)) => error.path().to_owned(),
            other => panic!("expected a validation error, got {other:?}"),
        })
        .collect();
    assert_eq!(paths, ["perPage", "perPage", "page", "instanceId", "name", "whitelistedEmailDomains[0]"]);
    assert!(server.requests().is_empty());
}

#[test]
fn each_operation_exposes_its_scopes() {
    assert_eq!(
        GetInstanceOrgs::ACCEPTED_SCOPES,
        ["all.Instance", "all.Instance.read", "all.User", "all.User.read", "instanceOrgs.*", "instanceOrgs.get"]
    );
    assert_eq!(CreateInstanceOrg::ACCEPTED_SCOPES, ["all.Instance", "all.User", "instanceOrgs.*", "instanceOrgs.post"]);
}
