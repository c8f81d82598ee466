// This file is generated from spec/instance-orgs.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The optional parameters every operation of the API takes, set the same way on every request.

/// The optional parameters every operation takes.
#[derive(Debug, Clone, Default)]
pub struct SharedParameters {
    losantdomain: Option<String>,
}

impl<P> crate::Request<'_, P> {
    /// Domain scope of request (rarely needed)
    pub fn losantdomain(mut self, value: impl Into<String>) -> Self {
        self.shared.losantdomain = Some(value.into());
        self
    }
}

impl SharedParameters {
    /// Checks the parameters that are set and puts them on the request.
    pub(crate) fn place(
        self,
        req: &mut crate::runtime::Outgoing,
    ) -> crate::runtime::Planned {
        if let Some(value) = self.losantdomain {
            req.add_header("losantdomain", value)?;
        }
        Ok(())
    }
}
