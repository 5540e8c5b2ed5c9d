#pragma once
/// Pure geometry of the teaching views: the joint angles of the stretch and strength exercises
/// over time, the foam-rolling spot patches cut from a muscle's (u, v) parametrisation, and the
/// roller mesh. No GL, no document.
#include <vector>

#include "biomech/conditions.h"
#include "biomech/muscles.h"
#include "core/mesh.h"

namespace soleus::scene {

/// The exercises the stretch mode animates.
enum class ExercisePose { BentKneeStretch, StraightKneeStretch, CalfRaise, HeelDrop, CalfRaiseBentKnee, HeelDropBentKnee };

/// The leg in one instant of an exercise.
struct ExerciseFrame {
  biomech::StretchPose joints;  ///< knee flexion and ankle dorsiflexion (rad)
  float foot_pitch_rad = 0.0f;  ///< sole angle to the ground (rad, + heel above the ball)
  bool on_step = false;         ///< the ball of the foot stands on a step edge (heel drop)
};

/// Knee flexion of the bent-knee wall stretch (rad): 35 deg, well past the ~20 deg at which the
/// gastrocnemius slackens (Baumbach 2014).
inline constexpr double kBentKneeStretchKneeRad = 0.6109;
/// Share of the runner's dorsiflexion limit a held stretch reaches: a firm stretch short of pain.
inline constexpr double kStretchDepth = 0.9;
/// Knee flexion of the bent-knee strength work (rad): 25 deg, inside the 20-30 deg the exercise
/// cards ask for and past the ~20 deg at which the gastrocnemius slackens (Baumbach 2014), so the
/// soleus does most of the work.
inline constexpr double kBentKneeStrengthKneeRad = 0.4363;
/// Calf raise: top of the raise (rad, plantarflexion) and one full up-and-down cycle (s).
inline constexpr double kCalfRaiseTopRad = -0.61;
inline constexpr double kCalfRaiseCycleS = 4.0;
/// Eccentric heel drop: 1 s back up from below the step, then 3 s of slow lowering (Alfredson 1998 tempo).
inline constexpr double kHeelDropLowerS = 3.0;
inline constexpr double kHeelDropCycleS = 4.0;
/// How far below level the heel drop goes, as a share of the knee-straight dorsiflexion range.
inline constexpr double kHeelDropDepth = 0.8;
/// Height of the step the heel drop is done on (m).
inline constexpr float kStepHeightM = 0.12f;

/// The leg at `time_s` (s) into the exercise, for this runner's dorsiflexion ranges. Stretches are
/// static; calf raise (from the top) and heel drop (from below the step) repeat with their cycle.
ExerciseFrame exercise_frame(ExercisePose pose, const biomech::Runner& runner, double time_s);

/// The frame of the exercise where the ankle is most dorsiflexed (the deepest stretch).
ExerciseFrame deepest_frame(ExercisePose pose, const biomech::Runner& runner);

/// Colours of the foam-rolling map (linear RGB): where to roll, the spot being explained, and
/// where not to roll.
inline const Vec3 kSpotColour{0.10f, 0.55f, 0.18f};
inline const Vec3 kSelectedSpotColour{0.55f, 0.95f, 0.20f};
inline const Vec3 kAvoidColour{0.95f, 0.22f, 0.05f};

/// Triangles of `mesh` whose three vertices lie within `radius` of (u, v) in texture space (u wraps
/// around), copied and lifted `lift_m` along their normals so the patch sits on the surface.
/// Empty when the mesh has no uvs or nothing falls inside.
core::TriangleMesh make_spot_patch(const core::TriangleMesh& mesh, double u, double v, double radius, float lift_m);

/// Triangles of `part` whose three vertices lie within `max_distance` (m) of a vertex of `surface`
/// (e.g. the bone just under the skin: the shin's inner edge, the fibula's head, the ankle bones),
/// copied and lifted `lift_m` along their normals. Both meshes in the same frame.
core::TriangleMesh make_near_surface_patch(const core::TriangleMesh& part, const core::TriangleMesh& surface,
                                           float max_distance, float lift_m);

/// The texture v of `mesh` at `v_from_top` of the way from its upper end (0) to its lower end (1).
/// The model contract puts the origin at v = 0, which for the calf muscles is the upper end;
/// a model whose v runs the other way (a flipped texture convention) is read the same way.
/// Unchanged for a mesh without uvs.
double texture_v_from_top(const core::TriangleMesh& mesh, double v_from_top);

/// Vertex of `mesh` nearest to (u, v) in texture space (u wraps), or -1 without uvs.
int nearest_uv_vertex(const core::TriangleMesh& mesh, double u, double v);

/// A closed cylinder (foam roller) centred on the origin along +X: `radius`, `length` (m),
/// `segments` around.
core::TriangleMesh make_roller(float radius, float length, int segments = 32);

/// A closed axis-aligned box from `min` to `max` (m), flat-shaded (the step of the heel drop).
core::TriangleMesh make_box(const Vec3& min, const Vec3& max);

}  // namespace soleus::scene
