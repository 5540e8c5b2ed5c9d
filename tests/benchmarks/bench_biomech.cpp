// Speed of the load model. Targets (issue 4): one stride at 200 samples < 50 us;
// a sweep of 10,000 input combinations < 1 s on one core. Issue 14: a generated stride
// < 200 us, a 1 kHz measured trial (read, parsed and analysed) < 50 ms.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "biomech/stride.h"
#include "motion/measured_trial.h"
#include "motion/table.h"
#include "motion/trial_loads.h"

namespace {

using soleus::biomech::Conditions;
using soleus::biomech::SolvedStride;

// A fresh solve each time, allocation of the sample vector included.
void SolveStride(benchmark::State& state) {
  Conditions conditions;
  conditions.samples = static_cast<int>(state.range(0));
  for (auto _ : state) {
    SolvedStride stride = soleus::biomech::solve_stride(conditions);
    benchmark::DoNotOptimize(stride.summary.peak_soleus_force_n);
  }
}
BENCHMARK(SolveStride)->Arg(200)->Arg(1000)->Unit(benchmark::kMicrosecond);

// What the UI does while a slider moves: re-solve into the same storage.
void ResolveStrideInPlace(benchmark::State& state) {
  Conditions conditions;
  SolvedStride stride = soleus::biomech::solve_stride(conditions);
  double speed = 2.0;
  for (auto _ : state) {
    speed = speed > 6.5 ? 2.0 : speed + 0.01;
    conditions.runner.speed_mps = speed;
    soleus::biomech::solve_stride_into(conditions, stride);
    benchmark::DoNotOptimize(stride.summary.peak_soleus_force_n);
  }
}
BENCHMARK(ResolveStrideInPlace)->Unit(benchmark::kMicrosecond);

// One state at an arbitrary time (the animation's per-frame query).
void EvaluateOneSample(benchmark::State& state) {
  const SolvedStride stride = soleus::biomech::solve_stride(Conditions{});
  double t = 0.0;
  for (auto _ : state) {
    t += 0.0013;
    benchmark::DoNotOptimize(stride.sample_at(t).soleus_force_n());
  }
}
BENCHMARK(EvaluateOneSample)->Unit(benchmark::kNanosecond);

// 10,000 combinations: 10 speeds x 10 strike indices x 10 drops x 10 masses, 200 samples each.
void SweepTenThousand(benchmark::State& state) {
  for (auto _ : state) {
    SolvedStride stride;
    double total = 0.0;
    for (int speed = 0; speed < 10; ++speed) {
      for (int strike = 0; strike < 10; ++strike) {
        for (int drop = 0; drop < 10; ++drop) {
          for (int mass = 0; mass < 10; ++mass) {
            Conditions c;
            c.runner.speed_mps = 2.0 + 0.5 * speed;
            c.strike.strike_index = 0.1 * strike;
            c.shoe.drop_m = -0.005 + 0.0015 * drop;
            c.runner.body_mass_kg = 45.0 + 10.0 * mass;
            soleus::biomech::solve_stride_into(c, stride);
            total += stride.summary.peak_soleus_force_bw;
          }
        }
      }
    }
    benchmark::DoNotOptimize(total);
  }
}
BENCHMARK(SweepTenThousand)->Unit(benchmark::kMillisecond)->Iterations(3);

// The Hamner & Delp 2013 treadmill trial of ../shared/reference-motion, 1000 Hz (684 rows of 37
// coordinates, 691 of ground force): read, parsed, both feet's stances found and the right
// one's muscles solved, as `soleus-lab report --motion` does. Skipped without ../shared.
void AnalyseMeasuredTrial(benchmark::State& state) {
  namespace fs = std::filesystem;
  const fs::path folder = fs::path(SOLEUS_SHARED_DIR) / "reference-motion" / "opensim-core";
  const fs::path kinematics_path = folder / "runningModel_Kinematics_q.sto";
  const fs::path grf_path = folder / "runningModel_GRF_data.mot";
  const fs::path map_path = folder / "runningModel_GRF.xml";
  if (!fs::exists(kinematics_path) || !fs::exists(grf_path) || !fs::exists(map_path)) {
    state.SkipWithError("../shared/reference-motion is absent");
    return;
  }
  Conditions conditions;
  conditions.runner.body_mass_kg = 72.84;
  const soleus::biomech::StrideModel model = soleus::biomech::build_stride_model(conditions);
  for (auto _ : state) {
    const soleus::motion::Table kinematics_table = soleus::motion::read_table(kinematics_path);
    const soleus::motion::Table grf = soleus::motion::read_table(grf_path);
    const soleus::motion::TrialLoads loads =
        soleus::motion::read_trial_loads(grf, grf_path.string(), map_path.string(), soleus::motion::Leg::kRight);
    const soleus::motion::LegKinematics kinematics =
        soleus::motion::leg_kinematics(kinematics_table, soleus::motion::Leg::kRight, conditions.runner.height_m);
    const soleus::motion::MeasuredTrial trial = soleus::motion::analyse_trial(
        kinematics, loads.load, loads.other ? &*loads.other : nullptr, model, std::nullopt);
    benchmark::DoNotOptimize(trial.stances.front().summary.peak_soleus_force_n);
  }
}
BENCHMARK(AnalyseMeasuredTrial)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
