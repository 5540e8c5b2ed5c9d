#pragma once
/// Every file the app reads or writes goes through these two helpers, so a hostile or special
/// path (a FIFO, a device, a directory, a symlink, a huge file) is handled once, the same way.
///
/// Reading: regular files only, opened without blocking (a FIFO never hangs the app), with a
/// size bound checked before any byte is read.
///
/// Writing (write_output_file):
///   * a regular file, or a new one: written atomically: a temporary in the same directory,
///     flushed and fsync'd, then renamed over the target (readers see the old or the new file,
///     never half of one; a failure leaves the target untouched and no temporary behind);
///   * a symbolic link: written through, atomically at the file it resolves to (the link stays);
///     a link to a missing file is refused;
///   * a FIFO or a character device (a pipe, a terminal, /dev/null): written through, opened
///     directly, never replaced; a FIFO nobody is reading is refused instead of waiting forever;
///   * anything else (a directory, a block device, a socket) and a regular file with no write
///     permission bit (even for root) is refused with a reason.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace soleus::core {

/// A regular file open for reading. Check ok() (else error() says why, e.g. "it is a
/// directory, not a file") before reading.
class InputFile {
 public:
  /// Opens `path` if it is a regular file of at most `max_bytes` bytes.
  InputFile(const std::filesystem::path& path, std::uint64_t max_bytes);
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  bool ok() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }
  std::uint64_t size() const { return size_; }
  /// Reads exactly `size` bytes from the current position; false at end of file or on error.
  bool read(void* out, std::size_t size);

 private:
  int fd_ = -1;
  std::uint64_t size_ = 0;
  std::string error_;
};

/// Reads a whole regular file of at most `max_bytes` into `out`. Returns "" or the reason.
std::string read_file(const std::filesystem::path& path, std::uint64_t max_bytes, std::string& out);

/// Writes a file the way the header describes. `fill` writes the content to the stream it is
/// given and returns "" or the reason it failed. Returns "" or the reason (without the path,
/// which the caller names in its message).
std::string write_output_file(const std::filesystem::path& path,
                              const std::function<std::string(std::FILE*)>& fill);
/// The same, for content already in memory.
std::string write_output_file(const std::filesystem::path& path, std::string_view bytes);

/// The marker in the names of write_output_file's temporaries ("<name>.tmp.XXXXXX"), for
/// sweeping ones a killed process left behind.
inline constexpr std::string_view kTemporaryMarker = ".tmp.";

}  // namespace soleus::core
