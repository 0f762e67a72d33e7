// Plan editor rows: add, remove and move. Rows are repeated fields in page order, so the server
// reads them in the order shown and nothing needs renumbering there. For people, every row is
// named by its place ("Strategic goal 3") and so are its buttons ("Move strategic goal 3 up"):
// the names are renumbered after each change, focus stays where the person acts next, and what
// happened is said in the page's live region. The words come from the page (data-* attributes
// filled from the page bundle, in the reader's language).
(function () {
  'use strict';

  const form = document.getElementById('plan-editor');
  const announcer = document.getElementById('editor-announcer');

  function fill(pattern, a, b) {
    return (pattern || '').replace('{0}', a).replace('{1}', b);
  }

  function say(text) {
    if (!announcer) {
      return;
    }
    // Emptied first, so the same words said twice are announced twice.
    announcer.textContent = '';
    window.setTimeout(function () { announcer.textContent = text; }, 50);
  }

  function rowsOf(list) {
    return Array.prototype.filter.call(list.children, function (child) {
      return child.classList.contains('row');
    });
  }

  function rowName(list, row) {
    return fill(list.dataset.name, rowsOf(list).indexOf(row) + 1);
  }

  /** Names every row of the list and its buttons by the row's place. */
  function renumber(list) {
    rowsOf(list).forEach(function (row, i) {
      const n = i + 1;
      const name = row.querySelector('.row-name');
      if (name) {
        name.textContent = fill(list.dataset.name, n);
      }
      [['[data-move="-1"]', list.dataset.up], ['[data-move="1"]', list.dataset.down],
        ['[data-remove]', list.dataset.remove]].forEach(function (b) {
        const button = row.querySelector('.row-buttons ' + b[0]);
        if (button) {
          const text = fill(b[1], n);
          button.title = text;
          button.querySelector('.action-name').textContent = text;
        }
      });
    });
  }

  function add(kind) {
    const template = document.getElementById('tpl-' + kind);
    const list = document.querySelector('[data-rows="' + kind + '"]');
    list.appendChild(template.content.cloneNode(true));
    renumber(list);
    const row = rowsOf(list).pop();
    row.querySelector('input, textarea, select').focus();
    say(fill(form.dataset.added, rowName(list, row)));
  }

  function remove(button) {
    const row = button.closest('.row');
    const list = row.parentNode;
    const rows = rowsOf(list);
    const at = rows.indexOf(row);
    const removed = rowName(list, row);
    row.remove();
    renumber(list);
    const left = rowsOf(list);
    // Focus goes to the row that took its place, else to the one before, else to "Add".
    const next = left[Math.min(at, left.length - 1)];
    if (next) {
      next.querySelector('[data-remove]').focus();
    } else {
      document.querySelector('[data-add="' + list.dataset.rows + '"]').focus();
    }
    say(fill(form.dataset.removed, removed));
  }

  function move(button) {
    const row = button.closest('.row');
    const list = row.parentNode;
    const up = button.dataset.move === '-1';
    const neighbour = up ? row.previousElementSibling : row.nextElementSibling;
    if (!neighbour || !neighbour.classList.contains('row')) {
      say(fill(form.dataset.edge, rowName(list, row)));
      return;
    }
    if (up) {
      list.insertBefore(row, neighbour);
    } else {
      list.insertBefore(neighbour, row);
    }
    renumber(list);
    // The button moved with its row; moving a node takes focus away, so it is given back.
    button.focus();
    say(fill(form.dataset.moved, rowsOf(list).indexOf(row) + 1, rowsOf(list).length));
  }

  document.addEventListener('click', function (event) {
    const button = event.target.closest('button');
    if (!form || !button || !form.contains(button) || button.closest('fieldset[disabled]')) {
      return;
    }
    if (button.dataset.add) {
      add(button.dataset.add);
    } else if (button.hasAttribute('data-remove')) {
      remove(button);
    } else if (button.dataset.move) {
      move(button);
    }
  });

  // After a refused save, the summary of problems takes focus (it is also an alert); after a
  // save, the confirmation is said in the live region once the page is there (a live region
  // announces changes, not what a page brings with it).
  const problems = document.getElementById('problems');
  if (problems) {
    problems.focus();
  }
  const saved = document.getElementById('saved-notice');
  if (saved) {
    window.setTimeout(function () { say(saved.textContent.trim()); }, 100);
  }
})();
