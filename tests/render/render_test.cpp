#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <glad/gl.h>
#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>
#include <stb_image.h>

#include "common/special_files.h"
#include "anatomy/pose.h"
#include "core/log.h"
#include "platform/window.h"
#include "render/gl_context.h"
#include "render/gl_objects.h"
#include "render/image_io.h"
#include "render/render_target.h"
#include "render/renderer.h"
#include "test_meshes.h"

namespace soleus::render {
namespace {

static_assert(!std::is_copy_constructible_v<Buffer> && std::is_nothrow_move_constructible_v<Buffer>);
static_assert(!std::is_copy_assignable_v<VertexArray> && std::is_nothrow_move_assignable_v<VertexArray>);
static_assert(!std::is_copy_constructible_v<Program> && std::is_move_constructible_v<Program>);
static_assert(!std::is_copy_constructible_v<Texture> && std::is_move_constructible_v<Texture>);
static_assert(!std::is_copy_constructible_v<Framebuffer> && std::is_move_constructible_v<Framebuffer>);
static_assert(!std::is_copy_constructible_v<Renderbuffer> && std::is_move_constructible_v<Renderbuffer>);
static_assert(!std::is_copy_constructible_v<RenderTarget> && std::is_move_constructible_v<RenderTarget>);
static_assert(!std::is_copy_constructible_v<Renderer> && std::is_move_constructible_v<Renderer>);

constexpr int kWidth = 240;
constexpr int kHeight = 180;

// The illustration palette scene passes (scene/materials.cpp), in linear RGB.
const Vec3 kBoneColour(0.79f, 0.72f, 0.52f);
const Vec3 kMuscleColour(0.35f, 0.05f, 0.036f);
const Vec3 kTendonColour(0.72f, 0.74f, 0.75f);
const Vec3 kSkinColour(0.85f, 0.55f, 0.40f);

struct Rgb {
  int r = 0;
  int g = 0;
  int b = 0;
};

class RenderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* display = std::getenv("DISPLAY");
    if (display == nullptr || display[0] == '\0') return;
    platform::WindowOptions options;
    options.width = 64;
    options.height = 64;
    options.visible = false;
    options.vsync = false;
    window_ = std::make_unique<platform::Window>(options);
    load_gl(platform::get_proc_address);
  }
  static void TearDownTestSuite() { window_.reset(); }

  void SetUp() override {
    if (!window_) GTEST_SKIP() << "no display (run under xvfb-run)";
    renderer_ = std::make_unique<Renderer>(SOLEUS_SHADERS_DIR);
    target_ = std::make_unique<RenderTarget>(kWidth, kHeight, 4);
    // Any GL error or warning logged during a test fails it.
    previous_sink_ = core::set_log_sink([this](core::LogLevel level, std::string_view message) {
      if (level >= core::LogLevel::Warning) warnings_.emplace_back(message);
    });
  }
  void TearDown() override {
    if (!window_) return;
    EXPECT_EQ(check_gl_errors("end of test"), 0);
    target_.reset();
    renderer_.reset();
    core::set_log_sink(previous_sink_);
    for (const std::string& warning : warnings_) ADD_FAILURE() << "logged: " << warning;
  }

  // A camera looking at the origin from the front (anterior), the model about 0.5 m tall.
  static scene::OrbitCamera front_camera() {
    scene::OrbitCamera camera;
    camera.target = Vec3(0.0f, 0.0f, 0.0f);
    camera.distance = 1.0f;
    camera.yaw = 0.0f;
    camera.pitch = 0.0f;
    return camera;
  }

  static scene::DrawList plain_list() {
    scene::DrawList list;
    list.show_ground = false;
    return list;
  }

  static scene::DrawItem item(const core::TriangleMesh& mesh, scene::Material material, Vec3 colour,
                              float opacity = 1.0f) {
    scene::DrawItem it;
    it.mesh = &mesh;
    it.material = material;
    it.colour = colour;
    it.opacity = opacity;
    it.pick_id = 1;
    return it;
  }

  std::vector<std::uint8_t> draw(scene::DrawList& list, const scene::OrbitCamera& camera,
                                 const RenderSettings& settings = {}) {
    for (const scene::DrawItem& it : list.items) list.bounds.expand(it.mesh->bounds());
    renderer_->render(list, camera, *target_, settings);
    return target_->read_rgba();
  }

  static Rgb pixel(const std::vector<std::uint8_t>& rgba, int x, int y) {
    const std::size_t i = (static_cast<std::size_t>(y) * kWidth + static_cast<std::size_t>(x)) * 4;
    return Rgb{rgba[i], rgba[i + 1], rgba[i + 2]};
  }

  // Mean colour of a square of pixels around (x, y).
  static Vec3 mean(const std::vector<std::uint8_t>& rgba, int x, int y, int half = 3) {
    Vec3 sum(0.0f);
    int n = 0;
    for (int j = y - half; j <= y + half; ++j) {
      for (int i = x - half; i <= x + half; ++i) {
        const Rgb p = pixel(rgba, i, j);
        sum += Vec3(p.r, p.g, p.b);
        ++n;
      }
    }
    return sum / static_cast<float>(n);
  }

  static int srgb8(float linear) {
    const float c = std::clamp(linear, 0.0f, 1.0f);
    const float encoded = c <= 0.0031308f ? c * 12.92f : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
    return static_cast<int>(std::lround(encoded * 255.0f));
  }

  static inline std::unique_ptr<platform::Window> window_;
  std::unique_ptr<Renderer> renderer_;
  std::unique_ptr<RenderTarget> target_;
  core::LogSink previous_sink_;
  std::vector<std::string> warnings_;
};

