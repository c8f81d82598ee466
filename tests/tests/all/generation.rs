//! `cargo xtask codegen`: deterministic output, `--check`, all-or-nothing writes.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use xtask::{Codegen, Drift, Failure};

use crate::support::{root, spec_path};

fn command(spec: &Path, out: &Path, check: bool) -> Codegen {
    let mut args = vec![
        "--spec".to_owned(),
        spec.display().to_string(),
        "--out".to_owned(),
        out.display().to_string(),
        "--crate-name".to_owned(),
        "losant-instance-org".to_owned(),
    ];
    if check {
        args.push("--check".to_owned());
    }
    let mut commands = Codegen::from_args(args, &root(), &root()).expect("valid arguments");
    assert_eq!(commands.len(), 1);
    commands.remove(0)
}

/// Every file below `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(dir: &Path, prefix: &str, files: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).expect("readable directory") {
            let entry = entry.expect("directory entry");
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if entry.file_type().expect("file type").is_dir() {
                walk(&entry.path(), &format!("{name}/"), files);
            } else {
                files.insert(name, fs::read(entry.path()).expect("readable file"));
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(dir, "", &mut files);
    files
}

/// Names the first file that differs rather than printing whole files.
fn assert_same_files(left: &BTreeMap<String, Vec<u8>>, right: &BTreeMap<String, Vec<u8>>) {
    assert_eq!(left.keys().collect::<Vec<_>>(), right.keys().collect::<Vec<_>>());
    for (path, bytes) in left {
        assert!(bytes == &right[path], "{path} differs");
    }
}

fn generate_into(out: &Path) {
    xtask::codegen(&command(&spec_path(), out, false), &root()).expect("generation succeeds");
}

#[test]
fn every_committed_crate_matches_its_spec() {
    let checks = Codegen::from_args(vec!["--check".to_owned()], &root(), &root()).expect("valid arguments");
    let outs: Vec<&Path> =
        checks.iter().map(|check| check.out.strip_prefix(root()).expect("in the workspace")).collect();
    let expected = [
        "generated-client",
        "generated-orgs-client",
        "tests/wire-client",
        "tests/constructs-client",
        "tests/hostile-client",
        "tests/refs-client",
        "tests/recursion-client",
        "tests/fastapi-client",
    ];
    assert_eq!(outs, expected.map(Path::new));
    for check in &checks {
        let outcome = xtask::codegen(check, &root()).expect("generation succeeds");
        assert_eq!(outcome.drift.lines(), Vec::<String>::new(), "run `cargo xtask codegen`");
        if ["hostile-client", "refs-client", "fastapi-client"].iter().any(|clean| check.out.ends_with(clean)) {
            let warnings: Vec<String> = outcome.warnings.iter().map(ToString::to_string).collect();
            assert_eq!(warnings, Vec::<String>::new(), "{}: nothing falls back", check.out.display());
        }
    }
}

#[test]
fn output_is_byte_identical_across_runs_and_directories() {
    let (first, second) = (tempfile::tempdir().expect("tempdir"), tempfile::tempdir().expect("tempdir"));
    generate_into(first.path());
    generate_into(second.path());
    let files = snapshot(first.path());
    assert_same_files(&files, &snapshot(second.path()));
    let mut committed = snapshot(&root().join("generated-client"));
    // The one file the generator does not write: `cargo xtask semver --changelog` does.
    assert!(committed.remove("CHANGELOG.md").is_some(), "the committed crate has its changelog");
    assert_same_files(&files, &committed);
    assert!(files.contains_key("src/models.rs"));
}

#[test]
fn check_names_stale_missing_and_extra_files() {
    let out = tempfile::tempdir().expect("tempdir");
    generate_into(out.path());
    let check = command(&spec_path(), out.path(), true);
    assert!(xtask::codegen(&check, &root()).expect("check runs").drift.is_empty());

    fs::write(out.path().join("src/models.rs"), "// edited by hand\n").expect("write");
    fs::remove_file(out.path().join("src/lib.rs")).expect("remove");
    fs::write(out.path().join("src/extra.rs"), "// This file is generated from an older spec.\n").expect("write");
    fs::write(out.path().join("src/mine.rs"), "// Not generated: never extra.\n").expect("write");
    let before = snapshot(out.path());
    let drift = xtask::codegen(&check, &root()).expect("check runs").drift;
    assert_eq!(
        drift,
        Drift {
            stale: vec!["src/models.rs".into()],
            missing: vec!["src/lib.rs".into()],
            extra: vec!["src/extra.rs".into()],
        }
    );
    assert_eq!(drift.lines(), ["stale: src/models.rs", "missing: src/lib.rs", "extra: src/extra.rs"]);
    assert_same_files(&before, &snapshot(out.path()));

    generate_into(out.path());
    assert!(xtask::codegen(&check, &root()).expect("check runs").drift.is_empty());
    assert!(!out.path().join("src/extra.rs").exists(), "files no longer generated are removed");
}

