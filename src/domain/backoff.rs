//! When to try a failed save again: exponential backoff with full jitter (a random wait up to the step, so
//! many phones coming back online at once do not all knock at the same moment), never sooner than the
//! server's `Retry-After`, and never longer than a minute so the borger does not wait for long.

/// The first step: up to 2 s.
const BASE_MS: f64 = 2_000.0;
/// The longest step.
const CAP_MS: f64 = 60_000.0;

/// The wait before try number `attempt + 1` (0 after the first failure). `random` is in [0, 1); `retry_after`
/// is the server's `Retry-After` in ms, if it sent one.
pub fn delay_ms(attempt: u32, retry_after_ms: Option<u32>, random: f64) -> u32 {
    let step = (BASE_MS * 2f64.powi(attempt.min(16) as i32)).min(CAP_MS);
    let jitter = (random.clamp(0.0, 1.0) * step) as u32;
    jitter.max(retry_after_ms.unwrap_or(0).min(CAP_MS as u32 * 5))
}

/// `Retry-After` as ms: delay-seconds only (HTTP dates are rare from an API and are ignored).
pub fn parse_retry_after(value: &str) -> Option<u32> {
    value.trim().parse::<u32>().ok().map(|s| s.saturating_mul(1000))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_grows_up_to_a_minute_and_is_spread_out() {
        assert_eq!(delay_ms(0, None, 0.0), 0);
        assert_eq!(delay_ms(0, None, 0.5), 1_000);
        assert_eq!(delay_ms(1, None, 0.5), 2_000);
        assert_eq!(delay_ms(3, None, 0.999_999), 15_999);
        assert_eq!(delay_ms(10, None, 0.999_999), 59_999);
        assert_eq!(delay_ms(u32::MAX, None, 0.5), 30_000);
    }

    #[test]
    fn the_servers_retry_after_is_the_least_wait() {
        assert_eq!(delay_ms(0, Some(5_000), 0.1), 5_000);
        assert_eq!(delay_ms(5, Some(5_000), 0.9), 54_000);
        // A silly Retry-After is capped at five minutes.
        assert_eq!(delay_ms(0, Some(86_400_000), 0.1), 300_000);
    }

    #[test]
    fn retry_after_is_read_in_seconds() {
        assert_eq!(parse_retry_after(" 3 "), Some(3_000));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT"), None);
        assert_eq!(parse_retry_after("-1"), None);
    }
}