TEST_F(RenderTest, ContextIsAtLeastGl33AndMsaaIsAvailable) {
  EXPECT_FALSE(gl_description().empty());
  EXPECT_EQ(is_software_renderer(), gl_description().find("llvmpipe") != std::string::npos);
  EXPECT_GT(target_->samples(), 1) << "MSAA was clamped away on " << gl_description();
}

TEST_F(RenderTest, EmptySceneShowsTheBackgroundGradientInSrgb) {
  scene::DrawList list = plain_list();
  list.background_top = Vec3(0.6f, 0.7f, 0.8f);
  list.background_bottom = Vec3(0.2f, 0.25f, 0.3f);
  const auto rgba = draw(list, front_camera());
  ASSERT_EQ(rgba.size(), static_cast<std::size_t>(kWidth * kHeight * 4));

  // Top centre: the top colour, sRGB-encoded (dither +-1).
  const Rgb top = pixel(rgba, kWidth / 2, 0);
  EXPECT_NEAR(top.r, srgb8(0.6f), 3);
  EXPECT_NEAR(top.g, srgb8(0.7f), 3);
  EXPECT_NEAR(top.b, srgb8(0.8f), 3);
  // Corners: the gradient's ends, a little darker from the vignette.
  const Rgb top_left = pixel(rgba, 0, 0);
  EXPECT_NEAR(top_left.b, srgb8(0.8f), 0.12 * srgb8(0.8f));
  EXPECT_GT(top_left.b, top_left.r);
  const Rgb bottom_right = pixel(rgba, kWidth - 1, kHeight - 1);
  EXPECT_NEAR(bottom_right.r, srgb8(0.2f), 0.12 * srgb8(0.2f));
  EXPECT_LT(bottom_right.b, top_left.b - 40);
}

TEST_F(RenderTest, LitObjectCoversTheCentreInItsColour) {
  const core::TriangleMesh sphere = test::make_sphere(Vec3(0.0f), 0.15f);
  scene::DrawList list = plain_list();
  list.background_top = list.background_bottom = Vec3(0.5f);
  list.items.push_back(item(sphere, scene::Material::Plain, Vec3(0.7f, 0.1f, 0.1f)));
  const auto rgba = draw(list, front_camera());

  const Vec3 centre = mean(rgba, kWidth / 2, kHeight / 2);
  EXPECT_GT(centre.r, 120.0f);
  EXPECT_GT(centre.r, centre.g + 60.0f);
  const Rgb corner = pixel(rgba, 2, kHeight / 2);
  EXPECT_NEAR(corner.g, srgb8(0.5f), 10);  // background beside it, untouched
  // Lit from the upper left: that side is brighter than the lower right.
  const Vec3 upper_left = mean(rgba, kWidth / 2 - 25, kHeight / 2 - 25);
  const Vec3 lower_right = mean(rgba, kWidth / 2 + 25, kHeight / 2 + 25);
  EXPECT_GT(upper_left.r, lower_right.r);
}

TEST_F(RenderTest, BoneMuscleAndTendonHaveDistinctHues) {
  const core::TriangleMesh left = test::make_spindle(Vec3(-0.2f, -0.25f, 0.0f), 0.5f, 0.07f);
  const core::TriangleMesh middle = test::make_spindle(Vec3(0.0f, -0.25f, 0.0f), 0.5f, 0.07f);
  const core::TriangleMesh right = test::make_spindle(Vec3(0.2f, -0.25f, 0.0f), 0.5f, 0.07f);
  scene::DrawList list = plain_list();
  list.items.push_back(item(left, scene::Material::Bone, kBoneColour));
  list.items.push_back(item(middle, scene::Material::Muscle, kMuscleColour));
  list.items.push_back(item(right, scene::Material::Tendon, kTendonColour));
  const auto rgba = draw(list, front_camera());

  // The spindles sit at x = -0.2, 0, 0.2 m: columns at about 1/2 -+ 0.2/visible width.
  const int dx = static_cast<int>(0.2f / (2.0f * std::tan(0.3f) * 1.0f) * kHeight);
  const Vec3 bone = mean(rgba, kWidth / 2 - dx, kHeight / 2, 2);
  const Vec3 muscle = mean(rgba, kWidth / 2, kHeight / 2, 2);
  const Vec3 tendon = mean(rgba, kWidth / 2 + dx, kHeight / 2, 2);
  // Bone: warm ivory (red > green > blue, bright). Muscle: red-brown. Tendon: near-neutral silver.
  EXPECT_GT(bone.r, 170.0f);
  EXPECT_GT(bone.r, bone.b + 25.0f);
  EXPECT_GT(muscle.r, muscle.g * 1.8f);
  EXPECT_LT(muscle.r, bone.r);
  EXPECT_LT(std::abs(tendon.r - tendon.b), 25.0f);
  EXPECT_GT(tendon.g, muscle.g + 60.0f);
}

TEST_F(RenderTest, MuscleStriationVariesAcrossTheFibresAndCanBeSwitchedOff) {
  const core::TriangleMesh belly = test::make_spindle(Vec3(0.0f, -0.25f, 0.0f), 0.5f, 0.12f, 96, 48);
  scene::DrawList list = plain_list();
  list.items.push_back(item(belly, scene::Material::Muscle, kMuscleColour));
  scene::OrbitCamera camera = front_camera();
  camera.distance = 0.45f;  // close enough that fibres are several pixels wide

  // Variation of red along a horizontal line across the belly (across the fibres).
  auto roughness = [&](const std::vector<std::uint8_t>& rgba) {
    float total = 0.0f;
    for (int x = kWidth / 2 - 30; x < kWidth / 2 + 30; ++x) {
      total += std::abs(static_cast<float>(pixel(rgba, x + 1, kHeight / 2).r - pixel(rgba, x, kHeight / 2).r));
    }
    return total;
  };
  const float striated = roughness(draw(list, camera));
  RenderSettings no_detail;
  no_detail.striation = false;
  const float smooth = roughness(draw(list, camera, no_detail));
  EXPECT_GT(striated, 2.0f * smooth + 40.0f) << "striated " << striated << ", smooth " << smooth;
}

