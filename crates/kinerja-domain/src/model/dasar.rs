//! The two value types every dataset field is built from: [`Angka`] (an exact number)
//! and [`Tanggal`] (a calendar date).
//!
//! Both read what people write: TOML numbers (`3.25`, `20_578_348_000`), Indonesian strings
//! (`"3,25"`, `"Rp 20.578.348.000"`), ISO and Indonesian dates. Neither ever goes through a
//! binary float except at the one boundary where TOML hands us one (see [`Angka`]).

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An exact decimal number from a dataset: an amount, an index, a percentage or a count.
///
/// Accepted forms: a TOML integer (`20_578_348_000`), a TOML float (`3.25`), or a string in
/// Indonesian style (`"3,25"`, `"Rp 20.578.348.000"`, `"1.234,5"`). A string that reads
/// differently in Indonesian and US style (`"1.234"`) is refused rather than guessed.
/// TOML floats reach us as binary doubles; we take the shortest decimal that round-trips,
/// which is the literal the user wrote whenever it has at most 15 significant digits
/// (the dataset loader rejects longer float literals before they get here).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Angka(pub Decimal);

impl Angka {
    /// The exact value.
    pub fn nilai(self) -> Decimal {
        self.0
    }
}

impl Deref for Angka {
    type Target = Decimal;
    fn deref(&self) -> &Decimal {
        &self.0
    }
}

impl From<Decimal> for Angka {
    fn from(d: Decimal) -> Self {
        Angka(d)
    }
}

impl From<i64> for Angka {
    fn from(n: i64) -> Self {
        Angka(Decimal::from(n))
    }
}

impl FromStr for Angka {
    type Err = String;

    /// Parses the string forms a dataset accepts (see the type's documentation).
    fn from_str(teks: &str) -> Result<Self, String> {
        let terbaca = if teks.trim_start().starts_with("Rp") {
            kinerja_bahasa::baca_rupiah(teks)
        } else {
            kinerja_bahasa::baca_angka(teks)
        }
        .map_err(|e| e.to_string())?;
        if terbaca.ambigu {
            let amerika = terbaca.nilai / Decimal::ONE_THOUSAND;
            return Err(format!(
                "angka \"{teks}\" ambigu: gaya Indonesia membacanya {}, gaya Amerika {}; \
                 tulis {} atau \"{}\"",
                terbaca.nilai.normalize(),
                kinerja_bahasa::format_angka(amerika, amerika.normalize().scale()),
                terbaca.nilai.normalize(),
                kinerja_bahasa::format_angka(amerika, amerika.normalize().scale()),
            ));
        }
        Ok(Angka(terbaca.nilai))
    }
}

impl fmt::Display for Angka {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Plain, machine-readable form; user-facing text goes through kinerja-bahasa.
        write!(f, "{}", self.0.normalize())
    }
}

impl Serialize for Angka {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.0.normalize();
        if d.scale() == 0
            && let Ok(n) = i64::try_from(d)
        {
            return s.serialize_i64(n);
        }
        // A string keeps every digit in every format (TOML, JSON, YAML).
        s.serialize_str(&kinerja_bahasa::format_angka(d, d.scale()))
    }
}

impl<'de> Deserialize<'de> for Angka {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(AngkaVisitor)
    }
}

struct AngkaVisitor;

