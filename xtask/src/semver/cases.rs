//! Kinds of spec change and the release each needs: the table `cargo test` checks the
//! classification against, and `cargo xtask semver --ground-truth` compares with
//! cargo-semver-checks.

use serde_json::{Value, json};

use super::Level;

/// One change to [`base`] and the level of release it needs.
pub struct Case {
    pub name: &'static str,
    pub expected: Level,
    pub edits: Vec<Edit>,
}

/// A change at a JSON pointer into the spec.
pub enum Edit {
    /// Sets the value, adding it if needed (`-` appends to a list).
    Set(&'static str, Value),
    Remove(&'static str),
    /// Moves the value from the first pointer to the second.
    Move(&'static str, &'static str),
}

/// A small API with a response-only model (`Pet`), a request model (`NewPet`), an enum, an error
/// model, query, path parameters and four operations.
pub fn base() -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1.0.0", "description": "Pets for sale."},
        "servers": [{"url": "https://pets.example/v1"}],
        "security": [{"bearer": []}],
        "tags": [{"name": "pets", "description": "The pets."}],
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "listPets", "tags": ["pets"], "summary": "Lists pets.",
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "format": "int32"}}],
                    "responses": {"200": {"description": "The pets.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}
                },
                "post": {
                    "operationId": "createPet", "tags": ["pets"], "summary": "Adds a pet.",
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}}},
                    "responses": {"201": {"description": "Added.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}
                }
            },
            "/pets/{petId}": {
                "parameters": [{"name": "petId", "in": "path", "required": true, "schema": {"type": "string"}}],
                "get": {
                    "operationId": "getPet", "tags": ["pets"], "summary": "Finds a pet.",
                    "responses": {
                        "200": {"description": "The pet.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                        "404": {"description": "No such pet.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
                    }
                },
                "delete": {
                    "operationId": "deletePet", "tags": ["pets"], "summary": "Removes a pet.",
                    "responses": {"204": {"description": "Removed."}}
                }
            }
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Pet": {
                    "type": "object", "description": "A pet.", "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "integer", "format": "int64"},
                        "name": {"type": "string"},
                        "tag": {"type": "string", "description": "A label."},
                        "nickname": {"type": "string", "nullable": true},
                        "status": {"$ref": "#/components/schemas/PetStatus"}
                    }
                },
                "PetStatus": {"type": "string", "enum": ["available", "sold"]},
                "NewPet": {
                    "type": "object", "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "maxLength": 50},
                        "tag": {"type": "string", "default": "none"},
                        "age": {"type": "integer", "format": "int32"}
                    }
                },
                "Error": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}}
            }
        }
    })
}

fn case(name: &'static str, expected: Level, edits: Vec<Edit>) -> Case {
    Case { name, expected, edits }
}

fn set(pointer: &'static str, value: Value) -> Edit {
    Edit::Set(pointer, value)
}

