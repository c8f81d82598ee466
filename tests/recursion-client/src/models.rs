// This file is generated from tests/fixtures/specs/recursion.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// The `EitherA` type of the API.
pub type EitherA = serde_json::Value;

/// The `EitherB` type of the API.
pub type EitherB = EitherA;

/// The `FromModel` type of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum FromModel {
    /// The value `1`.
    Value1,
    /// The value `2`.
    Value2,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(i64),
}

impl From<i64> for FromModel {
    fn from(value: i64) -> Self {
        match value {
            1i64 => Self::Value1,
            2i64 => Self::Value2,
            other => Self::Unknown(other),
        }
    }
}

impl From<FromModel> for i64 {
    fn from(value: FromModel) -> Self {
        match value {
            FromModel::Value1 => 1i64,
            FromModel::Value2 => 2i64,
            FromModel::Unknown(other) => other,
        }
    }
}

/// The `Link0` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link0 {
    /// The `next` property.
    pub next: Link1,
}

impl Serialize for Link0 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link0 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link1` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link1 {
    /// The `next` property.
    pub next: Link2,
}

impl Serialize for Link1 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link1 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link10` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link10 {
    /// The `next` property.
    pub next: Link11,
}

impl Serialize for Link10 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link10 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link100` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link100 {
    /// The `next` property.
    pub next: Link101,
}

impl Serialize for Link100 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link100 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link101` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link101 {
    /// The `next` property.
    pub next: Link102,
}

impl Serialize for Link101 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link101 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link102` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link102 {
    /// The `next` property.
    pub next: Link103,
}

impl Serialize for Link102 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link102 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link103` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link103 {
    /// The `next` property.
    pub next: Link104,
}

impl Serialize for Link103 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link103 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link104` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link104 {
    /// The `next` property.
    pub next: Link105,
}

impl Serialize for Link104 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link104 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link105` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link105 {
    /// The `next` property.
    pub next: Link106,
}

impl Serialize for Link105 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link105 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link106` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link106 {
    /// The `next` property.
    pub next: Link107,
}

impl Serialize for Link106 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link106 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link107` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link107 {
    /// The `next` property.
    pub next: Link108,
}

impl Serialize for Link107 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link107 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link108` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link108 {
    /// The `next` property.
    pub next: Link109,
}

impl Serialize for Link108 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link108 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link109` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link109 {
    /// The `next` property.
    pub next: Link110,
}

impl Serialize for Link109 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link109 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link11` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link11 {
    /// The `next` property.
    pub next: Link12,
}

impl Serialize for Link11 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link11 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link110` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link110 {
    /// The `next` property.
    pub next: Link111,
}

impl Serialize for Link110 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link110 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link111` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link111 {
    /// The `next` property.
    pub next: Link112,
}

impl Serialize for Link111 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link111 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link112` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link112 {
    /// The `next` property.
    pub next: Link113,
}

impl Serialize for Link112 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link112 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link113` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link113 {
    /// The `next` property.
    pub next: Link114,
}

impl Serialize for Link113 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link113 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link114` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link114 {
    /// The `next` property.
    pub next: Link115,
}

impl Serialize for Link114 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link114 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link115` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link115 {
    /// The `next` property.
    pub next: Link116,
}

impl Serialize for Link115 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link115 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link116` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link116 {
    /// The `next` property.
    pub next: Link117,
}

impl Serialize for Link116 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link116 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link117` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link117 {
    /// The `next` property.
    pub next: Link118,
}

impl Serialize for Link117 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link117 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link118` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link118 {
    /// The `next` property.
    pub next: Link119,
}

impl Serialize for Link118 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link118 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link119` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link119 {
    /// The `next` property.
    pub next: Link120,
}

impl Serialize for Link119 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link119 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link12` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link12 {
    /// The `next` property.
    pub next: Link13,
}

impl Serialize for Link12 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link12 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link120` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link120 {
    /// The `next` property.
    pub next: Link121,
}

impl Serialize for Link120 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link120 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link121` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link121 {
    /// The `next` property.
    pub next: Link122,
}

impl Serialize for Link121 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link121 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link122` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link122 {
    /// The `next` property.
    pub next: Link123,
}

impl Serialize for Link122 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link122 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link123` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link123 {
    /// The `next` property.
    pub next: Link124,
}

impl Serialize for Link123 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link123 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link124` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link124 {
    /// The `next` property.
    pub next: Link125,
}

impl Serialize for Link124 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link124 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link125` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link125 {
    /// The `next` property.
    pub next: Link126,
}

impl Serialize for Link125 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link125 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link126` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link126 {
    /// The `next` property.
    pub next: Link127,
}

impl Serialize for Link126 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link126 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link127` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link127 {
    /// The `next` property.
    pub next: Link128,
}

impl Serialize for Link127 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link127 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link128` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link128 {
    /// The `next` property.
    pub next: Link129,
}

impl Serialize for Link128 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link128 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link129` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link129 {
    /// The `next` property.
    pub next: Link130,
}

impl Serialize for Link129 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link129 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link13` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link13 {
    /// The `next` property.
    pub next: Link14,
}

impl Serialize for Link13 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link13 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link130` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link130 {
    /// The `next` property.
    pub next: Link131,
}

impl Serialize for Link130 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link130 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link131` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link131 {
    /// The `next` property.
    pub next: Link132,
}

impl Serialize for Link131 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link131 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link132` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link132 {
    /// The `next` property.
    pub next: Link133,
}

impl Serialize for Link132 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link132 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link133` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link133 {
    /// The `next` property.
    pub next: Link134,
}

impl Serialize for Link133 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link133 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link134` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link134 {
    /// The `next` property.
    pub next: Link135,
}

