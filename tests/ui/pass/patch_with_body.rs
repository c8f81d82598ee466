#![deny(warnings)]

use losant_instance_org::models::{InstanceOrgPatch, MfaMode};
use losant_instance_org::{Client, Error};

async fn rename(client: &Client, name: &str) -> Result<String, Error<losant_instance_org::models::Error>> {
    let mut patch = InstanceOrgPatch::default();
    patch.name = Some(name.to_owned());
    patch.mfa_mode = Some(MfaMode::Required);
    let org = client
        .instance_org()
        .patch_instance_org("575ec8687ae143cd83dc4a97", "575ed6e87ae143cd83dc4aa8", patch)
        .send()
        .await?;
    Ok(org.name.clone())
}

fn main() {
    let client = Client::new("token").expect("a valid token");
    drop(rename(&client, "Renamed"));
}
