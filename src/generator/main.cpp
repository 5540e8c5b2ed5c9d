/// soleus-leg-generator: builds the default lower-leg model from a landmark table.
///   soleus-leg-generator --landmarks assets/anatomy/landmarks.json --out assets/models/lower_leg.glb
///                        [--detail 0.5]   (level of detail in (0, 1]; 1, the default, is the full model)
///                        [--omit skin,gastrocnemius_medial]   (preview variants; never committed)
#include <chrono>
#include <cstdio>
#include <exception>
#include <set>
#include <stdexcept>
#include <sstream>
#include <string>

#include "generator/glb_writer.h"
#include "generator/leg_model.h"
#include "generator/leg_spec.h"

namespace {

int usage() {
  std::fprintf(stderr, "usage: soleus-leg-generator --landmarks PATH --out PATH [--detail F] [--omit NAME[,NAME...]]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string landmarks;
  std::string out;
  std::set<std::string> omit;
  float detail = 1.0f;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return usage();
    const std::string value = argv[++i];
    if (arg == "--landmarks") {
      landmarks = value;
    } else if (arg == "--out") {
      out = value;
    } else if (arg == "--detail") {
      try {
        detail = std::stof(value);
      } catch (const std::exception&) {
        return usage();
      }
    } else if (arg == "--omit") {
      std::stringstream list(value);
      for (std::string name; std::getline(list, name, ',');) omit.insert(name);
    } else {
      return usage();
    }
  }
  if (landmarks.empty() || out.empty()) return usage();

  try {
    const auto start = std::chrono::steady_clock::now();
    using namespace soleus::generator;
    const LegSpec spec = with_detail(load_leg_spec(landmarks), detail);
    for (const std::string& name : omit) {
      bool known = false;
      for (const StructureSpec& s : spec.structures) known = known || s.name == name;
      if (!known) throw std::runtime_error("--omit: no structure named " + name + " in " + landmarks);
    }
    const LegModel model = build_leg_model(spec, omit);
    write_file(out, encode_glb(model));
    std::size_t triangles = 0;
    for (const StructureMesh& s : model.structures) {
      std::printf("%-26s %7zu triangles\n", s.name.c_str(), s.mesh.triangle_count());
      triangles += s.mesh.triangle_count();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%-26s %7zu triangles, written to %s in %.2f s\n", "total", triangles, out.c_str(), seconds);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "soleus-leg-generator: %s\n", e.what());
    return 1;
  }
  return 0;
}
