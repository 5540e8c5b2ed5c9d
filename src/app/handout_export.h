#pragma once
/// The coach's handout from the app: renders the pictures (A, and B when comparing) into the
/// folder as PNGs, then writes its index.html (handout/handout.h). --handout and the Export menu
/// call it. The page is in the language of `strings` (the document's, doc.language: the caller
/// loaded the string table and the teaching content for it).
#include <filesystem>
#include <optional>
#include <string>

#include "app/picture.h"
#include "biomech/conditions.h"
#include "content/learn.h"
#include "content/strings.h"
#include "document/document.h"

namespace soleus::app {

struct HandoutRequest {
  std::filesystem::path folder;
  std::optional<biomech::Conditions> compare;  // B's conditions; none: A alone
  int width = 1280;                            // picture size (pixels)
  int height = 720;
  scene::ViewPreset view = scene::ViewPreset::Lateral;
};

/// Writes the folder. A is the document's running conditions. Returns "" or a message naming the
/// file that could not be written.
std::string export_handout(const document::Document& doc, const HandoutRequest& request, PictureRenderer& pictures,
                           const content::LearnContent* learn, const content::Strings& strings);

}  // namespace soleus::app
