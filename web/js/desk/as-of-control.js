// The "as of" day: a date input (max today) and quick picks for the last few Mondays.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { today, recentMondays, isDay } from './dates.js';

export function createAsOfControl(container, onChange) {
  const input = el('input', { type: 'date', id: 'as-of', max: today(), dataset: { testid: 'as-of' } });
  const picks = el('select', { dataset: { testid: 'as-of-mondays' }, 'aria-label': '' });
  const label = el('label', { for: 'as-of' });
  container.append(label, input, picks);
  input.addEventListener('change', () => { if (isDay(input.value)) onChange(input.value); });
  picks.addEventListener('change', () => { if (picks.value) onChange(picks.value); picks.value = ''; });

  function render() {
    label.textContent = t('desk.asOf');
    picks.setAttribute('aria-label', t('desk.mondays'));
    picks.replaceChildren(el('option', { value: '' }, t('desk.mondays')),
      el('option', { value: today() }, t('desk.today')),
      ...recentMondays(today(), 6).map((day) => el('option', { value: day }, day)));
  }
  render();
  return { set(day) { input.value = day; }, relabel: render };
}
