// Issue 12: crafted model files. Each was a crash, a hang, a read outside the model's folder, a
// multi-gigabyte allocation or a silently empty picture before; each is now a clear
// ModelLoadError naming the file and the reason, or a warning when something usable remains.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "anatomy/anatomy_model.h"
#include "anatomy/limits.h"
#include "common/base64.h"
#include "common/special_files.h"
#include "core/log.h"
#include "load_error.h"

namespace soleus::anatomy {
namespace {

namespace fs = std::filesystem;
using soleus::testing::base64;
using soleus::testing::TempDir;
using soleus::testing::write_text;

std::string floats(const std::vector<float>& values) {
  std::string bytes(values.size() * 4, '\0');
  std::memcpy(bytes.data(), values.data(), bytes.size());
  return bytes;
}

// One triangle whose positions live in buffer 0 at `uri`; `nodes` replaces the node list.
std::string triangle_gltf(const std::string& uri, const std::string& nodes = R"([{"mesh":0}])") {
  return R"({"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[0]}],"nodes":)" + nodes +
         R"(,"meshes":[{"primitives":[{"attributes":{"POSITION":0}}]}],)"
         R"("accessors":[{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3","min":[0,0,0],"max":[1,1,0]}],)"
         R"("bufferViews":[{"buffer":0,"byteLength":36}],"buffers":[{"byteLength":36,"uri":")" +
         uri + R"("}]})";
}

const std::string kTriangle = floats({0, 0, 0, 1, 0, 0, 0, 1, 0});

TEST(HostileModel, TheTriangleFixtureItselfLoads) {
  TempDir dir;
  write_text(dir / "ok.gltf", triangle_gltf("data:application/octet-stream;base64," + base64(kTriangle)));
  EXPECT_EQ(load_anatomy_model(dir / "ok.gltf", RoleTable::with_defaults()).triangle_count(), 1u);
}

// Finding 2: a 20,000-level hierarchy overflowed the stack inside Assimp (SIGSEGV).
TEST(HostileModel, ADeepNodeHierarchyIsRefusedBeforeAssimpRecurses) {
  TempDir dir;
  std::string nodes = "[";
  for (int i = 0; i < 20000; ++i) nodes += R"({"children":[)" + std::to_string(i + 1) + "]},";
  nodes += R"({"mesh":0}])";
  write_text(dir / "deep.gltf",
             triangle_gltf("data:application/octet-stream;base64," + base64(kTriangle), nodes));
  const std::string error = load_error(dir / "deep.gltf");
  EXPECT_NE(error.find("deep.gltf"), std::string::npos) << error;
  EXPECT_NE(error.find("deeper than the limit of 256"), std::string::npos) << error;
}

TEST(HostileModel, CyclesAndSharedChildrenInTheNodeTreeAreRefused) {
  TempDir dir;
  const std::string data = "data:application/octet-stream;base64," + base64(kTriangle);
  write_text(dir / "cycle.gltf", triangle_gltf(data, R"([{"mesh":0},{"children":[2]},{"children":[1]}])"));
  EXPECT_NE(load_error(dir / "cycle.gltf").find("has a cycle"), std::string::npos)
      << load_error(dir / "cycle.gltf");
  write_text(dir / "shared.gltf", triangle_gltf(data, R"([{"children":[2]},{"children":[2]},{"mesh":0}])"));
  EXPECT_NE(load_error(dir / "shared.gltf").find("more than one parent"), std::string::npos);
}

TEST(HostileModel, DeeplyNestedJsonIsRefused) {
  TempDir dir;
  write_text(dir / "nested.gltf", R"({"asset":{"version":"2.0"},"extras":)" + std::string(100000, '[') +
                                      std::string(100000, ']') + "}");
  EXPECT_NE(load_error(dir / "nested.gltf").find("nests deeper than the limit"), std::string::npos);
}

