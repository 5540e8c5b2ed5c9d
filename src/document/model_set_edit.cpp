#include "document/model_set_edit.h"

#include <algorithm>
#include <cmath>

#include "anatomy/model_set.h"
#include "core/files.h"
#include "core/log.h"

namespace soleus::document {
namespace {

// The draft as the model's set allows: the same parts (a role may change, nothing else), joints
// the rig names, nudges within kMaxJointNudge_m, axes unit length.
std::optional<anatomy::SetDescription> checked_draft(const anatomy::AnatomyModel& model, anatomy::SetDescription draft) {
  const anatomy::SetDescription& loaded = *model.set;
  if (draft.parts.size() != loaded.parts.size()) return std::nullopt;
  for (std::size_t i = 0; i < draft.parts.size(); ++i) {
    if (draft.parts[i].file != loaded.parts[i].file) return std::nullopt;
    draft.parts[i].offset_m = loaded.parts[i].offset_m;
  }
  for (auto it = draft.joints.begin(); it != draft.joints.end();) {
    anatomy::JointNudge& nudge = it->second;
    const bool named = std::any_of(model.rig.joints.begin(), model.rig.joints.end(),
                                   [&](const anatomy::Joint& j) { return j.name == it->first; });
    const bool finite = std::isfinite(nudge.offset_m.x) && std::isfinite(nudge.offset_m.y) && std::isfinite(nudge.offset_m.z);
    if (!named || !finite) {
      it = draft.joints.erase(it);
      continue;
    }
    nudge.offset_m = glm::clamp(nudge.offset_m, Vec3(-anatomy::kMaxJointNudge_m), Vec3(anatomy::kMaxJointNudge_m));
    if (nudge.axis) {
      const float length = glm::length(*nudge.axis);
      if (std::isfinite(length) && length > 1e-6f) nudge.axis = *nudge.axis / length;
      else nudge.axis.reset();
    }
    ++it;
  }
  return draft;
}

anatomy::JointNudge nudge_of(const anatomy::SetDescription& description, const std::string& joint) {
  const auto it = description.joints.find(joint);
  return it == description.joints.end() ? anatomy::JointNudge{} : it->second;
}

}  // namespace

void edit_model_set(Document& doc, const std::optional<anatomy::SetDescription>& draft) {
  if (!draft) {
    doc.set_draft.reset();
    return;
  }
  if (!doc.model || !doc.model->set) return;  // not a model set: nothing to describe
  if (auto checked = checked_draft(*doc.model, *draft)) doc.set_draft = std::move(checked);
}

void save_model_set(Document& doc) {
  if (!doc.set_draft || !doc.model || !doc.model->set) return;
  const std::filesystem::path description = anatomy::set_description_path(doc.model->source);
  try {
    // Tried first, so a draft that cannot load is never written over the description that can.
    auto model = std::make_shared<const anatomy::AnatomyModel>(anatomy::load_model_set(doc.model->source, doc.roles, *doc.set_draft));
    if (const std::string failed = core::write_output_file(description, anatomy::set_description_json(*doc.set_draft));
        !failed.empty()) {
      doc.last_error = content::Phrase::with_detail("message.model_set_not_saved", description.string() + ": " + failed);
      core::log_error("cannot write " + description.string() + ": " + failed);
      return;
    }
    install_model(doc, model);
    doc.set_draft = model->set;
    core::log_info("saved " + description.string());
  } catch (const anatomy::ModelLoadError& e) {
    doc.last_error = content::Phrase::with_detail("message.model_set_not_saved", e.what());
    core::log_error(e.what());
  }
}

std::vector<scene::JointMarker> joint_markers(const Document& doc) {
  std::vector<scene::JointMarker> markers;
  if (!doc.set_draft || !doc.model || !doc.model->set) return markers;
  const anatomy::Rig& rig = doc.model->rig;
  for (std::size_t j = 0; j < rig.joints.size(); ++j) {
    const anatomy::Joint& joint = rig.joints[j];
    if (!scene::marked_joint(joint.kind)) continue;
    // The loaded rig has the saved nudge in it: the draft moves it by the difference.
    const Mat4 placed = glm::inverse(joint.inverse_bind);
    const anatomy::JointNudge saved = nudge_of(*doc.model->set, joint.name);
    const anatomy::JointNudge drafted = nudge_of(*doc.set_draft, joint.name);
    scene::JointMarker marker;
    marker.joint = static_cast<int>(j);
    marker.centre = Vec3(placed[3]) + drafted.offset_m - saved.offset_m;
    marker.axis = drafted.axis.value_or(Vec3(placed[0]));  // (a saved axis put back to the bones' shows as saved until saved)
    marker.moved = !(drafted == saved);
    markers.push_back(marker);
  }
  return markers;
}

}  // namespace soleus::document
