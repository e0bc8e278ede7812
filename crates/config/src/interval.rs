//! Sync frequencies: the `runs:` field.
//!
//! Nango accepts `every <word>` for a few words (`every day`, `every half hour`) and otherwise
//! `every <number><unit>` with the units of the `ms` npm package, with or without a space
//! (`every 30min`, `every 2 hours`, `every 1h`, `every 1.5h`).

/// The shortest frequency we schedule: a faster sync would mostly wait on rate limits.
pub const MIN_INTERVAL_SECS: u64 = 30;

/// The longest frequency taken (ten years): a time that far ahead is as good as never, and
/// beyond it a schedule's next run would not be a date.
pub const MAX_INTERVAL_SECS: u64 = 10 * 365 * 86_400;

/// Parses a `runs` value into seconds, or says why it is not one.
pub fn parse_runs(text: &str) -> Result<u64, String> {
    let normalized = text.trim().to_ascii_lowercase();
    let normalized = normalized.split_whitespace().collect::<Vec<_>>().join(" ");
    let Some(rest) = normalized.strip_prefix("every ") else {
        return Err(format!(
            "`{text}` must start with `every`, as in `every {}`",
            if normalized.is_empty() {
                "day"
            } else {
                &normalized
            }
        ));
    };
    let secs = match rest {
        "quarter hour" => 15 * 60,
        "half hour" => 30 * 60,
        "hour" => 3600,
        "half day" => 12 * 3600,
        "day" => 86_400,
        "week" => 7 * 86_400,
        "month" => 30 * 86_400,
        _ => parse_amount(rest).ok_or_else(|| {
            format!(
                "`{text}` is not a frequency: write `every <number><unit>` (units: s, m/min, h/hour, d/day, w/week) or `every day`, `every hour`, `every half hour`"
            )
        })?,
    };
    if secs < MIN_INTERVAL_SECS {
        return Err(format!(
            "`{text}` is too frequent: the minimum is every {MIN_INTERVAL_SECS} seconds"
        ));
    }
    if secs > MAX_INTERVAL_SECS {
        return Err(format!(
            "`{text}` is too rare: the longest is every {} days",
            MAX_INTERVAL_SECS / 86_400
        ));
    }
    Ok(secs)
}

fn parse_amount(text: &str) -> Option<u64> {
    let split = text.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let (number, unit) = text.split_at(split);
    let number: f64 = number.parse().ok()?;
    let unit_secs: f64 = match unit.trim() {
        "ms" | "msec" | "msecs" | "millisecond" | "milliseconds" => 0.001,
        "s" | "sec" | "secs" | "second" | "seconds" => 1.0,
        "m" | "min" | "mins" | "minute" | "minutes" => 60.0,
        "h" | "hr" | "hrs" | "hour" | "hours" => 3600.0,
        "d" | "day" | "days" => 86_400.0,
        "w" | "week" | "weeks" => 604_800.0,
        "y" | "yr" | "yrs" | "year" | "years" => 31_557_600.0,
        _ => return None,
    };
    let secs = number * unit_secs;
    (secs.is_finite() && secs >= 0.0).then(|| secs.round() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_every_form_nango_accepts() {
        let cases = [
            ("every 30min", 1800),
            ("every half hour", 1800),
            ("every quarter hour", 900),
            ("every day", 86_400),
            ("every 2 hours", 7200),
            ("every 1h", 3600),
            ("every hour", 3600),
            ("every week", 604_800),
            ("every 5m", 300),
            ("every 5 minutes", 300),
            ("every 5mins", 300),
            ("every 1 day", 86_400),
            ("every 1.5h", 5400),
            ("Every  6 Hours", 21_600),
            ("every month", 2_592_000),
            ("every half day", 43_200),
        ];
        for (text, secs) in cases {
            assert_eq!(parse_runs(text), Ok(secs), "{text}");
        }
    }

    #[test]
    fn rejects_nonsense() {
        for text in [
            "every blue moon",
            "daily",
            "every",
            "every 5",
            "every -1h",
            "every 10s",
            "every h5",
            "",
            "every 99999999999 weeks",
        ] {
            assert!(parse_runs(text).is_err(), "{text} should be rejected");
        }
    }
}
