use losant_instance_org::Client;

fn main() {
    let client = Client::new("token").expect("a valid token");
    let _request = client
        .instance_org()
        .delete_instance_org("575ec8687ae143cd83dc4a97", "575ed6e87ae143cd83dc4aa8")
        .summary_include("payloadCount");
}
