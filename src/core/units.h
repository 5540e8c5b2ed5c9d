#pragma once
/// SI units and conversions. Everything inside the app is SI (m, kg, s, N, rad);
/// degrees, millimetres and body weights appear only at the edges (UI, CLI, files).

namespace soleus::core {

inline constexpr double kPi = 3.14159265358979323846;
/// Standard gravity (m/s^2), ISO 80000-3.
inline constexpr double kGravity = 9.80665;

constexpr double deg_to_rad(double degrees) { return degrees * kPi / 180.0; }
constexpr double rad_to_deg(double radians) { return radians * 180.0 / kPi; }
constexpr double mm_to_m(double millimetres) { return millimetres * 1e-3; }
constexpr double m_to_mm(double metres) { return metres * 1e3; }
/// Body weight (N) of a mass (kg).
constexpr double body_weight_n(double mass_kg) { return mass_kg * kGravity; }

}  // namespace soleus::core
