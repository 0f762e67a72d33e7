// Plan editor rows: add, remove and move. Rows are repeated fields in page order, so the server
// reads them in the order shown and nothing needs renumbering.
document.addEventListener('click', function (event) {
  const button = event.target.closest('button');
  if (!button || button.closest('fieldset[disabled]')) {
    return;
  }
  if (button.dataset.add) {
    const template = document.getElementById('tpl-' + button.dataset.add);
    const list = document.querySelector('[data-rows="' + button.dataset.add + '"]');
    list.appendChild(template.content.cloneNode(true));
    list.lastElementChild.querySelector('input, textarea, select').focus();
  } else if (button.hasAttribute('data-remove')) {
    button.closest('.row').remove();
  } else if (button.dataset.move) {
    const row = button.closest('.row');
    if (button.dataset.move === '-1' && row.previousElementSibling) {
      row.parentNode.insertBefore(row, row.previousElementSibling);
    } else if (button.dataset.move === '1' && row.nextElementSibling) {
      row.parentNode.insertBefore(row.nextElementSibling, row);
    }
  }
});
