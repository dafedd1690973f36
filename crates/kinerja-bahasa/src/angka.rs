//! Numbers as Indonesian reports write them: `1.234.567,89`, `Rp 1.234.567`, `122,77%`,
//! formatted one way and read in every way met in practice (Indonesian style, US style from
//! pasted spreadsheets, no separators at all).
//!
//! Reading a number with separators can be ambiguous: `1.234` is 1234 in Indonesian style and
//! 1,234 in US style. Indonesian thousands groups always have three digits and never start a
//! number with `0.`, which settles most cases (`57.52` and `0.75` can only be US, `3,99` only
//! Indonesian, `1,147,335,000` only US). When both readings remain valid with different values,
//! the Indonesian one is taken and [`AngkaTerbaca::ambigu`] is set, so a checker can say so.
//!
//! ```
//! use kinerja_bahasa::angka::{baca_angka, cari_angka, format_angka, GayaAngka};
//! use rust_decimal::Decimal;
//!
//! let teks = format_angka(Decimal::new(-123456789, 2), 2);
//! assert_eq!(teks, "-1.234.567,89");
//! assert_eq!(baca_angka(&teks).unwrap().nilai, Decimal::new(-123456789, 2));
//! assert_eq!(baca_angka("1,147,335,000").unwrap().gaya, GayaAngka::Amerika);
//! let ditemukan = cari_angka("(3,98 * 31) dan 2020-2024");
//! assert_eq!(ditemukan.len(), 4);
//! ```

use rust_decimal::Decimal;
use thiserror::Error;

use crate::pembulatan::{DESIMAL_MAKSIMUM, bulatkan};

/// The writing style a number was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GayaAngka {
    /// Dot for thousands, comma for decimals: `1.234.567,89`, `3,99`, `1674,59`.
    Indonesia,
    /// Comma for thousands, dot for decimals: `1,147,335,000`, `57.52`.
    Amerika,
    /// Digits only, no separator: `1234`, `3`, `05`.
    Polos,
}

impl std::fmt::Display for GayaAngka {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Indonesia => "gaya Indonesia (titik pemisah ribuan, koma desimal)",
            Self::Amerika => "gaya Amerika (koma pemisah ribuan, titik desimal)",
            Self::Polos => "tanpa pemisah",
        })
    }
}

/// A number read from text, with how it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AngkaTerbaca {
    /// The value. Its scale is the number of decimals written (`3,90` → 3.90), except that
    /// trailing decimal zeros beyond what a [`Decimal`] can carry are dropped.
    pub nilai: Decimal,
    /// The style the number was read in (the Indonesian one when [`Self::ambigu`]).
    pub gaya: GayaAngka,
    /// The text is valid in both styles with different values (`1.234`, `1,234`, `3.532`);
    /// the Indonesian reading was taken.
    pub ambigu: bool,
    /// Number of decimals as written (`3,90` → 2, `1.234` → 0).
    pub desimal: u32,
}

/// A number found in running text by [`cari_angka`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AngkaDalamTeks {
    /// Byte offset where the number starts, including a sign and an `Rp` prefix.
    pub mulai: usize,
    /// Byte offset just past the number, including a `,-` suffix or a `%` / `persen` sign.
    pub selesai: usize,
    /// The number read.
    pub angka: AngkaTerbaca,
    /// Written as money: `Rp` prefix or `,-` / `.-` suffix.
    pub rupiah: bool,
    /// Followed by `%` or the word `persen`.
    pub persen: bool,
}

/// Why a text is not a number. Every variant carries the byte offset where reading failed
/// (see [`GalatAngka::posisi`]); messages are in Bahasa Indonesia.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum GalatAngka {
    /// Empty or whitespace only.
    #[error("teks kosong: diharapkan sebuah angka")]
    Kosong {
        /// Byte offset (0).
        posisi: usize,
    },
    /// A character that cannot appear there.
    #[error("karakter '{karakter}' tidak sah pada posisi {posisi}: diharapkan {harapan}")]
    KarakterTidakSah {
        /// Byte offset of the character.
        posisi: usize,
        /// The character found.
        karakter: char,
        /// What was expected instead.
        harapan: &'static str,
    },
    /// The text stops before the number is complete.
    #[error("teks berakhir pada posisi {posisi}: diharapkan {harapan}")]
    TidakLengkap {
        /// Byte offset of the end.
        posisi: usize,
        /// What was expected there.
        harapan: &'static str,
    },
    /// Digits and separators in an order valid in neither style.
    #[error("susunan angka tidak sah pada posisi {posisi}: {alasan}")]
    SusunanTidakSah {
        /// Byte offset of the offending digit or separator.
        posisi: usize,
        /// What is wrong, and what was expected.
        alasan: &'static str,
    },
    /// More significant digits than a [`Decimal`] holds (about 7,9 × 10²⁸).
    #[error("angka terlalu besar pada posisi {posisi}: paling banyak 28 digit bermakna")]
    TerlaluBesar {
        /// Byte offset of the first digit that does not fit.
        posisi: usize,
    },
    /// More than 28 significant decimals.
    #[error("angka pada posisi {posisi} terlalu teliti: paling banyak 28 angka di belakang koma")]
    TerlaluTeliti {
        /// Byte offset of the first decimal that does not fit.
        posisi: usize,
    },
}

