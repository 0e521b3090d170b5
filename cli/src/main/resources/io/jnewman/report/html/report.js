// Report interactions: a "failed only" filter, expand/collapse all, and links (failure list, waterfall) that open
// the request they point to. Everything else is plain HTML, so the report reads without this script too.
(function () {
  "use strict";
  var requests = function () { return document.querySelectorAll("details.request"); };
  var onlyFailed = document.getElementById("only-failed");
  if (onlyFailed) {
    onlyFailed.addEventListener("click", function () {
      var on = document.body.classList.toggle("only-failed");
      onlyFailed.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }
  var setAll = function (open) {
    requests().forEach(function (d) {
      if (!open || getComputedStyle(d).display !== "none") d.open = open;
    });
  };
  var expand = document.getElementById("expand-all");
  if (expand) expand.addEventListener("click", function () { setAll(true); });
  var collapse = document.getElementById("collapse-all");
  if (collapse) collapse.addEventListener("click", function () { setAll(false); });
  var openTarget = function () {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS") {
      target.open = true;
      target.scrollIntoView({ block: "start" });
    }
  };
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();
