#pragma once
/// Inside the anatomy module: one file through Assimp into our structures, before its frame is
/// normalised, so a set of files (model_set.h) can decide units, up axis and placement for all
/// of them together.
#include <filesystem>

#include "anatomy/anatomy_model.h"

namespace soleus::anatomy {

/// The file's structures (roles resolved, a rig when it has one) in the file's own frame and
/// units. Throws ModelLoadError naming the file.
AnatomyModel import_model_file(const std::filesystem::path& path, const RoleTable& roles);

/// Millimetres to metres and Z-up to Y-up when the model's size says so, then stood on the
/// ground, centred over the origin; each change is added to model.notes.
void normalise_frame(AnatomyModel& model);

}  // namespace soleus::anatomy
