//! NIP (Nomor Induk Pegawai), the 18-digit civil-servant number:
//! `19830530 200112 1 001` = born 30 May 1983, appointed (TMT CPNS) December 2001, male,
//! sequence 001.
//!
//! Reading checks what the number itself can prove: 18 digits, a real birth date, a TMT month
//! 01–12, a sex digit 1 or 2, a sequence other than 000, and an appointment no earlier than
//! the month the holder turned 18. Whether the TMT is in the future needs a reference date and
//! is left to the caller.
//!
//! ```
//! use kinerja_bahasa::nip::{baca_nip, JenisKelamin};
//!
//! let nip = baca_nip("19810306 200012 2 002").unwrap();
//! assert_eq!(nip.jenis_kelamin(), JenisKelamin::Perempuan);
//! assert!(baca_nip("1981030620001220").is_err()); // 16 digits
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use thiserror::Error;

use crate::tanggal::{format_tanggal, nama_bulan};

/// Sex as encoded in digit 15 of a NIP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JenisKelamin {
    /// Code 1.
    LakiLaki,
    /// Code 2.
    Perempuan,
}

impl JenisKelamin {
    /// The digit used in a NIP: 1 or 2.
    #[must_use]
    pub fn kode(self) -> u8 {
        match self {
            Self::LakiLaki => 1,
            Self::Perempuan => 2,
        }
    }

    /// The sex for a NIP digit; `None` for anything but 1 and 2.
    #[must_use]
    pub fn dari_kode(kode: u8) -> Option<Self> {
        match kode {
            1 => Some(Self::LakiLaki),
            2 => Some(Self::Perempuan),
            _ => None,
        }
    }
}

impl fmt::Display for JenisKelamin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::LakiLaki => "laki-laki",
            Self::Perempuan => "perempuan",
        })
    }
}

/// A valid NIP. Ordering follows the 18-digit form.
///
/// ```
/// use kinerja_bahasa::{baca_nip, JenisKelamin};
///
/// let nip = baca_nip("NIP. 19830530 200112 1 001").unwrap();
/// assert_eq!(nip.to_string(), "19830530 200112 1 001");
/// assert_eq!(nip.ringkas(), "198305302001121001");
/// assert_eq!(nip.tmt(), (2001, 12));
/// assert_eq!(nip.jenis_kelamin(), JenisKelamin::LakiLaki);
/// assert_eq!(nip.urut(), 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nip {
    tanggal_lahir: NaiveDate,
    tmt_tahun: i32,
    tmt_bulan: u32,
    jenis_kelamin: JenisKelamin,
    urut: u16,
}

impl Nip {
    /// Builds a NIP from its parts, with the same checks as [`baca_nip`].
    ///
    /// # Errors
    /// [`GalatNip`] when a year does not have four digits, the TMT month is not 1–12, `urut`
    /// is not 1–999, or the TMT comes before the month the holder turned 18.
    pub fn baru(
        tanggal_lahir: NaiveDate,
        tmt: (i32, u32),
        jenis_kelamin: JenisKelamin,
        urut: u16,
    ) -> Result<Self, GalatNip> {
        let (tmt_tahun, tmt_bulan) = tmt;
        for tahun in [tanggal_lahir.year(), tmt_tahun] {
            if !(0..=9999).contains(&tahun) {
                return Err(GalatNip::TahunDiLuarRentang { tahun });
            }
        }
        if !(1..=12).contains(&tmt_bulan) {
            return Err(GalatNip::BulanTmtTidakSah { bulan: tmt_bulan });
        }
        if !(1..=999).contains(&urut) {
            return Err(GalatNip::UrutTidakSah { urut });
        }
        // Month precision: TMT is a month, and the holder may turn 18 within it.
        let usia_18 = (tanggal_lahir.year() + 18, tanggal_lahir.month());
        if (tmt_tahun, tmt_bulan) < usia_18 {
            return Err(GalatNip::TmtSebelumUsia18 {
                tanggal_lahir,
                tmt_tahun,
                tmt_bulan,
            });
        }
        Ok(Self {
            tanggal_lahir,
            tmt_tahun,
            tmt_bulan,
            jenis_kelamin,
            urut,
        })
    }

