// The service finder's enhancements; every page works without this file.
// - After htmx swaps in the next question (or the summary), focus moves to its heading, so that screen reader users
//   hear the new question, unless an error summary takes it (app.js).
// - After "show more", focus moves to the first new service.
// - The industry question gets a filter box that narrows its list as one types.
// - The roadmap's print button (hidden without JavaScript) opens the browser's print dialogue.
(function () {
  function focusAfterSwap(event) {
    if (document.querySelector('[data-kv-autofocus]')) {
      return;
    }
    var target = event.detail && event.detail.target;
    var id = target && target.id;
    if (id === 'kv-finder') {
      var heading = document.querySelector('#kv-finder h1');
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
    } else if (id === 'kv-finder-results') {
      var first = document.querySelector('#kv-finder-results [data-kv-first-new]');
      if (first) {
        first.focus();
      }
    }
  }

  function enhanceFilters(root) {
    root.querySelectorAll('[data-kv-filter-for]').forEach(function (box) {
      if (box.dataset.kvReady) {
        return;
      }
      var select = document.getElementById(box.dataset.kvFilterFor);
      var input = box.querySelector('input');
      if (!select || !input) {
        return;
      }
      box.dataset.kvReady = 'true';
      var all = Array.prototype.slice.call(select.options);
      input.addEventListener('input', function () {
        var words = input.value.trim().toLowerCase();
        var chosen = select.value;
        select.textContent = '';
        all.forEach(function (option) {
          if (!option.value || option.value === chosen || option.text.toLowerCase().indexOf(words) >= 0) {
            select.appendChild(option);
          }
        });
        select.value = chosen;
      });
      box.hidden = false;
    });
  }

  function enhancePrint(root) {
    root.querySelectorAll('[data-kv-print]').forEach(function (button) {
      if (button.dataset.kvReady) {
        return;
      }
      button.dataset.kvReady = 'true';
      button.addEventListener('click', function () { window.print(); });
      button.hidden = false;
    });
  }

  function enhance(root) {
    enhanceFilters(root);
    enhancePrint(root);
  }

  document.addEventListener('DOMContentLoaded', function () { enhance(document); });
  document.addEventListener('htmx:load', function (event) { enhance(event.target || document); });
  document.addEventListener('htmx:afterSettle', focusAfterSwap);
})();
