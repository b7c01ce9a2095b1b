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
    drawScores(d);
    chart.timeScale().fitContent();
    el.dataset.bars = String(d.t.length);
    el.dataset.markers = String(d.markers.length);
    el.dataset.phases = String(d.phases.length);
    el.dataset.rendered = "true";
    status.textContent = d.t.length + " bars, " + d.markers.length + " Wyckoff markers"
      + (d.markers.length ? ": " + d.markers.map(m => m.code + " " + m.t).join(", ") : "");
  }

  // Score history (under the Wyckoff scores): a summary line and two polylines, BC / 28 and Spring / 12, one point per session.
  function drawScores(d) {
    const text = document.getElementById("score-history");
    const svg = document.getElementById("score-chart");
    const scores = d.scores || [];
    if (!text) return;
    if (!scores.length) { text.textContent = "Score history over past sessions: no snapshot stored for these sessions."; return; }
    const top = (key) => scores.reduce((best, s) => s[key] > best[key] ? s : best, scores[0]);
    const bc = top("bc"), spring = top("spring");
    text.textContent = "Score history over " + scores.length + " sessions (" + scores[0].t + ".." + scores[scores.length - 1].t + "): BC max "
      + bc.bc + "/28 on " + bc.t + ", Spring max " + spring.spring + "/12 on " + spring.t + " (blue BC, green Spring)";
    text.dataset.sessions = String(scores.length);
    if (!svg) return;
    const x = (i) => scores.length === 1 ? 300 : (i * 600) / (scores.length - 1);
    const points = (key, max) => scores.map((s, i) => x(i).toFixed(1) + "," + (78 - (s[key] / max) * 76).toFixed(1)).join(" ");
    const ns = "http://www.w3.org/2000/svg";
    [["bc", 28, "#2563eb"], ["spring", 12, "#16803c"]].forEach(([key, max, color]) => {
      const line = document.createElementNS(ns, "polyline");
      line.setAttribute("points", points(key, max));
      line.setAttribute("fill", "none");
      line.setAttribute("stroke", color);
      line.setAttribute("stroke-width", "1.5");
      line.setAttribute("vector-effect", "non-scaling-stroke");
      svg.appendChild(line);
    });
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
        const scores = document.getElementById("score-history");
        if (scores) scores.textContent = "Score history over past sessions: not available (" + e.message + ")";
      });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