    /// Birth date (digits 1–8).
    #[must_use]
    pub fn tanggal_lahir(&self) -> NaiveDate {
        self.tanggal_lahir
    }

    /// Appointment as CPNS (TMT), year and month (digits 9–14).
    #[must_use]
    pub fn tmt(&self) -> (i32, u32) {
        (self.tmt_tahun, self.tmt_bulan)
    }

    /// Sex (digit 15).
    #[must_use]
    pub fn jenis_kelamin(&self) -> JenisKelamin {
        self.jenis_kelamin
    }

    /// Sequence number, 1–999 (digits 16–18).
    #[must_use]
    pub fn urut(&self) -> u16 {
        self.urut
    }

    /// The 18 digits without spaces: `198305302001121001`.
    #[must_use]
    pub fn ringkas(&self) -> String {
        self.tulis(false)
    }

    fn tulis(&self, berspasi: bool) -> String {
        let d = self.tanggal_lahir;
        let spasi = if berspasi { " " } else { "" };
        format!(
            "{:04}{:02}{:02}{spasi}{:04}{:02}{spasi}{}{spasi}{:03}",
            d.year(),
            d.month(),
            d.day(),
            self.tmt_tahun,
            self.tmt_bulan,
            self.jenis_kelamin.kode(),
            self.urut
        )
    }
}

/// The canonical spaced form: `19830530 200112 1 001`.
impl fmt::Display for Nip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tulis(true))
    }
}

impl FromStr for Nip {
    type Err = GalatNip;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        baca_nip(s)
    }
}

/// Why a text is not a valid NIP. Messages are in Bahasa Indonesia.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum GalatNip {
    /// Empty, or only the `NIP` prefix.
    #[error("NIP kosong: diharapkan 18 digit")]
    Kosong,
    /// A character other than a digit or a space.
    #[error(
        "karakter '{karakter}' pada posisi {posisi} tidak sah dalam NIP: diharapkan digit atau spasi"
    )]
    KarakterTidakSah {
        /// Byte offset in the text given.
        posisi: usize,
        /// The character found.
        karakter: char,
    },
    /// Not 18 digits.
    #[error("NIP harus terdiri atas 18 digit, ditemukan {jumlah} digit")]
    JumlahDigit {
        /// Number of digits found.
        jumlah: usize,
    },
    /// Digits 1–8 are not a real date.
    #[error(
        "tanggal lahir pada NIP tidak sah: {tahun:04}-{bulan:02}-{hari:02} bukan tanggal yang ada \
         (digit 1–8 harus berbentuk TTTTBBHH)"
    )]
    TanggalLahirTidakSah {
        /// Year as written.
        tahun: i32,
        /// Month as written.
        bulan: u32,
        /// Day as written.
        hari: u32,
    },
    /// Digits 13–14 are not a month.
    #[error("bulan TMT CPNS pada NIP tidak sah: {bulan:02} (digit 13–14 harus 01 sampai 12)")]
    BulanTmtTidakSah {
        /// Month as written.
        bulan: u32,
    },
    /// Digit 15 is not 1 or 2.
    #[error(
        "kode jenis kelamin pada NIP tidak sah: {kode} (digit 15 harus 1 untuk laki-laki atau 2 \
         untuk perempuan)"
    )]
    JenisKelaminTidakSah {
        /// Digit found.
        kode: u8,
    },
    /// Sequence 000 (or above 999 when building with [`Nip::baru`]).
    #[error("nomor urut pada NIP tidak sah: {urut:03} (harus 001 sampai 999)")]
    UrutTidakSah {
        /// Sequence found.
        urut: u16,
    },
    /// The appointment precedes the month the holder turned 18 (e.g. born 1987, TMT 1991).
    #[error(
        "TMT CPNS {} {tmt_tahun} mendahului usia 18 tahun pemegang NIP yang lahir {}",
        nama_tmt(.tmt_bulan),
        format_tanggal(*.tanggal_lahir)
    )]
    TmtSebelumUsia18 {
        /// Birth date.
        tanggal_lahir: NaiveDate,
        /// TMT year.
        tmt_tahun: i32,
        /// TMT month.
        tmt_bulan: u32,
    },
    /// A year outside 0000–9999 given to [`Nip::baru`].
    #[error("tahun {tahun} tidak dapat ditulis dalam NIP: diharapkan empat digit")]
    TahunDiLuarRentang {
        /// Year given.
        tahun: i32,
    },
}