TEST_F(RenderTest, TranslucentSkinShowsTheOpaqueMuscleInside) {
  const core::TriangleMesh skin = test::make_sphere(Vec3(0.0f), 0.2f);
  const core::TriangleMesh inner = test::make_box(Vec3(-0.06f), Vec3(0.06f));
  auto centre_with = [&](bool with_inner, float skin_opacity) {
    scene::DrawList list = plain_list();
    if (with_inner) list.items.push_back(item(inner, scene::Material::Plain, Vec3(0.05f, 0.05f, 0.6f)));
    list.items.push_back(item(skin, scene::Material::Skin, kSkinColour, skin_opacity));
    return mean(draw(list, front_camera()), kWidth / 2, kHeight / 2);
  };
  const Vec3 skin_only = centre_with(false, 0.35f);
  const Vec3 skin_over_blue = centre_with(true, 0.35f);
  const Vec3 opaque_skin_over_blue = centre_with(true, 1.0f);
  const Vec3 opaque_skin_only = centre_with(false, 1.0f);
  // Through the translucent skin the blue box dominates...
  EXPECT_GT(skin_over_blue.b, skin_over_blue.r) << "skin over blue";
  EXPECT_GT(skin_only.r, skin_only.b) << "skin alone";
  // ...but the skin still tints it (it is blended, not skipped).
  EXPECT_GT(skin_over_blue.r, 40.0f);
  // Opaque skin hides it completely.
  EXPECT_NEAR(opaque_skin_over_blue.b, opaque_skin_only.b, 2.0f);
}

TEST_F(RenderTest, SkinBlendsOnlyItsNearestLayer) {
  // With the pre-pass, the skin's back wall must not add a second layer over the background.
  const core::TriangleMesh skin = test::make_sphere(Vec3(0.0f), 0.2f);
  scene::DrawList list = plain_list();
  list.background_top = list.background_bottom = Vec3(0.05f, 0.05f, 0.3f);
  list.items.push_back(item(skin, scene::Material::Skin, kSkinColour, 0.35f));
  // Two-sided, as a foreign model with unreliable winding is drawn: only the pre-pass helps.
  RenderSettings prepass;
  prepass.cull_back_faces = false;
  const Vec3 one_layer = mean(draw(list, front_camera(), prepass), kWidth / 2, kHeight / 2);
  RenderSettings no_prepass = prepass;
  no_prepass.transparency_prepass = false;
  const Vec3 two_layers = mean(draw(list, front_camera(), no_prepass), kWidth / 2, kHeight / 2);
  const Vec3 background(srgb8(0.05f), srgb8(0.05f), srgb8(0.3f));
  EXPECT_LT(one_layer.r, two_layers.r - 5.0f);
  EXPECT_LT(glm::length(one_layer - background), glm::length(two_layers - background) - 5.0f);
}

TEST_F(RenderTest, HighlightAddsAGlowAroundTheSilhouette) {
  const core::TriangleMesh sphere = test::make_sphere(Vec3(0.0f), 0.15f);
  scene::DrawList list = plain_list();
  list.items.push_back(item(sphere, scene::Material::Muscle, kMuscleColour));
  const int rim_x = kWidth / 2 - static_cast<int>(0.14f / (2.0f * std::tan(0.3f)) * kHeight);
  const Vec3 plain = mean(draw(list, front_camera()), rim_x, kHeight / 2, 1);
  list.items[0].highlight = 1.0f;
  const Vec3 glowing = mean(draw(list, front_camera()), rim_x, kHeight / 2, 1);
  EXPECT_GT(glowing.r + glowing.g, plain.r + plain.g + 30.0f)
      << "plain " << plain.r << " " << plain.g << " " << plain.b << ", glowing " << glowing.r << " " << glowing.g;
}

TEST_F(RenderTest, GroundCarriesAContactShadowUnderTheObject) {
  const core::TriangleMesh sphere = test::make_sphere(Vec3(0.0f, 0.1f, 0.0f), 0.1f);
  scene::DrawList list;
  list.show_ground = true;
  list.ground_y = 0.0f;
  list.items.push_back(item(sphere, scene::Material::Bone, kBoneColour));
  scene::OrbitCamera camera;
  camera.target = Vec3(0.0f, 0.05f, 0.0f);
  camera.distance = 0.9f;
  camera.pitch = 0.6f;  // from above, to see the ground around the ball
  // Project world points to pixels to sample the ground exactly.
  const float aspect = static_cast<float>(kWidth) / kHeight;
  const Mat4 vp = camera.projection(aspect) * camera.view();
  auto to_pixel = [&](Vec3 p) {
    const Vec4 clip = vp * Vec4(p, 1.0f);
    const Vec3 ndc = Vec3(clip) / clip.w;
    return glm::ivec2(static_cast<int>((ndc.x * 0.5f + 0.5f) * kWidth),
                      static_cast<int>((0.5f - ndc.y * 0.5f) * kHeight));
  };
  const glm::ivec2 beside_contact = to_pixel(Vec3(0.0f, 0.0f, 0.07f));  // just in front of the ball's foot
  const glm::ivec2 far_out = to_pixel(Vec3(0.22f, 0.0f, 0.15f));
  const auto with_shadow = draw(list, camera);
  RenderSettings no_shadow;
  no_shadow.contact_shadow = false;
  const auto without_shadow = draw(list, camera, no_shadow);
  const Vec3 shadowed = mean(with_shadow, beside_contact.x, beside_contact.y, 1);
  const Vec3 unshadowed = mean(without_shadow, beside_contact.x, beside_contact.y, 1);
  EXPECT_LT(shadowed.g, unshadowed.g - 15.0f);
  // Far from the ball the ground is the same with or without the shadow pass.
  EXPECT_NEAR(mean(with_shadow, far_out.x, far_out.y, 1).g, mean(without_shadow, far_out.x, far_out.y, 1).g, 3.0f);
}

