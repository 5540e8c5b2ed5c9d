#pragma once
/// A folder of mesh files loaded as one leg: BodyParts3D or Z-Anatomy parts (one file per
/// structure, all in one body frame) or OpenSim geometry (each file in its own body frame).
#include <filesystem>

#include "anatomy/anatomy_model.h"
#include "anatomy/set_description.h"

namespace soleus::anatomy {

/// Every mesh file in `folder` (not its subfolders), in name order, one or more structures each,
/// or the parts its description (set_description.h: `folder`/soleus-model.json, or `folder`
/// itself when it is a description file) lists. What the description leaves out is decided
/// here: units and up axis for the set as a whole; a left leg (every file named so) mirrored to
/// run as a right one; files named as OpenSim geometry (tibia, fibula, talus, foot, bofoot,
/// femur: Gait2392's names, or Rajagopal's with an r_ first) placed at that model's body offsets.
/// Then the leg stands on the ground and is rigged from its bones (auto_rig.h). model.set holds
/// every choice made, as a description (what describe-set writes), and each structure its part.
/// Throws ModelLoadError naming the folder or the file: no mesh files, too many, a file that fails
/// to load, a file with its own rig, files in different units, a bad description.
AnatomyModel load_model_set(const std::filesystem::path& folder, const RoleTable& roles, const LoadProgress& progress = {});

/// The same set with this description instead of the one on disk (File > Model set tries a
/// correction before it saves it); `described`: the notes say it is the description's file's.
/// Its parts' files must already have been checked (read_set_description) or listed.
AnatomyModel load_model_set(const std::filesystem::path& folder, const RoleTable& roles, SetDescription description,
                            bool described = true, const LoadProgress& progress = {});

/// Where a set's description is: `path` itself when it is a file, else path/soleus-model.json.
std::filesystem::path set_description_path(const std::filesystem::path& path);

}  // namespace soleus::anatomy
