//! The reader never panics: truncated files, flipped bytes, random text. Every failure comes
//! back as located diagnostics.

use std::path::Path;

use proptest::prelude::*;

fn bandung() -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets/kanim-bandung-2023.toml");
    std::fs::read_to_string(p).unwrap()
}

fn muat(teks: &str) {
    let umum = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../datasets/umum/renstra-imigrasi-2020-2024.toml");
    let mut pembaca = |_: &str, jalur: &str| -> Result<(String, String), String> {
        if jalur.ends_with("renstra-imigrasi-2020-2024.toml") {
            Ok((
                jalur.to_owned(),
                std::fs::read_to_string(&umum).map_err(|e| e.to_string())?,
            ))
        } else {
            Err("tidak ada".into())
        }
    };
    match kinerja_dataset::muat_teks("uji.toml", teks, &mut pembaca) {
        Ok(m) => {
            let d = kinerja_domain::validasi::periksa_lengkap(&m.dataset);
            let _ = m.peta.lokasikan(d);
            let _ = kinerja_domain::hitung(&m.dataset);
        }
        Err(g) => {
            assert!(!g.diagnostik.is_empty());
            let _ = kinerja_dataset::render_teks(&g.diagnostik);
        }
    }
}

#[test]
fn every_truncation_is_handled() {
    let s = bandung();
    let mut i = 0;
    while i < s.len() {
        if s.is_char_boundary(i) {
            muat(&s[..i]);
        }
        i += 211;
    }
}

#[test]
fn the_full_file_loads() {
    let umum = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../datasets/umum/renstra-imigrasi-2020-2024.toml");
    let mut pembaca = |_: &str, _: &str| {
        Ok((
            "umum.toml".to_owned(),
            std::fs::read_to_string(&umum).unwrap(),
        ))
    };
    assert!(kinerja_dataset::muat_teks("bandung.toml", &bandung(), &mut pembaca).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn flipped_bytes_never_panic(pos in 0usize..40_000, b in any::<u8>()) {
        let mut bytes = bandung().into_bytes();
        let n = bytes.len();
        bytes[pos % n] = b;
        if let Ok(s) = String::from_utf8(bytes) {
            muat(&s);
        }
    }

    #[test]
    fn random_text_never_panics(s in "\\PC{0,400}") {
        muat(&s);
    }

    #[test]
    fn random_toml_like_text_never_panics(s in "([a-z_]{1,8} = (-?[0-9_]{1,8}|\"[^\"]{0,8}\"|\\[[0-9, ]{0,10}\\])\n|\\[\\[?[a-z_.]{1,12}\\]\\]?\n){0,30}") {
        muat(&s);
    }
}
