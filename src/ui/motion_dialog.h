#pragma once
/// File > Import motion: the files of a measured trial, the body mass and the leg, typed in as
/// File > Open model takes its path. Import queues document::LoadMotion (the document reads the
/// files and keeps what is shown when they are bad); File > Close motion goes back to the model.
#include "document/document.h"

namespace soleus::ui {

struct MotionDialogState {
  bool open_popup = false;       // open the dialog in the next frame
  char kinematics[512] = "";     // OpenSim coordinates (.mot/.sto)
  char grf[512] = "";            // ground reaction forces (.mot/.sto/.csv)
  char grf_map[512] = "";        // external-loads XML (optional)
  float body_mass_kg = 70.0f;    // (kg); the range table checks it on import
  bool mass_from_files = false;  // take the mass from either file's "mass=KG" header line instead
  int leg = 0;                   // 0 right, 1 left
};

/// The File menu's two items (Import motion..., Close motion while one plays).
void motion_menu_items(const document::Document& doc, MotionDialogState& state, document::CommandQueue& commands);

void draw_motion_dialog(MotionDialogState& state, document::CommandQueue& commands);

}  // namespace soleus::ui
