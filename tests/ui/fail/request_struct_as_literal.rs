// Request structs are `#[non_exhaustive]`, so that the API may add an optional property in a
// minor release: callers start from `default()` or `new(..)` instead of writing a literal.
use losant_instance_org::models::InstanceOrgPatch;

fn main() {
    let _patch = InstanceOrgPatch { name: Some("Renamed".to_owned()), ..Default::default() };
}