impl Serialize for Link134 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link134 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link135` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link135 {
    /// The `next` property.
    pub next: Link136,
}

impl Serialize for Link135 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link135 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link136` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link136 {
    /// The `next` property.
    pub next: Link137,
}

impl Serialize for Link136 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link136 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link137` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link137 {
    /// The `next` property.
    pub next: Link138,
}

impl Serialize for Link137 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link137 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link138` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link138 {
    /// The `next` property.
    pub next: Link139,
}

impl Serialize for Link138 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link138 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link139` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link139 {
    /// The `next` property.
    pub next: Link140,
}

impl Serialize for Link139 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link139 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link14` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link14 {
    /// The `next` property.
    pub next: Link15,
}

impl Serialize for Link14 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link14 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link140` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link140 {
    /// The `next` property.
    pub next: Link141,
}

impl Serialize for Link140 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link140 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link141` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link141 {
    /// The `next` property.
    pub next: Link142,
}

impl Serialize for Link141 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link141 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link142` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link142 {
    /// The `next` property.
    pub next: Link143,
}

impl Serialize for Link142 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link142 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link143` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link143 {
    /// The `next` property.
    pub next: Link144,
}

impl Serialize for Link143 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link143 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link144` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link144 {
    /// The `next` property.
    pub next: Link145,
}

impl Serialize for Link144 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link144 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link145` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link145 {
    /// The `next` property.
    pub next: Link146,
}

impl Serialize for Link145 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link145 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link146` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link146 {
    /// The `next` property.
    pub next: Link147,
}

impl Serialize for Link146 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link146 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link147` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link147 {
    /// The `next` property.
    pub next: Link148,
}

impl Serialize for Link147 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link147 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link148` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link148 {
    /// The `next` property.
    pub next: Link149,
}

impl Serialize for Link148 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link148 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link149` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link149 {
    /// The `next` property.
    pub next: Link150,
}

impl Serialize for Link149 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link149 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link15` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link15 {
    /// The `next` property.
    pub next: Link16,
}

impl Serialize for Link15 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link15 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link150` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link150 {
    /// The `next` property.
    pub next: Link151,
}

impl Serialize for Link150 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link150 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link151` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link151 {
    /// The `next` property.
    pub next: Link152,
}

impl Serialize for Link151 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link151 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link152` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link152 {
    /// The `next` property.
    pub next: Link153,
}

impl Serialize for Link152 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link152 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link153` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link153 {
    /// The `next` property.
    pub next: Link154,
}

impl Serialize for Link153 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link153 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link154` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link154 {
    /// The `next` property.
    pub next: Link155,
}

impl Serialize for Link154 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link154 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link155` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link155 {
    /// The `next` property.
    pub next: Link156,
}

impl Serialize for Link155 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link155 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link156` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link156 {
    /// The `next` property.
    pub next: Link157,
}

impl Serialize for Link156 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link156 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link157` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link157 {
    /// The `next` property.
    pub next: Link158,
}

impl Serialize for Link157 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link157 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link158` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link158 {
    /// The `next` property.
    pub next: Link159,
}

impl Serialize for Link158 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link158 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link159` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link159 {
    /// The `next` property.
    pub next: Link160,
}

impl Serialize for Link159 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link159 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link16` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link16 {
    /// The `next` property.
    pub next: Link17,
}

impl Serialize for Link16 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link16 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link160` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link160 {
    /// The `next` property.
    pub next: Link161,
}

impl Serialize for Link160 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link160 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link161` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link161 {
    /// The `next` property.
    pub next: Link162,
}

impl Serialize for Link161 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link161 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link162` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link162 {
    /// The `next` property.
    pub next: Link163,
}

impl Serialize for Link162 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link162 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link163` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link163 {
    /// The `next` property.
    pub next: Link164,
}

impl Serialize for Link163 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link163 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link164` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link164 {
    /// The `next` property.
    pub next: Link165,
}

impl Serialize for Link164 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link164 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link165` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link165 {
    /// The `next` property.
    pub next: Link166,
}

impl Serialize for Link165 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link165 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link166` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link166 {
    /// The `next` property.
    pub next: Link167,
}

impl Serialize for Link166 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link166 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link167` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link167 {
    /// The `next` property.
    pub next: Link168,
}

impl Serialize for Link167 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link167 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link168` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link168 {
    /// The `next` property.
    pub next: Link169,
}

impl Serialize for Link168 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link168 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link169` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link169 {
    /// The `next` property.
    pub next: Link170,
}

impl Serialize for Link169 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link169 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link17` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link17 {
    /// The `next` property.
    pub next: Link18,
}

impl Serialize for Link17 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link17 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link170` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link170 {
    /// The `next` property.
    pub next: Link171,
}

impl Serialize for Link170 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link170 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link171` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link171 {
    /// The `next` property.
    pub next: Link172,
}

impl Serialize for Link171 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link171 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link172` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link172 {
    /// The `next` property.
    pub next: Link173,
}

impl Serialize for Link172 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link172 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link173` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link173 {
    /// The `next` property.
    pub next: Link174,
}

impl Serialize for Link173 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link173 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link174` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link174 {
    /// The `next` property.
    pub next: Link175,
}

impl Serialize for Link174 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link174 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link175` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link175 {
    /// The `next` property.
    pub next: Link176,
}

impl Serialize for Link175 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link175 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link176` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link176 {
    /// The `next` property.
    pub next: Link177,
}

impl Serialize for Link176 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link176 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link177` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link177 {
    /// The `next` property.
    pub next: Link178,
}

impl Serialize for Link177 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link177 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link178` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link178 {
    /// The `next` property.
    pub next: Link179,
}

impl Serialize for Link178 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link178 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link179` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link179 {
    /// The `next` property.
    pub next: Link180,
}

impl Serialize for Link179 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link179 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link18` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link18 {
    /// The `next` property.
    pub next: Link19,
}

