//! The recorded-test readers: a `.test.json` fixture (the input) with every accessor and a
//! lookup of each call it records, and the same text as a recording in a `mocks/` folder and
//! as a request identity.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use nango_mocks::{Expectation, Identity, Mocks, TestFixture};
use serde_json::{Value, json};

/// A `mocks/` folder made once; the input is written where the recording of
/// [`identity`]'s call is read.
fn mocks() -> &'static (Mocks, PathBuf) {
    static MOCKS: OnceLock<(Mocks, PathBuf)> = OnceLock::new();
    MOCKS.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        let mocks = Mocks::at(&dir);
        let identity = identity("get", "v1/items");
        let path = dir
            .join("nango/get/proxy/v1/items/issues")
            .join(format!("{}.json", identity.hash));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        (mocks, path)
    })
}

fn identity(method: &str, endpoint: &str) -> Identity {
    let text = json!({
        "method": method,
        "endpoint": endpoint,
        "params": [],
        "headers": [],
        "data": null,
    })
    .to_string();
    Identity::parse(&text).unwrap()
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = Identity::parse(text);

    if let Ok(fixture) = TestFixture::parse(Path::new("issues.test.json"), text) {
        fixture.input();
        fixture.output();
        fixture.connection();
        fixture.metadata();
        fixture.recorded_for();
        let models: Vec<String> = ["batchSave", "batchDelete"]
            .iter()
            .filter_map(|key| fixture.value()["nango"][key].as_object())
            .flat_map(|models| models.keys().cloned())
            .collect();
        for model in &models {
            fixture.expected_records(model, Expectation::Save);
            fixture.expected_records(model, Expectation::Delete);
        }
        // Each recorded call looked up by its own method and endpoint.
        let calls: Vec<(String, String)> = fixture
            .value()
            .get("api")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter_map(|(method, endpoints)| Some((method, endpoints.as_object()?)))
            .flat_map(|(method, endpoints)| {
                endpoints
                    .keys()
                    .map(move |endpoint| (method.clone(), endpoint.clone()))
            })
            .take(16)
            .collect();
        for (method, endpoint) in calls {
            let _ = fixture.response(&identity(&method, endpoint.trim_start_matches('/')));
        }
    }

    let (mocks, path) = mocks();
    std::fs::write(path, text).unwrap();
    let _ = mocks.response("issues", &identity("get", "v1/items"));
});
