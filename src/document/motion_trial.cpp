#include "document/motion_trial.h"

#include <filesystem>
#include <optional>

#include "biomech/parameters.h"
#include "document/document.h"
#include "motion/leg_kinematics.h"
#include "motion/measured_trial.h"
#include "motion/motion_error.h"
#include "motion/table.h"
#include "motion/trial_loads.h"

namespace soleus::document {
namespace {

// The first complete stance of the trial as a stride; throws MotionError for bad files.
biomech::SolvedStride read_trial(const MotionFiles& files, biomech::Conditions conditions) {
  const motion::Table kinematics_table = motion::read_table(files.kinematics);
  const motion::Table grf = motion::read_table(files.grf);
  if (!files.body_mass_kg) {
    const std::optional<double> header_mass = kinematics_table.body_mass_kg ? kinematics_table.body_mass_kg : grf.body_mass_kg;
    if (header_mass) conditions.runner.body_mass_kg = *header_mass;
    if (const auto error = biomech::validate(conditions))
      motion::fail(kinematics_table.body_mass_kg ? files.kinematics : files.grf, "mass: " + error->message);
  }
  const motion::TrialLoads loads = motion::read_trial_loads(grf, files.grf, files.grf_map, files.leg);
  const motion::LegKinematics kinematics = motion::leg_kinematics(kinematics_table, files.leg, conditions.runner.height_m);
  const biomech::StrideModel model = biomech::build_stride_model(conditions);
  // the speed only gives per-km numbers; a treadmill trial has none, and the Load tab leaves them out
  const motion::MeasuredTrial trial =
      motion::analyse_trial(kinematics, loads.load, loads.other ? &*loads.other : nullptr, model, std::nullopt);
  return motion::stance_as_stride(trial.stances.front(), model);
}

}  // namespace

void load_motion(Document& doc, const MotionFiles& files) {
  biomech::Conditions conditions = own_conditions(doc);
  if (files.body_mass_kg) conditions.runner.body_mass_kg = *files.body_mass_kg;
  if (const auto error = biomech::validate(conditions)) {
    doc.last_error = content::Phrase::with_detail("message.motion_not_loaded", "--mass: " + error->message);
    return;
  }
  biomech::SolvedStride stride;
  try {
    stride = read_trial(files, conditions);
  } catch (const motion::MotionError& e) {
    doc.last_error = content::Phrase::with_detail("message.motion_not_loaded", e.what());  // what is shown stays
    return;
  }
  if (doc.run.motion) {
    doc.run.motion->files = files;
  } else {
    doc.run.motion = MotionState{files, {}, std::move(doc.run.stride)};
  }
  doc.run.motion->name = std::filesystem::path(files.kinematics).filename().string();
  doc.run.stride = std::move(stride);
  doc.run.previous.reset();
  doc.run.phase = doc.run.stride.summary.peak_soleus_phase;
  doc.last_error = {};
}

void close_motion(Document& doc) {
  if (!doc.run.motion) return;
  doc.run.stride = std::move(doc.run.motion->generated);
  doc.run.motion.reset();
  doc.run.previous.reset();
  doc.run.phase = doc.run.stride.summary.peak_soleus_phase;
}

}  // namespace soleus::document
