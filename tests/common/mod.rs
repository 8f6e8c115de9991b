//! Helpers shared by the root package's tests.

use std::fs;
use std::path::PathBuf;

/// A small repository in a fresh temporary folder: `files` as (path, text).
/// `name` keeps the folders of different tests apart.
pub fn scratch_repository(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("site-test-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().expect("a folder")).expect("a scratch folder");
        fs::write(path, text).expect("a scratch file");
    }
    dir
}
