//! Section-by-section deserialisation: each top-level key, and each element of each array of
//! tables, is read on its own, so every bad section is reported in one run rather than only
//! the first.

use std::collections::BTreeMap;

use kinerja_domain::Diagnostic;
use kinerja_domain::diagnostik::{DataPath, Segment};
use kinerja_domain::model::*;
use kinerja_domain::validasi::saran_nama;
use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use crate::pesan;

/// The top-level keys of a dataset, in the order of [`Dataset`]'s fields.
pub const KUNCI_TERATAS: &[&str] = &[
    "format",
    "sertakan",
    "tahun",
    "periode",
    "unit",
    "organisasi",
    "pejabat",
    "laporan",
    "renstra",
    "perjanjian_kinerja",
    "perjanjian_berikutnya",
    "sasaran",
    "indikator",
    "anggaran",
    "pnbp",
    "smart",
    "ikpa",
    "akip",
    "emonev",
    "statistik",
    "inovasi",
    "penghargaan",
    "narasi",
    "teks",
    "pengaturan",
];

const WAJIB: &[&str] = &["format", "tahun", "unit", "laporan"];

fn coba<T: DeserializeOwned>(v: &Spanned<DeValue<'_>>, dasar: DataPath, out: &mut Vec<Diagnostic>) {
    let de = ValueDeserializer::from(v.clone());
    if let Err(e) = serde_path_to_error::deserialize::<_, T>(de) {
        let mut p = dasar;
        p.0.extend(pesan::jalur_serde(e.path()).0);
        out.push(pesan::diagnostik_serde(p, e.inner().message()));
    }
}

fn daftar<T: DeserializeOwned>(
    v: &Spanned<DeValue<'_>>,
    dasar: DataPath,
    out: &mut Vec<Diagnostic>,
) {
    match v.get_ref() {
        DeValue::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                coba::<T>(x, dasar.index(i), out);
            }
        }
        _ => coba::<Vec<T>>(v, dasar, out),
    }
}

/// Checks every section of the merged table; returns the problems found.
pub(crate) fn periksa_bagian(t: &DeTable<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (k, v) in t.iter() {
        let kunci = k.get_ref().as_ref();
        let p = DataPath(vec![Segment::Key(kunci.to_owned())]);
        match kunci {
            "format" => coba::<u32>(v, p, &mut out),
            "sertakan" => coba::<Vec<String>>(v, p, &mut out),
            "tahun" => coba::<i32>(v, p, &mut out),
            "periode" => coba::<Periode>(v, p, &mut out),
            "unit" => coba::<Unit>(v, p, &mut out),
            "organisasi" => daftar::<Organisasi>(v, p, &mut out),
            "pejabat" => coba::<BTreeMap<String, Pejabat>>(v, p, &mut out),
            "laporan" => coba::<Laporan>(v, p, &mut out),
            "renstra" => coba::<Renstra>(v, p, &mut out),
            "perjanjian_kinerja" => coba::<PerjanjianKinerja>(v, p, &mut out),
            "perjanjian_berikutnya" => coba::<PerjanjianBerikutnya>(v, p, &mut out),
            "sasaran" => daftar::<Sasaran>(v, p, &mut out),
            "indikator" => daftar::<Indikator>(v, p, &mut out),
            "anggaran" => daftar::<AnggaranTahun>(v, p, &mut out),
            "pnbp" => daftar::<PnbpTahun>(v, p, &mut out),
            "smart" => daftar::<SmartTahun>(v, p, &mut out),
            "ikpa" => daftar::<IkpaTahun>(v, p, &mut out),
            "akip" => coba::<EvaluasiAkip>(v, p, &mut out),
            "emonev" => coba::<Emonev>(v, p, &mut out),
            "statistik" => daftar::<Statistik>(v, p, &mut out),
            "inovasi" => daftar::<Inovasi>(v, p, &mut out),
            "penghargaan" => daftar::<Penghargaan>(v, p, &mut out),
            "narasi" => coba::<Narasi>(v, p, &mut out),
            "teks" => coba::<TeksPengganti>(v, p, &mut out),
            "pengaturan" => coba::<Pengaturan>(v, p, &mut out),
            lain => {
                let mut d = Diagnostic::error(
                    "DS-KOLOM-TAK-DIKENAL",
                    p,
                    format!("kolom teratas `{lain}` tidak dikenal"),
                );
                if let Some(s) = saran_nama(lain, KUNCI_TERATAS) {
                    d = d.hint(format!("maksud Anda `{s}`?"));
                }
                out.push(d);
            }
        }
    }
    for w in WAJIB {
        if !t.iter().any(|(k, _)| k.get_ref().as_ref() == *w) {
            out.push(Diagnostic::error(
                "DS-WAJIB",
                DataPath::root(),
                format!("kolom `{w}` wajib diisi pada tingkat teratas"),
            ));
        }
    }
    out
}