impl Serialize for Link18 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link18 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link180` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link180 {
    /// The `next` property.
    pub next: Link181,
}

impl Serialize for Link180 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link180 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link181` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link181 {
    /// The `next` property.
    pub next: Link182,
}

impl Serialize for Link181 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link181 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link182` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link182 {
    /// The `next` property.
    pub next: Link183,
}

impl Serialize for Link182 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link182 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link183` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link183 {
    /// The `next` property.
    pub next: Link184,
}

impl Serialize for Link183 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link183 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link184` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link184 {
    /// The `next` property.
    pub next: Link185,
}

impl Serialize for Link184 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link184 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link185` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link185 {
    /// The `next` property.
    pub next: Link186,
}

impl Serialize for Link185 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link185 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link186` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link186 {
    /// The `next` property.
    pub next: Link187,
}

impl Serialize for Link186 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link186 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link187` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link187 {
    /// The `next` property.
    pub next: Link188,
}

impl Serialize for Link187 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link187 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link188` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link188 {
    /// The `next` property.
    pub next: Link189,
}

impl Serialize for Link188 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link188 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link189` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link189 {
    /// The `next` property.
    pub next: Link190,
}

impl Serialize for Link189 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link189 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link19` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link19 {
    /// The `next` property.
    pub next: Link20,
}

impl Serialize for Link19 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link19 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link190` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link190 {
    /// The `next` property.
    pub next: Link191,
}

impl Serialize for Link190 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link190 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link191` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link191 {
    /// The `next` property.
    pub next: Link192,
}

impl Serialize for Link191 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link191 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link192` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link192 {
    /// The `next` property.
    pub next: Link193,
}

impl Serialize for Link192 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link192 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link193` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link193 {
    /// The `next` property.
    pub next: Link194,
}

impl Serialize for Link193 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link193 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link194` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link194 {
    /// The `next` property.
    pub next: Link195,
}

impl Serialize for Link194 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link194 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link195` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link195 {
    /// The `next` property.
    pub next: Link196,
}

impl Serialize for Link195 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link195 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link196` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link196 {
    /// The `next` property.
    pub next: Link197,
}

impl Serialize for Link196 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link196 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link197` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link197 {
    /// The `next` property.
    pub next: Link198,
}

impl Serialize for Link197 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link197 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link198` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link198 {
    /// The `next` property.
    pub next: Link199,
}

impl Serialize for Link198 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link198 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link199` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link199 {
    /// The `next` property.
    pub next: Link200,
}

impl Serialize for Link199 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link199 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link2` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link2 {
    /// The `next` property.
    pub next: Link3,
}

impl Serialize for Link2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link2 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link20` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link20 {
    /// The `next` property.
    pub next: Link21,
}

impl Serialize for Link20 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link20 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link200` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link200 {
    /// The `end` property.
    pub end: Option<bool>,
}

impl Serialize for Link200 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("end", &self.end);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link200 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            end: object.optional("end"),
        };
        object.finish(value)
    }
}

/// The `Link21` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link21 {
    /// The `next` property.
    pub next: Link22,
}

impl Serialize for Link21 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link21 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link22` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link22 {
    /// The `next` property.
    pub next: Link23,
}

impl Serialize for Link22 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link22 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link23` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link23 {
    /// The `next` property.
    pub next: Link24,
}

impl Serialize for Link23 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link23 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link24` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link24 {
    /// The `next` property.
    pub next: Link25,
}

impl Serialize for Link24 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link24 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link25` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link25 {
    /// The `next` property.
    pub next: Link26,
}

impl Serialize for Link25 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link25 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link26` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link26 {
    /// The `next` property.
    pub next: Link27,
}

impl Serialize for Link26 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link26 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link27` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link27 {
    /// The `next` property.
    pub next: Link28,
}

impl Serialize for Link27 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link27 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link28` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link28 {
    /// The `next` property.
    pub next: Link29,
}

impl Serialize for Link28 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link28 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link29` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link29 {
    /// The `next` property.
    pub next: Link30,
}

impl Serialize for Link29 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link29 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link3` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link3 {
    /// The `next` property.
    pub next: Link4,
}

impl Serialize for Link3 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link3 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link30` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link30 {
    /// The `next` property.
    pub next: Link31,
}

impl Serialize for Link30 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link30 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link31` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link31 {
    /// The `next` property.
    pub next: Link32,
}

impl Serialize for Link31 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link31 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link32` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link32 {
    /// The `next` property.
    pub next: Link33,
}

impl Serialize for Link32 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link32 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link33` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link33 {
    /// The `next` property.
    pub next: Link34,
}

impl Serialize for Link33 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link33 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link34` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link34 {
    /// The `next` property.
    pub next: Link35,
}

impl Serialize for Link34 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link34 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link35` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link35 {
    /// The `next` property.
    pub next: Link36,
}

impl Serialize for Link35 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link35 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link36` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link36 {
    /// The `next` property.
    pub next: Link37,
}

impl Serialize for Link36 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link36 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link37` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link37 {
    /// The `next` property.
    pub next: Link38,
}

impl Serialize for Link37 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link37 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link38` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link38 {
    /// The `next` property.
    pub next: Link39,
}

impl Serialize for Link38 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link38 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link39` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link39 {
    /// The `next` property.
    pub next: Link40,
}

impl Serialize for Link39 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link39 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link4` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link4 {
    /// The `next` property.
    pub next: Link5,
}

impl Serialize for Link4 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link4 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link40` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link40 {
    /// The `next` property.
    pub next: Link41,
}

impl Serialize for Link40 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link40 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link41` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link41 {
    /// The `next` property.
    pub next: Link42,
}

impl Serialize for Link41 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link41 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link42` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link42 {
    /// The `next` property.
    pub next: Link43,
}

impl Serialize for Link42 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link42 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link43` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link43 {
    /// The `next` property.
    pub next: Link44,
}

