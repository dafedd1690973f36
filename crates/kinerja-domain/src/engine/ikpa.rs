//! IKPA, Indikator Kinerja Pelaksanaan Anggaran (SAKIP.md §6), from a versioned weight table.
//!
//! nilai akhir komponen = nilai × bobot ÷ 100; nilai total = Σ nilai akhir;
//! konversi bobot = Σ bobot of the applicable components ÷ 100;
//! nilai akhir = nilai total ÷ konversi bobot (= Σ nilai × bobot ÷ Σ applicable bobot);
//! nilai aspek = Σ nilai × bobot ÷ Σ bobot within the aspect.
//! Weights change with the regulation year: they are data, keyed by regulation.

use rust_decimal::Decimal;
use serde::Serialize;

use super::hasil::Hasil;
use super::pembulatan::{PRESISI_NILAI, PRESISI_PERSEN};
use super::teks;
use crate::diagnostik::{DataPath, Diagnostic};
use crate::model::IkpaTahun;

/// The aspect a component belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Aspek {
    /// Kualitas Perencanaan Anggaran.
    Perencanaan,
    /// Kualitas Pelaksanaan Anggaran.
    Pelaksanaan,
    /// Kualitas Hasil Pelaksanaan Anggaran.
    Hasil,
    /// Older tables (2021) grouped differently; kept without an aspect.
    Lainnya,
}

impl Aspek {
    /// The aspect's name as printed.
    pub fn nama(self) -> &'static str {
        match self {
            Aspek::Perencanaan => "Kualitas Perencanaan Anggaran",
            Aspek::Pelaksanaan => "Kualitas Pelaksanaan Anggaran",
            Aspek::Hasil => "Kualitas Hasil Pelaksanaan Anggaran",
            Aspek::Lainnya => "Lainnya",
        }
    }
}

/// A component of a weight table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct KomponenBobot {
    /// Code used in datasets.
    pub kode: &'static str,
    /// Name as printed.
    pub nama: &'static str,
    /// Weight in percent.
    pub bobot: i64,
    /// Aspect.
    pub aspek: Aspek,
}

/// A weight table of one regulation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TabelBobot {
    /// The regulation, e.g. "PER-5/PB/2022".
    pub regulasi: &'static str,
    /// Whether the table was reproduced on real printed values (else: from secondary sources).
    pub terverifikasi: bool,
    /// Components in printed order.
    pub komponen: &'static [KomponenBobot],
}

const fn k(kode: &'static str, nama: &'static str, bobot: i64, aspek: Aspek) -> KomponenBobot {
    KomponenBobot {
        kode,
        nama,
        bobot,
        aspek,
    }
}

/// The weight tables kinerja knows.
pub const TABEL: &[TabelBobot] = &[
    TabelBobot {
        regulasi: "PER-5/PB/2022",
        terverifikasi: true,
        komponen: &[
            k("revisi_dipa", "Revisi DIPA", 10, Aspek::Perencanaan),
            k(
                "deviasi_halaman_iii_dipa",
                "Deviasi Halaman III DIPA",
                10,
                Aspek::Perencanaan,
            ),
            k(
                "penyerapan_anggaran",
                "Penyerapan Anggaran",
                20,
                Aspek::Pelaksanaan,
            ),
            k(
                "belanja_kontraktual",
                "Belanja Kontraktual",
                10,
                Aspek::Pelaksanaan,
            ),
            k(
                "penyelesaian_tagihan",
                "Penyelesaian Tagihan",
                10,
                Aspek::Pelaksanaan,
            ),
            k(
                "pengelolaan_up_tup",
                "Pengelolaan UP dan TUP",
                10,
                Aspek::Pelaksanaan,
            ),
            k("dispensasi_spm", "Dispensasi SPM", 5, Aspek::Pelaksanaan),
            k("capaian_output", "Capaian Output", 25, Aspek::Hasil),
        ],
    },
    // PER-4/PB/2021: 13 indicators; weights as printed in a 2021 IKPA table whose headers are
    // garbled in extraction (lkjip-2023-kanim-bandung.txt L1025–1027). Not verified.
    TabelBobot {
        regulasi: "PER-4/PB/2021",
        terverifikasi: false,
        komponen: &[
            k("revisi_dipa", "Revisi DIPA", 5, Aspek::Perencanaan),
            k(
                "deviasi_halaman_iii_dipa",
                "Deviasi Halaman III DIPA",
                5,
                Aspek::Perencanaan,
            ),
            k("pagu_minus", "Pagu Minus", 5, Aspek::Perencanaan),
            k(
                "data_kontrak",
                "Penyampaian Data Kontrak",
                10,
                Aspek::Pelaksanaan,
            ),
            k(
                "pengelolaan_up_tup",
                "Pengelolaan UP dan TUP",
                8,
                Aspek::Pelaksanaan,
            ),
            k("lpj_bendahara", "LPJ Bendahara", 5, Aspek::Pelaksanaan),
            k("dispensasi_spm", "Dispensasi SPM", 5, Aspek::Pelaksanaan),
            k(
                "penyerapan_anggaran",
                "Penyerapan Anggaran",
                15,
                Aspek::Pelaksanaan,
            ),
            k(
                "penyelesaian_tagihan",
                "Penyelesaian Tagihan",
                10,
                Aspek::Pelaksanaan,
            ),
            k("capaian_output", "Capaian Output", 17, Aspek::Hasil),
            k("retur_sp2d", "Retur SP2D", 5, Aspek::Lainnya),
            k("renkas", "Rencana Penarikan Dana", 5, Aspek::Lainnya),
            k("kesalahan_spm", "Kesalahan SPM", 5, Aspek::Lainnya),
        ],
    },
];

