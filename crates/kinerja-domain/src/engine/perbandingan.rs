//! Comparisons of an indicator (SAKIP.md §5.5): with earlier years (trend words follow exact
//! rules on the published values), with the Renstra's final-year target, with parent units,
//! and with the national average capaian.

use rust_decimal::Decimal;
use serde::Serialize;

use super::capaian::{self, Capaian};
use super::hasil::Hasil;
use super::pembulatan::{PRESISI_PERSEN, bulatkan};
use super::teks;
use crate::model::Polaritas;

/// Direction of a change between two published values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Arah {
    /// Rose.
    Naik,
    /// Fell.
    Turun,
    /// Equal.
    Tetap,
}

impl Arah {
    /// Compares `sekarang` with `sebelumnya`.
    pub fn dari(sebelumnya: Decimal, sekarang: Decimal) -> Self {
        match sekarang.cmp(&sebelumnya) {
            std::cmp::Ordering::Greater => Arah::Naik,
            std::cmp::Ordering::Less => Arah::Turun,
            std::cmp::Ordering::Equal => Arah::Tetap,
        }
    }

    /// The verb phrase of the reports: "mengalami peningkatan", "mengalami penurunan", "tetap".
    pub fn frasa(self) -> &'static str {
        match self {
            Arah::Naik => "mengalami peningkatan",
            Arah::Turun => "mengalami penurunan",
            Arah::Tetap => "tidak berubah (tetap)",
        }
    }
}

/// One year of an indicator's history, computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TahunIndikator {
    /// Year.
    pub tahun: i32,
    /// Target, as entered.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub target: Option<Decimal>,
    /// Published realisation.
    pub realisasi: Option<Hasil>,
    /// Capaian of that year.
    pub capaian: Option<Capaian>,
}

/// The trend over the years shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Tren {
    /// The previous year compared with.
    pub tahun_sebelumnya: i32,
    /// Direction of the realisation against the previous year.
    pub arah: Arah,
    /// Change in points (this year − previous year).
    pub selisih: Hasil,
    /// Change in percent of the previous year's value; `None` when that was 0.
    pub persen: Option<Hasil>,
    /// Direction of the capaian against the previous year, when both are defined.
    pub arah_capaian: Option<Arah>,
    /// Change of capaian in percentage points.
    pub selisih_capaian: Option<Hasil>,
    /// The same direction on every step of the years shown, if there is one.
    pub konsisten: Option<Arah>,
    /// Mean of the realisations of the years shown.
    pub rata_rata: Hasil,
}

/// Computes the trend from (year, published realisation) pairs in ascending year order, the
/// last being the current year. `None` with fewer than two years.
pub fn tren(id: &str, tahun: &[(i32, Decimal, Option<Decimal>)], presisi: u32) -> Option<Tren> {
    if tahun.len() < 2 {
        return None;
    }
    let (t_now, now, cap_now) = tahun[tahun.len() - 1];
    let (t_prev, prev, cap_prev) = tahun[tahun.len() - 2];
    let arah = Arah::dari(prev, now);
    let selisih = Hasil::baru(
        format!("{id}.selisih"),
        "realisasi tahun ini − realisasi tahun sebelumnya",
        now - prev,
        presisi,
    )
    .substitusi(format!(
        "{} − {} = {}",
        teks::angka(now, presisi),
        teks::angka(prev, presisi),
        teks::angka(now - prev, presisi)
    ));
    let persen = (!prev.is_zero()).then(|| {
        let h = Hasil::baru(
            format!("{id}.persen"),
            "(realisasi tahun ini − realisasi tahun sebelumnya) ÷ realisasi tahun sebelumnya × 100%",
            (now - prev) / prev * Decimal::ONE_HUNDRED,
            PRESISI_PERSEN,
        );
        let s = format!(
            "({} − {}) ÷ {} × 100% = {}",
            teks::angka(now, presisi),
            teks::angka(prev, presisi),
            teks::angka(prev, presisi),
            teks::persen(h.terbit)
        );
        h.substitusi(s)
    });
    let (arah_capaian, selisih_capaian) = match (cap_prev, cap_now) {
        (Some(a), Some(b)) => (
            Some(Arah::dari(a, b)),
            Some(
                Hasil::baru(
                    format!("{id}.selisih_capaian"),
                    "capaian tahun ini − capaian tahun sebelumnya",
                    b - a,
                    PRESISI_PERSEN,
                )
                .substitusi(format!(
                    "{} − {} = {}",
                    teks::persen(b),
                    teks::persen(a),
                    teks::angka(b - a, PRESISI_PERSEN)
                )),
            ),
        ),
        _ => (None, None),
    };
    let arah_langkah: Vec<Arah> = tahun
        .windows(2)
        .map(|w| Arah::dari(w[0].1, w[1].1))
        .collect();
    let konsisten = arah_langkah
        .first()
        .copied()
        .filter(|a| arah_langkah.iter().all(|b| b == a));
    let jumlah: Decimal = tahun.iter().map(|t| t.1).sum();
    let n = Decimal::from(tahun.len());
    let rata = Hasil::baru(
        format!("{id}.rata_rata"),
        "Σ realisasi tahun-tahun yang ditampilkan ÷ jumlah tahun",
        jumlah / n,
        presisi,
    );
    let suku: Vec<String> = tahun.iter().map(|t| teks::angka(t.1, presisi)).collect();
    let rata_rata = Hasil {
        substitusi: format!(
            "({}) ÷ {} = {}",
            suku.join(" + "),
            tahun.len(),
            rata.tampil()
        ),
        ..rata
    };
    let _ = t_now;
    Some(Tren {
        tahun_sebelumnya: t_prev,
        arah,
        selisih,
        persen,
        arah_capaian,
        selisih_capaian,
        konsisten,
        rata_rata,
    })
}

