// DOCX reading throughput: every .docx in a folder through read_docx_document, several passes,
// reporting MB/s of word/document.xml (inflated) and files/s. Prints figures; asserts nothing.
//
//   docx_read_bench FOLDER [PASSES]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "pactum/error.hpp"
#include "readers/document_readers.hpp"
#include "readers/docx_reader.hpp"
#include "readers/zip_archive.hpp"

namespace fs = std::filesystem;
using namespace pactum;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: docx_read_bench FOLDER [PASSES]\n");
    return 2;
  }
  const int passes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(argv[1])) {
    if (entry.path().extension() == ".docx") {
      paths.push_back(entry.path());
    }
  }
  std::ranges::sort(paths);
  std::vector<std::string> files;
  std::size_t xml_bytes = 0;
  std::size_t file_bytes = 0;
  for (const fs::path& path : paths) {
    files.push_back(host::read_input_file(path, host::max_docx_bytes));
    file_bytes += files.back().size();
    host::ZipArchive archive(host::as_bytes(files.back()), path.string());
    xml_bytes += archive.read("word/document.xml").value_or("").size();
  }
  // The archive alone (open + inflate word/document.xml), to see what the XML walk adds.
  const auto zip_start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < files.size(); ++i) {
    host::ZipArchive archive(host::as_bytes(files[i]), paths[i].string());
    (void)archive.read("word/document.xml");
  }
  const double zip_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - zip_start).count();
  std::size_t blocks = 0;
  std::size_t failures = 0;
  std::vector<double> seconds;
  for (int pass = 0; pass < passes; ++pass) {
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < files.size(); ++i) {
      try {
        const Document document =
            host::read_docx_document(host::as_bytes(files[i]), paths[i].string());
        blocks += document.blocks.size();
      } catch (const Error& e) {
        ++failures;
      }
    }
    seconds.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::ranges::sort(seconds);
  const double median = seconds[seconds.size() / 2];
  std::printf("files %zu, docx %.1f MB, document.xml %.1f MB, blocks/pass %zu, failures %zu\n",
              files.size(), static_cast<double>(file_bytes) / 1e6,
              static_cast<double>(xml_bytes) / 1e6, blocks / static_cast<std::size_t>(passes),
              failures / static_cast<std::size_t>(passes));
  std::printf("pactum: median of %d passes %.3f s: %.1f MB/s of document.xml, %.0f files/s\n",
              passes, median, static_cast<double>(xml_bytes) / 1e6 / median,
              static_cast<double>(files.size()) / median);
  std::printf("of which the zip archive alone (open + inflate document.xml, one pass): %.3f s\n",
              zip_seconds);
  return 0;
}
