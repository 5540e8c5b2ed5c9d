#pragma once
/// File > Import motion: a measured running trial (motion/) played in place of the generated
/// stride. The first complete stance of the chosen leg becomes a biomech::SolvedStride with
/// measured samples, so the pose, the colours and the Load tab read it as they read a generated
/// one; the runner's own stride waits beside it until the motion closes.
#include <optional>
#include <string>

#include "biomech/stride.h"
#include "motion/leg.h"

namespace soleus::document {

struct Document;

/// The files of a trial and what they do not say (docs/motion-import.md).
struct MotionFiles {
  std::string kinematics;      // OpenSim coordinates (.mot/.sto)
  std::string grf;             // ground reaction forces (.mot/.sto, or the simple CSV)
  std::string grf_map;         // OpenSim external-loads XML ("" = the conventional column names)
  // body mass (kg), checked against the range table; none: either file's "mass=KG" header line,
  // else the runner's own (as report --motion does)
  std::optional<double> body_mass_kg;
  motion::Leg leg = motion::Leg::kRight;
};

/// A measured trial on screen.
struct MotionState {
  MotionFiles files;
  std::string name;                 // the kinematics file's name, shown with the plot
  biomech::SolvedStride generated;  // the runner's own stride, back when the motion closes
};

/// Reads and solves the trial, then plays it from its soleus peak. Bad files or a mass out of
/// range: doc.last_error names the file, line and reason, and what is shown stays.
void load_motion(Document& doc, const MotionFiles& files);

/// Back to the generated stride (nothing when no motion is loaded).
void close_motion(Document& doc);

}  // namespace soleus::document
