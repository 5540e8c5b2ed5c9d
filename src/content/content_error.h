#pragma once
/// The one exception type of the content module: a content file is missing, unreadable, not
/// JSON, or breaks the schema. The message always names the file and, for schema errors, the
/// entry (e.g. "learn.json: causes[2] (id 'calf_stiffness'): show_me.compare[0].set: ...").
#include <stdexcept>
#include <string>

namespace soleus::content {

/// Thrown by every loader in this module; what() is a complete, user-facing sentence.
class ContentError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace soleus::content
