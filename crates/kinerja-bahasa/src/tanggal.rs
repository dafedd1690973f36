//! Dates as Indonesian reports write them: `05 Januari 2024`, months Januari … Desember.
//!
//! ```
//! use kinerja_bahasa::tanggal::{baca_tanggal, format_tanggal, singkatan_bulan};
//!
//! let d = baca_tanggal("19 Agt 2023").unwrap();
//! assert_eq!(format_tanggal(d), "19 Agustus 2023");
//! assert_eq!(singkatan_bulan(9), Some("Sep"));
//! ```

use chrono::{Datelike, NaiveDate};
use thiserror::Error;

const NAMA_BULAN: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

const SINGKATAN_BULAN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des",
];

/// Every spelling accepted for each month (lowercase), besides the full name: the common
/// abbreviations, and the older spellings Pebruari and Nopember still found in documents.
const EJAAN_BULAN: [&[&str]; 12] = [
    &["januari", "jan"],
    &["februari", "feb", "febr", "pebruari", "peb"],
    &["maret", "mar"],
    &["april", "apr"],
    &["mei"],
    &["juni", "jun"],
    &["juli", "jul"],
    &["agustus", "agt", "agu", "ags", "agus", "agust", "agts"],
    &["september", "sep", "sept"],
    &["oktober", "okt"],
    &["november", "nov", "nopember", "nop"],
    &["desember", "des"],
];

/// Name of month `bulan` (1 = Januari … 12 = Desember); `None` outside 1–12.
///
/// ```
/// assert_eq!(kinerja_bahasa::nama_bulan(8), Some("Agustus"));
/// assert_eq!(kinerja_bahasa::nama_bulan(13), None);
/// ```
#[must_use]
pub fn nama_bulan(bulan: u32) -> Option<&'static str> {
    indeks_bulan(bulan).map(|i| NAMA_BULAN[i])
}

/// Abbreviation of month `bulan` as in report tables: Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agt,
/// Sep, Okt, Nov, Des; `None` outside 1–12.
///
/// ```
/// assert_eq!(kinerja_bahasa::singkatan_bulan(8), Some("Agt"));
/// ```
#[must_use]
pub fn singkatan_bulan(bulan: u32) -> Option<&'static str> {
    indeks_bulan(bulan).map(|i| SINGKATAN_BULAN[i])
}

fn nama_untuk_pesan(bulan: &u32) -> &'static str {
    nama_bulan(*bulan).unwrap_or("?")
}

fn indeks_bulan(bulan: u32) -> Option<usize> {
    (1..=12).contains(&bulan).then(|| bulan as usize - 1)
}

/// Reads a month name, full or abbreviated, case-insensitive, with an optional final `.`
/// (`Januari`, `jan`, `Agt.`, `Agust`, `Sept`, `Pebruari`, `Nopember`). Returns 1–12.
///
/// ```
/// assert_eq!(kinerja_bahasa::baca_bulan("SEPT"), Some(9));
/// assert_eq!(kinerja_bahasa::baca_bulan("Agt."), Some(8));
/// assert_eq!(kinerja_bahasa::baca_bulan("Smarch"), None);
/// ```
#[must_use]
pub fn baca_bulan(teks: &str) -> Option<u32> {
    let teks = teks.trim();
    let teks = teks.strip_suffix('.').unwrap_or(teks);
    (1u32..)
        .zip(EJAAN_BULAN)
        .find(|(_, ejaan)| ejaan.iter().any(|e| e.eq_ignore_ascii_case(teks)))
        .map(|(bulan, _)| bulan)
}

/// Formats a date as in the reports: two-digit day, month name, four-digit year
/// (`05 Januari 2024`).
///
/// ```
/// use chrono::NaiveDate;
///
/// let d = NaiveDate::from_ymd_opt(2024, 1, 5).unwrap();
/// assert_eq!(kinerja_bahasa::format_tanggal(d), "05 Januari 2024");
/// ```
#[must_use]
pub fn format_tanggal(d: NaiveDate) -> String {
    let bulan = NAMA_BULAN
        .get(d.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{:02} {} {:04}", d.day(), bulan, d.year())
}

/// Why a text is not a date. Messages are in Bahasa Indonesia.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum GalatTanggal {
    /// Empty or whitespace only.
    #[error(
        "teks tanggal kosong: diharapkan tanggal seperti \"05 Januari 2024\" atau \"2024-01-05\""
    )]
    Kosong,
    /// Not in any accepted shape.
    #[error(
        "format tanggal \"{teks}\" tidak dikenal: diharapkan \"05 Januari 2024\", \"2024-01-05\", \
         atau \"05/01/2024\" dengan tahun empat digit"
    )]
    FormatTidakDikenal {
        /// The text given (trimmed).
        teks: String,
    },
    /// A word in the month position that is no month name.
    #[error(
        "nama bulan \"{bulan}\" tidak dikenal: diharapkan Januari sampai Desember atau \
         singkatannya (Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agt, Sep, Okt, Nov, Des)"
    )]
    BulanTidakDikenal {
        /// The word found.
        bulan: String,
    },
    /// A numeric month outside 1–12.
    #[error("bulan {bulan} di luar rentang: diharapkan 1 sampai 12")]
    BulanDiLuarRentang {
        /// The month number found.
        bulan: u32,
    },
    /// A day that the month does not have (31 April, 29 Februari 2023, day 0).
    #[error("tanggal {hari} {} {tahun} tidak ada", nama_untuk_pesan(.bulan))]
    TanggalTidakAda {
        /// Day of month as written.
        hari: u32,
        /// Month, 1–12.
        bulan: u32,
        /// Year.
        tahun: i32,
    },
}

