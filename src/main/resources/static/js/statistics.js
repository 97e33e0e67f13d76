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

// One chart per county: stations recognised per year, stacked by society level (the cross table is the source).
(function () {
  var holder = document.getElementById('statistics-charts');
  var counties = document.getElementById('statistics-county-charts');
  if (!holder || !counties || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.getAttribute('data-statistics') || '{}');
  (data.counties || []).forEach(function (county) {
    var column = document.createElement('div');
    column.className = 'col-md-4';
    var element = document.createElement('div');
    element.className = 'chart county-chart';
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', county.name);
    element.style.height = '240px';
    column.appendChild(element);
    counties.appendChild(column);
    var chart = echarts.init(element);
    chart.setOption({
      title: { text: county.name, left: 'center', textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { containLabel: true, top: 36, left: 8, right: 8, bottom: 28 },
      xAxis: { type: 'category', data: county.years },
      yAxis: { type: 'value', minInterval: 1 },
      series: county.series.map(function (s) { return { name: s.name, type: 'bar', stack: 'level', data: s.data }; })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
