//! How generation time grows with the spec: synthetic specs of growing size, each series of one
//! shape, timed in-process, so that a step that costs more per item as the spec grows shows.

use std::fmt::Write as _;
use std::time::Instant;

use serde_json::{Map, Value, json};

use crate::bench::Samples;

/// One shape of spec at growing sizes, and what its size counts.
struct Series {
    name: &'static str,
    unit: &'static str,
    sizes: &'static [usize],
    spec: fn(usize) -> Value,
}

const SERIES: &[Series] = &[
    Series {
        name: "operations (tags, a path parameter, a response type each)",
        unit: "operation",
        sizes: &[100, 1_000, 10_000],
        spec: operations,
    },
    Series { name: "chain of `$ref` aliases", unit: "schema", sizes: &[500, 5_000], spec: alias_chain },
    Series {
        name: "chain of objects, each a property of the last",
        unit: "schema",
        sizes: &[500, 5_000],
        spec: property_chain,
    },
    Series {
        name: "array aliases, each the items of the last",
        unit: "schema",
        sizes: &[200, 2_000],
        spec: array_chain,
    },
    Series {
        name: "enum values that all name one identifier",
        unit: "value",
        sizes: &[600, 6_000],
        spec: colliding_enum,
    },
];

/// A Markdown section with a row per series and size: milliseconds, and time per item relative
/// to the series' smallest size (1.0 everywhere is linear growth).
pub fn table(rounds: usize, progress: &mut dyn FnMut(&str)) -> Result<String, String> {
    let mut text = String::from(
        "## Scaling\n\nGeneration in-process (parse to formatted files, nothing written) of synthetic specs \
         of growing size, the median of the rounds. \"Per item, relative\" divides the time per item by \
         that of the series' smallest size: 1.0 is linear growth.\n\n\
         | spec | size | ms | µs per item | per item, relative |\n| --- | ---: | ---: | ---: | ---: |\n",
    );
    let config = codegen::Config {
        crate_name: "scaling".to_owned(),
        crate_version: Some("0.1.0".to_owned()),
        license: "MIT".to_owned(),
        spec_path: "scaling.json".to_owned(),
        regenerate_command: "cargo xtask bench".to_owned(),
        base_dir: None,
    };
    for series in SERIES {
        let mut first_per_item = None;
        for &size in series.sizes {
            progress(&format!("scaling: {} × {size}", series.name));
            let spec = (series.spec)(size).to_string();
            let mut samples = Samples::default();
            for _ in 0..rounds {
                let started = Instant::now();
                codegen::generate(&spec, &config).map_err(|error| format!("{}, {size}: {error}", series.name))?;
                samples.push(started.elapsed().as_secs_f64());
            }
            let per_item = samples.median() / size as f64;
            let relative = per_item / *first_per_item.get_or_insert(per_item);
            let _ = writeln!(
                text,
                "| {} | {size} {}s | {} | {:.1} | {relative:.2} |",
                series.name,
                series.unit,
                samples.text(1000.0, 0),
                per_item * 1e6
            );
        }
    }
    Ok(text)
}

fn document(paths: Map<String, Value>, schemas: Map<String, Value>) -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "Scaling", "version": "1.0.0"},
        "servers": [{"url": "https://scaling.example.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    })
}

fn operations(count: usize) -> Value {
    let paths = (0..count)
        .map(|index| {
            let operation = json!({
                "operationId": format!("getThing{index}"),
                "tags": [format!("group{}", index % 50)],
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 24}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "count": {"type": "integer", "minimum": index}}
                }}}}}
            });
            (format!("/things{index}/{{id}}"), json!({"get": operation}))
        })
        .collect();
    document(paths, Map::new())
}

fn chain(count: usize, link: impl Fn(usize) -> Value, end: Value) -> Value {
    let mut schemas: Map<String, Value> = (0..count).map(|index| (format!("S{index}"), link(index + 1))).collect();
    schemas.insert(format!("S{count}"), end);
    document(Map::new(), schemas)
}

fn reference(index: usize) -> Value {
    json!({"$ref": format!("#/components/schemas/S{index}")})
}

fn alias_chain(count: usize) -> Value {
    chain(count, reference, json!({"type": "string"}))
}

fn property_chain(count: usize) -> Value {
    chain(count, |next| json!({"type": "object", "properties": {"next": reference(next)}}), json!({"type": "string"}))
}

fn array_chain(count: usize) -> Value {
    chain(count, |next| json!({"type": "array", "items": reference(next)}), json!({"type": "string", "maxLength": 3}))
}

/// Distinct values that differ only in punctuation, which identifiers leave out: all are `A`.
fn colliding_enum(count: usize) -> Value {
    const PUNCTUATION: [char; 5] = ['-', '.', '_', '/', ' '];
    let spelled = |mut index: usize| {
        let mut value = String::from("a");
        loop {
            value.push(PUNCTUATION[index % PUNCTUATION.len()]);
            index /= PUNCTUATION.len();
            if index == 0 {
                return value;
            }
        }
    };
    let values: Vec<String> = (0..count).map(spelled).collect();
    let mut schemas = Map::new();
    schemas.insert("Mode".to_owned(), json!({"type": "string", "enum": values}));
    document(Map::new(), schemas)
}
