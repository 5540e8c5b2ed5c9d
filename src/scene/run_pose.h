#pragma once
/// Drives the rig from the load model: joint angles from a stride sample, and a root motion that
/// puts the foot where the model says (its pitch to the ground, heel or ball touching first).
#include "anatomy/anatomy_model.h"
#include "anatomy/pose.h"
#include "biomech/stride.h"
#include "biomech/exercises.h"

namespace soleus::scene {

/// The sole's outline at rest (m): the foot's length from the heel point to the toe tips, and its
/// width across the heel and across the metatarsal heads, each width's middle medially (+X) from
/// the heel point. Measured on the skin; a foot's proportions of the length without one; zero
/// length for a sole shorter than a foot (the shoe takes the runner's foot then).
struct FootOutline {
  float length_m = 0.0f;
  float heel_width_m = 0.0f;
  float heel_middle_m = 0.0f;
  float forefoot_width_m = 0.0f;
  float forefoot_middle_m = 0.0f;
};

/// Fixed vertices of the rest model used to place the foot and draw the force cues. Found once
/// per model; invalid when the model has no rig or no recognisable foot.
struct FootLandmarks {
  bool valid = false;
  int sole_structure = -1;           // structure whose sole vertices are used (skin, else calcaneus)
  std::uint32_t heel_vertex = 0;     // lowest, most posterior point of the heel
  std::uint32_t ball_vertex = 0;     // sole under the metatarsal heads
  std::uint32_t mtp_vertex = 0;      // sole under the rig's MTP joint (the ball an exercise stands on; the ball without one)
  std::vector<std::uint32_t> forefoot_vertices;  // sole from there to the toe tips (on a step: ahead of its edge)
  int achilles_structure = -1;       // the Achilles tendon, or -1
  std::uint32_t achilles_insertion_vertex = 0;  // its lowest point (on the calcaneus)
  std::uint32_t achilles_top_vertex = 0;        // its highest point (musculotendinous junction)
  // A sole shorter than a foot (a set with a calcaneus and no forefoot): its "ball" is not under
  // the metatarsal heads, so the pose takes its heel-to-ball slope at rest (rad, + ball higher)
  // off the foot's pitch and sets the heel alone at the height the model gives.
  bool whole_foot = true;
  float rest_pitch_rad = 0.0f;
  FootOutline outline;  // when the sole is a whole foot
};

FootLandmarks find_foot_landmarks(const anatomy::AnatomyModel& model);

/// Where things are in the posed leg, for cues and the camera (world, m).
struct RunPose {
  Mat4 root{1.0f};          // transform applied to the rig root
  Vec3 heel{0.0f};          // sole under the heel (skin)
  Vec3 ball{0.0f};          // sole under the metatarsal heads (skin)
  Vec3 achilles_insertion{0.0f};
  Vec3 achilles_top{0.0f};
  float shoe_heel_m = 0.0f;     // shoe sole thickness under the heel (m)
  float shoe_forefoot_m = 0.0f; // shoe sole thickness under the ball (m)
  float sole_squash = 0.0f;     // share of that thickness the foam gives under the load now (scene/shoe.h)
  float toe_bend_rad = 0.0f;    // the toes' bend at the MTP joints now (rad, + toes up): the shoe's forefoot flexes with them
  // The sole the shoe is built along (running only): its outline, its direction from the heel
  // toward the toes and the distance from the heel to under the metatarsal heads. For a sole
  // shorter than a foot (its "ball" not under the metatarsal heads) the heel-ball line turned by
  // its slope at rest, and 72 % of the outline's length.
  FootOutline foot;
  Vec3 sole_forward{0.0f, 0.0f, 1.0f};
  float heel_to_ball_m = 0.0f;
};

/// Joint angles of a stride sample, in the rig's conventions.
anatomy::JointAngles joint_angles(const biomech::StrideSample& sample);

/// Poses the model for a stride sample into `buffers` and returns where the foot is.
/// Needs valid landmarks and a rig; the leg's hip stays put (a treadmill view).
RunPose pose_for_sample(const anatomy::AnatomyModel& model, const FootLandmarks& landmarks,
                        const biomech::StrideModel& stride, const biomech::StrideSample& sample,
                        anatomy::PoseBuffers& buffers);

/// Poses the model for an instant of an exercise into `buffers` and returns where the foot is:
/// the ball of the foot (under the MTP joint) stays where it is at rest, the forefoot's lowest
/// point on the ground (or on the step's top), the sole at the exercise's angle with the toes
/// flat beside the ball (the MTP joint bends about as much), the leg leaning over it. Needs valid
/// landmarks and a rig.
RunPose pose_for_exercise(const anatomy::AnatomyModel& model, const FootLandmarks& landmarks,
                          const biomech::ExerciseFrame& frame, anatomy::PoseBuffers& buffers);

}  // namespace soleus::scene
