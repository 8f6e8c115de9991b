    // WRONG: inserts the markers first, then bumps every value, markers included
    // CAUGHT BY: tests::everyone_is_bumped_and_marked
    let markers: Vec<String> = scores.keys().map(|name| format!("{name}_bonus")).collect();
    for marker in markers {
        scores.entry(marker).or_insert(MARKER);
    }
    for score in scores.values_mut() {
        *score = score.saturating_add(BONUS);
    }
}
