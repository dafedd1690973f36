//! End-to-end tests of `kinerja check` and `kinerja compute` on the binary.
//!
//! Each fixture in `tests/fixtures/dataset/` states on its first line what `check` must report:
//! `# harap: sah`, or `# harap: KODE baris N [kata …]; KODE baris N …` — every listed diagnostic
//! code must be reported at that line, with those words in its message or hints, and the exit
//! code must be 2.

use std::path::{Path, PathBuf};
use std::process::Command;

fn kinerja() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kinerja"))
}

fn akar() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Harapan {
    kode: String,
    baris: usize,
    kata: Vec<String>,
}

fn harapan(teks: &str) -> Option<Vec<Harapan>> {
    let baris1 = teks.lines().next()?.strip_prefix("# harap:")?.trim();
    if baris1 == "sah" {
        return Some(Vec::new());
    }
    Some(
        baris1
            .split(';')
            .map(|h| {
                let bagian: Vec<&str> = h.split_whitespace().collect();
                assert_eq!(bagian.get(1), Some(&"baris"), "format harapan: {h}");
                Harapan {
                    kode: bagian[0].to_owned(),
                    baris: bagian[2].parse().expect("nomor baris"),
                    kata: bagian[3..].iter().map(|s| s.to_string()).collect(),
                }
            })
            .collect(),
    )
}

#[test]
fn every_fixture_reports_what_it_states() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dataset");
    let mut berkas: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    berkas.sort();
    assert!(berkas.len() >= 15, "fixtures missing");
    for path in berkas {
        let teks = std::fs::read_to_string(&path).unwrap();
        let harap =
            harapan(&teks).unwrap_or_else(|| panic!("{} has no `# harap:` line", path.display()));
        let out = kinerja()
            .args(["check", "--format", "json"])
            .arg(&path)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{}: JSON keluaran tidak sah: {e}", path.display()));
        let diag = json.as_array().unwrap();
        if harap.is_empty() {
            assert_eq!(out.status.code(), Some(0), "{}: {diag:#?}", path.display());
            continue;
        }
        assert_eq!(
            out.status.code(),
            Some(2),
            "{} must be invalid",
            path.display()
        );
        for h in &harap {
            let cocok = diag.iter().any(|d| {
                let teks = format!("{} {} {}", d["message"], d["hints"], d["expected"]);
                d["code"] == h.kode.as_str()
                    && d["lokasi"]["baris"] == h.baris
                    && h.kata.iter().all(|k| teks.contains(k.as_str()))
            });
            assert!(
                cocok,
                "{}: expected {} at line {} with {:?}; got {diag:#?}",
                path.display(),
                h.kode,
                h.baris,
                h.kata
            );
        }
    }
}

#[test]
fn text_diagnostics_show_the_source_line() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dataset/negatif.toml");
    let out = kinerja().arg("check").arg(&path).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("galat[DS-NEGATIF]: realisasi tidak boleh negatif"),
        "{err}"
    );
    assert!(err.contains("negatif.toml:44:13"), "{err}");
    assert!(err.contains("realisasi = -900_000"), "{err}");
}

#[test]
fn missing_file_is_invalid_input() {
    let out = kinerja()
        .args(["check", "tidak-ada.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = kinerja()
        .args(["compute", "tidak-ada.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("tidak dapat dibaca"));
}

#[test]
fn bundled_datasets_are_valid() {
    let mut n = 0;
    for e in std::fs::read_dir(akar().join("datasets")).unwrap() {
        let path = e.unwrap().path();
        if path.extension().is_some_and(|x| x == "toml") {
            let out = kinerja().arg("check").arg(&path).output().unwrap();
            assert_eq!(
                out.status.code(),
                Some(0),
                "{}: {}",
                path.display(),
                String::from_utf8_lossy(&out.stderr)
            );
            n += 1;
        }
    }
    assert!(n >= 1);
}

#[test]
fn compute_json_has_the_documented_shape() {
    let out = kinerja()
        .args(["compute", "--format", "json"])
        .arg(akar().join("datasets/kanim-bandung-2023.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ikm = v["indikator"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kode"] == "IKK-1")
        .unwrap();
    assert_eq!(ikm["target"], "3.25");
    assert_eq!(ikm["realisasi"], "3.99");
    assert_eq!(ikm["capaian"], "122.77");
    assert_eq!(v["anggaran"]["pagu"], "20578348000");
    assert_eq!(v["anggaran"]["realisasi"], "20372405794");
    assert_eq!(v["anggaran"]["persentase"], "99.00");
    assert_eq!(v["pnbp"]["target"], "33775450000");
    assert_eq!(v["pnbp"]["realisasi"], "82709724907");
    assert_eq!(v["pnbp"]["persentase"], "244.88");
    assert_eq!(v["rata_rata_capaian"], "123.35");
}

#[test]
fn compute_text_is_a_readable_indonesian_table() {
    let out = kinerja()
        .arg("compute")
        .arg(akar().join("datasets/kanim-bandung-2023.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    for harap in [
        "CAPAIAN KINERJA",
        "122,77%",
        "119,81%",
        "127,48%",
        "Rp 20.578.348.000",
        "99,00%",
        "244,88%",
        "123,35%",
    ] {
        assert!(s.contains(harap), "missing {harap} in:\n{s}");
    }
}
