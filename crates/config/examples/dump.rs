//! Prints what `nango generate` would derive from a nango.yaml: `cargo run -p nango-config --example dump -- <file> [models|schema|nango|diag]`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).expect("read file");
    let loaded = nango_config::load("nango.yaml", &text);
    for d in &loaded.diagnostics {
        eprintln!("{d}");
        if let Some(h) = &d.help {
            eprintln!("  help: {h}");
        }
    }
    let Some(config) = loaded.config else {
        std::process::exit(1)
    };
    match args.get(2).map(String::as_str).unwrap_or("nango") {
        "models" => print!("{}", nango_config::codegen::model_declarations(&config)),
        "schema" => println!(
            "{}",
            serde_json::to_string_pretty(&nango_config::codegen::schema_json(&config, "0"))
                .unwrap()
        ),
        _ => println!(
            "{}",
            serde_json::to_string_pretty(&nango_config::codegen::nango_json(&config)).unwrap()
        ),
    }
}
