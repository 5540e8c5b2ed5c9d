#pragma once
/// Orbit camera math (no GL): view and projection matrices, view presets, framing and the
/// ray through a pixel for CPU picking. Frame: +Y up, +Z anterior, -X lateral (right leg).
#include <optional>
#include <string_view>
#include <vector>

#include "core/math.h"
#include "core/mesh.h"

namespace soleus::scene {

enum class ViewPreset { Anterior, Posterior, Lateral, Medial };

/// Parses "anterior", "posterior", "lateral", "medial"; nullopt otherwise.
std::optional<ViewPreset> parse_view_preset(std::string_view name);
const char* to_string(ViewPreset preset);
/// The preset whose direction is nearest a camera yaw (rad): what "the view" is once the user
/// has orbited away from a preset (a saved scenario names one).
ViewPreset nearest_view_preset(float yaw);

struct Ray {
  Vec3 origin;     // world (m)
  Vec3 direction;  // unit
};

struct OrbitCamera {
  Vec3 target{0.0f, 0.3f, 0.0f};  // point orbited and looked at (m)
  float distance = 1.5f;          // eye to target (m), > 0
  float yaw = 0.0f;               // rad about +Y; 0 = eye on +Z (anterior view), pi/2 = medial
  float pitch = 0.1f;             // rad; + = eye above the target; clamped to +-89 deg
  float fov_y = 0.6f;             // vertical field of view (rad)
  Vec2 lens_shift{0.0f};          // image-plane offset (NDC units) that centres the view in the
                                  // part of the window not covered by panels
  Vec2 free_fraction{1.0f};       // share of the image width and height that framing may fill

  Vec3 eye() const;
  Mat4 view() const;
  Mat4 projection(float aspect) const;  // aspect = width / height; near/far fit the distance

  /// Rotates by the given angles (rad), keeping pitch inside +-89 deg.
  void orbit(float delta_yaw, float delta_pitch);
  /// Moves the target in the view plane by a fraction of the visible height (e.g. mouse
  /// pixels / viewport height), so panning feels the same at any zoom.
  void pan(float right_fraction, float up_fraction);
  /// Multiplies the distance by factor (> 1 zooms out), clamped to [0.05, 20] m.
  void zoom(float factor);
  /// Sets target and distance so that the points fill the free part of a view of this aspect
  /// (width / height of the whole image), centred in it; keeps the angles.
  void frame(const std::vector<Vec3>& points, float aspect);
  /// The same for a box (its eight corners).
  void frame(const core::Aabb& box, float aspect);
  /// Sets the angles of a preset (slightly from above).
  void look_from(ViewPreset preset);
  /// Sets the angles of a preset and frames the box.
  void set_view(ViewPreset preset, const core::Aabb& box, float aspect);

  /// Ray from the eye through pixel (x right, y down, origin top-left) of a viewport.
  Ray ray_through_pixel(Vec2 pixel, Vec2 viewport_size) const;
};

}  // namespace soleus::scene
