#pragma once
/// Who the app is talking to. The content files may carry text per audience (see
/// json_reader.h, AudienceText), so the ids live here, below the document, which keeps the
/// table of what each audience opens first (document/audience.h). Numbers never depend on it.
#include <array>
#include <optional>
#include <string_view>

namespace soleus::content {

enum class Audience { Student, Coach, Runner };
inline constexpr std::size_t kAudienceCount = 3;

/// Every audience, in menu order.
const std::array<Audience, kAudienceCount>& audiences();
/// "student", "coach" or "runner": the content files', command line's and settings' id.
const char* to_string(Audience audience);
/// The audience with this id; nullopt for anything else.
std::optional<Audience> parse_audience(std::string_view id);
/// "student, coach or runner", for messages.
const char* audience_ids();

}  // namespace soleus::content
