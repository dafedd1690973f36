//! Validation of a dataset: every problem, each located by the path of its field, in
//! Indonesian. One module per area; the engine's own consistency checks (breakdowns that
//! disagree) are added by [`periksa_lengkap`].

mod anggaran;
mod indikator;
mod organisasi;
mod survei;

use rust_decimal::Decimal;

use crate::diagnostik::{DataPath, Diagnostic};
use crate::model::{Angka, Dataset, VERSI_FORMAT};

/// Checks a dataset; returns every problem found (errors and warnings).
pub fn periksa(ds: &Dataset) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if ds.format != VERSI_FORMAT {
        out.push(
            Diagnostic::error(
                "DS-FORMAT",
                DataPath::root().key("format"),
                "versi format dataset tidak didukung",
            )
            .expected_found(VERSI_FORMAT.to_string(), ds.format.to_string()),
        );
    }
    if !(2000..=2100).contains(&ds.tahun) {
        out.push(
            Diagnostic::error(
                "DS-TAHUN",
                DataPath::root().key("tahun"),
                "tahun laporan di luar jangkauan yang wajar",
            )
            .expected_found("2000–2100", ds.tahun.to_string()),
        );
    }
    if let Some(p) = &ds.periode {
        let pp = DataPath::root().key("periode");
        for (k, b) in [
            ("mulai_bulan", p.mulai_bulan),
            ("selesai_bulan", p.selesai_bulan),
        ] {
            if !(1..=12).contains(&b) {
                out.push(
                    Diagnostic::error("DS-BULAN", pp.key(k), "bulan harus 1–12")
                        .expected_found("1–12", b.to_string()),
                );
            }
        }
        if p.mulai_bulan > p.selesai_bulan {
            out.push(Diagnostic::error(
                "DS-PERIODE",
                pp.clone(),
                "bulan mulai periode setelah bulan selesai",
            ));
        }
        if !p.setahun_penuh() && p.sebutan.is_none() {
            out.push(Diagnostic::warning("DS-PERIODE", pp.key("sebutan"), "periode bukan setahun penuh; beri sebutan (mis. \"Semester I\") agar laporan menyebutnya dengan jujur"));
        }
    }
    organisasi::periksa(ds, &mut out);
    indikator::periksa(ds, &mut out);
    survei::periksa(ds, &mut out);
    anggaran::periksa(ds, &mut out);
    out
}

/// Validation plus the engine's consistency checks: everything `kinerja check` reports.
pub fn periksa_lengkap(ds: &Dataset) -> Vec<Diagnostic> {
    let mut out = periksa(ds);
    out.extend(crate::engine::hitung(ds).temuan);
    out
}

/// The closest candidate to a misspelt name, if one is close enough to suggest.
#[allow(clippy::disallowed_types)] // a similarity score, not a quantity of the domain
pub fn saran_nama<'a>(nama: &str, kandidat: &[&'a str]) -> Option<&'a str> {
    let mut terbaik: Option<(&str, f64)> = None;
    for k in kandidat {
        let skor = strsim::jaro_winkler(&nama.to_lowercase(), &k.to_lowercase());
        if skor >= 0.8 && terbaik.is_none_or(|(_, s)| skor > s) {
            terbaik = Some((k, skor));
        }
    }
    terbaik.map(|(k, _)| k)
}

/// Reports a negative amount.
pub(crate) fn tidak_negatif(
    nilai: Option<Angka>,
    path: DataPath,
    nama: &str,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(v) = nilai
        && v.0 < Decimal::ZERO
    {
        out.push(
            Diagnostic::error("DS-NEGATIF", path, format!("{nama} tidak boleh negatif"))
                .expected_found("≥ 0", crate::engine::teks::apa_adanya(v.0)),
        );
    }
}

/// Reports a value outside `[bawah, atas]`.
pub(crate) fn dalam_rentang(
    nilai: Decimal,
    bawah: Decimal,
    atas: Decimal,
    path: DataPath,
    nama: &str,
    kode: &'static str,
    out: &mut Vec<Diagnostic>,
) {
    if nilai < bawah || nilai > atas {
        out.push(
            Diagnostic::error(kode, path, format!("{nama} di luar skala")).expected_found(
                format!(
                    "{}–{}",
                    crate::engine::teks::apa_adanya(bawah),
                    crate::engine::teks::apa_adanya(atas)
                ),
                crate::engine::teks::apa_adanya(nilai),
            ),
        );
    }
}

/// Reports duplicate keys in a list.
pub(crate) fn unik<'a>(
    kunci: impl Iterator<Item = &'a str>,
    path: impl Fn(usize) -> DataPath,
    nama: &str,
    out: &mut Vec<Diagnostic>,
) {
    let mut dilihat: Vec<(&str, usize)> = Vec::new();
    for (i, k) in kunci.enumerate() {
        if let Some((_, j)) = dilihat.iter().find(|(x, _)| *x == k) {
            out.push(
                Diagnostic::error(
                    "DS-DUPLIKAT",
                    path(i),
                    format!("{nama} \"{k}\" dipakai lebih dari sekali"),
                )
                .related(path(*j)),
            );
        } else {
            dilihat.push((k, i));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names() {
        assert_eq!(
            saran_nama("revisi_dpia", &["revisi_dipa", "capaian_output"]),
            Some("revisi_dipa")
        );
        assert_eq!(saran_nama("xyz", &["revisi_dipa", "capaian_output"]), None);
    }
}
