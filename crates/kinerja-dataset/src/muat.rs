//! Loading a dataset: TOML text → merged table (with `sertakan` includes) → [`Dataset`],
//! every problem located at its file, line and column.
//!
//! The work is pure: included files are obtained through a [`Pembaca`], so tests and the web
//! application can load from memory. [`crate::baca_berkas`] is the file-system reader.
//!
//! Include rule: an included file contributes top-level keys. A key present in only one file
//! is taken from it; arrays of tables (`[[indikator]]`, `[[anggaran]]`…) are concatenated,
//! included files first; any other key defined twice is an error naming both places.

use std::collections::HashMap;
use std::ops::Range;

use kinerja_domain::diagnostik::{DataPath, Segment};
use kinerja_domain::{Dataset, Diagnostic};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::lokasi::{DiagnostikBerlokasi, Lokasi};
use crate::{bagian, pesan};

/// Reads an included file: given the including file's name and the path written in
/// `sertakan`, returns the included file's name (for messages) and its text.
pub trait Pembaca {
    /// Reads `jalur` as written in file `dari`.
    fn baca(&mut self, dari: &str, jalur: &str) -> Result<(String, String), String>;
}

impl<F: FnMut(&str, &str) -> Result<(String, String), String>> Pembaca for F {
    fn baca(&mut self, dari: &str, jalur: &str) -> Result<(String, String), String> {
        self(dari, jalur)
    }
}

/// A source file taking part in a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Berkas {
    /// Its name, as the user wrote it.
    pub nama: String,
    /// Its text.
    pub teks: String,
}

/// Where each part of the merged dataset came from, to turn paths into locations.
#[derive(Clone, Debug)]
pub struct PetaSumber {
    berkas: Vec<Berkas>,
    /// (top-level key, merged array index) → (file index, index within that file's array).
    asal: HashMap<(String, Option<usize>), (usize, Option<usize>)>,
}

impl PetaSumber {
    /// The files of the dataset, the main one first.
    pub fn berkas(&self) -> &[Berkas] {
        &self.berkas
    }

    /// Locates a path of the dataset; falls back to the nearest existing parent.
    pub fn cari(&self, path: &DataPath) -> Option<Lokasi> {
        let mut segs = path.0.clone();
        let mut f = 0;
        if let Some(Segment::Key(k)) = segs.first() {
            let idx = match segs.get(1) {
                Some(Segment::Index(i)) => Some(*i),
                _ => None,
            };
            if let Some((berkas, idx_asal)) = self
                .asal
                .get(&(k.clone(), idx))
                .or_else(|| self.asal.get(&(k.clone(), None)))
            {
                f = *berkas;
                if let (Some(i), Some(Segment::Index(_))) = (idx_asal, segs.get(1)) {
                    segs[1] = Segment::Index(*i);
                }
            }
        }
        let b = self.berkas.get(f)?;
        let (tabel, _) = DeTable::parse_recoverable(&b.teks);
        Some(Lokasi::dari_span(
            &b.nama,
            &b.teks,
            span_jalur(&tabel, &segs),
        ))
    }

    /// Attaches locations to diagnostics.
    pub fn lokasikan(&self, daftar: Vec<Diagnostic>) -> Vec<DiagnostikBerlokasi> {
        let tabel: Vec<Spanned<DeTable<'_>>> = self
            .berkas
            .iter()
            .map(|b| DeTable::parse_recoverable(&b.teks).0)
            .collect();
        daftar
            .into_iter()
            .map(|d| {
                let mut segs = d.path.0.clone();
                let mut f = 0;
                if let Some(Segment::Key(k)) = segs.first() {
                    let idx = match segs.get(1) {
                        Some(Segment::Index(i)) => Some(*i),
                        _ => None,
                    };
                    if let Some((berkas, idx_asal)) = self
                        .asal
                        .get(&(k.clone(), idx))
                        .or_else(|| self.asal.get(&(k.clone(), None)))
                    {
                        f = *berkas;
                        if let (Some(i), Some(Segment::Index(_))) = (idx_asal, segs.get(1)) {
                            segs[1] = Segment::Index(*i);
                        }
                    }
                }
                let lokasi = self
                    .berkas
                    .get(f)
                    .zip(tabel.get(f))
                    .map(|(b, t)| Lokasi::dari_span(&b.nama, &b.teks, span_jalur(t, &segs)));
                DiagnostikBerlokasi {
                    diagnostik: d,
                    lokasi,
                }
            })
            .collect()
    }
}