/// Reads a date: `05 Januari 2024`, `5 januari 2024`, `5 Jan 2024`, `19 Agt. 2023`,
/// `2024-01-05`, `05/01/2024` or `05-01-2024` (day first, as in Indonesia), `05-Jan-2024`.
/// Month names are case-insensitive (see [`baca_bulan`]); the year has four digits.
///
/// ```
/// use chrono::NaiveDate;
/// use kinerja_bahasa::baca_tanggal;
///
/// let d = NaiveDate::from_ymd_opt(2024, 1, 5).unwrap();
/// assert_eq!(baca_tanggal("05 Januari 2024"), Ok(d));
/// assert_eq!(baca_tanggal("2024-01-05"), Ok(d));
/// assert!(baca_tanggal("30 Februari 2024").is_err());
/// ```
///
/// # Errors
/// [`GalatTanggal`] when the text is empty, in no accepted shape, names no month, or names a
/// day that does not exist.
pub fn baca_tanggal(teks: &str) -> Result<NaiveDate, GalatTanggal> {
    let teks = teks.trim();
    if teks.is_empty() {
        return Err(GalatTanggal::Kosong);
    }
    let tidak_dikenal = || GalatTanggal::FormatTidakDikenal {
        teks: teks.to_owned(),
    };
    let mut kata = teks.split_whitespace();
    let bagian: [&str; 3] = match (kata.next(), kata.next(), kata.next(), kata.next()) {
        (Some(h), Some(b), Some(t), None) => [h, b, t],
        (Some(satu), None, ..) => {
            let pemisah = if satu.contains('-') { '-' } else { '/' };
            let mut potong = satu.split(pemisah);
            match (potong.next(), potong.next(), potong.next(), potong.next()) {
                (Some(a), Some(b), Some(c), None) if angka(a, 4, 4).is_some() => [c, b, a],
                (Some(a), Some(b), Some(c), None) => [a, b, c],
                _ => return Err(tidak_dikenal()),
            }
        }
        _ => return Err(tidak_dikenal()),
    };
    let [hari, bulan, tahun] = bagian;
    let hari = angka(hari, 1, 2).ok_or_else(tidak_dikenal)?;
    let tahun = angka(tahun, 4, 4).ok_or_else(tidak_dikenal)?;
    let bulan = if bulan.bytes().all(|c| c.is_ascii_digit()) {
        let nomor = angka(bulan, 1, 2).ok_or_else(tidak_dikenal)?;
        if indeks_bulan(nomor).is_none() {
            return Err(GalatTanggal::BulanDiLuarRentang { bulan: nomor });
        }
        nomor
    } else {
        baca_bulan(bulan).ok_or_else(|| GalatTanggal::BulanTidakDikenal {
            bulan: bulan.to_owned(),
        })?
    };
    // Four ASCII digits always fit an i32.
    let tahun = i32::try_from(tahun).map_err(|_| tidak_dikenal())?;
    NaiveDate::from_ymd_opt(tahun, bulan, hari).ok_or(GalatTanggal::TanggalTidakAda {
        hari,
        bulan,
        tahun,
    })
}