impl Serialize for Link43 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link43 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link44` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link44 {
    /// The `next` property.
    pub next: Link45,
}

impl Serialize for Link44 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link44 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link45` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link45 {
    /// The `next` property.
    pub next: Link46,
}

impl Serialize for Link45 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link45 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link46` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link46 {
    /// The `next` property.
    pub next: Link47,
}

impl Serialize for Link46 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link46 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link47` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link47 {
    /// The `next` property.
    pub next: Link48,
}

impl Serialize for Link47 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link47 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link48` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link48 {
    /// The `next` property.
    pub next: Link49,
}

impl Serialize for Link48 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link48 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link49` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link49 {
    /// The `next` property.
    pub next: Link50,
}

impl Serialize for Link49 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link49 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link5` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link5 {
    /// The `next` property.
    pub next: Link6,
}

impl Serialize for Link5 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link5 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link50` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link50 {
    /// The `next` property.
    pub next: Link51,
}

impl Serialize for Link50 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link50 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link51` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link51 {
    /// The `next` property.
    pub next: Link52,
}

impl Serialize for Link51 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link51 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link52` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link52 {
    /// The `next` property.
    pub next: Link53,
}

impl Serialize for Link52 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link52 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link53` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link53 {
    /// The `next` property.
    pub next: Link54,
}

impl Serialize for Link53 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link53 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link54` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link54 {
    /// The `next` property.
    pub next: Link55,
}

impl Serialize for Link54 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link54 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link55` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link55 {
    /// The `next` property.
    pub next: Link56,
}

impl Serialize for Link55 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link55 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link56` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link56 {
    /// The `next` property.
    pub next: Link57,
}

impl Serialize for Link56 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link56 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link57` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link57 {
    /// The `next` property.
    pub next: Link58,
}

impl Serialize for Link57 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link57 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link58` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link58 {
    /// The `next` property.
    pub next: Link59,
}

impl Serialize for Link58 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link58 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link59` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link59 {
    /// The `next` property.
    pub next: Link60,
}

impl Serialize for Link59 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link59 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link6` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link6 {
    /// The `next` property.
    pub next: Link7,
}

impl Serialize for Link6 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link6 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link60` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link60 {
    /// The `next` property.
    pub next: Link61,
}

impl Serialize for Link60 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link60 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link61` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link61 {
    /// The `next` property.
    pub next: Link62,
}

impl Serialize for Link61 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link61 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link62` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link62 {
    /// The `next` property.
    pub next: Link63,
}

impl Serialize for Link62 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link62 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link63` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link63 {
    /// The `next` property.
    pub next: Link64,
}

impl Serialize for Link63 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link63 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link64` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link64 {
    /// The `next` property.
    pub next: Link65,
}

impl Serialize for Link64 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link64 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link65` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link65 {
    /// The `next` property.
    pub next: Link66,
}

impl Serialize for Link65 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link65 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link66` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link66 {
    /// The `next` property.
    pub next: Link67,
}

impl Serialize for Link66 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link66 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link67` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link67 {
    /// The `next` property.
    pub next: Link68,
}

impl Serialize for Link67 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link67 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link68` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link68 {
    /// The `next` property.
    pub next: Link69,
}

impl Serialize for Link68 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link68 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link69` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link69 {
    /// The `next` property.
    pub next: Link70,
}

impl Serialize for Link69 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link69 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link7` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link7 {
    /// The `next` property.
    pub next: Link8,
}

impl Serialize for Link7 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link7 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link70` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link70 {
    /// The `next` property.
    pub next: Link71,
}

impl Serialize for Link70 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link70 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link71` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link71 {
    /// The `next` property.
    pub next: Link72,
}

impl Serialize for Link71 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link71 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link72` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link72 {
    /// The `next` property.
    pub next: Link73,
}

impl Serialize for Link72 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link72 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link73` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link73 {
    /// The `next` property.
    pub next: Link74,
}

impl Serialize for Link73 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link73 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link74` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link74 {
    /// The `next` property.
    pub next: Link75,
}

impl Serialize for Link74 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link74 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link75` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link75 {
    /// The `next` property.
    pub next: Link76,
}

impl Serialize for Link75 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link75 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link76` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link76 {
    /// The `next` property.
    pub next: Link77,
}

impl Serialize for Link76 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link76 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link77` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link77 {
    /// The `next` property.
    pub next: Link78,
}

impl Serialize for Link77 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link77 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link78` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link78 {
    /// The `next` property.
    pub next: Link79,
}

impl Serialize for Link78 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link78 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link79` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link79 {
    /// The `next` property.
    pub next: Link80,
}

impl Serialize for Link79 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link79 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link8` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link8 {
    /// The `next` property.
    pub next: Link9,
}

impl Serialize for Link8 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link8 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link80` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link80 {
    /// The `next` property.
    pub next: Link81,
}

impl Serialize for Link80 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link80 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link81` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link81 {
    /// The `next` property.
    pub next: Link82,
}

impl Serialize for Link81 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link81 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link82` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link82 {
    /// The `next` property.
    pub next: Link83,
}

impl Serialize for Link82 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link82 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link83` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link83 {
    /// The `next` property.
    pub next: Link84,
}

impl Serialize for Link83 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link83 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link84` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link84 {
    /// The `next` property.
    pub next: Link85,
}

impl Serialize for Link84 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link84 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link85` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link85 {
    /// The `next` property.
    pub next: Link86,
}

impl Serialize for Link85 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link85 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link86` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link86 {
    /// The `next` property.
    pub next: Link87,
}

impl Serialize for Link86 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link86 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link87` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link87 {
    /// The `next` property.
    pub next: Link88,
}

