use losant_instance_org::Client;
use losant_instance_org::models::InstanceOrg;

fn main() {
    let client = Client::new("token").expect("a valid token");
    let org: InstanceOrg = serde_json::from_str(r#"{"name": "Example"}"#).expect("an organization");
    let _request = client.instance_org().patch_instance_org("575ec8687ae143cd83dc4a97", "575ed6e87ae143cd83dc4aa8", org);
}