/// Comparison with the Renstra target of the plan's final year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct JangkaMenengah {
    /// Final year of the Renstra.
    pub tahun_akhir: i32,
    /// Its target.
    #[serde(with = "rust_decimal::serde::str")]
    pub target: Decimal,
    /// Realisation against that target.
    pub capaian: Capaian,
}

/// Realisation against the Renstra's final-year target.
pub fn jangka_menengah(
    id: &str,
    realisasi: &Hasil,
    tahun_akhir: i32,
    target: Decimal,
    path_target: &str,
    polaritas: Polaritas,
) -> JangkaMenengah {
    JangkaMenengah {
        tahun_akhir,
        target,
        capaian: capaian::hitung(
            id,
            realisasi,
            capaian::Target::Nilai(target),
            path_target,
            polaritas,
            None,
        ),
    }
}

/// Comparison with another unit's value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilPembanding {
    /// Code of the other unit ("nasional" for the national average).
    pub unit: String,
    /// Its name as printed.
    pub nama: String,
    /// Its value.
    #[serde(with = "rust_decimal::serde::str")]
    pub nilai: Decimal,
    /// This unit − the other, in points.
    pub selisih: Hasil,
    /// This unit ÷ the other × 100%.
    pub rasio: Option<Hasil>,
    /// Whether this unit is higher, lower or equal.
    pub arah: Arah,
}

/// Compares the unit's published realisation with another unit's value.
pub fn pembanding(
    id: &str,
    realisasi: &Hasil,
    unit: &str,
    nama: &str,
    nilai: Decimal,
    path_nilai: &str,
) -> HasilPembanding {
    let r = realisasi.terbit;
    let p = realisasi.presisi;
    let selisih = Hasil::baru(
        format!("{id}.selisih"),
        "realisasi unit − realisasi unit pembanding",
        r - nilai,
        p,
    )
    .dari("realisasi", realisasi)
    .data(format!("realisasi {nama}"), nilai, path_nilai);
    let selisih = Hasil {
        substitusi: format!(
            "{} − {} = {}",
            teks::angka(r, p),
            teks::apa_adanya(nilai),
            teks::angka(r - nilai, p)
        ),
        ..selisih
    };
    let rasio = (!nilai.is_zero()).then(|| {
        let h = Hasil::baru(
            format!("{id}.rasio"),
            "realisasi unit ÷ realisasi unit pembanding × 100%",
            r / nilai * Decimal::ONE_HUNDRED,
            PRESISI_PERSEN,
        )
        .dari("realisasi", realisasi)
        .data(format!("realisasi {nama}"), nilai, path_nilai);
        let s = format!(
            "{} ÷ {} × 100% = {}",
            teks::angka(r, p),
            teks::apa_adanya(nilai),
            teks::persen(h.terbit)
        );
        h.substitusi(s)
    });
    HasilPembanding {
        unit: unit.to_owned(),
        nama: nama.to_owned(),
        nilai,
        selisih,
        rasio,
        arah: Arah::dari(nilai, r),
    }
}

