// A struct only responses carry has no way to be built outside the crate, so that a property
// the API adds to a response, even a required one, is a minor release.
use losant_instance_org::models::InstanceOrgSummary;

fn main() {
    let _summary = InstanceOrgSummary::default();
}
