#pragma once
/// Checks of a model file made before Assimp sees it (private to the anatomy module): the sizes
/// and counts a file declares are compared with the bytes it really has and with the limits in
/// limits.h, so a crafted file cannot make the importer allocate gigabytes or recurse until the
/// stack overflows. Formats: GLB (header, chunks), glTF JSON (nesting, node tree depth, cycles,
/// buffers, buffer views, accessors), PLY (header element counts). Others pass through.
#include <string>
#include <string_view>

namespace soleus::anatomy {

/// `bytes`: the whole file; `extension`: its extension in lower case (".ply"), which Assimp uses
/// to pick a reader. Returns "" when Assimp may read it, else the reason, for people.
std::string check_model_bytes(std::string_view bytes, const std::string& extension);

}  // namespace soleus::anatomy
