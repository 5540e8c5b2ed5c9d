#pragma once
/// ImGui's context, backends and font atlas for as long as the window is in use. The atlas holds
/// DejaVu Sans (Latin-1 and a few signs) and, merged into it, the CJK glyphs the language shown
/// uses (WenQuanYi Micro Hei from fonts-wqy-microhei): only the characters of its string table
/// and content texts, not the font's 20,000, so start-up and memory stay small.
#include <filesystem>
#include <set>
#include <vector>

#include <imgui.h>

#include "content/language.h"
#include "content/strings.h"
#include "platform/window.h"

namespace soleus::app {

/// The text fonts: a Latin font and a font for the characters it lacks.
struct UiFonts {
  std::filesystem::path latin;
  std::filesystem::path cjk;
};

/// What the atlas is built from: fonts, UI scale and the characters beyond Latin-1 to draw.
struct ImGuiLook {
  UiFonts fonts;
  float scale = 1.0f;        // 1: a 16 px font
  bool pixel_exact = false;  // framebuffer and window pixels agree (see ImGuiSession)
  ImGuiStyle style;          // unscaled
  std::vector<ImWchar> extra_ranges;  // the extra characters as ImGui glyph ranges (pairs, 0-terminated)
};

/// The characters a language's texts need beyond Latin-1: its string table (as loaded), its
/// content texts (assets/content/*.json; English reads none of their other languages) and every
/// language's own name (the View > Language menu).
std::set<char32_t> characters_for(const std::filesystem::path& assets, content::Language language,
                                  const content::Strings& strings);

/// Characters drawn as the missing-glyph box in the last rendered frame (ImGui draws U+FFFD,
/// which the atlas holds, for a character it has no glyph for): the screen check's count.
int missing_glyphs_drawn(const ImDrawData& draw_data);

class ImGuiSession {
 public:
  ImGuiSession(platform::Window& window, UiFonts fonts, float scale, const std::set<char32_t>& characters);
  ~ImGuiSession();
  ImGuiSession(const ImGuiSession&) = delete;
  ImGuiSession& operator=(const ImGuiSession&) = delete;

  /// Between frames: the font and sizes follow the UI scale. Returns whether the font changed
  /// (the layout, in font units, then changes too).
  bool follow_scale(float scale);
  /// Between frames: the atlas holds these characters (another language).
  void set_characters(const std::set<char32_t>& characters);

 private:
  void rebuild_fonts();
  ImGuiLook look_;
};

}  // namespace soleus::app
