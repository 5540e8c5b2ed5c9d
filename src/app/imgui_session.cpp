#include "app/imgui_session.h"

#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cstdint>

#include "content/strings.h"
#include "core/log.h"
#include "render/gl_context.h"
#include "ui/app_ui.h"

namespace soleus::app {
namespace {

unsigned int font_texture() {
  return static_cast<unsigned int>(reinterpret_cast<std::uintptr_t>(ImGui::GetIO().Fonts->TexID));
}

// ImGui's glyph ranges (inclusive pairs, 0-terminated) for the characters outside the Latin font's.
std::vector<ImWchar> glyph_ranges(const std::set<char32_t>& characters) {
  std::vector<ImWchar> ranges;
  for (const char32_t c : characters) {
    if (c <= 0xFF || c > 0xFFFF) continue;  // Latin-1 is the Latin font's; ImWchar is 16-bit here
    const auto w = static_cast<ImWchar>(c);
    if (!ranges.empty() && ranges.back() + 1 == w) {
      ranges.back() = w;
    } else {
      ranges.push_back(w);
      ranges.push_back(w);
    }
  }
  ranges.push_back(0);
  return ranges;
}

}  // namespace

std::set<char32_t> characters_for(const std::filesystem::path& assets, content::Language language,
                                  const content::Strings& strings) {
  std::set<char32_t> characters;
  for (const std::string& key : strings.keys())  // the table already loaded: not read again
    for (const char32_t c : content::characters_of_text(strings.get(key))) characters.insert(c);
  if (language != content::Language::English) {
    try {
      for (const char32_t c : content::characters_of({assets / "content" / "learn.json", assets / "content" / "structures.json"}))
        characters.insert(c);
    } catch (const std::exception& e) {
      core::log_warning(e.what());  // the loaders say the same with more context; draw what we can
    }
  }
  for (const content::LanguageInfo& info : content::languages())
    for (const char32_t c : content::characters_of_text(info.native_name)) characters.insert(c);
  return characters;
}

int missing_glyphs_drawn(const ImDrawData& draw_data) {
  const ImFont* font = ImGui::GetFont();
  const ImFontGlyph* box = font ? font->FindGlyphNoFallback(static_cast<ImWchar>(0xFFFD)) : nullptr;
  if (!box) return 0;
  int count = 0;
  for (int l = 0; l < draw_data.CmdListsCount; ++l) {
    const ImDrawList& list = *draw_data.CmdLists[l];
    for (const ImDrawVert& v : list.VtxBuffer)  // a glyph quad's top-left corner samples (U0, V0)
      if (v.uv.x == box->U0 && v.uv.y == box->V0) ++count;
  }
  return count;
}

ImGuiSession::ImGuiSession(platform::Window& window, UiFonts fonts, float scale,
                           const std::set<char32_t>& characters) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // fixed panel layout: the same picture every run
  look_.fonts = std::move(fonts);
  look_.scale = scale;
  look_.extra_ranges = glyph_ranges(characters);
  // Where the framebuffer has as many pixels as the window (not so on macOS-style HiDPI), glyphs
  // rasterised at the size they are drawn and snapped to whole pixels let the atlas be sampled
  // nearest (below): the same text, and ~1 ms less a frame on software GL. Lines then need
  // ImGui's geometry anti-aliasing instead of its baked, bilinear-sampled line texture.
  const platform::Size fb = window.framebuffer_size();
  const platform::Size win = window.window_size();
  look_.pixel_exact = fb.width == win.width && fb.height == win.height;
  if (look_.pixel_exact) io.Fonts->Flags |= ImFontAtlasFlags_NoBakedLines;
  ImGuiStyle& style = look_.style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 6.0f;
  style.FrameRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.WindowBorderSize = 0.0f;
  // Floating windows (help, problems) in the colour the renderer gives the docked panels.
  style.Colors[ImGuiCol_WindowBg] =
      ImVec4(ui::kPanelBackgroundSrgb[0], ui::kPanelBackgroundSrgb[1], ui::kPanelBackgroundSrgb[2], 1.0f);
  rebuild_fonts();
  ImGui_ImplGlfw_InitForOpenGL(window.native(), true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  ImGui_ImplOpenGL3_CreateDeviceObjects();  // the font atlas texture, now rather than in the first frame
  if (look_.pixel_exact) render::use_nearest_filtering(font_texture());
}

ImGuiSession::~ImGuiSession() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

bool ImGuiSession::follow_scale(float scale) {
  if (scale == look_.scale) return false;
  look_.scale = scale;
  rebuild_fonts();
  return true;
}

void ImGuiSession::set_characters(const std::set<char32_t>& characters) {
  std::vector<ImWchar> ranges = glyph_ranges(characters);
  if (ranges == look_.extra_ranges) return;
  look_.extra_ranges = std::move(ranges);
  rebuild_fonts();
}

// The font atlas at the look's scale and the style scaled from the unscaled one. Between frames
// only; a running backend gets the new font texture at once (at start-up it makes its own).
void ImGuiSession::rebuild_fonts() {
  ImGuiIO& io = ImGui::GetIO();
  const bool has_texture = io.Fonts->TexID != nullptr;
  io.Fonts->Clear();
  ImFontConfig config;
  if (look_.pixel_exact) {
    config.OversampleH = 1;
    config.PixelSnapH = true;
  }
  // Latin-1, the few signs the panels print (dashes, minus, arrows: A -> B, A <-> B) and U+FFFD,
  // which ImGui then draws for a character without a glyph (counted by missing_glyphs_drawn).
  static const ImWchar kLatin[] = {0x0020, 0x00FF, 0x2010, 0x2014, 0x2190, 0x2194, 0x2212, 0x2212, 0xFFFD, 0xFFFD, 0};
  const float size = 16.0f * look_.scale;
  if (std::filesystem::exists(look_.fonts.latin)) {
    io.Fonts->AddFontFromFileTTF(look_.fonts.latin.string().c_str(), size, &config, kLatin);
  } else {
    core::log_warning("font " + look_.fonts.latin.string() + " not found; using ImGui's built-in font");
    config.SizePixels = 13.0f * look_.scale;
    io.Fonts->AddFontDefault(&config);
  }
  if (look_.extra_ranges.size() > 1) {
    if (std::filesystem::exists(look_.fonts.cjk)) {
      ImFontConfig merge = config;
      merge.MergeMode = true;
      merge.OversampleH = 1;  // CJK glyphs are dense; oversampling would quadruple their atlas
      merge.PixelSnapH = true;
      io.Fonts->AddFontFromFileTTF(look_.fonts.cjk.string().c_str(), size, &merge, look_.extra_ranges.data());
    } else {
      core::log_warning("font " + look_.fonts.cjk.string() +
                        " not found (fonts-wqy-microhei); Chinese text shows as boxes");
    }
  }
  ImGui::GetStyle() = look_.style;
  ImGui::GetStyle().ScaleAllSizes(look_.scale);
  if (!has_texture) return;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  if (look_.pixel_exact) render::use_nearest_filtering(font_texture());
}

}  // namespace soleus::app
