#include "app/describe_set_command.h"

#include <filesystem>
#include <system_error>

#include "anatomy/model_set.h"
#include "app/paths.h"
#include "app/role_aliases.h"
#include "content/structures.h"
#include "core/files.h"

namespace soleus::app {
namespace {

// The roles the app resolves: the built-in table and the catalogue's aliases.
anatomy::RoleTable app_roles() {
  anatomy::RoleTable roles = anatomy::RoleTable::with_defaults();
  try {
    const content::StructureCatalog catalog = content::load_structure_catalog(
        (assets_dir() / "content" / "structures.json").string(), document::Audience::Student, content::Language::English);
    add_catalog_aliases(catalog, roles);
  } catch (const std::exception&) {
    // Without the catalogue the built-in names still resolve; the viewer reports the catalogue.
  }
  return roles;
}

}  // namespace

int run_describe_set_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::filesystem::path folder;
  bool force = false;
  for (const std::string& arg : args) {
    if (arg == "--force") {
      force = true;
    } else if (arg == "--help") {
      out << "usage: soleus-lab describe-set FOLDER [--force]\n"
             "  writes FOLDER/" << anatomy::kSetDescriptionFile << ": what the app guesses for the set (units, up axis,\n"
             "  side, placement, each part's role), to correct and keep beside the files; --force\n"
             "  replaces one that is there\n";
      return 0;
    } else if (folder.empty() && !arg.empty() && arg[0] != '-') {
      folder = arg;
    } else {
      err << "soleus-lab describe-set: unexpected argument '" << arg << "' (usage: describe-set FOLDER [--force])\n";
      return 2;
    }
  }
  std::error_code error;
  if (folder.empty() || !std::filesystem::is_directory(folder, error)) {
    err << "soleus-lab describe-set: needs a folder of model files (got '" << folder.string() << "')\n";
    return 2;
  }
  const std::filesystem::path target = folder / anatomy::kSetDescriptionFile;
  if (!force && std::filesystem::exists(target, error)) {
    err << "soleus-lab describe-set: " << target.string() << " is already there (edit it, or --force to replace it)\n";
    return 1;
  }
  anatomy::SetDescription used;
  try {
    // A description already there (with --force) is read, so its choices carry into the new one.
    anatomy::AnatomyModel model = anatomy::load_model_set(folder, app_roles());
    for (const std::string& note : model.notes) out << "  " << note << "\n";
    used = std::move(*model.set);
  } catch (const anatomy::ModelLoadError& e) {
    err << "soleus-lab describe-set: " << e.what() << "\n";
    return 1;
  }
  if (const std::string failed = core::write_output_file(target, anatomy::set_description_json(used)); !failed.empty()) {
    err << "soleus-lab describe-set: cannot write " << target.string() << ": " << failed << "\n";
    return 1;
  }
  out << "wrote " << target.string() << "\n";
  return 0;
}

}  // namespace soleus::app
