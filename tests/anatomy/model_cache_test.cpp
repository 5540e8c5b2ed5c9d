#include "anatomy/model_cache.h"
#include "anatomy/set_description.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "common/special_files.h"
#include "common/paths.h"

namespace soleus::anatomy {
namespace {

namespace fs = std::filesystem;
using testing::kDefaultLeg;
using testing::kTestDataDir;

template <typename T>
bool same_bytes(const std::vector<T>& a, const std::vector<T>& b) {
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

template <typename T>
bool same_value(const T& a, const T& b) {
  return std::memcmp(&a, &b, sizeof(T)) == 0;
}

// Bit-for-bit equality of everything the loader produces.
void expect_identical(const AnatomyModel& a, const AnatomyModel& b) {
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.notes, b.notes);
  EXPECT_TRUE(same_value(a.bounds.min, b.bounds.min));
  EXPECT_TRUE(same_value(a.bounds.max, b.bounds.max));
  ASSERT_EQ(a.set.has_value(), b.set.has_value());
  if (a.set) {
    EXPECT_EQ(set_description_json(*a.set), set_description_json(*b.set));
    ASSERT_EQ(a.set->parts.size(), b.set->parts.size());
    for (std::size_t p = 0; p < a.set->parts.size(); ++p)
      EXPECT_TRUE(same_value(a.set->parts[p].offset_m, b.set->parts[p].offset_m));
  }
  ASSERT_EQ(a.rig.joints.size(), b.rig.joints.size());
  for (std::size_t j = 0; j < a.rig.joints.size(); ++j) {
    const Joint& x = a.rig.joints[j];
    const Joint& y = b.rig.joints[j];
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.kind, y.kind);
    EXPECT_EQ(x.parent, y.parent);
    EXPECT_TRUE(same_value(x.rest_local, y.rest_local)) << x.name;
    EXPECT_TRUE(same_value(x.inverse_bind, y.inverse_bind)) << x.name;
  }
  ASSERT_EQ(a.structures.size(), b.structures.size());
  for (std::size_t i = 0; i < a.structures.size(); ++i) {
    const Structure& x = a.structures[i];
    const Structure& y = b.structures[i];
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.role, y.role) << x.name;
    EXPECT_EQ(x.group, y.group) << x.name;
    EXPECT_EQ(x.part, y.part) << x.name;
    EXPECT_TRUE(same_bytes(x.mesh.positions, y.mesh.positions)) << x.name;
    EXPECT_TRUE(same_bytes(x.mesh.normals, y.mesh.normals)) << x.name;
    EXPECT_TRUE(same_bytes(x.mesh.uvs, y.mesh.uvs)) << x.name;
    EXPECT_TRUE(same_bytes(x.mesh.indices, y.mesh.indices)) << x.name;
    EXPECT_EQ(x.mesh.revision, y.mesh.revision) << x.name;
    ASSERT_EQ(x.skin.size(), y.skin.size()) << x.name;
    for (std::size_t v = 0; v < x.skin.size(); ++v) {
      EXPECT_TRUE(same_value(x.skin[v].joints, y.skin[v].joints));
      EXPECT_TRUE(same_value(x.skin[v].weights, y.skin[v].weights));
    }
  }
}

