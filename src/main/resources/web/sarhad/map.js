// Maps without tiles: Natural Earth country outlines and land borders (world-atlas, packaged in the jar), the
// points of a page's incidents sized by their count, and a page's own place or country highlighted.
(function () {
  "use strict";
  var OUTLINES = "/assets/vendor/world-atlas/countries-50m.json";
  var maps = document.querySelectorAll(".map[data-map]");
  if (maps.length === 0) {
    return;
  }
  fetch(OUTLINES).then(function (r) { return r.json(); }).then(function (topo) {
    maps.forEach(function (el) { draw(el, topo); });
  });

  function draw(el, topo) {
    var data = JSON.parse(document.getElementById(el.getAttribute("data-map")).textContent);
    var map = L.map(el, { zoomSnap: 0.25, worldCopyJump: false });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines: Natural Earth");
    // The view comes first: Leaflet's vector renderer needs map bounds before a layer is added.
    var bounds = data.points.map(function (p) { return [p.lat, p.lon]; });
    if (data.focus) {
      bounds.push([data.focus.lat, data.focus.lon]);
    }
    if (bounds.length > 1) {
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6 });
    } else if (bounds.length === 1) {
      map.setView(bounds[0], 6);
    } else {
      map.setView([36, 68], 4);
    }
    var countries = topojson.feature(topo, topo.objects.countries);
    var highlighted = null;
    L.geoJSON(countries, {
      onEachFeature: function (f, layer) {
        if (data.country && f.properties && f.properties.name === data.country) {
          highlighted = layer;
        }
      },
      interactive: false,
      style: function (f) {
        var mine = data.country && f.properties && f.properties.name === data.country;
        return { className: mine ? "country highlighted" : "country", color: "#aaa", weight: 0.5,
          fillColor: mine ? "#f6d7a7" : "#f4f1ea", fillOpacity: 1 };
      }
    }).addTo(map);
    if (highlighted && bounds.length === 0) {
      map.fitBounds(highlighted.getBounds(), { padding: [20, 20] });
    }
    var borders = topojson.mesh(topo, topo.objects.countries, function (a, b) { return a !== b; });
    L.geoJSON(borders, { interactive: false, style: { className: "border", color: "#666", weight: 1 } }).addTo(map);
    data.points.forEach(function (p) {
      var m = L.circleMarker([p.lat, p.lon], { className: "incident-point", radius: 4 + Math.min(10, Math.sqrt(p.count) * 2),
        color: "#900", weight: 1, fillColor: "#d33", fillOpacity: 0.7 }).addTo(map);
      m.bindTooltip(text(p.label) + ": " + p.count + " incident" + (p.count === 1 ? "" : "s") + ", " + p.fatalities + " dead");
      if (p.href) {
        m.on("click", function () { window.location.href = p.href; });
      }
    });
    if (data.focus) {
      L.circleMarker([data.focus.lat, data.focus.lon], { className: "focus-point", radius: 7, color: "#036", weight: 2,
        fillColor: "#39c", fillOpacity: 0.9 }).addTo(map).bindTooltip(text(data.focus.label));
    }
    el.setAttribute("data-ready", "true");
  }

  function text(s) {
    var d = document.createElement("div");
    d.textContent = s || "";
    return d.innerHTML;
  }
})();
