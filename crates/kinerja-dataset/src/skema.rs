//! The JSON Schema of the dataset format, generated from the model's types, so editors can
//! validate and complete dataset files (Taplo/Even Better TOML read it).

use kinerja_domain::Dataset;

/// The JSON Schema of a dataset, pretty-printed.
pub fn json_schema() -> String {
    let skema = schemars::schema_for!(Dataset);
    let mut s = serde_json::to_string_pretty(&skema).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The published schema must be the one the code generates.
    #[test]
    fn published_schema_is_current() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../docs/dataset.schema.json"
        );
        let tersimpan = std::fs::read_to_string(path).unwrap_or_default();
        if std::env::var_os("KINERJA_PERBARUI").is_some() {
            std::fs::write(path, json_schema()).expect("tulis skema");
            return;
        }
        assert!(
            tersimpan == json_schema(),
            "docs/dataset.schema.json is stale: run `KINERJA_PERBARUI=1 cargo test -p kinerja-dataset`"
        );
    }

    /// Every top-level property of the schema is a key the section checker knows.
    #[test]
    fn top_level_keys_match_the_model() {
        let v: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
        let mut props: Vec<&str> = v["properties"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut known = crate::bagian::KUNCI_TERATAS.to_vec();
        props.sort_unstable();
        known.sort_unstable();
        assert_eq!(props, known);
    }
}
