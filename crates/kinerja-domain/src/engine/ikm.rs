//! IKM / SKM, public satisfaction — PermenPANRB 14/2017 and the ministry's monthly tables
//! (SAKIP.md §5.2).
//!
//! - From raw responses: NRR per unsur = Σ scores ÷ answers to that unsur (an unanswered unsur
//!   is excluded from that unsur only); IKM = Σ NRR × 1/n with the exact weight 1/n.
//! - From monthly published values: the year is the respondent-weighted mean Σ(Xᵢ·Yᵢ) ÷ ΣYᵢ,
//!   and likewise per unsur.
//! - The 25–100 scale is the 1–4 value × 25. Bands are classified on the 25–100 value rounded
//!   to 2 decimals with lower bounds 88,31 / 76,61 / 65,00 (the printed bands have gaps).
//! - Minimum sample: Krejcie–Morgan with χ² = 3,841, P = 0,5, d = 0,05, rounded up.

use rust_decimal::Decimal;
use serde::Serialize;

use super::hasil::Hasil;
use super::pembulatan::{PRESISI_INDEKS, bulatkan};
use super::teks;
use crate::model::IkmBulanan;

/// Sum of scores and number of answers of one unsur: all a streaming reader has to keep.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RekapUnsur {
    /// Σ of the scores given (1–4 each).
    pub jumlah_skor: u64,
    /// Number of respondents who answered this unsur.
    pub jumlah_jawaban: u64,
}

impl RekapUnsur {
    /// Adds one answer (1–4); 0 means not answered and is ignored.
    pub fn tambah(&mut self, skor: u8) {
        if skor > 0 {
            self.jumlah_skor += u64::from(skor);
            self.jumlah_jawaban += 1;
        }
    }

    /// Merges another partial tally (e.g. from another thread).
    pub fn gabung(&mut self, lain: RekapUnsur) {
        self.jumlah_skor += lain.jumlah_skor;
        self.jumlah_jawaban += lain.jumlah_jawaban;
    }

    /// NRR (nilai rata-rata) of the unsur; `None` when nobody answered it.
    pub fn nrr(self) -> Option<Decimal> {
        (self.jumlah_jawaban > 0)
            .then(|| Decimal::from(self.jumlah_skor) / Decimal::from(self.jumlah_jawaban))
    }
}

/// IKM on the 1–4 scale from per-unsur tallies: the mean of the NRR of the unsur that were
/// answered, each weighted by the exact 1/n. `None` when no unsur was answered.
pub fn ikm_dari_rekap(rekap: &[RekapUnsur]) -> Option<Decimal> {
    let nrr: Vec<Decimal> = rekap.iter().filter_map(|r| r.nrr()).collect();
    if nrr.is_empty() {
        return None;
    }
    Some(nrr.iter().sum::<Decimal>() / Decimal::from(nrr.len()))
}

/// The service-quality band of an index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Mutu {
    /// A, B, C or D.
    pub huruf: char,
    /// "Sangat Baik", "Baik", "Kurang Baik" or "Tidak Baik".
    pub kinerja: &'static str,
}

/// Classifies an index on the 1–4 scale (PermenPANRB 14/2017), on its 25–100 value rounded to
/// 2 decimals.
pub fn mutu(nilai_1_4: Decimal) -> Mutu {
    mutu_konversi(bulatkan(nilai_1_4 * Decimal::from(25), 2))
}

/// Classifies a value already on the 25–100 scale.
pub fn mutu_konversi(nilai_25_100: Decimal) -> Mutu {
    let v = bulatkan(nilai_25_100, 2);
    if v >= Decimal::new(8831, 2) {
        Mutu {
            huruf: 'A',
            kinerja: "Sangat Baik",
        }
    } else if v >= Decimal::new(7661, 2) {
        Mutu {
            huruf: 'B',
            kinerja: "Baik",
        }
    } else if v >= Decimal::new(6500, 2) {
        Mutu {
            huruf: 'C',
            kinerja: "Kurang Baik",
        }
    } else {
        Mutu {
            huruf: 'D',
            kinerja: "Tidak Baik",
        }
    }
}

/// Krejcie–Morgan minimum sample for a population of `populasi`.
pub fn sampel_minimum(populasi: u64) -> u64 {
    if populasi == 0 {
        return 0;
    }
    let chi = Decimal::new(3841, 3);
    let p = Decimal::new(5, 1);
    let d2 = Decimal::new(25, 4);
    let n = Decimal::from(populasi);
    let pq = p * (Decimal::ONE - p);
    let s = chi * n * pq / (d2 * (n - Decimal::ONE) + chi * pq);
    u64::try_from(kinerja_bahasa::bulatkan_ke_atas(s)).unwrap_or(populasi)
}

