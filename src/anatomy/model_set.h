#pragma once
/// A folder of mesh files loaded as one leg: BodyParts3D or Z-Anatomy parts (one file per
/// structure, all in one body frame) or OpenSim geometry (each file in its own body frame).
#include <filesystem>

#include "anatomy/anatomy_model.h"

namespace soleus::anatomy {

/// Every mesh file in `folder` (not its subfolders), in name order, one or more structures each.
/// Units and up axis are decided for the set as a whole; files named as OpenSim geometry (tibia,
/// fibula, talus, foot, bofoot, femur: Gait2392's names, or Rajagopal's with an r_ first) are
/// placed at that model's body offsets; then the leg stands on the ground and is rigged from its bones (auto_rig.h).
/// Throws ModelLoadError naming the folder or the file: no mesh files, too many, a file that fails
/// to load, a file with its own rig, or files in different units.
AnatomyModel load_model_set(const std::filesystem::path& folder, const RoleTable& roles);

}  // namespace soleus::anatomy
