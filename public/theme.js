// Light or dark, decided before the page is painted (this file is loaded, blocking, from <head>):
// the reader's saved choice if any, otherwise the system's (prefers-color-scheme, in the CSS).
// It also runs the theme button, whose pressed state says whether the page is dark.
(function () {
  var root = document.documentElement;
  var key = 'theme';
  var saved = null;
  try {
    saved = localStorage.getItem(key);
  } catch (error) {}
  if (saved === 'light' || saved === 'dark') root.setAttribute('data-theme', saved);

  function isDark() {
    var chosen = root.getAttribute('data-theme');
    return chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  }
  function showState() {
    var buttons = document.querySelectorAll('[data-theme-toggle]');
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(isDark()));
  }
  document.addEventListener('DOMContentLoaded', showState);
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element && event.target.closest('[data-theme-toggle]');
    if (!button) return;
    var next = isDark() ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try {
      localStorage.setItem(key, next);
    } catch (error) {}
    showState();
  });
})();
