// The side panel's tabs (find land / site matching): buttons [role=tab][data-tab] control the
// panel named by aria-controls. Arrow keys move between tabs.

export function createTabs(tabList, onChange) {
  const buttons = [...tabList.querySelectorAll('[role=tab]')];
  let current = null;

  function set(tab, { focus = false } = {}) {
    const button = buttons.find((b) => b.dataset.tab === tab) || buttons[0];
    for (const b of buttons) {
      const on = b === button;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      document.getElementById(b.getAttribute('aria-controls')).hidden = !on;
    }
    if (focus) button.focus();
    if (current !== button.dataset.tab) {
      current = button.dataset.tab;
      onChange(current);
    }
  }

  tabList.addEventListener('click', (event) => {
    const button = event.target.closest('[role=tab]');
    if (button) set(button.dataset.tab);
  });
  tabList.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const index = buttons.findIndex((b) => b.dataset.tab === current);
    set(buttons[(index + step + buttons.length) % buttons.length].dataset.tab, { focus: true });
  });
  return { set, current: () => current };
}
