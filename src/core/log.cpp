#include "core/log.h"

#include <cstdio>
#include <mutex>

namespace soleus::core {
namespace {

std::mutex g_mutex;
LogLevel g_minimum = LogLevel::Info;

void default_sink(LogLevel level, std::string_view message) {
  // Info goes to stderr too: stdout is reserved for machine-readable output (report --json).
  std::fprintf(stderr, "soleus-lab: %s: %.*s\n", to_string(level), static_cast<int>(message.size()),
               message.data());
}

LogSink& sink() {
  static LogSink s = default_sink;
  return s;
}

}  // namespace

LogSink set_log_sink(LogSink new_sink) {
  std::lock_guard<std::mutex> lock(g_mutex);
  LogSink previous = std::move(sink());
  sink() = new_sink ? std::move(new_sink) : LogSink(default_sink);
  return previous;
}

void set_log_level(LogLevel minimum) {
  std::lock_guard<std::mutex> lock(g_mutex);
  g_minimum = minimum;
}

void log(LogLevel level, std::string_view message) {
  std::lock_guard<std::mutex> lock(g_mutex);
  if (level < g_minimum) return;
  sink()(level, message);
}

const char* to_string(LogLevel level) {
  switch (level) {
    case LogLevel::Debug: return "debug";
    case LogLevel::Info: return "info";
    case LogLevel::Warning: return "warning";
    case LogLevel::Error: return "error";
  }
  return "?";
}

}  // namespace soleus::core
