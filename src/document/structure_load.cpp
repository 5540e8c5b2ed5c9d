#include "document/structure_load.h"

#include <optional>

#include "core/units.h"

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
  load.tendon = role == StructureRole::AchillesTendon;
  const std::optional<biomech::Muscle> muscle = muscle_of(role);
  const std::optional<biomech::DeepPlantarflexor> deep = deep_plantarflexor_of(role);
  load.has_strain = !deep;
  const bool strength = frame.subject == scene::Subject::Exercise && frame.exercise.body_weight_share > 0.0;
  if ((frame.subject == scene::Subject::Running && frame.stride) || strength) {
    // the frame's sample: the stride's at the playhead, or the exercise's load
    load.quote = strength ? LoadQuote::Exercise : LoadQuote::Running;
    const biomech::StrideSample& x = frame.sample;
    load.force_n = muscle ? x.muscle_force_n[static_cast<std::size_t>(*muscle)]
                   : deep ? x.deep_force_n[static_cast<std::size_t>(*deep)]
                          : x.achilles_force_n;
    load.force_bw = load.force_n / (strength ? core::body_weight_n(frame.runner.body_mass_kg) : frame.stride->model.body_weight_n);
    if (muscle) load.strain = strength ? frame.stretch.strain[static_cast<std::size_t>(*muscle)] : x.muscle_strain[static_cast<std::size_t>(*muscle)];
    else if (!deep) load.strain = x.achilles_strain;
  } else if (frame.subject == scene::Subject::Exercise && muscle) {
    load.quote = LoadQuote::Stretch;
    load.strain = frame.stretch.strain[static_cast<std::size_t>(*muscle)];
    load.range_fraction = frame.stretch.tension_fraction[static_cast<std::size_t>(*muscle)];
  }
  return load;
}

}  // namespace soleus::document
