#pragma once
/// std::visit over a variant with one lambda per alternative:
///   std::visit(core::Overloaded{[](const A&) {...}, [](const B&) {...}}, variant);
namespace soleus::core {

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace soleus::core
