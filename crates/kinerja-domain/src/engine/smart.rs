//! SMART DJA budget-performance value (PMK 22/PMK.02/2021; SAKIP.md §6, verified on every
//! seed):
//! `NKA = 9,7%·Penyerapan + 18,2%·Konsistensi + 43,5%·Capaian Output + 28,6%·Nilai Efisiensi`,
//! `Nilai Efisiensi = 50 + 50·E/20` with E clamped to [−20, 20].
//! (The seeds' template text states the weights wrongly; their printed values follow this.)

use rust_decimal::Decimal;
use serde::Serialize;

use super::hasil::Hasil;
use super::pembulatan::PRESISI_NILAI;
use super::teks;
use crate::diagnostik::{DataPath, Diagnostic};
use crate::model::SmartTahun;

/// The regulation the weights come from.
pub const DASAR: &str = "PMK 22/PMK.02/2021";

/// The four weights, in percent, in the order penyerapan, konsistensi, capaian output, efisiensi.
pub const BOBOT: [(&str, i64); 4] = [
    ("Penyerapan Anggaran", 97),
    ("Konsistensi Penyerapan terhadap Perencanaan", 182),
    ("Capaian Output", 435),
    ("Efisiensi", 286),
];

fn bobot(i: usize) -> Decimal {
    Decimal::new(BOBOT[i].1, 1)
}

/// One year of SMART, computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilSmart {
    /// Year.
    pub tahun: i32,
    /// E clamped to [−20, 20].
    #[serde(with = "rust_decimal::serde::str")]
    pub efisiensi_dibatasi: Decimal,
    /// Nilai Efisiensi.
    pub nilai_efisiensi: Hasil,
    /// Nilai Kinerja Anggaran.
    pub nilai_kinerja: Hasil,
}

/// Nilai Efisiensi from the efficiency percentage E.
pub fn nilai_efisiensi(e: Decimal) -> (Decimal, Decimal) {
    let batas = Decimal::from(20);
    let dibatasi = e.clamp(-batas, batas);
    (
        dibatasi,
        Decimal::from(50) + Decimal::from(50) * dibatasi / batas,
    )
}