// Finding 3: a buffer uri climbing out of the model's folder was read (and cached).
TEST(HostileModel, BufferReferencesStayInsideTheModelsFolder) {
  TempDir dir;
  fs::create_directories(dir / "models" / "sub");
  write_text(dir / "outside.bin", kTriangle);
  write_text(dir / "models" / "sub" / "inside.bin", kTriangle);
  fs::create_symlink(dir / "outside.bin", dir / "models" / "link.bin");

  write_text(dir / "models" / "ok.gltf", triangle_gltf("sub/inside.bin"));
  EXPECT_EQ(load_anatomy_model(dir / "models" / "ok.gltf", RoleTable::with_defaults()).triangle_count(), 1u);
  for (const std::string& uri : {std::string("../outside.bin"), std::string("sub/../../outside.bin"),
                                 std::string("link.bin"), (dir / "outside.bin").string()}) {
    write_text(dir / "models" / "escape.gltf", triangle_gltf(uri));
    const std::string error = load_error(dir / "models" / "escape.gltf");
    EXPECT_NE(error.find("escape.gltf"), std::string::npos) << uri << ": " << error;
    if (uri[0] != '/') {  // an absolute uri is appended to the folder by Assimp: simply missing
      EXPECT_NE(error.find("outside the model's folder"), std::string::npos) << uri << ": " << error;
    }
  }
}

TEST(HostileModel, ASymlinkedModelStillReadsItsOwnFolder) {
  TempDir dir;
  fs::create_directories(dir / "store");
  write_text(dir / "store" / "leg.bin", kTriangle);
  write_text(dir / "store" / "leg.gltf", triangle_gltf("leg.bin"));
  fs::create_directories(dir / "links");
  fs::create_symlink(dir / "store" / "leg.gltf", dir / "links" / "leg.gltf");
  fs::create_symlink(dir / "store" / "leg.bin", dir / "links" / "leg.bin");
  EXPECT_EQ(load_anatomy_model(dir / "links" / "leg.gltf", RoleTable::with_defaults()).triangle_count(), 1u);
}

TEST(HostileModel, ABufferThatIsAFifoIsRefusedWithoutHanging) {
  TempDir dir;
  ASSERT_EQ(::mkfifo((dir / "pipe.bin").c_str(), 0600), 0);
  write_text(dir / "fifo.gltf", triangle_gltf("pipe.bin"));
  EXPECT_NE(load_error(dir / "fifo.gltf").find("not a regular file"), std::string::npos);
  // And the model file itself as a FIFO.
  ASSERT_EQ(::mkfifo((dir / "model.obj").c_str(), 0600), 0);
  EXPECT_NE(load_error(dir / "model.obj").find("FIFO"), std::string::npos);
}

// Finding 6: declared sizes were believed (a 2 GB GLB chunk, 4 billion PLY vertices).
TEST(HostileModel, DeclaredSizesBeyondTheFileAreRefused) {
  TempDir dir;
  std::string glb = "glTF";
  const auto u32 = [](std::uint32_t v) { return std::string(reinterpret_cast<const char*>(&v), 4); };
  glb += u32(2) + u32(12 + 8 + 64) + u32(2000000000u) + u32(0x4E4F534Au) + std::string(64, ' ');
  write_text(dir / "huge_chunk.glb", glb);
  std::string error = load_error(dir / "huge_chunk.glb");
  EXPECT_NE(error.find("declares 2000000000 bytes but the file has 64 left"), std::string::npos) << error;

  write_text(dir / "billions.ply",
             "ply\nformat binary_little_endian 1.0\nelement vertex 4000000000\n"
             "property float x\nproperty float y\nproperty float z\n"
             "element face 1\nproperty list uchar int vertex_indices\nend_header\n" +
                 std::string(200, '\0'));
  error = load_error(dir / "billions.ply");
  EXPECT_NE(error.find("over the limit"), std::string::npos) << error;
  write_text(dir / "million.ply",
             "ply\nformat ascii 1.0\nelement vertex 1000000\nproperty float x\n"
             "property float y\nproperty float z\nend_header\n0 0 0\n");
  error = load_error(dir / "million.ply");
  EXPECT_NE(error.find("more than its 6 bytes of data can hold"), std::string::npos) << error;

  std::string gltf = triangle_gltf("data:application/octet-stream;base64," + base64(kTriangle));
  gltf.replace(gltf.find(R"("byteLength":36,"uri")"), 15, R"("byteLength":999999)");
  write_text(dir / "big_buffer.gltf", gltf);
  error = load_error(dir / "big_buffer.gltf");
  EXPECT_NE(error.find("buffer 0 declares 999999 bytes"), std::string::npos) << error;
}

