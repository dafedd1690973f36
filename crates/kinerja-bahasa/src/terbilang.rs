//! Amounts in words (terbilang), as in Perjanjian Kinerja budgets:
//! 4.663.135.000 → "empat miliar enam ratus enam puluh tiga juta seratus tiga puluh lima ribu".
//!
//! Output is lowercase, words separated by one space, spelled as KBBI does ("miliar", not
//! "milyar"). The "se-" forms are used where Indonesian uses them: sepuluh, sebelas, seratus,
//! seribu (so 1.000 is "seribu", 100.000 "seratus ribu", 21.000 "dua puluh satu ribu"), but
//! "satu juta", "satu miliar", "satu triliun" and up.
//!
//! Scale names, 10³ⁿ (short scale, as KBBI): ribu, juta, miliar, triliun, kuadriliun,
//! kuintiliun, sekstiliun, septiliun, oktiliun, noniliun, desiliun (10³³). Above that the
//! number of desiliun is itself spelled out ("seribu desiliun" = 10³⁶), which covers every
//! `u128` (the largest is "tiga ratus empat puluh ribu dua ratus delapan puluh dua desiliun …").
//!
//! ```
//! use kinerja_bahasa::terbilang::{terbilang, terbilang_rupiah};
//! use rust_decimal::Decimal;
//!
//! assert_eq!(terbilang(1_011_000), "satu juta sebelas ribu");
//! assert_eq!(terbilang_rupiah(Decimal::new(100_005, 2)).unwrap(), "seribu rupiah lima sen");
//! ```

use rust_decimal::Decimal;
use thiserror::Error;

use crate::angka::format_angka;

const SATUAN: [&str; 10] = [
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
];

/// Scale words by power of a thousand: index k names 10^(3k).
const SKALA: [&str; 12] = [
    "",
    "ribu",
    "juta",
    "miliar",
    "triliun",
    "kuadriliun",
    "kuintiliun",
    "sekstiliun",
    "septiliun",
    "oktiliun",
    "noniliun",
    "desiliun",
];

const DESILIUN: u128 = 10u128.pow(33);

/// Spells `n` in Indonesian words, lowercase: 0 → "nol", 1.000 → "seribu",
/// 1.000.000 → "satu juta". Never panics; see the module documentation for scales above 10³³.
///
/// ```
/// use kinerja_bahasa::terbilang;
///
/// assert_eq!(
///     terbilang(4_663_135_000),
///     "empat miliar enam ratus enam puluh tiga juta seratus tiga puluh lima ribu"
/// );
/// assert_eq!(terbilang(1_100), "seribu seratus");
/// assert_eq!(terbilang(1_000_000), "satu juta");
/// ```
#[must_use]
pub fn terbilang(n: u128) -> String {
    if n == 0 {
        return SATUAN[0].to_owned();
    }
    let mut kata = Vec::new();
    tulis(n, &mut kata);
    kata.join(" ")
}

fn tulis(n: u128, kata: &mut Vec<&'static str>) {
    let atas = n / DESILIUN;
    if atas > 0 {
        if atas == 1 {
            kata.push("satu");
        } else {
            tulis(atas, kata);
        }
        kata.push(SKALA[11]);
    }
    let sisa = n % DESILIUN;
    for k in (0..SKALA.len() - 1).rev() {
        let kelompok = (sisa / 1000u128.pow(k as u32) % 1000) as u16;
        if kelompok == 0 {
            continue;
        }
        if k == 1 && kelompok == 1 {
            kata.push("seribu");
            continue;
        }
        ratusan(kelompok, kata);
        if k > 0 {
            kata.push(SKALA[k]);
        }
    }
}

/// Words for 1–999.
fn ratusan(n: u16, kata: &mut Vec<&'static str>) {
    let ratus = usize::from(n / 100);
    let puluhan = usize::from(n % 100);
    match ratus {
        0 => {}
        1 => kata.push("seratus"),
        r => kata.extend([SATUAN[r], "ratus"]),
    }
    match puluhan {
        0 => {}
        1..=9 => kata.push(SATUAN[puluhan]),
        10 => kata.push("sepuluh"),
        11 => kata.push("sebelas"),
        12..=19 => kata.extend([SATUAN[puluhan - 10], "belas"]),
        _ => {
            kata.extend([SATUAN[puluhan / 10], "puluh"]);
            if puluhan % 10 > 0 {
                kata.push(SATUAN[puluhan % 10]);
            }
        }
    }
}

