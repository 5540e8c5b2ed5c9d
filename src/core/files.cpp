// Reading and writing files safely (files.h): one place that knows about special paths.
#include "core/files.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace soleus::core {
namespace {

namespace fs = std::filesystem;

std::string open_failure(int error) {
  if (error == ENOENT) return "file not found";
  if (error == EACCES) return "permission denied";
  return std::strerror(error);
}

std::string kind_refusal(mode_t mode) {
  if (S_ISDIR(mode)) return "it is a directory, not a file";
  if (S_ISFIFO(mode)) return "it is a FIFO, not a regular file";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "it is a device, not a regular file";
  return "it is not a regular file";
}

// Closes the stream and reports the first failure among the content, the flush and fsync.
std::string finish(std::FILE* file, std::string reason, bool sync) {
  if (reason.empty() && (std::fflush(file) != 0 || std::ferror(file))) reason = std::strerror(errno);
  if (reason.empty() && sync && ::fsync(::fileno(file)) != 0) reason = std::strerror(errno);
  if (std::fclose(file) != 0 && reason.empty()) reason = std::strerror(errno);
  return reason;
}

// Regular files: a sibling temporary, fsync, rename. `mode` < 0: a new file (umask applies).
std::string write_atomically(const fs::path& target, int mode,
                             const std::function<std::string(std::FILE*)>& fill) {
  const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
  static std::atomic<unsigned> counter{0};
  fs::path temporary;
  int fd = -1;
  for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
    temporary = target;
    temporary += std::string(kTemporaryMarker) + std::to_string(::getpid()) + "." + std::to_string(counter++);
    fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) {
      if (errno == ENOENT) return "directory '" + directory.string() + "' does not exist";
      return "cannot create a file in '" + directory.string() + "': " + open_failure(errno);
    }
  }
  if (fd < 0) return "cannot create a temporary file in '" + directory.string() + "'";
  if (mode >= 0) ::fchmod(fd, static_cast<mode_t>(mode));  // keep the replaced file's permissions
  std::FILE* file = ::fdopen(fd, "wb");
  if (file == nullptr) {
    ::close(fd);
    ::unlink(temporary.c_str());
    return std::strerror(errno);
  }
  std::string reason = finish(file, fill(file), true);
  if (reason.empty() && std::rename(temporary.c_str(), target.c_str()) != 0) reason = std::strerror(errno);
  if (!reason.empty()) {
    ::unlink(temporary.c_str());
    return reason;
  }
  // Make the rename itself durable (best effort: some file systems refuse fsync on a directory).
  const int dir_fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  return "";
}

// FIFOs and character devices: open the node itself and write; nothing is created or renamed.
std::string write_through(const fs::path& path, const std::function<std::string(std::FILE*)>& fill) {
  // O_NONBLOCK: opening a FIFO without a reader fails (ENXIO) instead of waiting forever.
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return errno == ENXIO ? "it is a FIFO that nobody is reading" : open_failure(errno);
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !(S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
    ::close(fd);
    return "it changed while being opened";
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);  // the writes themselves may wait
  std::FILE* file = ::fdopen(fd, "wb");
  if (file == nullptr) {
    ::close(fd);
    return std::strerror(errno);
  }
  // A reader that goes away mid-write must give an error (EPIPE), not kill the app with SIGPIPE:
  // block the signal on this thread while writing and discard one raised meanwhile.
  sigset_t pipe_signal, previous;
  sigemptyset(&pipe_signal);
  sigaddset(&pipe_signal, SIGPIPE);
  sigset_t pending;
  sigemptyset(&pending);
  const bool was_pending = ::sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE);
  ::pthread_sigmask(SIG_BLOCK, &pipe_signal, &previous);
  std::string reason = finish(file, fill(file), false);
  if (!was_pending) {
    const timespec no_wait{0, 0};
    while (::sigtimedwait(&pipe_signal, nullptr, &no_wait) == SIGPIPE) {
    }
  }
  ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return reason;
}

}  // namespace

InputFile::InputFile(const fs::path& path, std::uint64_t max_bytes) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
  fd_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd_ < 0) {
    error_ = open_failure(errno);
    return;
  }
  struct stat st {};
  if (::fstat(fd_, &st) != 0) {
    error_ = std::strerror(errno);
  } else if (!S_ISREG(st.st_mode)) {
    error_ = kind_refusal(st.st_mode);
  } else if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    error_ = "it is " + std::to_string(st.st_size) + " bytes, over the limit of " + std::to_string(max_bytes);
  }
  if (!error_.empty()) {
    ::close(fd_);
    fd_ = -1;
    return;
  }
  size_ = static_cast<std::uint64_t>(st.st_size);
  ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) & ~O_NONBLOCK);
}

InputFile::~InputFile() {
  if (fd_ >= 0) ::close(fd_);
}

bool InputFile::read(void* out, std::size_t size) {
  auto* p = static_cast<char*>(out);
  while (size > 0 && fd_ >= 0) {
    const ssize_t got = ::read(fd_, p, size);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    p += got;
    size -= static_cast<std::size_t>(got);
  }
  return size == 0;
}

std::string read_file(const fs::path& path, std::uint64_t max_bytes, std::string& out) {
  InputFile file(path, max_bytes);
  if (!file.ok()) return file.error();
  out.resize(static_cast<std::size_t>(file.size()));
  if (!file.read(out.data(), out.size())) return "it could not be read (it changed or shrank while reading)";
  return "";
}

std::string write_output_file(const fs::path& path, const std::function<std::string(std::FILE*)>& fill) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) return open_failure(errno);
    if (::lstat(path.c_str(), &st) == 0) return "it is a symbolic link to a missing file";
    return write_atomically(path, -1, fill);
  }
  if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) return write_through(path, fill);
  if (!S_ISREG(st.st_mode)) return kind_refusal(st.st_mode);
  // Renaming over a file ignores its permissions (and root ignores them anyway): honour them.
  if ((st.st_mode & 0222) == 0) return "it is read-only";
  fs::path target = path;
  struct stat link {};
  if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    char* resolved = ::realpath(path.c_str(), nullptr);
    if (resolved == nullptr) return open_failure(errno);
    target = resolved;
    std::free(resolved);
  }
  return write_atomically(target, static_cast<int>(st.st_mode & 07777), fill);
}

std::string write_output_file(const fs::path& path, std::string_view bytes) {
  return write_output_file(path, [bytes](std::FILE* file) -> std::string {
    if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file) != bytes.size())
      return std::strerror(errno);
    return "";
  });
}

}  // namespace soleus::core
