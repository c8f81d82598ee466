//! The generated models decode what the API sends and encode what it expects.

use chrono::{TimeZone, Utc};
use losant_instance_org::models::{
    InstanceOrg, InstanceOrgDisabledAt, InstanceOrgPatch, InstanceOrgPatchDisabledAt, InstanceOrgSubscriptionStatus,
    MfaMode, OrgBanner, OrgBannerLevel, OrgTag,
};
use serde_json::{Value, json};

use crate::support::{built, fixture, numbers_as_floats, read_json};

fn complete_org() -> Value {
    read_json(&fixture("instance-org-complete.json"))
}

#[test]
fn a_complete_organization_round_trips_without_loss() {
    let sample = complete_org();
    let org: InstanceOrg = serde_json::from_value(sample.clone()).expect("decodes");
    assert_eq!(org.name, "Example Org");
    assert_eq!(org.mfa_mode, Some(MfaMode::AdminRequired));
    assert_eq!(org.limits.as_ref().and_then(|limits| limits.storage), Some(10_737_418_240));
    assert_eq!(org.disabled_at, Some(InstanceOrgDisabledAt::Enabled(false)));
    let state = org.summary.as_ref().and_then(|s| s.payload_count.as_ref()).and_then(|p| p.device_state.as_ref());
    assert_eq!(state.and_then(|counts| counts.get("mqtt")), Some(&7.5));
    // Dates are re-encoded in chrono's own notation, so compare them as instants.
    let mut expected = sample;
    let mut actual = serde_json::to_value(&org).expect("encodes");
    for value in [&mut expected, &mut actual] {
        for key in ["creationDate", "lastUpdated", "currentPeriodStart", "currentPeriodEnd"] {
            let text = value[key].as_str().expect("a date").to_owned();
            value[key] = json!(chrono::DateTime::parse_from_rfc3339(&text).expect("RFC 3339").timestamp_millis());
        }
    }
    assert_eq!(numbers_as_floats(actual), numbers_as_floats(expected));
}

#[test]
fn values_and_fields_the_client_does_not_know_are_tolerated() {
    let mut sample = complete_org();
    sample["subscriptionStatus"] = json!("paused");
    sample["banner"]["level"] = json!("emergency");
    sample["someFutureField"] = json!({"nested": true});
    let org: InstanceOrg = serde_json::from_value(sample).expect("decodes");
    assert_eq!(org.subscription_status, Some(InstanceOrgSubscriptionStatus::Unknown("paused".into())));
    let level = org.banner.as_ref().and_then(|banner| banner.level.clone()).expect("a level");
    assert_eq!(level.as_str(), "emergency");
    let encoded = serde_json::to_value(&org).expect("encodes");
    assert_eq!(encoded["subscriptionStatus"], "paused");
    assert_eq!(encoded.get("someFutureField"), None);
}

#[test]
fn disabled_at_takes_both_shapes() {
    let mut sample = complete_org();
    sample["disabledAt"] = json!("2026-01-02T03:04:05Z");
    let org: InstanceOrg = serde_json::from_value(sample).expect("decodes");
    let at = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).single().expect("a valid instant");
    assert_eq!(org.disabled_at, Some(InstanceOrgDisabledAt::DisabledSince(at)));

    let now =
        built(|patch: &mut InstanceOrgPatch| patch.disabled_at = Some(InstanceOrgPatchDisabledAt::Disabled(true)));
    assert_eq!(serde_json::to_value(&now).expect("encodes"), json!({"disabledAt": true}));
    let later =
        built(|patch: &mut InstanceOrgPatch| patch.disabled_at = Some(InstanceOrgPatchDisabledAt::DisableFrom(at)));
    assert_eq!(serde_json::to_value(&later).expect("encodes"), json!({"disabledAt": "2026-01-02T03:04:05Z"}));
}

#[test]
fn a_patch_sends_only_what_is_set() {
    assert_eq!(serde_json::to_value(InstanceOrgPatch::default()).expect("encodes"), json!({}));
    let patch = built(|patch: &mut InstanceOrgPatch| {
        patch.name = Some("Renamed".into());
        patch.mfa_mode = Some(MfaMode::Required);
        patch.tags = Some(vec![OrgTag::new("region".into(), "eu".into())]);
        patch.banner = Some(built(|banner: &mut OrgBanner| banner.level = Some(OrgBannerLevel::Critical)));
    });
    assert_eq!(
        serde_json::to_value(&patch).expect("encodes"),
        json!({"name": "Renamed", "tags": [{"key": "region", "value": "eu"}], "mfaMode": "required", "banner": {"level": "critical"}})
    );
}

#[test]
fn a_missing_required_field_is_a_decode_error() {
    let mut sample = complete_org();
    sample.as_object_mut().expect("an object").remove("name");
    let error = serde_json::from_value::<InstanceOrg>(sample).expect_err("name is required");
    assert!(error.to_string().contains("missing field `name`"), "{error}");
}

#[test]
fn a_property_of_the_wrong_type_is_a_decode_error_naming_it() {
    let mut sample = complete_org();
    sample["limits"]["device"] = json!("many");
    let error = serde_json::from_value::<InstanceOrg>(sample).expect_err("a device limit is a number");
    let message = error.to_string();
    assert!(message.starts_with("property `limits`: property `device`: invalid type: string \"many\""), "{message}");
}