/// Every case, each named for the change it makes.
pub fn all() -> Vec<Case> {
    use Edit::Remove;
    use Level::{Major, Minor, None, Patch};
    vec![
        case("nothing changed", None, vec![]),
        case("info.version raised", None, vec![set("/info/version", json!("1.1.0"))]),
        case(
            "optional response property added",
            Minor,
            vec![set("/components/schemas/Pet/properties/color", json!({"type": "string"}))],
        ),
        case(
            "required response property added",
            Minor,
            vec![
                set("/components/schemas/Pet/properties/color", json!({"type": "string"})),
                set("/components/schemas/Pet/required/-", json!("color")),
            ],
        ),
        case(
            "optional request property added",
            Minor,
            vec![set("/components/schemas/NewPet/properties/color", json!({"type": "string"}))],
        ),
        case(
            "required request property added",
            Major,
            vec![
                set("/components/schemas/NewPet/properties/color", json!({"type": "string"})),
                set("/components/schemas/NewPet/required/-", json!("color")),
            ],
        ),
        case(
            "optional request property made required",
            Major,
            vec![set("/components/schemas/NewPet/required/-", json!("tag"))],
        ),
        case("property removed", Major, vec![Remove("/components/schemas/Pet/properties/tag")]),
        case(
            "property renamed",
            Major,
            vec![
                Remove("/components/schemas/Pet/properties/tag"),
                set("/components/schemas/Pet/properties/label", json!({"type": "string"})),
            ],
        ),
        case(
            "property type changed",
            Major,
            vec![set("/components/schemas/Pet/properties/tag", json!({"type": "integer"}))],
        ),
        case(
            "format changed from int32 to int64",
            Major,
            vec![set("/components/schemas/NewPet/properties/age/format", json!("int64"))],
        ),
        case("enum value added", Minor, vec![set("/components/schemas/PetStatus/enum/-", json!("pending"))]),
        case("enum value removed", Major, vec![set("/components/schemas/PetStatus/enum", json!(["available"]))]),
        case(
            "constraint tightened",
            Patch,
            vec![set("/components/schemas/NewPet/properties/name/maxLength", json!(20))],
        ),
        case("constraint loosened", Patch, vec![Remove("/components/schemas/NewPet/properties/name/maxLength")]),
        case("nullable added", Major, vec![set("/components/schemas/Pet/properties/tag/nullable", json!(true))]),
        case("nullable removed", Major, vec![Remove("/components/schemas/Pet/properties/nickname/nullable")]),
        case("default changed", Patch, vec![set("/components/schemas/NewPet/properties/tag/default", json!("some"))]),
        case(
            "description changed",
            Patch,
            vec![set("/components/schemas/Pet/properties/tag/description", json!("A short label."))],
        ),
        case(
            "schema added",
            Minor,
            vec![set(
                "/components/schemas/Owner",
                json!({"type": "object", "properties": {"name": {"type": "string"}}}),
            )],
        ),
        case(
            "optional query parameter added",
            Minor,
            vec![set(
                "/paths/~1pets/get/parameters/-",
                json!({"name": "offset", "in": "query", "schema": {"type": "integer"}}),
            )],
        ),
        case(
            "required query parameter added",
            Major,
            vec![set(
                "/paths/~1pets/get/parameters/-",
                json!({"name": "owner", "in": "query", "required": true, "schema": {"type": "string"}}),
            )],
        ),
        case(
            "optional query parameter added where there was only the path",
            Minor,
            vec![set(
                "/paths/~1pets~1{petId}/get/parameters",
                json!([{"name": "fields", "in": "query", "schema": {"type": "string"}}]),
            )],
        ),
        case("parameter removed", Major, vec![set("/paths/~1pets/get/parameters", json!([]))]),
        case("parameter made required", Major, vec![set("/paths/~1pets/get/parameters/0/required", json!(true))]),
        case(
            "parameter type changed",
            Major,
            vec![set("/paths/~1pets/get/parameters/0/schema", json!({"type": "string"}))],
        ),
        case(
            "operation added",
            Minor,
            vec![set(
                "/paths/~1owners",
                json!({"get": {"operationId": "listOwners", "tags": ["pets"], "responses": {"204": {"description": "None."}}}}),
            )],
        ),
        case("operation removed", Major, vec![Remove("/paths/~1pets~1{petId}/delete")]),
        case("operationId renamed", Major, vec![set("/paths/~1pets~1{petId}/get/operationId", json!("fetchPet"))]),
        case(
            "tag renamed",
            Major,
            vec![
                set("/tags/0/name", json!("animals")),
                set("/paths/~1pets/get/tags", json!(["animals"])),
                set("/paths/~1pets/post/tags", json!(["animals"])),
                set("/paths/~1pets~1{petId}/get/tags", json!(["animals"])),
                set("/paths/~1pets~1{petId}/delete/tags", json!(["animals"])),
            ],
        ),
        case("path changed", Patch, vec![Edit::Move("/paths/~1pets~1{petId}", "/paths/~1animals~1{petId}")]),
        case("summary changed", Patch, vec![set("/paths/~1pets/get/summary", json!("Lists every pet."))]),
        case(
            "error response added",
            Patch,
            vec![set("/paths/~1pets~1{petId}/delete/responses/404", json!({"description": "No such pet."}))],
        ),
        case(
            "success status added with the same body",
            Patch,
            vec![set(
                "/paths/~1pets/post/responses/200",
                json!({"description": "Already there.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}),
            )],
        ),
        case(
            "success status added with another body",
            Major,
            vec![set(
                "/paths/~1pets/post/responses/202",
                json!({"description": "Queued.", "content": {"text/plain": {"schema": {"type": "string"}}}}),
            )],
        ),
        case(
            "response body type changed",
            Major,
            vec![set(
                "/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema",
                json!({"$ref": "#/components/schemas/NewPet"}),
            )],
        ),
        case("server URL changed", Patch, vec![set("/servers/0/url", json!("https://api.pets.example/v2"))]),
        case(
            "security scheme changed",
            Patch,
            vec![set(
                "/components/securitySchemes/bearer",
                json!({"type": "apiKey", "in": "header", "name": "X-Api-Key"}),
            )],
        ),
    ]
}

/// [`base`] with `case`'s edits applied.
pub fn changed(case: &Case) -> Result<Value, String> {
    let mut document = base();
    for edit in &case.edits {
        match edit {
            Edit::Set(pointer, value) => set_at(&mut document, pointer, value.clone())?,
            Edit::Remove(pointer) => {
                remove_at(&mut document, pointer)?;
            }
            Edit::Move(from, to) => {
                let value = remove_at(&mut document, from)?;
                set_at(&mut document, to, value)?;
            }
        }
    }
    Ok(document)
}

fn parent_of<'a>(document: &'a mut Value, pointer: &str) -> Result<(&'a mut Value, String), String> {
    let (parent, last) = pointer.rsplit_once('/').ok_or_else(|| format!("`{pointer}` is not a JSON pointer"))?;
    let parent = document.pointer_mut(parent).ok_or_else(|| format!("nothing at `{parent}`"))?;
    Ok((parent, last.replace("~1", "/").replace("~0", "~")))
}

fn set_at(document: &mut Value, pointer: &str, value: Value) -> Result<(), String> {
    let (parent, key) = parent_of(document, pointer)?;
    match parent {
        Value::Object(map) => {
            map.insert(key, value);
        }
        Value::Array(items) if key == "-" => items.push(value),
        Value::Array(items) => {
            let slot = key.parse::<usize>().ok().and_then(|index| items.get_mut(index));
            *slot.ok_or_else(|| format!("no item `{key}` at `{pointer}`"))? = value;
        }
        _ => return Err(format!("`{pointer}` is inside neither an object nor a list")),
    }
    Ok(())
}

fn remove_at(document: &mut Value, pointer: &str) -> Result<Value, String> {
    let (parent, key) = parent_of(document, pointer)?;
    let removed = parent.as_object_mut().and_then(|map| map.remove(&key));
    removed.ok_or_else(|| format!("nothing to remove at `{pointer}`"))
}
