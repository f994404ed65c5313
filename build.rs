//! Pins the libpython this binary loads at run time: the one `PyO3` built against (the venv's
//! base interpreter), via an rpath, so a second `CPython` 3.11 on the machine is never picked up.
fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
    let cfg = pyo3_build_config::get();
    println!(
        "cargo:rustc-env=HORRIBLE_BUILD_PYTHON={}",
        cfg.executable().map(std::string::ToString::to_string).unwrap_or_default()
    );
    println!("cargo:rerun-if-changed=build.rs");
}