/// The weight table of a regulation.
pub fn tabel(regulasi: &str) -> Option<&'static TabelBobot> {
    TABEL
        .iter()
        .find(|t| t.regulasi.eq_ignore_ascii_case(regulasi.trim()))
}

/// The IKPA category of a final value. Only "Sangat Baik" (≥ 95) is verified on the seeds; the
/// lower bands follow PER-5/PB/2022 as commonly cited and are flagged as such.
pub fn kategori(nilai: Decimal) -> (&'static str, bool) {
    if nilai >= Decimal::from(95) {
        ("Sangat Baik", true)
    } else if nilai >= Decimal::from(89) {
        ("Baik", false)
    } else if nilai >= Decimal::from(70) {
        ("Cukup", false)
    } else {
        ("Kurang", false)
    }
}

/// One component, computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilKomponen {
    /// Code.
    pub kode: String,
    /// Name.
    pub nama: String,
    /// Aspect.
    pub aspek: Aspek,
    /// Score (0–100); `None` when not applicable.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub nilai: Option<Decimal>,
    /// Weight used.
    #[serde(with = "rust_decimal::serde::str")]
    pub bobot: Decimal,
    /// nilai × bobot ÷ 100.
    pub nilai_akhir: Option<Hasil>,
}

/// One year of IKPA, computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilIkpa {
    /// Year.
    pub tahun: i32,
    /// Regulation of the weights.
    pub regulasi: String,
    /// Whether the weight table is verified.
    pub bobot_terverifikasi: bool,
    /// Components.
    pub komponen: Vec<HasilKomponen>,
    /// Σ nilai akhir.
    pub nilai_total: Hasil,
    /// Σ applicable weights ÷ 100, in percent.
    pub konversi_bobot: Hasil,
    /// nilai total ÷ konversi bobot.
    pub nilai_akhir: Hasil,
    /// Aspect values, in order of first appearance.
    pub aspek: Vec<(Aspek, Hasil)>,
    /// Category and whether its band is verified.
    pub kategori: (&'static str, bool),
}

