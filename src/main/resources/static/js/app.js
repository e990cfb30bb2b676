// Enhancements only: every page works without this file.
// Moves focus to an error summary when a form comes back with errors (GOV.UK pattern), so that screen reader users
// hear the problems first, also when htmx swaps the form in.
(function () {
  function focusErrorSummary(root) {
    var summary = (root || document).querySelector('[data-kv-autofocus]');
    if (summary) {
      summary.focus();
    }
  }
  document.addEventListener('DOMContentLoaded', function () { focusErrorSummary(document); });
  document.addEventListener('htmx:afterSwap', function (event) { focusErrorSummary(event.target); });
})();
