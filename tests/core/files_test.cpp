#include "core/files.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "common/special_files.h"

namespace soleus::core {
namespace {

namespace fs = std::filesystem;
using soleus::testing::leftover_temporaries;
using soleus::testing::read_text;
using soleus::testing::TempDir;
using soleus::testing::write_text;

TEST(WriteOutputFile, NewAndExistingRegularFilesAreReplacedWholeKeepingPermissions) {
  TempDir dir;
  const fs::path file = dir / "out.txt";
  EXPECT_EQ(write_output_file(file, "first"), "");
  EXPECT_EQ(read_text(file), "first");
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(write_output_file(file, "second"), "");
  EXPECT_EQ(read_text(file), "second");
  EXPECT_EQ(fs::status(file).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(leftover_temporaries(dir.path()), 0);
}

TEST(WriteOutputFile, AFailedWriteLeavesTheOldFileAndNoTemporary) {
  TempDir dir;
  const fs::path file = dir / "out.txt";
  write_text(file, "old");
  const std::string reason = write_output_file(file, [](std::FILE* f) -> std::string {
    std::fputs("half", f);
    return "encoder failed";
  });
  EXPECT_EQ(reason, "encoder failed");
  EXPECT_EQ(read_text(file), "old");
  EXPECT_EQ(leftover_temporaries(dir.path()), 0);
}

TEST(WriteOutputFile, ASymlinkIsWrittenThroughAndStaysALink) {
  TempDir dir;
  fs::create_directories(dir / "real");
  write_text(dir / "real" / "target.txt", "old");
  fs::create_symlink(dir / "real" / "target.txt", dir / "link.txt");
  EXPECT_EQ(write_output_file(dir / "link.txt", "new"), "");
  EXPECT_TRUE(fs::is_symlink(dir / "link.txt"));
  EXPECT_EQ(read_text(dir / "real" / "target.txt"), "new");
  EXPECT_EQ(leftover_temporaries(dir / "real"), 0);
  EXPECT_EQ(leftover_temporaries(dir.path()), 0);
}

TEST(WriteOutputFile, ADanglingSymlinkIsRefused) {
  TempDir dir;
  fs::create_symlink(dir / "missing.txt", dir / "link.txt");
  EXPECT_NE(write_output_file(dir / "link.txt", "x").find("symbolic link to a missing file"),
            std::string::npos);
  EXPECT_TRUE(fs::is_symlink(dir / "link.txt"));
  EXPECT_FALSE(fs::exists(dir / "missing.txt"));
}

TEST(WriteOutputFile, AReadOnlyFileIsRefusedEvenForRoot) {
  TempDir dir;
  const fs::path file = dir / "locked.txt";
  write_text(file, "keep");
  fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  EXPECT_EQ(write_output_file(file, "overwrite"), "it is read-only");
  EXPECT_EQ(read_text(file), "keep");
}

TEST(WriteOutputFile, ADirectoryIsRefused) {
  TempDir dir;
  fs::create_directories(dir / "sub");
  EXPECT_EQ(write_output_file(dir / "sub", "x"), "it is a directory, not a file");
  EXPECT_TRUE(fs::is_directory(dir / "sub"));
}

TEST(WriteOutputFile, AMissingDirectoryIsNamed) {
  TempDir dir;
  const std::string reason = write_output_file(dir / "nope" / "out.txt", "x");
  EXPECT_NE(reason.find("nope"), std::string::npos) << reason;
  EXPECT_NE(reason.find("does not exist"), std::string::npos) << reason;
}

TEST(WriteOutputFile, AFifoIsWrittenThroughAndStaysAFifo) {
  TempDir dir;
  const fs::path fifo = dir / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // Without a reader: refused at once, not a hang.
  EXPECT_EQ(write_output_file(fifo, "x"), "it is a FIFO that nobody is reading");
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  EXPECT_EQ(write_output_file(fifo, "through the pipe"), "");
  char buffer[64] = {};
  EXPECT_EQ(::read(reader, buffer, sizeof buffer), 16);
  EXPECT_EQ(std::string(buffer), "through the pipe");
  ::close(reader);
  EXPECT_TRUE(fs::is_fifo(fifo));
}

TEST(WriteOutputFile, AFifoWhoseReaderLeftGivesAnErrorNotSigpipe) {
  TempDir dir;
  const fs::path fifo = dir / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  const std::string reason = write_output_file(fifo, [reader](std::FILE* f) -> std::string {
    ::close(reader);  // the reader goes away before the bytes arrive
    std::fputs("lost", f);
    return "";
  });
  EXPECT_NE(reason, "");  // EPIPE, and the test process is still alive
}

TEST(WriteOutputFile, ACharacterDeviceIsWrittenThroughNotReplaced) {
  TempDir dir;
  const fs::path device = dir / "null";
  if (!soleus::testing::make_null_device(device)) GTEST_SKIP() << "mknod not permitted here";
  EXPECT_EQ(write_output_file(device, "discarded"), "");
  EXPECT_TRUE(soleus::testing::is_char_device(device));
  EXPECT_EQ(leftover_temporaries(dir.path()), 0);
}

TEST(InputFile, OnlyRegularFilesWithinTheLimitAreOpened) {
  TempDir dir;
  write_text(dir / "small.txt", "12345");
  std::string bytes;
  EXPECT_EQ(read_file(dir / "small.txt", 5, bytes), "");
  EXPECT_EQ(bytes, "12345");
  EXPECT_NE(read_file(dir / "small.txt", 4, bytes).find("over the limit of 4"), std::string::npos);
  EXPECT_EQ(read_file(dir / "missing.txt", 100, bytes), "file not found");
  fs::create_directories(dir / "sub");
  EXPECT_EQ(read_file(dir / "sub", 100, bytes), "it is a directory, not a file");
  ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
  EXPECT_EQ(read_file(dir / "pipe", 100, bytes), "it is a FIFO, not a regular file");  // no hang
}

}  // namespace
}  // namespace soleus::core
