//! Reading the spec: text -> JSON document -> version check -> strict key pass -> `openapiv3` model,
//! and the documents its `$ref`s reach beyond `#/components/...`: the spec itself and other files.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::diagnostics::{Error, Place, Reporter, Segment, pointer_child, pointer_of};
use crate::openapi31;

/// The spec parsed, and the raw documents that references outside its components lead into.
pub struct Source {
    pub spec: openapiv3::OpenAPI,
    pub documents: Documents,
}

/// Raw JSON documents by file, `/`-separated and relative to the spec's directory; the spec
/// itself is `""`, kept only when a reference points into it elsewhere than its components.
#[derive(Debug, Default)]
pub struct Documents {
    pub files: BTreeMap<String, Value>,
}

/// The most a spec file may hold. The largest real-world descriptions are under 100 MiB (GitHub's,
/// every reference written out, is 70 MiB); the cap keeps `/dev/zero` or a runaway pipe from
/// filling memory.
pub const MAX_FILE_BYTES: u64 = 256 << 20;

/// Reads a file of the spec as text, refusing one larger than [`MAX_FILE_BYTES`].
pub fn read_file(path: &Path) -> std::io::Result<String> {
    use std::io::Read as _;
    let mut text = String::new();
    std::fs::File::open(path)?.take(MAX_FILE_BYTES + 1).read_to_string(&mut text)?;
    if text.len() as u64 > MAX_FILE_BYTES {
        let message = format!("larger than {} MiB, which no OpenAPI description is", MAX_FILE_BYTES >> 20);
        return Err(std::io::Error::new(std::io::ErrorKind::FileTooLarge, message));
    }
    Ok(text)
}

/// Mistakes `openapiv3` would report without saying where: parameters in places OpenAPI 3.0
/// does not have (`in: body`, from Swagger 2.0) or with neither `schema` nor `content`.
fn check_parameters_are_parameters(document: &Value, reporter: &Reporter) -> Result<(), Error> {
    let mut lists: Vec<(String, &Value)> = Vec::new();
    for (path, item) in entries(document.get("paths")) {
        let pointer = pointer_child("/paths", path);
        lists.extend(item.get("parameters").map(|list| (pointer_child(&pointer, "parameters"), list)));
        for method in METHODS {
            let operation = item.get(*method).and_then(|operation| operation.get("parameters"));
            lists.extend(operation.map(|list| (pointer_child(&pointer_child(&pointer, method), "parameters"), list)));
        }
    }
    let mut parameters: Vec<(String, &Value)> = lists
        .into_iter()
        .flat_map(|(pointer, list)| {
            let items = list.as_array().into_iter().flatten().enumerate();
            items.map(move |(index, parameter)| (pointer_child(&pointer, &index.to_string()), parameter))
        })
        .collect();
    let components = document.get("components").and_then(|components| components.get("parameters"));
    parameters.extend(
        entries(components).map(|(name, parameter)| (pointer_child("/components/parameters", name), parameter)),
    );
    for (pointer, parameter) in parameters.into_iter().filter(|(_, parameter)| parameter.get("$ref").is_none()) {
        match parameter.get("in").and_then(Value::as_str) {
            Some(location) if PARAMETER_LOCATIONS.contains(&location) => {}
            Some("body" | "formData") => {
                let message = "`in: body` and `in: formData` are Swagger 2.0; in OpenAPI 3.0 a body is the operation's `requestBody`";
                return Err(reporter.error(&pointer_child(&pointer, "in"), message));
            }
            other => {
                let found = other.map_or_else(|| "missing".to_owned(), |other| format!("`{other}`"));
                let message = format!("`in` is {found}; a parameter is in one of {}", PARAMETER_LOCATIONS.join(", "));
                return Err(reporter.error(&pointer_child(&pointer, "in"), message));
            }
        }
        if parameter.get("schema").is_none() && parameter.get("content").is_none() {
            return Err(reporter.error(&pointer, "a parameter needs a `schema` or a `content`"));
        }
    }
    Ok(())
}

/// Parses YAML or JSON text into a checked OpenAPI 3.0 document; `base_dir`, the spec's
/// directory, is where references to other files are read from (without it they are refused).
pub fn read(text: &str, reporter: &Reporter, base_dir: Option<&Path>) -> Result<Source, Error> {
    let mut document = parse_document(text, reporter)?;
    let version = check_version(&document, reporter)?;
    crate::bundle::inline_foreign_references(&mut document, "", reporter, base_dir)?;
    if version == Version::V3_1 {
        openapi31::upgrade_spec(&mut document, reporter);
    }
    // The checks (which come first: they explain what deserializing would only refuse) need
    // the reporter, which stays on this thread; deserializing needs only the document.
    let (checked, left_out, deserialized) = std::thread::scope(|scope| {
        let deserializing =
            std::thread::Builder::new().stack_size(crate::STACK_SIZE).spawn_scoped(scope, || deserialize(&document));
        let left_out = check_known_keys(&document, version, reporter);
        let checked = reporter.refusal().and_then(|()| check_parameters_are_parameters(&document, reporter));
        let deserialized = match deserializing {
            Ok(thread) => thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => deserialize(&document),
        };
        (checked, left_out, deserialized)
    });
    checked?;
    // What the checks leave out may be what kept the document from being read. It is left out
    // of a copy: `$ref`s may point into it, and they are followed in the document as written.
    let deserialized = deserialized.or_else(|error| {
        if left_out.is_empty() {
            return Err(error);
        }
        let mut readable = document.clone();
        if leave_out(&mut readable, &left_out) { deserialize(&readable) } else { Err(error) }
    });
    let spec = deserialized.map_err(|error| not_openapi(&error, reporter))?;
    let documents = referenced_documents(document, version, reporter, base_dir)?;
    Ok(Source { spec, documents })
}

/// A `$ref` split into the file it names (`""` for the same document) and the JSON pointer.
pub fn split_reference(reference: &str) -> (&str, &str) {
    reference.split_once('#').unwrap_or((reference, ""))
}