impl Serialize for Link87 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link87 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link88` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link88 {
    /// The `next` property.
    pub next: Link89,
}

impl Serialize for Link88 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link88 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link89` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link89 {
    /// The `next` property.
    pub next: Link90,
}

impl Serialize for Link89 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link89 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link9` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link9 {
    /// The `next` property.
    pub next: Link10,
}

impl Serialize for Link9 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link9 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link90` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link90 {
    /// The `next` property.
    pub next: Link91,
}

impl Serialize for Link90 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link90 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link91` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link91 {
    /// The `next` property.
    pub next: Link92,
}

impl Serialize for Link91 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link91 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link92` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link92 {
    /// The `next` property.
    pub next: Link93,
}

impl Serialize for Link92 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link92 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link93` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link93 {
    /// The `next` property.
    pub next: Link94,
}

impl Serialize for Link93 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link93 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link94` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link94 {
    /// The `next` property.
    pub next: Link95,
}

impl Serialize for Link94 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link94 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link95` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link95 {
    /// The `next` property.
    pub next: Link96,
}

impl Serialize for Link95 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link95 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link96` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link96 {
    /// The `next` property.
    pub next: Link97,
}

impl Serialize for Link96 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link96 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link97` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link97 {
    /// The `next` property.
    pub next: Link98,
}

impl Serialize for Link97 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link97 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link98` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link98 {
    /// The `next` property.
    pub next: Link99,
}

impl Serialize for Link98 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link98 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `Link99` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Link99 {
    /// The `next` property.
    pub next: Link100,
}

impl Serialize for Link99 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Link99 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.required("next")?,
        };
        object.finish(value)
    }
}

/// The `List0` type of the API.
pub type List0 = Vec<List1>;

/// The `List1` type of the API.
pub type List1 = Vec<List2>;

/// The `List10` type of the API.
pub type List10 = Vec<List11>;

/// The `List100` type of the API.
pub type List100 = Vec<List101>;

/// The `List101` type of the API.
pub type List101 = Vec<List102>;

/// The `List102` type of the API.
pub type List102 = Vec<List103>;

/// The `List103` type of the API.
pub type List103 = Vec<List104>;

/// The `List104` type of the API.
pub type List104 = Vec<List105>;

/// The `List105` type of the API.
pub type List105 = Vec<List106>;

/// The `List106` type of the API.
pub type List106 = Vec<List107>;

/// The `List107` type of the API.
pub type List107 = Vec<List108>;

/// The `List108` type of the API.
pub type List108 = Vec<List109>;

/// The `List109` type of the API.
pub type List109 = Vec<List110>;

/// The `List11` type of the API.
pub type List11 = Vec<List12>;

/// The `List110` type of the API.
pub type List110 = Vec<List111>;

/// The `List111` type of the API.
pub type List111 = Vec<List112>;

/// The `List112` type of the API.
pub type List112 = Vec<List113>;

/// The `List113` type of the API.
pub type List113 = Vec<List114>;

/// The `List114` type of the API.
pub type List114 = Vec<List115>;

/// The `List115` type of the API.
pub type List115 = Vec<List116>;

/// The `List116` type of the API.
pub type List116 = Vec<List117>;

/// The `List117` type of the API.
pub type List117 = Vec<List118>;

/// The `List118` type of the API.
pub type List118 = Vec<List119>;

/// The `List119` type of the API.
///
/// Each item: length: at most 8 characters.
pub type List119 = Vec<List120>;

/// The `List12` type of the API.
pub type List12 = Vec<List13>;

/// The `List120` type of the API.
///
/// Length: at most 8 characters.
pub type List120 = String;

/// The `List13` type of the API.
pub type List13 = Vec<List14>;

/// The `List14` type of the API.
pub type List14 = Vec<List15>;

/// The `List15` type of the API.
pub type List15 = Vec<List16>;

/// The `List16` type of the API.
pub type List16 = Vec<List17>;

/// The `List17` type of the API.
pub type List17 = Vec<List18>;

/// The `List18` type of the API.
pub type List18 = Vec<List19>;

/// The `List19` type of the API.
pub type List19 = Vec<List20>;

/// The `List2` type of the API.
pub type List2 = Vec<List3>;

/// The `List20` type of the API.
pub type List20 = Vec<List21>;

/// The `List21` type of the API.
pub type List21 = Vec<List22>;

/// The `List22` type of the API.
pub type List22 = Vec<List23>;

/// The `List23` type of the API.
pub type List23 = Vec<List24>;

/// The `List24` type of the API.
pub type List24 = Vec<List25>;

/// The `List25` type of the API.
pub type List25 = Vec<List26>;

/// The `List26` type of the API.
pub type List26 = Vec<List27>;

/// The `List27` type of the API.
pub type List27 = Vec<List28>;

/// The `List28` type of the API.
pub type List28 = Vec<List29>;

/// The `List29` type of the API.
pub type List29 = Vec<List30>;

/// The `List3` type of the API.
pub type List3 = Vec<List4>;

/// The `List30` type of the API.
pub type List30 = Vec<List31>;

/// The `List31` type of the API.
pub type List31 = Vec<List32>;

/// The `List32` type of the API.
pub type List32 = Vec<List33>;

/// The `List33` type of the API.
pub type List33 = Vec<List34>;

/// The `List34` type of the API.
pub type List34 = Vec<List35>;

/// The `List35` type of the API.
pub type List35 = Vec<List36>;

/// The `List36` type of the API.
pub type List36 = Vec<List37>;

/// The `List37` type of the API.
pub type List37 = Vec<List38>;

/// The `List38` type of the API.
pub type List38 = Vec<List39>;

/// The `List39` type of the API.
pub type List39 = Vec<List40>;

/// The `List4` type of the API.
pub type List4 = Vec<List5>;

