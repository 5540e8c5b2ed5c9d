#pragma once
/// Where the app finds its data: the source tree's folders (set at build time) when they exist,
/// else folders next to the executable (../assets, ../shaders), so a moved build still runs.
#include <filesystem>

namespace soleus::app {

std::filesystem::path assets_dir();
std::filesystem::path shaders_dir();
/// A TrueType font for the UI (DejaVu Sans from fonts-dejavu-core).
std::filesystem::path ui_font_path();
/// A font for the Chinese the Latin one lacks (WenQuanYi Micro Hei from fonts-wqy-microhei).
std::filesystem::path cjk_font_path();

}  // namespace soleus::app
