#include "handout/handout.h"

#include <cstdio>
#include <system_error>

#include "biomech/parameters.h"
#include "core/files.h"
#include "handout/gait_plot.h"
#include "handout/html.h"

namespace soleus::handout {
namespace {

// One row of the numbers table: what, its unit, how many decimals, where it is in the summary.
struct Row {
  const char* label;
  const char* unit;
  int decimals;
  double (*get)(const biomech::StrideSummary&);
};

const Row kRows[] = {
    {"Peak soleus force", "× body weight", 2, [](const biomech::StrideSummary& s) { return s.peak_soleus_force_bw; }},
    {"Peak soleus force", "N", 0, [](const biomech::StrideSummary& s) { return s.peak_soleus_force_n; }},
    {"Soleus load per step", "body weight × s", 3,
     [](const biomech::StrideSummary& s) { return s.soleus_impulse_per_step_bw_s; }},
    {"Soleus load per km", "body weight × s", 0,
     [](const biomech::StrideSummary& s) { return s.soleus_impulse_per_km_bw_s; }},
    {"Soleus share of the calf (triceps surae) at its peak", "%", 0,
     [](const biomech::StrideSummary& s) { return 100.0 * s.soleus_share_at_peak; }},
    {"Peak soleus force against its capacity", "%", 0,
     [](const biomech::StrideSummary& s) { return 100.0 * s.soleus_capacity_ratio; }},
    {"Peak Achilles tendon force", "× body weight", 2,
     [](const biomech::StrideSummary& s) { return s.peak_achilles_force_bw; }},
    {"Cadence", "steps/min", 0, [](const biomech::StrideSummary& s) { return s.cadence_spm; }},
    {"Ground contact time", "s", 3, [](const biomech::StrideSummary& s) { return s.contact_time_s; }},
};

// Inline, so the page needs nothing but itself; print-friendly (the coach may print it).
constexpr const char* kStyle = R"(body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
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

std::string fixed(double x, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, x);
  return text;
}

std::string figure(const ConditionResult& c) {
  if (c.picture.empty()) return "";
  return "<figure><img src=\"" + escape_html(c.picture) + "\" alt=\"The leg at the soleus's peak load: " +
         escape_html(c.label) + "\"><figcaption>" + escape_html(c.label) + "</figcaption></figure>\n";
}

std::string numbers_table(const Handout& h) {
  std::string html = "<table id=\"numbers\"><thead><tr><th>Quantity</th><th>" + escape_html(h.a.label) + "</th>";
  if (h.b) html += "<th>" + escape_html(h.b->label) + "</th><th>Change</th>";
  html += "</tr></thead><tbody>\n";
  for (const Row& row : kRows) {
    const double a = row.get(h.a.stride.summary);
    html += std::string("<tr><td>") + row.label + " <span class=\"unit\">(" + escape_html(row.unit) + ")</span></td><td>" +
            fixed(a, row.decimals) + "</td>";
    if (h.b) {
      const double b = row.get(h.b->stride.summary);
      html += "<td>" + fixed(b, row.decimals) + "</td><td>" + escape_html(change_percent_text(a, b)) + "</td>";
    }
    html += "</tr>\n";
  }
  return html + "</tbody></table>\n";
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

std::string condition_label(const biomech::Conditions& c) {
  std::string label = std::string(biomech::strike_pattern(c.strike.strike_index).id) + " strike";
  for (const char* id : {"drop", "speed"})
    if (const biomech::Parameter* p = biomech::find_parameter(id))
      label += ", " + biomech::in_words(*p, biomech::used_display_value(*p, c));
  return label;
}

Handout make_handout(ConditionResult a, std::optional<ConditionResult> b, const content::LearnContent* learn) {
  Handout h;
  h.a = std::move(a);
  h.b = std::move(b);
  if (h.b) {
    h.title = "Soleus load: two ways to run";
    h.changes = explain_changes(h.a.stride, h.b->stride, learn);
    for (const ExplainedChange& change : h.changes)
      for (const content::Citation& c : change.evidence) add_unique(h.evidence, c);
  }
  if (learn) {
    h.note = learn->disclaimer;
    h.red_flags = learn->red_flags;
  } else {  // without the content file the note still stands; its wording is the app's own
    h.note = {"Educational, not a diagnosis",
              {"This handout explains a simplified model of an average runner's calf. It is not a diagnosis or a "
               "treatment plan."}};
  }
  return h;
}

std::string handout_html(const Handout& h) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                     escape_html(h.title) + "</title>\n<style>" + kStyle + "</style></head>\n<body>\n";
  html += "<h1>" + escape_html(h.title) + "</h1>\n<p class=\"sub\">Made with Soleus Lab. The soleus is the deep calf "
          "muscle under the gastrocnemius; the colour on the leg shows how hard it works.</p>\n";
  html += "<h2>The leg</h2>\n<div class=\"pictures\">\n" + figure(h.a);
  if (h.b) html += figure(*h.b);
  if (!h.difference_picture.empty())
    html += "<figure><img src=\"" + escape_html(h.difference_picture) +
            "\" alt=\"Difference in load, B minus A\"><figcaption>Difference: " + escape_html(h.difference_caption) +
            "</figcaption></figure>\n";
  html += "</div>\n";
  const PlotCurve a{&h.a.stride, h.a.label};
  const std::optional<PlotCurve> b = h.b ? std::optional<PlotCurve>(PlotCurve{&h.b->stride, h.b->label}) : std::nullopt;
  html += "<h2>Soleus force over one stride</h2>\n" + gait_plot_svg(a, b ? &*b : nullptr);
  html += "<h2>The numbers</h2>\n" + numbers_table(h);
  if (!h.changes.empty()) {
    html += "<h2>What changed and why</h2>\n<ul id=\"changes\">\n";
    for (const ExplainedChange& change : h.changes) {
      html += "<li><b>" + escape_html(change.what) + "</b>";
      if (!change.why.empty())
        html += "<div class=\"why\">" + escape_html(change.why) + " <span class=\"src\">(Soleus Lab, Learn: " +
                escape_html(change.source_title) + ")</span></div>";
      html += "</li>\n";
    }
    html += "</ul>\n";
  }
  if (!h.evidence.empty()) {
    html += "<h2>Evidence</h2>\n<ol id=\"evidence\">\n";
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

std::string write_handout(const std::filesystem::path& dir, const Handout& handout) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return "cannot create the folder " + dir.string() + ": " + error.message();
  const std::filesystem::path page = dir / "index.html";
  const std::string reason = core::write_output_file(page, handout_html(handout));
  return reason.empty() ? "" : "cannot write " + page.string() + ": " + reason;
}

}  // namespace soleus::handout