TEST_F(RenderTest, NearestFilteringIsSetWithoutDisturbingTheBoundTexture) {
  Texture atlas = make_texture();
  Texture other = make_texture();
  glBindTexture(GL_TEXTURE_2D, atlas.id());
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, 4, 4, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glBindTexture(GL_TEXTURE_2D, other.id());
  use_nearest_filtering(atlas.id());
  GLint bound = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
  EXPECT_EQ(static_cast<GLuint>(bound), other.id());
  glBindTexture(GL_TEXTURE_2D, atlas.id());
  GLint min_filter = 0;
  GLint mag_filter = 0;
  glGetTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, &min_filter);
  glGetTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, &mag_filter);
  EXPECT_EQ(min_filter, GL_NEAREST);
  EXPECT_EQ(mag_filter, GL_NEAREST);
  glBindTexture(GL_TEXTURE_2D, 0);
}

TEST_F(RenderTest, WarmUpLeavesNoTraceInTheNextPicture) {
  // A ball on the ground (contact shadow, which the warm-up's stand-in scene also draws) with a
  // translucent skin around it: the same picture from a fresh renderer and from a warmed-up one.
  const core::TriangleMesh ball = test::make_sphere(Vec3(0.0f, 0.1f, 0.0f), 0.1f);
  const core::TriangleMesh skin = test::make_sphere(Vec3(0.0f, 0.1f, 0.0f), 0.13f);
  scene::DrawList list;
  list.show_ground = true;
  list.ground_y = 0.0f;
  list.items.push_back(item(ball, scene::Material::Muscle, kMuscleColour));
  list.items.push_back(item(skin, scene::Material::Skin, kSkinColour, 0.4f));
  scene::OrbitCamera camera;
  camera.target = Vec3(0.0f, 0.08f, 0.0f);
  camera.distance = 0.9f;
  camera.pitch = 0.5f;
  RenderSettings settings;
  settings.msaa_samples = 0;
  settings.fxaa = true;
  settings.contact_shadow_interval = 4;  // a stale stand-in shadow would survive into the picture
  const auto fresh = draw(list, camera, settings);
  renderer_ = std::make_unique<Renderer>(SOLEUS_SHADERS_DIR);
  RenderSettings moving = settings;
  moving.fxaa = false;
  moving.render_scale = 0.75f;
  renderer_->warm_up({settings, moving, RenderSettings{}});
  const auto warmed = draw(list, camera, settings);
  ASSERT_EQ(fresh.size(), warmed.size());
  EXPECT_TRUE(fresh == warmed);
}

TEST_F(RenderTest, ContactShadowIsRedrawnOnlyWhenTheModelChanges) {
  core::TriangleMesh ball = test::make_sphere(Vec3(0.0f, 0.1f, 0.0f), 0.1f);
  scene::DrawList list;
  list.items.push_back(item(ball, scene::Material::Bone, kBoneColour));
  list.bounds = ball.bounds();
  scene::OrbitCamera camera = front_camera();
  camera.pitch = 0.5f;
  renderer_->render(list, camera, *target_);
  EXPECT_EQ(renderer_->stats().shadow_triangles, ball.triangle_count());
  camera.orbit(0.3f, 0.0f);  // orbiting does not change the shadow
  renderer_->render(list, camera, *target_);
  EXPECT_EQ(renderer_->stats().shadow_triangles, 0u);
  for (Vec3& p : ball.positions) p.x += 0.01f;  // an animated (deformed) mesh does
  ++ball.revision;
  renderer_->render(list, camera, *target_);
  EXPECT_EQ(renderer_->stats().shadow_triangles, ball.triangle_count());

  // Moving every frame: redrawn every second frame by default, every frame on request.
  std::vector<std::size_t> drawn;
  RenderSettings every_frame;
  every_frame.contact_shadow_interval = 1;
  for (int frame = 0; frame < 4; ++frame) {
    ++ball.revision;
    renderer_->render(list, camera, *target_);
    drawn.push_back(renderer_->stats().shadow_triangles);
    ++ball.revision;
    renderer_->render(list, camera, *target_, every_frame);
    drawn.push_back(renderer_->stats().shadow_triangles);
  }
  const auto n = ball.triangle_count();
  EXPECT_EQ(drawn, (std::vector<std::size_t>{0, n, 0, n, 0, n, 0, n}));
}

