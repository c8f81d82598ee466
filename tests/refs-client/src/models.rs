// This file is generated from tests/fixtures/specs/refs/api.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// A thing's id; `none` is not one.
///
/// Must match the regular expression `^(?!none$)[a-z0-9-]+$`.
pub type Id = String;

/// The `ListThingsResponse404` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListThingsResponse404 {
    /// The `message` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `Thing` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Thing {
    /// A thing's id; `none` is not one.
    ///
    /// Must match the regular expression `^(?!none$)[a-z0-9-]+$`.
    pub id: Id,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `parts` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parts: Option<Vec<Thing>>,
}

impl Thing {
    ///A `Thing` with its required properties; the optional ones start out as `None`.
    pub fn new(id: Id) -> Self {
        Self {
            id,
            name: None,
            parts: None,
        }
    }
}
