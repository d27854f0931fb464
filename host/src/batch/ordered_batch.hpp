#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace pactum::host {

// Runs `work(index, worker)` for every index in [0, count) on `jobs` threads and hands each
// result to `emit(index, result)` on the calling thread, in index order. At most `window`
// results are ever waiting to be emitted or being worked on, so memory stays flat in `count`
// however large it is: a worker waits rather than run far ahead of the slowest item. `worker`
// (0 … jobs-1) lets callers keep per-thread state (rule objects) without locks. An exception
// from `work` or `emit` stops the batch and is rethrown here once every worker has stopped.
template <class Result>
void run_ordered_batch(std::size_t count, unsigned jobs, std::size_t window,
                       const std::function<Result(std::size_t index, unsigned worker)>& work,
                       const std::function<void(std::size_t index, Result&& result)>& emit) {
  jobs = std::max(1U,
                  std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(count, 1))));
  window = std::max<std::size_t>(window, jobs);
  if (jobs == 1) {
    for (std::size_t i = 0; i < count; ++i) {
      emit(i, work(i, 0));
    }
    return;
  }
  std::mutex mutex;
  std::condition_variable changed;
  std::map<std::size_t, Result> done;
  std::size_t next = 0;    // the next index a worker takes
  std::size_t emitted = 0; // indices below this have been emitted
  bool stop = false;
  std::exception_ptr failure;

  const auto run = [&](unsigned worker) {
    for (;;) {
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stop || next >= count || next < emitted + window; });
        if (stop || next >= count) {
          return;
        }
        index = next++;
      }
      try {
        Result result = work(index, worker);
        const std::scoped_lock lock(mutex);
        done.emplace(index, std::move(result));
      } catch (...) {
        const std::scoped_lock lock(mutex);
        if (!failure) {
          failure = std::current_exception();
        }
        stop = true;
      }
      changed.notify_all();
    }
  };
  {
    std::vector<std::jthread> threads;
    threads.reserve(jobs);
    for (unsigned w = 0; w < jobs; ++w) {
      threads.emplace_back(run, w);
    }
    for (std::size_t i = 0; i < count; ++i) {
      Result result;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stop || done.contains(i); });
        if (stop) {
          break;
        }
        auto node = done.extract(i);
        result = std::move(node.mapped());
      }
      try {
        emit(i, std::move(result));
      } catch (...) {
        const std::scoped_lock lock(mutex);
        failure = failure ? failure : std::current_exception();
        stop = true;
        changed.notify_all();
        break;
      }
      {
        const std::scoped_lock lock(mutex);
        emitted = i + 1;
      }
      changed.notify_all();
    }
    {
      const std::scoped_lock lock(mutex);
      stop = true;
    }
    changed.notify_all();
  } // joins
  if (failure) {
    std::rethrow_exception(failure);
  }
}

} // namespace pactum::host
