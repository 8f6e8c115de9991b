// Explained in lessons/lesson-09 (closures and pairs), "A field and a method":
// the loop borrows one field, `self.scores`; the `&mut self` method borrows
// the whole struct, that field included: E0502 on `*self`.
use std::collections::HashMap;

struct League {
    scores: HashMap<String, i32>,
    bonus: i32,
    bonuses_given: u32,
}

impl League {
    fn bump(&mut self, name: &str) {
        if let Some(score) = self.scores.get_mut(name) {
            *score = score.saturating_add(self.bonus);
            self.bonuses_given = self.bonuses_given.saturating_add(1);
        }
    }

    fn bump_everyone(&mut self) {
        for name in self.scores.keys() {
            self.bump(name);
        }
    }
}

fn main() {
    let mut league = League {
        scores: HashMap::from([(String::from("Alice"), 10)]),
        bonus: 1,
        bonuses_given: 0,
    };
    league.bump_everyone();
}