TEST(HostileModel, AnAccessorLargerThanItsBufferViewIsRefused) {
  TempDir dir;
  std::string gltf = triangle_gltf("data:application/octet-stream;base64," + base64(kTriangle));
  gltf.replace(gltf.find(R"("count":3)"), 9, R"("count":60000000)");
  write_text(dir / "count.gltf", gltf);
  EXPECT_NE(load_error(dir / "count.gltf").find("accessor 0 needs"), std::string::npos)
      << load_error(dir / "count.gltf");
}

// Found by the gltf_gen fuzz target: an accessor with no buffer view (zeros) declaring 66
// million elements made a 1 KB file cost gigabytes.
TEST(HostileModel, AnAccessorWithoutDataMayNotOutgrowTheData) {
  TempDir dir;
  std::string gltf = triangle_gltf("data:application/octet-stream;base64," + base64(kTriangle));
  gltf.replace(gltf.find(R"("accessors":[)"), 13,
               R"("accessors":[{"componentType":5126,"count":66453504,"type":"VEC3"},)");
  gltf.replace(gltf.find(R"("POSITION":0)"), 12, R"("POSITION":1,"NORMAL":0)");
  write_text(dir / "zeros.gltf", gltf);
  const std::string error = load_error(dir / "zeros.gltf");
  EXPECT_NE(error.find("accessor 0 has no data but declares 66453504 elements"), std::string::npos) << error;
}

// Finding 4: NaN, infinite or absurd coordinates gave exit 0 and an empty picture, and a few
// NaN vertices flattened the shading of the whole mesh.
TEST(HostileModel, NonFiniteVerticesAreDroppedWithAWarning) {
  TempDir dir;
  std::vector<std::string> warnings;
  const core::LogSink previous = core::set_log_sink([&](core::LogLevel level, std::string_view m) {
    if (level == core::LogLevel::Warning) warnings.emplace_back(m);
  });
  // A closed tetrahedron (smooth normals point outwards) plus one face with a NaN corner and one
  // at 1e38, sharing the good vertices.
  write_text(dir / "mixed.obj",
             "o tibia\nv 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nv nan 0 0\nv 1e38 1 1\n"
             "f 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\nf 1 2 5\nf 2 3 6\n");
  const AnatomyModel model = load_anatomy_model(dir / "mixed.obj", RoleTable::with_defaults());
  core::set_log_sink(previous);
  EXPECT_EQ(model.triangle_count(), 4u);
  ASSERT_EQ(model.structures.size(), 1u);
  for (const Vec3& n : model.structures[0].mesh.normals) EXPECT_TRUE(std::isfinite(n.x + n.y + n.z));
  EXPECT_EQ(model.structures[0].mesh.positions.size(), 4u);  // the dropped vertices are gone
  EXPECT_LT(model.bounds.size().x, 2.0f);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("mixed.obj"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find("dropped 2 triangles"), std::string::npos) << warnings[0];
}

TEST(HostileModel, NothingFiniteLeftIsAnError) {
  TempDir dir;
  write_text(dir / "nan.obj", "o tibia\nv nan 0 0\nv 1 inf 0\nv 0 1 1e38\nf 1 2 3\n");
  const std::string error = load_error(dir / "nan.obj");
  EXPECT_NE(error.find("nan.obj"), std::string::npos) << error;
  EXPECT_NE(error.find("every triangle has non-finite coordinates"), std::string::npos) << error;
}

}  // namespace
}  // namespace soleus::anatomy
