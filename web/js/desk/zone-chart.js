// The weekly history chart of a zone (Chart.js global): signed and demolished households per report
// date, with the target as a dashed reference line.
import { t } from '../i18n.js';

/** One report per date: a correction replaces the report it supersedes. */
export function reportsByDate(reports) {
  const byDate = new Map();
  for (const report of [...reports].sort((a, b) => a.id - b.id)) byDate.set(report.reportDate, report);
  return [...byDate.values()].sort((a, b) => a.reportDate.localeCompare(b.reportDate));
}

export function drawZoneChart(canvas, reports, targetHouseholds, previous) {
  previous?.destroy();
  if (typeof Chart === 'undefined') return null;
  const rows = reportsByDate(reports);
  const labels = rows.map((r) => r.reportDate);
  const line = (label, data, color, extra = {}) => ({
    label, data, borderColor: color, backgroundColor: color, tension: 0.15, pointRadius: 2, borderWidth: 2, ...extra,
  });
  const datasets = [
    line(t('desk.zone.chartSigned'), rows.map((r) => r.signedHouseholds), '#0072b2'),
    line(t('desk.zone.chartDemolished'), rows.map((r) => r.demolishedHouseholds), '#d55e00'),
  ];
  if (Number.isFinite(targetHouseholds)) {
    datasets.push(line(t('desk.zone.chartTarget'), labels.map(() => targetHouseholds), '#555555',
      { borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5 }));
  }
  return new Chart(canvas, {
    type: 'line',
    data: { labels, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { labels: { boxWidth: 12, font: { size: 11 } } } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { ticks: { maxRotation: 0, autoSkipPadding: 8 } } },
    },
  });
}
