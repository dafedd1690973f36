//! Fuzzes the dataset reader: any text must load or fail with located diagnostics, and any
//! dataset that loads must validate and compute without panicking.
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run dataset_toml` (from the repository root).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(teks) = std::str::from_utf8(data) else { return };
    match kinerja_dataset::muat_tunggal("fuzz.toml", teks) {
        Ok(m) => {
            let _ = kinerja_domain::validasi::periksa_lengkap(&m.dataset);
            let p = kinerja_domain::hitung(&m.dataset);
            let _ = serde_json::to_string(&p);
        }
        Err(g) => {
            let _ = kinerja_dataset::render_teks(&g.diagnostik);
        }
    }
});