/// The `List40` type of the API.
pub type List40 = Vec<List41>;

/// The `List41` type of the API.
pub type List41 = Vec<List42>;

/// The `List42` type of the API.
pub type List42 = Vec<List43>;

/// The `List43` type of the API.
pub type List43 = Vec<List44>;

/// The `List44` type of the API.
pub type List44 = Vec<List45>;

/// The `List45` type of the API.
pub type List45 = Vec<List46>;

/// The `List46` type of the API.
pub type List46 = Vec<List47>;

/// The `List47` type of the API.
pub type List47 = Vec<List48>;

/// The `List48` type of the API.
pub type List48 = Vec<List49>;

/// The `List49` type of the API.
pub type List49 = Vec<List50>;

/// The `List5` type of the API.
pub type List5 = Vec<List6>;

/// The `List50` type of the API.
pub type List50 = Vec<List51>;

/// The `List51` type of the API.
pub type List51 = Vec<List52>;

/// The `List52` type of the API.
pub type List52 = Vec<List53>;

/// The `List53` type of the API.
pub type List53 = Vec<List54>;

/// The `List54` type of the API.
pub type List54 = Vec<List55>;

/// The `List55` type of the API.
pub type List55 = Vec<List56>;

/// The `List56` type of the API.
pub type List56 = Vec<List57>;

/// The `List57` type of the API.
pub type List57 = Vec<List58>;

/// The `List58` type of the API.
pub type List58 = Vec<List59>;

/// The `List59` type of the API.
pub type List59 = Vec<List60>;

/// The `List6` type of the API.
pub type List6 = Vec<List7>;

/// The `List60` type of the API.
pub type List60 = Vec<List61>;

/// The `List61` type of the API.
pub type List61 = Vec<List62>;

/// The `List62` type of the API.
pub type List62 = Vec<List63>;

/// The `List63` type of the API.
pub type List63 = Vec<List64>;

/// The `List64` type of the API.
pub type List64 = Vec<List65>;

/// The `List65` type of the API.
pub type List65 = Vec<List66>;

/// The `List66` type of the API.
pub type List66 = Vec<List67>;

/// The `List67` type of the API.
pub type List67 = Vec<List68>;

/// The `List68` type of the API.
pub type List68 = Vec<List69>;

/// The `List69` type of the API.
pub type List69 = Vec<List70>;

/// The `List7` type of the API.
pub type List7 = Vec<List8>;

/// The `List70` type of the API.
pub type List70 = Vec<List71>;

/// The `List71` type of the API.
pub type List71 = Vec<List72>;

/// The `List72` type of the API.
pub type List72 = Vec<List73>;

/// The `List73` type of the API.
pub type List73 = Vec<List74>;

/// The `List74` type of the API.
pub type List74 = Vec<List75>;

/// The `List75` type of the API.
pub type List75 = Vec<List76>;

/// The `List76` type of the API.
pub type List76 = Vec<List77>;

/// The `List77` type of the API.
pub type List77 = Vec<List78>;

/// The `List78` type of the API.
pub type List78 = Vec<List79>;

/// The `List79` type of the API.
pub type List79 = Vec<List80>;

/// The `List8` type of the API.
pub type List8 = Vec<List9>;

/// The `List80` type of the API.
pub type List80 = Vec<List81>;

/// The `List81` type of the API.
pub type List81 = Vec<List82>;

/// The `List82` type of the API.
pub type List82 = Vec<List83>;

/// The `List83` type of the API.
pub type List83 = Vec<List84>;

/// The `List84` type of the API.
pub type List84 = Vec<List85>;

/// The `List85` type of the API.
pub type List85 = Vec<List86>;

/// The `List86` type of the API.
pub type List86 = Vec<List87>;

/// The `List87` type of the API.
pub type List87 = Vec<List88>;

/// The `List88` type of the API.
pub type List88 = Vec<List89>;

/// The `List89` type of the API.
pub type List89 = Vec<List90>;

/// The `List9` type of the API.
pub type List9 = Vec<List10>;

/// The `List90` type of the API.
pub type List90 = Vec<List91>;

/// The `List91` type of the API.
pub type List91 = Vec<List92>;

/// The `List92` type of the API.
pub type List92 = Vec<List93>;

/// The `List93` type of the API.
pub type List93 = Vec<List94>;

/// The `List94` type of the API.
pub type List94 = Vec<List95>;

/// The `List95` type of the API.
pub type List95 = Vec<List96>;

/// The `List96` type of the API.
pub type List96 = Vec<List97>;

/// The `List97` type of the API.
pub type List97 = Vec<List98>;

/// The `List98` type of the API.
pub type List98 = Vec<List99>;

/// The `List99` type of the API.
pub type List99 = Vec<List100>;

/// The `Mutual` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Mutual {
    /// The `b` property.
    pub b: Option<String>,
    /// The `a` property.
    pub a: Option<String>,
}

impl Serialize for Mutual {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("b", &self.b);
        object.optional("a", &self.a);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Mutual {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            b: object.optional("b"),
            a: object.optional("a"),
        };
        object.finish(value)
    }
}

