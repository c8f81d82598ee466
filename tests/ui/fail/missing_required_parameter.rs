use losant_instance_org::Client;

fn main() {
    let client = Client::new("token").expect("a valid token");
    let _request = client.instance_org().get_instance_org("575ec8687ae143cd83dc4a97");
}