impl GalatAngka {
    /// Byte offset in the text given to the reading function where reading failed.
    #[must_use]
    pub fn posisi(&self) -> usize {
        match *self {
            Self::Kosong { posisi }
            | Self::KarakterTidakSah { posisi, .. }
            | Self::TidakLengkap { posisi, .. }
            | Self::SusunanTidakSah { posisi, .. }
            | Self::TerlaluBesar { posisi }
            | Self::TerlaluTeliti { posisi } => posisi,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Formatting

/// Formats `nilai` in Indonesian style with exactly `desimal` decimals: `1.234.567,89`.
///
/// Values with more decimals are rounded with [`bulatkan`] (half away from zero); negative
/// values get a leading `-`, and a value that rounds to zero never shows one. `desimal` above
/// 28 is treated as 28.
///
/// ```
/// use kinerja_bahasa::format_angka;
/// use rust_decimal::Decimal;
///
/// assert_eq!(format_angka(Decimal::new(123456789, 2), 2), "1.234.567,89");
/// assert_eq!(format_angka(Decimal::new(123456789, 2), 0), "1.234.568");
/// assert_eq!(format_angka(Decimal::new(-12345, 1), 2), "-1.234,50");
/// assert_eq!(format_angka(Decimal::new(4, 0), 2), "4,00");
/// ```
#[must_use]
pub fn format_angka(nilai: Decimal, desimal: u32) -> String {
    let mut hasil = String::new();
    tulis_angka(&mut hasil, nilai, desimal);
    hasil
}

/// Formats an amount of money: `Rp 1.234.567`, or `Rp 1.234.567,50` when it has sen
/// (rounded to 2 decimals first). Negative amounts: `-Rp 1.234`.
///
/// ```
/// use kinerja_bahasa::format_rupiah;
/// use rust_decimal::Decimal;
///
/// assert_eq!(format_rupiah(Decimal::new(20578348000, 0)), "Rp 20.578.348.000");
/// assert_eq!(format_rupiah(Decimal::new(123456750, 2)), "Rp 1.234.567,50");
/// assert_eq!(format_rupiah(Decimal::new(-1234, 0)), "-Rp 1.234");
/// ```
#[must_use]
pub fn format_rupiah(nilai: Decimal) -> String {
    let sen = bulatkan(nilai, 2);
    let desimal = if sen.fract().is_zero() { 0 } else { 2 };
    let mut hasil = String::new();
    if sen.is_sign_negative() && !sen.is_zero() {
        hasil.push('-');
    }
    hasil.push_str("Rp ");
    tulis_angka(&mut hasil, sen.abs(), desimal);
    hasil
}

/// Formats a percentage with exactly `desimal` decimals: `122,77%` (no space before `%`).
///
/// ```
/// use kinerja_bahasa::format_persen;
/// use rust_decimal::Decimal;
///
/// assert_eq!(format_persen(Decimal::new(1227692, 4), 2), "122,77%");
/// assert_eq!(format_persen(Decimal::new(100, 0), 2), "100,00%");
/// ```
#[must_use]
pub fn format_persen(nilai: Decimal, desimal: u32) -> String {
    let mut hasil = format_angka(nilai, desimal);
    hasil.push('%');
    hasil
}

fn tulis_angka(keluaran: &mut String, nilai: Decimal, desimal: u32) {
    let desimal = desimal.min(DESIMAL_MAKSIMUM) as usize;
    let nilai = bulatkan(nilai, desimal as u32);
    if nilai.is_sign_negative() && !nilai.is_zero() {
        keluaran.push('-');
    }
    let digit = nilai.mantissa().unsigned_abs().to_string();
    // The scale can be below `desimal` near Decimal::MAX (see `bulatkan`): pad on the right.
    let skala = (nilai.scale() as usize).min(desimal);
    let (bulat, pecahan) = if digit.len() > skala {
        digit.split_at(digit.len() - skala)
    } else {
        ("0", digit.as_str())
    };
    for (i, c) in bulat.chars().enumerate() {
        if i > 0 && (bulat.len() - i) % 3 == 0 {
            keluaran.push('.');
        }
        keluaran.push(c);
    }
    if desimal > 0 {
        keluaran.push(',');
        for _ in pecahan.len()..skala {
            keluaran.push('0');
        }
        keluaran.push_str(pecahan);
        for _ in skala..desimal {
            keluaran.push('0');
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading one number

/// Reads a number written in Indonesian style (`1.234.567,89`, `3,99`), US style
/// (`1,147,335,000`, `57.52`) or without separators (`1234`).
///
/// Leading and trailing whitespace is ignored. A sign may precede the number (`-`, the Unicode
/// minus `−`, or `+`), or the number may be in parentheses for a negative: `(1.234)`.
/// See the module documentation for how the style is decided.
///
/// ```
/// use kinerja_bahasa::{baca_angka, GayaAngka};
/// use rust_decimal::Decimal;
///
/// let a = baca_angka("1.234.567,89").unwrap();
/// assert_eq!((a.nilai, a.gaya, a.ambigu), (Decimal::new(123456789, 2), GayaAngka::Indonesia, false));
/// let b = baca_angka("1.234").unwrap();
/// assert_eq!((b.nilai, b.ambigu), (Decimal::new(1234, 0), true));
/// assert_eq!(baca_angka("57.52").unwrap().gaya, GayaAngka::Amerika);
/// let galat = baca_angka("20.578;348.000").unwrap_err();
/// assert_eq!(galat.posisi(), 6);
/// ```
///
/// # Errors
/// [`GalatAngka`] when the text is empty, has a character other than digits, `.` and `,` in the
/// number, or separators in an order valid in neither style (`1.23.4`, `1,2,3`).
pub fn baca_angka(teks: &str) -> Result<AngkaTerbaca, GalatAngka> {
    baca_dengan(teks, Jenis::Angka)
}

/// Reads an amount of money: `Rp 1.234.567`, `Rp.20.578.348.000,-`, `Rp. 4.526.929.000,-`,
/// `Rp1.234`, `Rp 1,147,335,000,-`, `-Rp 1.234`, or a bare number. The `Rp` prefix is optional
/// and case-insensitive; a trailing `,-` or `.-` is accepted.
///
/// Money never has more than two decimals, so a reading with three decimals gives way to the
/// other style: `Rp 1.234` is 1234 and `Rp 1,234` is 1234, neither ambiguous.
///
/// ```
/// use kinerja_bahasa::baca_rupiah;
/// use rust_decimal::Decimal;
///
/// assert_eq!(baca_rupiah("Rp.20.578.348.000,-").unwrap().nilai, Decimal::new(20578348000, 0));
/// assert_eq!(baca_rupiah("Rp 1,147,335,000,-").unwrap().nilai, Decimal::new(1147335000, 0));
/// assert!(!baca_rupiah("Rp 1,234").unwrap().ambigu);
/// ```
///
/// # Errors
/// As [`baca_angka`], and when nothing follows the `Rp` prefix.
pub fn baca_rupiah(teks: &str) -> Result<AngkaTerbaca, GalatAngka> {
    baca_dengan(teks, Jenis::Rupiah)
}

/// Reads a percentage: `122,77%`, `122,77 %`, `57.52`, `100`, `10 persen`. The `%` sign (or
/// the word `persen`) is optional; the value is the number as written (`122,77%` → 122.77).
///
/// ```
/// use kinerja_bahasa::baca_persen;
/// use rust_decimal::Decimal;
///
/// assert_eq!(baca_persen("122,77 %").unwrap().nilai, Decimal::new(12277, 2));
/// assert_eq!(baca_persen("57.52").unwrap().nilai, Decimal::new(5752, 2));
/// ```
///
/// # Errors
/// As [`baca_angka`].
pub fn baca_persen(teks: &str) -> Result<AngkaTerbaca, GalatAngka> {
    baca_dengan(teks, Jenis::Persen)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Jenis {
    Angka,
    Rupiah,
    Persen,
}

const MINUS_UNICODE: &str = "\u{2212}";

fn baca_dengan(teks: &str, jenis: Jenis) -> Result<AngkaTerbaca, GalatAngka> {
    let b = teks.as_bytes();
    let mut i = teks.len() - teks.trim_start().len();
    let mut j = teks.trim_end().len();
    if i >= j {
        return Err(GalatAngka::Kosong { posisi: 0 });
    }
    let mut negatif = false;
    if b[i] == b'(' {
        if b[j - 1] != b')' {
            return Err(GalatAngka::TidakLengkap {
                posisi: j,
                harapan: "tanda kurung tutup ')'",
            });
        }
        negatif = true;
        i = lewati_spasi_putih(teks, i + 1, j - 1);
        j = potong_spasi_putih_akhir(teks, i, j - 1);
    } else if let Some(n) = panjang_tanda(teks, i, true) {
        negatif = b[i] != b'+';
        i = lewati_spasi_putih(teks, i + n, j);
    }
    let mut harapan_awal = "sebuah angka";
    if jenis == Jenis::Rupiah && awalan_rp(b, i) {
        harapan_awal = "angka setelah \"Rp\"";
        i += 2;
        if i < j && b[i] == b'.' {
            i += 1;
        }
        i = lewati_spasi_putih(teks, i, j);
        if !negatif && let Some(n) = panjang_tanda(teks, i, false) {
            negatif = true;
            i += n;
        }
    }
    match jenis {
        Jenis::Rupiah => {
            if j - i >= 2 && b[j - 1] == b'-' && matches!(b[j - 2], b',' | b'.') {
                j -= 2;
            }
        }
        Jenis::Persen => {
            if b[j - 1] == b'%' {
                j = potong_spasi_putih_akhir(teks, i, j - 1);
            } else if j - i > 6 && b[j - 6..j].eq_ignore_ascii_case(b"persen") {
                j = potong_spasi_putih_akhir(teks, i, j - 6);
            }
        }
        Jenis::Angka => {}
    }
    if i >= j {
        return Err(GalatAngka::TidakLengkap {
            posisi: i,
            harapan: harapan_awal,
        });
    }
    if !b[i].is_ascii_digit() {
        return Err(GalatAngka::KarakterTidakSah {
            posisi: i,
            karakter: char_di(teks, i),
            harapan: harapan_awal,
        });
    }
    if let Some(k) = (i..j).find(|&k| !bagian_angka(b[k])) {
        return Err(GalatAngka::KarakterTidakSah {
            posisi: k,
            karakter: char_di(teks, k),
            harapan: "digit, titik, atau koma",
        });
    }
    let angka = putuskan(&b[i..j], i, jenis == Jenis::Rupiah)?;
    Ok(beri_tanda(angka, negatif))
}

fn beri_tanda(mut angka: AngkaTerbaca, negatif: bool) -> AngkaTerbaca {
    if negatif && !angka.nilai.is_zero() {
        angka.nilai.set_sign_negative(true);
    }
    angka
}

fn char_di(teks: &str, posisi: usize) -> char {
    teks.get(posisi..)
        .and_then(|s| s.chars().next())
        .unwrap_or('\u{FFFD}')
}

fn bagian_angka(c: u8) -> bool {
    c.is_ascii_digit() || pemisah(c)
}

fn pemisah(c: u8) -> bool {
    c == b'.' || c == b','
}

fn awalan_rp(b: &[u8], i: usize) -> bool {
    b.get(i..i + 2)
        .is_some_and(|s| s.eq_ignore_ascii_case(b"rp"))
}

/// Length in bytes of a sign at `i`: `-`, `−`, and `+` when `plus` is allowed.
fn panjang_tanda(teks: &str, i: usize, plus: bool) -> Option<usize> {
    let b = teks.as_bytes();
    match b.get(i)? {
        b'-' => Some(1),
        b'+' if plus => Some(1),
        0xE2 if b[i..].starts_with(MINUS_UNICODE.as_bytes()) => Some(MINUS_UNICODE.len()),
        _ => None,
    }
}

fn lewati_spasi_putih(teks: &str, i: usize, j: usize) -> usize {
    teks.get(i..j)
        .map_or(i, |s| i + (s.len() - s.trim_start().len()))
}

fn potong_spasi_putih_akhir(teks: &str, i: usize, j: usize) -> usize {
    teks.get(i..j).map_or(j, |s| i + s.trim_end().len())
}

/// Largest mantissa a `Decimal` holds: 2⁹⁶ − 1.
const MANTISSA_MAKSIMUM: u128 = (1 << 96) - 1;

#[derive(Clone, Copy)]
struct Tafsiran {
    nilai: Decimal,
    desimal: u32,
}

/// Reads `s` (digits and separators only) with `ribuan` as the thousands separator and `koma`
/// as the decimal one. `awal` is the offset of `s` in the caller's text, for error positions.
fn tafsirkan(s: &[u8], awal: usize, ribuan: u8, koma: u8) -> Result<Tafsiran, GalatAngka> {
    let salah = |posisi: usize, alasan: &'static str| GalatAngka::SusunanTidakSah {
        posisi: awal + posisi,
        alasan,
    };
    let mut mantissa: u128 = 0;
    let mut skala: u32 = 0;
    // Decimal zeros are held back: trailing ones may be dropped if they do not fit.
    let mut nol_tertunda: u32 = 0;
    let mut desimal: u32 = 0;
    let mut di_desimal = false;
    let mut ada_ribuan = false;
    let mut panjang: usize = 0;
    let mut nol_di_depan = false;
    for (i, &c) in s.iter().enumerate() {
        if c.is_ascii_digit() {
            let d = u128::from(c - b'0');
            if di_desimal {
                desimal = desimal.saturating_add(1);
                if d == 0 {
                    nol_tertunda = nol_tertunda.saturating_add(1);
                } else {
                    let langkah = nol_tertunda.saturating_add(1);
                    if skala.saturating_add(langkah) > DESIMAL_MAKSIMUM {
                        return Err(GalatAngka::TerlaluTeliti { posisi: awal + i });
                    }
                    for _ in 0..langkah {
                        mantissa = mantissa.saturating_mul(10);
                    }
                    mantissa = mantissa.saturating_add(d);
                    if mantissa > MANTISSA_MAKSIMUM {
                        return Err(GalatAngka::TerlaluBesar { posisi: awal + i });
                    }
                    skala += langkah;
                    nol_tertunda = 0;
                }
            } else {
                if ada_ribuan && panjang == 3 {
                    return Err(salah(i, "kelompok ribuan harus tepat tiga digit"));
                }
                if !ada_ribuan && panjang == 0 {
                    nol_di_depan = d == 0;
                }
                mantissa = mantissa.saturating_mul(10).saturating_add(d);
                if mantissa > MANTISSA_MAKSIMUM {
                    return Err(GalatAngka::TerlaluBesar { posisi: awal + i });
                }
            }
            panjang += 1;
        } else if c == ribuan || c == koma {
            if di_desimal {
                return Err(salah(
                    i,
                    if c == ribuan {
                        "pemisah ribuan tidak boleh muncul setelah pemisah desimal"
                    } else {
                        "pemisah desimal hanya boleh muncul sekali"
                    },
                ));
            }
            if panjang == 0 {
                return Err(salah(i, "diharapkan digit sebelum pemisah"));
            }
            if ada_ribuan {
                if panjang != 3 {
                    return Err(salah(i, "kelompok ribuan harus tepat tiga digit"));
                }
            } else if c == ribuan {
                if panjang > 3 {
                    return Err(salah(
                        i,
                        "kelompok pertama sebelum pemisah ribuan paling banyak tiga digit",
                    ));
                }
                if nol_di_depan {
                    return Err(salah(0, "angka dengan pemisah ribuan tidak diawali nol"));
                }
            }
            if c == ribuan {
                ada_ribuan = true;
            } else {
                di_desimal = true;
            }
            panjang = 0;
        } else {
            return Err(GalatAngka::KarakterTidakSah {
                posisi: awal + i,
                karakter: char::from(c),
                harapan: "digit, titik, atau koma",
            });
        }
    }
    if panjang == 0 {
        return Err(if s.is_empty() {
            GalatAngka::TidakLengkap {
                posisi: awal,
                harapan: "sebuah angka",
            }
        } else {
            GalatAngka::TidakLengkap {
                posisi: awal + s.len(),
                harapan: "digit setelah pemisah",
            }
        });
    }
    if ada_ribuan && !di_desimal && panjang != 3 {
        return Err(salah(s.len(), "kelompok ribuan harus tepat tiga digit"));
    }
    // Keep the written trailing zeros (3,90 stays 3.90) as far as the Decimal allows.
    while nol_tertunda > 0 && skala < DESIMAL_MAKSIMUM && mantissa * 10 <= MANTISSA_MAKSIMUM {
        mantissa *= 10;
        skala += 1;
        nol_tertunda -= 1;
    }
    let nilai = i128::try_from(mantissa)
        .ok()
        .and_then(|m| Decimal::try_from_i128_with_scale(m, skala).ok())
        .ok_or(GalatAngka::TerlaluBesar { posisi: awal })?;
    Ok(Tafsiran { nilai, desimal })
}

/// Reads `s` in both styles and decides. `rupiah`: a reading with more than two decimals
/// gives way to a valid reading with at most two.
fn putuskan(s: &[u8], awal: usize, rupiah: bool) -> Result<AngkaTerbaca, GalatAngka> {
    let jadi = |t: Tafsiran, gaya, ambigu| AngkaTerbaca {
        nilai: t.nilai,
        gaya,
        ambigu,
        desimal: t.desimal,
    };
    if !s.iter().copied().any(pemisah) {
        return tafsirkan(s, awal, b'.', b',').map(|t| jadi(t, GayaAngka::Polos, false));
    }
    let indonesia = tafsirkan(s, awal, b'.', b',');
    let amerika = tafsirkan(s, awal, b',', b'.');
    match (indonesia, amerika) {
        (Ok(a), Ok(b)) => {
            if rupiah && a.desimal > 2 && b.desimal <= 2 {
                Ok(jadi(b, GayaAngka::Amerika, false))
            } else if rupiah && b.desimal > 2 && a.desimal <= 2 {
                Ok(jadi(a, GayaAngka::Indonesia, false))
            } else {
                Ok(jadi(a, GayaAngka::Indonesia, a.nilai != b.nilai))
            }
        }
        (Ok(a), Err(_)) => Ok(jadi(a, GayaAngka::Indonesia, false)),
        (Err(_), Ok(b)) => Ok(jadi(b, GayaAngka::Amerika, false)),
        // Report the reading that got further; on a tie, the Indonesian one.
        (Err(ea), Err(eb)) => Err(if eb.posisi() > ea.posisi() { eb } else { ea }),
    }
}

// ---------------------------------------------------------------------------------------------
// Finding numbers in text

/// A run of digits and separators longer than this is never split into several numbers
/// (only relevant when the whole run is not one valid number).
const POTONGAN_MAKSIMUM: usize = 64;

/// Finds every number in running text or a table cell, in order, with byte spans.
///
/// - `Rp` / `Rp.` prefixes and `,-` / `.-` suffixes mark money; `%` or the word `persen`
///   after the number marks a percentage. Spans include them and a leading sign.
/// - Separators not followed by a digit are punctuation: `sebesar 3,99, sedangkan` gives 3,99.
/// - A `-` or `−` is a sign only when not preceded by a letter or digit (`2020-2024` is two
///   years). Parentheses are never a negative here: `(3,98 * 31)` gives 3,98 and 31.
/// - Digits glued to a letter are part of a code and skipped (`TW1`, `42T058`, `M2`), and so
///   are digits after `.`, `-` or `/` glued to a letter (`IMI-0229.PR.01.01`, `Covid-19`,
///   `No.82`, `ke-3`).
/// - A run valid in neither style (`2,3,6`) is split greedily into the longest valid numbers
///   (`2,3` and `6`); groups that are not numbers at all (over 28 digits) are skipped.
///
/// Linear in the length of `teks`; allocates only the result.
///
/// ```
/// use kinerja_bahasa::cari_angka;
/// use rust_decimal::Decimal;
///
/// let teks = "sebesar Rp.20.372.405.794,- atau 99,00% dari";
/// let hasil = cari_angka(teks);
/// assert_eq!(hasil.len(), 2);
/// assert_eq!(&teks[hasil[0].mulai..hasil[0].selesai], "Rp.20.372.405.794,-");
/// assert!(hasil[0].rupiah);
/// assert_eq!(hasil[1].angka.nilai, Decimal::new(9900, 2));
/// assert!(hasil[1].persen);
/// ```
#[must_use]
pub fn cari_angka(teks: &str) -> Vec<AngkaDalamTeks> {
    let b = teks.as_bytes();
    let mut hasil = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let calon = c.is_ascii_digit() || matches!(c, b'-' | b'R' | b'r' | 0xE2);
        if !calon {
            i += 1;
            continue;
        }
        i = match awal_angka(teks, i) {
            Some(awal) => baca_token(teks, awal, &mut hasil),
            None if c.is_ascii_digit() => akhir_run(b, i),
            None => i + 1,
        };
    }
    hasil
}

#[derive(Clone, Copy)]
struct Awal {
    mulai: usize,
    digit: usize,
    negatif: bool,
    rupiah: bool,
}

fn huruf_atau_digit(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Tries to start a number at `i` (a digit, a sign, or an `R`). `i` is on a char boundary:
/// it is an ASCII byte or the lead byte 0xE2 (with which `−` starts).
fn awal_angka(teks: &str, i: usize) -> Option<Awal> {
    let b = teks.as_bytes();
    let batas_kata = teks
        .get(..i)
        .and_then(|s| s.chars().next_back())
        .is_none_or(|p| !huruf_atau_digit(p));
    if !batas_kata {
        return None;
    }
    let mut j = i;
    let mut negatif = false;
    if let Some(n) = panjang_tanda(teks, j, false) {
        negatif = true;
        j += n;
    }
    let mut rupiah = false;
    if awalan_rp(b, j) {
        let mut k = j + 2;
        if b.get(k) == Some(&b'.') {
            k += 1;
        }
        k = lewati_spasi(teks, k);
        if !negatif && let Some(n) = panjang_tanda(teks, k, false) {
            negatif = true;
            k += n;
        }
        rupiah = true;
        j = k;
    }
    if !b.get(j).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    if j == i && bagian_kode(teks, i) {
        return None;
    }
    Some(Awal {
        mulai: i,
        digit: j,
        negatif,
        rupiah,
    })
}

/// The digits at `i` continue a code after a joiner glued to a letter: `IMI-0229.PR.01.01`,
/// `SE-8/MK.1/2020`, `Covid-19`, `No.82`. A joiner after a digit is kept (`2020-2024`,
/// `1674,59/420`).
fn bagian_kode(teks: &str, i: usize) -> bool {
    let mut sebelum = teks.get(..i).unwrap_or_default().chars().rev();
    matches!(sebelum.next(), Some('.' | '-' | '/'))
        && sebelum
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
}

/// Skips spaces that may sit inside a number's notation (`Rp 1.234`, `122,77 %`): plain and
/// non-breaking spaces, never tabs or line breaks (those separate table cells).
fn lewati_spasi(teks: &str, i: usize) -> usize {
    let Some(sisa) = teks.get(i..) else { return i };
    let sisa_setelah = sisa.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    i + (sisa.len() - sisa_setelah.len())
}

fn akhir_run(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && bagian_angka(b[i]) {
        i += 1;
    }
    i
}

/// Reads the number starting at `awal`, pushes what it finds, returns where scanning resumes.
fn baca_token(teks: &str, awal: Awal, hasil: &mut Vec<AngkaDalamTeks>) -> usize {
    let b = teks.as_bytes();
    let run = akhir_run(b, awal.digit);
    let mut inti = run;
    while pemisah(b[inti - 1]) {
        inti -= 1;
    }
    if inti == run
        && teks
            .get(run..)
            .and_then(|s| s.chars().next())
            .is_some_and(huruf_atau_digit)
    {
        // `12abc`: a code, not a number.
        return run;
    }
    let mut selesai = inti;
    let mut rupiah = awal.rupiah;
    let mut persen = false;
    let akhiran_uang = inti + 1 < b.len()
        && pemisah(b[inti])
        && b[inti + 1] == b'-'
        && !b.get(inti + 2).is_some_and(u8::is_ascii_digit);
    if akhiran_uang {
        selesai = inti + 2;
        rupiah = true;
    } else if !rupiah {
        let k = lewati_spasi(teks, inti);
        if b.get(k) == Some(&b'%') {
            persen = true;
            selesai = k + 1;
        } else if b
            .get(k..k + 6)
            .is_some_and(|s| s.eq_ignore_ascii_case(b"persen"))
            && !teks
                .get(k + 6..)
                .and_then(|s| s.chars().next())
                .is_some_and(huruf_atau_digit)
        {
            persen = true;
            selesai = k + 6;
        }
    }
    let lanjut = selesai.max(run);
    if let Ok(angka) = putuskan(&b[awal.digit..inti], awal.digit, rupiah) {
        hasil.push(AngkaDalamTeks {
            mulai: awal.mulai,
            selesai,
            angka: beri_tanda(angka, awal.negatif),
            rupiah,
            persen,
        });
        return lanjut;
    }
    // Not one number: split greedily into the longest valid pieces.
    let mut p = awal.digit;
    while p < inti {
        let pertama = p == awal.digit;
        let batas = inti.min(p + POTONGAN_MAKSIMUM);
        let mut ketemu = None;
        let mut q = batas;
        while q > p {
            let ujung = q == inti || pemisah(b[q]);
            let utuh = pertama && q == inti; // already tried above
            if ujung
                && !utuh
                && b[q - 1].is_ascii_digit()
                && let Ok(angka) = putuskan(&b[p..q], p, rupiah)
            {
                ketemu = Some((q, angka));
                break;
            }
            q -= 1;
        }
        match ketemu {
            Some((q, angka)) => {
                let terakhir = q == inti;
                hasil.push(AngkaDalamTeks {
                    mulai: if pertama { awal.mulai } else { p },
                    selesai: if terakhir { selesai } else { q },
                    angka: beri_tanda(angka, pertama && awal.negatif),
                    rupiah: (pertama && awal.rupiah) || (terakhir && akhiran_uang),
                    persen: terakhir && persen,
                });
                p = q;
            }
            None => {
                // Not even one group fits a Decimal: skip that group.
                while p < inti && b[p].is_ascii_digit() {
                    p += 1;
                }
            }
        }
        while p < inti && pemisah(b[p]) {
            p += 1;
        }
    }
    lanjut
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn baca(s: &str) -> (Decimal, GayaAngka, bool, u32) {
        let a = baca_angka(s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
        (a.nilai, a.gaya, a.ambigu, a.desimal)
    }

    /// (text of the span, value, rupiah, persen) for each number found.
    fn temukan(teks: &str) -> Vec<(&str, Decimal, bool, bool)> {
        cari_angka(teks)
            .into_iter()
            .map(|a| (&teks[a.mulai..a.selesai], a.angka.nilai, a.rupiah, a.persen))
            .collect()
    }

    fn nilai_saja(teks: &str) -> Vec<Decimal> {
        cari_angka(teks)
            .into_iter()
            .map(|a| a.angka.nilai)
            .collect()
    }

    use GayaAngka::{Amerika, Indonesia, Polos};

    #[test]
    fn format_dasar() {
        assert_eq!(format_angka(d("1234567.89"), 2), "1.234.567,89");
        assert_eq!(format_angka(d("1234567"), 0), "1.234.567");
        assert_eq!(format_angka(d("1234567.5"), 0), "1.234.568");
        assert_eq!(format_angka(d("-1234.5"), 2), "-1.234,50");
        assert_eq!(format_angka(d("0"), 2), "0,00");
        assert_eq!(format_angka(d("0.05"), 2), "0,05");
        assert_eq!(format_angka(d("-0.004"), 2), "0,00");
        assert_eq!(format_angka(d("999.995"), 2), "1.000,00");
        assert_eq!(format_angka(d("100"), 0), "100");
        assert_eq!(format_angka(d("1000"), 0), "1.000");
        assert_eq!(format_angka(d("3.98712"), 2), "3,99");
        assert_eq!(format_angka(d("0.0000001"), 3), "0,000");
    }

    #[test]
    fn format_batas_decimal() {
        assert_eq!(
            format_angka(Decimal::MAX, 2),
            "79.228.162.514.264.337.593.543.950.335,00"
        );
        assert_eq!(
            format_angka(Decimal::MIN, 0),
            "-79.228.162.514.264.337.593.543.950.335"
        );
        assert_eq!(format_angka(d("1.5"), 1000).len(), 30);
        assert_eq!(
            format_angka(Decimal::new(1, 28), 28),
            "0,0000000000000000000000000001"
        );
    }

    #[test]
    fn format_rupiah_dan_persen() {
        assert_eq!(format_rupiah(d("1234567")), "Rp 1.234.567");
        assert_eq!(format_rupiah(d("1234567.00")), "Rp 1.234.567");
        assert_eq!(format_rupiah(d("1234567.5")), "Rp 1.234.567,50");
        assert_eq!(format_rupiah(d("1234567.001")), "Rp 1.234.567");
        assert_eq!(format_rupiah(d("-1234")), "-Rp 1.234");
        assert_eq!(format_rupiah(d("-0.001")), "Rp 0");
        assert_eq!(format_rupiah(d("0")), "Rp 0");
        assert_eq!(format_persen(d("122.765"), 2), "122,77%");
        assert_eq!(format_persen(d("99"), 2), "99,00%");
        assert_eq!(format_persen(d("-5"), 0), "-5%");
    }

    #[test]
    fn baca_gaya() {
        assert_eq!(baca("1.234.567,89"), (d("1234567.89"), Indonesia, false, 2));
        assert_eq!(baca("3,99"), (d("3.99"), Indonesia, false, 2));
        assert_eq!(baca("3,90"), (d("3.90"), Indonesia, false, 2));
        assert_eq!(baca("1674,59"), (d("1674.59"), Indonesia, false, 2));
        assert_eq!(baca("1234,567"), (d("1234.567"), Indonesia, false, 3));
        assert_eq!(baca("0,123"), (d("0.123"), Indonesia, false, 3));
        assert_eq!(baca("1,147,335,000"), (d("1147335000"), Amerika, false, 0));
        assert_eq!(baca("57.52"), (d("57.52"), Amerika, false, 2));
        assert_eq!(baca("0.75"), (d("0.75"), Amerika, false, 2));
        assert_eq!(baca("0.123"), (d("0.123"), Amerika, false, 3));
        assert_eq!(baca("3.0644"), (d("3.0644"), Amerika, false, 4));
        assert_eq!(baca("1,234.5"), (d("1234.5"), Amerika, false, 1));
        assert_eq!(baca("1234"), (d("1234"), Polos, false, 0));
        assert_eq!(baca("3"), (d("3"), Polos, false, 0));
        assert_eq!(baca("05"), (d("5"), Polos, false, 0));
        assert_eq!(
            baca("198305302001121001"),
            (d("198305302001121001"), Polos, false, 0)
        );
    }

    #[test]
    fn baca_ambigu_memilih_indonesia() {
        assert_eq!(baca("1.234"), (d("1234"), Indonesia, true, 0));
        assert_eq!(baca("1,234"), (d("1.234"), Indonesia, true, 3));
        assert_eq!(baca("3.532"), (d("3532"), Indonesia, true, 0));
        assert_eq!(baca("124,375"), (d("124.375"), Indonesia, true, 3));
        assert_eq!(baca("114.594"), (d("114594"), Indonesia, true, 0));
        // Not ambiguous: two groups, or a comma decimal with thousands dots.
        assert_eq!(baca("1.234.567"), (d("1234567"), Indonesia, false, 0));
        assert_eq!(baca("1.234,5"), (d("1234.5"), Indonesia, false, 1));
    }

    #[test]
    fn baca_tanda() {
        assert_eq!(baca("-1.234,50").0, d("-1234.50"));
        assert_eq!(baca("\u{2212}3,5").0, d("-3.5"));
        assert_eq!(baca("(1.234)").0, d("-1234"));
        assert_eq!(baca("( 1.234,5 )").0, d("-1234.5"));
        assert_eq!(baca("+7").0, d("7"));
        assert_eq!(baca("  -0  ").0, d("0"));
        assert!(baca_angka("-0").unwrap().nilai.is_sign_positive());
        assert!(baca_angka("(-5)").is_err());
        assert!(baca_angka("(5").is_err());
        assert!(baca_angka("--5").is_err());
    }

    #[test]
    fn baca_menolak() {
        let cek = |s: &str, posisi: usize| {
            let galat = baca_angka(s).expect_err(s);
            assert_eq!(galat.posisi(), posisi, "{s:?}: {galat}");
            galat
        };
        assert_eq!(cek("", 0), GalatAngka::Kosong { posisi: 0 });
        cek("   ", 0);
        let g = cek("20.578;348.000", 6);
        assert_eq!(
            g.to_string(),
            "karakter ';' tidak sah pada posisi 6: diharapkan digit, titik, atau koma"
        );
        let g = cek("1.23.4", 4);
        assert_eq!(
            g.to_string(),
            "susunan angka tidak sah pada posisi 4: kelompok ribuan harus tepat tiga digit"
        );
        cek("abc", 0);
        cek("1,2,3", 3);
        cek("1.234,", 6);
        cek("1..234", 2);
        cek(".5", 0);
        cek("1 234", 1);
        cek("1.234.5678", 9);
        cek("1234.567,8", 8);
        cek("12,34,567", 5);
        cek("Rp 5", 0);
        cek("5%", 1);
        cek(" 3,99x", 5);
        assert!(matches!(
            baca_angka("99999999999999999999999999999999"),
            Err(GalatAngka::TerlaluBesar { posisi: 28 })
        ));
        assert!(matches!(
            baca_angka("0,00000000000000000000000000001"),
            Err(GalatAngka::TerlaluTeliti { .. })
        ));
    }

    #[test]
    fn pesan_galat_berbahasa_indonesia() {
        let g = baca_angka("").unwrap_err();
        assert_eq!(g.to_string(), "teks kosong: diharapkan sebuah angka");
        let g = baca_rupiah("Rp.").unwrap_err();
        assert_eq!(
            g.to_string(),
            "teks berakhir pada posisi 3: diharapkan angka setelah \"Rp\""
        );
        let g = baca_angka("1,2,3").unwrap_err();
        assert_eq!(
            g.to_string(),
            "susunan angka tidak sah pada posisi 3: pemisah desimal hanya boleh muncul sekali"
        );
    }

    #[test]
    fn nol_desimal_berlebih_dibuang() {
        let a = baca_angka("1,000000000000000000000000000000000").unwrap();
        assert_eq!(a.nilai, d("1"));
        assert_eq!(a.desimal, 33);
        let a = baca_angka("79.228.162.514.264.337.593.543.950.335,00").unwrap();
        assert_eq!(a.nilai, Decimal::MAX);
        assert_eq!(a.desimal, 2);
    }

    #[test]
    fn rupiah_dari_seed() {
        let cek = |s: &str, nilai: &str, gaya: GayaAngka| {
            let a = baca_rupiah(s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
            assert_eq!(
                (a.nilai, a.gaya, a.ambigu),
                (d(nilai), gaya, false),
                "{s:?}"
            );
        };
        cek("Rp 1.234.567", "1234567", Indonesia);
        cek("Rp.20.578.348.000,-", "20578348000", Indonesia);
        cek("Rp. 4.526.929.000,-", "4526929000", Indonesia);
        cek("Rp. 1,147,335,000,-", "1147335000", Amerika);
        cek("Rp 1,147,335,000,-", "1147335000", Amerika);
        cek("Rp1.234", "1234", Indonesia);
        cek("Rp 1,234", "1234", Amerika);
        cek("1.234.567", "1234567", Indonesia);
        cek("RP 7.626.034.000", "7626034000", Indonesia);
        cek("Rp 1.234.567,50", "1234567.50", Indonesia);
        cek("Rp. 0", "0", Polos);
        cek("-Rp 1.234", "-1234", Indonesia);
        cek("Rp -1.234", "-1234", Indonesia);
        cek("(Rp 1.234)", "-1234", Indonesia);
        cek("Rp 1.000.-", "1000", Indonesia);
        assert!(baca_rupiah("Rp 20.578;348.000,-").is_err());
        assert_eq!(baca_rupiah("Rp").unwrap_err().posisi(), 2);
        assert_eq!(baca_rupiah("Rp. ,-").unwrap_err().posisi(), 4);
    }

    #[test]
    fn persen_dari_seed() {
        let cek = |s: &str, nilai: &str| {
            assert_eq!(baca_persen(s).unwrap().nilai, d(nilai), "{s:?}");
        };
        cek("122,77%", "122.77");
        cek("122,77 %", "122.77");
        cek("57.52", "57.52");
        cek("100", "100");
        cek("100%", "100");
        cek("-5,5%", "-5.5");
        cek("10 persen", "10");
        cek("95%", "95");
        assert!(baca_persen("%").is_err());
        assert!(baca_persen("12%%").is_err());
    }

    #[test]
    fn cari_kalimat_bandung() {
        let teks = "Realisasi belanja Kantor Imigrasi Kelas I TPI Bandung tahun 2023 adalah \
                    sebesar **Rp.20.372.405.794,-** atau **99,00%** dari total anggaran \
                    **Rp.20.578.348.000,-** Realisasi";
        assert_eq!(
            temukan(teks),
            vec![
                ("2023", d("2023"), false, false),
                ("Rp.20.372.405.794,-", d("20372405794"), true, false),
                ("99,00%", d("99.00"), false, true),
                ("Rp.20.578.348.000,-", d("20578348000"), true, false),
            ]
        );
    }

    #[test]
    fn cari_koma_kalimat_bukan_desimal() {
        assert_eq!(
            temukan("sebesar 3,99, sedangkan 3,25."),
            vec![
                ("3,99", d("3.99"), false, false),
                ("3,25", d("3.25"), false, false)
            ]
        );
        assert_eq!(
            nilai_saja("sebesar Rp.20.578.348.000, Adapun"),
            vec![d("20578348000")]
        );
        assert_eq!(nilai_saja("nilai 3,25"), vec![d("3.25")]);
    }

    #[test]
    fn cari_rumus() {
        let teks =
            "\\frac{((4 * 32) + (3,98 * 31) + (3,97 * 50))}{32 + 31} \\\\ &= \\frac{1674,59}{420}";
        assert_eq!(
            nilai_saja(teks),
            [
                "4", "32", "3.98", "31", "3.97", "50", "32", "31", "1674.59", "420"
            ]
            .map(d)
            .to_vec()
        );
        assert_eq!(nilai_saja("1674,59/420"), vec![d("1674.59"), d("420")]);
        assert_eq!(nilai_saja("= [3,75]"), vec![d("3.75")]);
        assert_eq!(
            nilai_saja("(3.80·9 + 3.76·9)/18 = 3,78"),
            ["3.80", "9", "3.76", "9", "18", "3.78"].map(d).to_vec()
        );
    }

    #[test]
    fn cari_tahun_dan_tanggal() {
        assert_eq!(nilai_saja("Renstra 2020-2024"), vec![d("2020"), d("2024")]);
        assert_eq!(
            nilai_saja("Bandung, 05 Januari 2024"),
            vec![d("5"), d("2024")]
        );
        assert_eq!(nilai_saja("2024-01-05"), vec![d("2024"), d("1"), d("5")]);
        assert_eq!(
            nilai_saja("suhu -5 dan \u{2212}3,5"),
            vec![d("-5"), d("-3.5")]
        );
        let a = cari_angka("x = -1.234,5;");
        assert_eq!(a[0].mulai, 4);
        assert_eq!(a[0].angka.nilai, d("-1234.5"));
    }

    #[test]
    fn cari_nip_dan_kode() {
        let teks = "NIP. 198305302001121001 dan NIP. 19830530 200112 1 001";
        assert_eq!(
            nilai_saja(teks),
            ["198305302001121001", "19830530", "200112", "1", "1"]
                .map(d)
                .to_vec()
        );
        assert_eq!(nilai_saja("TW1 42T058 M2 SS5 2x"), vec![]);
        // lakip-2022-kanim-kotabumi.txt L190 and Bandung L130: regulation numbers are codes.
        assert_eq!(
            nilai_saja("Nomor.IMI0277.GR.02.06 Tahun 2017 tentang"),
            vec![d("2017")]
        );
        assert_eq!(
            nilai_saja("Nomor : M.HH-02.OT.01.01 Tahun 2014, Lt.3 Jl. Soekarno Hatta No.162"),
            vec![d("2014")]
        );
        // After a digit, a joiner is arithmetic or a range, so the year stays.
        assert_eq!(nilai_saja("SE-8/MK.1/2020 Covid-19"), vec![d("2020")]);
        assert_eq!(
            nilai_saja("TA. 2022 dan 1674,59/420"),
            ["2022", "1674.59", "420"].map(d).to_vec()
        );
        assert_eq!(nilai_saja("Luas 2.822 M2"), vec![d("2822")]);
        assert!(cari_angka("Luas 2.822 M2")[0].angka.ambigu);
        assert_eq!(nilai_saja("Tahun 2023, 2022."), vec![d("2023"), d("2022")]);
        // A digit run too long for a Decimal is skipped.
        assert_eq!(
            nilai_saja("1234567890123456789012345678901234567890 dan 7"),
            vec![d("7")]
        );
    }

    #[test]
    fn cari_tabel_seed() {
        // lakip-2022-kanim-kotabumi.txt L377, tab-separated cells.
        let teks = "Pegawai\tRp. 1,363,436,000\tRp. 1,356,096,496\tRp. 7,339,504";
        let a = cari_angka(teks);
        assert_eq!(a.len(), 3);
        assert!(
            a.iter()
                .all(|x| x.rupiah && x.angka.gaya == Amerika && !x.angka.ambigu)
        );
        assert_eq!(a[2].angka.nilai, d("7339504"));
        // lkjip-2023-kanim-bandung.txt L476: the semicolon splits the figure.
        let a = temukan("<b>Rp. 20.578;348.000,-</b>");
        assert_eq!(
            a,
            vec![
                ("Rp. 20.578", d("20578"), true, false),
                ("348.000,-", d("348000"), true, false)
            ]
        );
        // Tanjung Balai Karimun: IKPA table in US style.
        assert_eq!(
            nilai_saja("Nilai\t100.00\t81.82\t95%"),
            ["100.00", "81.82", "95"].map(d).to_vec()
        );
        assert_eq!(
            nilai_saja("3.0644 – 3.532\tB"),
            vec![d("3.0644"), d("3532")]
        );
        assert_eq!(
            temukan("Revisi DIPA: 10 persen;"),
            vec![("10 persen", d("10"), false, true)]
        );
        assert_eq!(
            temukan("122,77 %"),
            vec![("122,77 %", d("122.77"), false, true)]
        );
        assert_eq!(
            temukan("-Rp 1.234 lalu"),
            vec![("-Rp 1.234", d("-1234"), true, false)]
        );
    }

    #[test]
    fn cari_pemecahan_run_tidak_sah() {
        assert_eq!(
            nilai_saja("misi ke 2,3,6 dan 7"),
            ["2.3", "6", "7"].map(d).to_vec()
        );
        assert_eq!(nilai_saja("3,25,3,30"), ["3.25", "3.30"].map(d).to_vec());
        assert_eq!(nilai_saja("1.23.4"), ["1.23", "4"].map(d).to_vec());
        let a = cari_angka("nilai 1,2,3%");
        assert!(a.last().unwrap().persen);
        assert!(a[..a.len() - 1].iter().all(|x| !x.persen));
    }

    #[test]
    fn cari_bukan_angka() {
        assert!(cari_angka("").is_empty());
        assert!(cari_angka("Rp").is_empty());
        assert!(cari_angka("Rp. ,-").is_empty());
        assert!(cari_angka("- a. Revisi").is_empty());
        assert!(cari_angka("Surp3").is_empty());
        assert_eq!(nilai_saja("misi ke-3"), vec![]);
        assert_eq!(nilai_saja("misi ke 3"), vec![d("3")]);
    }

    #[test]
    fn cari_linear_pada_dokumen_besar() {
        let baris = "Belanja Pegawai\tRp.6.858.619.000\tRp.6.800.378.778\t99,15%\t1,2,3,4,5,6,7\n";
        let teks = baris.repeat(3_000); // ≈ 200 KB
        let mulai = std::time::Instant::now();
        let a = cari_angka(&teks);
        assert_eq!(a.len(), 3_000 * 7);
        let patologis = "1,".repeat(100_000);
        let b = cari_angka(&patologis);
        assert!(!b.is_empty());
        assert!(mulai.elapsed() < std::time::Duration::from_secs(10));
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

    fn decimal_wajar() -> impl Strategy<Value = Decimal> {
        (any::<i64>(), 0u32..=6).prop_map(|(m, skala)| Decimal::new(m, skala))
    }

    proptest! {
        #[test]
        fn format_lalu_baca_kembali(x in prop_oneof![decimal_acak(), decimal_wajar()], desimal in 0u32..=4) {
            let teks = format_angka(x, desimal);
            let a = baca_angka(&teks).map_err(|e| TestCaseError::fail(format!("{teks:?}: {e}")))?;
            let diharapkan = bulatkan(x, desimal);
            prop_assert_eq!(a.nilai, diharapkan);
            prop_assert_eq!(a.nilai.scale(), diharapkan.scale());
            prop_assert_eq!(a.desimal, desimal);
            prop_assert!(a.gaya != GayaAngka::Amerika);
            // Found the same way in running text.
            let kalimat = format!("nilai {teks}, lalu");
            let t = cari_angka(&kalimat);
            prop_assert_eq!(t.len(), 1);
            prop_assert_eq!(&kalimat[t[0].mulai..t[0].selesai], teks.as_str());
            prop_assert_eq!(t[0].angka, a);
        }

        #[test]
        fn rupiah_lalu_baca_kembali(x in prop_oneof![decimal_acak(), decimal_wajar()]) {
            let teks = format_rupiah(x);
            let a = baca_rupiah(&teks).map_err(|e| TestCaseError::fail(format!("{teks:?}: {e}")))?;
            prop_assert_eq!(a.nilai, bulatkan(x, 2));
            prop_assert!(!a.ambigu);
            let t = cari_angka(&teks);
            prop_assert_eq!(t.len(), 1);
            prop_assert!(t[0].rupiah);
            prop_assert_eq!(t[0].angka.nilai, a.nilai);
            prop_assert_eq!((t[0].mulai, t[0].selesai), (0, teks.len()));
        }

        #[test]
        fn persen_lalu_baca_kembali(x in decimal_wajar(), desimal in 0u32..=4) {
            let teks = format_persen(x, desimal);
            prop_assert_eq!(baca_persen(&teks).unwrap().nilai, bulatkan(x, desimal));
        }

        #[test]
        fn baca_tidak_panik(s in "\\PC{0,40}") {
            for hasil in [baca_angka(&s), baca_rupiah(&s), baca_persen(&s)] {
                if let Err(e) = hasil {
                    prop_assert!(e.posisi() <= s.len());
                    prop_assert!(s.is_char_boundary(e.posisi()));
                }
            }
        }

        #[test]
        fn baca_angka_acak_tidak_panik(s in "[-−+( ]{0,2}[Rr]?[pP]?[.]? ?[0-9.,]{0,30}[-,.%) ]{0,3}") {
            for hasil in [baca_angka(&s), baca_rupiah(&s), baca_persen(&s)] {
                match hasil {
                    Ok(a) => prop_assert!(a.desimal >= a.nilai.scale()),
                    Err(e) => prop_assert!(s.is_char_boundary(e.posisi())),
                }
            }
        }

        #[test]
        fn cari_tidak_panik_dan_rentang_sah(
            s in "([0-9]{1,5}|[.,]|Rp\\.? ?|[-−%()*/ ]|persen|[a-zA-Zé€\u{a0}\t]|\\PC){0,60}"
        ) {
            let mut sebelumnya = 0;
            for a in cari_angka(&s) {
                prop_assert!(a.mulai < a.selesai && a.selesai <= s.len());
                prop_assert!(a.mulai >= sebelumnya, "tumpang tindih");
                prop_assert!(s.is_char_boundary(a.mulai) && s.is_char_boundary(a.selesai));
                sebelumnya = a.selesai;
            }
        }
    }
}
