//! `cargo xtask semver`: every kind of spec change in the table gets the release it needs, the
//! report names the items and where they come from, and the CI gate and the changelog behave.

use std::path::Path;

use xtask::semver::cases;
use xtask::semver::command::{Options, run};
use xtask::semver::truth::generate_case;
use xtask::semver::{Group, compare};

#[test]
fn every_kind_of_spec_change_gets_the_release_it_needs() {
    let all = cases::all();
    assert!(all.len() >= 25, "the table has {} cases", all.len());
    let mut wrong = Vec::new();
    for (index, case) in all.iter().enumerate() {
        let (old, new) = generate_case(case, &format!("case-{index:02}")).unwrap_or_else(|error| panic!("{error}"));
        let report = compare(&old, &new).unwrap_or_else(|error| panic!("{}: {error}", case.name));
        if report.level != case.expected {
            wrong.push(format!("{}: expected {:?}, got {:?}\n{report}", case.name, case.expected, report.level));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_report_names_each_item_and_where_in_the_spec_it_comes_from() {
    let removal = cases::all().into_iter().find(|case| case.name == "property removed").expect("the case");
    let (old, new) = generate_case(&removal, "pets").expect("generates");
    let report = compare(&old, &new).expect("compares");
    let change = report.changes.iter().find(|change| change.item == "models::Pet::tag").expect("the field is named");
    assert_eq!(change.group, Group::Breaking);
    assert_eq!(change.origin.as_deref(), Some("pets.json#/components/schemas/Pet/properties/tag"));
    let text = report.to_string();
    assert!(text.starts_with("breaking (1):\n  models::Pet::tag: field removed"), "{text}");
}

/// Runs `cargo xtask semver` with `args` from `dir`, returning whether it passed and what it printed.
fn semver(args: &[&str], dir: &Path) -> (bool, String) {
    let options = Options::from_args(args.iter().map(ToString::to_string), dir).expect("valid arguments");
    let mut out = Vec::new();
    let passed = run(&options, &xtask::workspace_root(), &mut out).unwrap_or_else(|error| panic!("{error}"));
    (passed, String::from_utf8(out).expect("UTF-8"))
}

fn write_spec(path: &Path, document: &serde_json::Value) {
    std::fs::write(path, serde_json::to_string_pretty(document).expect("serializes")).expect("writes");
}

#[test]
fn the_command_ends_with_the_bump_and_follows_cargos_rule_for_0_x() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut old = cases::base();
    write_spec(&dir.path().join("old.json"), &old);
    let removal = cases::all().into_iter().find(|case| case.name == "property removed").expect("the case");
    write_spec(&dir.path().join("new.json"), &cases::changed(&removal).expect("applies"));
    let (_, text) = semver(&["old.json", "new.json"], dir.path());
    assert!(text.contains("  models::Pet::tag: field removed ["), "{text}");
    assert!(text.contains("old.json#/components/schemas/Pet/properties/tag]"), "the removed field's place: {text}");
    assert!(text.contains("version: 1.0.0 -> 2.0.0 or later; info.version is 1.0.0: set it to 2.0.0"), "{text}");
    assert_eq!(text.lines().last(), Some("bump: major"));

    old["info"]["version"] = serde_json::json!("0.3.1");
    write_spec(&dir.path().join("old.json"), &old);
    let (_, text) = semver(&["old.json", "new.json"], dir.path());
    assert_eq!(text.lines().last(), Some("bump: minor"), "a breaking change of a 0.x crate is a minor bump");
    let (_, text) = semver(&["old.json", "old.json", "--crate-name", "pets"], dir.path());
    assert_eq!(text.lines().last(), Some("bump: none"), "{text}");
}

#[test]
fn changelog_entries_go_on_top_and_older_ones_are_never_rewritten() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let old = cases::base();
    write_spec(&dir.path().join("old.json"), &old);
    let addition = cases::all().into_iter().find(|case| case.name == "operation added").expect("the case");
    write_spec(&dir.path().join("new.json"), &cases::changed(&addition).expect("applies"));
    let args = ["old.json", "new.json", "--crate-name", "pets", "--changelog", "--out", "crate"];
    std::fs::create_dir(dir.path().join("crate")).expect("creates");
    let (_, text) = semver(&args, dir.path());
    assert!(text.ends_with("has an entry for 1.1.0\nbump: minor\n"), "{text}");
    let changelog = dir.path().join("crate/CHANGELOG.md");
    let first = std::fs::read_to_string(&changelog).expect("written");
    assert!(first.starts_with("# Changelog\n"), "{first}");
    assert!(first.contains("\n\n## 1.1.0\n\n### Added\n\n- `pets::ListOwners`: struct added"), "{first}");
    assert!(first.contains("\n- `pets::PetsApi::list_owners`: method added (from `"), "{first}");

    let options = Options::from_args(args.iter().map(ToString::to_string), dir.path()).expect("valid");
    let again = run(&options, &xtask::workspace_root(), &mut Vec::new()).expect_err("the entry exists");
    assert!(again.contains("already has an entry for 1.1.0"), "{again}");

    let mut newer = cases::changed(&addition).expect("applies");
    newer["info"]["version"] = serde_json::json!("1.2.0");
    write_spec(&dir.path().join("new.json"), &newer);
    semver(&args, dir.path());
    let second = std::fs::read_to_string(&changelog).expect("written");
    let (top, older) = second.split_once("## 1.1.0").expect("the older entry is kept");
    assert!(top.contains("## 1.2.0"), "the newest entry is on top: {second}");
    assert_eq!(format!("## 1.1.0{older}"), first[first.find("## 1.1.0").expect("an entry")..]);
}

fn git(root: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .current_dir(root)
        .output()
        .expect("git runs");
    assert!(status.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&status.stderr));
}

