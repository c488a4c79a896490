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
  // A tab drawn only once it is added as the active one: choose before adding.
  var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  var wanted = params.get("query");
  var example = params.get("example");
  var names = config.examples.map(function (e) { return e.name; });
  var active = wanted ? -1 : Math.max(0, names.indexOf(example));
  var chosen = null;
  config.examples.forEach(function (e, i) {
    var tab = yasgui.addTab(i === active, { name: e.title, yasqe: { value: e.sparql } });
    if (i === active) {
      chosen = tab;
    }
  });
  if (wanted) {
    chosen = yasgui.addTab(true, { name: "Query", yasqe: { value: wanted } });
  }
  if (chosen && (wanted || names.indexOf(example) >= 0)) {
    chosen.query();
  }
  root.setAttribute("data-ready", "true");
})();
