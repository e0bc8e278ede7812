//! What `nango-bench all` measures, kept as data: rows of samples (ours, and a reference's when
//! there is one), written out as Markdown tables for BENCHMARKS.md and as JSON.
//!
//! A ratio is always "how many times better nango-rs is": reference time / our time for times,
//! our rate / reference rate for rates, so a ratio above 1 means we win whatever the unit. When
//! both sides were measured in pairs (A B A B, interleaved, so that a noisy neighbour hits both),
//! the ratio is the median of the per-pair ratios; otherwise the ratio of the medians.

use std::fmt::Write as _;

use serde::Serialize;

/// Whether a lower or a higher figure is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Better {
    /// Times, memory, sizes.
    Lower,
    /// Rates.
    Higher,
}

/// Summary of a series of samples.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Stats {
    pub runs: usize,
    pub min: f64,
    pub median: f64,
    pub max: f64,
}

impl Stats {
    /// Summarises `samples`; `None` when there are none.
    pub fn of(samples: &[f64]) -> Option<Self> {
        if samples.is_empty() {
            return None;
        }
        let mut sorted = samples.to_vec();
        sorted.sort_by(f64::total_cmp);
        Some(Self {
            runs: sorted.len(),
            min: sorted[0],
            median: median_of_sorted(&sorted),
            max: sorted[sorted.len() - 1],
        })
    }
}

