#![deny(warnings)]

use losant_instance_org::instance_org::DeleteInstanceOrg;
use losant_instance_org::{Client, Error};

/// Deletes the organization; one that is already gone counts as deleted.
async fn delete(client: &Client, instance_id: &str, org_id: &str) -> Result<bool, String> {
    match client.instance_org().delete_instance_org(instance_id, org_id).await {
        Ok(response) => Ok(response.success == Some(true)),
        Err(Error::Api { status, .. }) if status.as_u16() == 404 => Ok(true),
        Err(error) => Err(error.to_string()),
    }
}

fn main() {
    assert!(DeleteInstanceOrg::ACCEPTED_SCOPES.contains(&"instanceOrg.delete"));
    let client = Client::new("token").expect("a valid token");
    drop(delete(&client, "575ec8687ae143cd83dc4a97", "575ed6e87ae143cd83dc4aa8"));
}
