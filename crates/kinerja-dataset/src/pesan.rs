//! Error messages for users, in Indonesian: serde's and the TOML parser's English messages
//! translated, with the closest field name suggested for a misspelt one.

use kinerja_domain::Diagnostic;
use kinerja_domain::diagnostik::{DataPath, Segment};
use kinerja_domain::validasi::saran_nama;

/// Converts a serde_path_to_error path to a dataset path.
pub(crate) fn jalur_serde(p: &serde_path_to_error::Path) -> DataPath {
    let mut out = Vec::new();
    for seg in p.iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => out.push(Segment::Index(*index)),
            serde_path_to_error::Segment::Map { key } => out.push(Segment::Key(key.clone())),
            serde_path_to_error::Segment::Enum { variant } => {
                out.push(Segment::Key(variant.clone()))
            }
            serde_path_to_error::Segment::Unknown => {}
        }
    }
    DataPath(out)
}

fn antara<'a>(s: &'a str, buka: &str, tutup: &str) -> Option<&'a str> {
    let a = s.find(buka)? + buka.len();
    let b = s[a..].find(tutup)? + a;
    Some(&s[a..b])
}

/// The backquoted names after "expected one of" / "expected".
fn daftar_harapan(s: &str) -> Vec<String> {
    let Some(i) = s.find("expected") else {
        return Vec::new();
    };
    s[i..]
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// Translates serde's description of an expected type.
fn tipe(s: &str) -> String {
    let s = s.trim();
    match s {
        "u8" | "u16" | "u32" | "u64" | "usize" => "bilangan bulat tidak negatif".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "bilangan bulat".into(),
        "a string" | "string" => "teks".into(),
        "a sequence" => "daftar [ … ]".into(),
        "a map" => "tabel".into(),
        "a boolean" | "bool" => "true atau false".into(),
        "a character" => "satu karakter".into(),
        _ if s.starts_with("struct ") => "tabel".into(),
        _ if s.starts_with("enum ") => "salah satu pilihan yang sah".into(),
        _ if s.starts_with("a sequence") => "daftar".into(),
        _ if s.starts_with("a map") => "tabel".into(),
        _ => s.to_owned(),
    }
}

/// Translates a found-value description ("string \"abc\"", "integer `-5`", "floating point `1.5`").
fn ditemukan(s: &str) -> String {
    let s = s.trim();
    if let Some(r) = s.strip_prefix("string ") {
        return format!("teks {r}");
    }
    if let Some(r) = s.strip_prefix("integer ") {
        return format!("bilangan bulat {}", r.trim_matches('`'));
    }
    if let Some(r) = s.strip_prefix("floating point ") {
        return format!("bilangan pecahan {}", r.trim_matches('`'));
    }
    if let Some(r) = s.strip_prefix("boolean ") {
        return format!("nilai {}", r.trim_matches('`'));
    }
    match s {
        "sequence" => "daftar".into(),
        "map" => "tabel".into(),
        _ => s.to_owned(),
    }
}

/// A diagnostic from a serde error message at `path`.
pub(crate) fn diagnostik_serde(mut path: DataPath, pesan: &str) -> Diagnostic {
    let pesan = pesan.trim();
    if let Some(nama) = antara(pesan, "missing field `", "`") {
        let tempat = if path.0.is_empty() {
            "tingkat teratas".to_string()
        } else {
            format!("[{path}]")
        };
        return Diagnostic::error(
            "DS-WAJIB",
            path,
            format!("kolom `{nama}` wajib diisi pada {tempat}"),
        );
    }
    if let Some(nama) = antara(pesan, "unknown field `", "`") {
        let harapan = daftar_harapan(pesan);
        let refs: Vec<&str> = harapan.iter().map(String::as_str).collect();
        path.0.push(Segment::Key(nama.to_owned()));
        let mut d = Diagnostic::error(
            "DS-KOLOM-TAK-DIKENAL",
            path,
            format!("kolom `{nama}` tidak dikenal"),
        );
        if let Some(s) = saran_nama(nama, &refs) {
            d = d.hint(format!("maksud Anda `{s}`?"));
        }
        if !harapan.is_empty() {
            d = d.hint(format!("kolom yang dikenal: {}", harapan.join(", ")));
        }
        return d;
    }
    if let Some(nama) = antara(pesan, "unknown variant `", "`") {
        let harapan = daftar_harapan(pesan);
        let refs: Vec<&str> = harapan.iter().map(String::as_str).collect();
        let mut d = Diagnostic::error(
            "DS-PILIHAN",
            path,
            format!("nilai \"{nama}\" tidak dikenal"),
        )
        .expected_found(harapan.join(", "), nama.to_owned());
        if let Some(s) = saran_nama(nama, &refs) {
            d = d.hint(format!("maksud Anda \"{s}\"?"));
        }
        return d;
    }
    if let Some(r) = pesan.strip_prefix("invalid type: ") {
        let (f, e) = r.split_once(", expected ").unwrap_or((r, ""));
        return Diagnostic::error("DS-TIPE", path, "tipe nilai salah")
            .expected_found(tipe(e), ditemukan(f));
    }
    if let Some(r) = pesan.strip_prefix("invalid value: ") {
        let (f, e) = r.split_once(", expected ").unwrap_or((r, ""));
        return Diagnostic::error("DS-NILAI", path, "nilai tidak sah")
            .expected_found(tipe(e), ditemukan(f));
    }
    if let Some(r) = pesan.strip_prefix("invalid length ") {
        let (f, e) = r.split_once(", expected ").unwrap_or((r, ""));
        return Diagnostic::error("DS-PANJANG", path, "jumlah elemen salah")
            .expected_found(e.to_owned(), f.to_owned());
    }
    // Our own visitors already speak Indonesian.
    Diagnostic::error("DS-NILAI", path, pesan.to_owned())
}

/// Translates the TOML parser's messages.
pub(crate) fn terjemahkan_toml(pesan: &str) -> String {
    let p = pesan.trim();
    let ganti: [(&str, &str); 12] = [
        ("duplicate key", "kunci ganda"),
        ("invalid key", "kunci tidak sah"),
        ("invalid string", "teks tidak sah"),
        ("invalid number", "angka tidak sah"),
        ("invalid basic string", "teks tidak sah"),
        ("unclosed", "tidak ditutup"),
        ("expected", "diharapkan"),
        ("found", "ditemukan"),
        ("invalid table header", "judul tabel tidak sah"),
        ("missing", "kurang"),
        ("unexpected", "tidak terduga"),
        ("invalid", "tidak sah"),
    ];
    let mut s = p.to_owned();
    for (a, b) in ganti {
        s = s.replace(a, b);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_suggests_the_closest() {
        let d = diagnostik_serde(
            DataPath::parse("indikator[0]"),
            "unknown field `tagret`, expected one of `kode`, `sasaran`, `target`, `target_rentang`",
        );
        assert_eq!(d.path.to_string(), "indikator[0].tagret");
        assert!(d.hints[0].contains("`target`"), "{:?}", d.hints);
    }

    #[test]
    fn invalid_type_is_translated() {
        let d = diagnostik_serde(
            DataPath::parse("indikator[0].ikm.bulan[2].responden"),
            "invalid type: string \"tiga\", expected u64",
        );
        assert_eq!(d.expected.as_deref(), Some("bilangan bulat tidak negatif"));
        assert_eq!(d.found.as_deref(), Some("teks \"tiga\""));
        let d = diagnostik_serde(
            DataPath::root(),
            "invalid value: integer `-5`, expected u64",
        );
        assert_eq!(d.found.as_deref(), Some("bilangan bulat -5"));
    }

    #[test]
    fn missing_field() {
        let d = diagnostik_serde(DataPath::parse("unit"), "missing field `nama`");
        assert_eq!(d.message, "kolom `nama` wajib diisi pada [unit]");
    }
}