/// Computes one year of IKPA; `None` (with a diagnostic) when the regulation is unknown.
pub fn hitung(p: &IkpaTahun, path: &DataPath, temuan: &mut Vec<Diagnostic>) -> Option<HasilIkpa> {
    let id = format!("ikpa.{}", p.tahun);
    let Some(tabel) = tabel(&p.regulasi) else {
        let dikenal: Vec<&str> = TABEL.iter().map(|t| t.regulasi).collect();
        temuan.push(
            Diagnostic::error(
                "DS-IKPA-REGULASI",
                path.key("regulasi"),
                format!(
                    "tabel bobot IKPA untuk regulasi \"{}\" tidak dikenal",
                    p.regulasi
                ),
            )
            .expected_found(dikenal.join(", "), p.regulasi.clone()),
        );
        return None;
    };
    let mut komponen = Vec::new();
    for (i, masuk) in p.komponen.iter().enumerate() {
        let kp = path.key("komponen").index(i);
        let Some(acuan) = tabel.komponen.iter().find(|c| c.kode == masuk.kode) else {
            let kode: Vec<&str> = tabel.komponen.iter().map(|c| c.kode).collect();
            let mut d = Diagnostic::error(
                "DS-IKPA-KOMPONEN",
                kp.key("kode"),
                format!(
                    "komponen \"{}\" tidak ada dalam tabel bobot {}",
                    masuk.kode, tabel.regulasi
                ),
            )
            .expected_found(kode.join(", "), masuk.kode.clone());
            if let Some(s) = crate::validasi::saran_nama(&masuk.kode, &kode) {
                d = d.hint(format!("maksud Anda \"{s}\"?"));
            }
            temuan.push(d);
            continue;
        };
        let bobot = masuk
            .bobot
            .map(|b| b.0)
            .unwrap_or_else(|| Decimal::from(acuan.bobot));
        let nilai_akhir = masuk.nilai.map(|n| {
            let h = Hasil::baru(
                format!("{id}.{}", acuan.kode),
                "nilai × bobot ÷ 100",
                n.0 * bobot / Decimal::ONE_HUNDRED,
                PRESISI_NILAI,
            )
            .data("nilai", n.0, kp.key("nilai").to_string())
            .tetapan("bobot", bobot, tabel.regulasi);
            let s = format!(
                "{} × {}% = {}",
                teks::apa_adanya(n.0),
                teks::apa_adanya(bobot),
                h.tampil()
            );
            h.substitusi(s)
        });
        komponen.push(HasilKomponen {
            kode: acuan.kode.to_owned(),
            nama: acuan.nama.to_owned(),
            aspek: acuan.aspek,
            nilai: masuk.nilai.map(|n| n.0),
            bobot,
            nilai_akhir,
        });
    }
    let berlaku: Vec<&HasilKomponen> = komponen.iter().filter(|c| c.nilai.is_some()).collect();
    let total: Decimal = berlaku
        .iter()
        .filter_map(|c| c.nilai_akhir.as_ref())
        .map(|h| h.nilai)
        .sum();
    let bobot_berlaku: Decimal = berlaku.iter().map(|c| c.bobot).sum();
    let mut nilai_total = Hasil::baru(
        format!("{id}.nilai_total"),
        "Σ (nilai × bobot ÷ 100) komponen yang berlaku",
        total,
        PRESISI_NILAI,
    );
    for c in &berlaku {
        if let Some(h) = &c.nilai_akhir {
            nilai_total = nilai_total.dari(c.nama.clone(), h);
        }
    }
    let suku: Vec<String> = berlaku
        .iter()
        .filter_map(|c| c.nilai_akhir.as_ref())
        .map(|h| teks::apa_adanya(h.nilai))
        .collect();
    let t = format!("{} = {}", suku.join(" + "), nilai_total.tampil());
    let nilai_total = nilai_total.substitusi(t);
    let konversi = Hasil::baru(
        format!("{id}.konversi_bobot"),
        "Σ bobot komponen yang berlaku",
        bobot_berlaku,
        PRESISI_PERSEN,
    )
    .substitusi(format!("{}%", teks::apa_adanya(bobot_berlaku)));
    let akhir_v = if bobot_berlaku.is_zero() {
        Decimal::ZERO
    } else {
        total / bobot_berlaku * Decimal::ONE_HUNDRED
    };
    let nilai_akhir = Hasil::baru(
        format!("{id}.nilai_akhir"),
        "nilai total ÷ konversi bobot",
        akhir_v,
        PRESISI_NILAI,
    )
    .dari("nilai total", &nilai_total)
    .dari("konversi bobot", &konversi);
    let t = format!(
        "{} ÷ {}% = {}",
        teks::apa_adanya(total),
        teks::apa_adanya(bobot_berlaku),
        nilai_akhir.tampil()
    );
    let nilai_akhir = nilai_akhir.substitusi(t);

    let mut aspek: Vec<(Aspek, Hasil)> = Vec::new();
    let mut urutan: Vec<Aspek> = Vec::new();
    for c in &berlaku {
        if c.aspek != Aspek::Lainnya && !urutan.contains(&c.aspek) {
            urutan.push(c.aspek);
        }
    }
    for a in urutan {
        let bagian: Vec<&&HasilKomponen> = berlaku.iter().filter(|c| c.aspek == a).collect();
        let s: Decimal = bagian
            .iter()
            .filter_map(|c| c.nilai_akhir.as_ref())
            .map(|h| h.nilai)
            .sum();
        let b: Decimal = bagian.iter().map(|c| c.bobot).sum();
        if b.is_zero() {
            continue;
        }
        let mut h = Hasil::baru(
            format!("{id}.aspek.{a:?}").to_lowercase(),
            "Σ nilai akhir komponen aspek ÷ Σ bobot aspek × 100",
            s / b * Decimal::ONE_HUNDRED,
            PRESISI_NILAI,
        );
        for c in &bagian {
            if let Some(na) = &c.nilai_akhir {
                h = h.dari(c.nama.clone(), na);
            }
        }
        let suku: Vec<String> = bagian
            .iter()
            .filter_map(|c| c.nilai_akhir.as_ref())
            .map(|h| teks::apa_adanya(h.nilai))
            .collect();
        let t = format!(
            "({}) ÷ {} × 100 = {}",
            suku.join(" + "),
            teks::apa_adanya(b),
            h.tampil()
        );
        aspek.push((a, h.substitusi(t)));
    }

    if let Some(app) = p.nilai_akhir_aplikasi
        && app.0 != nilai_akhir.terbit
    {
        temuan.push(
                Diagnostic::warning(
                    "DS-IKPA-BEDA",
                    path.key("nilai_akhir_aplikasi"),
                    format!(
                        "nilai akhir IKPA tahun {} pada aplikasi ({}) berbeda dari hasil hitung atas nilai komponen ({})",
                        p.tahun,
                        teks::apa_adanya(app.0),
                        nilai_akhir.tampil()
                    ),
                )
                .expected_found(nilai_akhir.tampil(), teks::apa_adanya(app.0)),
            );
    }
    let kategori = kategori(nilai_akhir.terbit);
    Some(HasilIkpa {
        tahun: p.tahun,
        regulasi: tabel.regulasi.to_owned(),
        bobot_terverifikasi: tabel.terverifikasi,
        komponen,
        nilai_total,
        konversi_bobot: konversi,
        nilai_akhir,
        aspek,
        kategori,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Angka, KomponenIkpa};

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn ikpa(nilai: &[(&str, Option<&str>)]) -> HasilIkpa {
        let p = IkpaTahun {
            tahun: 2023,
            regulasi: "PER-5/PB/2022".into(),
            periode: None,
            komponen: nilai
                .iter()
                .map(|(k, v)| KomponenIkpa {
                    kode: k.to_string(),
                    nilai: v.map(|v| Angka(d(v))),
                    bobot: None,
                })
                .collect(),
            nilai_akhir_aplikasi: None,
        };
        hitung(&p, &DataPath::root(), &mut vec![]).unwrap()
    }

    const KODE: [&str; 8] = [
        "revisi_dipa",
        "deviasi_halaman_iii_dipa",
        "penyerapan_anggaran",
        "belanja_kontraktual",
        "penyelesaian_tagihan",
        "pengelolaan_up_tup",
        "dispensasi_spm",
        "capaian_output",
    ];

    /// Bandung 2023 (L1052–1055): 96,66; aspects 88,80 / 98,01 / 100,00 (printed 86,80 / 97,81).
    #[test]
    fn bandung_2023() {
        let v = ["100", "77.60", "100", "94", "100", "95.04", "100", "100"];
        let h = ikpa(
            &KODE
                .iter()
                .zip(v)
                .map(|(k, v)| (*k, Some(v)))
                .collect::<Vec<_>>(),
        );
        assert_eq!(h.nilai_akhir.terbit, d("96.66"));
        assert_eq!(h.konversi_bobot.terbit, d("100.00"));
        assert_eq!(h.aspek[0].1.terbit, d("88.80"));
        assert_eq!(h.aspek[1].1.terbit, d("98.01"));
        assert_eq!(h.aspek[2].1.terbit, d("100.00"));
        assert_eq!(h.kategori, ("Sangat Baik", true));
        assert_eq!(
            h.komponen[1].nilai_akhir.as_ref().unwrap().terbit,
            d("7.76")
        );
    }

    /// Bandung 2022 (L1039–1042): components sum to 97,76 (printed 97,86); aspects 92,89 / 98,51.
    #[test]
    fn bandung_2022() {
        let v = [
            "100", "85.78", "99.39", "95.50", "100", "97.55", "100", "100",
        ];
        let h = ikpa(
            &KODE
                .iter()
                .zip(v)
                .map(|(k, v)| (*k, Some(v)))
                .collect::<Vec<_>>(),
        );
        assert_eq!(h.nilai_akhir.terbit, d("97.76"));
        assert_eq!(h.aspek[0].1.terbit, d("92.89"));
        assert_eq!(h.aspek[1].1.terbit, d("98.51"));
    }

    #[test]
    fn inapplicable_component_changes_the_weight_conversion() {
        let mut v: Vec<(&str, Option<&str>)> = KODE.iter().map(|k| (*k, Some("90"))).collect();
        v[3].1 = None; // no contracts this year
        let h = ikpa(&v);
        assert_eq!(h.konversi_bobot.terbit, d("90.00"));
        assert_eq!(h.nilai_akhir.terbit, d("90.00"));
        assert_eq!(h.kategori.0, "Baik");
    }

    #[test]
    fn weight_tables_sum_to_100() {
        for t in TABEL {
            assert_eq!(
                t.komponen.iter().map(|c| c.bobot).sum::<i64>(),
                100,
                "{}",
                t.regulasi
            );
        }
    }

    #[test]
    fn unknown_regulation_is_reported() {
        let p = IkpaTahun {
            tahun: 2023,
            regulasi: "PER-9/PB/2030".into(),
            periode: None,
            komponen: vec![],
            nilai_akhir_aplikasi: None,
        };
        let mut t = vec![];
        assert!(hitung(&p, &DataPath::root(), &mut t).is_none());
        assert_eq!(t[0].code, "DS-IKPA-REGULASI");
    }
}
