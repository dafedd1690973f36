//! Capaian (achievement) of an indicator: realisation against target, SAKIP.md §5.1.
//!
//! - Higher is better: `capaian = realisasi ÷ target × 100%`.
//! - Lower is better (PermenPANRB 8/2021): `capaian = (1 + (1 − realisasi ÷ target)) × 100%`.
//! - Range target: against the upper bound when exceeded, the lower bound when missed, 100%
//!   inside the range.
//! - The realisation enters at its published precision; capaian is published with 2 decimals.
//! - An optional per-indicator cap limits the published capaian, and says so.
//! - Target 0 makes capaian undefined (never 100% or 0%).

use rust_decimal::Decimal;
use serde::Serialize;

use super::hasil::Hasil;
use super::pembulatan::PRESISI_PERSEN;
use super::teks;
use crate::model::{Polaritas, Rentang};

/// Why a capaian cannot be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlasanTidakTerdefinisi {
    /// The target is 0: any ratio to it is undefined.
    TargetNol,
    /// The indicator has no target.
    TanpaTarget,
    /// No realisation has been entered yet.
    BelumAdaRealisasi,
    /// A ratio of 0 ÷ 0 cases: nothing to handle, so nothing to achieve.
    TidakAdaKasus,
}

impl AlasanTidakTerdefinisi {
    /// The reason as the report states it.
    pub fn teks(self) -> &'static str {
        match self {
            Self::TargetNol => "target bernilai 0 sehingga capaian tidak dapat dihitung",
            Self::TanpaTarget => "target belum ditetapkan",
            Self::BelumAdaRealisasi => "data realisasi belum tersedia",
            Self::TidakAdaKasus => {
                "tidak ada kasus pada periode ini (0 ÷ 0), sehingga capaian tidak dihitung \
                 dan tidak diikutkan dalam rata-rata"
            }
        }
    }
}

/// The capaian of an indicator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Capaian {
    /// Computed.
    Ada {
        /// The value, in percent.
        hasil: Hasil,
        /// Whether the per-indicator cap lowered it.
        dibatasi: bool,
    },
    /// Not computable, and why.
    TidakTerdefinisi {
        /// Why.
        alasan: AlasanTidakTerdefinisi,
    },
}

impl Capaian {
    /// The computed value, if any.
    pub fn hasil(&self) -> Option<&Hasil> {
        match self {
            Capaian::Ada { hasil, .. } => Some(hasil),
            Capaian::TidakTerdefinisi { .. } => None,
        }
    }

    /// The published capaian, if any.
    pub fn terbit(&self) -> Option<Decimal> {
        self.hasil().map(|h| h.terbit)
    }

    /// Whether the target is met (published capaian ≥ 100%); `None` when not computable.
    pub fn tercapai(&self) -> Option<bool> {
        self.terbit().map(|c| c >= Decimal::ONE_HUNDRED)
    }
}

/// The target side of a capaian computation.
#[derive(Clone, Copy, Debug)]
pub enum Target {
    /// A single value.
    Nilai(Decimal),
    /// A range.
    Rentang(Rentang),
}

