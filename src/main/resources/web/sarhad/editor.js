// The SPARQL editor: one tab per example query, results as a table with links; nothing kept between visits, so the
// tabs always match the server's examples. #query=... opens (and runs) that query in a tab of its own, #example=NAME
// runs an example: after "#", as the endpoint itself answers ?query= with results.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("editor-config").textContent);
  var root = document.getElementById("yasgui");
  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    autoAddOnInit: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; } },
    // Only completers that work offline: the class and property completers ask a public service.
    yasqe: { autocompleters: ["variables", "prefixes"], value: config.blank },
    yasr: { prefixes: config.prefixes, defaultPlugin: "table" }
  });
  var first = null;
  var byName = {};
  config.examples.forEach(function (e) {
    var tab = yasgui.addTab(false, { name: e.title, yasqe: { value: e.sparql } });
    byName[e.name] = tab;
    if (first === null) {
      first = tab;
    }
  });
  var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  var wanted = params.get("query");
  var example = params.get("example");
  var chosen = first;
  if (wanted) {
    chosen = yasgui.addTab(true, { name: "Query", yasqe: { value: wanted } });
  } else if (example && byName[example]) {
    chosen = byName[example];
  }
  if (chosen) {
    yasgui.selectTabId(chosen.getId());
    if (wanted || example || params.get("run")) {
      chosen.query();
    }
  }
  root.setAttribute("data-ready", "true");
})();
