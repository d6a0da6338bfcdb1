// portdoc: sorting and filtering for the all-ports table. No framework, no network access;
// without this script the tables are complete and readable, only static.
(function () {
  'use strict';

  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    if (!cell) {
      return numeric ? -1 : '';
    }
    if (numeric) {
      var n = parseInt(cell.getAttribute('data-value') || cell.textContent, 10);
      return isNaN(n) ? -1 : n;
    }
    return cell.textContent.trim().toLowerCase();
  }

  function makeSortable(table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, i) { row.setAttribute('data-order', String(i)); });
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, index) {
      var kind = th.getAttribute('data-sort');
      if (!kind) {
        return;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = kind === 'number';
        var sorted = Array.prototype.slice.call(body.rows).sort(function (a, b) {
          var x = cellValue(a, index, numeric);
          var y = cellValue(b, index, numeric);
          var order = x < y ? -1 : x > y ? 1 : 0;
          if (order === 0) {
            return Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
          }
          return ascending ? order : -order;
        });
        var fragment = document.createDocumentFragment();
        sorted.forEach(function (row) { fragment.appendChild(row); });
        body.appendChild(fragment);
      });
    });
  }

  function makeFilterable(form, table) {
    var selects = Array.prototype.slice.call(form.querySelectorAll('select'));
    var output = form.querySelector('output');
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);

    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var visible = selects.every(function (select) {
          return select.value === '' || row.getAttribute('data-' + select.name) === select.value;
        });
        row.hidden = !visible;
        if (visible) {
          shown++;
        }
      });
      if (output) {
        output.textContent = shown + ' of ' + rows.length + ' rules shown';
      }
    }

    // filters can be linked to: ports.html?direction=outbound
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var wanted = params.get(select.name);
      if (wanted !== null && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
        select.value = wanted;
      }
      select.addEventListener('change', apply);
    });
    form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('form.filters[data-table]'), function (form) {
      var table = document.getElementById(form.getAttribute('data-table'));
      if (table) {
        makeSortable(table);
        makeFilterable(form, table);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