/// Computes one year; a value shown by the SMART application that differs is a warning.
pub fn hitung(s: &SmartTahun, path: &DataPath, temuan: &mut Vec<Diagnostic>) -> HasilSmart {
    let id = format!("smart.{}", s.tahun);
    let (e, ne) = nilai_efisiensi(s.efisiensi.0);
    let mut nilai_efisiensi = Hasil::baru(
        format!("{id}.nilai_efisiensi"),
        "50 + 50 × E ÷ 20, E dibatasi ke [−20, 20]",
        ne,
        PRESISI_NILAI,
    )
    .data(
        "efisiensi (E)",
        s.efisiensi.0,
        path.key("efisiensi").to_string(),
    );
    if e != s.efisiensi.0 {
        nilai_efisiensi = nilai_efisiensi.catatan(format!(
            "efisiensi {} dibatasi menjadi {}",
            teks::apa_adanya(s.efisiensi.0),
            teks::apa_adanya(e)
        ));
    }
    let t = format!(
        "50 + 50 × {} ÷ 20 = {}",
        teks::apa_adanya(e),
        nilai_efisiensi.tampil()
    );
    let nilai_efisiensi = nilai_efisiensi.substitusi(t);

    let masukan = [s.penyerapan.0, s.konsistensi.0, s.capaian_output.0, ne];
    let nka: Decimal = (0..4)
        .map(|i| bobot(i) / Decimal::ONE_HUNDRED * masukan[i])
        .sum();
    let nilai_kinerja = Hasil::baru(
        format!("{id}.nilai_kinerja"),
        "9,7% × Penyerapan + 18,2% × Konsistensi + 43,5% × Capaian Output + 28,6% × Nilai Efisiensi",
        nka,
        PRESISI_NILAI,
    )
    .data("penyerapan", s.penyerapan.0, path.key("penyerapan").to_string())
    .data("konsistensi", s.konsistensi.0, path.key("konsistensi").to_string())
    .data("capaian output", s.capaian_output.0, path.key("capaian_output").to_string())
    .dari("nilai efisiensi", &nilai_efisiensi);
    let nilai_kinerja = {
        let t = format!(
            "(9,7% × {}) + (18,2% × {}) + (43,5% × {}) + (28,6% × {}) = {}",
            teks::apa_adanya(masukan[0]),
            teks::apa_adanya(masukan[1]),
            teks::apa_adanya(masukan[2]),
            teks::apa_adanya(ne),
            teks::angka(nka, PRESISI_NILAI)
        );
        nilai_kinerja
            .tetapan("bobot", Decimal::ONE_HUNDRED, DASAR)
            .substitusi(t)
    };
    if let Some(app) = s.nilai_kinerja_aplikasi
        && app.0 != nilai_kinerja.terbit
    {
        temuan.push(
                Diagnostic::warning(
                    "DS-SMART-BEDA",
                    path.key("nilai_kinerja_aplikasi"),
                    format!(
                        "nilai kinerja SMART tahun {} pada aplikasi ({}) berbeda dari hasil rumus atas keempat masukan ({}); laporan memakai hasil rumus",
                        s.tahun,
                        teks::apa_adanya(app.0),
                        nilai_kinerja.tampil()
                    ),
                )
                .expected_found(nilai_kinerja.tampil(), teks::apa_adanya(app.0)),
            );
    }
    HasilSmart {
        tahun: s.tahun,
        efisiensi_dibatasi: e,
        nilai_efisiensi,
        nilai_kinerja,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Angka;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn smart(p: &str, k: &str, co: &str, e: &str) -> HasilSmart {
        let s = SmartTahun {
            tahun: 2023,
            penyerapan: Angka(d(p)),
            konsistensi: Angka(d(k)),
            capaian_output: Angka(d(co)),
            efisiensi: Angka(d(e)),
            nilai_kinerja_aplikasi: None,
        };
        hitung(&s, &DataPath::root(), &mut vec![])
    }

    #[test]
    fn efficiency_is_clamped() {
        assert_eq!(nilai_efisiensi(d("20")).1, d("100"));
        assert_eq!(nilai_efisiensi(d("35")), (d("20"), d("100")));
        assert_eq!(nilai_efisiensi(d("-25")), (d("-20"), d("0")));
        assert_eq!(nilai_efisiensi(d("0")).1, d("50"));
        assert_eq!(nilai_efisiensi(d("3.91")).1, d("59.775"));
    }

    /// Bandung (L997–1000): 2021 97,45 and 2022 89,62 as printed; 2023 computes 87,06 from
    /// the printed inputs (printed 87,04).
    #[test]
    fn bandung_smart() {
        assert_eq!(
            smart("85.08", "93.94", "100", "20").nilai_kinerja.terbit,
            d("97.45")
        );
        assert_eq!(
            smart("97.56", "92.63", "100", "7.68")
                .nilai_efisiensi
                .terbit,
            d("69.20")
        );
        assert_eq!(
            smart("97.56", "92.63", "100", "7.684").nilai_kinerja.terbit,
            d("89.62")
        );
        let h = smart("99.00", "92.67", "100", "3.91");
        assert_eq!(h.nilai_efisiensi.terbit, d("59.78"));
        assert_eq!(h.nilai_kinerja.terbit, d("87.06"));
    }

    #[test]
    fn application_value_mismatch_is_a_warning() {
        let s = SmartTahun {
            tahun: 2023,
            penyerapan: Angka(d("99")),
            konsistensi: Angka(d("92.67")),
            capaian_output: Angka(d("100")),
            efisiensi: Angka(d("3.91")),
            nilai_kinerja_aplikasi: Some(Angka(d("87.04"))),
        };
        let mut t = vec![];
        hitung(&s, &DataPath::root(), &mut t);
        assert_eq!(t.len(), 1);
        assert!(!t[0].is_error());
    }
}
