#pragma once
/// The generated lower leg in memory: one skinned mesh per structure plus the rig.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/mesh.h"
#include "generator/leg_spec.h"
#include "generator/rig.h"

namespace soleus::generator {

struct StructureMesh {
  std::string name;      // role id; also the glTF node and mesh name
  std::string material;  // key into LegModel::materials
  core::TriangleMesh mesh;
  std::vector<VertexWeights> weights;  // one per vertex
};

struct LegModel {
  Rig rig;
  std::map<std::string, MaterialSpec> materials;
  std::vector<StructureMesh> structures;  // landmark-table order
};

/// Lofts every structure of `spec` (except those named in `omit`) and skins it to the rig.
LegModel build_leg_model(const LegSpec& spec, const std::set<std::string>& omit = {});

}  // namespace soleus::generator
