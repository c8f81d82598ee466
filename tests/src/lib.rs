//! Shared helpers live in the test crate itself; this library is intentionally empty.
