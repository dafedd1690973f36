//! Where a diagnostic points: file, line, column — and how it is printed.

use std::fmt::Write as _;

use kinerja_domain::{Diagnostic, Severity};
use serde::Serialize;

/// A place in a source file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Lokasi {
    /// The file, as the user named it (relative paths stay relative).
    pub berkas: String,
    /// 1-based line.
    pub baris: usize,
    /// 1-based column, in characters.
    pub kolom: usize,
    /// Length of the span on its first line, in characters (at least 1).
    pub panjang: usize,
    /// The source line, for display.
    #[serde(skip)]
    pub teks_baris: String,
}

impl Lokasi {
    /// The location of byte span `span` in `teks`.
    pub fn dari_span(berkas: &str, teks: &str, span: std::ops::Range<usize>) -> Self {
        let mulai = floor_char_boundary(teks, span.start.min(teks.len()));
        let awal_baris = teks[..mulai].rfind('\n').map_or(0, |i| i + 1);
        let akhir_baris = teks[mulai..].find('\n').map_or(teks.len(), |i| mulai + i);
        let baris = teks[..mulai].matches('\n').count() + 1;
        let kolom = teks[awal_baris..mulai].chars().count() + 1;
        let selesai = floor_char_boundary(teks, span.end.clamp(mulai, akhir_baris));
        let panjang = teks[mulai..selesai].chars().count().max(1);
        Self {
            berkas: berkas.to_owned(),
            baris,
            kolom,
            panjang,
            teks_baris: teks[awal_baris..akhir_baris]
                .trim_end_matches('\r')
                .to_owned(),
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A diagnostic with its location, when it could be found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DiagnostikBerlokasi {
    /// The diagnostic.
    #[serde(flatten)]
    pub diagnostik: Diagnostic,
    /// Where it points.
    pub lokasi: Option<Lokasi>,
}

impl DiagnostikBerlokasi {
    /// Whether it is an error.
    pub fn is_error(&self) -> bool {
        self.diagnostik.is_error()
    }
}

/// Prints diagnostics like a compiler does: the message, the place, the source line with the
/// span underlined, what was expected and found, hints.
pub fn render_teks(daftar: &[DiagnostikBerlokasi]) -> String {
    let mut out = String::new();
    for d in daftar {
        let diag = &d.diagnostik;
        let jenis = match diag.severity {
            Severity::Error => "galat",
            Severity::Warning => "peringatan",
        };
        let _ = writeln!(out, "{jenis}[{}]: {}", diag.code, diag.message);
        match &d.lokasi {
            Some(l) => {
                let _ = writeln!(
                    out,
                    "  --> {}:{}:{}  ({})",
                    l.berkas, l.baris, l.kolom, diag.path
                );
                let lebar = l.baris.to_string().len();
                let _ = writeln!(out, "{:lebar$} |", "");
                let _ = writeln!(out, "{} | {}", l.baris, l.teks_baris);
                let mut garis = format!(
                    "{:lebar$} | {}{}",
                    "",
                    " ".repeat(l.kolom - 1),
                    "^".repeat(l.panjang.min(80))
                );
                if let (Some(e), Some(f)) = (&diag.expected, &diag.found) {
                    let _ = write!(garis, " diharapkan {e}, ditemukan {f}");
                }
                let _ = writeln!(out, "{garis}");
            }
            None => {
                let _ = writeln!(out, "  --> {}", diag.path);
                if let (Some(e), Some(f)) = (&diag.expected, &diag.found) {
                    let _ = writeln!(out, "   = diharapkan {e}, ditemukan {f}");
                }
            }
        }
        for h in &diag.hints {
            let _ = writeln!(out, "   = petunjuk: {h}");
        }
        for r in &diag.related {
            let _ = writeln!(out, "   = terkait: {r}");
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_in_characters() {
        let teks = "a = 1\nnama = \"Ümit\"\npagu = -5\n";
        let mulai = teks.find("-5").unwrap();
        let l = Lokasi::dari_span("x.toml", teks, mulai..mulai + 2);
        assert_eq!((l.baris, l.kolom, l.panjang), (3, 8, 2));
        assert_eq!(l.teks_baris, "pagu = -5");
        let mulai = teks.find('"').unwrap() + 1;
        let l = Lokasi::dari_span("x.toml", teks, mulai..mulai + 5);
        assert_eq!((l.baris, l.kolom, l.panjang), (2, 9, 4));
    }

    #[test]
    fn spans_out_of_range_do_not_panic() {
        let l = Lokasi::dari_span("x", "ab", 10..20);
        assert_eq!(l.baris, 1);
        let l = Lokasi::dari_span("x", "é", 1..1);
        assert_eq!(l.kolom, 1);
    }
}