/// The file a reference written in `from` names, relative to the spec's directory, `/`-separated
/// and without `.` or `..` steps that stay inside it.
pub fn referenced_file(from: &str, file: &str) -> String {
    if file.is_empty() {
        return from.to_owned();
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in file.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|last| *last != "..") => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

/// Whether a reference names a URL rather than a file beside the spec.
pub fn is_url(file: &str) -> bool {
    file.contains("://") || file.starts_with("//")
}

/// Loads every file the references reach, transitively, and keeps the spec's own document when
/// a reference points into it outside `#/components/<section>/<name>`.
fn referenced_documents(
    root: Value,
    version: Version,
    reporter: &Reporter,
    base_dir: Option<&Path>,
) -> Result<Documents, Error> {
    let mut documents = Documents::default();
    let mut pending: Vec<(String, Value)> = vec![(String::new(), root)];
    while let Some((file, document)) = pending.pop() {
        let mut keep = !file.is_empty();
        for (reference, pointer) in references(&document) {
            let (target_file, fragment) = split_reference(reference);
            let at = || if file.is_empty() { pointer.clone() } else { format!("{file}#{pointer}") };
            if is_url(target_file) {
                let message = format!("$ref `{reference}` names a URL; only files beside the spec can be referenced");
                return Err(reporter.error(&at(), message));
            }
            let target = referenced_file(&file, target_file);
            keep |= target == file && !is_component(fragment);
            if target == file || documents.files.contains_key(&target) || pending.iter().any(|(f, _)| *f == target) {
                continue;
            }
            let mut loaded = load_beside(&target, reference, base_dir, reporter, &at())?;
            crate::bundle::inline_foreign_references(&mut loaded, &target, reporter, base_dir)?;
            if version == Version::V3_1 {
                openapi31::upgrade_file(&mut loaded, &target, reporter);
            }
            pending.push((target.clone(), loaded));
        }
        if keep {
            documents.files.insert(file, document);
        }
    }
    Ok(documents)
}

/// Whether a pointer names a component directly, which the parsed spec already holds.
fn is_component(fragment: &str) -> bool {
    fragment.strip_prefix("/components/").is_some_and(|rest| rest.split('/').count() == 2)
}

/// Every `$ref` string in `document` with the pointer of the object holding it, found without
/// recursion so that no nesting depth can exhaust the stack. The walk keeps the route to the
/// value it visits, and makes pointers only for the objects that hold a `$ref`.
pub(crate) fn references(document: &Value) -> Vec<(&str, String)> {
    let mut found = Vec::new();
    let mut route = vec![Segment::Root("")];
    // Each value to visit, with the length of the route to its parent and its own step from it.
    let mut pending: Vec<(&Value, usize, Option<Segment<'_>>)> = vec![(document, 1, None)];
    while let Some((value, depth, step)) = pending.pop() {
        route.truncate(depth);
        route.extend(step);
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    found.push((reference.as_str(), pointer_of(&route)));
                }
                let children = map.iter().filter(|(key, child)| !is_literal(&route, key, child));
                pending.extend(children.map(|(key, child)| (child, route.len(), Some(Segment::Key(key)))));
            }
            Value::Array(items) => {
                pending.extend(
                    items.iter().enumerate().map(|(index, child)| (child, route.len(), Some(Segment::Index(index)))),
                );
            }
            _ => {}
        }
    }
    found
}

/// Keys whose object maps names of the spec's choosing, which may be `example` or `default`.
pub(crate) const NAME_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
    "webhooks",
    "paths",
    "content",
    "encoding",
    "mapping",
    "variables",
];

