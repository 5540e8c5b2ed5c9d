#include "document/document.h"

#include <algorithm>

#include "core/log.h"

namespace soleus::document {
namespace {

bool valid_structure(const Document& doc, int index) {
  return doc.model && index >= 0 && static_cast<std::size_t>(index) < doc.model->structures.size();
}

template <class... Ts>
struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace

Document make_document(std::shared_ptr<const anatomy::AnatomyModel> model, scene::ViewPreset view) {
  Document doc;
  doc.model = std::move(model);
  doc.layers = scene::Layers::for_model(*doc.model);
  doc.camera.set_view(view, doc.model->bounds, doc.viewport_aspect);
  return doc;
}

void apply_command(Document& doc, const Command& command) {
  std::visit(
      Overloaded{
          [&](const SetGroupVisible& c) { doc.layers.group_visible[scene::group_index(c.group)] = c.visible; },
          [&](const SetGroupOpacity& c) {
            doc.layers.group_opacity[scene::group_index(c.group)] = std::clamp(c.opacity, 0.0f, 1.0f);
          },
          [&](const SetStructureVisible& c) {
            if (valid_structure(doc, c.structure))
              doc.layers.structures[static_cast<std::size_t>(c.structure)].visible = c.visible;
          },
          [&](const SetStructureOpacity& c) {
            if (valid_structure(doc, c.structure))
              doc.layers.structures[static_cast<std::size_t>(c.structure)].opacity = std::clamp(c.opacity, 0.0f, 1.0f);
          },
          [&](const SetXray& c) { doc.layers.xray = c.enabled; },
          [&](const Isolate& c) { doc.layers.isolated = valid_structure(doc, c.structure) ? c.structure : -1; },
          [&](const Select& c) { doc.selected = valid_structure(doc, c.structure) ? c.structure : -1; },
          [&](const Hover& c) { doc.hovered = valid_structure(doc, c.structure) ? c.structure : -1; },
          [&](const ShowAll&) { doc.layers = scene::Layers::for_model(*doc.model); },
          [&](const SetView& c) { doc.camera.set_view(c.preset, doc.model->bounds, doc.viewport_aspect); },
          [&](const FrameModel&) { doc.camera.frame(doc.model->bounds, doc.viewport_aspect); },
          [&](const MoveCamera& c) {
            doc.camera.orbit(c.yaw, c.pitch);
            doc.camera.pan(c.pan_right, c.pan_up);
            doc.camera.zoom(c.zoom);
          },
          [&](const SetViewportAspect& c) {
            if (c.aspect > 0.0f) doc.viewport_aspect = c.aspect;
          },
          [&](const LoadModel& c) {
            try {
              auto model = std::make_shared<const anatomy::AnatomyModel>(anatomy::load_anatomy_model(c.path, doc.roles));
              const scene::OrbitCamera camera = doc.camera;
              Document fresh = make_document(std::move(model));
              fresh.roles = std::move(doc.roles);
              fresh.camera.yaw = camera.yaw;
              fresh.camera.pitch = camera.pitch;
              fresh.camera.frame(fresh.model->bounds, doc.viewport_aspect);
              fresh.viewport_aspect = doc.viewport_aspect;
              doc = std::move(fresh);
              core::log_info("loaded " + c.path.string());
            } catch (const anatomy::ModelLoadError& e) {
              doc.last_error = e.what();  // keep the current model: nothing is lost
              core::log_error(e.what());
            }
          },
          [&](const DismissError&) { doc.last_error.clear(); },
      },
      command);
}

void CommandQueue::apply_all(Document& doc) {
  // Commands may be pushed while applying (none do today); swap first so that is safe.
  std::vector<Command> batch;
  batch.swap(pending_);
  for (const Command& c : batch) apply_command(doc, c);
}

}  // namespace soleus::document