fn nama_tmt(bulan: &u32) -> &'static str {
    nama_bulan(*bulan).unwrap_or("?")
}

/// Reads a NIP: 18 digits with any spacing (`198305302001121001`, `19830530 200112 1 001`),
/// optionally after a `NIP`, `NIP.` or `NIP:` prefix (case-insensitive).
///
/// ```
/// use kinerja_bahasa::{baca_nip, GalatNip};
///
/// assert!(baca_nip("NIP. 196712171991031002").is_ok());
/// // Born 17 December 1987, appointed March 1991: impossible.
/// assert!(matches!(
///     baca_nip("NIP. 198712171991031002"),
///     Err(GalatNip::TmtSebelumUsia18 { .. })
/// ));
/// assert_eq!(
///     baca_nip("19820811 2002 2 1 001").unwrap_err(),
///     GalatNip::JumlahDigit { jumlah: 17 }
/// );
/// ```
///
/// # Errors
/// [`GalatNip`], checked in this order: empty, a character other than digits and spaces, not
/// 18 digits, birth date, TMT month, sex digit, sequence, appointment before age 18.
pub fn baca_nip(teks: &str) -> Result<Nip, GalatNip> {
    let mut awal = teks.len() - teks.trim_start().len();
    let b = teks.as_bytes();
    if b.get(awal..awal + 3)
        .is_some_and(|s| s.eq_ignore_ascii_case(b"nip"))
    {
        awal += 3;
        while matches!(b.get(awal), Some(b'.' | b':')) {
            awal += 1;
        }
    }
    let mut digit = [0u8; 18];
    let mut jumlah = 0usize;
    for (i, c) in teks[awal..].char_indices() {
        if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            if let Some(tempat) = digit.get_mut(jumlah) {
                *tempat = d as u8;
            }
            jumlah += 1;
        } else if !c.is_whitespace() {
            return Err(GalatNip::KarakterTidakSah {
                posisi: awal + i,
                karakter: c,
            });
        }
    }
    if jumlah == 0 {
        return Err(GalatNip::Kosong);
    }
    if jumlah != 18 {
        return Err(GalatNip::JumlahDigit { jumlah });
    }
    let angka = |dari: usize, sampai: usize| {
        digit[dari..sampai]
            .iter()
            .fold(0u32, |n, &d| n * 10 + u32::from(d))
    };
    // Four digits always fit an i32.
    let tahun_dari = |dari: usize| i32::try_from(angka(dari, dari + 4)).unwrap_or_default();
    let (tahun, bulan, hari) = (tahun_dari(0), angka(4, 6), angka(6, 8));
    let tanggal_lahir = NaiveDate::from_ymd_opt(tahun, bulan, hari)
        .ok_or(GalatNip::TanggalLahirTidakSah { tahun, bulan, hari })?;
    let tmt_bulan = angka(12, 14);
    if !(1..=12).contains(&tmt_bulan) {
        return Err(GalatNip::BulanTmtTidakSah { bulan: tmt_bulan });
    }
    let jenis_kelamin = JenisKelamin::dari_kode(digit[14])
        .ok_or(GalatNip::JenisKelaminTidakSah { kode: digit[14] })?;
    let urut = u16::try_from(angka(15, 18)).unwrap_or_default();
    Nip::baru(
        tanggal_lahir,
        (tahun_dari(8), tmt_bulan),
        jenis_kelamin,
        urut,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn nip_dari_seed() {
        // lkjip-2023-kanim-bandung.txt L40, L1342, L1351, L1452; kotabumi L49.
        for (teks, ringkas) in [
            ("NIP. 198208112002121001", "198208112002121001"),
            ("NIP. 196712171991031002", "196712171991031002"),
            ("NIP. 19630530 200112 1 001", "196305302001121001"),
            ("NIP. 19671217 199103 1 002", "196712171991031002"),
            ("NIP. 197103111999031001", "197103111999031001"),
            (" NIP. 196712171991031002", "196712171991031002"),
            ("19650802 199203 1 001", "196508021992031001"),
            ("nip: 19810306 200012 1 002", "198103062000121002"),
            ("NIP 19830530\u{a0}200112 1 001", "198305302001121001"),
        ] {
            let nip = baca_nip(teks).unwrap_or_else(|e| panic!("{teks:?}: {e}"));
            assert_eq!(nip.ringkas(), ringkas);
            assert_eq!(nip.ringkas().parse::<Nip>(), Ok(nip));
        }
        let nip = baca_nip("19830530 200112 1 001").unwrap();
        assert_eq!(
            nip.tanggal_lahir(),
            NaiveDate::from_ymd_opt(1983, 5, 30).unwrap()
        );
        assert_eq!(nip.tmt(), (2001, 12));
        assert_eq!(nip.jenis_kelamin(), JenisKelamin::LakiLaki);
        assert_eq!(nip.jenis_kelamin().to_string(), "laki-laki");
        assert_eq!(nip.urut(), 1);
        assert_eq!(nip.to_string(), "19830530 200112 1 001");
    }

    #[test]
    fn kesalahan_di_seed() {
        // Bandung L1393: R. Andika Dwi Prasetya's NIP with the birth year mistyped.
        let g = baca_nip("NIP. 198712171991031002").unwrap_err();
        assert_eq!(
            g.to_string(),
            "TMT CPNS Maret 1991 mendahului usia 18 tahun pemegang NIP yang lahir 17 Desember 1987"
        );
        // Bandung L1496 and L1522: a digit lost, a digit doubled.
        assert_eq!(
            baca_nip("NIP. 19820811 2002 2 1 001"),
            Err(GalatNip::JumlahDigit { jumlah: 17 })
        );
        let g = baca_nip("NIP. 198208111 200212 1 001").unwrap_err();
        assert_eq!(
            g.to_string(),
            "NIP harus terdiri atas 18 digit, ditemukan 19 digit"
        );
    }

    #[test]
    fn alasan_penolakan() {
        assert_eq!(baca_nip(""), Err(GalatNip::Kosong));
        assert_eq!(baca_nip("NIP."), Err(GalatNip::Kosong));
        assert_eq!(
            baca_nip("NIP. 19830530-200112-1-001"),
            Err(GalatNip::KarakterTidakSah {
                posisi: 13,
                karakter: '-'
            })
        );
        assert_eq!(
            baca_nip("19830230 200112 1 001"),
            Err(GalatNip::TanggalLahirTidakSah {
                tahun: 1983,
                bulan: 2,
                hari: 30
            })
        );
        assert_eq!(
            baca_nip("19830230 200112 1 001").unwrap_err().to_string(),
            "tanggal lahir pada NIP tidak sah: 1983-02-30 bukan tanggal yang ada \
             (digit 1–8 harus berbentuk TTTTBBHH)"
        );
        assert_eq!(
            baca_nip("19830530 200113 1 001"),
            Err(GalatNip::BulanTmtTidakSah { bulan: 13 })
        );
        assert_eq!(
            baca_nip("19830530 200100 1 001"),
            Err(GalatNip::BulanTmtTidakSah { bulan: 0 })
        );
        assert_eq!(
            baca_nip("19830530 200112 3 001"),
            Err(GalatNip::JenisKelaminTidakSah { kode: 3 })
        );
        assert_eq!(
            baca_nip("19830530 200112 3 001").unwrap_err().to_string(),
            "kode jenis kelamin pada NIP tidak sah: 3 (digit 15 harus 1 untuk laki-laki atau 2 \
             untuk perempuan)"
        );
        assert_eq!(
            baca_nip("19830530 200112 2 000"),
            Err(GalatNip::UrutTidakSah { urut: 0 })
        );
        assert_eq!(
            baca_nip("１９８３０５３０２００１１２１００１"),
            Err(GalatNip::KarakterTidakSah {
                posisi: 0,
                karakter: '１'
            })
        );
        // Turned 18 in May 2001: May 2001 is fine, April 2001 is not.
        assert!(baca_nip("19830530 200105 1 001").is_ok());
        assert!(matches!(
            baca_nip("19830530 200104 2 001"),
            Err(GalatNip::TmtSebelumUsia18 { .. })
        ));
    }

    #[test]
    fn baru_memeriksa() {
        let lahir = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
        let nip = Nip::baru(lahir, (2015, 3), JenisKelamin::Perempuan, 42).unwrap();
        assert_eq!(nip.to_string(), "19900101 201503 2 042");
        assert_eq!(
            Nip::baru(lahir, (2015, 3), JenisKelamin::Perempuan, 1000),
            Err(GalatNip::UrutTidakSah { urut: 1000 })
        );
        assert_eq!(
            Nip::baru(lahir, (10_000, 3), JenisKelamin::Perempuan, 1),
            Err(GalatNip::TahunDiLuarRentang { tahun: 10_000 })
        );
        assert_eq!(
            Nip::baru(lahir, (2015, 0), JenisKelamin::Perempuan, 1),
            Err(GalatNip::BulanTmtTidakSah { bulan: 0 })
        );
        assert_eq!(JenisKelamin::dari_kode(2), Some(JenisKelamin::Perempuan));
        assert_eq!(JenisKelamin::dari_kode(0), None);
    }

    fn nip_acak() -> impl Strategy<Value = Nip> {
        (0u32..=50_000, 0u32..=40 * 12, any::<bool>(), 1u16..=999).prop_map(
            |(hari, bulan_setelah_18, perempuan, urut)| {
                let lahir = NaiveDate::from_ymd_opt(1940, 1, 1).unwrap()
                    + chrono::Days::new(u64::from(hari));
                let bulan0 =
                    (lahir.year() + 18) * 12 + lahir.month0() as i32 + bulan_setelah_18 as i32;
                let jk = if perempuan {
                    JenisKelamin::Perempuan
                } else {
                    JenisKelamin::LakiLaki
                };
                Nip::baru(lahir, (bulan0 / 12, bulan0 as u32 % 12 + 1), jk, urut).unwrap()
            },
        )
    }

    proptest! {
        #[test]
        fn tulis_lalu_baca_kembali(nip in nip_acak()) {
            prop_assert_eq!(baca_nip(&nip.to_string()), Ok(nip));
            prop_assert_eq!(baca_nip(&nip.ringkas()), Ok(nip));
            prop_assert_eq!(baca_nip(&format!("NIP. {nip}")), Ok(nip));
            prop_assert_eq!(nip.ringkas().len(), 18);
            prop_assert_eq!(nip.ringkas(), nip.to_string().replace(' ', ""));
        }

        #[test]
        fn tidak_panik(s in "(NIP\\.? ?)?[0-9 ]{0,25}|\\PC{0,30}") {
            let _ = baca_nip(&s);
        }
    }
}