/// Whether the respondents meet the minimum sample for the stated population.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sampel {
    /// Populasi.
    pub populasi: u64,
    /// Minimum sample (Krejcie–Morgan).
    pub minimum: u64,
    /// Respondents obtained.
    pub responden: u64,
    /// Whether `responden ≥ minimum`.
    pub terpenuhi: bool,
}

impl Sampel {
    /// Evaluates the sample for a population.
    pub fn nilai(populasi: u64, responden: u64) -> Self {
        let minimum = sampel_minimum(populasi);
        Self {
            populasi,
            minimum,
            responden,
            terpenuhi: responden >= minimum,
        }
    }
}

/// One month of the IKM, as used in the annual computation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BulanIkm {
    /// Month (1–12).
    pub bulan: u32,
    /// Respondents.
    pub responden: u64,
    /// The month's value (published, or the mean of its unsur when not published).
    #[serde(with = "rust_decimal::serde::str")]
    pub nilai: Decimal,
    /// The month's unsur values.
    pub nilai_unsur: Vec<Decimal>,
}

/// The IKM of a year with its detail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilIkm {
    /// The index on the 1–4 scale.
    pub nilai: Hasil,
    /// The index on the 25–100 scale.
    pub konversi: Hasil,
    /// Its band.
    pub mutu: Mutu,
    /// Annual value per unsur, in order.
    pub unsur: Vec<(String, Hasil)>,
    /// Unsur whose published value is below the published index: the priorities.
    pub unsur_prioritas: Vec<String>,
    /// The months, when computed from monthly tables.
    pub bulanan: Vec<BulanIkm>,
    /// Total respondents.
    pub responden: u64,
    /// Minimum-sample check, when the population is known.
    pub sampel: Option<Sampel>,
}

/// The IKM of a year from the monthly published tables.
///
/// `id` prefixes result ids; `path` is the dataset path of the `ikm` table.
pub fn dari_bulanan(id: &str, data: &IkmBulanan, path: &str) -> Option<HasilIkm> {
    let n_unsur = data.unsur.len();
    let mut bulanan = Vec::new();
    for b in &data.bulan {
        let nilai_unsur: Vec<Decimal> = b.nilai_unsur.iter().map(|a| a.0).collect();
        let nilai = match b.nilai {
            Some(v) => v.0,
            None if !nilai_unsur.is_empty() => {
                nilai_unsur.iter().sum::<Decimal>() / Decimal::from(nilai_unsur.len())
            }
            None => continue,
        };
        bulanan.push(BulanIkm {
            bulan: b.bulan,
            responden: b.responden,
            nilai,
            nilai_unsur,
        });
    }
    let responden: u64 = bulanan.iter().map(|b| b.responden).sum();
    if responden == 0 {
        return None;
    }
    let total_y = Decimal::from(responden);

    let sigma_xy: Decimal = bulanan
        .iter()
        .map(|b| b.nilai * Decimal::from(b.responden))
        .sum();
    let mut nilai = Hasil::baru(
        format!("{id}.nilai"),
        "Σ(Xᵢ × Yᵢ) ÷ ΣYᵢ, X = nilai SKM bulan ke-i, Y = responden bulan ke-i",
        sigma_xy / total_y,
        PRESISI_INDEKS,
    );
    for (i, b) in data.bulan.iter().enumerate() {
        let p = format!("{path}.bulan[{i}]");
        let label = kinerja_bahasa::nama_bulan(b.bulan).unwrap_or("?");
        if let Some(v) = b.nilai {
            nilai = nilai.data(format!("nilai SKM {label}"), v.0, format!("{p}.nilai"));
        }
        nilai = nilai.data(
            format!("responden {label}"),
            Decimal::from(b.responden),
            format!("{p}.responden"),
        );
    }
    let suku: Vec<String> = bulanan
        .iter()
        .map(|b| format!("({} × {})", teks::apa_adanya(b.nilai), b.responden))
        .collect();
    let penyebut: Vec<String> = bulanan.iter().map(|b| b.responden.to_string()).collect();
    nilai.substitusi = format!(
        "({}) ÷ ({}) = {} ÷ {} = {}",
        suku.join(" + "),
        penyebut.join(" + "),
        teks::apa_adanya(sigma_xy),
        responden,
        nilai.tampil()
    );

    let mut unsur = Vec::with_capacity(n_unsur);
    for (u, nama) in data.unsur.iter().enumerate() {
        let sigma: Decimal = bulanan
            .iter()
            .filter_map(|b| {
                b.nilai_unsur
                    .get(u)
                    .map(|v| *v * Decimal::from(b.responden))
            })
            .sum();
        let resp: u64 = bulanan
            .iter()
            .filter(|b| b.nilai_unsur.get(u).is_some())
            .map(|b| b.responden)
            .sum();
        if resp == 0 {
            continue;
        }
        let h = Hasil::baru(
            format!("{id}.unsur.{u}"),
            "Σ(nilai unsur bulan ke-i × responden bulan ke-i) ÷ Σ responden",
            sigma / Decimal::from(resp),
            PRESISI_INDEKS,
        )
        .data("Σ(nilai × responden)", sigma, format!("{path}.bulan"))
        .data("Σ responden", Decimal::from(resp), format!("{path}.bulan"));
        let h = Hasil {
            substitusi: format!("{} ÷ {} = {}", teks::apa_adanya(sigma), resp, h.tampil()),
            ..h
        };
        unsur.push((nama.clone(), h));
    }

    Some(selesaikan(
        id,
        nilai,
        unsur,
        bulanan,
        responden,
        data.populasi,
    ))
}

