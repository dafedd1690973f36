//! Indeks Kepuasan Internal from the monthly Survei Integritas Internal Organisasi
//! (SAKIP.md §5.4): the year is the respondent-weighted mean of the monthly Nilai Integritas;
//! a value on the 0–100 scale is divided by 25 to reach the 1–4 scale.

use rust_decimal::Decimal;
use serde::Serialize;

use super::hasil::Hasil;
use super::pembulatan::PRESISI_INDEKS;
use super::teks;
use crate::model::{Iki, Skala};

/// The IKI of a year with its detail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilIki {
    /// The scale the survey publishes on.
    pub skala: Skala,
    /// The annual Nilai Integritas on the survey's own scale.
    pub nilai_integritas: Hasil,
    /// The IKI on the 1–4 scale.
    pub nilai: Hasil,
    /// Total respondents.
    pub responden: u64,
    /// Annual value per variable (on the survey's scale), when monthly variables are given.
    pub variabel: Vec<(String, Hasil)>,
}

/// Computes the IKI; `None` when there are no respondents.
pub fn hitung(id: &str, data: &Iki, path: &str) -> Option<HasilIki> {
    let responden: u64 = data.bulan.iter().map(|b| b.responden).sum();
    if responden == 0 {
        return None;
    }
    let total = Decimal::from(responden);
    let sigma: Decimal = data
        .bulan
        .iter()
        .map(|b| b.nilai.0 * Decimal::from(b.responden))
        .sum();
    let mut integritas = Hasil::baru(
        format!("{id}.nilai_integritas"),
        "Σ(Xᵢ × Yᵢ) ÷ ΣYᵢ, X = Nilai Integritas bulan ke-i, Y = responden bulan ke-i",
        sigma / total,
        PRESISI_INDEKS,
    );
    for (i, b) in data.bulan.iter().enumerate() {
        let label = kinerja_bahasa::nama_bulan(b.bulan).unwrap_or("?");
        integritas = integritas
            .data(
                format!("Nilai Integritas {label}"),
                b.nilai.0,
                format!("{path}.bulan[{i}].nilai"),
            )
            .data(
                format!("responden {label}"),
                Decimal::from(b.responden),
                format!("{path}.bulan[{i}].responden"),
            );
    }
    let suku: Vec<String> = data
        .bulan
        .iter()
        .map(|b| format!("({} × {})", teks::apa_adanya(b.nilai.0), b.responden))
        .collect();
    let penyebut: Vec<String> = data.bulan.iter().map(|b| b.responden.to_string()).collect();
    integritas.substitusi = format!(
        "({}) ÷ ({}) = {} ÷ {} = {}",
        suku.join(" + "),
        penyebut.join(" + "),
        teks::apa_adanya(sigma),
        responden,
        integritas.tampil()
    );

    let nilai = match data.skala {
        Skala::SatuSampaiEmpat => {
            let h = Hasil::baru(
                format!("{id}.nilai"),
                "IKI = Nilai Integritas (skala 1–4)",
                integritas.nilai,
                PRESISI_INDEKS,
            )
            .dari("Nilai Integritas", &integritas);
            let t = h.tampil();
            h.substitusi(t)
        }
        Skala::NolSampaiSeratus => {
            // Converted from the exact annual value, so the result does not depend on how the
            // intermediate Nilai Integritas is printed.
            let h = Hasil::baru(
                format!("{id}.nilai"),
                "IKI = Nilai Integritas (skala 0–100) ÷ 25",
                integritas.nilai / Decimal::from(25),
                PRESISI_INDEKS,
            )
            .dari("Nilai Integritas", &integritas);
            let s = format!("{} ÷ 25 = {}", integritas.tampil(), h.tampil());
            h.substitusi(s)
        }
    };

    let nama_variabel: Vec<&String> = data
        .kelompok
        .iter()
        .flat_map(|k| k.variabel.iter())
        .collect();
    let mut variabel = Vec::new();
    for (v, nama) in nama_variabel.iter().enumerate() {
        let (mut s, mut r) = (Decimal::ZERO, 0u64);
        for b in &data.bulan {
            if let Some(x) = b.nilai_variabel.get(v) {
                s += x.0 * Decimal::from(b.responden);
                r += b.responden;
            }
        }
        if r > 0 {
            let h = Hasil::baru(
                format!("{id}.variabel.{v}"),
                "Σ(nilai variabel bulan ke-i × responden) ÷ Σ responden",
                s / Decimal::from(r),
                PRESISI_INDEKS,
            )
            .data("Σ(nilai × responden)", s, format!("{path}.bulan"))
            .data("Σ responden", Decimal::from(r), format!("{path}.bulan"));
            let t = format!("{} ÷ {} = {}", teks::apa_adanya(s), r, h.tampil());
            variabel.push(((*nama).clone(), h.substitusi(t)));
        }
    }
    Some(HasilIki {
        skala: data.skala,
        nilai_integritas: integritas,
        nilai,
        responden,
        variabel,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Angka, IkiBulan};

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn iki(skala: Skala, bulan: &[(&str, u64)]) -> Iki {
        Iki {
            skala,
            kelompok: Vec::new(),
            bulan: bulan
                .iter()
                .enumerate()
                .map(|(i, (v, r))| IkiBulan {
                    bulan: i as u32 + 1,
                    responden: *r,
                    nilai: Angka(d(v)),
                    nilai_variabel: Vec::new(),
                })
                .collect(),
        }
    }

    /// Bandung 2023 (L786–799): 4009,13 / 1005 = 3,99 on the 1–4 scale.
    #[test]
    fn bandung_on_four_point_scale() {
        let data = iki(
            Skala::SatuSampaiEmpat,
            &[
                ("4", 75),
                ("3.96", 94),
                ("3.99", 79),
                ("4", 78),
                ("3.99", 75),
                ("4", 75),
                ("4", 113),
                ("4", 73),
                ("3.95", 73),
                ("4", 78),
                ("3.99", 102),
                ("3.99", 90),
            ],
        );
        let h = hitung("iki", &data, "indikator[2].iki").unwrap();
        assert_eq!(h.responden, 1005);
        assert!(
            h.nilai_integritas
                .substitusi
                .contains("4.009,13 ÷ 1005 = 3,99"),
            "{}",
            h.nilai_integritas.substitusi
        );
        assert_eq!(h.nilai.terbit, d("3.99"));
    }

    #[test]
    fn hundred_point_scale_divides_by_25() {
        let data = iki(Skala::NolSampaiSeratus, &[("99.98", 10)]);
        let h = hitung("iki", &data, "p").unwrap();
        assert_eq!(h.nilai.terbit, d("4.00"));
        assert_eq!(h.nilai.substitusi, "99,98 ÷ 25 = 4,00");
    }

    #[test]
    fn no_respondents_no_value() {
        assert!(hitung("iki", &iki(Skala::SatuSampaiEmpat, &[("4", 0)]), "p").is_none());
    }
}