TEST_F(RenderTest, ChangedMeshRevisionIsReuploaded) {
  core::TriangleMesh box = test::make_box(Vec3(-0.3f, -0.05f, -0.05f), Vec3(-0.2f, 0.05f, 0.05f));
  scene::DrawList list = plain_list();
  list.background_top = list.background_bottom = Vec3(0.0f);
  list.items.push_back(item(box, scene::Material::Plain, Vec3(1.0f)));
  list.bounds.expand(Vec3(-0.4f));
  list.bounds.expand(Vec3(0.4f));
  renderer_->render(list, front_camera(), *target_);
  const auto before = target_->read_rgba();
  EXPECT_EQ(renderer_->meshes().upload_count(), 1u);
  renderer_->render(list, front_camera(), *target_);
  EXPECT_EQ(renderer_->meshes().upload_count(), 1u) << "unchanged mesh uploaded again";

  for (Vec3& p : box.positions) p.x += 0.5f;  // now at x = 0.2..0.3
  ++box.revision;
  renderer_->render(list, front_camera(), *target_);
  const auto after = target_->read_rgba();
  EXPECT_EQ(renderer_->meshes().upload_count(), 2u);
  const int dx = static_cast<int>(0.25f / (2.0f * std::tan(0.3f)) * kHeight);
  EXPECT_GT(pixel(before, kWidth / 2 - dx, kHeight / 2).g, 100);
  EXPECT_LT(pixel(after, kWidth / 2 - dx, kHeight / 2).g, 10);
  EXPECT_GT(pixel(after, kWidth / 2 + dx, kHeight / 2).g, 100);
}

// A spindle bent at its middle by two joints (the upper half still, the lower half turned
// 50 degrees about X through y = 0, a blend between), as anatomy poses a rigged structure.
struct BentSpindle {
  anatomy::Structure structure;
  anatomy::PoseBuffers pose;
};

// Weights that bend a mesh at y = 0: below -0.05 on joint 1, above 0.05 on joint 0, blended between.
std::vector<anatomy::VertexWeights> bend_at_zero(const core::TriangleMesh& mesh) {
  std::vector<anatomy::VertexWeights> skin;
  for (const Vec3& p : mesh.positions) {
    const float lower = std::clamp(0.5f - p.y / 0.1f, 0.0f, 1.0f);
    anatomy::VertexWeights w;
    w.joints = {1, 0, 0, 0};
    w.weights = {lower, 1.0f - lower, 0.0f, 0.0f};
    skin.push_back(w);
  }
  return skin;
}

BentSpindle bent_spindle(float angle_rad) {
  BentSpindle bent;
  bent.structure.mesh = test::make_spindle(Vec3(0.0f, -0.2f, 0.0f), 0.4f, 0.05f);
  bent.structure.skin = bend_at_zero(bent.structure.mesh);
  bent.pose.skin_matrices = {Mat4(1.0f), glm::rotate(Mat4(1.0f), angle_rad, Vec3(1.0f, 0.0f, 0.0f))};
  return bent;
}

// The vertex stage poses a skinned item exactly as the CPU does (anatomy::posed_mesh), opaque
// and translucent (its depth pre-pass too), with the ground and its contact shadow.
TEST_F(RenderTest, SkinnedItemsLookLikeTheSameMeshSkinnedOnTheCpu) {
  BentSpindle bent = bent_spindle(0.9f);
  const core::TriangleMesh cpu_posed = anatomy::posed_mesh(bent.structure, bent.pose);
  anatomy::Structure skin_structure;
  skin_structure.mesh = test::make_sphere(Vec3(0.0f), 0.12f);
  skin_structure.skin = bend_at_zero(skin_structure.mesh);
  const core::TriangleMesh skin_cpu_posed = anatomy::posed_mesh(skin_structure, bent.pose);

  scene::OrbitCamera camera = front_camera();
  camera.yaw = 1.2f;  // from the side, where the bend shows
  camera.pitch = 0.3f;
  int skinned_on_gpu = 0;
  auto picture = [&](bool skinned_item, bool posed, const RenderSettings& settings = {}) {
    const bool on_gpu = skinned_item;  // the renderer skins it (on the GPU unless told otherwise)
    scene::DrawList list;
    list.ground_y = -0.3f;
    auto add = [&](const anatomy::Structure& s, const core::TriangleMesh& cpu, scene::Material material, Vec3 colour,
                   float opacity) {
      scene::DrawItem it = item(on_gpu || !posed ? s.mesh : cpu, material, colour, opacity);
      if (on_gpu && posed) {
        it.skin_weights = &s.skin;
        it.joint_matrices = &bent.pose.skin_matrices;
        it.bounds = cpu.bounds();  // the posed box, as anatomy gives it
      }
      list.items.push_back(it);
      list.bounds.expand(posed ? cpu.bounds() : s.mesh.bounds());
    };
    add(bent.structure, cpu_posed, scene::Material::Muscle, kMuscleColour, 1.0f);
    add(skin_structure, skin_cpu_posed, scene::Material::Skin, kSkinColour, 0.4f);
    Renderer renderer(SOLEUS_SHADERS_DIR);  // a fresh contact shadow for each
    renderer.render(list, camera, *target_, settings);
    skinned_on_gpu = renderer.stats().skinned_meshes;
    return target_->read_rgba();
  };
  const auto gpu = picture(true, true);
  EXPECT_EQ(skinned_on_gpu, 2);
  const auto cpu = picture(false, true);
  const auto rest = picture(false, false);
  RenderSettings on_the_cpu;
  on_the_cpu.skin_on_gpu = false;
  const auto renderer_cpu = picture(true, true, on_the_cpu);
  EXPECT_EQ(skinned_on_gpu, 0);
  // The same bend spread over more joints than the palette holds: posed on the CPU instead.
  for (std::size_t v = 0; v < bent.structure.skin.size(); ++v) bent.structure.skin[v].joints[0] = static_cast<std::uint16_t>(2 + v % 8);
  bent.pose.skin_matrices.resize(10, bent.pose.skin_matrices[1]);
  const auto many_joints = picture(true, true);
  EXPECT_EQ(skinned_on_gpu, 1);  // the sphere alone
  EXPECT_TRUE(renderer_->meshes().get(bent.structure.mesh, &bent.structure.skin).palette.empty());
  auto pixels_apart = [](const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b, int levels) {
    int count = 0;
    for (std::size_t i = 0; i < a.size(); i += 4) {
      const int d = std::max({std::abs(a[i] - b[i]), std::abs(a[i + 1] - b[i + 1]), std::abs(a[i + 2] - b[i + 2])});
      count += d > levels;
    }
    return count;
  };
  const int total = kWidth * kHeight;
  EXPECT_GT(pixels_apart(cpu, rest, 8), total / 50) << "the bend must show, or this test proves nothing";
  EXPECT_LE(pixels_apart(gpu, cpu, 8), total / 1000) << "skinned on the GPU, the picture must be the CPU's";
  EXPECT_LE(pixels_apart(gpu, cpu, 2), total / 200);
  EXPECT_LE(pixels_apart(many_joints, cpu, 2), total / 200);
  EXPECT_LE(pixels_apart(renderer_cpu, cpu, 2), total / 200);
}

