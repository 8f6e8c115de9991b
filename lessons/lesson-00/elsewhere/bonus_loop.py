"""Lesson 00, elsewhere: the bonus loop over a dict in Python.

Every player who scored gets a "<name>_bonus" entry worth 100, inserted into
the dict the for loop is walking.  Run: python3 bonus_loop.py
"""

board = {
    "Alice": 10, "Bob": 20, "Carol": 30, "Dave": 40, "Erin": 50,
    "Frank": 60, "Grace": 70, "Heidi": 80, "Ivan": 90, "Judy": 100,
    "Mallory": 110, "Niaj": 120, "Olivia": 130,
}
print(f"players before the loop: {len(board)}", flush=True)
try:
    for name, score in board.items():
        if score > 0:
            board[name + "_bonus"] = 100
finally:
    # Runs while the exception is on its way out: the first insert has
    # already happened when the loop's next step notices the new size.
    print(f"entries after the loop: {len(board)}", flush=True)
