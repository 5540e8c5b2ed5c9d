#pragma once
/// SOLEUS_ASSERT checks a programmer invariant (never user input: that gets an exception or
/// an error value with a message). It is active in every build type, because a wrong number
/// in a biomechanics tool is worse than a crash.
#include <cstdio>
#include <cstdlib>

#define SOLEUS_ASSERT(cond)                                                             \
  do {                                                                                  \
    if (!(cond)) {                                                                      \
      std::fprintf(stderr, "soleus-lab: internal error: %s (%s:%d)\n", #cond, __FILE__, \
                   __LINE__);                                                           \
      std::abort();                                                                     \
    }                                                                                   \
  } while (false)
