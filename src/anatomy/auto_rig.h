#pragma once
/// A rig placed from a model's own bones, for anatomy that comes without one (a model set): the
/// joints the running model drives and smooth skin weights, so the set runs like the default leg.
#include <map>
#include <string>

#include "anatomy/anatomy_model.h"

namespace soleus::anatomy {

/// Places the joints as the rig contract of docs/architecture.md has them (model frame: m, +Y up,
/// +Z anterior, +X the subject's left; each joint's +X its axis, a positive turn knee flexion,
/// ankle dorsiflexion, subtalar inversion, toe extension):
///  - knee: the top of the tibia (the middle of its plateau), turning about +X;
///  - ankle: midway between the tips of the malleoli (the tibia's and the fibula's lowest points),
///    turning about the line through them, medial to lateral (Inman 1976: the talocrural axis
///    runs through the tips);
///  - subtalar (talus and calcaneus present): midway between their centres, about Inman's (1976)
///    mean axis, 42 deg above the horizontal and 23 deg medial of the foot's long axis;
///  - metatarsophalangeal (toes present): the back of the toes, about the oblique axis of
///    Delp et al. (1990) (OpenSim Gait2392 mtp_r), first to fifth metatarsal head;
///  - thigh (the root): the top of the femur, else above the knee at 1.2 tibia lengths
///    (assumption: a crural index near 0.83).
/// Bones follow their own segment; every other vertex blends between the segments above and
/// below a joint over kSkinBlend_m. `nudges` (a set description's "joints", by joint name) move
/// a placed centre or replace its axis. Returns why no rig could be placed (no tibia), else "".
std::string rig_from_bones(AnatomyModel& model, const std::map<std::string, JointNudge>& nudges = {});

inline constexpr float kSkinBlend_m = 0.02f;  // assumption: half-width of the smooth band at a joint (m)

}  // namespace soleus::anatomy
