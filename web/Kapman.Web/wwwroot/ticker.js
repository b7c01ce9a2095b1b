// Ticker page chart: fetches /ticker/{T}/chart.json (columnar, see Ticker/ChartData.cs) and draws candlesticks,
// volume, SMA 20/50/200, Wyckoff event markers and the Wyckoff phase band (a strip along the top, one colour per
// phase) with lightweight-charts 5 (bundled from npm into lib/). On success #chart gets data-rendered="true",
// data-bars, data-markers and data-phases; #chart-status says what was drawn and #phase-runs lists the phase runs.
(function () {
  "use strict";
  const bearish = new Set(["BC", "SOW", "UTAD"]);
  const phaseColors = { A: "#f59e0b", B: "#94a3b8", C: "#7c3aed", D: "#2563eb", E: "#16803c" };

  // Consecutive sessions with the same phase, as "D 2025-08-25..2025-08-26".
  function phaseRuns(phases) {
    const runs = [];
    phases.forEach(p => {
      const last = runs[runs.length - 1];
      if (last && last.phase === p.phase) last.to = p.t; else runs.push({ phase: p.phase, from: p.t, to: p.t });
    });
    return runs.map(r => r.phase + " " + (r.from === r.to ? r.from : r.from + ".." + r.to));
  }

  function drawPhases(chart, LC, d) {
    const band = chart.addSeries(LC.HistogramSeries, { priceScaleId: "phase", priceLineVisible: false, lastValueVisible: false });
    chart.priceScale("phase").applyOptions({ scaleMargins: { top: 0, bottom: 0.94 }, visible: false });
    band.setData(d.phases.map(p => ({ time: p.t, value: 1, color: phaseColors[p.phase] || "#667085" })));
    const runs = document.getElementById("phase-runs");
    if (runs) runs.textContent = d.phases.length ? phaseRuns(d.phases).join(", ") : "no phase stored for these sessions";
  }

  function line(times, values) {
    const points = [];
    for (let i = 0; i < times.length; i++) {
      if (values[i] !== null) points.push({ time: times[i], value: values[i] });
    }
    return points;
  }

  function draw(el, status, d) {
    const LC = window.LightweightCharts;
    const chart = LC.createChart(el, { height: 420, layout: { background: { color: "#ffffff" }, textColor: "#1d2330" },
      rightPriceScale: { scaleMargins: { top: 0.05, bottom: 0.25 } }, timeScale: { borderColor: "#e4e7ec" } });
    const candles = chart.addSeries(LC.CandlestickSeries, { upColor: "#16803c", downColor: "#c0262d", borderVisible: false,
      wickUpColor: "#16803c", wickDownColor: "#c0262d" });
    candles.setData(d.t.map((t, i) => ({ time: t, open: d.o[i], high: d.h[i], low: d.l[i], close: d.c[i] })));
    const volume = chart.addSeries(LC.HistogramSeries, { priceScaleId: "volume", priceFormat: { type: "volume" }, color: "#9aa4b2" });
    chart.priceScale("volume").applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
    volume.setData(d.t.map((t, i) => ({ time: t, value: d.v[i] })));
    [["sma20", "#2563eb"], ["sma50", "#b35c00"], ["sma200", "#7c3aed"]].forEach(([key, color]) => {
      chart.addSeries(LC.LineSeries, { color, lineWidth: 1, priceLineVisible: false, lastValueVisible: false }).setData(line(d.t, d[key]));
    });
    LC.createSeriesMarkers(candles, d.markers.map(m => ({
      time: m.t, text: m.code, position: bearish.has(m.code) ? "aboveBar" : "belowBar",
      shape: bearish.has(m.code) ? "arrowDown" : "arrowUp", color: bearish.has(m.code) ? "#c0262d" : "#16803c",
    })));
    drawPhases(chart, LC, d);
    chart.timeScale().fitContent();
    el.dataset.bars = String(d.t.length);
    el.dataset.markers = String(d.markers.length);
    el.dataset.phases = String(d.phases.length);
    el.dataset.rendered = "true";
    status.textContent = d.t.length + " bars, " + d.markers.length + " Wyckoff markers"
      + (d.markers.length ? ": " + d.markers.map(m => m.code + " " + m.t).join(", ") : "");
  }

  function start() {
    const el = document.getElementById("chart");
    const status = document.getElementById("chart-status");
    if (!el || !status) return;
    if (!window.LightweightCharts) {
      status.textContent = "Chart library missing (wwwroot/lib is filled at build time from npm).";
      return;
    }
    fetch(el.dataset.src, { headers: { Accept: "application/json" } })
      .then(r => r.ok ? r.json() : Promise.reject(new Error(r.status === 404 ? "no bars for this ticker" : "bars unavailable (HTTP " + r.status + ")")))
      .then(d => draw(el, status, d))
      .catch(e => {
        status.textContent = "Chart not available: " + e.message;
        status.classList.add("problem");
        const runs = document.getElementById("phase-runs");
        if (runs) runs.textContent = "not available";
      });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
