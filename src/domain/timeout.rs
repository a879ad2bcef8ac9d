//! When the session ends for inactivity, as far as the app can tell (for the warning before it, WCAG 2.2.1).

/// When the session ends at the latest, in ms since the epoch: the server refreshes its inactivity clock at
/// most every 1/30 of the limit, so count from the last answer minus that, and never past the absolute end.
pub fn deadline_ms(last_answer_ms: f64, idle_secs: u32, absolute_end_ms: f64) -> f64 {
    let idle = f64::from(idle_secs) * 1000.0;
    (last_answer_ms + idle - idle / 30.0).min(absolute_end_ms)
}

#[cfg(test)]
mod tests {
    use super::deadline_ms;

    #[test]
    fn the_deadline_counts_from_the_last_answer_with_room_for_the_servers_throttle() {
        // 30 minutes idle: the server may have seen us up to a minute earlier than our last answer.
        assert_eq!(deadline_ms(0.0, 1800, f64::MAX), 1_740_000.0);
        assert_eq!(deadline_ms(60_000.0, 1800, f64::MAX), 1_800_000.0);
        // Never later than the absolute end.
        assert_eq!(deadline_ms(0.0, 1800, 1_000_000.0), 1_000_000.0);
    }
}
