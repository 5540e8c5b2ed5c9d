#pragma once
/// The illustration palette: which material and base colour each structure gets.
#include "anatomy/structure_role.h"
#include "scene/draw_list.h"

namespace soleus::scene {

struct Appearance {
  Material material;
  Vec3 colour;  // linear RGB
};

/// Medical-illustration colours: ivory bone, red-brown muscle (the soleus a warmer red so it
/// stands out as the subject of the app), silvery tendon, pale fascia, warm translucent skin.
Appearance appearance_for(anatomy::StructureRole role, anatomy::StructureGroup group);

/// The running shoe's parts (scene/shoe.h).
enum class ShoePart : std::uint8_t { Midsole, Outsole, Plate, Upper, Trim };

/// A shoe as a runner knows one: pale foam, dark rubber under it, black carbon, a slate upper
/// (drawn translucent) with darker trim.
Vec3 shoe_colour(ShoePart part);

}  // namespace soleus::scene
