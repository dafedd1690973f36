//! Diagnostics as data: every problem found in a dataset, with the path of the field it is
//! about. The dataset loader turns paths into file, line and column; renderers print them.

use std::fmt;

use serde::Serialize;

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The dataset is invalid: figures would be wrong or cannot be computed.
    Error,
    /// Worth a look; the figures can still be computed.
    Warning,
}

/// One step of a path into the dataset.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum Segment {
    /// A table key.
    Key(String),
    /// An array index (0-based).
    Index(usize),
}

/// A path to a field of the dataset, e.g. `indikator[0].ikm.bulan[3].responden`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct DataPath(pub Vec<Segment>);

impl DataPath {
    /// The root of the dataset.
    pub fn root() -> Self {
        Self(Vec::new())
    }

    /// This path extended by a key.
    pub fn key(&self, k: &str) -> Self {
        let mut v = self.0.clone();
        v.push(Segment::Key(k.to_owned()));
        Self(v)
    }

    /// This path extended by an index.
    pub fn index(&self, i: usize) -> Self {
        let mut v = self.0.clone();
        v.push(Segment::Index(i));
        Self(v)
    }

    /// Parses the dotted form produced by `Display` (`a.b[2].c`).
    pub fn parse(s: &str) -> Self {
        let mut out = Vec::new();
        for part in s.split('.').filter(|p| !p.is_empty()) {
            let mut rest = part;
            if let Some(open) = rest.find('[') {
                if open > 0 {
                    out.push(Segment::Key(rest[..open].to_owned()));
                }
                rest = &rest[open..];
                while let Some(stripped) = rest.strip_prefix('[') {
                    let close = stripped.find(']').unwrap_or(stripped.len());
                    match stripped[..close].parse() {
                        Ok(i) => out.push(Segment::Index(i)),
                        Err(_) => out.push(Segment::Key(stripped[..close].to_owned())),
                    }
                    rest = stripped.get(close + 1..).unwrap_or("");
                }
            } else {
                out.push(Segment::Key(rest.to_owned()));
            }
        }
        Self(out)
    }
}

impl fmt::Display for DataPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for seg in &self.0 {
            match seg {
                Segment::Key(k) => {
                    if !first {
                        f.write_str(".")?;
                    }
                    f.write_str(k)?;
                }
                Segment::Index(i) => write!(f, "[{i}]")?,
            }
            first = false;
        }
        Ok(())
    }
}

impl Serialize for DataPath {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A problem in a dataset.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Stable identifier of the rule that raised it, e.g. `DS-NEGATIF`.
    pub code: &'static str,
    /// How bad it is.
    pub severity: Severity,
    /// The field it is about.
    pub path: DataPath,
    /// What is wrong, in Indonesian.
    pub message: String,
    /// What was expected, when that can be said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// What was found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<String>,
    /// Suggestions, in Indonesian.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<String>,
    /// Other fields involved (e.g. the other total of a disagreeing breakdown).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<DataPath>,
}

impl Diagnostic {
    /// An error about a field.
    pub fn error(code: &'static str, path: DataPath, message: impl Into<String>) -> Self {
        Self {
            code,
            severity: Severity::Error,
            path,
            message: message.into(),
            expected: None,
            found: None,
            hints: Vec::new(),
            related: Vec::new(),
        }
    }

    /// A warning about a field.
    pub fn warning(code: &'static str, path: DataPath, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, path, message)
        }
    }

    /// Adds what was expected and what was found.
    pub fn expected_found(mut self, expected: impl Into<String>, found: impl Into<String>) -> Self {
        self.expected = Some(expected.into());
        self.found = Some(found.into());
        self
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Adds a related field.
    pub fn related(mut self, path: DataPath) -> Self {
        self.related.push(path);
        self
    }

    /// Whether this diagnostic makes the dataset invalid.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_display_and_parse_round_trip() {
        let p = DataPath::root()
            .key("indikator")
            .index(0)
            .key("ikm")
            .key("bulan")
            .index(3);
        assert_eq!(p.to_string(), "indikator[0].ikm.bulan[3]");
        assert_eq!(DataPath::parse(&p.to_string()), p);
    }

    #[test]
    fn nested_indices_parse() {
        let p = DataPath::parse("ikm.jawaban[2][5]");
        assert_eq!(
            p.0,
            vec![
                Segment::Key("ikm".into()),
                Segment::Key("jawaban".into()),
                Segment::Index(2),
                Segment::Index(5)
            ]
        );
    }
}
