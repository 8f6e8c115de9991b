// Lesson 00, elsewhere: the bonus loop over a std::unordered_map in C++.
// Every player who scored gets a "<name>_bonus" entry worth 100, inserted
// into the map its own range-for is walking. It compiles without a warning.
// Build: g++ -std=c++17 -fsanitize=address -g unordered_map_insert.cpp
#include <cstdio>
#include <string>
#include <unordered_map>

int main() {
    std::unordered_map<std::string, int> board{
        {"Alice", 10},    {"Bob", 20},   {"Carol", 30},   {"Dave", 40},  {"Erin", 50},
        {"Frank", 60},    {"Grace", 70}, {"Heidi", 80},   {"Ivan", 90},  {"Judy", 100},
        {"Mallory", 110}, {"Niaj", 120}, {"Olivia", 130}};
    std::printf("players before the loop: %zu (%zu buckets)\n", board.size(),
                board.bucket_count());
    std::size_t visited = 0;
    std::string first;
    for (const auto& [name, score] : board) {
        if (visited++ == 0) {
            first = name;
        }
        if (score > 0) {
            // An insert that overfills the buckets rehashes the map, and a
            // rehash invalidates every iterator, the loop's own included:
            // from here on the loop is undefined behaviour.
            board[name + "_bonus"] = 100;
        }
    }
    std::printf("players the loop visited: %zu\n", visited);
    std::printf("entries after the loop: %zu (%zu buckets)\n", board.size(),
                board.bucket_count());
    // A fresh walk, after the loop, is well defined: where does the player
    // the loop stood on sit in the map's order now?
    std::size_t position = 0;
    for (const auto& entry : board) {
        ++position;
        if (entry.first == first) {
            break;
        }
    }
    std::printf("the first player visited, %s, is now entry %zu of %zu\n", first.c_str(),
                position, board.size());
}
