//! The committed OpenAPI document must match the one generated from the code.

#[test]
fn openapi_yaml_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../contract/openapi.yaml");
    let generated = reference_backend::openapi::openapi_yaml().unwrap();
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "crates/contract/openapi.yaml is out of date; run with UPDATE_OPENAPI=1 to rewrite it"
    );
}
