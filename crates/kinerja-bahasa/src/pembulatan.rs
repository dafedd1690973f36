//! The one rounding rule of kinerja: half away from zero, to a fixed number of decimals.
//!
//! Every published figure (indices at 2 decimals, capaian at 2 decimals, rupiah at 0 or 2)
//! goes through [`bulatkan`], so a figure computed in two places is rounded the same way.
//!
//! ```
//! use kinerja_bahasa::pembulatan::{bulatkan, bulatkan_ke_atas};
//! use rust_decimal::Decimal;
//!
//! assert_eq!(bulatkan(Decimal::new(12276923, 5), 2).to_string(), "122.77");
//! assert_eq!(bulatkan_ke_atas(Decimal::new(2777, 1)), Decimal::new(278, 0));
//! ```

use rust_decimal::{Decimal, RoundingStrategy};

/// The largest scale a [`Decimal`] can carry; larger requests are treated as this.
pub const DESIMAL_MAKSIMUM: u32 = 28;

/// Rounds `nilai` to `desimal` decimals, half away from zero (3,995 → 4,00; −3,995 → −4,00).
///
/// The result has scale exactly `desimal`, so it formats with trailing zeros (4 → `4,00`).
/// Two limits of [`Decimal`] apply, neither of which panics: `desimal` above
/// [`DESIMAL_MAKSIMUM`] is treated as 28, and a value too large to carry that many zeros keeps
/// the largest scale that fits (only near `Decimal::MAX`). A result of zero is never negative.
///
/// ```
/// use kinerja_bahasa::bulatkan;
/// use rust_decimal::Decimal;
///
/// let ikm = Decimal::new(398712, 5); // 3,98712
/// assert_eq!(bulatkan(ikm, 2).to_string(), "3.99");
/// assert_eq!(bulatkan(Decimal::new(4, 0), 2).to_string(), "4.00");
/// assert_eq!(bulatkan(Decimal::new(-12345, 4), 3).to_string(), "-1.235");
/// ```
#[must_use]
pub fn bulatkan(nilai: Decimal, desimal: u32) -> Decimal {
    let desimal = desimal.min(DESIMAL_MAKSIMUM);
    let mut hasil = nilai.round_dp_with_strategy(desimal, RoundingStrategy::MidpointAwayFromZero);
    hasil.rescale(desimal);
    tanpa_nol_negatif(hasil)
}

/// Rounds `nilai` up to the next integer (ceiling), e.g. the Krejcie–Morgan sample size
/// 277,74 → 278. Negative values go towards zero (−2,5 → −2). The result has scale 0.
///
/// ```
/// use kinerja_bahasa::bulatkan_ke_atas;
/// use rust_decimal::Decimal;
///
/// assert_eq!(bulatkan_ke_atas(Decimal::new(27774, 2)), Decimal::new(278, 0));
/// assert_eq!(bulatkan_ke_atas(Decimal::new(80, 0)), Decimal::new(80, 0));
/// ```
#[must_use]
pub fn bulatkan_ke_atas(nilai: Decimal) -> Decimal {
    let mut hasil = nilai.ceil();
    hasil.rescale(0);
    tanpa_nol_negatif(hasil)
}

/// `Decimal` keeps the sign of a zero (−0,001 rounds to −0,00); a report must never print it.
fn tanpa_nol_negatif(mut nilai: Decimal) -> Decimal {
    if nilai.is_zero() {
        nilai.set_sign_positive(true);
    }
    nilai
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn setengah_menjauhi_nol() {
        assert_eq!(bulatkan(d("2.5"), 0).to_string(), "3");
        assert_eq!(bulatkan(d("-2.5"), 0).to_string(), "-3");
        assert_eq!(bulatkan(d("3.995"), 2).to_string(), "4.00");
        assert_eq!(bulatkan(d("-3.995"), 2).to_string(), "-4.00");
        assert_eq!(bulatkan(d("122.765"), 2).to_string(), "122.77");
        assert_eq!(bulatkan(d("122.7649"), 2).to_string(), "122.76");
    }

    #[test]
    fn contoh_bandung_ikm() {
        // SAKIP.md §5.1: 3,98712 is published as 3,99; capaian 3,99 / 3,25 = 122,77%.
        let realisasi = bulatkan(d("3.98712"), 2);
        assert_eq!(realisasi, d("3.99"));
        let capaian = bulatkan(realisasi / d("3.25") * d("100"), 2);
        assert_eq!(capaian.to_string(), "122.77");
    }

    #[test]
    fn skala_tepat() {
        assert_eq!(bulatkan(d("4"), 2).to_string(), "4.00");
        assert_eq!(bulatkan(d("4.1"), 3).scale(), 3);
        assert_eq!(bulatkan(d("1.23456"), 0).scale(), 0);
    }

    #[test]
    fn nol_tidak_negatif() {
        let hasil = bulatkan(d("-0.001"), 2);
        assert!(hasil.is_zero());
        assert!(hasil.is_sign_positive());
        assert!(bulatkan_ke_atas(d("-0.5")).is_sign_positive());
    }

    #[test]
    fn batas_decimal_tidak_panik() {
        assert_eq!(bulatkan(Decimal::MAX, 2), Decimal::MAX);
        assert_eq!(bulatkan(Decimal::MIN, 5), Decimal::MIN);
        assert_eq!(bulatkan(d("1.5"), u32::MAX).scale(), DESIMAL_MAKSIMUM);
        assert_eq!(bulatkan_ke_atas(Decimal::MAX), Decimal::MAX);
        assert_eq!(bulatkan_ke_atas(Decimal::MIN), Decimal::MIN);
    }

    #[test]
    fn ke_atas_krejcie_morgan() {
        assert_eq!(bulatkan_ke_atas(d("79.5")), d("80"));
        assert_eq!(bulatkan_ke_atas(d("277.7")), d("278"));
        assert_eq!(bulatkan_ke_atas(d("384")), d("384"));
        assert_eq!(bulatkan_ke_atas(d("383.0000001")), d("384"));
        assert_eq!(bulatkan_ke_atas(d("-2.5")), d("-2"));
        assert_eq!(bulatkan_ke_atas(d("12.25")).scale(), 0);
    }

    fn decimal_acak() -> impl Strategy<Value = Decimal> {
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28,
        )
            .prop_map(|(lo, mid, hi, neg, skala)| Decimal::from_parts(lo, mid, hi, neg, skala))
    }

    proptest! {
        #[test]
        fn bulatkan_dekat_dan_berskala(x in decimal_acak(), desimal in 0u32..=6) {
            let hasil = bulatkan(x, desimal);
            // Within half a unit of the last place kept.
            let satuan = Decimal::new(1, desimal);
            prop_assert!((hasil - x).abs() * Decimal::TWO <= satuan);
            prop_assert!(hasil.scale() <= desimal);
            if x.abs() < Decimal::from(1_000_000_000_000_000_i64) {
                prop_assert_eq!(hasil.scale(), desimal);
            }
            // Idempotent, and symmetric around zero.
            prop_assert_eq!(bulatkan(hasil, desimal), hasil);
            prop_assert_eq!(bulatkan(-x, desimal), -hasil);
        }

        #[test]
        fn ke_atas_bilangan_bulat_terkecil(x in decimal_acak()) {
            let hasil = bulatkan_ke_atas(x);
            prop_assert!(hasil >= x);
            prop_assert!(hasil - x < Decimal::ONE);
            prop_assert_eq!(hasil.scale(), 0);
        }
    }
}
