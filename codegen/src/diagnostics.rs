//! Errors and warnings, each tied to the place in the spec that caused it.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

/// A place in the spec: the file as the user named it and a JSON pointer into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub pointer: String,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pointer.is_empty() { write!(f, "{}", self.file) } else { write!(f, "{}#{}", self.file, self.pointer) }
    }
}

/// Why a spec could not be turned into a crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec is malformed, unsupported as a whole, or inconsistent.
    #[error("{location}: {message}")]
    Spec { location: Location, message: String },
    /// The configuration passed by the caller is unusable.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// The generator produced code it could not format: a bug in the generator, not the spec.
    #[error("internal error while rendering {file}: {message}")]
    Render { file: String, message: String },
    /// The generator failed in a way the spec cannot explain: a bug in the generator.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Something the generator could not express exactly and replaced with a usable fallback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub location: Location,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Builds JSON pointers (RFC 6901) one segment at a time.
pub fn pointer_child(parent: &str, segment: &str) -> String {
    let mut pointer = String::with_capacity(parent.len() + segment.len() + 1);
    pointer.push_str(parent);
    pointer.push('/');
    if segment.contains(['~', '/']) {
        pointer.push_str(&segment.replace('~', "~0").replace('/', "~1"));
    } else {
        pointer.push_str(segment);
    }
    pointer
}

/// A place in a document as a chain of segments up to a root pointer, made into a pointer only
/// when one is needed: readers pass one down for every value, and rarely have to name it.
#[derive(Clone, Copy)]
pub struct Place<'p> {
    parent: Option<&'p Place<'p>>,
    segment: Segment<'p>,
}

#[derive(Clone, Copy)]
pub enum Segment<'p> {
    /// The pointer the chain starts at.
    Root(&'p str),
    Key(&'p str),
    Index(usize),
}

impl<'p> Place<'p> {
    pub fn root(pointer: &'p str) -> Self {
        Self { parent: None, segment: Segment::Root(pointer) }
    }

    pub fn key(&'p self, key: &'p str) -> Self {
        Self { parent: Some(self), segment: Segment::Key(key) }
    }

    pub fn index(&'p self, index: usize) -> Self {
        Self { parent: Some(self), segment: Segment::Index(index) }
    }

    /// Whether this is the member `key` of the root `""`.
    pub fn is_key_of_root(&self, key: &str) -> bool {
        matches!((self.segment, self.parent.map(|parent| parent.segment)), (Segment::Key(own), Some(Segment::Root(""))) if own == key)
    }

    /// The JSON pointer to this place.
    pub fn pointer(&self) -> String {
        let mut segments = vec![self.segment];
        let mut place = self;
        while let Some(parent) = place.parent {
            segments.push(parent.segment);
            place = parent;
        }
        segments.reverse();
        pointer_of(&segments)
    }
}

/// The JSON pointer to the place `segments` lead to, from the first.
pub fn pointer_of(segments: &[Segment<'_>]) -> String {
    segments.iter().fold(String::new(), |pointer, segment| match segment {
        Segment::Root(root) => (*root).to_owned(),
        Segment::Key(key) => pointer_child(&pointer, key),
        Segment::Index(index) => pointer_child(&pointer, &index.to_string()),
    })
}

/// Collects warnings and makes errors for one spec file. Every stage holds it shared, so
/// warnings are collected behind a `RefCell`.
#[derive(Debug)]
pub struct Reporter {
    file: String,
    warnings: RefCell<Vec<Warning>>,
    /// The first error a pass that goes on after it (to warn about the rest) found.
    refused: RefCell<Option<Error>>,
    /// Places a rewrite of the document moved, by where they are now, with where they were
    /// written: what is inside a place moved with it.
    moves: RefCell<BTreeMap<String, String>>,
}

impl Reporter {
    pub fn new(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            warnings: RefCell::default(),
            refused: RefCell::default(),
            moves: RefCell::default(),
        }
    }

    /// Records that a rewrite of the document moved what was written at `written` to `now`, so
    /// that messages about it, and about what is inside it, name where it was written.
    pub fn moved(&self, now: &str, written: &str) {
        self.moves.borrow_mut().insert(now.to_owned(), written.to_owned());
    }

    /// The place as written of a place in the rewritten document: its nearest moved ancestor's
    /// place as written, followed by the rest of its pointer.
    pub fn as_written(&self, place: &str) -> String {
        let moves = self.moves.borrow();
        if moves.is_empty() {
            return place.to_owned();
        }
        let mut ancestor = place;
        loop {
            if let Some(written) = moves.get(ancestor) {
                return format!("{written}{}", &place[ancestor.len()..]);
            }
            match ancestor.rfind('/') {
                Some(end) => ancestor = &ancestor[..end],
                None => return place.to_owned(),
            }
        }
    }

    /// The place a pointer names: one into the spec (`/paths/...`), or one into another file
    /// of it written `file#/pointer` with the file relative to the spec's directory.
    pub fn location(&self, pointer: &str) -> Location {
        let pointer = &self.as_written(pointer);
        match pointer.split_once('#').filter(|_| !pointer.is_empty() && !pointer.starts_with('/')) {
            Some((file, pointer)) => Location { file: self.sibling(file), pointer: pointer.to_owned() },
            None => Location { file: self.file.clone(), pointer: pointer.to_owned() },
        }
    }

    /// A reporter for another file of the spec, named relative to the spec's directory.
    pub fn for_file(&self, file: &str) -> Self {
        Self::new(&self.sibling(file))
    }

    fn sibling(&self, file: &str) -> String {
        match self.file.rsplit_once('/') {
            Some((directory, _)) => format!("{directory}/{file}"),
            None => file.to_owned(),
        }
    }

    pub fn error(&self, pointer: &str, message: impl Into<String>) -> Error {
        Error::Spec { location: self.location(pointer), message: message.into() }
    }

    pub fn warn(&self, pointer: &str, message: impl Into<String>) {
        let warning = Warning { location: self.location(pointer), message: message.into() };
        self.warnings.borrow_mut().push(warning);
    }

    /// Notes an error without stopping the pass; [`Reporter::refusal`] returns the first.
    pub fn refuse(&self, pointer: &str, message: impl Into<String>) {
        let error = self.error(pointer, message);
        self.refused.borrow_mut().get_or_insert(error);
    }

    /// The first error [`Reporter::refuse`] noted, if any.
    pub fn refusal(&self) -> Result<(), Error> {
        self.refused.borrow_mut().take().map_or(Ok(()), Err)
    }

    pub fn into_warnings(self) -> Vec<Warning> {
        self.warnings.into_inner()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_segments_escape_slash_and_tilde() {
        let pointer = pointer_child("/paths", "/a/{id}~x");
        assert_eq!(pointer, "/paths/~1a~1{id}~0x");
    }

    #[test]
    fn errors_name_file_and_pointer() {
        let reporter = Reporter::new("spec/api.yaml");
        let error = reporter.error("/components/schemas/A", "dangling $ref");
        assert_eq!(error.to_string(), "spec/api.yaml#/components/schemas/A: dangling $ref");
    }
}
