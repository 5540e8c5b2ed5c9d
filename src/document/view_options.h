#pragma once
/// How the running leg is shown: the load colouring's scale, where the camera looks, which
/// comparison slot is edited. Apart
/// from document.h so that the undo history (document/history.h) can snapshot them.
namespace soleus::document {

/// Which force the load colouring shows and against what scale.
enum class LoadScale { BodyWeights, PercentCapacity };
/// Where the camera looks while the leg runs.
enum class CameraFollow { Free, Leg, GroundContact };
/// Which condition slot of the A/B comparison an edit goes to (A is the document's `run`).
enum class Slot { A, B };

}  // namespace soleus::document