/// `teks` as a number when it has between `min` and `maks` ASCII digits and nothing else.
fn angka(teks: &str, min: usize, maks: usize) -> Option<u32> {
    if !(min..=maks).contains(&teks.len()) || !teks.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    teks.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn tgl(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn nama_dan_singkatan() {
        let nama: Vec<_> = (1..=12).filter_map(nama_bulan).collect();
        assert_eq!(nama, NAMA_BULAN);
        let singkatan: Vec<_> = (1..=12).filter_map(singkatan_bulan).collect();
        assert_eq!(
            singkatan.join(" "),
            "Jan Feb Mar Apr Mei Jun Jul Agt Sep Okt Nov Des"
        );
        assert_eq!(nama_bulan(0), None);
        assert_eq!(singkatan_bulan(13), None);
        assert_eq!(nama_bulan(u32::MAX), None);
    }

    #[test]
    fn baca_bulan_berbagai_ejaan() {
        for (teks, bulan) in [
            ("Januari", 1),
            ("JANUARI", 1),
            ("Pebruari", 2),
            ("Mei", 5),
            ("Agustus", 8),
            ("Agust", 8),
            ("Agt", 8),
            ("agt.", 8),
            ("Sept", 9),
            ("September", 9),
            ("Sep", 9),
            ("Okt", 10),
            ("Nopember", 11),
            ("Des", 12),
        ] {
            assert_eq!(baca_bulan(teks), Some(bulan), "{teks}");
        }
        // Seen in the Tanjung Balai Karimun table header: typos, not months.
        for teks in ["Mars", "Mai", "Sepet", "Dese", "", ".", "Janu"] {
            assert_eq!(baca_bulan(teks), None, "{teks}");
        }
        // Every header of the Bandung monthly tables (lkjip-2023-kanim-bandung.txt L757).
        let kepala = "Jan\tFeb\tMar\tApr\tMei\tJun\tJul\tAgt\tSept\tOkt\tNov\tDes";
        let bulan: Vec<_> = kepala.split('\t').filter_map(baca_bulan).collect();
        assert_eq!(bulan, (1..=12).collect::<Vec<_>>());
    }

    #[test]
    fn format_seperti_seed() {
        assert_eq!(format_tanggal(tgl(2024, 1, 5)), "05 Januari 2024");
        assert_eq!(format_tanggal(tgl(2023, 1, 30)), "30 Januari 2023");
        assert_eq!(format_tanggal(tgl(2002, 9, 25)), "25 September 2002");
        assert_eq!(format_tanggal(tgl(987, 12, 1)), "01 Desember 0987");
    }

    #[test]
    fn baca_dari_seed() {
        // lkjip-2023-kanim-bandung.txt L33, L1333, L247; tanjung-balai-karimun L604.
        assert_eq!(baca_tanggal("05 Januari 2024"), Ok(tgl(2024, 1, 5)));
        assert_eq!(baca_tanggal("2 Januari 2023"), Ok(tgl(2023, 1, 2)));
        assert_eq!(baca_tanggal("25 September 2002"), Ok(tgl(2002, 9, 25)));
        assert_eq!(baca_tanggal(" 30 Januari 2023 "), Ok(tgl(2023, 1, 30)));
        assert_eq!(baca_tanggal("5 januari 2024"), Ok(tgl(2024, 1, 5)));
        assert_eq!(baca_tanggal("17 Agt 2023"), Ok(tgl(2023, 8, 17)));
        assert_eq!(baca_tanggal("17 Agust. 2023"), Ok(tgl(2023, 8, 17)));
        assert_eq!(baca_tanggal("1 Sept 2023"), Ok(tgl(2023, 9, 1)));
        assert_eq!(baca_tanggal("2024-01-05"), Ok(tgl(2024, 1, 5)));
        assert_eq!(baca_tanggal("2024/1/5"), Ok(tgl(2024, 1, 5)));
        assert_eq!(baca_tanggal("05/01/2024"), Ok(tgl(2024, 1, 5)));
        assert_eq!(baca_tanggal("05-01-2024"), Ok(tgl(2024, 1, 5)));
        assert_eq!(baca_tanggal("05-Jan-2024"), Ok(tgl(2024, 1, 5)));
        assert_eq!(baca_tanggal("29 Februari 2024"), Ok(tgl(2024, 2, 29)));
    }

    #[test]
    fn baca_menolak() {
        assert_eq!(baca_tanggal("  "), Err(GalatTanggal::Kosong));
        assert_eq!(
            baca_tanggal("29 Februari 2023").unwrap_err().to_string(),
            "tanggal 29 Februari 2023 tidak ada"
        );
        assert_eq!(
            baca_tanggal("31 April 2024"),
            Err(GalatTanggal::TanggalTidakAda {
                hari: 31,
                bulan: 4,
                tahun: 2024
            })
        );
        assert!(matches!(
            baca_tanggal("0 Mei 2024"),
            Err(GalatTanggal::TanggalTidakAda { .. })
        ));
        assert_eq!(
            baca_tanggal("2024-13-01"),
            Err(GalatTanggal::BulanDiLuarRentang { bulan: 13 })
        );
        assert_eq!(
            baca_tanggal("30 Januar 2023").unwrap_err().to_string(),
            "nama bulan \"Januar\" tidak dikenal: diharapkan Januari sampai Desember atau \
             singkatannya (Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agt, Sep, Okt, Nov, Des)"
        );
        for teks in [
            "Bandung, 05 Januari 2024",
            "05 Januari 24",
            "05 Januari 2024.",
            "005 Januari 2024",
            "2024-01",
            "2024-01-05-01",
            "Januari 2024",
            "05 Januari",
            "20240105",
            "2024-01-5x",
            "٠٥ Januari ٢٠٢٤",
        ] {
            assert!(
                matches!(
                    baca_tanggal(teks),
                    Err(GalatTanggal::FormatTidakDikenal { .. })
                ),
                "{teks}"
            );
        }
    }

    proptest! {
        #[test]
        fn format_lalu_baca_kembali(hari in 0u64..3_000_000) {
            let d = tgl(1000, 1, 1) + chrono::Days::new(hari);
            prop_assume!(d.year() <= 9999);
            prop_assert_eq!(baca_tanggal(&format_tanggal(d)), Ok(d));
            prop_assert_eq!(baca_tanggal(&d.format("%Y-%m-%d").to_string()), Ok(d));
        }

        #[test]
        fn tidak_panik(s in "\\PC{0,30}") {
            let _ = baca_tanggal(&s);
            let _ = baca_bulan(&s);
        }
    }
}
