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

}  // namespace soleus::scene
