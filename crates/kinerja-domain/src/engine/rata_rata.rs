//! Averages of capaian (SAKIP.md §5.1): a sasaran's capaian is the mean of its indicators'
//! published capaian; the overall figure is the mean of all indicators or the mean of the
//! sasaran means, by the dataset's setting. Indicators without a capaian (target 0, no cases,
//! no data) are left out, and the result says so.

use rust_decimal::Decimal;

use super::hasil::Hasil;
use super::pembulatan::PRESISI_PERSEN;
use super::teks;

/// The mean of published capaian values; `None` when there are none.
pub fn rata_rata(
    id: &str,
    rumus: &str,
    bagian: &[&Hasil],
    dikecualikan: &[String],
) -> Option<Hasil> {
    if bagian.is_empty() {
        return None;
    }
    let jumlah: Decimal = bagian.iter().map(|h| h.terbit).sum();
    let mut h = Hasil::baru(
        id,
        rumus,
        jumlah / Decimal::from(bagian.len()),
        PRESISI_PERSEN,
    );
    for b in bagian {
        h = h.dari(b.id.clone(), b);
    }
    let suku: Vec<String> = bagian.iter().map(|b| teks::persen(b.terbit)).collect();
    h.substitusi = format!(
        "({}) ÷ {} = {}",
        suku.join(" + "),
        bagian.len(),
        teks::persen(h.terbit)
    );
    for k in dikecualikan {
        h.catatan.push(format!(
            "{k} tidak diikutkan karena capaiannya tidak dapat dihitung"
        ));
    }
    Some(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bandung 2023: (122,77% + 119,81% + 127,48%) ÷ 3 = 123,35%.
    #[test]
    fn bandung_overall() {
        let v: Vec<Hasil> = ["122.77", "119.81", "127.48"]
            .iter()
            .map(|s| Hasil::baru("c", "x", s.parse().unwrap(), 2))
            .collect();
        let refs: Vec<&Hasil> = v.iter().collect();
        let h = rata_rata("r", "mean", &refs, &[]).unwrap();
        assert_eq!(h.terbit, "123.35".parse().unwrap());
        assert_eq!(h.substitusi, "(122,77% + 119,81% + 127,48%) ÷ 3 = 123,35%");
    }

    #[test]
    fn empty_has_no_mean() {
        assert!(rata_rata("r", "x", &[], &[]).is_none());
    }
}
