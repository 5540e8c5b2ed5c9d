#pragma once
/// glTF 2.0 binary (.glb) encoding of a LegModel: one node and mesh per structure, all skinned
/// to one skin whose joints are the rig's joint nodes. Deterministic: equal models give equal bytes.
#include <cstdint>
#include <string>
#include <vector>

#include "generator/leg_model.h"

namespace soleus::generator {

/// The complete .glb file contents.
std::vector<std::uint8_t> encode_glb(const LegModel& model);

/// Writes bytes to path; throws std::runtime_error naming the path on failure.
void write_file(const std::string& path, const std::vector<std::uint8_t>& bytes);

}  // namespace soleus::generator