fn median_of_sorted(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

/// One measured figure.
#[derive(Clone, Debug, Serialize)]
pub struct Row {
    /// What was measured, as a table row's first cell.
    pub name: String,
    /// The samples' unit: "s", "ms", "µs", "records/s", "runs/s", "requests/s", "MiB".
    pub unit: String,
    pub better: Better,
    /// Our samples, in measurement order.
    pub ours: Vec<f64>,
    /// The reference's samples, in measurement order (paired with `ours` when `paired`).
    pub reference: Vec<f64>,
    /// Whether `ours[i]` and `reference[i]` were measured as a pair, one right after the other.
    pub paired: bool,
    /// Why a side is missing, or anything a reader must know to read the figure.
    pub note: Option<String>,
}

impl Row {
    /// A figure of ours alone.
    pub fn ours(name: impl Into<String>, unit: &str, better: Better, samples: Vec<f64>) -> Self {
        Self {
            name: name.into(),
            unit: unit.into(),
            better,
            ours: samples,
            reference: Vec::new(),
            paired: false,
            note: None,
        }
    }

    /// A figure of ours beside the reference's, measured in pairs (A B A B).
    pub fn paired(
        name: impl Into<String>,
        unit: &str,
        better: Better,
        ours: Vec<f64>,
        reference: Vec<f64>,
    ) -> Self {
        let paired = ours.len() == reference.len();
        Self {
            paired,
            reference,
            ..Self::ours(name, unit, better, ours)
        }
    }

    /// The same row with a note.
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// How many times better ours is (above 1: ours wins); `None` without a reference.
    pub fn ratio(&self) -> Option<f64> {
        let better = |ours: f64, reference: f64| match self.better {
            Better::Lower => reference / ours,
            Better::Higher => ours / reference,
        };
        if self.paired && !self.ours.is_empty() {
            let mut ratios: Vec<f64> = self
                .ours
                .iter()
                .zip(&self.reference)
                .map(|(&o, &r)| better(o, r))
                .filter(|r| r.is_finite())
                .collect();
            ratios.sort_by(f64::total_cmp);
            return (!ratios.is_empty()).then(|| median_of_sorted(&ratios));
        }
        let ours = Stats::of(&self.ours)?;
        let reference = Stats::of(&self.reference)?;
        Some(better(ours.median, reference.median)).filter(|r| r.is_finite())
    }
}

/// A titled group of rows: one table.
#[derive(Clone, Debug, Serialize)]
pub struct Section {
    pub title: String,
    /// What the reference column is ("nango@0.60.5", "Node.js 20", …); empty when none.
    pub reference: String,
    /// How the figures were taken, a paragraph above the table.
    pub method: String,
    pub rows: Vec<Row>,
}

impl Section {
    pub fn new(
        title: impl Into<String>,
        reference: impl Into<String>,
        method: impl Into<String>,
    ) -> Self {
        Self {
            title: title.into(),
            reference: reference.into(),
            method: method.into(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Row) {
        self.rows.push(row);
    }
}

/// Where and when the figures were taken.
#[derive(Clone, Debug, Serialize)]
pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub memory_gib: f64,
    pub os: String,
    pub commit: String,
    /// Seconds since the Unix epoch when the run started.
    pub started_unix: u64,
    /// The whole run's wall time, in seconds.
    pub wall_seconds: f64,
}

impl Machine {
    /// Reads this machine's description (Linux `/proc`, `git` for the commit).
    pub fn here() -> Self {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let cpu = cpuinfo
            .lines()
            .find_map(|l| l.strip_prefix("model name"))
            .and_then(|l| l.split_once(':'))
            .map(|(_, name)| name.trim().to_string())
            .unwrap_or_else(|| "unknown".into());
        let memory_gib = std::fs::read_to_string("/proc/meminfo")
            .ok()
            .and_then(|m| {
                m.lines()
                    .find_map(|l| l.strip_prefix("MemTotal:"))
                    .and_then(|l| l.split_whitespace().next()?.parse::<f64>().ok())
            })
            .map_or(0.0, |kib| kib / (1024.0 * 1024.0));
        let commit = std::process::Command::new("git")
            .args(["rev-parse", "--short=12", "HEAD"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_else(|| "unknown".into());
        let dirty = std::process::Command::new("git")
            .args(["status", "--porcelain", "--untracked-files=no"])
            .output()
            .ok()
            .is_some_and(|o| !o.stdout.is_empty());
        Self {
            cpu,
            cores: std::thread::available_parallelism().map_or(1, usize::from),
            memory_gib,
            os: format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
            commit: if dirty {
                format!("{commit}+changes")
            } else {
                commit
            },
            started_unix: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            wall_seconds: 0.0,
        }
    }
}

/// The whole run.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub machine: Machine,
    pub sections: Vec<Section>,
}

/// Where the generated part of BENCHMARKS.md begins and ends; the rest of the file is prose
/// kept by hand.
pub const BEGIN: &str = "<!-- nango-bench all: generated from here -->";
pub const END: &str = "<!-- nango-bench all: generated up to here -->";

impl Report {
    /// The JSON file: every sample, summaries and ratios.
    pub fn json(&self) -> serde_json::Value {
        let sections: Vec<serde_json::Value> = self
            .sections
            .iter()
            .map(|section| {
                let rows: Vec<serde_json::Value> = section
                    .rows
                    .iter()
                    .map(|row| {
                        serde_json::json!({
                            "name": row.name,
                            "unit": row.unit,
                            "better": row.better,
                            "ours": Stats::of(&row.ours),
                            "reference": Stats::of(&row.reference),
                            "ratio": row.ratio(),
                            "paired": row.paired,
                            "samples": { "ours": row.ours, "reference": row.reference },
                            "note": row.note,
                        })
                    })
                    .collect();
                serde_json::json!({
                    "title": section.title,
                    "reference": section.reference,
                    "method": section.method,
                    "rows": rows,
                })
            })
            .collect();
        serde_json::json!({ "machine": self.machine, "sections": sections })
    }

    /// The Markdown of the generated part (markers included).
    pub fn markdown(&self) -> String {
        format!(
            "{BEGIN}\n\n## `nango-bench all`\n\n{}\n{END}\n",
            self.body()
        )
    }

    /// Where and when, then one table per section.
    pub fn body(&self) -> String {
        let m = &self.machine;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "Commit `{}`, {} ({} cores, {:.0} GiB, {}), whole run {:.0} s. \
             Each cell is the median, with min–max and the number of runs below it. A ratio is how \
             many times better nango-rs is (above 1: nango-rs wins); pairs were measured A B A B, \
             interleaved, and their ratio is the median of the per-pair ratios.",
            m.commit, m.cpu, m.cores, m.memory_gib, m.os, m.wall_seconds
        );
        for section in &self.sections {
            let _ = writeln!(out, "\n### {}\n\n{}\n", section.title, section.method);
            if section.reference.is_empty() {
                let _ = writeln!(out, "| measurement | nango-rs |\n|---|---|");
            } else {
                let _ = writeln!(
                    out,
                    "| measurement | nango-rs | {} | ratio |\n|---|---|---|---|",
                    section.reference
                );
            }
            for row in &section.rows {
                let name = match &row.note {
                    Some(note) => format!("{} ({note})", row.name),
                    None => row.name.clone(),
                };
                let ours = cell(&row.ours, &row.unit);
                if section.reference.is_empty() {
                    let _ = writeln!(out, "| {name} | {ours} |");
                } else {
                    let ratio = row
                        .ratio()
                        .map_or_else(|| "–".to_string(), |r| format!("**{}**", ratio_text(r)));
                    let _ = writeln!(
                        out,
                        "| {name} | {ours} | {} | {ratio} |",
                        cell(&row.reference, &row.unit)
                    );
                }
            }
        }
        out
    }

    /// BENCHMARKS.md with its generated part replaced by this run's (appended when the file has
    /// none yet).
    pub fn splice_into(&self, existing: &str) -> String {
        let generated = self.markdown();
        match (existing.find(BEGIN), existing.find(END)) {
            (Some(begin), Some(end)) if begin < end => {
                let after = &existing[end + END.len()..];
                format!("{}{}{}", &existing[..begin], generated.trim_end(), after)
            }
            _ => format!("{}\n{generated}", existing.trim_end()),
        }
    }
}

/// `median` over `min–max · n runs`, in the row's unit.
fn cell(samples: &[f64], unit: &str) -> String {
    match Stats::of(samples) {
        None => "–".into(),
        Some(s) if s.runs == 1 => format!("{} {unit}", number(s.median)),
        Some(s) => format!(
            "{} {unit}<br><sub>{}–{} · {} runs</sub>",
            number(s.median),
            number(s.min),
            number(s.max),
            s.runs
        ),
    }
}

/// A figure with three significant digits (thousands separated).
pub fn number(x: f64) -> String {
    let magnitude = x.abs();
    // 999.7 is written 1,000, as it rounds.
    if magnitude >= 999.5 {
        let rounded = x.round() as i64;
        let digits = rounded.unsigned_abs().to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        if rounded < 0 {
            format!("-{grouped}")
        } else {
            grouped
        }
    } else if magnitude >= 100.0 {
        format!("{x:.0}")
    } else if magnitude >= 10.0 {
        format!("{x:.1}")
    } else if magnitude >= 1.0 {
        format!("{x:.2}")
    } else {
        format!("{x:.3}")
    }
}

/// `1.18×` when ours wins, `0.50× (2.0× slower)` when it loses.
fn ratio_text(ratio: f64) -> String {
    if ratio >= 1.0 {
        format!("{}×", number(ratio))
    } else {
        format!("{}× ({}× slower)", number(ratio), number(1.0 / ratio))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_say_how_many_times_better_ours_is_whatever_the_unit() {
        let time = Row::paired(
            "t",
            "s",
            Better::Lower,
            vec![1.0, 2.0, 1.0],
            vec![10.0, 10.0, 30.0],
        );
        assert_eq!(time.ratio(), Some(10.0)); // pairs 10, 5, 30 → median 10
        let rate = Row::paired("r", "records/s", Better::Higher, vec![50.0], vec![100.0]);
        assert_eq!(rate.ratio(), Some(0.5));
        let unpaired = Row::paired("u", "s", Better::Lower, vec![1.0, 3.0], vec![4.0]);
        assert!(!unpaired.paired);
        assert_eq!(unpaired.ratio(), Some(2.0)); // 4 / median(1, 3)
        assert_eq!(Row::ours("o", "s", Better::Lower, vec![1.0]).ratio(), None);
    }

    #[test]
    fn stats_take_the_median_of_an_even_series_as_the_mean_of_the_middle_two() {
        let s = Stats::of(&[4.0, 1.0, 3.0, 2.0]).unwrap();
        assert_eq!((s.min, s.median, s.max, s.runs), (1.0, 2.5, 4.0, 4));
        assert!(Stats::of(&[]).is_none());
    }

    #[test]
    fn the_generated_part_replaces_the_last_one_and_keeps_the_prose_around_it() {
        let mut section = Section::new("Ingest", "reference", "How.");
        section.push(Row::paired(
            "new",
            "records/s",
            Better::Higher,
            vec![2.0],
            vec![1.0],
        ));
        let report = Report {
            machine: Machine {
                cpu: "cpu".into(),
                cores: 2,
                memory_gib: 24.0,
                os: "linux".into(),
                commit: "abc".into(),
                started_unix: 0,
                wall_seconds: 1.0,
            },
            sections: vec![section],
        };
        let once = report.splice_into("# Benchmarks\n\nprose\n");
        assert!(once.starts_with("# Benchmarks\n\nprose\n"));
        assert!(
            once.contains("| new | 2.00 records/s | 1.00 records/s | **2.00×** |"),
            "{once}"
        );
        let twice = report.splice_into(&format!("{once}\n## After\n"));
        assert_eq!(twice.matches(BEGIN).count(), 1);
        assert!(twice.ends_with("\n## After\n"), "{twice}");
        assert_eq!(number(38254.4), "38,254");
        assert_eq!(number(999.7), "1,000");
        assert_eq!(ratio_text(0.5), "0.500× (2.00× slower)");
    }
}