// Each test gets its own cache directory (XDG_CACHE_HOME) and a private copy of the fixture,
// so touching mtimes or corrupting caches never affects the repository or other tests.
class ModelCache : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("soleus_model_cache_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "cache");
    ::setenv("XDG_CACHE_HOME", (dir_ / "cache").c_str(), 1);
    ::unsetenv("SOLEUS_LAB_NO_CACHE");
    fixture_ = dir_ / "three_parts.obj";
    fs::copy_file(kTestDataDir / "three_parts.obj", fixture_);
  }
  void TearDown() override {
    ::unsetenv("XDG_CACHE_HOME");
    ::unsetenv("SOLEUS_LAB_NO_CACHE");
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  AnatomyModel load(const fs::path& path, ModelCacheOutcome expected) {
    ModelCacheOutcome outcome = ModelCacheOutcome::Disabled;
    AnatomyModel model = load_anatomy_model_cached(path, roles_, &outcome);
    EXPECT_EQ(outcome, expected);
    return model;
  }

  std::vector<char> cache_bytes() {
    std::ifstream in(model_cache_file(fixture_), std::ios::binary);
    return std::vector<char>(std::istreambuf_iterator<char>(in), {});
  }
  void write_cache_bytes(const std::vector<char>& bytes) {
    std::ofstream out(model_cache_file(fixture_), std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }

  fs::path dir_;
  fs::path fixture_;
  RoleTable roles_ = RoleTable::with_defaults();
};

TEST_F(ModelCache, CacheLivesUnderXdgCacheHome) {
  const fs::path file = model_cache_file(fixture_);
  EXPECT_EQ(file.parent_path(), dir_ / "cache" / "soleus-lab");
  EXPECT_EQ(model_cache_file(fixture_), file);  // stable
  EXPECT_NE(model_cache_file(kTestDataDir / "corrupt.glb"), file);
}

TEST_F(ModelCache, FixtureRoundTripIsBitForBitTheAssimpLoad) {
  const AnatomyModel direct = load_anatomy_model(fixture_, roles_);
  const AnatomyModel first = load(fixture_, ModelCacheOutcome::Miss);
  ASSERT_TRUE(fs::exists(model_cache_file(fixture_)));
  const AnatomyModel second = load(fixture_, ModelCacheOutcome::Hit);
  expect_identical(direct, first);
  expect_identical(direct, second);
  EXPECT_EQ(second.triangle_count(), 12u);
}

TEST_F(ModelCache, DefaultModelRoundTripIsBitForBitTheAssimpLoad) {
  if (!fs::exists(kDefaultLeg)) GTEST_SKIP() << "default model not generated yet";
  const AnatomyModel direct = load_anatomy_model(kDefaultLeg, roles_);
  load(kDefaultLeg, ModelCacheOutcome::Miss);
  const AnatomyModel cached = load(kDefaultLeg, ModelCacheOutcome::Hit);
  expect_identical(direct, cached);
  EXPECT_TRUE(cached.has_rig());
}

TEST_F(ModelCache, CorruptedCacheFallsBackToAssimpAndIsRewritten) {
  const AnatomyModel direct = load_anatomy_model(fixture_, roles_);
  load(fixture_, ModelCacheOutcome::Miss);
  std::vector<char> bytes = cache_bytes();
  ASSERT_GT(bytes.size(), 100u);
  // One flipped bit in the middle of the vertex data, then one in the header.
  for (const std::size_t at : {bytes.size() / 2, std::size_t{10}}) {
    std::vector<char> bad = bytes;
    bad[at] = static_cast<char>(bad[at] ^ 0x10);
    write_cache_bytes(bad);
    EXPECT_FALSE(read_model_cache(model_cache_file(fixture_), fixture_, roles_).has_value());
    expect_identical(direct, load(fixture_, ModelCacheOutcome::Miss));
    EXPECT_EQ(cache_bytes(), bytes);  // rewritten, good again
    expect_identical(direct, load(fixture_, ModelCacheOutcome::Hit));
  }
}

TEST_F(ModelCache, TruncatedOrForeignCacheFallsBackToAssimp) {
  const AnatomyModel direct = load_anatomy_model(fixture_, roles_);
  load(fixture_, ModelCacheOutcome::Miss);
  const std::vector<char> bytes = cache_bytes();
  std::vector<std::vector<char>> bad_files = {
      {},                                                   // empty
      std::vector<char>(bytes.begin(), bytes.begin() + 8),  // magic only
      std::vector<char>(bytes.begin(), bytes.begin() + static_cast<long>(bytes.size() / 2)),
      std::vector<char>(bytes.begin(), bytes.end() - 1),
      std::vector<char>(4096, '\xff'),  // garbage
  };
  std::vector<char> longer = bytes;  // trailing junk
  longer.push_back('x');
  bad_files.push_back(longer);
  for (const std::vector<char>& bad : bad_files) {
    write_cache_bytes(bad);
    EXPECT_FALSE(read_model_cache(model_cache_file(fixture_), fixture_, roles_).has_value()) << bad.size();
    expect_identical(direct, load(fixture_, ModelCacheOutcome::Miss));
  }
}

TEST_F(ModelCache, ChangedSourceContentInvalidatesButATouchDoesNot) {
  load(fixture_, ModelCacheOutcome::Miss);
  load(fixture_, ModelCacheOutcome::Hit);
  fs::last_write_time(fixture_, fs::last_write_time(fixture_) + std::chrono::seconds(5));
  load(fixture_, ModelCacheOutcome::Hit);  // keyed by content: the same bytes are the same model
  {  // a different file under the same name: the cache must follow it
    std::ofstream out(fixture_, std::ios::app);
    out << "# appended comment\n";
  }
  const AnatomyModel reloaded = load(fixture_, ModelCacheOutcome::Miss);
  expect_identical(load_anatomy_model(fixture_, roles_), reloaded);
}

// Issue 12, finding 5: keyed by (path, size, mtime), a file replaced by another of the same size
// with its time kept (cp -p, rsync -t) was served the old geometry.
TEST_F(ModelCache, ASameSizeSameTimeReplacementIsNotServedStaleGeometry) {
  load(fixture_, ModelCacheOutcome::Miss);
  const auto time = fs::last_write_time(fixture_);
  std::string text = soleus::testing::read_text(fixture_);
  const std::size_t digit = text.find("0.45");
  ASSERT_NE(digit, std::string::npos);
  text[digit + 3] = '4';  // 0.45 -> 0.44: same size, different geometry
  soleus::testing::write_text(fixture_, text);
  fs::last_write_time(fixture_, time);
  const AnatomyModel reloaded = load(fixture_, ModelCacheOutcome::Miss);
  EXPECT_NEAR(reloaded.bounds.max.y, 0.44f, 1e-5f);
}

TEST_F(ModelCache, AFifoAtTheCachePathIsAMissNotAHang) {
  const fs::path cache = model_cache_file(fixture_);
  fs::create_directories(cache.parent_path());
  ASSERT_EQ(::mkfifo(cache.c_str(), 0600), 0);
  load(fixture_, ModelCacheOutcome::Miss);
  EXPECT_TRUE(fs::is_fifo(cache));  // written through, nobody reading: left alone
}

TEST_F(ModelCache, AHugeForeignCacheIsRefusedFromItsHeader) {
  const fs::path cache = model_cache_file(fixture_);
  fs::create_directories(cache.parent_path());
  for (const std::uintmax_t size : {std::uintmax_t{4} << 30, std::uintmax_t{512} << 20}) {
    { std::ofstream junk(cache, std::ios::binary | std::ios::trunc); junk << "SOLEUSMC junk"; }
    fs::resize_file(cache, size);  // sparse: costs no disk
    const auto start = std::chrono::steady_clock::now();
    EXPECT_FALSE(read_model_cache(cache, fixture_, roles_).has_value());
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1)) << size;
  }
}

