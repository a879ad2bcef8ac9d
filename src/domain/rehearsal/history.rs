//! The practice history: how many times, the readiness trend ("hvor klar føler du dig", 1–5) and the rounds
//! the borger wants to bring up at the formøde. A trend is a direction, never a grade.

use contract::rehearsal::Rehearsal;
use time::Date;

/// One rated round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    /// The day (Copenhagen).
    pub day: Date,
    /// Hvor klar, 1–5.
    pub rating: u8,
}

/// Which way the feeling of being ready has moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Fewer than two rated rounds.
    TooFew,
    /// The latest rounds feel more ready than the first.
    Up,
    /// About the same.
    Steady,
    /// The latest rounds feel less ready; that happens and can change again.
    Down,
}

/// The rated rounds, oldest first.
pub fn trend(log: &[Rehearsal]) -> Vec<Point> {
    let mut rated: Vec<&Rehearsal> = log.iter().filter(|r| r.content.self_rating.is_some()).collect();
    rated.sort_by_key(|r| r.content.practised_at);
    rated
        .into_iter()
        .filter_map(|r| {
            let day = crate::domain::tz::in_copenhagen(r.content.practised_at).date();
            r.content.self_rating.map(|rating| Point { day, rating })
        })
        .collect()
}

/// The last round compared with the first rated one.
pub fn direction(points: &[Point]) -> Direction {
    match (points.first(), points.last()) {
        (Some(a), Some(b)) if points.len() >= 2 => match b.rating.cmp(&a.rating) {
            std::cmp::Ordering::Greater => Direction::Up,
            std::cmp::Ordering::Equal => Direction::Steady,
            std::cmp::Ordering::Less => Direction::Down,
        },
        _ => Direction::TooFew,
    }
}

/// SVG polyline coordinates for at most the last `max` points in a `width` × `height` box (rating 5 at the top).
pub fn polyline(points: &[Point], max: usize, width: f64, height: f64) -> String {
    let shown = &points[points.len().saturating_sub(max)..];
    let step = if shown.len() > 1 { width / (shown.len() - 1) as f64 } else { 0.0 };
    shown
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let y = height - (f64::from(p.rating) - 1.0) / 4.0 * height;
            format!("{:.1},{:.1}", i as f64 * step, y)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The rounds marked "tag op på formødet", newest first.
pub fn flagged(log: &[Rehearsal]) -> Vec<&Rehearsal> {
    let mut out: Vec<&Rehearsal> = log.iter().filter(|r| r.content.flag_for_meeting).collect();
    out.sort_by_key(|r| std::cmp::Reverse(r.content.practised_at));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::rehearsal::RehearsalInput;
    use time::OffsetDateTime;
    use time::macros::{date, datetime};

    fn round(at: OffsetDateTime, rating: Option<u8>, flag: bool) -> Rehearsal {
        Rehearsal {
            id: uuid::Uuid::new_v4(),
            version: 1,
            content: RehearsalInput {
                practised_at: at,
                question_ids: vec![],
                duration_secs: 120,
                self_rating: rating,
                note: if flag { "Spørg om praktik".into() } else { String::new() },
                flag_for_meeting: flag,
            },
        }
    }

    #[test]
    fn the_trend_is_oldest_first_and_skips_unrated_rounds() {
        let log = [
            round(datetime!(2026-11-27 10:00 UTC), Some(4), false),
            round(datetime!(2026-11-20 10:00 UTC), Some(2), true),
            round(datetime!(2026-11-25 10:00 UTC), None, false),
        ];
        let t = trend(&log);
        assert_eq!(
            t,
            [Point { day: date!(2026 - 11 - 20), rating: 2 }, Point { day: date!(2026 - 11 - 27), rating: 4 }]
        );
        assert_eq!(direction(&t), Direction::Up);
        assert_eq!(direction(&t[..1]), Direction::TooFew);
        assert_eq!(flagged(&log).len(), 1);
    }

    #[test]
    fn the_line_puts_5_at_the_top_and_spreads_the_rounds() {
        let p = |rating| Point { day: date!(2026 - 11 - 20), rating };
        assert_eq!(polyline(&[p(1), p(5)], 10, 100.0, 40.0), "0.0,40.0 100.0,0.0");
        assert_eq!(polyline(&[p(3)], 10, 100.0, 40.0), "0.0,20.0");
        assert_eq!(polyline(&[p(1), p(2), p(3)], 2, 100.0, 40.0), "0.0,30.0 100.0,20.0");
    }
}
