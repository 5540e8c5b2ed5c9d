#pragma once
/// A tiny log with a replaceable sink, so tests can fail on warnings (MuJoCo's error guard)
/// and the UI can show recent messages.
#include <functional>
#include <string>
#include <string_view>

namespace soleus::core {

enum class LogLevel { Debug, Info, Warning, Error };

using LogSink = std::function<void(LogLevel, std::string_view)>;

/// Replaces the sink (the default writes warnings and errors to stderr). Returns the previous one.
LogSink set_log_sink(LogSink sink);
/// Only messages at or above this level reach the sink (default: Info).
void set_log_level(LogLevel minimum);

void log(LogLevel level, std::string_view message);
inline void log_info(std::string_view message) { log(LogLevel::Info, message); }
inline void log_warning(std::string_view message) { log(LogLevel::Warning, message); }
inline void log_error(std::string_view message) { log(LogLevel::Error, message); }

const char* to_string(LogLevel level);

}  // namespace soleus::core