// A skinned mesh is skinned once per new pose, whatever passes draw it; the contact shadow
// depends on the pose of the skinned items that cast it, not only on their meshes (which do
// not change as the pose does).
TEST_F(RenderTest, SkinningAndTheContactShadowFollowThePoseOnly) {
  BentSpindle bent = bent_spindle(0.3f);
  scene::DrawList list;
  list.ground_y = -0.25f;
  scene::DrawItem it = item(bent.structure.mesh, scene::Material::Muscle, kMuscleColour);
  it.skin_weights = &bent.structure.skin;
  it.joint_matrices = &bent.pose.skin_matrices;
  it.bounds = anatomy::posed_mesh(bent.structure, bent.pose).bounds();
  list.items.push_back(it);
  list.bounds = it.bounds;
  scene::OrbitCamera camera = front_camera();
  camera.pitch = 0.5f;
  RenderSettings every_frame;
  every_frame.contact_shadow_interval = 1;
  const auto triangles = bent.structure.mesh.triangle_count();
  renderer_->render(list, camera, *target_, every_frame);
  EXPECT_EQ(renderer_->stats().shadow_triangles, triangles);
  EXPECT_EQ(renderer_->stats().skinned_meshes, 1);
  renderer_->render(list, camera, *target_, every_frame);
  EXPECT_EQ(renderer_->stats().shadow_triangles, 0u) << "same pose: the map is kept";
  EXPECT_EQ(renderer_->stats().skinned_meshes, 0) << "same pose: not skinned again";
  bent.pose.skin_matrices[1] = glm::rotate(Mat4(1.0f), 0.6f, Vec3(1.0f, 0.0f, 0.0f));
  renderer_->render(list, camera, *target_, every_frame);
  EXPECT_EQ(renderer_->stats().shadow_triangles, triangles) << "a new pose redraws it";
  EXPECT_EQ(renderer_->stats().skinned_meshes, 1) << "and skins the mesh once for all its passes";
  EXPECT_EQ(renderer_->meshes().upload_count(), 2u) << "the mesh and its weights, once";
}

TEST_F(RenderTest, PngRoundTripKeepsEveryPixel) {
  const core::TriangleMesh sphere = test::make_sphere(Vec3(0.0f), 0.15f);
  scene::DrawList list = plain_list();
  list.items.push_back(item(sphere, scene::Material::Muscle, kMuscleColour));
  const auto rgba = draw(list, front_camera());
  const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "soleus_render_png";
  std::filesystem::create_directories(dir);
  const std::filesystem::path path = dir / "frame.png";
  write_png(path, kWidth, kHeight, rgba);

  int w = 0, h = 0, channels = 0;
  stbi_uc* decoded = stbi_load(path.c_str(), &w, &h, &channels, 4);
  ASSERT_NE(decoded, nullptr) << stbi_failure_reason();
  EXPECT_EQ(w, kWidth);
  EXPECT_EQ(h, kHeight);
  EXPECT_TRUE(std::equal(rgba.begin(), rgba.end(), decoded));
  stbi_image_free(decoded);
  // Only the PNG is left: the temporary was renamed into place.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()), 1);
  std::filesystem::remove_all(dir);
}

TEST_F(RenderTest, PngIntoAMissingDirectoryFailsClearlyAndWritesNothing) {
  const std::vector<std::uint8_t> rgba(4 * 4 * 4, 255);
  const std::filesystem::path path = std::filesystem::path(::testing::TempDir()) / "no_such_dir_soleus" / "x.png";
  try {
    write_png(path, 4, 4, rgba);
    FAIL() << "no error";
  } catch (const RenderError& error) {
    EXPECT_NE(std::string(error.what()).find(path.string()), std::string::npos) << error.what();
  }
  EXPECT_FALSE(std::filesystem::exists(path.parent_path()));
  EXPECT_THROW(write_png(std::filesystem::path(::testing::TempDir()) / "short.png", 4, 4, {1, 2, 3}), RenderError);
}

