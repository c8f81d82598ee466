//! The generated crate's compile surface: typical use compiles with warnings denied, and
//! misuse fails with the errors committed next to each case.

use std::path::Path;

/// The cases in `dir`; trybuild passes silently when a glob matches nothing, so count them.
fn cases(dir: &str) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display()));
    entries.filter(|entry| entry.as_ref().is_ok_and(|entry| entry.path().extension() == Some("rs".as_ref()))).count()
}

#[test]
fn typical_use_compiles_and_misuse_does_not() {
    assert_eq!((cases("ui/pass"), cases("ui/fail")), (3, 5));
    let cases = trybuild::TestCases::new();
    cases.pass("ui/pass/*.rs");
    cases.compile_fail("ui/fail/*.rs");
}