TEST_F(ModelCache, StaleTemporariesAreSweptAndTheTotalSizeIsBounded) {
  const fs::path dir = dir_ / "cache" / "soleus-lab";
  fs::create_directories(dir);
  const auto old = fs::file_time_type::clock::now() - std::chrono::hours(2);
  soleus::testing::write_text(dir / "0123.model.tmp.99.0", "killed write");
  fs::last_write_time(dir / "0123.model.tmp.99.0", old);
  soleus::testing::write_text(dir / "0123.model.tmp.98.0", "a write in progress");
  for (int i = 0; i < 3; ++i) {
    soleus::testing::write_text(dir / ("old" + std::to_string(i) + ".model"), std::string(1000, 'x'));
    fs::last_write_time(dir / ("old" + std::to_string(i) + ".model"), old + std::chrono::minutes(i));
  }
  load(fixture_, ModelCacheOutcome::Miss);
  EXPECT_FALSE(fs::exists(dir / "0123.model.tmp.99.0"));
  EXPECT_TRUE(fs::exists(dir / "0123.model.tmp.98.0"));
  const std::uintmax_t ours = fs::file_size(model_cache_file(fixture_));
  tidy_model_cache(dir, ours + 2000, model_cache_file(fixture_));
  EXPECT_FALSE(fs::exists(dir / "old0.model"));  // the oldest go first
  EXPECT_TRUE(fs::exists(dir / "old1.model"));
  EXPECT_TRUE(fs::exists(dir / "old2.model"));
  tidy_model_cache(dir, 0, model_cache_file(fixture_));
  EXPECT_TRUE(fs::exists(model_cache_file(fixture_)));  // never the one just written
  EXPECT_FALSE(fs::exists(dir / "old2.model"));
}

