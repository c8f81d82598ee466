// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// The `BoxModel` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BoxModel {
    /// The `type` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

/// The `Kind` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Kind {
    /// The value `plain`.
    #[serde(rename = "plain")]
    Plain,
    /// The value `fancy`.
    #[serde(rename = "fancy")]
    Fancy,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    Unknown(String),
}

impl Kind {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plain => "plain",
            Self::Fancy => "fancy",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The `OptionModel` type of the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OptionModel {
    /// The `some` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub some: Option<String>,
    /// The `none` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub none: Option<i64>,
}

/// The `ResultModel` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ResultModel {
    /// The `value` property.
    pub value: String,
    /// The `fooBar` property.
    #[serde(rename = "fooBar", default, skip_serializing_if = "Option::is_none")]
    pub foo_bar: Option<String>,
    /// The `foo_bar` property.
    #[serde(rename = "foo_bar", default, skip_serializing_if = "Option::is_none")]
    pub foo_bar_2: Option<String>,
    /// The `FooBar` property.
    #[serde(rename = "FooBar", default, skip_serializing_if = "Option::is_none")]
    pub foo_bar_3: Option<String>,
    /// The `foo-bar` property.
    #[serde(rename = "foo-bar", default, skip_serializing_if = "Option::is_none")]
    pub foo_bar_4: Option<String>,
    /// The `self` property.
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
}

/// The `StringModel` type of the API.
pub type StringModel = String;

/// The `VecModel` type of the API.
pub type VecModel = Vec<StringModel>;
