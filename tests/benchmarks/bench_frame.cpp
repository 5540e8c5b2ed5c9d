// Google Benchmark: the CPU side of one frame on the default model: posing (joint matrices and
// the posed boxes at a 20-degree ankle angle; the vertices are skinned on the GPU), the draw-list
// build and one pick ray through the view (which skins the structures it reaches, on demand), and
// the leader-line labels (their anchors and their layout).
// Skips cleanly (a message, exit 0) when assets/models/lower_leg.glb has not been generated.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "anatomy/anatomy_model.h"
#include "anatomy/pose.h"
#include "document/document.h"
#include "scene/frame.h"
#include "scene/camera.h"
#include "scene/layers.h"
#include "scene/scene_builder.h"
#include "ui/label_layout.h"

namespace {

namespace fs = std::filesystem;
using namespace soleus;

const fs::path kDefaultModel = fs::path(SOLEUS_ASSETS_DIR) / "models" / "lower_leg.glb";
constexpr float kAnkleRad = 20.0f * 3.14159265f / 180.0f;  // 20 deg dorsiflexion
constexpr float kAspect = 1280.0f / 720.0f;                 // the benchmark viewport

// Loaded once for all benchmarks (load time is measured by the app and scripts/bench.sh).
const anatomy::AnatomyModel& model() {
  static const auto loaded = std::make_unique<anatomy::AnatomyModel>(
      anatomy::load_anatomy_model(kDefaultModel, anatomy::RoleTable::with_defaults()));
  return *loaded;
}

anatomy::JointAngles ankle_20() {
  anatomy::JointAngles angles;
  angles.ankle_dorsiflexion = kAnkleRad;
  return angles;
}

// Alternates the ankle angle so every iteration really re-poses (no unchanged-pose shortcut).
void BM_PoseModel(benchmark::State& state) {
  const anatomy::AnatomyModel& m = model();
  anatomy::PoseBuffers buffers;
  int i = 0;
  for (auto _ : state) {
    anatomy::JointAngles angles = ankle_20();
    angles.ankle_dorsiflexion *= (++i & 1) ? 1.0f : 0.5f;
    anatomy::pose_model(m, angles, Mat4(1.0f), buffers);
    benchmark::DoNotOptimize(buffers.bounds.data());
    benchmark::ClobberMemory();
  }
  state.counters["triangles"] = static_cast<double>(m.triangle_count());
}
BENCHMARK(BM_PoseModel)->Unit(benchmark::kMillisecond);

void BM_BuildDrawList(benchmark::State& state) {
  const anatomy::AnatomyModel& m = model();
  anatomy::PoseBuffers buffers;
  anatomy::pose_model(m, ankle_20(), Mat4(1.0f), buffers);
  const scene::Layers layers = scene::Layers::for_model(m);
  for (auto _ : state) {
    scene::SceneInputs inputs;
    inputs.model = &m;
    inputs.pose = &buffers;
    inputs.layers = &layers;
    scene::DrawList list = scene::build_draw_list(inputs);
    benchmark::DoNotOptimize(list.items.data());
  }
}
BENCHMARK(BM_BuildDrawList)->Unit(benchmark::kMicrosecond);

// From the eye through the middle of the soleus (the model's centre if it has none): a hover
// over the calf, the pick the app does most.
scene::Ray centre_ray(const scene::OrbitCamera& camera, const anatomy::AnatomyModel& m) {
  const Vec3 eye = camera.eye();
  const int soleus = m.find(anatomy::StructureRole::Soleus);
  const Vec3 target = soleus >= 0 ? m.structures[static_cast<std::size_t>(soleus)].mesh.bounds().centre()
                                  : m.bounds.centre();
  return scene::Ray{eye, glm::normalize(target - eye)};
}

// A hover pick through the middle of the calf from the lateral view (what every mouse move costs).
void BM_PickRay(benchmark::State& state) {
  const anatomy::AnatomyModel& m = model();
  anatomy::PoseBuffers buffers;
  anatomy::pose_model(m, ankle_20(), Mat4(1.0f), buffers);
  const scene::Layers layers = scene::Layers::for_model(m);
  scene::SceneInputs inputs;
  inputs.model = &m;
  inputs.pose = &buffers;
  inputs.layers = &layers;
  const scene::DrawList list = scene::build_draw_list(inputs);
  scene::OrbitCamera camera;
  camera.set_view(scene::ViewPreset::Lateral, m.bounds, kAspect);
  const scene::Ray ray = centre_ray(camera, m);
  bool hit = false;
  for (auto _ : state) {
    const auto result = scene::pick(list, ray.origin, ray.direction);
    hit = result.has_value();
    benchmark::DoNotOptimize(result);
  }
  state.counters["hit"] = hit ? 1.0 : 0.0;
}
BENCHMARK(BM_PickRay)->Unit(benchmark::kMicrosecond);

// The whole CPU frame: pose, build, one pick.
void BM_CpuFrame(benchmark::State& state) {
  const anatomy::AnatomyModel& m = model();
  anatomy::PoseBuffers buffers;
  const scene::Layers layers = scene::Layers::for_model(m);
  scene::OrbitCamera camera;
  camera.set_view(scene::ViewPreset::Lateral, m.bounds, kAspect);
  const scene::Ray ray = centre_ray(camera, m);
  int i = 0;
  for (auto _ : state) {
    anatomy::JointAngles angles = ankle_20();
    angles.ankle_dorsiflexion *= (++i & 1) ? 1.0f : 0.5f;
    anatomy::pose_model(m, angles, Mat4(1.0f), buffers);
    scene::SceneInputs inputs;
    inputs.model = &m;
    inputs.pose = &buffers;
    inputs.layers = &layers;
    const scene::DrawList list = scene::build_draw_list(inputs);
    benchmark::DoNotOptimize(scene::pick(list, ray.origin, ray.direction));
  }
}
BENCHMARK(BM_CpuFrame)->Unit(benchmark::kMillisecond);

// The app's frame as it now runs: the document described once (sample at the playhead, colours,
// legend) and the running leg built from that description (pose, cues, draw list).
// Argument 1: with the leader-line labels on (their anchors posed every frame).
void BM_DescribeAndBuildRunningFrame(benchmark::State& state) {
  document::Document doc = document::make_document(std::make_shared<const anatomy::AnatomyModel>(model()));
  document::apply_command(doc, document::SetLabels{state.range(0) == 1});
  scene::FrameBuffers buffers;
  int i = 0;
  for (auto _ : state) {
    doc.run.phase = (++i & 1) ? 0.18 : 0.22;  // every iteration re-poses the leg
    const scene::FrameSpec spec = document::describe_frame(doc, nullptr);
    const scene::Frame frame = scene::build_frame(spec, buffers);
    benchmark::DoNotOptimize(frame.draw_list.items.data());
  }
}
BENCHMARK(BM_DescribeAndBuildRunningFrame)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The labels' part of a frame alone: each labelled structure's anchor candidates posed, and the
// one facing the eye picked.
void BM_StructureLabels(benchmark::State& state) {
  document::Document doc = document::make_document(std::make_shared<const anatomy::AnatomyModel>(model()));
  document::apply_command(doc, document::SetLabels{true});
  scene::FrameBuffers buffers;
  const scene::FrameSpec spec = document::describe_frame(doc, nullptr);
  const scene::Frame frame = scene::build_frame(spec, buffers);
  const Vec3 eye = doc.camera.eye();
  for (auto _ : state) {
    const std::vector<scene::StructureLabel> labels =
        scene::structure_labels(frame.draw_list, doc.labels, doc.selected, -1, buffers.anchors);
    for (const scene::StructureLabel& label : labels) benchmark::DoNotOptimize(scene::facing_anchor(label, eye));
  }
  state.counters["labels"] = static_cast<double>(frame.structure_labels.size());
}
BENCHMARK(BM_StructureLabels)->Unit(benchmark::kMicrosecond);

// Where labels may point, found once per model (when labels are first shown).
void BM_FindAnchorCandidates(benchmark::State& state) {
  for (auto _ : state) {
    scene::AnchorCandidates candidates;
    scene::find_anchor_candidates(model(), candidates);
    benchmark::DoNotOptimize(candidates.vertices.data());
  }
}
BENCHMARK(BM_FindAnchorCandidates)->Unit(benchmark::kMillisecond);

// Twelve labels crowded on a leg laid out (ui/label_layout.h), as every frame with labels does.
void BM_PlaceTwelveLabels(benchmark::State& state) {
  std::vector<ui::LabelRequest> requests;
  for (int i = 0; i < 12; ++i)
    requests.push_back({600.0f + static_cast<float>((i * 37) % 100), 250.0f + static_cast<float>((i * 53) % 170),
                        60.0f + static_cast<float>((i * 71) % 200), std::nullopt});
  const ui::Rect view{300.0f, 40.0f, 1000.0f, 620.0f};
  for (auto _ : state) benchmark::DoNotOptimize(ui::place_labels(requests, view, ui::LabelStyle{}).data());
}
BENCHMARK(BM_PlaceTwelveLabels)->Unit(benchmark::kMicrosecond);

// Framing the running leg: its envelope over 16 instants of the stride. Paid once per framing
// request (a view preset, F, a new mode or page), never per frame.
void BM_FramingTheRunningLeg(benchmark::State& state) {
  const document::Document doc = document::make_document(std::make_shared<const anatomy::AnatomyModel>(model()));
  scene::FrameBuffers buffers;
  const scene::FrameSpec spec = document::describe_frame(doc, nullptr);
  const scene::Frame frame = scene::build_frame(spec, buffers);
  for (auto _ : state) benchmark::DoNotOptimize(scene::framing_points(spec, frame, buffers).size());
}
BENCHMARK(BM_FramingTheRunningLeg)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  if (!fs::exists(kDefaultModel)) {
    std::printf("bench_frame: skipped: default model %s not found (generate it first)\n",
                kDefaultModel.string().c_str());
    return 0;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