fn generate_into(root: &Path, document: &serde_json::Value) {
    write_spec(&root.join("api.json"), document);
    let command = xtask::Codegen {
        spec: root.join("api.json"),
        out: root.join("client"),
        crate_name: "gate-client".into(),
        crate_version: None,
        license: "MIT".into(),
        check: false,
    };
    xtask::codegen(&command, root).unwrap_or_else(|error| panic!("{error}"));
}

#[test]
fn the_gate_refuses_a_breaking_change_until_the_version_says_so() {
    let root = tempfile::tempdir().expect("a temporary directory");
    let root = root.path();
    generate_into(root, &cases::base());
    git(root, &["init", "--quiet"]);
    git(root, &["add", "."]);
    git(root, &["commit", "--quiet", "-m", "the first release"]);
    let targets = [xtask::Target { spec: "api.json", out: "client", crate_name: "gate-client" }];
    let gate = |rev: &str| {
        let mut out = Vec::new();
        let passed = xtask::semver::gate::check(root, rev, &targets, &mut out).expect("compares");
        (passed, String::from_utf8(out).expect("UTF-8"))
    };
    assert!(gate("HEAD~1").0, "without an earlier commit there is nothing to refuse");

    let redescribed = cases::all().into_iter().find(|case| case.name == "description changed").expect("the case");
    generate_into(root, &cases::changed(&redescribed).expect("applies"));
    let (passed, text) = gate("HEAD");
    assert!(passed, "docs alone leave the public API as it was: {text}");
    assert!(text.contains("its public API is the same; publishing it needs a patch release"), "{text}");

    let addition = cases::all().into_iter().find(|case| case.name == "operation added").expect("the case");
    generate_into(root, &cases::changed(&addition).expect("applies"));
    let (passed, text) = gate("HEAD");
    assert!(!passed, "{text}");
    assert!(text.contains("needs a minor release") && text.contains("The changes that need it:\n  "), "{text}");
    assert!(text.contains(": method added\n"), "the added operation's method is named: {text}");

    let removal = cases::all().into_iter().find(|case| case.name == "property removed").expect("the case");
    let mut changed = cases::changed(&removal).expect("applies");
    generate_into(root, &changed);
    let (passed, text) = gate("HEAD");
    assert!(!passed, "{text}");
    assert!(
        text.contains("needs a major release, but its version went from 1.0.0 to 1.0.0; make it at least 2.0.0"),
        "{text}"
    );
    assert!(text.contains("\n  models::Pet::tag: field removed\n"), "{text}");

    changed["info"]["version"] = serde_json::json!("1.1.0");
    generate_into(root, &changed);
    assert!(!gate("HEAD").0, "a minor release is not enough for a removed field");
    changed["info"]["version"] = serde_json::json!("2.0.0");
    generate_into(root, &changed);
    let (passed, text) = gate("HEAD");
    assert!(passed, "{text}");
    assert_eq!(text, "gate-client: 1.0.0 -> 2.0.0, enough for a major change\n");
}

#[test]
fn a_spec_that_cannot_be_read_is_an_error_naming_it() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    write_spec(&dir.path().join("new.json"), &cases::base());
    std::fs::write(dir.path().join("old.json"), "{\"openapi\": \"3.0.3\", \"info\": 7}").expect("writes");
    for (old, named) in [("missing.json", "missing.json"), ("old.json", "old spec")] {
        let options = Options::from_args([old, "new.json"].map(ToString::to_string), dir.path()).expect("valid");
        let error = run(&options, &xtask::workspace_root(), &mut Vec::new()).expect_err("nothing to compare");
        assert!(error.contains(named), "{error}");
    }
}

#[test]
fn since_takes_the_old_spec_from_git() {
    let root = tempfile::tempdir().expect("a temporary directory");
    let root = root.path();
    generate_into(root, &cases::base());
    git(root, &["init", "--quiet"]);
    git(root, &["add", "."]);
    git(root, &["commit", "--quiet", "-m", "the first release"]);
    let addition = cases::all().into_iter().find(|case| case.name == "operation added").expect("the case");
    write_spec(&root.join("api.json"), &cases::changed(&addition).expect("applies"));
    let options = Options::from_args(["--since", "HEAD", "api.json"].map(ToString::to_string), root).expect("valid");
    let mut out = Vec::new();
    assert!(run(&options, root, &mut out).expect("compares"));
    let text = String::from_utf8(out).expect("UTF-8");
    assert!(text.starts_with("api: api.json at HEAD -> as it is now\n"), "{text}");
    assert!(text.contains("  pets::PetsApi::list_owners: method added [api.json#/paths/~1owners/get]"), "{text}");
    assert_eq!(text.lines().last(), Some("bump: minor"));
}
