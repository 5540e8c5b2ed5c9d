#pragma once
/// Inside the anatomy module: one file through Assimp into our structures, before its frame is
/// normalised, so a set of files (model_set.h) can decide units, up axis and placement for all
/// of them together.
#include <filesystem>
#include <optional>

#include "anatomy/anatomy_model.h"

namespace soleus::anatomy {

/// The file's structures (roles resolved, a rig when it has one) in the file's own frame and
/// units. Throws ModelLoadError naming the file.
/// `progress` hears Assimp's own (anatomy_model.h: LoadProgress).
AnatomyModel import_model_file(const std::filesystem::path& path, const RoleTable& roles,
                               const LoadProgress& progress = {});

/// What normalise_frame decided.
struct FrameDecision {
  bool millimetres = false;
  bool z_up = false;
};

/// Millimetres to metres and Z-up to Y-up when the model's size says so (or as `millimetres` and
/// `z_up` declare), then stood on the ground, centred over the origin; each change is added to
/// model.notes.
FrameDecision normalise_frame(AnatomyModel& model, std::optional<bool> millimetres = std::nullopt,
                              std::optional<bool> z_up = std::nullopt);

}  // namespace soleus::anatomy