/// The `Nested` type of the API.
pub type Nested = Vec<
    Vec<
        Vec<
            Vec<
                Vec<
                    Vec<
                        Vec<
                            Vec<
                                Vec<
                                    Vec<
                                        Vec<
                                            Vec<
                                                Vec<
                                                    Vec<
                                                        Vec<
                                                            Vec<
                                                                Vec<
                                                                    Vec<
                                                                        Vec<
                                                                            Vec<
                                                                                Vec<
                                                                                    Vec<
                                                                                        Vec<
                                                                                            Vec<
                                                                                                Vec<
                                                                                                    Vec<
                                                                                                        Vec<
                                                                                                            Vec<
                                                                                                                Vec<
                                                                                                                    Vec<
                                                                                                                        Vec<
                                                                                                                            Vec<
                                                                                                                                Vec<
                                                                                                                                    Vec<
                                                                                                                                        Vec<
                                                                                                                                            Vec<
                                                                                                                                                Vec<
                                                                                                                                                    Vec<
                                                                                                                                                        Vec<
                                                                                                                                                            Vec<
                                                                                                                                                                Vec<
                                                                                                                                                                    Vec<
                                                                                                                                                                        Vec<
                                                                                                                                                                            Vec<
                                                                                                                                                                                Vec<
                                                                                                                                                                                    Vec<
                                                                                                                                                                                        Vec<
                                                                                                                                                                                            Vec<
                                                                                                                                                                                                Vec<
                                                                                                                                                                                                    Vec<
                                                                                                                                                                                                        Vec<
                                                                                                                                                                                                            Vec<
                                                                                                                                                                                                                Vec<
                                                                                                                                                                                                                    Vec<
                                                                                                                                                                                                                        Vec<
                                                                                                                                                                                                                            Vec<
                                                                                                                                                                                                                                Vec<
                                                                                                                                                                                                                                    Vec<
                                                                                                                                                                                                                                        Vec<
                                                                                                                                                                                                                                            Vec<
                                                                                                                                                                                                                                                Vec<
                                                                                                                                                                                                                                                    Vec<
                                                                                                                                                                                                                                                        Vec<
                                                                                                                                                                                                                                                            Vec<
                                                                                                                                                                                                                                                                Vec<
                                                                                                                                                                                                                                                                    Vec<
                                                                                                                                                                                                                                                                        Vec<
                                                                                                                                                                                                                                                                            Vec<
                                                                                                                                                                                                                                                                                Vec<
                                                                                                                                                                                                                                                                                    Vec<
                                                                                                                                                                                                                                                                                        Vec<
                                                                                                                                                                                                                                                                                            Vec<
                                                                                                                                                                                                                                                                                                Vec<
                                                                                                                                                                                                                                                                                                    Vec<
                                                                                                                                                                                                                                                                                                        Vec<
                                                                                                                                                                                                                                                                                                            Vec<
                                                                                                                                                                                                                                                                                                                Vec<
                                                                                                                                                                                                                                                                                                                    Vec<
                                                                                                                                                                                                                                                                                                                        Vec<
                                                                                                                                                                                                                                                                                                                            Vec<
                                                                                                                                                                                                                                                                                                                                Vec<
                                                                                                                                                                                                                                                                                                                                    Vec<
                                                                                                                                                                                                                                                                                                                                        Vec<
                                                                                                                                                                                                                                                                                                                                            Vec<
                                                                                                                                                                                                                                                                                                                                                Vec<
                                                                                                                                                                                                                                                                                                                                                    Vec<
                                                                                                                                                                                                                                                                                                                                                        Vec<
                                                                                                                                                                                                                                                                                                                                                            Vec<
                                                                                                                                                                                                                                                                                                                                                                Vec<
                                                                                                                                                                                                                                                                                                                                                                    Vec<
                                                                                                                                                                                                                                                                                                                                                                        Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<Vec<String>>>>>>>>>>,
                                                                                                                                                                                                                                                                                                                                                                    >,
                                                                                                                                                                                                                                                                                                                                                                >,
                                                                                                                                                                                                                                                                                                                                                            >,
                                                                                                                                                                                                                                                                                                                                                        >,
                                                                                                                                                                                                                                                                                                                                                    >,
                                                                                                                                                                                                                                                                                                                                                >,
                                                                                                                                                                                                                                                                                                                                            >,
                                                                                                                                                                                                                                                                                                                                        >,
                                                                                                                                                                                                                                                                                                                                    >,
                                                                                                                                                                                                                                                                                                                                >,
                                                                                                                                                                                                                                                                                                                            >,
                                                                                                                                                                                                                                                                                                                        >,
                                                                                                                                                                                                                                                                                                                    >,
                                                                                                                                                                                                                                                                                                                >,
                                                                                                                                                                                                                                                                                                            >,
                                                                                                                                                                                                                                                                                                        >,
                                                                                                                                                                                                                                                                                                    >,
                                                                                                                                                                                                                                                                                                >,
                                                                                                                                                                                                                                                                                            >,
                                                                                                                                                                                                                                                                                        >,
                                                                                                                                                                                                                                                                                    >,
                                                                                                                                                                                                                                                                                >,
                                                                                                                                                                                                                                                                            >,
                                                                                                                                                                                                                                                                        >,
                                                                                                                                                                                                                                                                    >,
                                                                                                                                                                                                                                                                >,
                                                                                                                                                                                                                                                            >,
                                                                                                                                                                                                                                                        >,
                                                                                                                                                                                                                                                    >,
                                                                                                                                                                                                                                                >,
                                                                                                                                                                                                                                            >,
                                                                                                                                                                                                                                        >,
                                                                                                                                                                                                                                    >,
                                                                                                                                                                                                                                >,
                                                                                                                                                                                                                            >,
                                                                                                                                                                                                                        >,
                                                                                                                                                                                                                    >,
                                                                                                                                                                                                                >,
                                                                                                                                                                                                            >,
                                                                                                                                                                                                        >,
                                                                                                                                                                                                    >,
                                                                                                                                                                                                >,
                                                                                                                                                                                            >,
                                                                                                                                                                                        >,
                                                                                                                                                                                    >,
                                                                                                                                                                                >,
                                                                                                                                                                            >,
                                                                                                                                                                        >,
                                                                                                                                                                    >,
                                                                                                                                                                >,
                                                                                                                                                            >,
                                                                                                                                                        >,
                                                                                                                                                    >,
                                                                                                                                                >,
                                                                                                                                            >,
                                                                                                                                        >,
                                                                                                                                    >,
                                                                                                                                >,
                                                                                                                            >,
                                                                                                                        >,
                                                                                                                    >,
                                                                                                                >,
                                                                                                            >,
                                                                                                        >,
                                                                                                    >,
                                                                                                >,
                                                                                            >,
                                                                                        >,
                                                                                    >,
                                                                                >,
                                                                            >,
                                                                        >,
                                                                    >,
                                                                >,
                                                            >,
                                                        >,
                                                    >,
                                                >,
                                            >,
                                        >,
                                    >,
                                >,
                            >,
                        >,
                    >,
                >,
            >,
        >,
    >,
