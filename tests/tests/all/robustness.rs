//! The generator on mutated specs: it returns a crate or a clean error, never panics, and never
//! produces code it cannot format (`Error::Render` is a generator bug, not a spec problem).

use std::panic::{AssertUnwindSafe, catch_unwind};

use serde_json::{Value, json};

use crate::support::{root, spec_document};

/// A small deterministic generator (xorshift64*), so a failing round can be replayed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const NAMES: &[&str] = &[
    "type", "self", "Self", "crate", "super", "_links", "links", "2fa", "+1", "-1", "a-b", "a.b", "ünï", "", " ",
    "Option", "Result", "String", "Error", "Client", "Unknown", "send", "client", "body", "*/", "r#x", "$ref",
    "default", "models",
];

const WRONG_VALUES: &[fn() -> Value] = &[
    || Value::Null,
    || json!(7),
    || json!("text"),
    || json!(true),
    || json!([]),
    || json!({}),
    || json!([{"type": "string"}, 3]),
    || json!({"$ref": "#/components/schemas/Missing"}),
    || json!({"$ref": "http://elsewhere/schema.json"}),
    || json!({"type": "object", "properties": {"self": {"$ref": "#/components/schemas/InstanceOrg"}}}),
    || json!({"oneOf": [{"type": "string"}, {"type": "integer"}, {"$ref": "#/components/schemas/Error"}]}),
    || json!({"allOf": [{"type": "string"}, {"type": "object"}]}),
    || json!({"type": "integer", "enum": [1, 2, 3]}),
    || json!({"type": "string", "enum": ["a", "A", "a-", "", null]}),
    || json!({"type": "string", "pattern": "(?<=x)y", "maxLength": -1}),
    || json!({"type": "array"}),
    || json!({"type": "object", "additionalProperties": {"type": "array", "items": {"type": "object", "additionalProperties": true}}}),
    || json!({"not": {}}),
    || json!({"description": "```\nfn main() { panic!() }\n``` */ <b> [x] https://x.io"}),
];

/// Every object or array in the document, by JSON pointer.
fn containers(value: &Value, pointer: String, into: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            into.push(pointer.clone());
            for (key, child) in map {
                containers(child, format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1")), into);
            }
        }
        Value::Array(items) => {
            into.push(pointer.clone());
            for (index, child) in items.iter().enumerate() {
                containers(child, format!("{pointer}/{index}"), into);
            }
        }
        _ => {}
    }
}

fn mutate(document: &mut Value, random: &mut Random) {
    let mut places = Vec::new();
    containers(document, String::new(), &mut places);
    let place = random.pick(&places).clone();
    let Some(target) = document.pointer_mut(&place) else { return };
    match target {
        Value::Object(map) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = random.pick(&keys).clone();
            match random.below(4) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    let value = map.remove(&key).unwrap_or_default();
                    map.insert((*random.pick(NAMES)).to_owned(), value);
                }
                _ => {
                    map.insert(key, random.pick(WRONG_VALUES)());
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let index = random.below(items.len());
            if random.below(2) == 0 {
                items.remove(index);
            } else {
                items[index] = random.pick(WRONG_VALUES)();
            }
        }
        other => *other = random.pick(WRONG_VALUES)(),
    }
}

fn config() -> codegen::Config {
    codegen::Config {
        crate_name: "fuzzed".into(),
        crate_version: None,
        license: "MIT".into(),
        spec_path: "fuzzed.json".into(),
        regenerate_command: "cargo xtask codegen".into(),
        base_dir: None,
    }
}

#[test]
fn mutated_specs_give_a_crate_or_a_clean_error_never_a_panic() {
    let wire_text = std::fs::read_to_string(root().join("tests/fixtures/specs/wire.yaml")).expect("fixture");
    let bases: [Value; 2] = [spec_document(), serde_yaml::from_str(&wire_text).expect("fixture parses")];
    let (mut generated, mut refused) = (0, 0);
    for round in 0..400_u64 {
        let mut random = Random(0x9e37_79b9_7f4a_7c15 ^ (round + 1).wrapping_mul(0xbf58_476d_1ce4_e5b9));
        let mut document = bases[(round % 2) as usize].clone();
        for _ in 0..=random.below(4) {
            mutate(&mut document, &mut random);
        }
        let text = serde_json::to_string(&document).expect("serializes");
        let outcome = catch_unwind(AssertUnwindSafe(|| codegen::generate(&text, &config())));
        match outcome {
            Err(_) | Ok(Err(codegen::Error::Internal(_))) => panic!("round {round}: the generator panicked"),
            Ok(Err(codegen::Error::Render { file, message })) => {
                panic!("round {round}: generated code for {file} does not parse: {message}")
            }
            Ok(Err(error)) => {
                assert!(
                    error.to_string().starts_with("fuzzed.json")
                        || error.to_string().starts_with("invalid configuration")
                );
                refused += 1;
            }
            Ok(Ok(_)) => generated += 1,
        }
    }
    // Both outcomes must be exercised, each in at least a tenth of the rounds.
    assert!(
        generated >= 40 && refused >= 40,
        "mutations should both break and keep specs: {generated} generated, {refused} refused"
    );
}
