#include "handout/handout.h"

#include <cstdio>
#include <system_error>

#include "biomech/parameters.h"
#include "core/files.h"
#include "handout/gait_plot.h"
#include "handout/html.h"

namespace soleus::handout {
namespace {

// One row of the numbers table: what (a key), its unit (a key, or a symbol when `unit_is_key` is
// false), how many decimals, where it is in the summary.
struct Row {
  const char* label;
  const char* unit;
  bool unit_is_key;
  int decimals;
  double (*get)(const biomech::StrideSummary&);
};

const Row kRows[] = {
    {"handout.row.peak_force", "handout.unit.bw", true, 2,
     [](const biomech::StrideSummary& s) { return s.peak_soleus_force_bw; }},
    {"handout.row.peak_force", "N", false, 0, [](const biomech::StrideSummary& s) { return s.peak_soleus_force_n; }},
    {"handout.row.load_per_step", "handout.unit.bw_s", true, 3,
     [](const biomech::StrideSummary& s) { return s.soleus_impulse_per_step_bw_s; }},
    {"handout.row.load_per_km", "handout.unit.bw_s", true, 0,
     [](const biomech::StrideSummary& s) { return s.soleus_impulse_per_km_bw_s; }},
    {"handout.row.share", "%", false, 0, [](const biomech::StrideSummary& s) { return 100.0 * s.soleus_share_at_peak; }},
    {"handout.row.capacity", "%", false, 0,
     [](const biomech::StrideSummary& s) { return 100.0 * s.soleus_capacity_ratio; }},
    {"handout.row.achilles", "handout.unit.bw", true, 2,
     [](const biomech::StrideSummary& s) { return s.peak_achilles_force_bw; }},
    {"handout.row.cadence", "handout.unit.spm", true, 0, [](const biomech::StrideSummary& s) { return s.cadence_spm; }},
    {"handout.row.contact_time", "s", false, 3, [](const biomech::StrideSummary& s) { return s.contact_time_s; }},
};

// Inline, so the page needs nothing but itself; print-friendly (the coach may print it).
// The CJK fonts of Linux, Windows and macOS follow the Latin ones, so Chinese draws on any machine.
constexpr const char* kStyle = R"(body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,
"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;
color:#1d2330;background:#fff;max-width:1100px;margin:0 auto;padding:24px;line-height:1.45}
h1{font-size:1.8em;margin:0 0 4px}h2{font-size:1.25em;margin:28px 0 8px;border-bottom:2px solid #dfe5ec}
.sub{color:#556}.pictures{display:flex;flex-wrap:wrap;gap:16px}
figure{flex:1 1 320px;margin:0;background:#f4f6f9;border-radius:8px;padding:8px}
figure img{width:100%;height:auto;display:block;border-radius:4px}figcaption{font-weight:600;padding:6px 2px 0}
.plot{width:100%;max-width:760px;height:auto;background:#fff}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #dfe5ec;padding:6px 8px;text-align:right}
th:first-child,td:first-child{text-align:left}td:not(:first-child){white-space:nowrap}thead th{background:#f4f6f9}
.unit{color:#667;font-size:.9em}.why{color:#334;margin:4px 0 12px 0}.src{color:#667;font-size:.92em}
.note{background:#fff8e1;border-left:5px solid #f2b600;padding:10px 16px;border-radius:4px}
.flags{background:#fdecea;border-left:5px solid #c62828;padding:10px 16px;border-radius:4px}
@media print{body{padding:0}figure{break-inside:avoid}})";

// The table's text for `key`, made safe for HTML.
std::string text(const content::Strings& strings, const char* key) { return escape_html(strings.get(key)); }

std::string figure(const ConditionResult& c, const content::Strings& strings) {
  if (c.picture.empty()) return "";
  return "<figure><img src=\"" + escape_html(c.picture) + "\" alt=\"" +
         escape_html(strings.format("handout.leg.alt", {{"condition", c.label}})) + "\"><figcaption>" +
         escape_html(c.label) + "</figcaption></figure>\n";
}

std::string numbers_table(const Handout& h, const content::Strings& strings) {
  std::string html = "<table id=\"numbers\"><thead><tr><th>" + text(strings, "handout.numbers.quantity") + "</th><th>" +
                     escape_html(h.a.label) + "</th>";
  if (h.b) html += "<th>" + escape_html(h.b->label) + "</th><th>" + text(strings, "handout.numbers.change") + "</th>";
  html += "</tr></thead><tbody>\n";
  for (const Row& row : kRows) {
    const double a = row.get(h.a.stride.summary);
    const std::string unit = row.unit_is_key ? strings.get(row.unit) : row.unit;
    html += "<tr><td>" + text(strings, row.label) + " <span class=\"unit\">(" + escape_html(unit) + ")</span></td><td>" +
            fixed(a, row.decimals) + "</td>";
    if (h.b) {
      const double b = row.get(h.b->stride.summary);
      html += "<td>" + fixed(b, row.decimals) + "</td><td>" + escape_html(change_percent_text(a, b, strings)) + "</td>";
    }
    html += "</tr>\n";
  }
  return html + "</tbody></table>\n";
}

// A warning above the numbers for each condition whose plantarflexors could not give the ankle
// moment its stride asks: its numbers are what the muscles can give, not what the stride needs.
std::string capacity_warnings(const Handout& h, const content::Strings& strings) {
  std::string html;
  auto warn = [&](const ConditionResult& c) {
    const biomech::StrideSummary& s = c.stride.summary;
    if (!s.capacity_exceeded) return;
    html += "<p>" + escape_html(strings.format("handout.capacity_warning",
                                               {{"condition", c.label}, {"shortfall", fixed(s.capacity_shortfall_nm, 0)}})) +
            "</p>\n";
  };
  warn(h.a);
  if (h.b) warn(*h.b);
  return html.empty() ? html : "<div class=\"flags\" id=\"capacity\">\n" + html + "</div>\n";
}

std::string citation_html(const content::Citation& c) {
  std::string html = escape_html(c.authors) + " (" + std::to_string(c.year) + "). <i>" + escape_html(c.journal) + "</i>.";
  if (!c.finding.empty()) html += " " + escape_html(c.finding);
  if (!c.doi.empty()) html += " doi:" + escape_html(c.doi);
  return html;
}

void add_unique(std::vector<content::Citation>& list, const content::Citation& c) {
  for (const content::Citation& known : list)
    if (known.authors == c.authors && known.year == c.year && known.journal == c.journal) return;
  list.push_back(c);
}

}  // namespace

std::string condition_label(const biomech::Conditions& c, const content::Strings& strings) {
  auto words = [&](const char* id) {
    const biomech::Parameter* p = biomech::find_parameter(id);
    return p ? parameter_words(*p, biomech::used_display_value(*p, c), strings) : std::string();
  };
  return strings.format("handout.condition", {{"strike", strike_words(c.strike.strike_index, strings)},
                                              {"drop", words("drop")},
                                              {"speed", words("speed")}});
}

Handout make_handout(ConditionResult a, std::optional<ConditionResult> b, const content::LearnContent* learn,
                     const content::Strings& strings) {
  Handout h;
  h.a = std::move(a);
  h.b = std::move(b);
  h.title = strings.get("handout.title");
  if (h.b) {
    h.title = strings.get("handout.title.compare");
    h.changes = explain_changes(h.a.stride, h.b->stride, learn, strings);
    for (const ExplainedChange& change : h.changes)
      for (const content::Citation& c : change.evidence) add_unique(h.evidence, c);
  }
  if (learn) {
    h.note = learn->disclaimer;
    h.red_flags = learn->red_flags;
  } else {  // without the content file the note still stands; its wording is the app's own
    h.note = {strings.get("handout.note.title"), {strings.get("handout.note.text")}};
  }
  return h;
}

std::string handout_html(const Handout& h, const content::Strings& strings) {
  std::string html = std::string("<!DOCTYPE html>\n<html lang=\"") + content::to_string(strings.language()) +
                     "\"><head><meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                     escape_html(h.title) + "</title>\n<style>" + kStyle + "</style></head>\n<body>\n";
  html += "<h1>" + escape_html(h.title) + "</h1>\n<p class=\"sub\">" + text(strings, "handout.intro") + "</p>\n";
  html += "<h2>" + text(strings, "handout.leg") + "</h2>\n<div class=\"pictures\">\n" + figure(h.a, strings);
  if (h.b) html += figure(*h.b, strings);
  if (!h.difference_picture.empty())
    html += "<figure><img src=\"" + escape_html(h.difference_picture) + "\" alt=\"" +
            text(strings, "handout.difference.alt") + "\"><figcaption>" +
            escape_html(strings.format("handout.difference", {{"caption", h.difference_caption}})) +
            "</figcaption></figure>\n";
  html += "</div>\n";
  const PlotCurve a{&h.a.stride, h.a.label};
  const std::optional<PlotCurve> b = h.b ? std::optional<PlotCurve>(PlotCurve{&h.b->stride, h.b->label}) : std::nullopt;
  html += "<h2>" + text(strings, "handout.plot") + "</h2>\n" + gait_plot_svg(strings, a, b ? &*b : nullptr);
  html += "<h2>" + text(strings, "handout.numbers") + "</h2>\n" + capacity_warnings(h, strings) + numbers_table(h, strings);
  if (!h.changes.empty()) {
    html += "<h2>" + text(strings, "handout.changes") + "</h2>\n<ul id=\"changes\">\n";
    for (const ExplainedChange& change : h.changes) {
      html += "<li><b>" + escape_html(change.what) + "</b>";
      if (!change.why.empty())
        html += "<div class=\"why\">" + escape_html(change.why) + " <span class=\"src\">" +
                escape_html(strings.format("handout.changes.source", {{"title", change.source_title}})) +
                "</span></div>";
      html += "</li>\n";
    }
    html += "</ul>\n";
  }
  if (!h.evidence.empty()) {
    html += "<h2>" + text(strings, "handout.evidence") + "</h2>\n<ol id=\"evidence\">\n";
    for (const content::Citation& c : h.evidence) html += "<li>" + citation_html(c) + "</li>\n";
    html += "</ol>\n";
  }
  html += "<h2>" + escape_html(h.note.title) + "</h2>\n<div class=\"note\" id=\"note\">\n";
  for (const std::string& p : h.note.paragraphs) html += "<p>" + escape_html(p) + "</p>\n";
  html += "</div>\n";
  if (h.red_flags) {
    html += "<h2>" + escape_html(h.red_flags->title) + "</h2>\n<div class=\"flags\" id=\"red-flags\"><p>" +
            escape_html(h.red_flags->intro) + "</p><ul>\n";
    for (const std::string& item : h.red_flags->items) html += "<li>" + escape_html(item) + "</li>\n";
    html += "</ul><p>" + escape_html(h.red_flags->action) + "</p></div>\n";
  }
  return html + "</body></html>\n";
}

std::string write_handout(const std::filesystem::path& dir, const Handout& handout, const content::Strings& strings) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return "cannot create the folder " + dir.string() + ": " + error.message();
  const std::filesystem::path page = dir / "index.html";
  const std::string reason = core::write_output_file(page, handout_html(handout, strings));
  return reason.empty() ? "" : "cannot write " + page.string() + ": " + reason;
}

}  // namespace soleus::handout