>;

/// The `Node` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Node {
    /// The `next` property.
    pub next: Option<Box<Node>>,
    /// Spelled \u{202e}`self`
    pub self_: String,
    /// The `Self` property.
    pub self_2: Option<String>,
}

impl Serialize for Node {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("next", &self.next);
        object.required("self", &self.self_);
        object.optional("Self", &self.self_2);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            self_: object.required("self")?,
            next: object.optional("next"),
            self_2: object.optional("Self"),
        };
        object.finish(value)
    }
}

impl Node {
    /// Creates the value from its required properties; the optional ones start out as `None`.
    pub fn new(self_: String) -> Self {
        Self {
            next: None,
            self_,
            self_2: None,
        }
    }
}

/// The `Other` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Other {
    /// The `a` property.
    pub a: Option<String>,
    /// The `b` property.
    pub b: Option<String>,
}

impl Serialize for Other {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("a", &self.a);
        object.optional("b", &self.b);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Other {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            a: object.optional("a"),
            b: object.optional("b"),
        };
        object.finish(value)
    }
}

/// The `Same` type of the API.
pub type Same = serde_json::Value;

/// The `SelfArray` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SelfArray(pub Vec<SelfArray>);

/// The `SelfMap` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SelfMap(pub ::std::collections::BTreeMap<String, SelfMap>);

/// Reading and writing structs as JSON objects.
mod json {
    use serde::Deserialize;
    /// A JSON object a struct takes its properties from, one call each.
    pub(super) struct Object<E> {
        object: serde_json::Map<String, serde_json::Value>,
        /// The first error of a property read without `?`.
        failure: Option<E>,
    }
    impl<E: serde::de::Error> Object<E> {
        pub(super) fn read<'de, D: serde::Deserializer<'de, Error = E>>(
            deserializer: D,
        ) -> Result<Self, E> {
            let object = serde_json::Map::deserialize(deserializer)?;
            Ok(Self { object, failure: None })
        }
        /// A property that must be there.
        pub(super) fn required<T: serde::de::DeserializeOwned>(
            &mut self,
            name: &'static str,
        ) -> Result<T, E> {
            match self.object.remove(name) {
                Some(value) => decode(name, value),
                None => Err(E::missing_field(name)),
            }
        }
        /// A property that may be absent or `null`, both `None`; an error is kept for `finish`.
        pub(super) fn optional<T: serde::de::DeserializeOwned>(
            &mut self,
            name: &str,
        ) -> Option<T> {
            match self.object.remove(name) {
                None | Some(serde_json::Value::Null) => None,
                Some(value) => self.kept(decode(name, value)),
            }
        }
        /// `value`, unless a property read without `?` failed. Optional properties are read
        /// so, after the required ones: a struct literal with a `?` per field makes rustc's
        /// borrow checking quadratic in the number of fields.
        pub(super) fn finish<T>(self, value: T) -> Result<T, E> {
            match self.failure {
                Some(error) => Err(error),
                None => Ok(value),
            }
        }
        /// The value of a property, or `None` with its error kept for `finish`.
        fn kept<T>(&mut self, read: Result<T, E>) -> Option<T> {
            match read {
                Ok(value) => Some(value),
                Err(error) => {
                    self.failure.get_or_insert(error);
                    None
                }
            }
        }
    }
    /// A JSON object a struct writes its properties to, one call each.
    pub(super) struct Writer<M: serde::ser::SerializeMap> {
        map: M,
        /// The first error of writing a property.
        failure: Option<M::Error>,
    }
    impl<M: serde::ser::SerializeMap> Writer<M> {
        pub(super) fn start<S: serde::Serializer<SerializeMap = M>>(
            serializer: S,
        ) -> Result<Self, S::Error> {
            serializer.serialize_map(None).map(|map| Self { map, failure: None })
        }
        /// A property that is always there.
        pub(super) fn required<T: serde::Serialize>(&mut self, name: &str, value: &T) {
            self.entry(name, value);
        }
        /// A property written if it is set, and left out otherwise.
        pub(super) fn optional<T: serde::Serialize>(
            &mut self,
            name: &str,
            value: &Option<T>,
        ) {
            if let Some(value) = value {
                self.entry(name, value);
            }
        }
        /// Writes a property unless an earlier one failed, keeping the first error for `end`:
        /// as with reading, a `?` per property would make rustc's checks grow faster than
        /// the struct.
        fn entry<T: serde::Serialize>(&mut self, name: &str, value: &T) {
            if self.failure.is_none() {
                self.failure = self.map.serialize_entry(name, value).err();
            }
        }
        /// The object, or the first error of writing it.
        pub(super) fn end(self) -> Result<M::Ok, M::Error> {
            match self.failure {
                Some(error) => Err(error),
                None => self.map.end(),
            }
        }
    }
    /// The value of the property `name`, an error naming the property if it is not a `T`.
    fn decode<T: serde::de::DeserializeOwned, E: serde::de::Error>(
        name: &str,
        value: serde_json::Value,
    ) -> Result<T, E> {
        T::deserialize(value)
            .map_err(|error| E::custom(format_args!("property `{name}`: {error}")))
    }
}
