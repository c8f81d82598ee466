#![deny(warnings)]

use losant_instance_org::models::InstanceOrg;
use losant_instance_org::{Client, Error, models};

async fn fetch(client: &Client) -> Result<InstanceOrg, Error<models::Error>> {
    let response = client
        .instance_org()
        .get_instance_org("575ec8687ae143cd83dc4a97", "575ed6e87ae143cd83dc4aa8")
        .summary_include("payloadCount")
        .await?;
    Ok(response.into_body())
}

fn main() {
    let client = Client::new("token").expect("a valid token");
    drop(fetch(&client));
}