/// Whether `key` of the object at the end of `route` holds literal data, whose `$ref` keys are
/// data too: examples (a schema's, an Example object's `value`), defaults, enumerations, and
/// extensions, which the generator reads only as they are written (Redocly's `x-codeSamples`
/// take their source from program files by `$ref`).
fn is_literal(route: &[Segment<'_>], key: &str, child: &Value) -> bool {
    let step = |back: usize| match route.len().checked_sub(back).and_then(|index| route.get(index)) {
        Some(Segment::Key(key)) => Some(*key),
        _ => None,
    };
    let names = step(1).is_some_and(|own| NAME_MAPS.contains(&own));
    match key {
        "example" | "default" | "enum" | "const" => !names,
        // But the one the 3.1 reader writes tuples' schemas in.
        _ if key.starts_with("x-") && key != openapi31::TUPLE => !names,
        // OpenAPI 3.1 schemas list examples; elsewhere `examples` maps names to Example objects.
        "examples" => !names && child.is_array(),
        "value" => !names && step(2) == Some("examples"),
        _ => false,
    }
}

/// Reads `file`, beside the spec in `base_dir`, which `reference` written at `at` names; without a
/// directory, other files cannot be read.
pub(crate) fn load_beside(
    file: &str,
    reference: &str,
    base_dir: Option<&Path>,
    reporter: &Reporter,
    at: &str,
) -> Result<Value, Error> {
    let Some(base_dir) = base_dir else {
        let message = format!("$ref `{reference}` names another file, which cannot be read here");
        return Err(reporter.error(at, message));
    };
    load(&base_dir.join(file), file, reporter, at)
}

/// Reads another file of the spec as a JSON document.
fn load(path: &Path, name: &str, reporter: &Reporter, at: &str) -> Result<Value, Error> {
    let escapes = PathBuf::from(name).components().any(|part| part == Component::ParentDir);
    let text = read_file(path).map_err(|error| {
        let place =
            if escapes { format!("{} (outside the spec's directory)", path.display()) } else { name.to_owned() };
        reporter.error(at, format!("cannot read {place}, which a $ref names: {error}"))
    })?;
    parse_document(&text, &reporter.for_file(name))
}

fn parse_document(text: &str, reporter: &Reporter) -> Result<Value, Error> {
    // Editors on some systems start UTF-8 files with a byte order mark, which neither parser skips.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let notes = Notes::default();
    let root = || Tracked { place: Place::root(""), notes: &notes };
    // JSON is a subset of YAML, but the JSON parser is much faster on the large specs most APIs
    // publish. A YAML flow mapping also starts with `{`, but with an unquoted key.
    let json_like =
        text.trim_start().strip_prefix('{').is_some_and(|inside| inside.trim_start().starts_with(['"', '}']));
    let document = if json_like {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        root().deserialize(&mut deserializer).and_then(|document| deserializer.end().map(|()| document)).map_err(
            |error| {
                let message = format!(
                    "not valid JSON: {} (line {}, column {})",
                    strip_position(&error.to_string()),
                    error.line(),
                    error.column()
                );
                reporter.error(&notes.failed_at(), message)
            },
        )?
    } else {
        let mut document = root().deserialize(serde_yaml::Deserializer::from_str(text)).map_err(|error| {
            let position =
                error.location().map(|at| format!(" (line {}, column {})", at.line(), at.column())).unwrap_or_default();
            let message = format!("not valid YAML: {}{position}", strip_position(&error.to_string()));
            reporter.error(&notes.failed_at(), message)
        })?;
        merge_keys(&mut document);
        document
    };
    for pointer in notes.duplicates.into_inner() {
        reporter.warn(&pointer, "this key is given more than once in its mapping; the last one is used");
    }
    match document {
        Value::Object(_) => Ok(document),
        _ => Err(reporter.error("", "the document is not a mapping; an OpenAPI spec starts with `openapi: 3.0.x`")),
    }
}

/// Applies YAML's merge keys (`<<: *base`, or a list of such), which the YAML parser leaves
/// as ordinary keys: the merged mappings' entries take the place of the `<<` entry, except
/// those the mapping gives itself, and an earlier merged mapping wins over a later one. The
/// depth is the parser's, which stops at 128 levels.
fn merge_keys(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.values_mut().for_each(merge_keys);
            let mergeable = |merged: &Value| match merged {
                Value::Object(_) => true,
                Value::Array(items) => items.iter().all(Value::is_object),
                _ => false,
            };
            if !map.get("<<").is_some_and(mergeable) {
                return;
            }
            let mut merged_map = Map::with_capacity(map.len());
            for (key, entry) in std::mem::take(map) {
                if key != "<<" {
                    merged_map.insert(key, entry);
                    continue;
                }
                let sources = match entry {
                    Value::Array(items) => items,
                    source => vec![source],
                };
                for source in sources {
                    if let Value::Object(source) = source {
                        source.into_iter().for_each(|(key, merged)| {
                            merged_map.entry(key).or_insert(merged);
                        });
                    }
                }
            }
            *map = merged_map;
        }
        Value::Array(items) => items.iter_mut().for_each(merge_keys),
        _ => {}
    }
}

/// What reading a document noticed beyond its value.
#[derive(Default)]
struct Notes {
    /// Keys given twice in one mapping, which both parsers resolve silently to the last.
    duplicates: RefCell<Vec<String>>,
    /// The deepest place a parse error was met: the first frame to see the error sets it.
    failed_at: RefCell<Option<String>>,
}

impl Notes {
    fn failed_at(&self) -> String {
        self.failed_at.borrow().clone().unwrap_or_default()
    }

    fn fail(&self, tracked: &Tracked<'_>) {
        self.failed_at.borrow_mut().get_or_insert_with(|| tracked.place.pointer());
    }
}

/// Reads a JSON value with either parser, noting duplicate keys and where an error happens. Its
/// depth is the parser's to bound (both stop at 128 levels).
#[derive(Clone, Copy)]
struct Tracked<'a> {
    place: Place<'a>,
    notes: &'a Notes,
}

impl<'a> Tracked<'a> {
    fn key(&'a self, key: &'a str) -> Self {
        Self { place: self.place.key(key), notes: self.notes }
    }

    fn index(&'a self, index: usize) -> Self {
        Self { place: self.place.index(index), notes: self.notes }
    }
}

impl<'de> DeserializeSeed<'de> for Tracked<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Tracked<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(value.into())
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(value.into())
    }

    // Integers past 64 bits (a bound of `18446744073709552000`) are numbers all the same, as
    // close as a JSON reader would take them.
    fn visit_i128<E: serde::de::Error>(self, value: i128) -> Result<Value, E> {
        self.visit_f64(value as f64)
    }

    fn visit_u128<E: serde::de::Error>(self, value: u128) -> Result<Value, E> {
        self.visit_f64(value as f64)
    }

    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Value, E> {
        serde_json::Number::from_f64(value).map(Value::Number).ok_or_else(|| {
            self.notes.fail(&self);
            E::custom(format!("{value} is not a finite number"))
        })
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let child = self.index(items.len());
            match seq.next_element_seed(child) {
                Ok(Some(item)) => items.push(item),
                Ok(None) => return Ok(Value::Array(items)),
                Err(error) => {
                    self.notes.fail(&child);
                    return Err(error);
                }
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        loop {
            let key = match map.next_key::<String>() {
                Ok(Some(key)) => key,
                Ok(None) => return Ok(Value::Object(object)),
                Err(error) => {
                    self.notes.fail(&self);
                    return Err(error);
                }
            };
            let child = self.key(&key);
            let value = map.next_value_seed(child).inspect_err(|_| self.notes.fail(&child))?;
            let duplicate = object.contains_key(&key).then(|| child.place.pointer());
            object.insert(key, value);
            if let Some(pointer) = duplicate {
                self.notes.duplicates.borrow_mut().push(pointer);
            }
        }
    }
}

/// Parser messages end with their own position, which we report in a fixed format instead.
fn strip_position(message: &str) -> &str {
    message.find(" at line ").map_or(message, |end| &message[..end])
}

/// The versions of OpenAPI this reader takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V3_0,
    /// Read by rewriting the document into the 3.0 shape ([`openapi31`]).
    V3_1,
}

