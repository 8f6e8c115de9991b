// Lesson 00, elsewhere: the bonus loop over a std::vector in C++.
// Every player who scored gets a "<name>_bonus" entry worth 100, pushed onto
// the same vector the range-for is walking. It compiles without a warning.
// Build: g++ -std=c++17 -fsanitize=address -g vector_push_back.cpp
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::pair<std::string, int>> board{{"Alice", 10}, {"Bob", 20}};
    std::printf("players before the loop: %zu (room for %zu)\n", board.size(),
                board.capacity());
    std::fflush(stdout); // AddressSanitizer stops the program without flushing
    // The range-for keeps an iterator, a pointer into the vector's block.
    // The first push_back outgrows the block: the vector moves every entry
    // to a bigger one and frees the old block, and the iterator's next step
    // reads memory that no longer belongs to the vector.
    for (const auto& [name, score] : board) {
        if (score > 0) {
            board.push_back({name + "_bonus", 100});
        }
    }
    std::printf("entries after the loop: %zu\n", board.size());
}