/// The span of the deepest node along `segs` that exists.
fn span_jalur(tabel: &Spanned<DeTable<'_>>, segs: &[Segment]) -> Range<usize> {
    let mut span = 0..0;
    let mut t: Option<&DeTable<'_>> = Some(tabel.get_ref());
    let mut node: Option<&DeValue<'_>> = None;
    for seg in segs {
        let berikut = match (seg, t, node) {
            (Segment::Key(k), Some(tb), _) => cari_kunci(tb, k),
            (Segment::Index(i), _, Some(DeValue::Array(a))) => a.get(*i),
            _ => None,
        };
        let Some(b) = berikut else { break };
        span = b.span();
        node = Some(b.get_ref());
        t = match b.get_ref() {
            DeValue::Table(x) => Some(x),
            _ => None,
        };
    }
    span
}

pub(crate) fn cari_kunci<'a, 'i>(t: &'a DeTable<'i>, k: &str) -> Option<&'a Spanned<DeValue<'i>>> {
    t.iter()
        .find(|(kk, _)| kk.get_ref().as_ref() == k)
        .map(|(_, v)| v)
}

/// A dataset, loaded, with the map of where each part came from.
#[derive(Clone, Debug)]
pub struct Muatan {
    /// The dataset.
    pub dataset: Dataset,
    /// Source map, to locate diagnostics.
    pub peta: PetaSumber,
}

/// Loading failed: every problem found, located.
#[derive(Debug)]
pub struct GagalMuat {
    /// The problems.
    pub diagnostik: Vec<DiagnostikBerlokasi>,
}

impl std::fmt::Display for GagalMuat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lokasi::render_teks(&self.diagnostik))
    }
}

impl std::error::Error for GagalMuat {}

fn galat_di(
    kode: &'static str,
    berkas: &Berkas,
    span: Range<usize>,
    pesan: String,
) -> DiagnostikBerlokasi {
    DiagnostikBerlokasi {
        diagnostik: Diagnostic::error(kode, DataPath::root(), pesan),
        lokasi: Some(Lokasi::dari_span(&berkas.nama, &berkas.teks, span)),
    }
}

pub(crate) fn galat_tanpa_lokasi(kode: &'static str, pesan: String) -> DiagnostikBerlokasi {
    DiagnostikBerlokasi {
        diagnostik: Diagnostic::error(kode, DataPath::root(), pesan),
        lokasi: None,
    }
}

/// The include paths written in a parsed file, with their spans.
fn sertakan(tabel: &DeTable<'_>) -> Result<Vec<(String, Range<usize>)>, Range<usize>> {
    match cari_kunci(tabel, "sertakan") {
        None => Ok(Vec::new()),
        Some(v) => match v.get_ref() {
            DeValue::Array(a) => a
                .iter()
                .map(|x| match x.get_ref() {
                    DeValue::String(s) => Ok((s.to_string(), x.span())),
                    _ => Err(x.span()),
                })
                .collect(),
            _ => Err(v.span()),
        },
    }
}

