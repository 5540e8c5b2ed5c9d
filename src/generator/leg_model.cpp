#include "generator/leg_model.h"

#include "generator/loft.h"

namespace soleus::generator {

LegModel build_leg_model(const LegSpec& spec, const std::set<std::string>& omit) {
  LegModel model;
  model.rig = build_rig(spec);
  model.materials = spec.materials;
  // Every structure is built (an envelope wraps all the ones listed before it, omitted or not).
  std::vector<Vec3> built_vertices;
  for (const StructureSpec& st : spec.structures) {
    StructureMesh sm;
    sm.name = st.name;
    sm.material = st.material;
    for (const PartSpec& part : st.parts) append_mesh(sm.mesh, loft_part(st, part, built_vertices));
    if (st.uv_whole) map_uv_around_whole(sm.mesh);
    sm.weights = skin_weights(spec, model.rig, st, sm.mesh.positions);
    built_vertices.insert(built_vertices.end(), sm.mesh.positions.begin(), sm.mesh.positions.end());
    if (!omit.count(st.name)) model.structures.push_back(std::move(sm));
  }
  return model;
}

}  // namespace soleus::generator