/// The IKM from raw responses (one row per respondent, 0 = not answered).
pub fn dari_responden(
    id: &str,
    unsur_nama: &[String],
    jawaban: &[Vec<u8>],
    populasi: Option<u64>,
    path: &str,
) -> Option<HasilIkm> {
    let mut rekap = vec![RekapUnsur::default(); unsur_nama.len()];
    for baris in jawaban {
        for (u, skor) in baris.iter().enumerate() {
            if let Some(r) = rekap.get_mut(u) {
                r.tambah(*skor);
            }
        }
    }
    dari_rekap(id, unsur_nama, &rekap, jawaban.len() as u64, populasi, path)
}

/// The IKM from per-unsur tallies (what a streaming reader of millions of rows produces).
pub fn dari_rekap(
    id: &str,
    unsur_nama: &[String],
    rekap: &[RekapUnsur],
    responden: u64,
    populasi: Option<u64>,
    path: &str,
) -> Option<HasilIkm> {
    let ikm = ikm_dari_rekap(rekap)?;
    let mut unsur = Vec::new();
    let mut nrr_teks = Vec::new();
    for (u, (nama, r)) in unsur_nama.iter().zip(rekap).enumerate() {
        let Some(nrr) = r.nrr() else { continue };
        let h = Hasil::baru(
            format!("{id}.unsur.{u}"),
            "NRR = Σ skor unsur ÷ jumlah jawaban unsur",
            nrr,
            PRESISI_INDEKS,
        )
        .data(
            "Σ skor",
            Decimal::from(r.jumlah_skor),
            format!("{path}.jawaban"),
        )
        .data(
            "jumlah jawaban",
            Decimal::from(r.jumlah_jawaban),
            format!("{path}.jawaban"),
        );
        let h = Hasil {
            substitusi: format!(
                "{} ÷ {} = {}",
                r.jumlah_skor,
                r.jumlah_jawaban,
                teks::angka(h.terbit, 2)
            ),
            ..h
        };
        nrr_teks.push(teks::apa_adanya(bulatkan(nrr, 6)));
        unsur.push((nama.clone(), h));
    }
    let n = unsur.len();
    let mut nilai = Hasil::baru(
        format!("{id}.nilai"),
        "IKM = Σ(NRR unsur × 1/n), n = jumlah unsur yang dijawab",
        ikm,
        PRESISI_INDEKS,
    );
    for (_, h) in &unsur {
        nilai = nilai.dari(format!("NRR {}", h.id), h);
    }
    nilai.substitusi = format!("({}) × 1/{} = {}", nrr_teks.join(" + "), n, nilai.tampil());
    Some(selesaikan(
        id,
        nilai,
        unsur,
        Vec::new(),
        responden,
        populasi,
    ))
}

