//! Limits of one run. Hitting one ends the run with an error naming it; the host is unaffected.

use std::time::Duration;

use crate::error::LimitKind;

/// Time, memory and size limits of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Wall time from start to end, awaits included.
    pub wall_time: Duration,
    /// Memory the JavaScript heap may use.
    pub memory_bytes: usize,
    /// JavaScript stack.
    pub stack_bytes: usize,
    /// Size of an action's output as JSON.
    pub output_bytes: usize,
    /// Longest log line; longer ones are cut.
    pub log_line_bytes: usize,
    /// Most log lines a run may write: a script that logs in a loop without end is stopped
    /// rather than left to fill the logs.
    pub log_lines: usize,
}

impl Limits {
    /// Nango's defaults for actions: 15 minutes, 512 MB.
    pub fn action() -> Self {
        Self {
            wall_time: Duration::from_secs(15 * 60),
            ..Self::sync()
        }
    }

    /// Nango's defaults for syncs: 24 hours, 512 MB.
    pub fn sync() -> Self {
        Self {
            wall_time: Duration::from_secs(24 * 3600),
            memory_bytes: 512 * 1024 * 1024,
            stack_bytes: 1024 * 1024,
            output_bytes: 2 * 1024 * 1024,
            log_line_bytes: 64 * 1024,
            log_lines: 100_000,
        }
    }

    /// The message of a limit error.
    pub fn describe(&self, limit: LimitKind) -> String {
        match limit {
            LimitKind::WallTime => format!(
                "the script ran longer than its time limit ({})",
                human_duration(self.wall_time)
            ),
            LimitKind::Memory => format!(
                "the script used more than its memory limit ({} MB)",
                self.memory_bytes / (1024 * 1024)
            ),
            LimitKind::Stack => {
                "the script exceeded the maximum call stack size (infinite recursion?)".to_string()
            }
            LimitKind::OutputSize => format!(
                "the action's output is larger than the limit ({} MB of JSON)",
                self.output_bytes / (1024 * 1024)
            ),
            LimitKind::LogLines => format!(
                "the script wrote more log lines than its limit ({})",
                self.log_lines
            ),
        }
    }
}

fn human_duration(d: Duration) -> String {
    let secs = d.as_secs();
    match secs {
        0 => format!("{} ms", d.as_millis()),
        s if s % 3600 == 0 => format!("{} h", s / 3600),
        s if s % 60 == 0 => format!("{} min", s / 60),
        s => format!("{s} s"),
    }
}

/// Cuts a log line to `max` bytes (on a character boundary), saying how much was cut.
pub fn truncate(message: &str, max: usize) -> String {
    if message.len() <= max {
        return message.to_string();
    }
    let mut end = max;
    while !message.is_char_boundary(end) {
        end -= 1;
    }
    format!(
        "{}… [{} more bytes cut: log lines are limited to {max} bytes]",
        &message[..end],
        message.len() - end
    )
}