#[test]
fn a_failed_generation_leaves_the_previous_output_untouched() {
    let out = tempfile::tempdir().expect("tempdir");
    generate_into(out.path());
    let before = snapshot(out.path());

    let spec_dir = tempfile::tempdir().expect("tempdir");
    let broken = spec_dir.path().join("broken.yaml");
    let text = fs::read_to_string(spec_path()).expect("spec");
    let text = text.replacen("$ref: '#/components/schemas/OrgLimits'", "$ref: '#/components/schemas/OrgLimitz'", 1);
    fs::write(&broken, text).expect("write");

    let failure = xtask::codegen(&command(&broken, out.path(), false), &root()).expect_err("generation fails");
    let message = failure.to_string();
    assert!(matches!(failure, Failure::Generate(_)));
    assert!(message.contains("broken.yaml#/components/schemas/InstanceOrg/properties/limits/$ref"), "{message}");
    assert!(message.contains("dangling $ref `#/components/schemas/OrgLimitz`"), "{message}");
    assert_same_files(&before, &snapshot(out.path()));
}

#[test]
fn a_directory_that_is_not_generated_is_never_overwritten() {
    let out = tempfile::tempdir().expect("tempdir");
    fs::write(out.path().join("notes.txt"), "mine").expect("write");
    let failure = xtask::codegen(&command(&spec_path(), out.path(), false), &root()).expect_err("refused");
    assert!(failure.to_string().contains("not a generated crate"), "{failure}");
    assert_eq!(fs::read_to_string(out.path().join("notes.txt")).expect("kept"), "mine");
}

#[test]
fn another_spec_needs_its_own_output_directory() {
    let error =
        Codegen::from_args(vec!["--spec".to_owned(), "other.yaml".to_owned()], &root(), &root()).expect_err("refused");
    assert!(error.contains("--spec needs --out"), "{error}");
    let mut commands = Codegen::from_args(
        ["--spec", "specs/pet_store.json", "--out", "out"].map(str::to_owned),
        Path::new("/work"),
        &root(),
    )
    .expect("valid");
    let command = commands.remove(0);
    assert_eq!(command.crate_name, "pet-store");
    assert_eq!(command.out, Path::new("/work/out"));
}

#[test]
fn a_write_that_fails_midway_changes_nothing() {
    let out = tempfile::tempdir().expect("tempdir");
    generate_into(out.path());
    let before = snapshot(out.path());
    // Every file changes, so every file must be written.
    let files: BTreeMap<String, String> =
        before.iter().map(|(path, bytes)| (path.clone(), format!("{}\n", String::from_utf8_lossy(bytes)))).collect();
    let mut written = 0;
    let error = xtask::output::write_with(out.path(), &files, &mut |file, contents| {
        written += 1;
        if written == 3 {
            return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "no space left on device"));
        }
        std::io::Write::write_all(file, contents)
    })
    .expect_err("the third file does not fit");
    assert!(error.changed.is_empty(), "{error}");
    assert_eq!(error.to_string(), "no space left on device; nothing was changed");
    assert_same_files(&before, &snapshot(out.path()));
}

#[test]
fn a_move_that_fails_midway_is_undone() {
    let out = tempfile::tempdir().expect("tempdir");
    generate_into(out.path());
    let before = snapshot(out.path());
    let mut files: BTreeMap<String, String> =
        before.iter().map(|(path, bytes)| (path.clone(), format!("{}\n", String::from_utf8_lossy(bytes)))).collect();
    // A name no file system takes, in a directory not made yet: comparing finds it missing, and
    // only its move into place fails, after the files sorted before it have moved.
    files.insert(format!("src/new/{}.rs", "x".repeat(300)), "// too long\n".to_owned());
    let error = xtask::output::write(out.path(), &files).expect_err("the long name is refused");
    assert!(error.changed.is_empty(), "{error}");
    assert_same_files(&before, &snapshot(out.path()));
    assert!(!out.path().join("src/new").exists());
}

#[test]
fn regenerating_keeps_hidden_files_and_files_the_generator_did_not_write() {
    let out = tempfile::tempdir().expect("tempdir");
    generate_into(out.path());
    fs::create_dir_all(out.path().join(".git")).expect("mkdir");
    fs::write(out.path().join(".git/HEAD"), "ref: refs/heads/main\n").expect("write");
    fs::write(out.path().join("NOTES.md"), "mine").expect("write");
    fs::write(out.path().join("src/stale.rs"), "// This file is generated from an older spec.\n").expect("write");
    let outcome = xtask::codegen(&command(&spec_path(), out.path(), false), &root()).expect("regenerates");
    assert_eq!(outcome.drift.extra, ["src/stale.rs"]);
    assert!(!out.path().join("src/stale.rs").exists());
    assert_eq!(fs::read_to_string(out.path().join(".git/HEAD")).expect("kept"), "ref: refs/heads/main\n");
    assert_eq!(fs::read_to_string(out.path().join("NOTES.md")).expect("kept"), "mine");
    let leftovers: Vec<_> = fs::read_dir(out.path().parent().expect("a parent"))
        .expect("readable")
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(".codegen-staging-"))
        .collect();
    assert!(leftovers.is_empty(), "the staging directory is removed");
}