// Issue 12: a capture onto a device node replaced it with a regular file (as root, /dev/null
// itself). Nodes made in a private directory, never the machine's /dev.
TEST(PngTargets, ADeviceIsWrittenThroughAndASymlinkKeptAsALink) {
  soleus::testing::TempDir dir;
  const std::vector<std::uint8_t> rgba(4 * 4 * 4, 255);
  std::filesystem::create_directories(dir / "shots");
  std::filesystem::create_symlink(dir / "shots" / "real.png", dir / "link.png");
  soleus::testing::write_text(dir / "shots" / "real.png", "old");
  write_png(dir / "link.png", 4, 4, rgba);
  EXPECT_TRUE(std::filesystem::is_symlink(dir / "link.png"));
  EXPECT_EQ(soleus::testing::read_text(dir / "shots" / "real.png").substr(1, 3), "PNG");
  EXPECT_EQ(soleus::testing::leftover_temporaries(dir.path()), 0);
  if (!soleus::testing::make_null_device(dir / "null")) GTEST_SKIP() << "mknod not permitted here";
  write_png(dir / "null", 4, 4, rgba);
  EXPECT_TRUE(soleus::testing::is_char_device(dir / "null"));
}

TEST_F(RenderTest, ZeroSizeTargetIsAHarmlessNoOp) {
  const core::TriangleMesh sphere = test::make_sphere(Vec3(0.0f), 0.15f);
  scene::DrawList list = plain_list();
  list.items.push_back(item(sphere, scene::Material::Bone, kBoneColour));
  target_->resize(0, 0);
  EXPECT_TRUE(target_->empty());
  renderer_->render(list, front_camera(), *target_);
  target_->bind();
  target_->resolve();
  target_->blit_to_default(64, 64);
  target_->blit_to_default(0, 0);
  EXPECT_TRUE(target_->read_rgba().empty());
  EXPECT_EQ(check_gl_errors("zero-size target"), 0);

  target_->resize(kWidth, kHeight);  // restored after a minimise
  EXPECT_EQ(draw(list, front_camera()).size(), static_cast<std::size_t>(kWidth * kHeight * 4));
}

TEST_F(RenderTest, MsaaCanBeSwitchedOffAndOnAgain) {
  const core::TriangleMesh sphere = test::make_sphere(Vec3(0.0f), 0.15f);
  scene::DrawList list = plain_list();
  list.items.push_back(item(sphere, scene::Material::Bone, kBoneColour));
  RenderSettings settings;
  settings.msaa_samples = 0;
  const auto aliased = draw(list, front_camera(), settings);
  EXPECT_EQ(target_->samples(), 1);
  settings.msaa_samples = 4;
  const auto smooth = draw(list, front_camera(), settings);
  EXPECT_GT(target_->samples(), 1);
  // Same picture apart from edge pixels.
  EXPECT_NEAR(mean(aliased, kWidth / 2, kHeight / 2).r, mean(smooth, kWidth / 2, kHeight / 2).r, 2.0f);
  target_->blit_to_default(64, 64);  // scaled blit to the window
}

TEST_F(RenderTest, FxaaSmoothsEdgesWithoutMsaaAndKeepsFlatAreas) {
  // A dark box edge on a light background, slightly rotated so its edge is a staircase.
  const core::TriangleMesh box = test::make_box(Vec3(-0.15f, -0.15f, -0.05f), Vec3(0.15f, 0.15f, 0.05f));
  scene::DrawList list = plain_list();
  list.background_top = list.background_bottom = Vec3(0.9f);
  list.items.push_back(item(box, scene::Material::Plain, Vec3(0.02f)));
  list.items[0].transform = glm::rotate(Mat4(1.0f), 0.3f, Vec3(0.0f, 0.0f, 1.0f));
  RenderSettings settings;
  settings.msaa_samples = 0;
  // Pixels neither background nor box: the in-between shades anti-aliasing adds.
  auto in_between = [&](const std::vector<std::uint8_t>& rgba) {
    int count = 0;
    for (int i = 0; i < kWidth * kHeight; ++i) {
      const int g = rgba[static_cast<std::size_t>(i) * 4 + 1];
      if (g > 60 && g < 200) ++count;
    }
    return count;
  };
  const auto aliased = draw(list, front_camera(), settings);
  settings.fxaa = true;
  const auto smoothed = draw(list, front_camera(), settings);
  EXPECT_GT(in_between(smoothed), in_between(aliased) + 100);
  EXPECT_EQ(pixel(smoothed, 5, 5).g, pixel(aliased, 5, 5).g);
  EXPECT_EQ(pixel(smoothed, kWidth / 2, kHeight / 2).g, pixel(aliased, kWidth / 2, kHeight / 2).g);
}

TEST_F(RenderTest, BrokenShaderNamesTheFileAndTheCompilerLog) {
  const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "soleus_broken_shaders";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "surface.frag") << "#version 330 core\nvoid main() { this is not glsl; }\n";
  try {
    Renderer broken(dir);  // the other shaders come from the embedded copies
    FAIL() << "no error";
  } catch (const RenderError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find((dir / "surface.frag").string()), std::string::npos) << message;
    EXPECT_NE(message.find("error"), std::string::npos) << message;
  }
  std::filesystem::remove_all(dir);
}

TEST_F(RenderTest, EmbeddedShadersWorkWithoutTheShaderDirectory) {
  Renderer embedded("/nonexistent/soleus/shaders");
  const core::TriangleMesh sphere = test::make_sphere(Vec3(0.0f), 0.15f);
  scene::DrawList list = plain_list();
  list.items.push_back(item(sphere, scene::Material::Plain, Vec3(0.7f, 0.1f, 0.1f)));
  list.bounds = sphere.bounds();
  embedded.render(list, front_camera(), *target_);
  const auto rgba = target_->read_rgba();
  EXPECT_GT(mean(rgba, kWidth / 2, kHeight / 2).r, 120.0f);
}

}  // namespace
}  // namespace soleus::render

