#include "scene/materials.h"

#include <cmath>

namespace soleus::scene {
namespace {

// Palette picked in sRGB (what an illustrator would name), converted once to linear.
Vec3 srgb(float r, float g, float b) {
  auto to_linear = [](float c) { return std::pow(c, 2.2f); };
  return Vec3(to_linear(r), to_linear(g), to_linear(b));
}

}  // namespace

Appearance appearance_for(anatomy::StructureRole role, anatomy::StructureGroup group) {
  using anatomy::StructureGroup;
  using anatomy::StructureRole;
  if (role == StructureRole::Soleus) return {Material::Muscle, srgb(0.80f, 0.33f, 0.24f)};
  if (role == StructureRole::GastrocnemiusMedial || role == StructureRole::GastrocnemiusLateral)
    return {Material::Muscle, srgb(0.58f, 0.20f, 0.18f)};
  switch (group) {
    case StructureGroup::Bone: return {Material::Bone, srgb(0.90f, 0.86f, 0.74f)};
    case StructureGroup::Muscle: return {Material::Muscle, srgb(0.62f, 0.25f, 0.22f)};
    case StructureGroup::Tendon: return {Material::Tendon, srgb(0.86f, 0.87f, 0.88f)};
    case StructureGroup::Fascia: return {Material::Fascia, srgb(0.90f, 0.88f, 0.80f)};
    case StructureGroup::Skin: return {Material::Skin, srgb(0.93f, 0.76f, 0.66f)};
    case StructureGroup::Other: break;
  }
  return {Material::Plain, srgb(0.70f, 0.70f, 0.72f)};
}

Vec3 shoe_colour(ShoePart part) {
  switch (part) {
    case ShoePart::Midsole: return srgb(0.93f, 0.92f, 0.88f);
    case ShoePart::Outsole: return srgb(0.22f, 0.22f, 0.24f);
    case ShoePart::Plate: return srgb(0.06f, 0.06f, 0.07f);
    case ShoePart::Upper: return srgb(0.36f, 0.42f, 0.50f);
    case ShoePart::Trim: return srgb(0.20f, 0.23f, 0.28f);
  }
  return srgb(0.70f, 0.70f, 0.72f);
}

}  // namespace soleus::scene