fn check_version(document: &Value, reporter: &Reporter) -> Result<Version, Error> {
    if let Some(swagger) = document.get("swagger") {
        let message =
            format!("Swagger {} is not supported; convert the spec to OpenAPI 3.0 first", display_scalar(swagger));
        return Err(reporter.error("/swagger", message));
    }
    let in_series = |version: &str, series: &str| {
        version == series || version.strip_prefix(series).is_some_and(|patch| patch.starts_with('.'))
    };
    match document.get("openapi") {
        Some(Value::String(version)) if in_series(version, "3.0") => Ok(Version::V3_0),
        Some(Value::String(version)) if in_series(version, "3.1") => Ok(Version::V3_1),
        Some(Value::String(version)) if in_series(version, "3.2") => Err(reporter.error(
            "/openapi",
            format!("OpenAPI {version} is not supported yet; this generator reads OpenAPI 3.0.x and 3.1.x"),
        )),
        Some(other) => Err(reporter.error(
            "/openapi",
            format!("unsupported OpenAPI version {}; expected 3.0.x or 3.1.x", display_scalar(other)),
        )),
        None => Err(reporter.error("", "missing `openapi` version field; expected `openapi: 3.0.x` or `3.1.x`")),
    }
}

fn display_scalar(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The document as `openapiv3` types. Tracking the path to every value costs a fifth more,
/// and only a failure needs it: a document that fails is read again to find where.
fn deserialize(document: &Value) -> Result<openapiv3::OpenAPI, serde_path_to_error::Error<serde_json::Error>> {
    openapiv3::OpenAPI::deserialize(document).or_else(|_| serde_path_to_error::deserialize(document))
}

/// The error for a document that is not OpenAPI, at the place deserializing it stopped.
fn not_openapi(error: &serde_path_to_error::Error<serde_json::Error>, reporter: &Reporter) -> Error {
    let pointer = error.path().iter().fold(String::new(), |pointer, segment| {
        use serde_path_to_error::Segment;
        match segment {
            Segment::Seq { index } => pointer_child(&pointer, &index.to_string()),
            Segment::Map { key } => pointer_child(&pointer, key),
            Segment::Enum { .. } | Segment::Unknown => pointer,
        }
    });
    reporter.error(&pointer, format!("not a valid OpenAPI document: {}", error.inner()))
}

const ROOT_KEYS: &[&str] = &["openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs"];
const PATH_ITEM_KEYS: &[&str] = &[
    "$ref",
    "summary",
    "description",
    "get",
    "put",
    "post",
    "delete",
    "options",
    "head",
    "patch",
    "trace",
    "servers",
    "parameters",
];
/// Methods of a path item, which are operations.
pub(crate) const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const OPERATION_KEYS: &[&str] = &[
    "tags",
    "summary",
    "description",
    "externalDocs",
    "operationId",
    "parameters",
    "requestBody",
    "responses",
    "callbacks",
    "deprecated",
    "security",
    "servers",
];
const PARAMETER_KEYS: &[&str] = &[
    "$ref",
    "name",
    "in",
    "description",
    "required",
    "deprecated",
    "allowEmptyValue",
    "style",
    "explode",
    "allowReserved",
    "schema",
    "example",
    "examples",
    "content",
];
const REQUEST_BODY_KEYS: &[&str] = &["$ref", "description", "content", "required"];
const RESPONSE_KEYS: &[&str] = &["$ref", "description", "headers", "content", "links"];
const MEDIA_TYPE_KEYS: &[&str] = &["schema", "example", "examples", "encoding"];
const SCHEMA_KEYS: &[&str] = &[
    "$ref",
    "title",
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "required",
    "enum",
    "type",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "items",
    "properties",
    "additionalProperties",
    "description",
    "format",
    "default",
    "nullable",
    "discriminator",
    "readOnly",
    "writeOnly",
    "xml",
    "externalDocs",
    "example",
    "deprecated",
];

/// Where OpenAPI 3.0 parameters can be.
const PARAMETER_LOCATIONS: &[&str] = &["path", "query", "header", "cookie"];

/// What the value of a schema keyword must be.
#[derive(Clone, Copy)]
enum Expected {
    Text,
    Flag,
    /// `exclusiveMinimum` and `exclusiveMaximum`, whose form changed in OpenAPI 3.1.
    Exclusive,
    Count,
    Number,
    List,
    Names,
    Mapping,
    Schemas,
    MappingOrFlag,
}

impl Expected {
    fn admits(self, value: &Value) -> bool {
        match self {
            Self::Text => value.is_string(),
            Self::Flag | Self::Exclusive => value.is_boolean(),
            Self::Count => value.is_u64(),
            Self::Number => value.is_number(),
            Self::List => value.is_array(),
            Self::Names => value.as_array().is_some_and(|names| names.iter().all(Value::is_string)),
            Self::Mapping => value.is_object(),
            Self::Schemas => value.as_array().is_some_and(|schemas| schemas.iter().all(Value::is_object)),
            Self::MappingOrFlag => value.is_object() || value.is_boolean(),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Text => "a string",
            Self::Flag => "a boolean",
            Self::Exclusive => "a boolean (in OpenAPI 3.1, a number)",
            Self::Count => "a whole number, zero or more",
            Self::Number => "a number",
            Self::List => "a list",
            Self::Names => "a list of property names",
            Self::Mapping => "a mapping",
            Self::Schemas => "a list of schemas",
            Self::MappingOrFlag => "a schema or a boolean",
        }
    }
}

/// The OpenAPI 3.0 schema keywords whose value has one form, with that form. `type`, `$ref`,
/// `default` and `example` are checked otherwise, or take any value.
const SCHEMA_KEYWORD_VALUES: &[(&str, Expected)] = &[
    ("title", Expected::Text),
    ("description", Expected::Text),
    ("format", Expected::Text),
    ("pattern", Expected::Text),
    ("nullable", Expected::Flag),
    ("readOnly", Expected::Flag),
    ("writeOnly", Expected::Flag),
    ("deprecated", Expected::Flag),
    ("uniqueItems", Expected::Flag),
    ("exclusiveMinimum", Expected::Exclusive),
    ("exclusiveMaximum", Expected::Exclusive),
    ("maximum", Expected::Number),
    ("minimum", Expected::Number),
    ("multipleOf", Expected::Number),
    ("maxLength", Expected::Count),
    ("minLength", Expected::Count),
    ("maxItems", Expected::Count),
    ("minItems", Expected::Count),
    ("maxProperties", Expected::Count),
    ("minProperties", Expected::Count),
    ("enum", Expected::List),
    ("required", Expected::Names),
    ("properties", Expected::Mapping),
    ("items", Expected::Mapping),
    ("not", Expected::Mapping),
    ("discriminator", Expected::Mapping),
    ("externalDocs", Expected::Mapping),
    ("xml", Expected::Mapping),
    ("allOf", Expected::Schemas),
    ("oneOf", Expected::Schemas),
    ("anyOf", Expected::Schemas),
    ("additionalProperties", Expected::MappingOrFlag),
];

/// The values of a schema's `type` in OpenAPI 3.0.
const SCHEMA_TYPES: &[&str] = &["string", "number", "integer", "boolean", "array", "object"];

/// `openapiv3` silently drops keys it does not know, so a typo such as `operationID` would
/// quietly lose the operation's name. This pass reports every such key with its location.
/// Returns the keys to leave out of the document, as (object's pointer, key).
fn check_known_keys(document: &Value, version: Version, reporter: &Reporter) -> Vec<(String, String)> {
    let schema_keys = match version {
        Version::V3_0 => SCHEMA_KEYS.to_vec(),
        Version::V3_1 => [SCHEMA_KEYS, openapi31::SCHEMA_KEYS].concat(),
    };
    let check = KeyCheck { reporter, schema_keys, left_out: RefCell::default() };
    check.document(document);
    check.left_out.into_inner()
}

/// Removes each (object's pointer, key) from the document; whether anything was there.
fn leave_out(document: &mut Value, keys: &[(String, String)]) -> bool {
    let mut removed = false;
    for (pointer, key) in keys {
        let object = document.pointer_mut(pointer).and_then(Value::as_object_mut);
        removed |= object.and_then(|object| object.remove(key)).is_some();
    }
    removed
}

/// The key pass over one document: the keys each kind of object may have, and where to report.
struct KeyCheck<'a> {
    reporter: &'a Reporter,
    schema_keys: Vec<&'static str>,
    /// Keys to remove, as (object's pointer, key): values that would keep the document from
    /// being read, and that can be done without.
    left_out: RefCell<Vec<(String, String)>>,
}

