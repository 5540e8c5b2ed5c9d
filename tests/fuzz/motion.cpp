// Fuzz target: measured-trial files (motion/table.h, external_loads.h, foot_load.h,
// leg_kinematics.h). The same bytes go to each reader; only MotionError may come out, and what
// reads is used: the leg's pose at every frame, the CSV as one foot's load.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "motion/external_loads.h"
#include "motion/foot_load.h"
#include "motion/leg_kinematics.h"
#include "motion/motion_error.h"
#include "motion/table.h"

namespace {

template <typename Read>
void guarded(Read read) {
  try {
    read();
  } catch (const soleus::motion::MotionError&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace soleus::motion;
  soleus::fuzz::scratch_dir("motion");  // silences the log
  const std::string text(reinterpret_cast<const char*>(data), size);
  guarded([&] {
    const Table table = parse_storage(text, "fuzz.sto");
    const LegKinematics leg = leg_kinematics(table, Leg::kRight, 1.75);
    for (double t : leg.time_s) (void)leg.pose_at(t);
  });
  guarded([&] { (void)foot_load_from_csv(parse_csv(text, "fuzz.csv")); });
  guarded([&] { (void)parse_external_loads(text, "fuzz.xml"); });
  return 0;
}
