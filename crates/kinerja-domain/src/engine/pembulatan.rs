//! The rounding boundaries of SAKIP.md, in one place.
//!
//! Values stay exact through every intermediate step. They are rounded (half away from zero)
//! only where a figure is published: a realisation at its indicator's precision, a capaian or
//! a percentage at 2 decimals, an index at 2 decimals. A published figure that feeds another
//! (capaian from the published realisation) is used at its published value — the rule verified
//! on every seed (SAKIP.md §5.1).

use rust_decimal::Decimal;

/// Decimals of a capaian and of every percentage (budget, PNBP, ratios).
pub const PRESISI_PERSEN: u32 = 2;
/// Decimals of a published index (IKM, IPK, IKI on the 1–4 scale) and of its unsur values.
pub const PRESISI_INDEKS: u32 = 2;
/// Decimals of a rupiah amount.
pub const PRESISI_RUPIAH: u32 = 0;
/// Decimals of SMART and IKPA values.
pub const PRESISI_NILAI: u32 = 2;

/// Rounds half away from zero to `presisi` decimals; the only rounding the engine does.
pub fn bulatkan(nilai: Decimal, presisi: u32) -> Decimal {
    kinerja_bahasa::bulatkan(nilai, presisi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_away_from_zero() {
        assert_eq!(bulatkan(Decimal::new(124375, 3), 2), Decimal::new(12438, 2));
        assert_eq!(
            bulatkan(Decimal::new(-124375, 3), 2),
            Decimal::new(-12438, 2)
        );
        assert_eq!(bulatkan(Decimal::new(398712, 5), 2), Decimal::new(399, 2));
    }
}
