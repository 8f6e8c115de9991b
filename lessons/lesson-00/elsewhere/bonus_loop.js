// Lesson 00, elsewhere: the bonus loop over a Map in JavaScript.
// Every player who scored gets a "<name>_bonus" entry worth 100, set on the
// Map its own for-of loop is walking.  Run: node bonus_loop.js
"use strict";

const board = new Map([
  ["Alice", 10], ["Bob", 20], ["Carol", 30], ["Dave", 40], ["Erin", 50],
  ["Frank", 60], ["Grace", 70], ["Heidi", 80], ["Ivan", 90], ["Judy", 100],
  ["Mallory", 110], ["Niaj", 120], ["Olivia", 130],
]);
console.log(`players before the loop: ${board.size}`);

// A Map's iterator also visits entries added after it started, so every
// bonus entry is visited in turn and earns a bonus entry of its own: the loop
// would never end. This one stops itself after LIMIT visits.
const LIMIT = 1000;
let visits = 0;
for (const [name, score] of board) {
  visits += 1;
  if (visits === 14) {
    console.log(`visit 14: ${name}, an entry the loop itself added`);
  }
  if (score > 0) {
    board.set(`${name}_bonus`, 100);
  }
  if (visits === LIMIT) {
    console.log(`stopped by hand after ${visits} visits: ` +
                `${board.size} entries, ${board.size - visits} not visited yet`);
    break;
  }
}