namespace soleus::render {

TEST_F(RenderTest, ViewRectangleAndRenderScaleKeepThePictureInPlaceAndClearTheSurround) {
  const core::TriangleMesh sphere = test::make_sphere(Vec3(0.0f), 0.15f);
  scene::DrawList list = plain_list();
  list.background_top = list.background_bottom = Vec3(0.5f);
  list.items.push_back(item(sphere, scene::Material::Plain, Vec3(0.7f, 0.1f, 0.1f)));
  RenderSettings settings;
  settings.msaa_samples = 0;
  settings.view_left = kWidth / 8;  // a view rectangle leaving a margin all round
  settings.view_top = kHeight / 8;
  settings.view_width = kWidth * 3 / 4;
  settings.view_height = kHeight * 3 / 4;
  for (float scale : {1.0f, 0.6f}) {
    settings.render_scale = scale;
    const auto rgba = draw(list, front_camera(), settings);
    const Vec3 centre = mean(rgba, kWidth / 2, kHeight / 2);
    EXPECT_GT(centre.r, centre.g + 60.0f) << "scale " << scale;  // the object, still centred
    const Rgb surround = pixel(rgba, 2, 2);                        // outside the rectangle
    EXPECT_NEAR(surround.g, static_cast<int>(std::lround(settings.surround_srgb[1] * 255.0f)), 2) << scale;
    const Rgb inside = pixel(rgba, kWidth / 8 + 4, kHeight / 8 + 4);  // background inside it
    EXPECT_NEAR(inside.g, srgb8(0.5f), 12) << "scale " << scale;
  }
}

// The window's own framebuffer as the target (what the app draws into on software GL): the
// scene, drawn straight into it or scaled up into it, is the same picture as offscreen.
TEST(WindowFramebufferTest, SceneInTheWindowMatchesTheOffscreenPicture) {
  const char* display = std::getenv("DISPLAY");
  if (display == nullptr || display[0] == '\0') GTEST_SKIP() << "no display (run under xvfb-run)";
  platform::WindowOptions options;
  options.width = kWidth;
  options.height = kHeight;
  options.visible = true;  // a hidden window's pixels are not guaranteed
  options.vsync = false;
  options.depth_stencil = true;
  platform::Window window(options);
  load_gl(platform::get_proc_address);
  const platform::Size fb = window.framebuffer_size();
  ASSERT_FALSE(fb.empty());

  // Two overlapping spheres: without a working depth buffer the far one would cover the near.
  const core::TriangleMesh near_sphere = test::make_sphere(Vec3(-0.05f, 0.0f, 0.1f), 0.12f);
  const core::TriangleMesh far_sphere = test::make_sphere(Vec3(0.08f, 0.0f, -0.1f), 0.15f);
  scene::DrawList list;
  list.show_ground = false;
  for (const auto* mesh : {&near_sphere, &far_sphere}) {
    scene::DrawItem it;
    it.mesh = mesh;
    it.material = mesh == &near_sphere ? scene::Material::Bone : scene::Material::Muscle;
    it.colour = mesh == &near_sphere ? kBoneColour : kMuscleColour;
    it.pick_id = 1;
    list.items.push_back(it);
    list.bounds.expand(mesh->bounds());
  }
  scene::OrbitCamera camera;
  camera.distance = 1.0f;

  Renderer renderer(SOLEUS_SHADERS_DIR);
  RenderTarget offscreen(fb.width, fb.height, 0);
  RenderTarget on_window = RenderTarget::window_framebuffer(fb.width, fb.height);
  EXPECT_TRUE(on_window.is_window());
  EXPECT_EQ(on_window.samples(), 1);
  EXPECT_TRUE(window_framebuffer_has_depth());
  // Straight in, scaled up (a moving picture on software GL), and through FXAA (a still one).
  for (const auto& [scale, fxaa] : {std::pair{1.0f, false}, std::pair{0.6f, false}, std::pair{1.0f, true}}) {
    RenderSettings settings;
    settings.msaa_samples = 4;  // ignored by the window target, so both draw without MSAA
    settings.render_scale = scale;
    settings.fxaa = fxaa;
    settings.view_left = fb.width / 10;
    settings.view_top = 0;
    settings.view_width = fb.width * 8 / 10;
    settings.view_height = fb.height;
    settings.msaa_samples = 0;
    renderer.render(list, camera, offscreen, settings);
    const std::vector<std::uint8_t> expected = offscreen.read_rgba();
    settings.msaa_samples = 4;
    renderer.render(list, camera, on_window, settings);
    EXPECT_EQ(on_window.samples(), 1);
    on_window.blit_to_default(fb.width, fb.height);  // nothing to do: already there
    const std::vector<std::uint8_t> seen = on_window.read_rgba();
    ASSERT_EQ(seen.size(), expected.size());
    int differing = 0;
    for (std::size_t i = 0; i < seen.size(); i += 4) {
      for (std::size_t c = 0; c < 3; ++c) differing += std::abs(seen[i + c] - expected[i + c]) > 2 ? 1 : 0;
    }
    EXPECT_EQ(differing, 0) << "scale " << scale << ", fxaa " << fxaa;
    // The near bone sphere is in front at the image centre-left, the muscle behind it to the right.
    const std::size_t centre = (static_cast<std::size_t>(fb.height / 2) * static_cast<std::size_t>(fb.width) +
                                static_cast<std::size_t>(fb.width * 42 / 100)) * 4;
    EXPECT_GT(seen[centre + 2], 100) << "bone (pale) in front, scale " << scale;
  }
  EXPECT_EQ(check_gl_errors("window framebuffer"), 0);
}

}  // namespace soleus::render
