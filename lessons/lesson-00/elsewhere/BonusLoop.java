// Lesson 00, elsewhere: the bonus loop over a HashMap in Java.
// Every player who scored gets a "<name>_bonus" entry worth 100, put into the
// map its own for-each loop is walking.
// Build and run: javac BonusLoop.java && java BonusLoop
import java.util.HashMap;
import java.util.Map;

public class BonusLoop {
    static void bonusLoop(Map<String, Integer> board) {
        for (Map.Entry<String, Integer> entry : board.entrySet()) {
            if (entry.getValue() > 0) {
                board.put(entry.getKey() + "_bonus", 100);
            }
        }
    }

    public static void main(String[] args) {
        // Fail-fast is best effort: the iterator compares the map's
        // modification count in next(), and after the last entry the loop
        // calls hasNext() only, which does not check.
        Map<String, Integer> alone = new HashMap<>(Map.of("Alice", 10));
        bonusLoop(alone);
        System.out.println("one player: no exception, entries after the loop: " + alone.size());

        String[] names = {"Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace",
                          "Heidi", "Ivan", "Judy", "Mallory", "Niaj", "Olivia"};
        Map<String, Integer> board = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            board.put(names[i], 10 * (i + 1));
        }
        System.out.println("players before the loop: " + board.size());
        try {
            bonusLoop(board);
        } finally {
            System.out.println("entries after the loop: " + board.size());
        }
    }
}
