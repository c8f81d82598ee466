//! Each construct the generator supports, through the types it generates for
//! `tests/fixtures/specs/constructs.yaml`: sample JSON decodes as expected and encodes back the same.

use std::collections::BTreeMap;

use constructs_client::models::{
    Described, Either, FreeForm, Labels, Matrix, Merged, Message, Patch, Pet, Priority, Status, SystemNote,
    SystemNoteRole, TreeNode, Weird,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::support::numbers_as_floats;

/// Decodes `sample` as `T`, checks it encodes back to the same JSON, and returns it.
fn round_trip<T: DeserializeOwned + Serialize>(sample: Value) -> T {
    let decoded: T = serde_json::from_value(sample.clone()).unwrap_or_else(|error| panic!("{sample}: {error}"));
    let encoded = serde_json::to_value(&decoded).expect("encodes");
    assert_eq!(numbers_as_floats(encoded), numbers_as_floats(sample));
    decoded
}

#[test]
fn a_discriminator_chooses_the_variant_and_unknown_kinds_are_kept() {
    let Pet::Cat(cat) = round_trip(json!({"petType": "cat", "lives": 9})) else { panic!("not a cat") };
    assert_eq!((cat.pet_type.as_str(), cat.lives), ("cat", 9));
    let Pet::Dog(dog) = round_trip(json!({"petType": "dog", "bark": true})) else { panic!("not a dog") };
    assert_eq!((dog.pet_type.as_str(), dog.bark), ("dog", Some(true)));
    let bird: Pet = round_trip(json!({"petType": "bird", "wings": 2}));
    assert!(matches!(bird, Pet::Unknown(_)));
    let error = serde_json::from_value::<Pet>(json!({"petType": "cat"})).expect_err("a cat needs lives");
    assert!(error.to_string().contains("lives"), "{error}");
}

#[test]
fn without_a_mapping_the_tag_a_member_pins_chooses_it() {
    let Message::SystemMessage(system) = round_trip(json!({"role": "system", "content": "Be brief."})) else {
        panic!("not a system message")
    };
    assert_eq!(system.content, "Be brief.");
    let sample = json!({"role": "tool", "content": "42", "tool_call_id": "call_1"});
    let Message::ToolMessage(tool) = round_trip(sample) else { panic!("not a tool message") };
    assert_eq!(tool.tool_call_id, "call_1");
    let named: Message = round_trip(json!({"role": "SystemMessage", "content": "?"}));
    assert!(matches!(named, Message::Unknown(_)), "a pinned member is not picked by its schema's name");
    let sample = json!({"role": "system", "note": "n"});
    let note: SystemNote = serde_json::from_value(sample.clone()).expect("a note");
    assert_eq!(note.role, SystemNoteRole::System);
    let written = serde_json::to_value(Message::SystemNote(note)).expect("encodes");
    assert_eq!(written, sample, "a variant no tag reads is still written");
}

#[test]
fn integer_enums_keep_unknown_values() {
    assert_eq!(round_trip::<Priority>(json!(2)), Priority::Medium);
    assert_eq!(round_trip::<Priority>(json!(7)), Priority::Unknown(7));
    assert_eq!(i64::from(Priority::High), 3);
}

#[test]
fn optional_nullable_properties_tell_absent_from_null() {
    let absent: Patch = round_trip(json!({}));
    let null: Patch = round_trip(json!({"nickname": null}));
    let set: Patch = round_trip(json!({"nickname": "Rex", "age": 3, "priority": 1}));
    assert_eq!((absent.nickname, null.nickname, set.nickname), (None, Some(None), Some(Some("Rex".into()))));
    assert_eq!(set.priority, Some(Priority::Low));
    let mut clear_age: Patch = round_trip(json!({}));
    clear_age.age = Some(None);
    assert_eq!(serde_json::to_value(clear_age).expect("encodes"), json!({"age": null}));
}

#[test]
fn recursive_types_nest() {
    let tree: TreeNode = round_trip(json!({
        "label": "leaf",
        "parent": {"label": "middle", "parent": {"label": "root"}},
        "children": [{"label": "a", "children": []}, {"label": "b"}]
    }));
    let grandparent = tree.parent.as_ref().and_then(|parent| parent.parent.as_ref()).map(|node| node.label.as_str());
    assert_eq!(grandparent, Some("root"));
}

#[test]
fn unnamed_properties_are_kept_in_a_map() {
    let labels: Labels = round_trip(json!({"name": "n", "color": "red", "size": "xl"}));
    let expected: BTreeMap<String, String> =
        [("color", "red"), ("size", "xl")].map(|(k, v)| (k.into(), v.into())).into();
    assert_eq!(labels.additional_properties, expected);
    let free: FreeForm = round_trip(json!({"anything": [1, {"goes": null}]}));
    assert_eq!(free.len(), 1);
    let matrix: Matrix = round_trip(json!([[1.5, 2.0], [], [3.0]]));
    assert_eq!(matrix[0], [1.5, 2.0]);
}

#[test]
fn odd_names_become_distinct_identifiers_with_their_wire_names() {
    let sample = json!({
        "type": "t", "self": "s", "_links": "underscored", "links": "plain", "2fa": true,
        "foo-bar": "kebab", "fooBar": "camel", "@id": "at"
    });
    let weird: Weird = round_trip(sample);
    assert_eq!(
        (weird.r#type.as_deref(), weird.self_.as_deref(), weird.links.as_deref(), weird.links_2.as_deref()),
        (Some("t"), Some("s"), Some("underscored"), Some("plain"))
    );
    assert_eq!(
        (weird.foo_bar.as_deref(), weird.foo_bar_2.as_deref(), weird.at_id.as_deref()),
        (Some("kebab"), Some("camel"), Some("at"))
    );
    assert_eq!(weird.field_2fa, Some(true));
}

#[test]
fn all_of_merges_and_any_of_tries_each_shape() {
    let merged: Merged = round_trip(json!({"name": "n", "extra": 5, "other": "kept"}));
    assert_eq!((merged.name.as_str(), merged.extra), ("n", 5));
    assert_eq!(round_trip::<Either>(json!("text")), Either::String("text".into()));
    assert_eq!(round_trip::<Either>(json!(42)), Either::Integer(42));
}

#[test]
fn string_enums_name_symbols_and_keep_unknown_values() {
    assert_eq!(round_trip::<Status>(json!("in-progress")), Status::InProgress);
    assert_eq!(round_trip::<Status>(json!("+1")), Status::Plus1);
    assert_eq!(round_trip::<Status>(json!("unknown")), Status::Unknown);
    assert_eq!(round_trip::<Status>(json!("paused")), Status::UnknownValue("paused".into()));
}

#[test]
fn descriptions_full_of_markup_do_not_break_the_code() {
    let described: Described = round_trip(json!({"a": "value"}));
    assert_eq!(described.a.as_deref(), Some("value"));
}