/// Reads the main file's text and every file it includes, depth first, refusing cycles.
fn kumpulkan(
    utama: Berkas,
    pembaca: &mut dyn Pembaca,
    galat: &mut Vec<DiagnostikBerlokasi>,
) -> Vec<Berkas> {
    let mut semua = vec![utama];
    let mut antrian = vec![(0usize, vec![0usize])];
    while let Some((i, leluhur)) = antrian.pop() {
        let (tabel, err) = DeTable::parse_recoverable(&semua[i].teks);
        if !err.is_empty() {
            continue; // reported when parsed for real
        }
        let daftar = match sertakan(tabel.get_ref()) {
            Ok(d) => d,
            Err(span) => {
                galat.push(galat_di(
                    "DS-SERTAKAN",
                    &semua[i],
                    span,
                    "`sertakan` harus berupa daftar jalur berkas (teks)".into(),
                ));
                continue;
            }
        };
        for (jalur, span) in daftar {
            match pembaca.baca(&semua[i].nama, &jalur) {
                Ok((nama, teks)) => {
                    if let Some(j) = semua.iter().position(|b| b.nama == nama) {
                        if leluhur.contains(&j) {
                            galat.push(galat_di("DS-SERTAKAN", &semua[i], span, format!("penyertaan melingkar: \"{nama}\" menyertakan dirinya sendiri secara tidak langsung")));
                        } else {
                            galat.push(galat_di(
                                "DS-SERTAKAN",
                                &semua[i],
                                span,
                                format!("\"{nama}\" sudah disertakan di tempat lain"),
                            ));
                        }
                        continue;
                    }
                    semua.push(Berkas { nama, teks });
                    let j = semua.len() - 1;
                    let mut l = leluhur.clone();
                    l.push(j);
                    antrian.push((j, l));
                }
                Err(e) => galat.push(galat_di(
                    "DS-SERTAKAN",
                    &semua[i],
                    span,
                    format!("berkas yang disertakan \"{jalur}\" tidak dapat dibaca: {e}"),
                )),
            }
        }
    }
    semua
}

/// Float literals longer than 15 significant digits would not survive the trip through a
/// binary double: they must be written as text.
fn periksa_pecahan(
    v: &Spanned<DeValue<'_>>,
    berkas: &Berkas,
    galat: &mut Vec<DiagnostikBerlokasi>,
) {
    match v.get_ref() {
        DeValue::Float(f) => {
            let s = f.as_str();
            let digit = s
                .split(['e', 'E'])
                .next()
                .unwrap_or("")
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>();
            let bermakna = digit.trim_start_matches('0').len();
            if bermakna > 15 || s.contains("inf") || s.contains("nan") {
                galat.push(galat_di(
                    "DS-ANGKA",
                    berkas,
                    v.span(),
                    format!("angka pecahan {s} terlalu panjang untuk dibaca tepat; tulis sebagai teks, mis. \"{}\"", s.replace('.', ",")),
                ));
            }
        }
        DeValue::Array(a) => a.iter().for_each(|x| periksa_pecahan(x, berkas, galat)),
        DeValue::Table(t) => t
            .iter()
            .for_each(|(_, x)| periksa_pecahan(x, berkas, galat)),
        _ => {}
    }
}

