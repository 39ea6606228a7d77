// This year's investment of a project (Chart.js global): completed per month as bars, the cumulative
// total as a line, and the year's plan as a dashed reference line.
import { t } from '../i18n.js';

export function drawInvestmentChart(canvas, investment, plannedWan) {
  if (typeof Chart === 'undefined') return null;
  const labels = investment.map((m) => m.month);
  const datasets = [
    { type: 'bar', label: t('desk.project.monthly'), data: investment.map((m) => m.completedWan), backgroundColor: '#56b4e9', order: 2 },
    { type: 'line', label: t('desk.project.cumulative'), data: investment.map((m) => m.cumulativeWan), borderColor: '#0072b2',
      backgroundColor: '#0072b2', pointRadius: 2, borderWidth: 2, order: 1 },
  ];
  if (Number.isFinite(plannedWan)) {
    datasets.push({ type: 'line', label: t('desk.project.plan'), data: labels.map(() => plannedWan), borderColor: '#555555',
      borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5, order: 0 });
  }
  return new Chart(canvas, {
    data: { labels, datasets },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { labels: { boxWidth: 12, font: { size: 11 } } } },
      scales: { y: { beginAtZero: true }, x: { ticks: { maxRotation: 0, autoSkipPadding: 6 } } },
    },
  });
}
