// This file is generated from tests/fixtures/specs/recursion.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The optional parameters every operation of the API takes, set the same way on every request.

/// The optional parameters every operation takes: none, for this API.
#[derive(Debug, Clone, Default)]
pub struct SharedParameters {}

impl SharedParameters {
    /// Checks the parameters that are set and puts them on the request.
    pub(crate) fn place(
        self,
        _req: &mut crate::runtime::Outgoing,
    ) -> crate::runtime::Planned {
        Ok(())
    }
}
