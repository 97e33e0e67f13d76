// Draws the statistics charts from the figures the page embeds in data-statistics (no inline script: CSP).
// The tables below the charts remain the accessible source of truth.
(function () {
  var holder = document.getElementById('statistics-charts');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.getAttribute('data-statistics') || '{}');
  holder.querySelectorAll('[data-chart]').forEach(function (element) {
    var figures = data[element.getAttribute('data-chart')] || {};
    var labels = Object.keys(figures);
    element.style.height = '260px'; // set by script: CSP forbids style attributes
    var chart = echarts.init(element);
    chart.setOption({
      title: { text: element.getAttribute('aria-label'), left: 'center', textStyle: { fontSize: 14 } },
      tooltip: {},
      grid: { containLabel: true, top: 40, left: 8, right: 8, bottom: 8 },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 3 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: labels.map(function (l) { return figures[l]; }) }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