/// The 2024 "standar nasional": the unit's capaian ÷ the average capaian of all units × 100%.
pub fn standar_nasional(
    id: &str,
    capaian_unit: &Hasil,
    capaian_nasional: Decimal,
    path: &str,
) -> Option<Hasil> {
    if capaian_nasional.is_zero() {
        return None;
    }
    let h = Hasil::baru(
        id,
        "capaian unit ÷ rata-rata capaian nasional × 100%",
        capaian_unit.terbit / capaian_nasional * Decimal::ONE_HUNDRED,
        PRESISI_PERSEN,
    )
    .dari("capaian unit", capaian_unit)
    .data("rata-rata capaian nasional", capaian_nasional, path);
    let s = format!(
        "{} ÷ {} × 100% = {}",
        teks::persen(capaian_unit.terbit),
        teks::persen(bulatkan(capaian_nasional, PRESISI_PERSEN)),
        teks::persen(h.terbit)
    );
    Some(h.substitusi(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn trend_words_follow_the_published_values() {
        // Bandung IKI: 3,96 → 3,99 → 3,99: unchanged this year, not "konsisten naik".
        let t = tren(
            "t",
            &[
                (2021, d("3.96"), None),
                (2022, d("3.99"), None),
                (2023, d("3.99"), None),
            ],
            2,
        )
        .unwrap();
        assert_eq!(t.arah, Arah::Tetap);
        assert_eq!(t.konsisten, None);
        assert_eq!(t.rata_rata.terbit, d("3.98"));
        // Bandung IKM: 3,92 → 3,98 → 3,99: consistently rising; mean 3,96 (printed 3,99).
        let t = tren(
            "t",
            &[
                (2021, d("3.92"), None),
                (2022, d("3.98"), None),
                (2023, d("3.99"), None),
            ],
            2,
        )
        .unwrap();
        assert_eq!((t.arah, t.konsisten), (Arah::Naik, Some(Arah::Naik)));
        assert_eq!(t.rata_rata.terbit, d("3.96"));
        // Bandung IPK: 3,94 → 3,88 → 3,75: falling 0,13 points, −3,35%; mean 3,86.
        let t = tren(
            "t",
            &[
                (2021, d("3.94"), None),
                (2022, d("3.88"), Some(d("124.36"))),
                (2023, d("3.75"), Some(d("119.81"))),
            ],
            2,
        )
        .unwrap();
        assert_eq!(t.arah, Arah::Turun);
        assert_eq!(t.selisih.terbit, d("-0.13"));
        assert_eq!(t.persen.unwrap().terbit, d("-3.35"));
        assert_eq!(t.selisih_capaian.unwrap().terbit, d("-4.55"));
        assert_eq!(t.rata_rata.terbit, d("3.86"));
    }

    #[test]
    fn one_year_has_no_trend() {
        assert!(tren("t", &[(2023, d("3"), None)], 2).is_none());
    }

    #[test]
    fn parent_unit_comparison() {
        // "lebih besar 0,07 poin atau 101,79%" (Bandung IKM vs Ditjen 3,92).
        let r = Hasil::baru("r", "x", d("3.99"), 2);
        let p = pembanding(
            "p",
            &r,
            "ditjen",
            "Direktorat Jenderal Imigrasi",
            d("3.92"),
            "x",
        );
        assert_eq!(p.selisih.terbit, d("0.07"));
        assert_eq!(p.rasio.unwrap().terbit, d("101.79"));
        assert_eq!(p.arah, Arah::Naik);
    }

    #[test]
    fn medium_term() {
        let r = Hasil::baru("r", "x", d("3.99"), 2);
        let j = jangka_menengah("j", &r, 2024, d("3.30"), "renstra", Polaritas::Maksimal);
        assert_eq!(j.capaian.terbit(), Some(d("120.91")));
    }
}