impl KeyCheck<'_> {
    fn document(&self, document: &Value) {
        self.check_keys(document, "", ROOT_KEYS);
        for (path, item) in entries(document.get("paths")) {
            let pointer = pointer_child("/paths", path);
            if !path.starts_with('/') && !path.starts_with("x-") {
                self.reporter.warn(&pointer, format!("`{path}` is not a path: paths start with `/`; it is skipped"));
                continue;
            }
            self.check_keys(item, &pointer, PATH_ITEM_KEYS);
            self.check_parameters(item.get("parameters"), &pointer);
            for method in METHODS {
                if let Some(operation) = item.get(*method) {
                    self.check_operation(operation, &pointer_child(&pointer, method));
                }
            }
        }
        let components = document.get("components");
        let component = |kind: &str| entries(components.and_then(|c| c.get(kind)));
        for (name, schema) in component("schemas") {
            self.check_schema(schema, &format!("/components/schemas/{}", escape(name)));
        }
        for (name, parameter) in component("parameters") {
            self.check_parameter(parameter, &format!("/components/parameters/{}", escape(name)));
        }
        for (name, body) in component("requestBodies") {
            self.check_request_body(body, &format!("/components/requestBodies/{}", escape(name)));
        }
        for (name, response) in component("responses") {
            self.check_response(response, &format!("/components/responses/{}", escape(name)));
        }
    }

    fn check_operation(&self, operation: &Value, pointer: &str) {
        self.check_keys(operation, pointer, OPERATION_KEYS);
        if operation.get("callbacks").is_some() {
            // Which also spares `openapiv3` the referenced callbacks it cannot read.
            let message =
                "callbacks are requests the API makes to its caller, which a client does not serve; they are left out";
            self.leave_out(pointer, "callbacks", message.to_owned());
        }
        self.check_parameters(operation.get("parameters"), pointer);
        if let Some(body) = operation.get("requestBody") {
            self.check_request_body(body, &pointer_child(pointer, "requestBody"));
        }
        let responses = pointer_child(pointer, "responses");
        for (status, response) in entries(operation.get("responses")) {
            let response_pointer = pointer_child(&responses, status);
            if is_status_key(status) {
                self.check_response(response, &response_pointer);
            } else if !status.starts_with("x-") {
                // `openapiv3` drops such entries without a word.
                let message = format!(
                    "`{status}` is not a status code (100 to 999, `1XX` to `5XX`, or `default`); the response is ignored"
                );
                self.reporter.warn(&response_pointer, message);
            }
        }
    }

    fn check_parameters(&self, parameters: Option<&Value>, pointer: &str) {
        let pointer = pointer_child(pointer, "parameters");
        let list = parameters.and_then(Value::as_array).into_iter().flatten();
        for (index, parameter) in list.enumerate() {
            self.check_parameter(parameter, &pointer_child(&pointer, &index.to_string()));
        }
    }

    fn check_parameter(&self, parameter: &Value, pointer: &str) {
        self.check_keys(parameter, pointer, PARAMETER_KEYS);
        if let Some(schema) = parameter.get("schema") {
            self.check_schema(schema, &pointer_child(pointer, "schema"));
        }
        self.check_content(parameter.get("content"), pointer);
    }

    fn check_request_body(&self, body: &Value, pointer: &str) {
        self.check_keys(body, pointer, REQUEST_BODY_KEYS);
        self.check_content(body.get("content"), pointer);
    }

    fn check_response(&self, response: &Value, pointer: &str) {
        self.check_keys(response, pointer, RESPONSE_KEYS);
        self.check_content(response.get("content"), pointer);
    }

    fn check_content(&self, content: Option<&Value>, pointer: &str) {
        let content_pointer = pointer_child(pointer, "content");
        for (media_type, media) in entries(content) {
            let media_pointer = pointer_child(&content_pointer, media_type);
            self.check_keys(media, &media_pointer, MEDIA_TYPE_KEYS);
            if let Some(schema) = media.get("schema") {
                self.check_schema(schema, &pointer_child(&media_pointer, "schema"));
            }
        }
    }

    fn check_schema(&self, schema: &Value, pointer: &str) {
        self.check_keys(schema, pointer, &self.schema_keys);
        match schema.get("type") {
            Some(Value::String(kind)) if SCHEMA_TYPES.contains(&kind.as_str()) => {}
            None => {}
            Some(other) => {
                let message = format!(
                    "`type` is {other}, not one of {}; the value is taken as any JSON value",
                    SCHEMA_TYPES.join(", ")
                );
                self.leave_out(pointer, "type", message);
            }
        }
        self.check_keyword_values(schema, pointer);
        if let Some(reference) = schema.get("$ref").filter(|reference| !reference.is_string()) {
            self.reporter.warn(
                &pointer_child(pointer, "$ref"),
                format!("`$ref` must be a string, not {reference}; it is ignored"),
            );
        }
        for (name, property) in entries(schema.get("properties")) {
            let property_pointer = pointer_child(&pointer_child(pointer, "properties"), name);
            if !property.is_object() {
                let message =
                    format!("a property's schema must be a mapping, not {property}; the property is left out");
                self.leave_out(&pointer_child(pointer, "properties"), name, message);
            }
            self.check_schema(property, &property_pointer);
        }
        for key in ["items", "additionalProperties", "not"] {
            if let Some(sub) = schema.get(key).filter(|sub| sub.is_object()) {
                self.check_schema(sub, &pointer_child(pointer, key));
            }
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            let members = schema.get(key).and_then(Value::as_array).into_iter().flatten();
            for (index, member) in members.enumerate() {
                self.check_schema(member, &pointer_child(&pointer_child(pointer, key), &index.to_string()));
            }
        }
    }

    /// Leaves out each keyword whose value has the wrong form: `openapiv3` would refuse the
    /// whole schema without naming it, or ignore it silently when another form of schema fits.
    fn check_keyword_values(&self, schema: &Value, pointer: &str) {
        for (keyword, expected) in SCHEMA_KEYWORD_VALUES {
            let Some(value) = schema.get(*keyword).filter(|value| !expected.admits(value)) else { continue };
            let wrong = format!("`{keyword}` must be {}, not {value}", expected.name());
            let message = if *keyword == "required" && value.is_boolean() {
                format!("{wrong}: a property is required by naming it in its object's `required`; it is ignored")
            } else {
                format!("{wrong}; it is ignored")
            };
            self.leave_out(pointer, keyword, message);
        }
    }

    /// Warns about `key` of the object at `pointer`, and has it removed before the spec is read.
    fn leave_out(&self, pointer: &str, key: &str, message: String) {
        self.reporter.warn(&pointer_child(pointer, key), message);
        self.left_out.borrow_mut().push((pointer.to_owned(), key.to_owned()));
    }

    fn check_keys(&self, object: &Value, pointer: &str, known: &[&str]) {
        let Some(object) = object.as_object() else { return };
        for key in object.keys().filter(|key| !key.starts_with("x-") && !known.contains(&key.as_str())) {
            let hint = known
                .iter()
                .find(|candidate| candidate.eq_ignore_ascii_case(key))
                .map(|candidate| format!("; did you mean `{candidate}`?"))
                .unwrap_or_default();
            self.reporter.warn(&pointer_child(pointer, key), format!("unknown key `{key}` is ignored{hint}"));
        }
    }
}

