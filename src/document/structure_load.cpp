#include "document/structure_load.h"

#include <optional>

namespace soleus::document {
namespace {

using anatomy::StructureRole;

// The muscle a role is in the load model, if it is one.
std::optional<biomech::Muscle> muscle_of(StructureRole role) {
  switch (role) {
    case StructureRole::Soleus: return biomech::Muscle::kSoleus;
    case StructureRole::GastrocnemiusMedial: return biomech::Muscle::kGastrocnemiusMedial;
    case StructureRole::GastrocnemiusLateral: return biomech::Muscle::kGastrocnemiusLateral;
    default: return std::nullopt;
  }
}

// The deep plantarflexor a role is in the load model, if it is one.
std::optional<biomech::DeepPlantarflexor> deep_plantarflexor_of(StructureRole role) {
  switch (role) {
    case StructureRole::TibialisPosterior: return biomech::DeepPlantarflexor::kTibialisPosterior;
    case StructureRole::FlexorHallucisLongus: return biomech::DeepPlantarflexor::kFlexorHallucisLongus;
    case StructureRole::FlexorDigitorumLongus: return biomech::DeepPlantarflexor::kFlexorDigitorumLongus;
    case StructureRole::FibularisLongus: return biomech::DeepPlantarflexor::kFibularisLongus;
    case StructureRole::FibularisBrevis: return biomech::DeepPlantarflexor::kFibularisBrevis;
    default: return std::nullopt;
  }
}

}  // namespace

bool load_modelled(StructureRole role) {
  return muscle_of(role) || deep_plantarflexor_of(role) || role == StructureRole::AchillesTendon;
}

StructureLoad structure_load(const scene::FrameSpec& frame, StructureRole role) {
  StructureLoad load;
  if (!load_modelled(role)) return load;
  load.quote = LoadQuote::NotNow;
  if (const std::optional<biomech::DeepPlantarflexor> deep = deep_plantarflexor_of(role)) {
    load.has_strain = false;
    if (frame.subject == scene::Subject::Running && frame.stride) {
      load.quote = LoadQuote::Running;
      load.force_n = frame.sample.deep_force_n[static_cast<std::size_t>(*deep)];
      load.force_bw = load.force_n / frame.stride->model.body_weight_n;
    }
    return load;
  }
  load.tendon = role == StructureRole::AchillesTendon;
  const std::optional<biomech::Muscle> muscle = muscle_of(role);
  const auto m = muscle ? static_cast<std::size_t>(*muscle) : 0u;
  if (frame.subject == scene::Subject::Running && frame.stride) {
    load.quote = LoadQuote::Running;
    load.force_n = muscle ? frame.sample.muscle_force_n[m] : frame.sample.achilles_force_n;
    load.force_bw = load.force_n / frame.stride->model.body_weight_n;
    load.strain = muscle ? frame.sample.muscle_strain[m] : frame.sample.achilles_strain;
  } else if (frame.subject == scene::Subject::Exercise && muscle) {
    load.quote = LoadQuote::Stretch;
    load.strain = frame.stretch.strain[m];
    load.range_fraction = frame.stretch.tension_fraction[m];
  }
  return load;
}

}  // namespace soleus::document
