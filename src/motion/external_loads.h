#pragma once
/// An OpenSim external-loads file (ExternalLoads XML): which columns of the ground reaction
/// force file are which foot's force, point of application (centre of pressure) and free
/// torque. Only what the ankle needs is read: for each enabled ExternalForce its body
/// (`applied_to_body`, e.g. calcn_r, which says the leg), `force_identifier`,
/// `point_identifier`, `torque_identifier` (column prefixes to which x, y, z are appended) and the
/// frames they are expressed in, which must be ground.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "motion/leg.h"

namespace soleus::motion {

struct FootLoadColumns {
  Leg leg;                       // the foot the force is applied to
  std::string body;              // the OpenSim body named, e.g. "calcn_r"
  std::string force_prefix;      // e.g. "R_ground_force_v" (+ x, y, z), N
  std::string point_prefix;      // e.g. "R_ground_force_p" (+ x, y, z), m
  std::string torque_prefix;     // e.g. "R_ground_torque_" (+ x, y, z), N m; empty if none
  std::string source;            // "LOADS.xml line 5" or "the R_/L_ column names", for messages
};

/// Parses the XML text; `file` names it in messages. Throws MotionError for XML it cannot
/// read, no enabled ExternalForce, a missing identifier, a body that is not a foot of one side,
/// a frame other than ground, or two forces on one foot.
std::vector<FootLoadColumns> parse_external_loads(std::string_view text, const std::string& file);

/// Reads and parses the file (through core/files.h).
std::vector<FootLoadColumns> read_external_loads(const std::string& path);

/// Without an external-loads file: the OpenSim convention R_ground_force_v/p, R_ground_torque_
/// (and L_ for the left), when the GRF file has those columns.
std::optional<FootLoadColumns> conventional_columns(Leg leg, const std::vector<std::string>& labels);

}  // namespace soleus::motion