/// Whether a key of a Responses Object names statuses, as `openapiv3` reads them.
fn is_status_key(key: &str) -> bool {
    match key.as_bytes() {
        b"default" => true,
        [class, rest @ ..] if rest.eq_ignore_ascii_case(b"XX") => class.is_ascii_digit(),
        _ => key.len() == 3 && key.parse::<u16>().is_ok_and(|code| code >= 100),
    }
}

fn escape(segment: &str) -> String {
    pointer_child("", segment)[1..].to_owned()
}

fn entries(value: Option<&Value>) -> impl Iterator<Item = (&String, &Value)> {
    value.and_then(Value::as_object).into_iter().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};

    fn read_spec(text: &str) -> (Result<openapiv3::OpenAPI, Error>, Vec<String>) {
        let reporter = Reporter::new("api.yaml");
        let result = read(text, &reporter, None).map(|source| source.spec);
        let warnings = reporter.into_warnings().iter().map(ToString::to_string).collect();
        (result, warnings)
    }

    fn error_of(text: &str) -> String {
        read_spec(text).0.expect_err("the spec should be rejected").to_string()
    }

    const MINIMAL: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

    #[test]
    fn reads_yaml_and_json() {
        assert!(read_spec(MINIMAL).0.is_ok());
        let json = r#"{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {}}"#;
        assert_eq!(read_spec(json).0.expect("valid JSON spec").info.title, "t");
    }

    #[test]
    fn malformed_text_names_the_line() {
        assert_eq!(
            error_of("openapi: [3.0\n"),
            "api.yaml#/openapi/1: not valid YAML: did not find expected ',' or ']' (line 2, column 1)"
        );
        assert!(
            error_of("{\"openapi\": }")
                .starts_with("api.yaml#/openapi: not valid JSON: expected value (line 1, column 13)"),
            "{}",
            error_of("{\"openapi\": }")
        );
    }

    #[test]
    fn other_versions_are_refused() {
        assert!(error_of("swagger: '2.0'\n").contains("#/swagger: Swagger 2.0 is not supported"));
        assert!(error_of("openapi: 3.2.0\n").contains("#/openapi: OpenAPI 3.2.0 is not supported yet"));
        assert!(error_of("openapi: 3.10.0\n").contains("#/openapi: unsupported OpenAPI version 3.10.0"));
        assert!(read_spec("openapi: 3.1.1\ninfo: {title: t, version: '1'}\n").0.is_ok(), "3.1 needs no `paths`");
        assert!(error_of("info: {}\n").contains("missing `openapi` version field"));
        assert!(error_of("- a\n").contains("not a mapping"));
    }

    #[test]
    fn structural_errors_carry_a_pointer() {
        let message = error_of("openapi: 3.0.3\ninfo: {title: t, version: '1', contact: 7}\npaths: {}\n");
        assert!(message.starts_with("api.yaml#/info/contact: not a valid OpenAPI document"), "{message}");
    }

    #[test]
    fn keywords_of_the_wrong_form_are_left_out_with_a_warning_where_they_are() {
        let with_schema = |schema: &str| format!("{MINIMAL}components: {{schemas: {{A: {schema}}}}}\n");
        let at = "api.yaml#/components/schemas/A";
        for (schema, expected) in [
            ("{type: string, pattern: 0}", format!("{at}/pattern: `pattern` must be a string, not 0")),
            ("{type: string, nullable: 'true'}", format!("{at}/nullable: `nullable` must be a boolean, not \"true\"")),
            (
                "{type: string, minLength: -1}",
                format!("{at}/minLength: `minLength` must be a whole number, zero or more, not -1"),
            ),
            (
                "{type: object, required: a}",
                format!("{at}/required: `required` must be a list of property names, not \"a\""),
            ),
            (
                "{type: array, items: [{type: string}]}",
                format!("{at}/items: `items` must be a mapping, not [{{\"type\":\"string\"}}]"),
            ),
            (
                "{oneOf: {type: string}}",
                format!("{at}/oneOf: `oneOf` must be a list of schemas, not {{\"type\":\"string\"}}"),
            ),
        ] {
            let (result, warnings) = read_spec(&with_schema(schema));
            assert!(result.is_ok(), "{schema}: {result:?}");
            assert_eq!(warnings, [format!("{expected}; it is ignored")]);
        }
        let (result, warnings) = read_spec(&with_schema("{type: object, properties: {a: string, b: {type: string}}}"));
        let Some(ReferenceOr::Item(schema)) = result.expect("reads").components.map(|c| c.schemas["A"].clone()) else {
            panic!("A is a schema")
        };
        let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else { panic!("A is an object") };
        assert_eq!(object.properties.keys().collect::<Vec<_>>(), ["b"]);
        assert_eq!(
            warnings,
            [format!(
                "{at}/properties/a: a property's schema must be a mapping, not \"string\"; the property is left out"
            )]
        );
    }

    #[test]
    fn documentation_of_the_wrong_form_and_a_required_flag_on_a_property_are_left_out() {
        let text = format!(
            "{MINIMAL}components:\n  schemas:\n    A:\n      type: object\n      description: [a]\n      properties:\n        a: {{type: 5, required: true, readOnly: 'yes', title: t}}\n"
        );
        let (result, warnings) = read_spec(&text);
        let spec = result.expect("read without them");
        let Some(ReferenceOr::Item(schema)) = spec.components.as_ref().map(|components| &components.schemas["A"])
        else {
            panic!("A is a schema")
        };
        assert_eq!(schema.schema_data.description, None);
        let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else { panic!("A is an object") };
        let Some(ReferenceOr::Item(property)) = object.properties.get("a") else { panic!("a is a schema") };
        assert!(matches!(property.schema_kind, SchemaKind::Any(_)), "without a type, any value");
        assert_eq!(property.schema_data.title.as_deref(), Some("t"), "what is right stays");
        let at = "api.yaml#/components/schemas/A";
        assert_eq!(
            warnings,
            [
                format!("{at}/description: `description` must be a string, not [\"a\"]; it is ignored"),
                format!(
                    "{at}/properties/a/type: `type` is 5, not one of string, number, integer, boolean, array, object; the value is taken as any JSON value"
                ),
                format!("{at}/properties/a/readOnly: `readOnly` must be a boolean, not \"yes\"; it is ignored"),
                format!(
                    "{at}/properties/a/required: `required` must be a list of property names, not true: a property is required by naming it in its object's `required`; it is ignored"
                ),
            ]
        );
    }

    #[test]
    fn callbacks_are_left_out_referenced_or_not() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      callbacks: {done: {$ref: '#/components/callbacks/Done'}}\n      responses: {'204': {description: ok}}\ncomponents:\n  callbacks:\n    Done: {'{$request.body#/url}': {post: {responses: {'200': {description: ok}}}}}\n";
        let (result, warnings) = read_spec(text);
        let spec = result.expect("reads");
        let operation = spec.paths.paths["/a"].as_item().and_then(|item| item.get.as_ref()).expect("GET /a");
        assert!(operation.callbacks.is_empty());
        assert_eq!(
            warnings,
            [
                "api.yaml#/paths/~1a/get/callbacks: callbacks are requests the API makes to its caller, which a client does not serve; they are left out"
            ]
        );
    }

    #[test]
    fn references_inside_examples_defaults_enumerations_and_extensions_are_data() {
        let data = "components:\n  examples:\n    E: {value: [{$ref: 'missing.yaml'}]}\n  schemas:\n    A:\n      type: object\n      example: {$ref: 'https://example.com/a'}\n      default: {$ref: 'other.yaml'}\n      enum: [{$ref: 'enum.yaml'}]\n      x-codeSamples: [{lang: PHP, source: {$ref: 'get.php'}}]\n";
        let (result, warnings) = read_spec(&format!("{MINIMAL}{data}"));
        assert!(result.is_ok(), "{result:?}");
        assert!(warnings.is_empty(), "{warnings:?}");
        // A property may be named like those keywords, and its schema's reference is followed.
        let property = "      properties:\n        example: {$ref: 'other.yaml#/A'}\n";
        assert_eq!(
            error_of(&format!("{MINIMAL}{data}{property}")),
            "api.yaml#/components/schemas/A/properties/example: $ref `other.yaml#/A` names another file, which cannot be read here"
        );
    }

    #[test]
    fn yaml_merge_keys_are_applied_and_the_mappings_own_keys_win() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Base: &base\n      type: object\n      description: base\n      properties: &props\n        id: {type: string}\n    Named: &named {properties: {name: {type: string}}, description: named}\n    A:\n      <<: [*base, *named]\n      description: a\n    B:\n      type: object\n      properties:\n        <<: *props\n        extra: {type: integer}\n";
        let (result, warnings) = read_spec(text);
        assert!(warnings.is_empty(), "{warnings:?}");
        let schemas = result.expect("reads").components.expect("components").schemas;
        let object = |name: &str| match &schemas[name] {
            ReferenceOr::Item(Schema { schema_data, schema_kind: SchemaKind::Type(Type::Object(object)) }) => {
                (schema_data.description.clone(), object.properties.keys().cloned().collect::<Vec<_>>())
            }
            other => panic!("{name} is not an object: {other:?}"),
        };
        assert_eq!(object("A"), (Some("a".to_owned()), vec!["id".to_owned()]), "the first merged mapping wins");
        assert_eq!(object("B"), (None, vec!["id".to_owned(), "extra".to_owned()]));
    }

    #[test]
    fn responses_under_keys_that_are_not_statuses_are_warned_about() {
        let statuses = "{'200': {description: a}, 4xx: {description: b}, default: {description: c}, x-note: 1, ok: {description: d}, '99': {description: e}}";
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      responses: {statuses}\n"
        );
        let (result, warnings) = read_spec(&text);
        assert_eq!(result.expect("read").paths.paths.len(), 1);
        let ignored = |status: &str| {
            format!(
                "api.yaml#/paths/~1a/get/responses/{status}: `{status}` is not a status code (100 to 999, `1XX` to `5XX`, or `default`); the response is ignored"
            )
        };
        assert_eq!(warnings, [ignored("ok"), ignored("99")]);
    }

    #[test]
    #[cfg(unix)]
    fn an_endless_file_is_refused_once_past_the_cap() {
        let error = read_file(Path::new("/dev/zero")).expect_err("endless");
        assert_eq!(error.kind(), std::io::ErrorKind::FileTooLarge);
        assert_eq!(error.to_string(), "larger than 256 MiB, which no OpenAPI description is");
    }

    #[test]
    fn typos_in_keys_are_warned_with_a_hint() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationID: x\n      responses: {}\n";
        let (result, warnings) = read_spec(text);
        assert!(result.is_ok());
        assert_eq!(
            warnings,
            ["api.yaml#/paths/~1a/get/operationID: unknown key `operationID` is ignored; did you mean `operationId`?"]
        );
    }

    #[test]
    fn byte_order_marks_flow_mappings_and_swagger_parameters_get_clear_answers() {
        let head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";
        assert!(read_spec(&format!("\u{feff}{head}paths: {{}}")).0.is_ok());
        assert!(read_spec("{openapi: 3.0.3, info: {title: t, version: '1'}, paths: {}}").0.is_ok());
        let body = format!(
            "{head}paths:\n  /a:\n    post:\n      parameters: [{{name: b, in: body, schema: {{type: string}}}}]\n      responses: {{'204': {{description: ok}}}}\n"
        );
        assert!(
            error_of(&body).starts_with("api.yaml#/paths/~1a/post/parameters/0/in: `in: body`"),
            "{}",
            error_of(&body)
        );
        let bare = format!(
            "{head}paths:\n  /a:\n    get:\n      parameters: [{{name: b, in: query}}]\n      responses: {{'204': {{description: ok}}}}\n"
        );
        assert_eq!(
            error_of(&bare),
            "api.yaml#/paths/~1a/get/parameters/0: a parameter needs a `schema` or a `content`"
        );
    }

    #[test]
    fn unknown_types_non_string_refs_and_relative_paths_are_warned_about() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  a/b: {}\ncomponents:\n  schemas:\n    A: {type: strin}\n    B: {$ref: 7}\n";
        let (_, warnings) = read_spec(text);
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert!(warnings[0].starts_with("api.yaml#/paths/a~1b: `a/b` is not a path"), "{warnings:?}");
        assert!(warnings[1].starts_with("api.yaml#/components/schemas/A/type: `type` is \"strin\""), "{warnings:?}");
        assert!(
            warnings[2].starts_with("api.yaml#/components/schemas/B/$ref: `$ref` must be a string"),
            "{warnings:?}"
        );
    }

    #[test]
    fn duplicate_keys_are_warned_about_and_parse_errors_and_bad_numbers_name_their_place() {
        let head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";
        let (_, warnings) =
            read_spec(&format!("{head}components:\n  schemas:\n    A: {{type: object}}\n    A: {{type: string}}\n"));
        assert_eq!(
            warnings,
            ["api.yaml#/components/schemas/A: this key is given more than once in its mapping; the last one is used"]
        );
        let json = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1", "title": "u"}, "paths": {}}"#;
        assert_eq!(
            read_spec(json).1,
            ["api.yaml#/info/title: this key is given more than once in its mapping; the last one is used"]
        );
        let big = format!("{head}components:\n  schemas:\n    A: {{type: integer, maximum: 1e400}}\n");
        let (result, warnings) = read_spec(&big);
        assert!(result.is_ok());
        assert_eq!(
            warnings,
            ["api.yaml#/components/schemas/A/maximum: `maximum` must be a number, not \"1e400\"; it is ignored"]
        );
        let past_64_bits =
            format!("{head}components:\n  schemas:\n    A: {{type: integer, maximum: 18446744073709552000}}\n");
        let (result, warnings) = read_spec(&past_64_bits);
        assert!(result.is_ok(), "{warnings:?}");
        let deep = format!("{{\"openapi\": {}1{}}}", "[".repeat(200), "]".repeat(200));
        assert!(error_of(&deep).starts_with("api.yaml#/openapi/0/0/0/"), "{}", error_of(&deep));
        let responses = format!("{head}x-ok:\n  200: {{description: unquoted}}\n");
        assert!(read_spec(&responses).0.is_ok());
    }
}
