// Ticker page chart: fetches /ticker/{T}/chart.json (columnar, see Ticker/ChartData.cs) and draws candlesticks,
// volume, SMA 20/50/200 and Wyckoff event markers with lightweight-charts 5 (bundled from npm into lib/).
// On success #chart gets data-rendered="true", data-bars and data-markers; #chart-status says what was drawn.
(function () {
  "use strict";
  const bearish = new Set(["BC", "SOW", "UTAD"]);

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
    chart.timeScale().fitContent();
    el.dataset.bars = String(d.t.length);
    el.dataset.markers = String(d.markers.length);
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
      .catch(e => { status.textContent = "Chart not available: " + e.message; status.classList.add("problem"); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
