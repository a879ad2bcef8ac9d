//! The trend chart's geometry and its text alternative's numbers: scale, positions, which weeks get a label.

use contract::IsoWeek;

/// The chart's top value: room above the highest value (weeks, the 10-hour line, a goal), on a step of 5.
pub fn y_max(values: &[f64]) -> f64 {
    let top = values.iter().copied().filter(|v| v.is_finite()).fold(10.0_f64, f64::max);
    ((top / 5.0).floor() + 1.0) * 5.0
}

/// Where a value lands in a chart `height` high (SVG y grows downwards).
pub fn y_of(value: f64, max: f64, height: f64) -> f64 {
    if max <= 0.0 { height } else { height - (value.clamp(0.0, max) / max) * height }
}

/// The x of position `i` of `n` (weeks on the time axis) spread over `width`; a single week sits in the middle.
pub fn x_of(i: usize, n: usize, width: f64) -> f64 {
    if n <= 1 { width / 2.0 } else { i as f64 * width / (n - 1) as f64 }
}

/// For each week, how many weeks after the first it is: the chart's time axis, so weeks nobody logged leave
/// a gap instead of being squeezed out. Weeks come oldest first.
pub fn week_offsets(weeks: &[IsoWeek]) -> Vec<usize> {
    let Some(first) = weeks.first().and_then(|w| w.monday()) else { return vec![0; weeks.len()] };
    weeks.iter().map(|w| w.monday().map_or(0, |d| ((d - first).whole_days() / 7).max(0) as usize)).collect()
}

/// Which points on a time axis get a week label: the first and the last always, and between them only points
/// at least a `1 / (most - 1)` share of the span from their neighbours, so at most `most` labels and none
/// overlap on a phone.
pub fn time_ticks(offsets: &[usize], most: usize) -> Vec<usize> {
    let n = offsets.len();
    if n == 0 || most == 0 {
        return vec![];
    }
    if most == 1 || n == 1 {
        return vec![n - 1];
    }
    let span = offsets[n - 1].saturating_sub(offsets[0]);
    let gap = span.div_ceil(most - 1).max(1);
    let mut ticks = vec![0];
    for i in 1..n - 1 {
        let (prev, last) = (offsets[*ticks.last().unwrap_or(&0)], offsets[n - 1]);
        if offsets[i] >= prev + gap && last >= offsets[i] + gap {
            ticks.push(i);
        }
    }
    ticks.push(n - 1);
    ticks
}

/// The numbers the chart's text alternative states, so a screen reader hears what the picture shows.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendFacts {
    /// How many weeks are shown.
    pub weeks: usize,
    /// The latest week's total.
    pub latest: f64,
    /// The average of the last (up to) four weeks, to the nearest quarter hour.
    pub average: f64,
    /// The highest week.
    pub highest: f64,
}

/// The facts for `values` (oldest first), or None when nothing is shown.
pub fn facts(values: &[f64]) -> Option<TrendFacts> {
    let latest = *values.last()?;
    let last4 = &values[values.len().saturating_sub(4)..];
    let average = quarter(last4.iter().sum::<f64>() / last4.len() as f64);
    let highest = values.iter().copied().fold(0.0_f64, f64::max);
    Some(TrendFacts { weeks: values.len(), latest, average, highest })
}

/// Rounds to the nearest quarter hour, the unit the borger logs in.
pub fn quarter(h: f64) -> f64 {
    (h * 4.0).round() / 4.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_keeps_room_above_the_ten_hour_line_and_the_highest_week() {
        assert_eq!(y_max(&[7.0, 8.0]), 15.0);
        assert_eq!(y_max(&[12.5]), 15.0);
        assert_eq!(y_max(&[15.0]), 20.0);
        assert_eq!(y_max(&[]), 15.0);
        assert_eq!(y_max(&[37.0]), 40.0);
        // A goal of 12 hours above weeks of 8 still fits.
        assert_eq!(y_max(&[8.0, 8.0, 12.0]), 15.0);
    }

    #[test]
    fn values_land_inside_the_chart_even_when_out_of_range() {
        assert_eq!(y_of(0.0, 15.0, 150.0), 150.0);
        assert_eq!(y_of(15.0, 15.0, 150.0), 0.0);
        assert_eq!(y_of(7.5, 15.0, 150.0), 75.0);
        assert_eq!(y_of(-3.0, 15.0, 150.0), 150.0);
        assert_eq!(y_of(99.0, 15.0, 150.0), 0.0);
        assert_eq!(y_of(5.0, 0.0, 150.0), 150.0);
    }

    #[test]
    fn points_spread_over_the_width_and_a_single_week_sits_in_the_middle() {
        assert_eq!(x_of(0, 1, 300.0), 150.0);
        assert_eq!(x_of(0, 3, 300.0), 0.0);
        assert_eq!(x_of(1, 3, 300.0), 150.0);
        assert_eq!(x_of(2, 3, 300.0), 300.0);
    }

    #[test]
    fn weeks_sit_on_a_time_axis_across_the_new_year() {
        let w = |year, week| IsoWeek { year, week };
        assert_eq!(week_offsets(&[w(2026, 50), w(2026, 52), w(2026, 53), w(2027, 2)]), [0, 2, 3, 5]);
        assert_eq!(week_offsets(&[]), Vec::<usize>::new());
        assert_eq!(week_offsets(&[w(2026, 10)]), [0]);
    }

    #[test]
    fn time_labels_keep_their_distance_and_always_show_the_ends() {
        assert_eq!(time_ticks(&[], 5), Vec::<usize>::new());
        assert_eq!(time_ticks(&[0], 5), [0]);
        assert_eq!(time_ticks(&[0, 1, 2], 5), [0, 1, 2]);
        // Two weeks logged close together, then a long gap: the close one gets no label.
        assert_eq!(time_ticks(&[0, 1, 20], 5), [0, 2]);
        assert_eq!(time_ticks(&[0, 6, 12, 18, 24], 5), [0, 1, 2, 3, 4]);
        for n in 2..60 {
            let offsets: Vec<usize> = (0..n).map(|i| i * 2 + i % 3).collect();
            let t = time_ticks(&offsets, 5);
            assert!(t.len() <= 5 && t.first() == Some(&0) && t.last() == Some(&(n - 1)), "n = {n}: {t:?}");
            let gap = (offsets[n - 1] - offsets[0]).div_ceil(4);
            assert!(t.windows(2).all(|p| offsets[p[1]] - offsets[p[0]] >= gap), "n = {n}: {t:?}");
        }
    }

    #[test]
    fn facts_average_the_last_four_weeks_to_a_quarter_hour() {
        assert_eq!(facts(&[]), None);
        let f = facts(&[6.0, 8.0, 8.0, 9.0, 10.0]).unwrap();
        assert_eq!(f, TrendFacts { weeks: 5, latest: 10.0, average: 8.75, highest: 10.0 });
        assert_eq!(facts(&[7.0]).unwrap().average, 7.0);
        assert_eq!(quarter(26.0 / 3.0), 8.75);
    }
}