/// Computes the capaian of `realisasi` (already at its published precision) against `target`.
///
/// `id` names the result; `path_target` is where the target sits in the dataset.
pub fn hitung(
    id: &str,
    realisasi: &Hasil,
    target: Target,
    path_target: &str,
    polaritas: Polaritas,
    batas: Option<Decimal>,
) -> Capaian {
    let r = realisasi.terbit;
    let presisi_r = realisasi.presisi;
    let (nilai, rumus, substitusi, t_dipakai) = match target {
        Target::Nilai(t) => {
            if t.is_zero() {
                return Capaian::TidakTerdefinisi {
                    alasan: AlasanTidakTerdefinisi::TargetNol,
                };
            }
            match polaritas {
                Polaritas::Maksimal => (
                    r / t * Decimal::ONE_HUNDRED,
                    "realisasi ÷ target × 100%",
                    format!(
                        "{} ÷ {} × 100%",
                        teks::angka(r, presisi_r),
                        teks::apa_adanya(t)
                    ),
                    t,
                ),
                Polaritas::Minimal => (
                    (Decimal::TWO - r / t) * Decimal::ONE_HUNDRED,
                    "(1 + (1 − realisasi ÷ target)) × 100%",
                    format!(
                        "(1 + (1 − {} ÷ {})) × 100%",
                        teks::angka(r, presisi_r),
                        teks::apa_adanya(t)
                    ),
                    t,
                ),
            }
        }
        Target::Rentang(rg) => {
            let (bawah, atas) = (rg.bawah.0, rg.atas.0);
            if r > atas || r < bawah {
                let batas_dipakai = if r > atas { atas } else { bawah };
                if batas_dipakai.is_zero() {
                    return Capaian::TidakTerdefinisi {
                        alasan: AlasanTidakTerdefinisi::TargetNol,
                    };
                }
                (
                    r / batas_dipakai * Decimal::ONE_HUNDRED,
                    if r > atas {
                        "realisasi ÷ batas atas target × 100%"
                    } else {
                        "realisasi ÷ batas bawah target × 100%"
                    },
                    format!(
                        "{} ÷ {} × 100%",
                        teks::angka(r, presisi_r),
                        teks::apa_adanya(batas_dipakai)
                    ),
                    batas_dipakai,
                )
            } else {
                (
                    Decimal::ONE_HUNDRED,
                    "realisasi berada dalam rentang target = 100%",
                    format!(
                        "{} dalam rentang {}–{}",
                        teks::angka(r, presisi_r),
                        teks::apa_adanya(bawah),
                        teks::apa_adanya(atas)
                    ),
                    bawah,
                )
            }
        }
    };

    let mut hasil = Hasil::baru(id, rumus, nilai, PRESISI_PERSEN)
        .dari("realisasi", realisasi)
        .data("target", t_dipakai, path_target);
    let mut dibatasi = false;
    if let Some(cap) = batas
        && hasil.terbit > cap
    {
        let asli = hasil.terbit;
        hasil = hasil.catatan(format!(
            "capaian {} dibatasi {} sesuai ketentuan indikator",
            teks::persen(asli),
            teks::persen(cap)
        ));
        hasil.nilai = cap;
        hasil.terbit = super::pembulatan::bulatkan(cap, PRESISI_PERSEN);
        dibatasi = true;
    }
    hasil.substitusi = format!("{substitusi} = {}", teks::persen(hasil.terbit));
    Capaian::Ada { hasil, dibatasi }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Angka;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn realisasi(v: &str) -> Hasil {
        Hasil::dari_data("r", "realisasi", d(v), 2, "indikator[0].realisasi".into())
    }

    fn capaian(r: &str, t: &str, pol: Polaritas, cap: Option<&str>) -> Capaian {
        hitung(
            "c",
            &realisasi(r),
            Target::Nilai(d(t)),
            "indikator[0].target",
            pol,
            cap.map(d),
        )
    }

    #[test]
    fn higher_is_better_uses_published_realisation() {
        // Bandung IKM: exact 3,98712 → published 3,99 → 122,77% (not 122,68%).
        let r = Hasil::baru("r", "x", d("3.98712"), 2);
        let c = hitung(
            "c",
            &r,
            Target::Nilai(d("3.25")),
            "t",
            Polaritas::Maksimal,
            None,
        );
        assert_eq!(c.terbit(), Some(d("122.77")));
        assert_eq!(c.tercapai(), Some(true));
        assert_eq!(
            c.hasil().unwrap().substitusi,
            "3,99 ÷ 3,25 × 100% = 122,77%"
        );
    }

    #[test]
    fn lower_is_better() {
        // 8 incidents against a target of at most 10: (1 + (1 − 0,8)) × 100% = 120%.
        let c = capaian("8", "10", Polaritas::Minimal, None);
        assert_eq!(c.terbit(), Some(d("120.00")));
        let c = capaian("12", "10", Polaritas::Minimal, None);
        assert_eq!(c.terbit(), Some(d("80.00")));
        assert_eq!(c.tercapai(), Some(false));
    }

    #[test]
    fn cap_limits_and_says_so() {
        let c = capaian("7626", "2000", Polaritas::Maksimal, Some("100"));
        match &c {
            Capaian::Ada { hasil, dibatasi } => {
                assert!(dibatasi);
                assert_eq!(hasil.terbit, d("100.00"));
                assert!(hasil.catatan[0].contains("381,30%"), "{:?}", hasil.catatan);
            }
            other => panic!("{other:?}"),
        }
        // Without a cap the true value stands (Kotabumi printed 100 for 381,30%).
        assert_eq!(
            capaian("7626", "2000", Polaritas::Maksimal, None).terbit(),
            Some(d("381.30"))
        );
    }

    #[test]
    fn target_zero_is_undefined() {
        let c = capaian("5", "0", Polaritas::Maksimal, None);
        assert_eq!(
            c,
            Capaian::TidakTerdefinisi {
                alasan: AlasanTidakTerdefinisi::TargetNol
            }
        );
        assert_eq!(c.tercapai(), None);
    }

    #[test]
    fn range_targets() {
        let rg = Rentang {
            bawah: Angka(d("80")),
            atas: Angka(d("90")),
        };
        let within = hitung(
            "c",
            &realisasi("85"),
            Target::Rentang(rg),
            "t",
            Polaritas::Maksimal,
            None,
        );
        assert_eq!(within.terbit(), Some(d("100.00")));
        let above = hitung(
            "c",
            &realisasi("99"),
            Target::Rentang(rg),
            "t",
            Polaritas::Maksimal,
            None,
        );
        assert_eq!(above.terbit(), Some(d("110.00")));
        let below = hitung(
            "c",
            &realisasi("72"),
            Target::Rentang(rg),
            "t",
            Polaritas::Maksimal,
            None,
        );
        assert_eq!(below.terbit(), Some(d("90.00")));
    }

    #[test]
    fn seed_capaian_figures() {
        for (r, t, c) in [
            ("3.99", "3.25", "122.77"),
            ("3.75", "3.13", "119.81"),
            ("3.99", "3.13", "127.48"),
            ("3.78", "3.13", "120.77"),
            ("4.00", "3.13", "127.80"),
            ("3.98", "3.20", "124.38"), // Bandung printed 124,375%
            ("7", "12", "58.33"),       // Kotabumi printed 57.52
            ("6", "7", "85.71"),        // Kotabumi printed 85.95
        ] {
            assert_eq!(
                capaian(r, t, Polaritas::Maksimal, None).terbit(),
                Some(d(c)),
                "{r}/{t}"
            );
        }
    }
}
