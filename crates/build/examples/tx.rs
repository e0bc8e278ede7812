//! Bundles one script and prints the bundle: `cargo run -p nango-build --example tx -- <root> <entry>`.
fn main() {
    let mut args = std::env::args().skip(1);
    let root = std::fs::canonicalize(args.next().expect("root")).unwrap();
    let entry = root.join(args.next().expect("entry"));
    let bundler = nango_build::Bundler::new(&root);
    let t = std::time::Instant::now();
    match bundler.bundle(&entry, "out.js") {
        Ok(b) => {
            std::fs::write("/tmp/out.js", &b.code).unwrap();
            std::fs::write("/tmp/out.js.map", &b.map).unwrap();
            eprintln!(
                "{} files, {} bytes, {:?}",
                b.files.len(),
                b.code.len(),
                t.elapsed()
            );
        }
        Err(e) => {
            for d in e {
                eprint!("{}", nango_diagnostics::render(&d, Default::default()))
            }
        }
    }
}