impl<'de> Visitor<'de> for AngkaVisitor {
    type Value = Angka;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("angka (mis. 3.25, 20_578_348_000 atau \"3,25\")")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Angka, E> {
        Ok(Angka(Decimal::from(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Angka, E> {
        Ok(Angka(Decimal::from(v)))
    }

    // The one place a binary float is touched: TOML delivers floats as f64.
    #[allow(clippy::disallowed_types)]
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Angka, E> {
        if !v.is_finite() {
            return Err(E::custom("angka harus berhingga (bukan inf atau nan)"));
        }
        // Rust prints the shortest string that round-trips, i.e. the written literal.
        Decimal::from_str(&v.to_string())
            .map(Angka)
            .map_err(|_| E::custom(format!("angka {v} di luar jangkauan")))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Angka, E> {
        Angka::from_str(v).map_err(E::custom)
    }
}

impl JsonSchema for Angka {
    fn schema_name() -> Cow<'static, str> {
        "Angka".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Angka eksak: bilangan TOML (3.25, 20_578_348_000) atau teks gaya Indonesia (\"3,25\", \"Rp 20.578.348.000\").",
            "anyOf": [
                { "type": "number" },
                { "type": "string", "pattern": "^\\s*(Rp\\.?\\s*)?[-−]?[0-9][0-9.,]*\\s*(,-)?\\s*$" }
            ]
        })
    }
}

/// A calendar date. Accepted as a TOML date (`2024-01-05`) or a string
/// (`"2024-01-05"`, `"05 Januari 2024"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tanggal(pub NaiveDate);

impl Tanggal {
    /// The date.
    pub fn nilai(self) -> NaiveDate {
        self.0
    }
}

impl fmt::Display for Tanggal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Tanggal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Tanggal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TanggalVisitor)
    }
}

struct TanggalVisitor;

/// The key under which the `toml` crate hands over its native date values.
const TOML_DATETIME_KEY: &str = "$__toml_private_datetime";

impl<'de> Visitor<'de> for TanggalVisitor {
    type Value = Tanggal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("tanggal (mis. 2024-01-05 atau \"05 Januari 2024\")")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Tanggal, E> {
        kinerja_bahasa::baca_tanggal(v)
            .map(Tanggal)
            .map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tanggal, A::Error> {
        match map.next_key::<String>()? {
            Some(k) if k == TOML_DATETIME_KEY => {
                let s: String = map.next_value()?;
                NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                    .map(Tanggal)
                    .map_err(|_| {
                        de::Error::custom(format!(
                            "tanggal \"{s}\" harus berupa tanggal saja (YYYY-MM-DD), tanpa jam"
                        ))
                    })
            }
            _ => Err(de::Error::custom("diharapkan tanggal, ditemukan tabel")),
        }
    }
}

impl JsonSchema for Tanggal {
    fn schema_name() -> Cow<'static, str> {
        "Tanggal".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Tanggal: 2024-01-05 atau \"05 Januari 2024\".",
            "type": "string"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn angka_from_indonesian_string() {
        assert_eq!(Angka::from_str("3,25").unwrap().0, Decimal::new(325, 2));
        assert_eq!(
            Angka::from_str("Rp 20.578.348.000").unwrap().0,
            Decimal::from(20_578_348_000_i64)
        );
    }

    #[test]
    fn ambiguous_string_is_refused() {
        let err = Angka::from_str("1.234").unwrap_err();
        assert!(err.contains("ambigu"), "{err}");
    }

    #[test]
    fn angka_serializes_whole_numbers_as_integers() {
        let v = serde_json::to_value(Angka(Decimal::from(42))).unwrap();
        assert_eq!(v, serde_json::json!(42));
        let v = serde_json::to_value(Angka(Decimal::new(399, 2))).unwrap();
        assert_eq!(v, serde_json::json!("3,99"));
    }

    #[test]
    fn angka_round_trips_through_json() {
        for s in ["3,99", "0,5", "123456789012,34", "-7,25"] {
            let a = Angka::from_str(s).unwrap();
            let json = serde_json::to_string(&a).unwrap();
            let back: Angka = serde_json::from_str(&json).unwrap();
            assert_eq!(a, back, "{s}");
        }
    }

    #[test]
    fn tanggal_accepts_iso_and_indonesian() {
        let a: Tanggal = serde_json::from_str("\"2024-01-05\"").unwrap();
        let b: Tanggal = serde_json::from_str("\"05 Januari 2024\"").unwrap();
        assert_eq!(a, b);
    }
}
