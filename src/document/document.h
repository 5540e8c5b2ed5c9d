#pragma once
/// The app's state: the loaded model, what is shown (layers), selection and hover, the camera,
/// and the commands that change them. No ImGui, no GL: panels read a const Document and queue
/// Commands; the app applies them between frames.
#include <filesystem>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "anatomy/anatomy_model.h"
#include "scene/camera.h"
#include "scene/layers.h"

namespace soleus::document {

struct Document {
  std::shared_ptr<const anatomy::AnatomyModel> model;  // never null once the app runs
  anatomy::RoleTable roles = anatomy::RoleTable::with_defaults();
  scene::Layers layers;         // sized for model
  int selected = -1;            // structure index or -1
  int hovered = -1;             // structure index or -1
  scene::OrbitCamera camera;
  float viewport_aspect = 16.0f / 9.0f;  // width / height of the 3D view, for framing
  std::string last_error;       // the most recent failure, shown until dismissed ("" = none)
};

// Commands. Each is a small value; panels push them, apply_command carries them out.
struct SetGroupVisible { anatomy::StructureGroup group; bool visible; };
struct SetGroupOpacity { anatomy::StructureGroup group; float opacity; };  // 0..1
struct SetStructureVisible { int structure; bool visible; };
struct SetStructureOpacity { int structure; float opacity; };             // 0..1
struct SetXray { bool enabled; };
struct Isolate { int structure; };   // -1 ends isolation
struct Select { int structure; };    // -1 clears
struct Hover { int structure; };     // -1 clears
struct ShowAll {};                   // every layer back to its default
struct SetView { scene::ViewPreset preset; };
struct FrameModel {};
struct MoveCamera {                  // orbit (rad), pan (fractions of the view height), zoom factor
  float yaw = 0.0f;
  float pitch = 0.0f;
  float pan_right = 0.0f;
  float pan_up = 0.0f;
  float zoom = 1.0f;
};
struct SetViewportAspect { float aspect; };  // width / height of the 3D view
struct LoadModel { std::filesystem::path path; };  // on failure the current model stays
struct DismissError {};

using Command = std::variant<SetGroupVisible, SetGroupOpacity, SetStructureVisible, SetStructureOpacity,
                             SetXray, Isolate, Select, Hover, ShowAll, SetView, FrameModel, MoveCamera,
                             SetViewportAspect, LoadModel, DismissError>;

/// A document for a loaded model, framed in the given view.
Document make_document(std::shared_ptr<const anatomy::AnatomyModel> model,
                       scene::ViewPreset view = scene::ViewPreset::Lateral);

/// Applies one command. Out-of-range indices and values are clamped or ignored, never fatal.
void apply_command(Document& doc, const Command& command);

/// Commands queued by the UI during a frame.
class CommandQueue {
 public:
  void push(Command command) { pending_.push_back(std::move(command)); }
  /// Applies and clears everything queued, in order.
  void apply_all(Document& doc);
  bool empty() const { return pending_.empty(); }

 private:
  std::vector<Command> pending_;
};

}  // namespace soleus::document