/// Loads a dataset from the text of its main file.
pub fn muat_teks(nama: &str, teks: &str, pembaca: &mut dyn Pembaca) -> Result<Muatan, GagalMuat> {
    let mut galat = Vec::new();
    let semua = kumpulkan(
        Berkas {
            nama: nama.to_owned(),
            teks: teks.to_owned(),
        },
        pembaca,
        &mut galat,
    );

    // Parse every file (borrowing from `semua`, which no longer changes).
    let mut terurai: Vec<Spanned<DeTable<'_>>> = Vec::new();
    for b in &semua {
        let (t, err) = DeTable::parse_recoverable(&b.teks);
        for e in err {
            let span = e.span().unwrap_or(0..0);
            galat.push(galat_di(
                "DS-TOML",
                b,
                span,
                format!("TOML tidak sah: {}", pesan::terjemahkan_toml(e.message())),
            ));
        }
        terurai.push(t);
    }
    if !galat.is_empty() {
        return Err(GagalMuat { diagnostik: galat });
    }
    for (t, b) in terurai.iter().zip(&semua) {
        for (_, v) in t.get_ref().iter() {
            periksa_pecahan(v, b, &mut galat);
        }
    }

    // Merge: included files first, so arrays list their elements before the main file's.
    let mut gabungan: DeTable<'_> = DeTable::new();
    let mut asal: HashMap<(String, Option<usize>), (usize, Option<usize>)> = HashMap::new();
    let mut tempat: HashMap<String, (usize, Range<usize>)> = HashMap::new();
    let urutan: Vec<usize> = (1..semua.len()).chain(std::iter::once(0)).collect();
    for f in urutan {
        for (k, v) in terurai[f].get_ref().iter() {
            let kunci = k.get_ref().to_string();
            if kunci == "sertakan" && f != 0 {
                continue;
            }
            match (cari_kunci_mut(&mut gabungan, &kunci), v.get_ref()) {
                (None, nilai) => {
                    if let DeValue::Array(a) = nilai {
                        for i in 0..a.len() {
                            asal.insert((kunci.clone(), Some(i)), (f, Some(i)));
                        }
                    }
                    asal.insert((kunci.clone(), None), (f, None));
                    tempat.insert(kunci.clone(), (f, k.span()));
                    gabungan.insert(k.clone(), v.clone());
                }
                (Some(ada), DeValue::Array(baru)) if matches!(ada.get_ref(), DeValue::Array(_)) => {
                    if let DeValue::Array(lama) = ada.get_mut() {
                        for (i, x) in baru.iter().enumerate() {
                            asal.insert((kunci.clone(), Some(lama.len())), (f, Some(i)));
                            lama.push(x.clone());
                        }
                    }
                }
                (Some(_), _) => {
                    let (f0, _) = tempat.get(&kunci).cloned().unwrap_or((0, 0..0));
                    galat.push(galat_di(
                        "DS-SERTAKAN",
                        &semua[f],
                        k.span(),
                        format!("`{kunci}` sudah didefinisikan di \"{}\"; hanya daftar tabel ([[…]]) yang dapat digabung", semua[f0].nama),
                    ));
                }
            }
        }
    }
    let peta = PetaSumber {
        berkas: semua.clone(),
        asal,
    };
    if !galat.is_empty() {
        return Err(GagalMuat { diagnostik: galat });
    }

    // Deserialise section by section, so one bad indicator doesn't hide the next.
    let diag = bagian::periksa_bagian(&gabungan);
    if !diag.is_empty() {
        return Err(GagalMuat {
            diagnostik: lokasikan_serde(&peta, diag),
        });
    }
    let span = 0..semua[0].teks.len();
    let de = toml::de::Deserializer::from(Spanned::new(span, gabungan));
    match serde_path_to_error::deserialize::<_, Dataset>(de) {
        Ok(dataset) => Ok(Muatan { dataset, peta }),
        Err(e) => {
            let path = pesan::jalur_serde(e.path());
            let d = pesan::diagnostik_serde(path, e.inner().message());
            Err(GagalMuat {
                diagnostik: lokasikan_serde(&peta, vec![d]),
            })
        }
    }
}

fn cari_kunci_mut<'a, 'i>(t: &'a mut DeTable<'i>, k: &str) -> Option<&'a mut Spanned<DeValue<'i>>> {
    t.iter_mut()
        .find(|(kk, _)| kk.get_ref().as_ref() == k)
        .map(|(_, v)| v)
}

fn lokasikan_serde(peta: &PetaSumber, diag: Vec<Diagnostic>) -> Vec<DiagnostikBerlokasi> {
    peta.lokasikan(diag)
}

/// Loads a dataset held entirely in memory (no includes allowed).
pub fn muat_tunggal(nama: &str, teks: &str) -> Result<Muatan, GagalMuat> {
    let mut tolak = |_: &str, jalur: &str| -> Result<(String, String), String> {
        Err(format!("penyertaan \"{jalur}\" tidak didukung di sini"))
    };
    muat_teks(nama, teks, &mut tolak)
}
