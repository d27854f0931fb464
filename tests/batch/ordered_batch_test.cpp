#include "batch/ordered_batch.hpp"

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace pactum::host {
namespace {

TEST(OrderedBatch, EmitsEveryResultInIndexOrderWhateverOrderWorkersFinish) {
  std::vector<std::size_t> order;
  run_ordered_batch<std::string>(
      200, 4, 8,
      [](std::size_t i, unsigned) {
        // Early items take longest, so workers finish out of order.
        std::this_thread::sleep_for(std::chrono::microseconds((200 - i) % 7 * 50));
        return std::to_string(i);
      },
      [&](std::size_t i, std::string&& result) {
        EXPECT_EQ(result, std::to_string(i));
        order.push_back(i);
      });
  ASSERT_EQ(order.size(), 200U);
  for (std::size_t i = 0; i < order.size(); ++i) {
    EXPECT_EQ(order[i], i);
  }
}

TEST(OrderedBatch, NeverHasMoreThanTheWindowInFlight) {
  std::atomic<std::size_t> started{0};
  std::size_t emitted = 0;
  std::size_t worst = 0;
  run_ordered_batch<int>(
      300, 3, 6,
      [&](std::size_t, unsigned) {
        ++started;
        return 1;
      },
      [&](std::size_t, int&&) {
        ++emitted;
        worst = std::max(worst, started.load() - emitted);
        if (emitted == 1) {
          // A slow consumer: workers must wait for it instead of running ahead.
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
      });
  EXPECT_EQ(emitted, 300U);
  EXPECT_LE(worst, 6U);
}

TEST(OrderedBatch, WorkerIndexStaysBelowJobs) {
  std::atomic<unsigned> highest{0};
  run_ordered_batch<int>(
      50, 2, 4,
      [&](std::size_t, unsigned worker) {
        unsigned seen = highest.load();
        while (worker > seen && !highest.compare_exchange_weak(seen, worker)) {
        }
        return 0;
      },
      [](std::size_t, int&&) {});
  EXPECT_LT(highest.load(), 2U);
}

TEST(OrderedBatch, RethrowsTheFirstFailureAfterStoppingWorkers) {
  std::vector<std::size_t> emitted;
  EXPECT_THROW(run_ordered_batch<int>(
                   100, 2, 4,
                   [](std::size_t i, unsigned) {
                     if (i == 10) {
                       throw std::runtime_error("boom");
                     }
                     return 0;
                   },
                   [&](std::size_t i, int&&) { emitted.push_back(i); }),
               std::runtime_error);
  EXPECT_LE(emitted.size(), 10U);
}

TEST(OrderedBatch, HandlesAnEmptyBatch) {
  bool called = false;
  run_ordered_batch<int>(
      0, 4, 4, [&](std::size_t, unsigned) { return called = true, 0; },
      [&](std::size_t, int&&) { called = true; });
  EXPECT_FALSE(called);
}

} // namespace
} // namespace pactum::host