/// Why an amount cannot be written in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum GalatTerbilang {
    /// A negative amount.
    #[error(
        "jumlah {} negatif: terbilang hanya untuk jumlah nol atau lebih",
        tampil(.nilai)
    )]
    Negatif {
        /// The amount given.
        nilai: Decimal,
    },
    /// More than two significant decimals: rupiah only go down to sen.
    #[error(
        "jumlah {} memiliki {desimal} angka desimal: terbilang rupiah hanya sampai sen \
         (dua angka desimal), bulatkan terlebih dahulu",
        tampil(.nilai)
    )]
    TerlaluBanyakDesimal {
        /// The amount given.
        nilai: Decimal,
        /// Its number of significant decimals.
        desimal: u32,
    },
}

fn tampil(nilai: &Decimal) -> String {
    format_angka(*nilai, nilai.scale())
}

/// Spells an amount of money: "… ribu rupiah", with sen when there is a fractional part
/// ("nol rupiah lima puluh sen" for 0,50). Every non-negative `Decimal` with at most two
/// significant decimals is in range (a `Decimal` stays below 10²⁹); trailing zeros do not
/// count (1.500,000 is fine).
///
/// ```
/// use kinerja_bahasa::terbilang_rupiah;
/// use rust_decimal::Decimal;
///
/// assert_eq!(
///     terbilang_rupiah(Decimal::new(4_663_135_000, 0)).unwrap(),
///     "empat miliar enam ratus enam puluh tiga juta seratus tiga puluh lima ribu rupiah"
/// );
/// assert_eq!(
///     terbilang_rupiah(Decimal::new(150_050, 2)).unwrap(),
///     "seribu lima ratus rupiah lima puluh sen"
/// );
/// assert!(terbilang_rupiah(Decimal::new(-1, 0)).is_err());
/// ```
///
/// # Errors
/// [`GalatTerbilang::Negatif`] for a negative amount, [`GalatTerbilang::TerlaluBanyakDesimal`]
/// for fractions of a sen (round with [`crate::bulatkan`] first).
pub fn terbilang_rupiah(nilai: Decimal) -> Result<String, GalatTerbilang> {
    if nilai.is_sign_negative() && !nilai.is_zero() {
        return Err(GalatTerbilang::Negatif { nilai });
    }
    let ringkas = nilai.normalize();
    let skala = ringkas.scale();
    if skala > 2 {
        return Err(GalatTerbilang::TerlaluBanyakDesimal {
            nilai,
            desimal: skala,
        });
    }
    let mantissa = ringkas.mantissa().unsigned_abs();
    let pembagi = 10u128.pow(skala);
    let rupiah = mantissa / pembagi;
    let sen = mantissa % pembagi * 10u128.pow(2 - skala);
    let mut hasil = terbilang(rupiah);
    hasil.push_str(" rupiah");
    if sen > 0 {
        hasil.push(' ');
        hasil.push_str(&terbilang(sen));
        hasil.push_str(" sen");
    }
    Ok(hasil)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const KOSAKATA: [&str; 30] = [
        "nol",
        "satu",
        "dua",
        "tiga",
        "empat",
        "lima",
        "enam",
        "tujuh",
        "delapan",
        "sembilan",
        "sepuluh",
        "sebelas",
        "belas",
        "puluh",
        "seratus",
        "ratus",
        "seribu",
        "ribu",
        "juta",
        "miliar",
        "triliun",
        "kuadriliun",
        "kuintiliun",
        "sekstiliun",
        "septiliun",
        "oktiliun",
        "noniliun",
        "desiliun",
        "rupiah",
        "sen",
    ];

    fn nilai_skala(kata: &str) -> Option<u128> {
        SKALA
            .iter()
            .position(|s| !s.is_empty() && *s == kata)
            .map(|k| 1000u128.pow(k as u32))
    }

    /// words → number: the inverse of `terbilang`, written independently of it. Scale words
    /// larger than every scale read so far multiply everything before them ("seribu desiliun").
    fn baca_terbilang(teks: &str) -> Option<u128> {
        if teks == "nol" {
            return Some(0);
        }
        let mut total: u128 = 0;
        let mut skala_terbesar: u128 = 1;
        let mut kelompok: u128 = 0;
        let mut digit_terakhir: Option<u128> = None;
        for kata in teks.split(' ') {
            let digit = SATUAN.iter().position(|s| *s == kata).map(|d| d as u128);
            match (kata, digit) {
                (_, Some(0)) => return None,
                (_, Some(d)) => {
                    kelompok += d;
                    digit_terakhir = Some(d);
                    continue;
                }
                ("sepuluh", _) => kelompok += 10,
                ("sebelas", _) => kelompok += 11,
                ("seratus", _) => kelompok += 100,
                ("belas", _) => kelompok += 10,
                ("puluh", _) => kelompok += digit_terakhir? * 9,
                ("ratus", _) => kelompok += digit_terakhir? * 99,
                ("seribu", _) => {
                    total = total.checked_add(1000)?;
                    skala_terbesar = skala_terbesar.max(1000);
                }
                (_, None) => {
                    let skala = nilai_skala(kata)?;
                    if skala > skala_terbesar {
                        total = total.checked_add(kelompok)?.checked_mul(skala)?;
                        skala_terbesar = skala;
                    } else {
                        total = total.checked_add(kelompok.checked_mul(skala)?)?;
                    }
                    kelompok = 0;
                }
            }
            digit_terakhir = None;
        }
        total.checked_add(kelompok)
    }

    /// The "se-" rules, checked on the word sequence.
    fn bentuk_se_benar(teks: &str) -> bool {
        let kata: Vec<&str> = teks.split(' ').collect();
        let awal_kelompok =
            |i: usize| i == 0 || kata[i - 1] == "seribu" || nilai_skala(kata[i - 1]).is_some();
        kata.iter().enumerate().all(|(i, k)| match *k {
            "satu" => match kata.get(i + 1).copied() {
                Some("ratus" | "puluh" | "belas") => false,
                // "satu ribu" only ends a larger group: dua puluh satu ribu, seratus satu ribu.
                Some("ribu") => !awal_kelompok(i),
                _ => true,
            },
            // "seribu" is a whole group by itself.
            "seribu" => awal_kelompok(i),
            _ => true,
        })
    }

    #[test]
    fn contoh_pk() {
        // lakip-2022-kanim-kotabumi.txt L273 (the report spells "milyar"; KBBI: "miliar").
        assert_eq!(
            terbilang(4_663_135_000),
            "empat miliar enam ratus enam puluh tiga juta seratus tiga puluh lima ribu"
        );
        assert_eq!(
            terbilang_rupiah(Decimal::new(4_663_135_000, 0)).unwrap(),
            "empat miliar enam ratus enam puluh tiga juta seratus tiga puluh lima ribu rupiah"
        );
    }

    #[test]
    fn bentuk_se() {
        let cek = |n: u128, s: &str| assert_eq!(terbilang(n), s, "{n}");
        cek(0, "nol");
        cek(1, "satu");
        cek(10, "sepuluh");
        cek(11, "sebelas");
        cek(12, "dua belas");
        cek(19, "sembilan belas");
        cek(20, "dua puluh");
        cek(21, "dua puluh satu");
        cek(100, "seratus");
        cek(101, "seratus satu");
        cek(110, "seratus sepuluh");
        cek(111, "seratus sebelas");
        cek(999, "sembilan ratus sembilan puluh sembilan");
        cek(1_000, "seribu");
        cek(1_001, "seribu satu");
        cek(1_111, "seribu seratus sebelas");
        cek(2_000, "dua ribu");
        cek(11_000, "sebelas ribu");
        cek(21_000, "dua puluh satu ribu");
        cek(100_000, "seratus ribu");
        cek(101_000, "seratus satu ribu");
        cek(1_000_000, "satu juta");
        cek(1_001_000, "satu juta seribu");
        cek(1_000_000_000, "satu miliar");
        cek(1_000_000_000_000, "satu triliun");
        cek(10u128.pow(15), "satu kuadriliun");
        cek(10u128.pow(18), "satu kuintiliun");
        cek(10u128.pow(33), "satu desiliun");
        cek(10u128.pow(36), "seribu desiliun");
        cek(2 * 10u128.pow(36), "dua ribu desiliun");
        cek(
            u128::from(u64::MAX),
            "delapan belas kuintiliun empat ratus empat puluh enam kuadriliun tujuh ratus empat \
             puluh empat triliun tujuh puluh tiga miliar tujuh ratus sembilan juta lima ratus \
             lima puluh satu ribu enam ratus lima belas",
        );
    }

    #[test]
    fn u128_maksimum() {
        let kata = terbilang(u128::MAX);
        assert!(kata.starts_with(
            "tiga ratus empat puluh ribu dua ratus delapan puluh dua desiliun tiga ratus enam \
             puluh enam noniliun"
        ));
        assert_eq!(baca_terbilang(&kata), Some(u128::MAX));
    }

    #[test]
    fn rupiah_dan_sen() {
        let cek = |nilai: &str, s: &str| {
            assert_eq!(
                terbilang_rupiah(nilai.parse().unwrap()).unwrap(),
                s,
                "{nilai}"
            );
        };
        cek("0", "nol rupiah");
        cek("0.5", "nol rupiah lima puluh sen");
        cek("0.05", "nol rupiah lima sen");
        cek("1000.10", "seribu rupiah sepuluh sen");
        cek("1500.000", "seribu lima ratus rupiah");
        cek("-0", "nol rupiah");
        cek(
            "20578348000",
            "dua puluh miliar lima ratus tujuh puluh delapan juta tiga ratus \
             empat puluh delapan ribu rupiah",
        );
        let maks = terbilang_rupiah(Decimal::MAX).unwrap();
        assert!(maks.starts_with("tujuh puluh sembilan oktiliun"));
    }

    #[test]
    fn rupiah_menolak() {
        let g = terbilang_rupiah(Decimal::new(-150, 2)).unwrap_err();
        assert_eq!(
            g.to_string(),
            "jumlah -1,50 negatif: terbilang hanya untuk jumlah nol atau lebih"
        );
        let g = terbilang_rupiah(Decimal::new(1_005, 3)).unwrap_err();
        assert_eq!(
            g,
            GalatTerbilang::TerlaluBanyakDesimal {
                nilai: Decimal::new(1_005, 3),
                desimal: 3
            }
        );
        assert_eq!(
            g.to_string(),
            "jumlah 1,005 memiliki 3 angka desimal: terbilang rupiah hanya sampai sen \
             (dua angka desimal), bulatkan terlebih dahulu"
        );
    }

    #[test]
    fn pembaca_menolak_yang_bukan_terbilang() {
        assert_eq!(baca_terbilang("dua puluh satu ribu"), Some(21_000));
        assert_eq!(baca_terbilang("seribu desiliun"), Some(10u128.pow(36)));
        assert_eq!(baca_terbilang("milyar"), None);
        assert!(!bentuk_se_benar("satu ratus"));
        assert!(!bentuk_se_benar("satu ribu"));
        assert!(!bentuk_se_benar("dua juta satu ribu"));
        assert!(!bentuk_se_benar("dua seribu"));
        assert!(bentuk_se_benar("dua puluh satu ribu"));
        assert!(bentuk_se_benar("satu juta seribu"));
    }

    proptest! {
        #[test]
        fn terbilang_dibaca_kembali(n in any::<u64>()) {
            let kata = terbilang(u128::from(n));
            prop_assert!(kata.split(' ').all(|k| !k.is_empty() && KOSAKATA.contains(&k)), "{}", kata);
            prop_assert!(bentuk_se_benar(&kata), "{}", kata);
            prop_assert_eq!(baca_terbilang(&kata), Some(u128::from(n)), "{}", kata);
        }

        #[test]
        fn terbilang_u128_dibaca_kembali(n in any::<u128>()) {
            let kata = terbilang(n);
            prop_assert!(kata.split(' ').all(|k| KOSAKATA.contains(&k)));
            prop_assert_eq!(baca_terbilang(&kata), Some(n), "{}", kata);
        }

        #[test]
        fn rupiah_dengan_sen(rupiah in any::<u64>(), sen in 0u32..100) {
            let nilai = Decimal::from(rupiah) + Decimal::new(i64::from(sen), 2);
            let kata = terbilang_rupiah(nilai).unwrap();
            let (depan, belakang) = kata.split_once(" rupiah").unwrap();
            prop_assert_eq!(baca_terbilang(depan), Some(u128::from(rupiah)));
            if sen == 0 {
                prop_assert_eq!(belakang, "");
            } else {
                let sen_kata = belakang.trim_start().strip_suffix(" sen").unwrap();
                prop_assert_eq!(baca_terbilang(sen_kata), Some(u128::from(sen)));
            }
        }
    }
}
