#include "core/log.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace soleus::core {

TEST(Log, SinkReceivesMessagesAtOrAboveTheLevel) {
  std::vector<std::string> seen;
  LogSink previous = set_log_sink([&](LogLevel level, std::string_view m) {
    seen.push_back(std::string(to_string(level)) + ":" + std::string(m));
  });
  set_log_level(LogLevel::Warning);
  log_info("hidden");
  log_warning("shown");
  set_log_level(LogLevel::Info);
  set_log_sink(previous);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0], "warning:shown");
}

}  // namespace soleus::core
