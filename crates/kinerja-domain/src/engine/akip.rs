//! The Evaluasi AKIP predikat (PermenPANRB 88/2021; SAKIP.md §8): AA > 90–100; A > 80–90;
//! BB > 70–80; B > 60–70; CC > 50–60; C > 30–50; D 0–30. A boundary value belongs to the lower
//! band: 90,00 is A, not AA.

use rust_decimal::Decimal;
use serde::Serialize;

use super::hasil::Hasil;
use super::pembulatan::PRESISI_NILAI;
use super::teks;
use crate::diagnostik::DataPath;
use crate::model::EvaluasiAkip;

/// The predikat of an AKIP score, with its description.
pub fn predikat(nilai: Decimal) -> (&'static str, &'static str) {
    let batas: [(i64, &str, &str); 6] = [
        (90, "AA", "Sangat Memuaskan"),
        (80, "A", "Memuaskan"),
        (70, "BB", "Sangat Baik"),
        (60, "B", "Baik"),
        (50, "CC", "Cukup"),
        (30, "C", "Kurang"),
    ];
    for (b, p, u) in batas {
        if nilai > Decimal::from(b) {
            return (p, u);
        }
    }
    ("D", "Sangat Kurang")
}

/// The AKIP evaluation, computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilAkip {
    /// Year evaluated.
    pub tahun: i32,
    /// Total score.
    pub nilai: Hasil,
    /// Predikat and its description.
    pub predikat: (&'static str, &'static str),
}

/// Computes the AKIP result; `None` when neither components nor a total are given.
pub fn hitung(a: &EvaluasiAkip, path: &DataPath) -> Option<HasilAkip> {
    let id = format!("akip.{}", a.tahun);
    let nilai = if a.komponen.is_empty() {
        let n = a.nilai?;
        Hasil::dari_data(
            format!("{id}.nilai"),
            "nilai AKIP",
            n.0,
            PRESISI_NILAI,
            path.key("nilai").to_string(),
        )
    } else {
        let total: Decimal = a.komponen.iter().map(|k| k.nilai.0).sum();
        let mut h = Hasil::baru(
            format!("{id}.nilai"),
            "Σ nilai komponen",
            total,
            PRESISI_NILAI,
        );
        for (i, k) in a.komponen.iter().enumerate() {
            h = h.data(
                k.nama.clone(),
                k.nilai.0,
                path.key("komponen").index(i).key("nilai").to_string(),
            );
        }
        let suku: Vec<String> = a
            .komponen
            .iter()
            .map(|k| teks::apa_adanya(k.nilai.0))
            .collect();
        let t = format!("{} = {}", suku.join(" + "), h.tampil());
        h.substitusi(t)
    };
    let predikat = predikat(nilai.terbit);
    Some(HasilAkip {
        tahun: a.tahun,
        nilai,
        predikat,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn boundaries_belong_to_the_lower_band() {
        assert_eq!(predikat(d("90.00")).0, "A");
        assert_eq!(predikat(d("90.01")).0, "AA");
        assert_eq!(predikat(d("80")).0, "BB");
        assert_eq!(predikat(d("70")).0, "B");
        assert_eq!(predikat(d("60")).0, "CC");
        assert_eq!(predikat(d("50")).0, "C");
        assert_eq!(predikat(d("30")).0, "D");
        assert_eq!(predikat(d("30.01")).0, "C");
        assert_eq!(predikat(d("100")).0, "AA");
        assert_eq!(predikat(d("0")).0, "D");
    }
}