TEST_F(ModelCache, DifferentRoleTableIsNotServedStaleRoles) {
  load(fixture_, ModelCacheOutcome::Miss);
  RoleTable custom = RoleTable::with_defaults();
  custom.add_alias("tibia", StructureRole::Fibula);
  ModelCacheOutcome outcome = ModelCacheOutcome::Hit;
  const AnatomyModel model = load_anatomy_model_cached(fixture_, custom, &outcome);
  EXPECT_EQ(outcome, ModelCacheOutcome::Miss);
  EXPECT_GE(model.find(StructureRole::Fibula), 0);
}

TEST_F(ModelCache, EnvironmentVariableDisablesTheCache) {
  ::setenv("SOLEUS_LAB_NO_CACHE", "1", 1);
  EXPECT_TRUE(model_cache_directory().empty());
  load(fixture_, ModelCacheOutcome::Disabled);
  EXPECT_FALSE(fs::exists(dir_ / "cache" / "soleus-lab"));
}

TEST_F(ModelCache, MissingSourceStillThrowsModelLoadError) {
  EXPECT_THROW(load_anatomy_model_cached(dir_ / "nope.glb", roles_), ModelLoadError);
}

}  // namespace
}  // namespace soleus::anatomy

namespace soleus::anatomy {

// A model set (issue 16) is cached like one file: the second load is a hit and bit for bit the
// first (rig and weights too); editing a part, adding a description or giving the description
// itself is a miss, then cached in turn.
TEST_F(ModelCache, AModelSetIsCachedAndAnyChangeInItsFolderIsAMiss) {
  const fs::path source = testing::kReferenceAnatomyDir / "bodyparts3d";
  if (!fs::exists(source)) GTEST_SKIP() << "no reference anatomy";
  const fs::path set = dir_ / "set";
  fs::create_directories(set);
  for (const auto& entry : fs::directory_iterator(source)) fs::copy_file(entry.path(), set / entry.path().filename());
  const AnatomyModel direct = load_anatomy_model(set, roles_);
  const AnatomyModel first = load(set, ModelCacheOutcome::Miss);
  const AnatomyModel second = load(set, ModelCacheOutcome::Hit);
  expect_identical(direct, first);
  expect_identical(direct, second);
  EXPECT_TRUE(second.has_rig());
  ASSERT_TRUE(second.set.has_value());
  EXPECT_EQ(second.set->parts.size(), 5u);
  for (const Structure& s : second.structures) EXPECT_EQ(second.set->parts[static_cast<std::size_t>(s.part)].role, s.role) << s.name;
  std::ofstream(set / "FJ3385_right_talus.obj", std::ios::app) << "# edited\n";
  load(set, ModelCacheOutcome::Miss);
  load(set, ModelCacheOutcome::Hit);
  std::ofstream(set / kSetDescriptionFile) << R"({"soleus_model_set": 1, "side": "left"})";
  const AnatomyModel described = load(set, ModelCacheOutcome::Miss);
  EXPECT_NE(::testing::PrintToString(described.notes).find("mirrored"), std::string::npos);
  load(set / kSetDescriptionFile, ModelCacheOutcome::Miss);
  load(set / kSetDescriptionFile, ModelCacheOutcome::Hit);
  // A joint nudged by hand comes back from the cache with the rig it moved.
  std::ofstream(set / kSetDescriptionFile) << R"({"soleus_model_set": 1, "joints": {"ankle": {"offset_m": [0, 0.01, 0], "axis": [-1, 0, 0.1]}}})";
  const AnatomyModel nudged = load(set, ModelCacheOutcome::Miss);
  const AnatomyModel nudged_again = load(set, ModelCacheOutcome::Hit);
  expect_identical(nudged, nudged_again);
  ASSERT_TRUE(nudged_again.set);
  EXPECT_EQ(nudged_again.set->joints, nudged.set->joints);
  EXPECT_TRUE(nudged_again.set->joints.at("ankle").axis.has_value());
}

}  // namespace soleus::anatomy