fn selesaikan(
    id: &str,
    nilai: Hasil,
    unsur: Vec<(String, Hasil)>,
    bulanan: Vec<BulanIkm>,
    responden: u64,
    populasi: Option<u64>,
) -> HasilIkm {
    let konversi = Hasil::baru(
        format!("{id}.konversi"),
        "nilai IKM skala 1–4 × 25",
        nilai.nilai * Decimal::from(25),
        2,
    )
    .dari("nilai IKM", &nilai);
    let konversi = Hasil {
        substitusi: format!(
            "{} × 25 = {}",
            teks::apa_adanya(bulatkan(nilai.nilai, 6)),
            konversi.tampil()
        ),
        ..konversi
    };
    let mutu = mutu_konversi(konversi.terbit);
    let unsur_prioritas = unsur
        .iter()
        .filter(|(_, h)| h.terbit < nilai.terbit)
        .map(|(n, _)| n.clone())
        .collect();
    HasilIkm {
        nilai,
        konversi,
        mutu,
        unsur,
        unsur_prioritas,
        bulanan,
        responden,
        sampel: populasi.map(|p| Sampel::nilai(p, responden)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Angka, IkmBulan};

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn krejcie_morgan_reference_values() {
        assert_eq!(sampel_minimum(100), 80);
        assert_eq!(sampel_minimum(1_000), 278);
        assert_eq!(sampel_minimum(1_000_000), 384);
        assert_eq!(sampel_minimum(1), 1);
        assert_eq!(sampel_minimum(0), 0);
    }

    #[test]
    fn band_boundaries() {
        assert_eq!(mutu_konversi(d("88.31")).huruf, 'A');
        assert_eq!(mutu_konversi(d("88.30")).huruf, 'B');
        assert_eq!(mutu_konversi(d("88.305")).huruf, 'A'); // rounds to 88,31
        assert_eq!(mutu_konversi(d("76.61")).huruf, 'B');
        assert_eq!(mutu_konversi(d("76.60")).huruf, 'C');
        assert_eq!(mutu_konversi(d("65.00")).huruf, 'C');
        assert_eq!(mutu_konversi(d("64.99")).huruf, 'D');
        // 1–4 scale: 3,5324 × 25 = 88,31 → A; 3,532 × 25 = 88,30 → B.
        assert_eq!(mutu(d("3.5324")).huruf, 'A');
        assert_eq!(mutu(d("3.532")).huruf, 'B');
    }

    /// A worked example computed by hand: 4 respondents, 3 unsur, one unanswered answer.
    #[test]
    fn raw_responses_hand_example() {
        let unsur: Vec<String> = ["U1", "U2", "U3"].iter().map(|s| s.to_string()).collect();
        let jawaban = vec![vec![4, 3, 2], vec![3, 3, 0], vec![4, 2, 3], vec![2, 4, 3]];
        // NRR: U1 = 13/4 = 3,25; U2 = 12/4 = 3; U3 = 8/3 = 2,6667 (one unanswered).
        // IKM = (3,25 + 3 + 2,6667)/3 = 2,97222… → 2,97; × 25 = 74,31 → C.
        let h = dari_responden(
            "ikm",
            &unsur,
            &jawaban,
            Some(100),
            "indikator[0].ikm_responden",
        )
        .unwrap();
        assert_eq!(h.unsur[2].1.terbit, d("2.67"));
        assert_eq!(h.nilai.terbit, d("2.97"));
        assert_eq!(h.konversi.terbit, d("74.31"));
        assert_eq!(h.mutu.huruf, 'C');
        assert_eq!(h.unsur_prioritas, vec!["U3".to_string()]);
        let s = h.sampel.unwrap();
        assert_eq!((s.minimum, s.terpenuhi), (80, false));
    }

    #[test]
    fn unanswered_unsur_is_left_out_of_the_mean() {
        let unsur: Vec<String> = ["A", "B"].iter().map(|s| s.to_string()).collect();
        let h = dari_responden("ikm", &unsur, &[vec![4, 0], vec![2, 0]], None, "p").unwrap();
        assert_eq!(h.nilai.terbit, d("3.00"));
        assert_eq!(h.unsur.len(), 1);
        assert!(dari_responden("ikm", &unsur, &[vec![0, 0]], None, "p").is_none());
    }

    /// Bandung 2023 (lkjip-2023-kanim-bandung.txt L518–577): 1674,59 / 420 = 3,99.
    #[test]
    fn bandung_monthly_tables() {
        let nilai = [
            "4", "4", "4", "3.98", "4", "4", "4", "3.93", "4", "4", "3.97", "3.98",
        ];
        let resp = [32, 31, 31, 31, 31, 31, 31, 31, 31, 34, 50, 56];
        let data = IkmBulanan {
            unsur: vec!["Informasi".into()],
            populasi: None,
            bulan: (0..12)
                .map(|i| IkmBulan {
                    bulan: i as u32 + 1,
                    responden: resp[i],
                    nilai_unsur: vec![Angka(d(nilai[i]))],
                    nilai: Some(Angka(d(nilai[i]))),
                })
                .collect(),
        };
        let h = dari_bulanan("ikm", &data, "indikator[0].ikm").unwrap();
        assert_eq!(h.responden, 420);
        assert_eq!(h.nilai.nilai, d("1674.59") / d("420"));
        assert_eq!(h.nilai.terbit, d("3.99"));
        assert!(
            h.nilai.substitusi.contains("= 1.674,59 ÷ 420 = 3,99"),
            "{}",
            h.nilai.substitusi
        );
        assert_eq!(h.mutu.kinerja, "Sangat Baik");
    }
}
