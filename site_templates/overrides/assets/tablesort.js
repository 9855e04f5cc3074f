// Sortable tables: click a column heading to sort by it (numbers as numbers), again to reverse.
// Re-attached after every instant navigation (Material's document$ observable).
(function () {
  function key(cell) {
    var text = cell.textContent.trim();
    var number = parseFloat(text.replace(/,/g, ""));
    return /^-?[\d,.]+$/.test(text) && !isNaN(number) ? number : text.toLowerCase();
  }
  function attach() {
    document.querySelectorAll("article table").forEach(function (table) {
      if (table.dataset.sortable || !table.tHead || !table.tBodies.length) return;
      table.dataset.sortable = "1";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
        th.style.cursor = "pointer";
        th.title = "Sort by this column";
        th.addEventListener("click", function () {
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var ascending = th.dataset.order !== "asc";
          rows.sort(function (a, b) {
            var x = key(a.cells[column]), y = key(b.cells[column]);
            if (typeof x !== typeof y) { x = String(x); y = String(y); }
            return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
          });
          rows.forEach(function (row) { body.appendChild(row); });
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { delete c.dataset.order; });
          th.dataset.order = ascending ? "asc" : "desc";
        });
      });
    });
  }
  if (typeof document$ !== "undefined") { document$.subscribe(attach); } else { document.addEventListener("DOMContentLoaded", attach); }
})();
