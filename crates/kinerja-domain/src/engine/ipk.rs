//! Indeks Pengamanan Keimigrasian (SAKIP.md §5.3).
//!
//! Group index = Σ(bobot unsur ÷ 100 × nilai unsur); the unit's IPK is the respondent-weighted
//! mean of its groups. Group values stay exact (they have at most 4 decimals) and are shown
//! exactly, so the printed formula reproduces the published IPK (verified: Tanjung Balai
//! Karimun (3,803 × 9 + 3,758 × 9) ÷ 18 = 3,78). A Rudenim has the internal group only.

use rust_decimal::Decimal;
use serde::Serialize;

use super::hasil::Hasil;
use super::pembulatan::PRESISI_INDEKS;
use super::teks;
use crate::model::{Ipk, JenisKelompok};

/// One group's index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilKelompok {
    /// Internal or external.
    pub jenis: JenisKelompok,
    /// Respondents.
    pub responden: u64,
    /// The group index, exact (published at up to 4 decimals).
    pub nilai: Hasil,
}

/// The IPK with its groups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilIpk {
    /// The groups.
    pub kelompok: Vec<HasilKelompok>,
    /// The unit's IPK.
    pub nilai: Hasil,
    /// Total respondents.
    pub responden: u64,
    /// Lowest-scoring unsur over all groups (ties included), for the analysis.
    pub unsur_terendah: Vec<(JenisKelompok, String)>,
}

/// Computes the IPK; `None` when there are no respondents.
pub fn hitung(id: &str, data: &Ipk, path: &str) -> Option<HasilIpk> {
    let mut kelompok = Vec::new();
    for (g, k) in data.kelompok.iter().enumerate() {
        let gp = format!("{path}.kelompok[{g}]");
        let nilai_exact: Decimal = k
            .unsur
            .iter()
            .map(|u| u.bobot.0 / Decimal::ONE_HUNDRED * u.nilai.0)
            .sum();
        let presisi = nilai_exact.normalize().scale().clamp(2, 4);
        let mut h = Hasil::baru(
            format!("{id}.kelompok.{g}"),
            "Σ(bobot unsur ÷ 100 × nilai unsur)",
            nilai_exact,
            presisi,
        );
        let mut suku = Vec::new();
        for (u, unsur) in k.unsur.iter().enumerate() {
            h = h
                .data(
                    format!("bobot {}", unsur.nama),
                    unsur.bobot.0,
                    format!("{gp}.unsur[{u}].bobot"),
                )
                .data(
                    format!("nilai {}", unsur.nama),
                    unsur.nilai.0,
                    format!("{gp}.unsur[{u}].nilai"),
                );
            suku.push(format!(
                "({}% × {})",
                teks::apa_adanya(unsur.bobot.0),
                teks::apa_adanya(unsur.nilai.0)
            ));
        }
        h.substitusi = format!("{} = {}", suku.join(" + "), h.tampil());
        kelompok.push(HasilKelompok {
            jenis: k.jenis,
            responden: k.responden,
            nilai: h,
        });
    }
    let responden: u64 = kelompok.iter().map(|k| k.responden).sum();
    if responden == 0 {
        return None;
    }
    let sigma: Decimal = kelompok
        .iter()
        .map(|k| k.nilai.nilai * Decimal::from(k.responden))
        .sum();
    let mut nilai = Hasil::baru(
        format!("{id}.nilai"),
        "Σ(nilai kelompok × responden kelompok) ÷ Σ responden",
        sigma / Decimal::from(responden),
        PRESISI_INDEKS,
    );
    for (g, k) in kelompok.iter().enumerate() {
        nilai = nilai
            .dari(
                format!("nilai kelompok {}", nama_kelompok(k.jenis)),
                &k.nilai,
            )
            .data(
                format!("responden {}", nama_kelompok(k.jenis)),
                Decimal::from(k.responden),
                format!("{path}.kelompok[{g}].responden"),
            );
    }
    let suku: Vec<String> = kelompok
        .iter()
        .map(|k| format!("({} × {})", k.nilai.tampil(), k.responden))
        .collect();
    nilai.substitusi = format!(
        "({}) ÷ {} = {}",
        suku.join(" + "),
        responden,
        nilai.tampil()
    );

    let min = data
        .kelompok
        .iter()
        .flat_map(|k| k.unsur.iter().map(|u| u.nilai.0))
        .min();
    let unsur_terendah = match min {
        Some(m) => data
            .kelompok
            .iter()
            .flat_map(|k| {
                k.unsur
                    .iter()
                    .filter(move |u| u.nilai.0 == m)
                    .map(move |u| (k.jenis, u.nama.clone()))
            })
            .collect(),
        None => Vec::new(),
    };
    Some(HasilIpk {
        kelompok,
        nilai,
        responden,
        unsur_terendah,
    })
}

/// The group's name as printed.
pub fn nama_kelompok(jenis: JenisKelompok) -> &'static str {
    match jenis {
        JenisKelompok::Internal => "internal",
        JenisKelompok::Eksternal => "eksternal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Angka, KelompokIpk, UnsurBerbobot};

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn kelompok(jenis: JenisKelompok, responden: u64, unsur: &[(&str, &str, &str)]) -> KelompokIpk {
        KelompokIpk {
            jenis,
            responden,
            unsur: unsur
                .iter()
                .map(|(n, b, v)| UnsurBerbobot {
                    nama: n.to_string(),
                    bobot: Angka(d(b)),
                    nilai: Angka(d(v)),
                })
                .collect(),
        }
    }

    /// Bandung 2023 (L663–689): the published 3,75 follows from the exact group values
    /// 3,816 and 3,588; from the rounded 3,82 and 3,59 it would be 3,76.
    #[test]
    fn bandung_groups() {
        let data = Ipk {
            pelaksanaan: None,
            kelompok: vec![
                kelompok(
                    JenisKelompok::Internal,
                    18,
                    &[
                        ("Intelijen", "20", "3.84"),
                        ("Penyidikan", "10", "3.82"),
                        ("TAK", "10", "3.80"),
                        ("Pengawasan", "20", "3.87"),
                        ("Pengaduan", "20", "3.69"),
                        ("Pencegahan", "20", "3.87"),
                    ],
                ),
                kelompok(
                    JenisKelompok::Eksternal,
                    7,
                    &[
                        ("Intelijen", "20", "3.71"),
                        ("Penyidikan dan TAK", "20", "3.66"),
                        ("Pengawasan", "20", "3.60"),
                        ("Pengaduan", "20", "3.54"),
                        ("Pencegahan", "20", "3.43"),
                    ],
                ),
            ],
        };
        let h = hitung("ipk", &data, "indikator[1].ipk").unwrap();
        assert_eq!(h.kelompok[0].nilai.nilai, d("3.816"));
        assert_eq!(h.kelompok[1].nilai.nilai, d("3.588"));
        assert_eq!(h.nilai.terbit, d("3.75"));
        assert_eq!(
            h.nilai.substitusi,
            "((3,816 × 18) + (3,588 × 7)) ÷ 25 = 3,75"
        );
        assert_eq!(
            h.unsur_terendah,
            vec![(JenisKelompok::Eksternal, "Pencegahan".to_string())]
        );
    }

    #[test]
    fn rudenim_internal_only() {
        let data = Ipk {
            pelaksanaan: None,
            kelompok: vec![kelompok(
                JenisKelompok::Internal,
                5,
                &[("Semua", "100", "3.5")],
            )],
        };
        assert_eq!(hitung("ipk", &data, "p").unwrap().nilai.terbit, d("3.50"));
    }
}
